// @vitest-environment node
// The corrections store: applying a page's corrections to what the reader found, the background's messages over a
// real (fake-indexeddb) database, and corrections in backups.
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  applyCorrection,
  applyCorrections,
  emptyCorrections,
  type PageCorrections,
  type StatementEdit,
  statementKeys,
} from '@/lib/corrections';
import { createDbAccess } from '@/lib/db/open';
import { request } from '@/lib/messages';
import { correctionHandlers } from '@/lib/service/corrections';
import { recordHandlers } from '@/lib/service/records';
import { route } from '@/lib/service/router';
import { statement } from '../helpers/builders';
import { freshDb, serveDb } from '../helpers/db';

function setup() {
  const db = freshDb();
  const access = createDbAccess(() => db);
  return { db, corrections: correctionHandlers(access), records: recordHandlers(access) };
}

const URL_A = 'https://news.example.test/a.html';
const edit = (key: string, over: Partial<StatementEdit> = {}): StatementEdit => ({
  key,
  region: '北京',
  year: 2025,
  indicator: 'gdp_growth',
  kind: 'target',
  value: 5.5,
  unit: '%',
  qualifier: '左右',
  ...over,
});

describe('statement keys and applying corrections', () => {
  it('keys statements by quote, numbering repeats so two equal quotes stay apart', () => {
    expect(statementKeys([{ quote: '增长5%' }, { quote: '下降1%' }, { quote: '增长5%' }])).toEqual([
      '增长5%',
      '下降1%',
      '增长5%#1',
    ]);
  });

  it('leaves hidden readings out, counts them, and replaces edited ones keeping the page quote and span', () => {
    const statements = [
      statement({
        year: 2025,
        kind: 'target',
        value: 5,
        quote: '增长5%',
        start: 10,
        end: 14,
        confidence: 0.3,
        why: ['region from the page'],
      }),
      statement({ year: 2024, kind: 'result', value: 5.2, quote: '增长5.2%', start: 20, end: 26 }),
    ];
    let c = applyCorrection(emptyCorrections(URL_A), { type: 'hide', key: '增长5.2%' });
    c = applyCorrection(c, { type: 'edit', edit: edit('增长5%', { region: '天津', valueMax: 6 }) });
    const out = applyCorrections(statements, c);
    expect(out.hidden).toBe(1);
    expect(out.statements).toHaveLength(1);
    const [first] = out.statements;
    expect(first.edited).toBe(true);
    expect(first.statement).toMatchObject({
      region: '天津',
      value: 5.5,
      valueMax: 6,
      quote: '增长5%',
      start: 10,
      end: 14,
      confidence: 1,
    });
    expect(applyCorrections(statements, null).statements.map((s) => s.edited)).toEqual([false, false]);
  });

  it('an edit un-hides its reading; unhide-all restores every hidden reading; the page region and year can be cleared', () => {
    let c = applyCorrection(emptyCorrections(`${URL_A}#part2`), { type: 'hide', key: 'x' });
    expect(c.url).toBe(URL_A);
    c = applyCorrection(c, { type: 'hide', key: 'x' });
    expect(c.hidden).toEqual(['x']);
    expect(applyCorrection(c, { type: 'edit', edit: edit('x') }).hidden).toEqual([]);
    expect(applyCorrection(c, { type: 'unhide-all' }).hidden).toEqual([]);
    c = applyCorrection(c, { type: 'page', region: '上海', year: 2024 });
    expect([c.region, c.year]).toEqual(['上海', 2024]);
    c = applyCorrection(c, { type: 'page', region: null, year: null });
    expect('region' in c || 'year' in c).toBe(false);
  });
});

describe('the corrections messages', () => {
  it('remembers corrections per page URL (without its fragment) and forgets a row that holds nothing', async () => {
    const { db, corrections } = setup();
    expect(await corrections.getCorrections({ url: URL_A }, {})).toBeNull();
    await corrections.correctPage({ url: `${URL_A}#top`, change: { type: 'page', region: '广东', year: 2025 } }, {});
    await corrections.correctPage({ url: URL_A, change: { type: 'hide', key: '增长5%' } }, {});
    const row = (await corrections.getCorrections({ url: URL_A }, {})) as PageCorrections;
    expect(row).toMatchObject({ url: URL_A, region: '广东', year: 2025, hidden: ['增长5%'] });
    expect(await corrections.getCorrections({ url: 'https://news.example.test/b.html' }, {})).toBeNull();
    await corrections.correctPage({ url: URL_A, change: { type: 'unhide-all' } }, {});
    expect(
      await corrections.correctPage({ url: URL_A, change: { type: 'page', region: null, year: null } }, {}),
    ).toBeNull();
    expect(await db.corrections.count()).toBe(0);
  });

  it('refuses a malformed change whole (checked by the router before the handler runs)', async () => {
    const { db, corrections } = setup();
    const bad = [
      { type: 'page', region: '北京', year: 12 },
      { type: 'hide', key: '' },
      { type: 'edit', edit: { ...edit('k'), kind: 'guess' } },
      { type: 'edit', edit: { ...edit('k'), value: Number.NaN } },
      { type: 'nonsense' },
    ];
    const send = (type: 'correctPage' | 'getCorrections', data: unknown) =>
      route(corrections as never, type, data, undefined);
    for (const change of bad) {
      expect(await send('correctPage', { url: URL_A, change }), JSON.stringify(change)).toMatchObject({
        ok: false,
        error: { code: 'invalid-request' },
      });
    }
    expect(await send('getCorrections', { url: '' })).toEqual({
      ok: false,
      error: { code: 'invalid-request', message: 'Invalid getCorrections request: "url" should be the page address.' },
    });
    expect(await db.corrections.count()).toBe(0);
  });

  it('answers a content script only about the page it runs in', async () => {
    const { corrections } = setup();
    const page = { fromContentScript: true, senderUrl: `${URL_A}#section` };
    expect(await corrections.correctPage({ url: URL_A, change: { type: 'hide', key: 'k' } }, page)).toMatchObject({
      hidden: ['k'],
    });
    const other = { fromContentScript: true, senderUrl: 'https://evil.example.test/' };
    await expect(corrections.getCorrections({ url: URL_A }, other)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(corrections.correctPage({ url: URL_A, change: { type: 'unhide-all' } }, other)).rejects.toMatchObject({
      code: 'forbidden',
    });
    // The extension's own pages (the library) may read any page's corrections.
    expect(await corrections.getCorrections({ url: URL_A }, {})).toMatchObject({ hidden: ['k'] });
  });

  it('are part of backups: a restored backup brings them back', async () => {
    const { db, corrections, records } = setup();
    await corrections.correctPage({ url: URL_A, change: { type: 'edit', edit: edit('增长5%') } }, {});
    const backup = await records.backupAll(undefined, {});
    expect(backup.corrections).toHaveLength(1);
    await db.corrections.clear();
    const outcome = await records.restoreBackup({ text: JSON.stringify(backup) }, {});
    expect(outcome.counts.records).toBe(backup.counts.records);
    expect((await db.corrections.get(URL_A))?.edits).toEqual([edit('增长5%')]);
  });

  it('a full disk during a save answers the storage error in one sentence and leaves the stored corrections as they were', async () => {
    fakeBrowser.reset();
    const { db, corrections } = setup();
    await corrections.correctPage({ url: URL_A, change: { type: 'hide', key: '增长5%' } }, {});
    const before = await db.corrections.get(URL_A);
    // The browser refuses every write to the corrections store, as IndexedDB does when the quota is reached
    // (a middleware takes effect when the database opens again).
    db.close();
    db.use({
      stack: 'dbcore',
      name: 'full-disk',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          if (name !== 'corrections') return table;
          return {
            ...table,
            mutate: () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')),
          };
        },
      }),
    });
    const unregister = serveDb(db);
    try {
      const reply = await request('correctPage', { url: URL_A, change: { type: 'edit', edit: edit('增长5.2%') } });
      expect(reply.ok).toBe(false);
      if (reply.ok) return;
      expect(reply.error.code).toBe('storage');
      expect(reply.error.message).toMatch(/^Not saved: .*nothing was changed/);
      expect(reply.error.message.split(/[.!?](\s|$)/).filter((x) => x.trim())).toHaveLength(1);
    } finally {
      unregister();
    }
    expect(await db.corrections.toArray()).toEqual([before]);
  });
});
