// Peers: one region's target beside the national target and the other regions' for the same year —
// is a 5% target ambitious or timid?

import type { FigureRecord, Indicator, Qualifier } from '../model';
import { midpoint } from './change';
import { type Direction, directionOf } from './direction';
import { byPreference } from './figures';
import { NATIONAL } from '../regions/national';
import { clean12, convert } from './units';

export interface PeerPoint {
  region: string;
  /** The target's centre (a range's midpoint), in `PeerStats.unit`: what the median, the rank and a dot plot use. */
  value: number;
  /** The target's ends in `PeerStats.unit` (equal for a point target). */
  low: number;
  high: number;
  qualifier: Qualifier | null;
  /** 1 = most ambitious among `peers`; ties share a rank (1, 2, 2, 4). Null for the national point or an unknown direction. */
  rank: number | null;
  /** The preferred record for the region's target (its source). */
  record: FigureRecord;
}

export interface PeerStats {
  year: number;
  indicator: Indicator;
  direction: Direction;
  /** The unit every value is expressed in: the region's target's, else the national one's, else the first peer's. */
  unit: string | null;
  /** This region's target, or null when it has none that compares. */
  region: PeerPoint | null;
  /** The national (全国) target, or null. */
  national: PeerPoint | null;
  /** Every region but 全国 with a comparable target (this one included), most ambitious first. */
  peers: PeerPoint[];
  /** Median of the peers' values; null when there are none. */
  median: number | null;
  /** This region's rank among `peers`; null for 全国, for a region without a target, or an unknown direction. */
  rank: number | null;
  /** `peers.length`. */
  count: number;
  /** Targets left out: words rather than a number, or a unit that does not scale to `unit`. */
  excluded: FigureRecord[];
}

export interface PeerOptions {
  year: number;
  indicator: Indicator;
  region: string;
  /** Which other regions count as peers (e.g. only provincial-level ones for a province). Default: all but 全国. */
  isPeer?: (region: string) => boolean;
}

/**
 * Ambition follows the indicator's direction: a higher floor or a lower ceiling is more ambitious. Values are
 * compared by their centres, so 4.5–5% ranks as 4.75. The qualifier does not enter the rank (5%以上 and 5%左右 tie);
 * it is carried on each point for display.
 */
export function peerStats(records: readonly FigureRecord[], options: PeerOptions): PeerStats {
  const { year, indicator, region } = options;
  const direction = directionOf(indicator);
  const isPeer = options.isPeer ?? (() => true);

  const byRegion = new Map<string, FigureRecord[]>();
  for (const r of records) {
    if (r.year !== year || r.indicator !== indicator || r.kind !== 'target') continue;
    if (r.region !== NATIONAL && r.region !== region && !isPeer(r.region)) continue;
    const list = byRegion.get(r.region);
    if (list) list.push(r);
    else byRegion.set(r.region, [r]);
  }
  const preferred = new Map<string, FigureRecord>();
  const excluded: FigureRecord[] = [];
  for (const [name, list] of byRegion) {
    const sorted = byPreference(list);
    const numeric = sorted.find((r) => r.value !== undefined && r.unit);
    if (numeric) preferred.set(name, numeric);
    else excluded.push(sorted[0]);
  }

  const unit = preferred.get(region)?.unit ?? preferred.get(NATIONAL)?.unit ?? [...preferred.values()][0]?.unit ?? null;
  const points = new Map<string, PeerPoint>();
  for (const [name, record] of preferred) {
    const point = unit === null ? null : toPoint(record, unit);
    if (point) points.set(name, point);
    else excluded.push(record);
  }

  const peers = [...points.values()].filter((p) => p.region !== NATIONAL);
  const sign = direction === 'ceiling' ? 1 : -1; // floor: higher first; ceiling: lower first; unknown: higher first
  peers.sort((a, b) => sign * (a.value - b.value) || a.region.localeCompare(b.region, 'zh'));
  if (direction !== 'unknown') {
    peers.forEach((p, i) => {
      p.rank = i > 0 && p.value === peers[i - 1].value ? peers[i - 1].rank : i + 1;
    });
  }
  const own = points.get(region) ?? null;
  return {
    year,
    indicator,
    direction,
    unit,
    region: own,
    national: points.get(NATIONAL) ?? null,
    peers,
    median: median(peers.map((p) => p.value)),
    rank: own && region !== NATIONAL ? own.rank : null,
    count: peers.length,
    excluded,
  };
}

function toPoint(record: FigureRecord, unit: string): PeerPoint | null {
  if (record.value === undefined) return null;
  const a = convert(record.value, record.unit, unit);
  const b = record.valueMax === undefined ? a : convert(record.valueMax, record.unit, unit);
  if (a === null || b === null) return null;
  const low = Math.min(a, b);
  const high = Math.max(a, b);
  return {
    region: record.region,
    value: midpoint({ value: low, valueMax: high === low ? undefined : high }),
    low,
    high,
    qualifier: record.qualifier ?? null,
    rank: null,
    record,
  };
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : clean12((sorted[mid - 1] + sorted[mid]) / 2);
}
