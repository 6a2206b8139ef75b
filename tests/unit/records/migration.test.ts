// @vitest-environment node
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ReportLensDb } from '@/lib/db/schema';
import { proposal, record } from '../helpers/builders';

// The stores exactly as version 1 shipped them (lib/db/schema.ts, commit 2752392): a database written by the
// previous version of the extension.
const VERSION_1 = {
  records: 'id, [region+indicator+year], [region+year], source.url, region, year, indicator, origin, updatedAt',
  proposals: 'id, [region+year], *topics, year',
  reports: 'id, [region+year]',
  snippets: 'id, url, createdAt, *tags, region, year',
};

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('schema migration 1 → 2', () => {
  it('opens a version-1 database and finds every row intact, with the new deletions store', async () => {
    const name = `migration-${Math.random()}`;
    names.push(name);
    const old = new Dexie(name);
    old.version(1).stores(VERSION_1);
    const rows = {
      records: [
        record({ id: 'a', conflictsWith: ['b'] }),
        record({ id: 'b', value: 5.5, conflictsWith: ['a'] }),
        record({ id: 'q', value: undefined, unit: '', text: '与经济增长同步' }),
      ],
      proposals: [proposal({ id: 'p1', topics: ['养老', '托育'] })],
      reports: [
        {
          id: 'r1',
          region: '北京',
          year: 2025,
          section: '主要任务',
          text: '……',
          source: { url: 'https://example.test/r' },
          updatedAt: 1,
        },
      ],
      snippets: [
        {
          id: 's1',
          url: 'https://example.test/s',
          title: '页',
          text: '稳就业',
          selector: { exact: '稳就业', prefix: '', suffix: '' },
          tags: ['就业'],
          createdAt: 1,
        },
      ],
    };
    for (const [table, list] of Object.entries(rows)) await old.table(table).bulkPut(list);
    old.close();

    const db = new ReportLensDb(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(2);
    expect(await db.records.orderBy('id').toArray()).toEqual(rows.records);
    expect(await db.proposals.toArray()).toEqual(rows.proposals);
    expect(await db.reports.toArray()).toEqual(rows.reports);
    expect(await db.snippets.toArray()).toEqual(rows.snippets);
    expect(await db.deletions.count()).toBe(0);
    // The indexes still answer.
    expect((await db.records.where('[region+year]').equals(['北京', 2024]).primaryKeys()).sort()).toEqual([
      'a',
      'b',
      'q',
    ]);
    expect(await db.proposals.where('topics').equals('托育').count()).toBe(1);
    db.close();
  });
});

describe('schema migration 2 → 3', () => {
  it('opens a version-2 database and finds every row intact, with the new corrections store', async () => {
    const name = `migration-${Math.random()}`;
    names.push(name);
    const old = new Dexie(name);
    old.version(1).stores(VERSION_1);
    old.version(2).stores({ deletions: 'id' });
    const rows = {
      records: [record({ id: 'a' }), record({ id: 'b', value: 5.5, conflictsWith: ['a'] })],
      proposals: [proposal({ id: 'p1', topics: ['养老'] })],
      snippets: [
        {
          id: 's1',
          url: 'https://example.test/s',
          title: '页',
          text: '稳就业',
          selector: { exact: '稳就业', prefix: '', suffix: '' },
          tags: [],
          createdAt: 1,
        },
      ],
      deletions: [{ id: 'pack-x', deletedAt: 3 }],
    };
    for (const [table, list] of Object.entries(rows)) await old.table(table).bulkPut(list);
    old.close();

    const db = new ReportLensDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.records.orderBy('id').toArray()).toEqual(rows.records);
    expect(await db.proposals.toArray()).toEqual(rows.proposals);
    expect(await db.snippets.toArray()).toEqual(rows.snippets);
    expect(await db.deletions.toArray()).toEqual(rows.deletions);
    expect(await db.corrections.count()).toBe(0);
    await db.corrections.put({ url: 'https://example.test/p', hidden: ['增长5%'], edits: [], updatedAt: 1 });
    expect((await db.corrections.get('https://example.test/p'))?.hidden).toEqual(['增长5%']);
    db.close();
  });
});
