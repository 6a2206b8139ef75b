// Databases for unit tests: fake-indexeddb (loaded by the config's setup files) behind the project's own schema,
// deleted after each test, and the real handlers served through the message router on WXT's fake browser.
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDbAccess } from '@/lib/db/open';
import { ReportLensDb } from '@/lib/db/schema';
import { registerRouter } from '@/lib/service/router';
import { createHandlers } from '@/lib/service/handlers';
import { recordHandlers } from '@/lib/service/records';
import { proposal, record } from './builders';

const opened: ReportLensDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

/** A new, empty database, deleted after the test. */
export function freshDb(): ReportLensDb {
  const db = new ReportLensDb(`test-${Math.random()}`);
  opened.push(db);
  return db;
}

/** A database, its access object and the record handlers over it (called directly, as the router would). */
export function setup() {
  const db = freshDb();
  const access = createDbAccess(() => db);
  return { db, access, handlers: recordHandlers(access) };
}

/** The message context handlers get when a test calls them directly. */
export const ctx = {};

/** The real handlers over `db` answer `request()` through the router, as the background does. Returns the way to stop. */
export function serveDb(db: ReportLensDb, version = '1'): () => void {
  return registerRouter(
    createHandlers(
      createDbAccess(() => db),
      version,
    ),
  );
}

/**
 * Per test: WXT's fake browser reset, a fresh database filled by `fill`, and the real handlers serving it through the
 * router — what a view or a content controller talks to. Call at the top of a test file or describe block.
 */
export function useServedDb(fill?: (db: ReportLensDb) => Promise<unknown>): () => ReportLensDb {
  let db: ReportLensDb;
  let stop = () => {};
  beforeEach(async () => {
    fakeBrowser.reset();
    db = freshDb();
    await fill?.(db);
    stop = serveDb(db);
  });
  afterEach(() => stop());
  return () => db;
}

/** Every table, sorted by id: two dumps are equal exactly when the databases hold the same rows. */
export async function dump(db: ReportLensDb) {
  const byId = <T extends { id: string }>(rows: T[]) => rows.sort((a, b) => a.id.localeCompare(b.id));
  return {
    records: byId(await db.records.toArray()),
    proposals: byId(await db.proposals.toArray()),
    reports: byId(await db.reports.toArray()),
    snippets: byId(await db.snippets.toArray()),
    deletions: byId(await db.deletions.toArray()),
  };
}

/** A library with a bit of everything: pack records (one pair in conflict), a page record, an edited one, a proposal, a snippet, a report. */
export async function seed(db: ReportLensDb) {
  await db.records.bulkPut([
    record({ id: 'a', conflictsWith: ['b'] }),
    record({
      id: 'b',
      value: 5.5,
      source: { url: 'https://example.test/b', quote: '增长5.5%左右', type: 'official' },
      conflictsWith: ['a'],
    }),
    record({ id: 'c', region: '上海', indicator: 'cpi', value: 3, qualifier: null, kind: 'target', year: 2025 }),
    record({ id: 'd', origin: 'page', region: '广东', kind: 'result', value: 5.2, qualifier: null, year: 2023 }),
    record({ id: 'e', userEdited: true, value: 6, note: '我的修改', updatedAt: 5 }),
    record({
      id: 'q',
      value: undefined,
      unit: '',
      qualifier: null,
      indicator: 'disposable_income_growth',
      text: '与经济增长同步',
    }),
  ]);
  await db.proposals.bulkPut([
    proposal({ id: 'p1' }),
    proposal({ id: 'p2', origin: 'user', region: '北京', topics: ['养老', '托育'] }),
  ]);
  await db.snippets.put({
    id: 's1',
    url: 'https://example.test/s',
    title: '页面',
    text: '稳就业',
    selector: { exact: '稳就业', prefix: '要', suffix: '。' },
    tags: ['就业'],
    createdAt: 3,
  });
  await db.deletions.put({ id: 'rec-deleted', deletedAt: 4 });
  await db.reports.put({
    id: 'rep1',
    region: '北京',
    year: 2025,
    section: '主要任务',
    text: '……',
    source: { url: 'https://example.test/r' },
    updatedAt: 2,
  });
}
