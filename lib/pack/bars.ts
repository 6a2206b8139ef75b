// The starter pack's bars, measured on a built pack by `npm run build:pack` and by the tests:
//   1. reach: for the regions whose reports are read, every year's GDP-growth target and last year's result;
//   2. pairs: of the 2025 and 2026 targets of standard indicators, how many have last year's target and result;
//   3. precision: against the hand-gathered figures from the same reports, how many cells the official readings
//      fill, and in how many of those every value is the right one.
// Pure functions over records; the caller says which regions and years count.

import type { FigureRecord } from '../model';
import { disagree, factKey } from './conflicts';

export interface Ratio {
  hit: number;
  total: number;
  /** What was missed or wrong, for the build log (`region year indicator kind`, at most `MAX_LISTED`). */
  misses: string[];
}

const MAX_LISTED = 400;

function ratio(): Ratio {
  return { hit: 0, total: 0, misses: [] };
}

function count(r: Ratio, ok: boolean, label: string): void {
  r.total++;
  if (ok) r.hit++;
  else if (r.misses.length < MAX_LISTED) r.misses.push(label);
}

export function share(r: Ratio): number {
  return r.total === 0 ? 1 : r.hit / r.total;
}

type Fact = Pick<FigureRecord, 'region' | 'year' | 'indicator' | 'kind'>;

function facts(records: Iterable<Fact>): Set<string> {
  const set = new Set<string>();
  for (const r of records) set.add(factKey(r));
  return set;
}

/** Bar 1: GDP-growth targets for `years` and results for the year before each, per region (qualitative counts). */
export function gdpReach(
  records: Iterable<Fact>,
  regions: readonly string[],
  years: readonly number[],
): { targets: Ratio; results: Ratio } {
  const have = facts(records);
  const targets = ratio();
  const results = ratio();
  for (const region of regions) {
    for (const y of years) {
      count(targets, have.has(`${region}|${y}|gdp_growth|target`), `${region} ${y} target`);
      count(results, have.has(`${region}|${y - 1}|gdp_growth|result`), `${region} ${y - 1} result`);
    }
  }
  return { targets, results };
}

/** Bar 2: targets of standard indicators in `years` that have both last year's target and last year's result. */
export function priorPairs(records: Iterable<Fact>, years: readonly number[], standard: ReadonlySet<string>): Ratio {
  const list = [...records];
  const have = facts(list);
  const out = ratio();
  const seen = new Set<string>();
  for (const r of list) {
    if (r.kind !== 'target' || !years.includes(r.year) || !standard.has(r.indicator)) continue;
    const key = factKey(r);
    if (seen.has(key)) continue;
    seen.add(key);
    const prior = `${r.region}|${r.year - 1}|${r.indicator}`;
    count(out, have.has(`${prior}|target`) && have.has(`${prior}|result`), `${r.region} ${r.year} ${r.indicator}`);
  }
  return out;
}

/** Same number(s) in one unit at the precision written (万亿元 vs 亿元, 万吨 vs 亿斤 are scaled). */
const SCALE: Record<string, [string, number]> = {
  亿元: ['money', 1],
  万亿元: ['money', 1e4],
  亿斤: ['grain', 1],
  万亿斤: ['grain', 1e4],
  万吨: ['grain', 0.2],
  亿公斤: ['grain', 2],
};

/** A qualitative figure that says "unchanged" (基本持平) is the number 0. */
function numberOf(r: FigureRecord): number | undefined {
  return r.value ?? (r.text && /持平/.test(r.text) ? 0 : undefined);
}

function sameValue(a: FigureRecord, b: FigureRecord): boolean {
  const va = numberOf(a);
  const vb = numberOf(b);
  if (va === undefined || vb === undefined) return va === undefined && vb === undefined;
  if (a.value === undefined || b.value === undefined) return va === vb;
  const [da, fa] = SCALE[a.unit] ?? [a.unit, 1];
  const [db, fb] = SCALE[b.unit] ?? [b.unit, 1];
  if (da !== db) return false;
  const decimals = (n: number) => (String(n).split('.')[1] ?? '').length;
  const tol =
    a.unit === b.unit
      ? 1e-9
      : Math.max(0.5 * 10 ** -decimals(a.value) * fa, 0.5 * 10 ** -decimals(b.value) * fb) + 1e-9;
  return (
    Math.abs(a.value * fa - b.value * fb) <= tol &&
    Math.abs((a.valueMax ?? a.value) * fa - (b.valueMax ?? b.value) * fb) <= tol
  );
}

/**
 * A result stated as a bound (突破12万亿元, 1.3万亿斤以上) and a figure inside it: both true, no conflict on the card.
 * (Estimate and measure are set aside: the value is what is checked.)
 */
function fitsBound(a: FigureRecord, b: FigureRecord): boolean {
  if (a.kind !== 'result' || a.value === undefined || b.value === undefined) return false;
  const open = (r: FigureRecord) => r.qualifier === '以上' || r.qualifier === '不低于' || r.qualifier === '以内';
  if (!open(a) && !open(b)) return false;
  const plain = (r: FigureRecord) => ({ ...r, estimate: undefined, measure: undefined });
  return !disagree(plain(a), plain(b));
}

export interface Precision {
  /** Hand-gathered cells whose report text was read. */
  cells: number;
  /** Of those, cells an official reading fills. */
  filled: Ratio;
  /** Of the filled cells, those where every official value is one of the hand-gathered values. */
  right: Ratio;
  /** Of the right cells, those whose qualifier is one the hand-gathered figures state too. */
  qualifier: Ratio;
}

/**
 * Bar 3. `hand`: hand-gathered records; `official`: records read from the texts; `read(region, reportYear)`: was
 * that report's text read. A target of year Y is in report Y, a result of year Y in report Y + 1.
 */
export function handPrecision(
  hand: readonly FigureRecord[],
  official: readonly FigureRecord[],
  read: (region: string, reportYear: number) => boolean,
): Precision {
  const group = (list: readonly FigureRecord[]) => {
    const m = new Map<string, FigureRecord[]>();
    for (const r of list) {
      const k = factKey(r);
      const g = m.get(k);
      if (g) g.push(r);
      else m.set(k, [r]);
    }
    return m;
  };
  // Only what the texts are read for: standard indicators (other:* readings are not shipped from the texts).
  const handCells = group(
    hand.filter((r) => !r.indicator.startsWith('other:') && read(r.region, r.kind === 'target' ? r.year : r.year + 1)),
  );
  const officialCells = group(official);
  const filled = ratio();
  const right = ratio();
  const qualifier = ratio();
  for (const [key, truth] of handCells) {
    const label = key.replaceAll('|', ' ');
    const said = officialCells.get(key) ?? [];
    count(filled, said.length > 0, label);
    if (said.length === 0) continue;
    const wrong = said.filter((o) => !truth.some((h) => sameValue(h, o) || fitsBound(h, o)));
    count(
      right,
      wrong.length === 0,
      `${label}: ${wrong.map((o) => `${o.value}${o.valueMax ? `–${o.valueMax}` : ''}${o.unit}`).join(', ')} ≠ ${[...new Set(truth.map((h) => (h.value === undefined ? `«${h.text}»` : `${h.value}${h.valueMax ? `–${h.valueMax}` : ''}${h.unit}`)))].join(' / ')}`,
    );
    if (wrong.length === 0) {
      const ok = said.every((o) =>
        truth.some((h) => sameValue(h, o) && (h.qualifier ?? null) === (o.qualifier ?? null)),
      );
      count(
        qualifier,
        ok,
        `${label}: ${said.map((o) => o.qualifier ?? '-').join(',')} vs ${truth.map((h) => h.qualifier ?? '-').join(',')}`,
      );
    }
  }
  return { cells: handCells.size, filled, right, qualifier };
}
