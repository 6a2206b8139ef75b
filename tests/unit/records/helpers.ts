import { afterEach } from 'vitest';
import { storage } from 'wxt/utils/storage';
import { createDbAccess } from '@/lib/db/open';
import { ReportLensDb } from '@/lib/db/schema';
import type { FigureRecord, Proposal } from '@/lib/model';
import { PACK_FORMAT, PACK_VERSION, type Pack } from '@/lib/pack/format';
import { recordHandlers } from '@/lib/service/records';
import { defineStorageItems } from '@/lib/storage-items';

const opened: ReportLensDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

export function freshDb(): ReportLensDb {
  const db = new ReportLensDb(`records-test-${Math.random()}`);
  opened.push(db);
  return db;
}

/** A database, its access object and the record handlers over it (called directly, as the router would). */
export function setup() {
  const db = freshDb();
  const access = createDbAccess(() => db);
  return { db, access, handlers: recordHandlers(access) };
}

export const ctx = {};

/** The extension's storage items over WXT's storage, which the unit tests back with `fakeBrowser`. */
export const storageItems = () => defineStorageItems(storage);

export function record(id: string, over: Partial<FigureRecord> = {}): FigureRecord {
  return {
    id,
    region: '北京',
    year: 2024,
    indicator: 'gdp_growth',
    kind: 'target',
    value: 5,
    unit: '%',
    qualifier: '左右',
    source: { url: `https://example.test/${id}`, quote: '地区生产总值增长5%左右', type: 'news' },
    origin: 'pack',
    updatedAt: 1,
    ...over,
  };
}

export function proposal(id: string, over: Partial<Proposal> = {}): Proposal {
  return {
    id,
    region: '全国',
    year: 2025,
    author: '张三',
    role: '全国政协委员',
    title: '关于加快发展新质生产力的提案',
    topics: ['新质生产力'],
    source: { url: `https://example.test/p/${id}`, title: '提案' },
    origin: 'pack',
    updatedAt: 1,
    ...over,
  };
}

export function pack(records: FigureRecord[], proposals: Proposal[] = []): Pack {
  return {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    createdAt: '2026-03-05',
    header: {
      description: 'test pack',
      counts: { records: records.length, proposals: proposals.length },
      dropped: {},
      regions: [...new Set(records.map((r) => r.region))],
    },
    records,
    proposals,
  };
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
    record('a', { conflictsWith: ['b'] }),
    record('b', { value: 5.5, source: { url: 'https://example.test/b', quote: '增长5.5%左右', type: 'official' }, conflictsWith: ['a'] }),
    record('c', { region: '上海', indicator: 'cpi', value: 3, qualifier: null, kind: 'target', year: 2025 }),
    record('d', { origin: 'page', region: '广东', kind: 'result', value: 5.2, qualifier: null, year: 2023 }),
    record('e', { userEdited: true, value: 6, note: '我的修改', updatedAt: 5 }),
    record('q', { value: undefined, unit: '', qualifier: null, indicator: 'disposable_income_growth', text: '与经济增长同步' }),
  ]);
  await db.proposals.bulkPut([proposal('p1'), proposal('p2', { origin: 'user', region: '北京', topics: ['养老', '托育'] })]);
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
  await db.reports.put({ id: 'rep1', region: '北京', year: 2025, section: '主要任务', text: '……', source: { url: 'https://example.test/r' }, updatedAt: 2 });
}
