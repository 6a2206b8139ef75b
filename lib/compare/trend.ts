// A trend chart's points: each year's target and result as numbers in one unit.
//
// Sources for the same indicator write different units (1.4万亿斤 in the national report, 14130亿斤 from the
// statistics bureau, 1268万吨 in a province): plotted as written they would put one point off the chart.

import type { FigureRecord } from '../model';
import type { YearFigures } from './figures';
import type { Verdict } from './judge';
import { convert } from './units';

export interface TrendPoint {
  year: number;
  /** The preferred target's ends in the series unit (equal for a point target); null when missing, in words or unscalable. */
  target: { low: number; high: number; record: FigureRecord } | null;
  /** The preferred result in the series unit; null when missing, in words or unscalable. */
  result: { value: number; estimate: boolean; record: FigureRecord } | null;
  /** The preferred pair's verdict, null when there is none. */
  verdict: Verdict | null;
  /** Sources disagree in this year (the point is only the preferred record's). */
  disputed: boolean;
}

export interface TrendSeries {
  /** The unit of every value: `unit` when given, else that of the latest year's figure with a number. */
  unit: string | null;
  /** Only years with at least one plottable number, ascending. */
  points: TrendPoint[];
}

export function trendSeries(years: readonly YearFigures[], unit?: string): TrendSeries {
  const sorted = [...years].sort((a, b) => a.year - b.year);
  const latest = [...sorted]
    .reverse()
    .flatMap((y) => [y.result, y.target])
    .find((r) => r?.value !== undefined && r.unit);
  const seriesUnit = unit ?? latest?.unit ?? null;
  if (seriesUnit === null) return { unit: null, points: [] };

  const points: TrendPoint[] = [];
  for (const y of sorted) {
    const t = y.target;
    const r = y.result;
    const low = t?.value !== undefined ? convert(t.value, t.unit, seriesUnit) : null;
    const high = t?.value !== undefined ? convert(t.valueMax ?? t.value, t.unit, seriesUnit) : null;
    const value = r?.value !== undefined ? convert(r.value, r.unit, seriesUnit) : null;
    const target =
      t && low !== null && high !== null ? { low: Math.min(low, high), high: Math.max(low, high), record: t } : null;
    const result = r && value !== null ? { value, estimate: r.estimate === true, record: r } : null;
    if (!target && !result) continue;
    points.push({ year: y.year, target, result, verdict: y.judgements[0]?.verdict ?? null, disputed: y.disputed });
  }
  return { unit: seriesUnit, points };
}
