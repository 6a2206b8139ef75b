// What the records cover: for each region and year, which standard indicators have a target and which a result.
// Written into the pack header (`header.coverage`) and computed from the database for the library's Coverage tab.
// Compact on purpose — one pair of bit masks per region and year over the standard indicators, in INDICATORS order —
// so the header stays a few KB however many records the pack holds.

import { INDICATORS, type StandardIndicator } from '../model';

export interface Coverage {
  /** The standard indicators, in the order of the masks' bits (bit i = indicators[i]). */
  indicators: string[];
  /** Region (canonical name) → year → [target mask, result mask]. Regions in the order given. */
  regions: Record<string, Record<string, [number, number]>>;
}

export interface CoverageCell {
  targets: StandardIndicator[];
  results: StandardIndicator[];
  /** Indicators with both a target and a result for the year. */
  both: StandardIndicator[];
}

const BIT = new Map<string, number>(INDICATORS.map((id, i) => [id, i]));

type Row = { region: string; year: number; indicator: string; kind: 'target' | 'result' };

/**
 * The coverage of `records` (only standard indicators count). `order` ranks regions (lower first); regions with the
 * same rank, and years, are sorted by name and number, so the same records always give the same table.
 */
export function coverageOf(records: Iterable<Row>, order: (region: string) => number = () => 0): Coverage {
  const regions = new Map<string, Map<number, [number, number]>>();
  for (const r of records) {
    const bit = BIT.get(r.indicator);
    if (bit === undefined) continue;
    let years = regions.get(r.region);
    if (!years) {
      years = new Map();
      regions.set(r.region, years);
    }
    const cell = years.get(r.year) ?? [0, 0];
    cell[r.kind === 'target' ? 0 : 1] |= 1 << bit;
    years.set(r.year, cell);
  }
  const names = [...regions.keys()].sort((a, b) => order(a) - order(b) || (a < b ? -1 : a > b ? 1 : 0));
  const out: Coverage['regions'] = {};
  for (const name of names) {
    const years = regions.get(name) as Map<number, [number, number]>;
    out[name] = Object.fromEntries([...years.entries()].sort(([a], [b]) => a - b).map(([y, m]) => [String(y), m]));
  }
  return { indicators: [...INDICATORS], regions: out };
}

/** The indicators a cell's masks name (unknown bits are ignored). */
export function readCell(coverage: Coverage, region: string, year: number): CoverageCell {
  const [t, r] = coverage.regions[region]?.[String(year)] ?? [0, 0];
  const pick = (mask: number) => coverage.indicators.filter((_, i) => mask & (1 << i)) as StandardIndicator[];
  const targets = pick(t);
  const results = pick(r);
  return { targets, results, both: targets.filter((id) => results.includes(id)) };
}

/** The years any region of the table covers, lowest to highest (empty table → []). */
export function coverageYears(coverage: Coverage): number[] {
  const years = new Set<number>();
  for (const byYear of Object.values(coverage.regions)) for (const y of Object.keys(byYear)) years.add(Number(y));
  return [...years].sort((a, b) => a - b);
}
