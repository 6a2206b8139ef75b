// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { createDbAccess } from '@/lib/db/open';
import { ReportLensDb } from '@/lib/db/schema';
import type { FigureRecord } from '@/lib/model';
import { pageHandlers } from '@/lib/service/page';
import { proposal, record, statement } from '../helpers/builders';

const db = new ReportLensDb(`page-${Math.random()}`);
afterEach(async () => {
  await db.records.clear();
  await db.proposals.clear();
});

const source = { url: 'https://example.test/report' };
const rec = (r: Partial<FigureRecord>): FigureRecord => record({ id: `${r.region ?? '北京'}-${r.year}-${r.kind}-${r.value}`, source, ...r });
const comparePage = pageHandlers(createDbAccess(() => db)).comparePage;

describe('comparePage', () => {
  it('compares a target with last year’s stored target and result', async () => {
    await db.records.bulkPut([rec({ year: 2024, kind: 'target', value: 5 }), rec({ year: 2024, kind: 'result', value: 5.2, qualifier: null })]);
    const { comparisons } = await comparePage({ statements: [statement({})] }, {});
    const [c] = comparisons;
    expect(c.state).toBe('compared');
    expect(c.kind === 'target' && c.lastYear.judgements[0]?.verdict).toBe('met');
  });

  it('marks a page figure that disagrees with the stored one as a conflict', async () => {
    await db.records.bulkPut([rec({ year: 2025, kind: 'target', value: 5.5 })]);
    const { comparisons } = await comparePage({ statements: [statement({ value: 5 })] }, {});
    expect(comparisons[0].state).toBe('conflict');
  });

  it('says new when nothing is stored for the region', async () => {
    await db.records.bulkPut([rec({ region: '重庆', year: 2024 })]);
    const { comparisons } = await comparePage({ statements: [statement({})] }, {});
    expect(comparisons[0].state).toBe('new');
  });

  it('finds proposal topics in traditional text and lists their proposals', async () => {
    const p1 = proposal({ id: 'p1', region: '北京', title: '关于加快低空经济发展的提案', topics: ['低空经济'] });
    await db.proposals.put(p1);
    const text = '代表們熱議低空經濟與人工智能。';
    const { topics, proposals } = await comparePage({ statements: [], text }, {});
    expect(topics.map((t) => text.slice(t.start, t.end))).toEqual(['低空經濟']);
    expect(proposals['低空经济'].map((p) => p.id)).toEqual(['p1']);
  });

  it('rejects a request without a statement list', async () => {
    await expect(async () => comparePage({ statements: 'x' } as never, {})).rejects.toMatchObject({ code: 'invalid-request' });
  });
});
