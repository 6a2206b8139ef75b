// How far to trust a page's statement: its own module, so the page's marks can tell without the comparison code.
import { CONFIDENT, type Statement } from '../model';

/**
 * True when the reader is sure enough of a statement to show it as a fact. A statement without a confidence (older
 * readers, statements built by hand) counts as confident.
 */
export function isConfident(statement: Pick<Statement, 'confidence'>): boolean {
  return statement.confidence === undefined || !(statement.confidence < CONFIDENT);
}
