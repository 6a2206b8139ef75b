// Builds the starter pack from the shared data files: runs every adapter, removes repeats, marks conflicts, sorts,
// and writes the header. Pure — the caller reads the files (scripts/build-pack.ts) — so the same inputs always give
// the same pack, byte for byte once serialised.

import { type FigureRecord, INDICATORS, type Proposal } from '../model';
import { adaptCorpusProposals, adaptSeedProposals } from './adapters/proposals';
import { adaptGdpFacts } from './adapters/gdp-facts';
import { adaptGdpTargets } from './adapters/gdp-targets';
import { adaptIndicatorFacts } from './adapters/indicator-facts';
import { adaptOfficialTexts, type OfficialReader, type OfficialText } from './adapters/official-texts';
import { adaptProvincialReportFacts } from './adapters/provincial-report-facts';
import { type AdapterContext, type AdapterResult, type CorpusDoc, identity } from './adapters/common';
import { factKey, markConflicts } from './conflicts';
import { coverageOf } from './coverage';
import { mergeOfficialReadings } from './official-merge';
import { PACK_FORMAT, PACK_VERSION, type Pack } from './format';
import { addDrops, countDrop, DROP, type DropCounts } from './normalize';
import { buildRegionIndex, type RegionIndex } from './regions';

/** The parsed contents of the shared data files; any file but regions.json may be absent. */
export interface PackInputs {
  regions: unknown;
  provincialReportFacts?: unknown;
  indicatorFacts?: unknown;
  gdpTargets?: unknown;
  gdpFacts?: unknown;
  seedProposals?: unknown;
  /** corpus/proposals.json and data/proposals-corpus.json: the same shape; repeats are removed by id. */
  corpusProposals?: unknown[];
  /** corpus/index.json: titles, dates and addresses of the pages the files cite by number. */
  corpusIndex?: unknown;
  /** The official report texts (data/reports), read with the project's own reader. */
  officialTexts?: OfficialText[];
  /** The reader the texts go through (tests pass a stub); the project's readReport by default. */
  read?: OfficialReader;
  /** Traditional → simplified folding (the build script passes OpenCC). */
  fold?: (text: string) => string;
}

export interface PackSummary {
  records: number;
  proposals: number;
  regions: number;
  conflictingRecords: number;
  conflictGroups: number;
  qualitative: number;
  estimates: number;
  dropped: DropCounts;
  /** Rows (records and proposals) kept from each input, after repeats were removed. */
  bySource: Record<string, number>;
  /** Official texts read, figures read from them, and how many of those a hand-gathered record already stated. */
  official: { texts: number; records: number; merged: number };
}

/** The records before they were joined, for the build's checks (lib/pack/bars.ts). */
export interface PackParts {
  hand: FigureRecord[];
  official: FigureRecord[];
}

const DESCRIPTION =
  'Report Lens starter pack: targets (主要预期目标) and results from Chinese government work reports, national and ' +
  'provincial and of the sub-provincial cities, each with the source page, its verbatim quote and the kind of ' +
  "source; and proposals by deputies and members. Read by Report Lens's own reader from the official report texts " +
  "(2018–2026: each report's targets for its year and results of the year before; only confident readings, one " +
  'figure per report and cell), joined with the hand-gathered files gdp-targets, gdp-facts, indicator-facts, ' +
  'provincial-report-facts and the proposal lists. Figures left out are counted by reason in "dropped" ' +
  '(official-* for readings of the texts); where a reading and a hand-gathered figure agree one record carries both ' +
  'sources, where sources disagree every version is kept and marked with conflictsWith. "coverage": region → year → ' +
  '[target mask, result mask] over "indicators" (bit i = indicators[i]).';

export function buildPack(inputs: PackInputs): { pack: Pack; summary: PackSummary; parts: PackParts } {
  const regions = buildRegionIndex(inputs.regions);
  const ctx: AdapterContext = { regions, fold: inputs.fold ?? identity, docs: corpusDocs(inputs.corpusIndex) };
  const dropped: DropCounts = {};
  const bySource: Record<string, number> = {};

  // Order matters only for exact repeats (same fact, value and page): the first one read is kept. Official report
  // texts come first, then the files with the richest source details.
  const recordRuns: [string, unknown, (d: unknown, c: AdapterContext) => AdapterResult<FigureRecord>][] = [
    ['provincial-report-facts', inputs.provincialReportFacts, adaptProvincialReportFacts],
    ['indicator-facts', inputs.indicatorFacts, adaptIndicatorFacts],
    ['gdp-targets', inputs.gdpTargets, adaptGdpTargets],
    ['gdp-facts', inputs.gdpFacts, adaptGdpFacts],
  ];
  const byId = new Map<string, FigureRecord>();
  for (const [name, data, adapt] of recordRuns) {
    if (data === undefined) continue;
    const { items, dropped: d } = adapt(data, ctx);
    addDrops(dropped, d);
    for (const r of items) {
      if (byId.has(r.id)) {
        countDrop(dropped, DROP.duplicate);
        continue;
      }
      byId.set(r.id, r);
      bySource[name] = (bySource[name] ?? 0) + 1;
    }
  }

  // The official texts: read, then joined with the hand-gathered records (one record where they agree).
  const hand = [...byId.values()];
  let official: FigureRecord[] = [];
  let joined = hand;
  let merged = 0;
  if (inputs.officialTexts?.length) {
    const { items, dropped: d } = adaptOfficialTexts(inputs.officialTexts, ctx, inputs.read);
    addDrops(dropped, d);
    official = items;
    const join = mergeOfficialReadings(hand, items);
    merged = join.merged;
    const ids = new Set<string>();
    joined = join.records.filter((r) => {
      if (ids.has(r.id)) {
        countDrop(dropped, DROP.duplicate);
        return false;
      }
      ids.add(r.id);
      return true;
    });
    bySource['official-texts'] = joined.length - hand.length + merged;
  }

  const proposalRuns: [string, unknown, (d: unknown, c: AdapterContext) => AdapterResult<Proposal>][] = [];
  if (inputs.seedProposals !== undefined)
    proposalRuns.push(['proposals-seed', inputs.seedProposals, adaptSeedProposals]);
  if (inputs.corpusProposals?.length) {
    proposalRuns.push(['corpus-proposals', uniqueEntries(inputs.corpusProposals), adaptCorpusProposals]);
  }
  const proposalsById = new Map<string, Proposal>();
  for (const [name, data, adapt] of proposalRuns) {
    const { items, dropped: d } = adapt(data, ctx);
    addDrops(dropped, d);
    for (const p of items) {
      if (proposalsById.has(p.id)) {
        countDrop(dropped, DROP.duplicate);
        continue;
      }
      proposalsById.set(p.id, p);
      bySource[name] = (bySource[name] ?? 0) + 1;
    }
  }

  const createdAt = newestDate(
    joined.map((r) => r.source.publishedAt).concat([...proposalsById.values()].map((p) => p.source.publishedAt)),
  );
  const updatedAt = Date.parse(`${createdAt}T00:00:00Z`);

  const records = sortRecords(markConflicts(joined), regions).map((r) => ({ ...r, updatedAt }));
  const proposals = [...proposalsById.values()]
    .sort(
      (a, b) =>
        regions.rank(a.region) - regions.rank(b.region) ||
        a.year - b.year ||
        cmp(a.author, b.author) ||
        cmp(a.id, b.id),
    )
    .map((p) => ({ ...p, updatedAt }));

  const regionNames = [...new Set(records.map((r) => r.region))].sort(
    (a, b) => regions.rank(a) - regions.rank(b) || cmp(a, b),
  );
  const conflicting = records.filter((r) => r.conflictsWith?.length);
  const summary: PackSummary = {
    records: records.length,
    proposals: proposals.length,
    regions: regionNames.length,
    conflictingRecords: conflicting.length,
    conflictGroups: new Set(conflicting.map(factKey)).size,
    qualitative: records.filter((r) => r.value === undefined).length,
    estimates: records.filter((r) => r.estimate).length,
    dropped: sortKeys(dropped),
    bySource: sortKeys(bySource),
    official: { texts: inputs.officialTexts?.length ?? 0, records: official.length, merged },
  };
  const pack: Pack = {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    createdAt,
    header: {
      description: DESCRIPTION,
      counts: {
        records: summary.records,
        proposals: summary.proposals,
        regions: summary.regions,
        conflicts: summary.conflictingRecords,
        conflictGroups: summary.conflictGroups,
        qualitative: summary.qualitative,
        estimates: summary.estimates,
      },
      dropped: summary.dropped,
      regions: regionNames,
      coverage: coverageOf(records, regions.rank),
    },
    records,
    proposals,
  };
  return { pack, summary, parts: { hand, official } };
}

/**
 * The corpus proposal list exists twice (corpus/proposals.json and its superset data/proposals-corpus.json): one
 * list of their distinct entries, so an entry in both is read, and if need be dropped, once.
 */
function uniqueEntries(lists: unknown[]): unknown[] {
  const seen = new Set<string>();
  const out: unknown[] = [];
  for (const list of lists) {
    if (!Array.isArray(list)) throw new Error('proposals.json: expected a list of proposals');
    for (const entry of list) {
      const key = JSON.stringify(entry);
      if (!seen.has(key)) {
        seen.add(key);
        out.push(entry);
      }
    }
  }
  return out;
}

function corpusDocs(index: unknown): Map<number, CorpusDoc> | undefined {
  if (!Array.isArray(index)) return undefined;
  const docs = new Map<number, CorpusDoc>();
  for (const d of index as CorpusDoc[]) if (typeof d?.id === 'number') docs.set(d.id, d);
  return docs;
}

const INDICATOR_RANK = new Map<string, number>(INDICATORS.map((id, i) => [id, i]));

function sortRecords(records: FigureRecord[], regions: RegionIndex): FigureRecord[] {
  const ind = (r: FigureRecord) => INDICATOR_RANK.get(r.indicator) ?? INDICATORS.length;
  return [...records].sort(
    (a, b) =>
      regions.rank(a.region) - regions.rank(b.region) ||
      cmp(a.region, b.region) ||
      a.year - b.year ||
      ind(a) - ind(b) ||
      cmp(a.indicator, b.indicator) ||
      cmp(a.kind, b.kind) ||
      cmp(a.id, b.id),
  );
}

/** The newest full date (YYYY-MM-DD) among the sources: the pack's date, stable across rebuilds. */
function newestDate(dates: (string | undefined)[]): string {
  let newest = '';
  for (const d of dates) {
    const m = d ? /^\d{4}-\d{2}-\d{2}/.exec(d) : null;
    if (m && m[0] > newest) newest = m[0];
  }
  if (!newest) throw new Error('build-pack: no source in the data has a full publication date to date the pack by');
  return newest;
}

/** Code-point order: the same on every machine and locale (localeCompare is not). */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => cmp(a, b)));
}
