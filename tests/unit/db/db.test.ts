// @vitest-environment node
import Dexie from 'dexie';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createDbAccess, DbUnavailableError } from '@/lib/db/open';
import { countAll, listRecords, putRecords, recordsForRegionYears, regionsWithRecords } from '@/lib/db/queries';
import { ReportLensDb } from '@/lib/db/schema';
import type { FigureRecord } from '@/lib/model';
import { record as makeRecord } from '../helpers/builders';
import { freshDb } from '../helpers/db';

let n = 0;
const freshName = () => `report-lens-test-${++n}-${Math.random()}`;

// The user's own records here: no starter-pack rules apply to them.
const record = (fields: Partial<FigureRecord>): FigureRecord => makeRecord({ origin: 'user', ...fields });

describe('database', () => {
  it('round-trips a record with every field intact', async () => {
    const db = freshDb();
    const r = record({ id: 'a', valueMax: 5.5, estimate: true, source: { url: 'u', title: 't', quote: 'q' } });
    await putRecords(db, [r]);
    expect(await db.records.get('a')).toEqual(r);
  });

  it('lists a region through its indexes, newest year first', async () => {
    const db = freshDb();
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
    const db = freshDb();
    await putRecords(db, [record({ id: 'x' })]);
    expect(await countAll(db)).toEqual({ records: 1, proposals: 0, reports: 0, snippets: 0 });
  });
});

describe('database access', () => {
  it('opens lazily and retries once after the connection was closed', async () => {
    const name = freshName();
    onTestFinished(() => Dexie.delete(name));
    let created = 0;
    const access = createDbAccess(() => {
      created++;
      return new ReportLensDb(name);
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
      db.open = () =>
        Promise.reject(
          Object.assign(new Error('A mutation operation was attempted'), { name: 'InvalidStateError' }),
        ) as never;
      return db;
    });
    const error = await access.withDb((db) => db.records.count()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DbUnavailableError);
    expect((error as DbUnavailableError).code).toBe('db-unavailable');
    expect((error as Error).message).toMatch(/private/i);
  });
});
