// Index queries of the year comparison and of a report page's comparison (comparePage), and the stored report
// texts. Kept apart from queries.ts (the library's) so each stays small.
// No query here reads the whole records table: a region comes from its index, peers from the compound index
// [region+indicator+year] with one key per region, counts from index counts.
import Dexie from 'dexie';
import type { FigureRecord, Indicator, Proposal, ReportText } from '../model';
import { compareRegions } from '../regions/national';
import type { ReportLensDb } from './schema';

/** One region's records, all years or only the given ones. */
export function recordsOfRegion(db: ReportLensDb, region: string, years?: readonly number[]): Promise<FigureRecord[]> {
  if (years && years.length > 0) {
    return db.records
      .where('[region+year]')
      .anyOf([...new Set(years)].map((y) => [region, y]))
      .toArray();
  }
  return db.records.where('region').equals(region).toArray();
}

/** Distinct regions with records, read from the region index's keys. */
export async function storedRegions(db: ReportLensDb): Promise<string[]> {
  return (await db.records.orderBy('region').uniqueKeys()) as string[];
}

/**
 * Every region's records for one indicator and year. There is no [indicator+year] index; instead the distinct
 * regions (index keys only) give one exact key each into [region+indicator+year] — a few dozen index lookups
 * rather than a scan of a year's thousands of records.
 */
export async function recordsForIndicatorYear(
  db: ReportLensDb,
  indicator: Indicator,
  year: number,
): Promise<FigureRecord[]> {
  const regions = await storedRegions(db);
  if (regions.length === 0) return [];
  return db.records
    .where('[region+indicator+year]')
    .anyOf(regions.map((r) => [r, indicator, year]))
    .toArray();
}

/** Regions and how many records each holds (index counts), 全国 first. */
export async function regionCounts(db: ReportLensDb): Promise<{ region: string; count: number }[]> {
  const regions = await storedRegions(db);
  const counts = await Promise.all(regions.map((r) => db.records.where('region').equals(r).count()));
  return regions.map((region, i) => ({ region, count: counts[i] })).sort((a, b) => compareRegions(a.region, b.region));
}

/** Records whose source is the page (exact URL, through the source.url index). */
export function recordsFromUrl(db: ReportLensDb, url: string): Promise<FigureRecord[]> {
  return db.records.where('source.url').equals(url).toArray();
}

/** A region's stored report texts through [region+year], newest year first. */
export async function reportsOfRegion(db: ReportLensDb, region: string): Promise<ReportText[]> {
  const rows = await db.reports
    .where('[region+year]')
    .between([region, Dexie.minKey], [region, Dexie.maxKey], true, true)
    .toArray();
  return rows.sort((a, b) => b.year - a.year || a.section.localeCompare(b.section, 'zh'));
}

/** Every year of each (region, indicator) pair: what a page's statements are compared against. */
export async function recordsForPairs(db: ReportLensDb, pairs: Array<[string, Indicator]>): Promise<FigureRecord[]> {
  const lists = await Promise.all(
    pairs.map(([region, indicator]) =>
      db.records
        .where('[region+indicator+year]')
        .between([region, indicator, -Infinity], [region, indicator, Infinity])
        .toArray(),
    ),
  );
  return lists.flat();
}

/** Every topic the stored proposals name (keys of the multi-entry index, folded to simplified). */
export async function proposalTopics(db: ReportLensDb): Promise<string[]> {
  return (await db.proposals.orderBy('topics').uniqueKeys()) as string[];
}

/** The proposals naming any of these topics, each once. */
export function proposalsWithTopics(db: ReportLensDb, topics: string[]): Promise<Proposal[]> {
  return db.proposals.where('topics').anyOf(topics).distinct().toArray();
}

/** Stores a report text (its id says region, year and section, so saving again replaces it). */
export async function putReport(db: ReportLensDb, report: ReportText): Promise<void> {
  await db.reports.put(report);
}

export async function reportsByIds(db: ReportLensDb, ids: string[]): Promise<ReportText[]> {
  return (await db.reports.bulkGet(ids)).filter((x): x is ReportText => !!x);
}

/** Deletes a report text; answers whether it was there. */
export function deleteReport(db: ReportLensDb, id: string): Promise<boolean> {
  return db.transaction('rw', db.reports, async () => {
    const present = await db.reports.get(id);
    if (present) await db.reports.delete(id);
    return !!present;
  });
}
