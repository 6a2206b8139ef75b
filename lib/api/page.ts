// Messages the content script sends about the report page it reads. Handlers: lib/service/page.ts.
import type { StatementComparison, TopicMention } from '../match';
import type { Proposal, Statement } from '../model';

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

export interface PageApi {
  /** Compares a report page's statements with the stored records, and finds proposal topics in its text. */
  comparePage: { request: { statements: Statement[]; text?: string }; response: PageComparison };
}
