// Messages the content script sends about the report page it reads. Handlers: lib/service/page.ts.
import type { StatementComparison, TopicMention } from '../match';
import type { Proposal, Statement } from '../model';
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
  readReport: { request: ReadInput; response: ReadResult };
  /** Compares a report page's statements with the stored records, and finds proposal topics in its text. */
  comparePage: { request: { statements: Statement[]; text?: string }; response: PageComparison };
}
