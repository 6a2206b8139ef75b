// lib/corrections — what the user corrected on a page: its region and year, readings that are wrong, readings
// edited by hand. Remembered per page URL in the background's database (content scripts ask by message) and part of
// backups. Pure TypeScript: the background stores rows, the overlay applies them to what the reader found.
import type { Statement } from '../model';

/** A reading as the user corrected it: the statement's figure fields (the quote and its span stay the page's). */
export type StatementEdit = Pick<
  Statement,
  'region' | 'year' | 'indicator' | 'kind' | 'value' | 'valueMax' | 'unit' | 'qualifier'
> & {
  /** Which statement: see statementKey. */
  key: string;
};

/** Every correction of one page. */
export interface PageCorrections {
  /** The page's URL without its #fragment (the same article whatever part of it is in view). */
  url: string;
  /** The page's region and report year when the reader got them wrong or found none. */
  region?: string;
  year?: number;
  /** Keys of readings marked "This reading is wrong": their marks are not drawn. */
  hidden: string[];
  /** Readings corrected by hand, by key. */
  edits: StatementEdit[];
  updatedAt: number;
}

/** One change the overlay asks for; the background applies it to the stored row (applyCorrection). */
export type CorrectionChange =
  | { type: 'page'; region: string | null; year: number | null }
  | { type: 'hide'; key: string }
  | { type: 'unhide-all' }
  | { type: 'edit'; edit: StatementEdit };

export const correctionUrl = (url: string): string => url.split('#')[0];

/**
 * A statement's key on its page: its quote, and which occurrence of that quote it is among the statements, so two
 * statements quoting the same words ("增长5%") stay apart. Stable across visits as long as the page reads the same.
 */
export function statementKeys(statements: readonly Pick<Statement, 'quote'>[]): string[] {
  const seen = new Map<string, number>();
  return statements.map((s) => {
    const n = seen.get(s.quote) ?? 0;
    seen.set(s.quote, n + 1);
    return n ? `${s.quote}#${n}` : s.quote;
  });
}

export function emptyCorrections(url: string, now = Date.now()): PageCorrections {
  return { url: correctionUrl(url), hidden: [], edits: [], updatedAt: now };
}

/** The row after one change. Never mutates `current`. */
export function applyCorrection(current: PageCorrections, change: CorrectionChange, now = Date.now()): PageCorrections {
  const next: PageCorrections = { ...current, hidden: [...current.hidden], edits: [...current.edits], updatedAt: now };
  switch (change.type) {
    case 'page':
      if (change.region) next.region = change.region;
      else delete next.region;
      if (change.year) next.year = change.year;
      else delete next.year;
      // Readings were keyed under the old region/year reading; edits for statements that no longer exist are
      // harmless (they match nothing) and come back if the user returns to the old setting.
      break;
    case 'hide':
      if (!next.hidden.includes(change.key)) next.hidden.push(change.key);
      break;
    case 'unhide-all':
      next.hidden = [];
      break;
    case 'edit':
      next.edits = [...next.edits.filter((e) => e.key !== change.edit.key), change.edit];
      next.hidden = next.hidden.filter((k) => k !== change.edit.key);
      break;
  }
  return next;
}

/** True when the row holds nothing (it may then be deleted). */
export function isEmptyCorrections(c: PageCorrections): boolean {
  return c.region === undefined && c.year === undefined && c.hidden.length === 0 && c.edits.length === 0;
}

export interface CorrectedStatement {
  statement: Statement;
  key: string;
  /** The user edited this reading: shown as the user's, with full confidence. */
  edited: boolean;
}

/**
 * The page's statements with the user's corrections: hidden readings left out, edited ones replaced (keeping the
 * page's quote and span, so the mark stays where it was). Returns the hidden count for the badge.
 */
export function applyCorrections(
  statements: readonly Statement[],
  corrections: PageCorrections | null,
): { statements: CorrectedStatement[]; hidden: number } {
  const keys = statementKeys(statements);
  if (!corrections)
    return { statements: statements.map((statement, i) => ({ statement, key: keys[i], edited: false })), hidden: 0 };
  const hidden = new Set(corrections.hidden);
  const edits = new Map(corrections.edits.map((e) => [e.key, e]));
  const out: CorrectedStatement[] = [];
  let hiddenCount = 0;
  statements.forEach((s, i) => {
    const key = keys[i];
    if (hidden.has(key)) {
      hiddenCount++;
      return;
    }
    const edit = edits.get(key);
    out.push(edit ? { statement: editedStatement(s, edit), key, edited: true } : { statement: s, key, edited: false });
  });
  return { statements: out, hidden: hiddenCount };
}

/** The page's statement with the user's figure. */
export function editedStatement(s: Statement, edit: StatementEdit): Statement {
  const { key: _key, valueMax, ...fields } = edit;
  const out: Statement = { ...s, ...fields, confidence: 1, why: [] };
  if (valueMax === undefined) delete out.valueMax;
  else out.valueMax = valueMax;
  return out;
}
