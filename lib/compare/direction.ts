// Which side of a target counts as meeting it (DESIGN.md, "Judging a target against its result").

import type { Indicator, Qualifier, StandardIndicator } from '../model';

/**
 * `floor`: met when the result reaches the target (growth, jobs, grain, R&D intensity, the size of an energy- or
 * carbon-intensity cut). `ceiling`: met when the result stays at or under it (CPI rise, unemployment, deficit ratio).
 * `unknown`: no verdict (every `other:*` indicator — we cannot tell whether more is better).
 */
export type Direction = 'floor' | 'ceiling' | 'unknown';

const DIRECTIONS: Record<StandardIndicator, Exclude<Direction, 'unknown'>> = {
  gdp_growth: 'floor',
  gdp_total: 'floor',
  cpi: 'ceiling',
  urban_unemployment: 'ceiling',
  new_urban_jobs: 'floor',
  fiscal_revenue_growth: 'floor',
  retail_sales_growth: 'floor',
  fixed_investment_growth: 'floor',
  disposable_income_growth: 'floor',
  // Stored as the size of the cut (降低2.5% → 2.5): a bigger cut is better.
  energy_intensity: 'floor',
  grain_output: 'floor',
  rd_intensity: 'floor',
  industrial_value_added_growth: 'floor',
  foreign_trade_growth: 'floor',
  deficit_ratio: 'ceiling',
  carbon_intensity: 'floor',
};

export function directionOf(indicator: Indicator): Direction {
  return Object.hasOwn(DIRECTIONS, indicator) ? DIRECTIONS[indicator as StandardIndicator] : 'unknown';
}

/**
 * The results that meet a target, as an interval (either end may be infinite).
 *
 * A point target is one-sided: a floor of 5 accepts [5, ∞), a ceiling of 3 accepts (−∞, 3].
 *
 * A range target (`valueMax` present, shape `band`) is met anywhere inside [value, valueMax]; beyond the band it
 * follows the indicator's direction. Above a floor range is met: a region that planned 4.5–5% growth and grew 5.4%
 * over-delivered — reports themselves call that 超额完成, and nobody reads the top of the range as a limit. Below a
 * ceiling range is met for the same reason (CPI planned at 2–3% and rising 1% stayed under the ceiling). So a band
 * accepts [value, ∞) for a floor and (−∞, valueMax] for a ceiling; the other end only matters for display.
 * With an unknown direction there is no interval, whatever the qualifier (`other:*` gets no verdict).
 *
 * The qualifier overrides the direction only where it states the opposite bound: 以上 / 不低于 on a ceiling
 * indicator make it a floor, 以内 on a floor indicator makes it a ceiling.
 */
export interface TargetRule {
  direction: Direction;
  shape: 'point' | 'band';
  /** Lowest result that meets the target (−Infinity for a ceiling). */
  min: number;
  /** Highest result that meets the target (Infinity for a floor). */
  max: number;
  /** The end of the target a result is measured against: `value` for a floor, `valueMax ?? value` for a ceiling. */
  bound: number;
}

export function targetRule(
  indicator: Indicator,
  target: { value: number; valueMax?: number; qualifier?: Qualifier | null },
): TargetRule | null {
  let direction = directionOf(indicator);
  if (direction === 'unknown') return null;
  // An explicit bound in the words wins over the indicator's usual direction: 赤字率按3.6%以上安排 (2020) planned a
  // deficit of at least 3.6%, a floor, though a deficit ratio is normally a ceiling.
  if (direction === 'ceiling' && (target.qualifier === '以上' || target.qualifier === '不低于')) direction = 'floor';
  if (direction === 'floor' && target.qualifier === '以内') direction = 'ceiling';
  const low = target.valueMax === undefined ? target.value : Math.min(target.value, target.valueMax);
  const high = target.valueMax === undefined ? target.value : Math.max(target.value, target.valueMax);
  const shape = low === high ? 'point' : 'band';
  return direction === 'floor'
    ? { direction, shape, min: low, max: Number.POSITIVE_INFINITY, bound: low }
    : { direction, shape, min: Number.NEGATIVE_INFINITY, max: high, bound: high };
}
