// comparePage in parts. Each comparison carries the stored figures and the trend of its indicator (tens of KB for
// a national indicator stored for many years), and Chromium parses a message's whole reply in one task on the
// page's thread: the 600 statements of a 5 MB article came back as 18.7 MB of JSON, a 130–210 ms task. A few
// dozen statements per request keep each reply, and so each task, small; the parts are sent at once, so a report
// page waits no longer than for one request.
import type { PageComparison } from '@/lib/api/page';
import type { Result } from '@/lib/messages';
import type { Statement } from '@/lib/model';

/** Statements per comparePage request (a reply is at most about 1.5 MB of JSON: under 20 ms to parse). */
export const COMPARE_PART = 50;

export type SendCompare = (request: { statements: Statement[]; text?: string }) => Promise<Result<PageComparison>>;

/**
 * Compares `statements` in parts of COMPARE_PART; `text` (for proposal topics) goes with the first part only.
 * The answer is the one a single request would give: comparisons in the statements' order, the first part's topics
 * and proposals. Any part that fails makes the whole answer that failure.
 */
export async function comparePageInParts(
  send: SendCompare,
  statements: Statement[],
  text?: string,
): Promise<Result<PageComparison>> {
  const parts: Statement[][] = [];
  for (let i = 0; i === 0 || i < statements.length; i += COMPARE_PART)
    parts.push(statements.slice(i, i + COMPARE_PART));
  const replies = await Promise.all(
    parts.map((part, i) => send(i === 0 && text !== undefined ? { statements: part, text } : { statements: part })),
  );
  const comparisons: PageComparison['comparisons'] = [];
  for (const reply of replies) {
    if (!reply.ok) return reply;
    comparisons.push(...reply.data.comparisons);
  }
  const first = replies[0] as Extract<Result<PageComparison>, { ok: true }>;
  return { ok: true, data: { ...first.data, comparisons } };
}
