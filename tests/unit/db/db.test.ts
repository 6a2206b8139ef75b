// @vitest-environment node
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createDbAccess, DbUnavailableError } from '@/lib/db/open';
import { countAll, listRecords, putRecords, recordsForRegionYears, regionsWithRecords } from '@/lib/db/queries';
import { ReportLensDb } from '@/lib/db/schema';
import type { FigureRecord } from '@/lib/model';
import { record as makeRecord } from '../records/helpers';

let n = 0;
const freshName = () => `report-lens-test-${++n}-${Math.random()}`;

const record = (partial: Partial<FigureRecord>): FigureRecord =>
  makeRecord(`r${Math.random()}`, { origin: 'user', source: { url: 'https://example.test/a', quote: '地区生产总值增长5%左右' }, ...partial });

const opened: ReportLensDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

function newDb() {
  const db = new ReportLensDb(freshName());
  opened.push(db);
  return db;
}

describe('database', () => {
  it('round-trips a record with every field intact', async () => {
    const db = newDb();
    const r = record({ id: 'a', valueMax: 5.5, estimate: true, source: { url: 'u', title: 't', quote: 'q' } });
    await putRecords(db, [r]);
    expect(await db.records.get('a')).toEqual(r);
  });

  it('lists a region through its indexes, newest year first', async () => {
    const db = newDb();
    await putRecords(db, [
      record({ id: '1', year: 2023 }),
      record({ id: '2', year: 2025 }),
      record({ id: '3', region: '重庆', year: 2025 }),
      record({ id: '4', indicator: 'cpi', year: 2024, value: 2 }),
    ]);
    const { records, total } = await listRecords(db, { region: '北京' });
    expect(total).toBe(3);
    expect(records.map((r) => r.id)).toEqual(['2', '4', '1']);
    expect((await listRecords(db, { region: '北京', indicator: 'gdp_growth' })).records.map((r) => r.id)).toEqual([
      '2',
      '1',
    ]);
    expect((await listRecords(db, { year: 2025 })).total).toBe(2);
    expect((await recordsForRegionYears(db, '北京', [2023, 2024])).map((r) => r.id).sort()).toEqual(['1', '4']);
    expect(await regionsWithRecords(db)).toEqual(['北京', '重庆'].sort());
  });

  it('counts every table', async () => {
    const db = newDb();
    await putRecords(db, [record({ id: 'x' })]);
    expect(await countAll(db)).toEqual({ records: 1, proposals: 0, reports: 0, snippets: 0 });
  });
});

describe('database access', () => {
  it('opens lazily and retries once after the connection was closed', async () => {
    const name = freshName();
    let created = 0;
    const access = createDbAccess(() => {
      created++;
      const db = new ReportLensDb(name);
      opened.push(db);
      return db;
    });
    expect(created).toBe(0);
    expect(await access.withDb((db) => db.records.count())).toBe(0);
    let calls = 0;
    const result = await access.withDb(async (db) => {
      calls++;
      if (calls === 1) throw new Dexie.DatabaseClosedError('closed while asleep');
      return db.records.count();
    });
    expect(result).toBe(0);
    expect(calls).toBe(2);
    expect(created).toBe(2);
  });

  it('turns a refused IndexedDB into a DbUnavailableError the UI can show', async () => {
    const access = createDbAccess(() => {
      const db = new ReportLensDb(freshName());
      db.open = () => Promise.reject(Object.assign(new Error('A mutation operation was attempted'), { name: 'InvalidStateError' })) as never;
      return db;
    });
    const error = await access.withDb((db) => db.records.count()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DbUnavailableError);
    expect((error as DbUnavailableError).code).toBe('db-unavailable');
    expect((error as Error).message).toMatch(/private/i);
  });
});
