// @vitest-environment node
// The comparison's messages over a real (fake-indexeddb) database, called as the router would call them.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDbAccess } from '@/lib/db/open';
import type { ReportLensDb } from '@/lib/db/schema';
import { request } from '@/lib/messages';
import { checkRequest } from '@/lib/service/router';
import { compareHandlers } from '@/lib/service/compare';
import { record } from '../helpers/builders';
import { ctx, freshDb, serveDb } from '../helpers/db';

afterEach(() => {
  vi.restoreAllMocks();
});

function setup() {
  const db = freshDb();
  return {
    db,
    handlers: compareHandlers(
      createDbAccess(() => db),
      () => 42,
    ),
  };
}

/** Fails the test if anything reads the whole records table. */
function forbidFullScans(db: ReportLensDb) {
  for (const method of ['toArray', 'each', 'filter', 'toCollection'] as const) {
    vi.spyOn(db.records, method).mockImplementation(() => {
      throw new Error(`full scan: records.${method}()`);
    });
  }
}

describe('regionComparison', () => {
  it('answers one region’s records, any name accepted, with the national records of the same years', async () => {
    const { db, handlers } = setup();
    await db.records.bulkPut([
      record({ id: 'bj24', region: '北京', year: 2024 }),
      record({ id: 'bj25', region: '北京', year: 2025, value: 5 }),
      record({ id: 'sh25', region: '上海', year: 2025 }),
      record({ id: 'cn25', region: '全国', year: 2025 }),
      record({ id: 'cn19', region: '全国', year: 2019 }),
    ]);
    forbidFullScans(db);
    const answer = await handlers.regionComparison({ region: '北京市' }, ctx);
    expect(answer.region).toBe('北京');
    expect(answer.records.map((r) => r.id).sort()).toEqual(['bj24', 'bj25']);
    expect(answer.national.map((r) => r.id)).toEqual(['cn25']);
    expect(answer.years).toEqual([2024, 2025]);
  });

  it('narrows to the years asked for, and gives 全国 no separate national list', async () => {
    const { db, handlers } = setup();
    await db.records.bulkPut([
      record({ id: 'a', region: '全国', year: 2024 }),
      record({ id: 'b', region: '全国', year: 2025 }),
    ]);
    const answer = await handlers.regionComparison({ region: '全國', years: [2025] }, ctx);
    expect(answer.records.map((r) => r.id)).toEqual(['b']);
    expect(answer.national).toEqual([]);
  });

  it('refuses a request without a region', () => {
    expect(checkRequest('regionComparison', {})).toEqual({
      ok: false,
      message: 'Invalid regionComparison request: "region" is missing.',
    });
  });
});

describe('peerTargets', () => {
  it('answers every region’s target for the year and indicator, and nothing else', async () => {
    const { db, handlers } = setup();
    await db.records.bulkPut([
      record({ id: 'cn', region: '全国', year: 2025 }),
      record({ id: 'bj', region: '北京', year: 2025 }),
      record({ id: 'gd', region: '广东', year: 2025, value: 5, qualifier: '左右' }),
      record({ id: 'gd-result', region: '广东', year: 2025, kind: 'result' }),
      record({ id: 'gd-2024', region: '广东', year: 2024 }),
      record({ id: 'gd-cpi', region: '广东', year: 2025, indicator: 'cpi', value: 2 }),
    ]);
    forbidFullScans(db);
    const answer = await handlers.peerTargets({ year: 2025, indicator: 'gdp_growth' }, ctx);
    expect(answer.records.map((r) => r.id).sort()).toEqual(['bj', 'cn', 'gd']);
  });
});

describe('regionsWithRecords', () => {
  it('lists each region once with its count, 全国 first', async () => {
    const { db, handlers } = setup();
    await db.records.bulkPut([
      record({ region: '北京', year: 2024 }),
      record({ region: '北京', year: 2025 }),
      record({ region: '全国', year: 2025 }),
      record({ region: '广东', year: 2025 }),
    ]);
    forbidFullScans(db);
    const { regions } = await handlers.regionsWithRecords(undefined, ctx);
    expect(regions[0]).toEqual({ region: '全国', count: 1 });
    expect(regions).toContainEqual({ region: '北京', count: 2 });
    expect(regions).toHaveLength(3);
  });
});

describe('recordsForPage', () => {
  it('finds the records saved from a page, with or without its #hash', async () => {
    const { db, handlers } = setup();
    await db.records.bulkPut([
      record({ id: 'p1', region: '全国', year: 2025, source: { url: 'https://news.test/a.html' } }),
      record({ id: 'p2', region: '全国', year: 2024, kind: 'result', source: { url: 'https://news.test/a.html' } }),
      record({ id: 'other', region: '全国', year: 2025, source: { url: 'https://news.test/b.html' } }),
    ]);
    const { records } = await handlers.recordsForPage({ url: 'https://news.test/a.html#part2' }, ctx);
    expect(records.map((r) => r.id)).toEqual(['p1', 'p2']);
  });
});

describe('report texts', () => {
  const source = { url: 'https://www.gov.cn/report-2025.html', title: '政府工作报告' };

  it('saves, lists without the text, reads back and deletes', async () => {
    const { handlers } = setup();
    const saved = await handlers.saveReportText(
      { region: '北京市', year: 2025, section: '主要预期目标', text: '增长5%左右。', source },
      ctx,
    );
    expect(saved.report).toMatchObject({
      region: '北京',
      year: 2025,
      section: '主要预期目标',
      length: 7,
      updatedAt: 42,
    });
    expect('text' in saved.report).toBe(false);
    await handlers.saveReportText({ region: '北京', year: 2024, text: '增长5%左右。', source }, ctx);

    const { reports } = await handlers.listReports({ region: '京' }, ctx);
    expect(reports.map((r) => [r.year, r.section])).toEqual([
      [2025, '主要预期目标'],
      [2024, '全文'],
    ]);
    const full = await handlers.getReports({ ids: [saved.report.id, 'missing'] }, ctx);
    expect(full.reports.map((r) => r.text)).toEqual(['增长5%左右。']);

    expect(await handlers.deleteReport({ id: saved.report.id }, ctx)).toEqual({ deleted: true });
    expect(await handlers.deleteReport({ id: saved.report.id }, ctx)).toEqual({ deleted: false });
    expect((await handlers.listReports({ region: '北京' }, ctx)).reports).toHaveLength(1);
  });

  it('saving the same region, year and section again replaces the text', async () => {
    const { handlers } = setup();
    await handlers.saveReportText({ region: '上海', year: 2025, text: '旧文本', source }, ctx);
    await handlers.saveReportText({ region: '滬', year: 2025, text: '新文本', source }, ctx);
    const { reports } = await handlers.listReports({ region: '上海' }, ctx);
    expect(reports).toHaveLength(1);
    expect((await handlers.getReports({ ids: [reports[0].id] }, ctx)).reports[0].text).toBe('新文本');
  });

  it('refuses an empty text, a missing year and a missing source, naming the field', () => {
    const bad = [
      [{ region: '上海', year: 2025, text: '  ', source }, '"text" should not be empty'],
      [{ region: '上海', year: 'soon', text: '文本', source }, '"year" should be a year (a number such as 2025)'],
      [{ region: '上海', year: 2025, text: '文本' }, '"source" is missing'],
    ] as const;
    for (const [draft, why] of bad) {
      expect(checkRequest('saveReportText', draft)).toEqual({
        ok: false,
        message: `Invalid saveReportText request: ${why}.`,
      });
    }
  });
});

describe('through the message router', () => {
  it('answers the compare messages like any other domain', async () => {
    fakeBrowser.reset();
    const db = freshDb();
    await db.records.bulkPut([record({ id: 'x', region: '北京', year: 2025 })]);
    const unregister = serveDb(db);
    try {
      const reply = await request('regionsWithRecords');
      expect(reply).toEqual({ ok: true, data: { regions: [{ region: '北京', count: 1 }] } });
      const refused = await request('saveReportText', { region: '北京', year: 2025, text: '', source: { url: 'x' } });
      expect(refused.ok).toBe(false);
    } finally {
      unregister();
    }
  });
});
