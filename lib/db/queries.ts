import type { Collection, InsertType } from 'dexie';
import type { FigureRecord, Indicator } from '../model';
import type { ReportLensDb } from './schema';

export interface RecordFilter {
  region?: string;
  year?: number;
  indicator?: Indicator;
  limit?: number;
  offset?: number;
}

export interface Counts {
  records: number;
  proposals: number;
  reports: number;
  snippets: number;
}

export async function countAll(db: ReportLensDb): Promise<Counts> {
  const [records, proposals, reports, snippets] = await Promise.all([
    db.records.count(),
    db.proposals.count(),
    db.reports.count(),
    db.snippets.count(),
  ]);
  return { records, proposals, reports, snippets };
}

/** Records matching a filter through an index (never a full scan when region is given), newest year first. */
export async function listRecords(
  db: ReportLensDb,
  filter: RecordFilter = {},
): Promise<{ records: FigureRecord[]; total: number }> {
  const { region, year, indicator, limit = 200, offset = 0 } = filter;
  let collection: Collection<FigureRecord, string, InsertType<FigureRecord, 'id'>>;
  if (region && indicator) {
    collection = db.records
      .where('[region+indicator+year]')
      .between([region, indicator, year ?? -Infinity], [region, indicator, year ?? Infinity]);
  } else if (region && year !== undefined) {
    collection = db.records.where('[region+year]').equals([region, year]);
  } else if (region) {
    collection = db.records.where('region').equals(region);
  } else if (year !== undefined) {
    collection = db.records.where('year').equals(year);
  } else {
    collection = db.records.orderBy('year').reverse();
  }
  if (indicator && !region) collection = collection.filter((r) => r.indicator === indicator);
  if (year !== undefined && !region) collection = collection.filter((r) => r.year === year);
  const total = await collection.count();
  const all = await collection.offset(offset).limit(limit).toArray();
  all.sort((a, b) => b.year - a.year || a.region.localeCompare(b.region) || a.indicator.localeCompare(b.indicator));
  return { records: all, total };
}

/** A region's figures for one year (what a report page of that year is compared against). */
export function recordsForRegionYears(db: ReportLensDb, region: string, years: number[]): Promise<FigureRecord[]> {
  return db.records
    .where('[region+year]')
    .anyOf(years.map((y) => [region, y]))
    .toArray();
}

export async function putRecords(db: ReportLensDb, records: FigureRecord[]): Promise<number> {
  await db.records.bulkPut(records);
  return records.length;
}

export function deleteRecords(db: ReportLensDb, ids: string[]): Promise<void> {
  return db.records.bulkDelete(ids);
}

/** Distinct region names that have records, for pickers. */
export async function regionsWithRecords(db: ReportLensDb): Promise<string[]> {
  return (await db.records.orderBy('region').uniqueKeys()) as string[];
}
