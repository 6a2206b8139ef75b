import Dexie, { type Collection, type InsertType } from 'dexie';
import {
  type Counts,
  type FigureRecord,
  type Indicator,
  INDICATORS,
  type Proposal,
  type ProposalFilter,
  type RecordFacets,
  type RecordFilter,
  type RecordSort,
} from '../model';
import { compareRegions } from '../regions/national';
import type { ReportLensDb } from './schema';

export async function countAll(db: ReportLensDb): Promise<Counts> {
  const [records, proposals, reports, snippets] = await Promise.all([
    db.records.count(),
    db.proposals.count(),
    db.reports.count(),
    db.snippets.count(),
  ]);
  return { records, proposals, reports, snippets };
}

type RecordCollection = Collection<FigureRecord, string, InsertType<FigureRecord, 'id'>>;

const byYearDesc = (a: FigureRecord, b: FigureRecord) =>
  b.year - a.year ||
  compareRegions(a.region, b.region) ||
  a.indicator.localeCompare(b.indicator) ||
  a.kind.localeCompare(b.kind) ||
  a.id.localeCompare(b.id);

const COMPARE: Record<RecordSort, (a: FigureRecord, b: FigureRecord) => number> = {
  'year-desc': byYearDesc,
  'year-asc': (a, b) => a.year - b.year || byYearDesc(a, b),
  region: (a, b) => compareRegions(a.region, b.region) || byYearDesc(a, b),
  indicator: (a, b) => a.indicator.localeCompare(b.indicator) || byYearDesc(a, b),
  'updated-desc': (a, b) => b.updatedAt - a.updatedAt || byYearDesc(a, b),
};

/**
 * Picks the narrowest index for the filter; what the index does not cover is checked row by row on that (small)
 * range only. A region never needs a scan of the whole table.
 */
function filteredCollection(
  db: ReportLensDb,
  filter: RecordFilter,
): { collection: RecordCollection; covered: Set<string> } | null {
  const { region, year, indicator, origin } = filter;
  if (region && indicator) {
    const lo = year ?? Dexie.minKey;
    const hi = year ?? Dexie.maxKey;
    return {
      collection: db.records
        .where('[region+indicator+year]')
        .between([region, indicator, lo], [region, indicator, hi], true, true),
      covered: new Set(['region', 'indicator', 'year']),
    };
  }
  if (region && year !== undefined) {
    return {
      collection: db.records.where('[region+year]').equals([region, year]),
      covered: new Set(['region', 'year']),
    };
  }
  if (region) return { collection: db.records.where('region').equals(region), covered: new Set(['region']) };
  if (year !== undefined) return { collection: db.records.where('year').equals(year), covered: new Set(['year']) };
  if (indicator)
    return { collection: db.records.where('indicator').equals(indicator), covered: new Set(['indicator']) };
  if (origin) return { collection: db.records.where('origin').equals(origin), covered: new Set(['origin']) };
  return null;
}

/** The index that gives each sort order without sorting in memory (used when nothing is filtered). */
function sortedCollection(db: ReportLensDb, sort: RecordSort): RecordCollection {
  switch (sort) {
    case 'year-asc':
      return db.records.orderBy('year');
    case 'region':
      return db.records.orderBy('region');
    case 'indicator':
      return db.records.orderBy('indicator');
    case 'updated-desc':
      return db.records.orderBy('updatedAt').reverse();
    default:
      return db.records.orderBy('year').reverse();
  }
}

/**
 * Records matching a filter, sorted, one page at a time. With any filter the matching rows come from an index and
 * are sorted in memory (a region holds hundreds, a year a few thousand); without one, the sort's own index pages
 * through the table, so even 100,000 records cost one page.
 */
export async function listRecords(
  db: ReportLensDb,
  filter: RecordFilter = {},
): Promise<{ records: FigureRecord[]; total: number }> {
  const { limit = 200, offset = 0, sort = 'year-desc' } = filter;
  const picked = filteredCollection(db, filter);
  if (!picked) {
    // Kind has no index of its own (two values: an index would halve nothing); it is checked along the sort index.
    const kind = filter.kind;
    const sorted = () =>
      kind ? sortedCollection(db, sort).filter((r) => r.kind === kind) : sortedCollection(db, sort);
    const [total, page] = await Promise.all([
      kind ? sorted().count() : db.records.count(),
      sorted().offset(offset).limit(limit).toArray(),
    ]);
    // The index orders by one key only; settle ties within the page the same way the filtered path does.
    if (sort !== 'updated-desc') page.sort(COMPARE[sort]);
    return { records: page, total };
  }
  const onlyRegion = filter.region && !filter.indicator && filter.year === undefined && !filter.kind && !filter.origin;
  if (onlyRegion && (sort === 'year-desc' || sort === 'year-asc')) {
    // The library's default view of a region: the [region+year] index is already in year order, so one page is
    // read instead of the region's thousands of rows.
    // (Dexie's offset/limit/reverse change the collection they are called on: one collection per use.)
    const range = () =>
      db.records
        .where('[region+year]')
        .between([filter.region, Dexie.minKey], [filter.region, Dexie.maxKey], true, true);
    const ordered = sort === 'year-desc' ? range().reverse() : range();
    const [total, page] = await Promise.all([range().count(), ordered.offset(offset).limit(limit).toArray()]);
    return { records: page.sort(COMPARE[sort]), total };
  }
  const { covered } = picked;
  let { collection } = picked;
  const rest: Array<(r: FigureRecord) => boolean> = [];
  if (filter.year !== undefined && !covered.has('year')) rest.push((r) => r.year === filter.year);
  if (filter.indicator && !covered.has('indicator')) rest.push((r) => r.indicator === filter.indicator);
  if (filter.origin && !covered.has('origin')) rest.push((r) => r.origin === filter.origin);
  if (filter.kind) rest.push((r) => r.kind === filter.kind);
  if (rest.length) collection = collection.filter((r) => rest.every((test) => test(r)));
  const all = await collection.toArray();
  all.sort(COMPARE[sort]);
  return { records: all.slice(offset, offset + limit), total: all.length };
}

/** The comparison: one region's indicator over the years, oldest first, straight from the compound index. */
export function recordsForRegionIndicator(
  db: ReportLensDb,
  region: string,
  indicator: Indicator,
): Promise<FigureRecord[]> {
  return db.records
    .where('[region+indicator+year]')
    .between([region, indicator, Dexie.minKey], [region, indicator, Dexie.maxKey], true, true)
    .toArray();
}

/** A region's figures for one year (what a report page of that year is compared against). */
export async function recordsForRegionYears(
  db: ReportLensDb,
  region: string,
  years: number[],
): Promise<FigureRecord[]> {
  // One keyed lookup per year rather than anyOf: anyOf walks the index with a cursor, measured 7× slower here.
  const perYear = await Promise.all(
    [...new Set(years)].map((y) => db.records.where('[region+year]').equals([region, y]).toArray()),
  );
  return perYear.flat();
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

/** The values the library's filter pickers offer: distinct keys of three indexes, never the rows themselves. */
export async function recordFacets(db: ReportLensDb): Promise<RecordFacets> {
  const [regions, years, indicators] = await Promise.all([
    db.records.orderBy('region').uniqueKeys(),
    db.records.orderBy('year').uniqueKeys(),
    db.records.orderBy('indicator').uniqueKeys(),
  ]);
  // Pickers read best with 全国 first and regions in Chinese order, standard indicators in their usual order.
  const order = new Map<string, number>(INDICATORS.map((id, i) => [id, i]));
  const rank = (id: string) => order.get(id) ?? INDICATORS.length;
  return {
    regions: (regions as string[]).slice().sort(compareRegions),
    years: (years as number[]).slice().reverse(),
    indicators: (indicators as string[]).slice().sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'zh')),
  };
}

const proposalOrder = (a: Proposal, b: Proposal) =>
  b.year - a.year || a.region.localeCompare(b.region) || a.author.localeCompare(b.author) || a.id.localeCompare(b.id);

/** Proposals by region (and year) or topic through their indexes, newest first. */
export async function listProposals(
  db: ReportLensDb,
  filter: ProposalFilter = {},
): Promise<{ proposals: Proposal[]; total: number }> {
  const { region, year, topic, limit = 200, offset = 0 } = filter;
  let collection: Collection<Proposal, string, InsertType<Proposal, 'id'>>;
  if (region) {
    const lo = year ?? Dexie.minKey;
    const hi = year ?? Dexie.maxKey;
    collection = db.proposals.where('[region+year]').between([region, lo], [region, hi], true, true);
    if (topic) collection = collection.filter((p) => p.topics.includes(topic));
  } else if (topic) {
    // A proposal listing a topic twice would come twice: repeats are dropped below, cheaper than Dexie's distinct().
    collection = db.proposals.where('topics').equals(topic);
    if (year !== undefined) collection = collection.filter((p) => p.year === year);
  } else if (year !== undefined) {
    collection = db.proposals.where('year').equals(year);
  } else {
    // Nothing filtered: page through the year index instead of loading every proposal.
    const [total, page] = await Promise.all([
      db.proposals.count(),
      db.proposals.orderBy('year').reverse().offset(offset).limit(limit).toArray(),
    ]);
    return { proposals: page.sort(proposalOrder), total };
  }
  const seen = new Set<string>();
  const all = (await collection.toArray()).filter((p) => !seen.has(p.id) && !!seen.add(p.id));
  all.sort(proposalOrder);
  return { proposals: all.slice(offset, offset + limit), total: all.length };
}
