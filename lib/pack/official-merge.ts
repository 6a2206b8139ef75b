// Where a figure read from an official text states exactly what a hand-gathered record states, the two become one
// record that carries both sources: the hand-gathered record keeps its id (so a user's edit or deletion of it still
// holds) and its curated fields, takes the official text as its source, and lists the hand-gathered source in
// `sources`. A reading that disagrees is kept as its own record and marked as a conflict later (conflicts.ts);
// one that neither agrees nor disagrees (突破13万亿 beside 13.57万亿) stays a record of its own.

import type { FigureRecord } from '../model';
import { disagree, factKey } from './conflicts';

const TYPE_RANK: Record<string, number> = { official: 0, official_text: 1, official_via_repo: 2, news: 3 };

/** True when two records of one fact say the same thing: the same number(s) at the precision written, the same
 * kind of qualifier, both final or both estimates. */
export function sameReading(a: FigureRecord, b: FigureRecord): boolean {
  if (a.value === undefined || b.value === undefined || a.unit === '' || b.unit === '') return false;
  if (!!a.estimate !== !!b.estimate) return false;
  if (qualifierClass(a) !== qualifierClass(b)) return false;
  // disagree() is false for points that agree and also for bounds that merely overlap: the classes above rule
  // those out, and a point must also equal a point.
  return !disagree({ ...a, kind: 'target', measure: undefined }, { ...b, kind: 'target', measure: undefined });
}

function qualifierClass(r: FigureRecord): string {
  const q = r.qualifier ?? null;
  if (q === '以上' || q === '不低于') return 'floor';
  if (q === '以内') return 'ceiling';
  if (q === '左右' || q === '上下') return 'approx';
  return 'bare';
}

export interface OfficialMerge {
  records: FigureRecord[];
  /** Official readings folded into a hand-gathered record. */
  merged: number;
}

/**
 * `hand` and `official` records → one list: every hand record (some now carrying an official source too) and the
 * official readings no hand record states. Pure and order-preserving.
 */
export function mergeOfficialReadings(hand: readonly FigureRecord[], official: readonly FigureRecord[]): OfficialMerge {
  const byFact = new Map<string, number[]>();
  hand.forEach((r, i) => {
    const k = factKey(r);
    const list = byFact.get(k);
    if (list) list.push(i);
    else byFact.set(k, [i]);
  });
  const out = [...hand];
  const taken = new Set<number>();
  const extra: FigureRecord[] = [];
  let merged = 0;
  for (const o of official) {
    const candidates = (byFact.get(factKey(o)) ?? []).filter((i) => !taken.has(i) && sameReading(out[i], o));
    if (candidates.length === 0) {
      extra.push(o);
      continue;
    }
    const rank = (i: number) => (out[i].source.url === o.source.url ? -1 : (TYPE_RANK[out[i].source.type ?? ''] ?? 9));
    const best = candidates.sort((x, y) => rank(x) - rank(y) || (out[x].id < out[y].id ? -1 : 1))[0];
    const h = out[best];
    const others = [h.source, ...(h.sources ?? [])].filter((s) => s.url !== o.source.url || s.quote !== o.source.quote);
    out[best] = { ...h, source: o.source, sources: others.length ? others : undefined };
    if (!out[best].sources) delete out[best].sources;
    taken.add(best);
    merged++;
  }
  return { records: [...out, ...extra], merged };
}
