// Marking disagreement between sources. Records are grouped by fact (region + year + indicator + kind); two
// records of one fact conflict when what they state cannot both be true. Nothing is ever resolved here: both
// records stay in the pack and each lists the other in `conflictsWith`, so the reader sees both sources.
//
// What counts as disagreement (README, "Conflicts"):
// - targets: a different number, range or kind of qualifier (6% vs 6%左右 are different targets);
// - results: numbers that cannot both hold — 5.2% vs 5.4%, or 突破13万亿 (a floor) vs 12.8万亿; 13.57万亿 vs
//   突破13万亿 agree, and so do 134.9万亿 and 1349084亿 at the precision written;
// - never between an estimate (预计) and a final figure (a revision is not a disagreement), between records of
//   different measures (年末 vs 年均), or involving a qualitative record.

import type { FigureRecord, Qualifier } from '../model';

/** Unit → [dimension, factor to the dimension's base unit]. Units not listed compare only with themselves. */
const UNIT_SCALE: Record<string, [string, number]> = {
  亿元: ['money', 1],
  万亿元: ['money', 1e4],
  亿斤: ['grain', 1],
  万亿斤: ['grain', 1e4],
  万吨: ['grain', 0.2], // 1万吨 = 2亿斤 / 10 = 0.2亿斤
  '%': ['percent', 1],
  万人: ['people', 1],
};

type Shape = 'exact' | 'floor' | 'ceiling';

function shapeOf(q: Qualifier | null | undefined): Shape {
  if (q === '以上' || q === '不低于') return 'floor';
  if (q === '以内') return 'ceiling';
  return 'exact'; // bare, 左右, 上下: a point (with the judge's tolerance, which is not ours to apply)
}

/** The qualifier class used to compare targets: 约 reads as 左右, 上下 as 左右, 不低于 as 以上. */
function targetQualifierClass(r: FigureRecord): string {
  const q = r.qualifier ?? null;
  if (q === '左右' || q === '上下' || (q === null && r.extraQualifier?.startsWith('约'))) return 'approx';
  if (q === '以上' || q === '不低于') return 'floor';
  if (q === '以内') return 'ceiling';
  return 'bare';
}

interface Scaled {
  dim: string;
  lo: number;
  hi: number;
  /** Half the last written digit, in base units: the precision of the figure as written. */
  tol: number;
}

function decimals(n: number): number {
  const s = String(n);
  const dot = s.indexOf('.');
  return dot < 0 || s.includes('e') ? 0 : s.length - dot - 1;
}

function scaled(r: FigureRecord): Scaled | null {
  if (r.value === undefined) return null;
  const [dim, factor] = UNIT_SCALE[r.unit] ?? [r.unit, 1];
  const d = Math.max(decimals(r.value), r.valueMax === undefined ? 0 : decimals(r.valueMax));
  return { dim, lo: r.value * factor, hi: (r.valueMax ?? r.value) * factor, tol: 0.5 * 10 ** -d * factor };
}

/** True when two records of the same fact state things that cannot both be true. */
export function disagree(a: FigureRecord, b: FigureRecord): boolean {
  if (a.value === undefined || b.value === undefined) return false;
  if (a.measure && b.measure && a.measure !== b.measure) return false;
  const sa = scaled(a);
  const sb = scaled(b);
  if (!sa || !sb || sa.dim !== sb.dim) return false;
  // Written in one unit, numbers are compared as written (5% and 5.5% are two targets); across units (134.9万亿元
  // and 1349084亿元) at the precision of the coarser one.
  const tol = a.unit === b.unit ? 1e-9 : Math.max(sa.tol, sb.tol) + 1e-9;
  const same = (x: number, y: number) => Math.abs(x - y) <= tol;
  if (a.kind === 'target') {
    return !same(sa.lo, sb.lo) || !same(sa.hi, sb.hi) || targetQualifierClass(a) !== targetQualifierClass(b);
  }
  if (Boolean(a.estimate) !== Boolean(b.estimate)) return false;
  const shA = shapeOf(a.qualifier);
  const shB = shapeOf(b.qualifier);
  if (shA === 'exact' && shB === 'exact') return !same(sa.lo, sb.lo) || !same(sa.hi, sb.hi);
  if (shA === 'floor' && shB === 'floor') return false;
  if (shA === 'ceiling' && shB === 'ceiling') return false;
  // One bound against a point or the opposite bound: they agree when the intervals meet. A bound (突破13万亿) is
  // exact as written; only a point gets the slack of its own precision.
  const slack = (shA === 'exact' ? sa.tol : 0) + (shB === 'exact' ? sb.tol : 0) + 1e-9;
  const [loA, hiA] = shA === 'floor' ? [sa.lo, Infinity] : shA === 'ceiling' ? [-Infinity, sa.hi] : [sa.lo, sa.hi];
  const [loB, hiB] = shB === 'floor' ? [sb.lo, Infinity] : shB === 'ceiling' ? [-Infinity, sb.hi] : [sb.lo, sb.hi];
  return loA > hiB + slack || loB > hiA + slack;
}

export function factKey(r: Pick<FigureRecord, 'region' | 'year' | 'indicator' | 'kind'>): string {
  return `${r.region}|${r.year}|${r.indicator}|${r.kind}`;
}

/**
 * Returns the records with `conflictsWith` set (sorted ids) on every record that disagrees with another record of
 * the same fact, and removed from the others. Pure: the input records are not changed.
 */
export function markConflicts(records: readonly FigureRecord[]): FigureRecord[] {
  const groups = new Map<string, FigureRecord[]>();
  for (const r of records) {
    const key = factKey(r);
    const g = groups.get(key);
    if (g) g.push(r);
    else groups.set(key, [r]);
  }
  const conflicts = new Map<string, Set<string>>();
  for (const g of groups.values()) {
    for (let i = 0; i < g.length; i++) {
      for (let j = i + 1; j < g.length; j++) {
        if (!disagree(g[i], g[j])) continue;
        for (const [x, y] of [
          [g[i], g[j]],
          [g[j], g[i]],
        ]) {
          const set = conflicts.get(x.id) ?? new Set<string>();
          set.add(y.id);
          conflicts.set(x.id, set);
        }
      }
    }
  }
  return records.map((r) => {
    const { conflictsWith: _old, ...rest } = r;
    const ids = conflicts.get(r.id);
    return ids ? { ...rest, conflictsWith: [...ids].sort() } : rest;
  });
}
