// Messages about the report page a content script reads: what it asks the background (PageApi; handlers in
// lib/service/page.ts), and what the popup and the background ask the page (PageTabApi; answered in
// entrypoints/content).
import type { StatementComparison, TopicMention } from '../match';
import type { Detection, Proposal, Statement } from '../model';
import type { ReadInput, ReadResult } from '../reader';

export interface PageComparison {
  /** One per statement sent, in the same order. */
  comparisons: StatementComparison[];
  /** Stored proposal topics mentioned in the page text (offsets into the text sent). */
  topics: TopicMention[];
  /** The proposals behind each mentioned topic term, most relevant first. */
  proposals: Record<string, Proposal[]>;
}

/** The largest page text compared for topics; longer texts are cut (the statements are still compared). */
export const MAX_TOPIC_TEXT = 2_000_000;

/**
 * The most page text read: a report's full text is 20,000–60,000 characters; a page far longer is not one report,
 * and reading it whole would only cost time (a 5 MB article).
 */
export const MAX_READ_TEXT = 400_000;

/**
 * The most statements a page gets back from readReport (the first ones in the text); the overlay marks, counts and
 * compares no more. A full national report has 150–250; a 5 MB article had over 20,000, and receiving them all
 * (4.5 MB of JSON that Chromium parses in one task on the page's thread) was a long task of its own.
 */
export const MAX_PAGE_STATEMENTS = 600;

export interface PageApi {
  /**
   * Reads a page's text (gate → detection → statements) in the background, off the page's main thread: a long
   * article costs the tab only the message, never a long task. Text past MAX_READ_TEXT is not read; the reply
   * holds at most MAX_PAGE_STATEMENTS statements (detection still weighs every one the reader found).
   */
  readReport: { request: Pick<ReadInput, 'text' | 'title' | 'url' | 'publishedAt' | 'override'>; response: ReadResult };
  /** Compares a report page's statements with the stored records, and finds proposal topics in its text. */
  comparePage: { request: { statements: Statement[]; text?: string }; response: PageComparison };
}

/** What the page sends the popup of one statement (its offsets and reasons stay on the page). */
export type PageFigure = Pick<
  Statement,
  | 'region'
  | 'year'
  | 'indicator'
  | 'kind'
  | 'value'
  | 'valueMax'
  | 'unit'
  | 'qualifier'
  | 'extraQualifier'
  | 'estimate'
  | 'quote'
>;

/** What the popup learns of the page in its tab: is it a report page, of which region and year, what it states. */
export interface PageInfo {
  detection: Detection | null;
  statements: number;
  /** The page's confident readings (as corrected by the user), for the popup's comparison "from this page". */
  figures?: PageFigure[];
}

/** The answer for a page that is no report (or not read yet). */
export const NOT_A_REPORT_PAGE: PageInfo = { detection: null, statements: 0 };

/** Messages to a tab's content script about its page. */
export interface PageTabApi {
  /** The popup's question (answered by the first stage, with the lens's reading once the lens runs). */
  pageInfo: { request: undefined; response: PageInfo };
  /** The Alt+Shift+M command: show or hide the marks (answered by the lens's overlay on a report page). */
  toggleMarks: { request: undefined; response: undefined };
}
