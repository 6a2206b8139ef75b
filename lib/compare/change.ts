// How a target moved from one year to the next (the Δ target column, "What changed" between two reports).

import { directionOf } from './direction';
import type { Figure } from './judge';
import { clean12, convert, isRateUnit } from './units';

export interface TargetChange {
  /**
   * `to` − `from` in `unit`, comparing the midpoints of ranges: 5% → 4.5–5% reads −0.25, because the plan's centre
   * moved by that much. Null when the two do not compare (words, or units that do not scale).
   */
  delta: number | null;
  /** `pp` for rates in `%` / `个百分点`, else `to`'s unit; null with `delta`. */
  unit: string | null;
  /**
   * By the number: the midpoint went up, down, or stayed. `not-comparable` when `delta` is null, except two
   * qualitative targets with the same words, which are `unchanged`.
   */
  change: 'raised' | 'lowered' | 'unchanged' | 'not-comparable';
  /**
   * By the indicator's direction: a raised floor or a lowered ceiling is `more` ambitious. Null when the direction
   * is unknown or the change is not comparable.
   */
  ambition: 'more' | 'less' | 'same' | null;
  /** The qualifier changed (5%以上 → 5%左右), which the number alone does not show. */
  qualifierChanged: boolean;
  /** The shape changed: a point became a range or the other way round. */
  shapeChanged: boolean;
}

/** The centre of a figure: its value, or the middle of its range. */
export function midpoint(f: { value: number; valueMax?: number }): number {
  return f.valueMax === undefined ? f.value : clean12((f.value + f.valueMax) / 2);
}

export function targetChange(from: Figure, to: Figure): TargetChange {
  const qualifierChanged = (from.qualifier ?? null) !== (to.qualifier ?? null);
  const shapeChanged = (from.valueMax === undefined) !== (to.valueMax === undefined);
  const none: TargetChange = {
    delta: null,
    unit: null,
    change: 'not-comparable',
    ambition: null,
    qualifierChanged,
    shapeChanged,
  };
  if (from.value === undefined || to.value === undefined) {
    return { ...none, change: from.text !== undefined && from.text === to.text ? 'unchanged' : 'not-comparable' };
  }
  const fromMid = convert(midpoint({ value: from.value, valueMax: from.valueMax }), from.unit, to.unit);
  if (fromMid === null) return none;
  const delta = clean12(midpoint({ value: to.value, valueMax: to.valueMax }) - fromMid);
  const change = delta > 0 ? 'raised' : delta < 0 ? 'lowered' : 'unchanged';
  const direction = directionOf(to.indicator);
  const ambition =
    direction === 'unknown'
      ? null
      : change === 'unchanged'
        ? 'same'
        : (change === 'raised') === (direction === 'floor')
          ? 'more'
          : 'less';
  return {
    delta,
    unit: isRateUnit(to.unit) ? 'pp' : to.unit.trim(),
    change,
    ambition,
    qualifierChanged,
    shapeChanged,
  };
}
