// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { PageComparison } from '@/lib/api/page';
import type { StatementComparison } from '@/lib/match';
import type { Result } from '@/lib/messages';
import type { Statement } from '@/lib/model';
import { COMPARE_PART, comparePageInParts } from '@/entrypoints/content/compare-parts';
import { statement as read } from '../helpers/builders';

const statement = (i: number): Statement =>
  read({ value: i, qualifier: null, quote: `增长${i}%`, start: i * 10, end: i * 10 + 5 });

/** A fake background: one comparison per statement, topics only when text came with the request. */
function fakeBackground(fail?: (call: number) => boolean) {
  const calls: Array<{ statements: Statement[]; text?: string }> = [];
  const send = async (req: { statements: Statement[]; text?: string }): Promise<Result<PageComparison>> => {
    calls.push(req);
    if (fail?.(calls.length)) return { ok: false, error: { code: 'internal', message: 'no' } };
    return {
      ok: true,
      data: {
        comparisons: req.statements.map((s) => ({ statement: s, state: 'new' }) as unknown as StatementComparison),
        topics: req.text ? [{ term: '低空经济', start: 0, end: 4, terms: ['低空经济'] }] : [],
        proposals: req.text ? { 低空经济: [] } : {},
      },
    };
  };
  return { calls, send };
}

describe('comparePageInParts', () => {
  it('asks in parts, the text with the first only, and answers as one request would', async () => {
    const statements = Array.from({ length: COMPARE_PART * 2 + 7 }, (_, i) => statement(i));
    const { calls, send } = fakeBackground();
    const reply = await comparePageInParts(send, statements, '低空经济');
    expect(calls.map((c) => c.statements.length)).toEqual([COMPARE_PART, COMPARE_PART, 7]);
    expect(calls.map((c) => c.text)).toEqual(['低空经济', undefined, undefined]);
    expect(reply.ok && reply.data.comparisons.map((c) => c.statement)).toEqual(statements);
    expect(reply.ok && reply.data.topics.map((t) => t.term)).toEqual(['低空经济']);
  });

  it('still asks once for a page without statements (its topics)', async () => {
    const { calls, send } = fakeBackground();
    const reply = await comparePageInParts(send, [], 'text');
    expect(calls).toHaveLength(1);
    expect(reply.ok && reply.data.comparisons).toEqual([]);
  });

  it('fails as a whole when one part fails', async () => {
    const { send } = fakeBackground((call) => call === 2);
    const reply = await comparePageInParts(
      send,
      Array.from({ length: COMPARE_PART + 1 }, (_, i) => statement(i)),
    );
    expect(reply.ok).toBe(false);
  });
});
