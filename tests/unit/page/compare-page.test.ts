// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_PAGE_STATEMENTS } from '@/lib/api/page';
import { createDbAccess } from '@/lib/db/open';
import { ReportLensDb } from '@/lib/db/schema';
import type { FigureRecord } from '@/lib/model';
import { readReport } from '@/lib/reader';
import { pageHandlers } from '@/lib/service/page';
import { checkRequest } from '@/lib/service/router';
import { proposal, record, statement } from '../helpers/builders';

const db = new ReportLensDb(`page-${Math.random()}`);
afterEach(async () => {
  await db.records.clear();
  await db.proposals.clear();
});

const source = { url: 'https://example.test/report' };
const rec = (r: Partial<FigureRecord>): FigureRecord =>
  record({ id: `${r.region ?? '北京'}-${r.year}-${r.kind}-${r.value}`, source, ...r });
const comparePage = pageHandlers(createDbAccess(() => db)).comparePage;

describe('comparePage', () => {
  it('compares a target with last year’s stored target and result', async () => {
    await db.records.bulkPut([
      rec({ year: 2024, kind: 'target', value: 5 }),
      rec({ year: 2024, kind: 'result', value: 5.2, qualifier: null }),
    ]);
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
    expect(checkRequest('comparePage', { statements: 'x' })).toEqual({
      ok: false,
      message: 'Invalid comparePage request: "statements" should be a list of statements.',
    });
  });
});

describe('readReport', () => {
  const readReportMessage = pageHandlers(createDbAccess(() => db)).readReport;

  it('answers a page with at most MAX_PAGE_STATEMENTS statements, the first in the text, detection unchanged', async () => {
    // Our own sentences, repeated until the page holds far more statements than a report.
    const paragraph =
      '今年发展主要预期目标是：国内生产总值增长5%左右，城镇新增就业1200万人以上，城镇调查失业率5.5%左右。\n';
    const input = {
      title: '政府工作报告',
      url: 'https://example.test/huge.html',
      text: paragraph.repeat(400),
      publishedAt: '2025-03-05',
    };
    const whole = readReport(input);
    expect(whole.statements.length).toBeGreaterThan(MAX_PAGE_STATEMENTS);
    const reply = await readReportMessage(input, {});
    expect(reply.detection).toEqual(whole.detection);
    expect(reply.statements).toEqual(whole.statements.slice(0, MAX_PAGE_STATEMENTS));
  });
});
