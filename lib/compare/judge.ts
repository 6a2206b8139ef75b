// Judging a target against its result: met, roughly met, missed or unknown, with the margin.

import type { Indicator, Qualifier } from '../model';
import { targetRule } from './direction';
import { clean12, convert, isRateUnit } from './units';

/** The parts of a figure the judgement reads. Both `Statement` and `FigureRecord` fit. */
export interface Figure {
  indicator: Indicator;
  /** Absent on qualitative figures (与经济增长同步), which carry `text`. */
  value?: number;
  valueMax?: number;
  unit: string;
  qualifier?: Qualifier | null;
  estimate?: boolean;
  text?: string;
  measure?: string;
}

export type Verdict = 'met' | 'roughly-met' | 'missed' | 'unknown';

/** Why a judgement is `unknown`, so the UI can say so rather than show a blank. */
export type UnknownReason =
  /** One side has words, not a number. */
  | 'qualitative'
  /** The units do not compare (`%` against `亿元`). */
  | 'units'
  /** The indicator has no known direction (`other:*`). */
  | 'direction'
  /** Target and result are for different indicators, or different measures (年末 vs 年均). */
  | 'mismatch'
  /** The result is open-ended (突破6000亿元) or a range, and the verdict depends on where in it the truth lies. */
  | 'open-result';

export interface Judgement {
  verdict: Verdict;
  /**
   * How far the result lies on the good side of the target, in `marginUnit`: for a floor, result − target (the lower
   * end of a range); for a ceiling, target (the upper end of a range) − result. Positive: beaten by that much; zero:
   * exactly on it; negative: short by that much. Null when the verdict is `unknown`.
   */
  margin: number | null;
  /** `pp` (percentage points) for rates in `%` or `个百分点`; otherwise the target's unit (`万人`, `亿斤` …). */
  marginUnit: string | null;
  /** The shortfall allowed as "roughly met", in `marginUnit`; 0 when the qualifier allows none. */
  tolerance: number;
  /** The result is an estimate (预计): the verdict stands, but the UI must say so. */
  estimate: boolean;
  reason?: UnknownReason;
  /**
   * How the target reads (set with every verdict but `unknown`): `floor` — met when the result reaches it (growth,
   * jobs); `ceiling` — met when the result stays at or under it (CPI, unemployment, deficit ratio). The UI says
   * "within the ceiling" rather than "met +2.8 pp" for a CPI rise of 0.2% under a 3% ceiling.
   */
  direction?: 'floor' | 'ceiling';
  /** The target is a range and the result lies inside it (judged against its bounds, never its midpoint). */
  inBand?: boolean;
}

export interface JudgeOptions {
  /** Shortfall allowed by 左右 / 上下 on rates, in percentage points. Default 0.3. */
  tolerance?: number;
  /**
   * Shortfall allowed by 左右 / 上下 on amounts (万人, 亿斤, 亿元), as a fraction of the target. Default 0.01 (1%):
   * an absolute 0.3 means nothing for 1200万人 and a great deal for 1.4万亿斤.
   */
  relativeTolerance?: number;
}

export const DEFAULT_TOLERANCE = 0.3;
export const DEFAULT_RELATIVE_TOLERANCE = 0.01;

/** Qualifiers that make a target approximate. 以上 / 不低于 / 以内 and a bare number allow no shortfall. */
const APPROXIMATE: ReadonlySet<string> = new Set(['左右', '上下']);

export function judgeTarget(target: Figure, result: Figure, options: JudgeOptions = {}): Judgement {
  const estimate = result.estimate === true;
  const unknown = (reason: UnknownReason): Judgement => ({
    verdict: 'unknown',
    margin: null,
    marginUnit: null,
    tolerance: 0,
    estimate,
    reason,
  });

  if (target.indicator !== result.indicator) return unknown('mismatch');
  if (target.measure && result.measure && target.measure !== result.measure) return unknown('mismatch');
  if (target.value === undefined || result.value === undefined) return unknown('qualitative');
  const rule = targetRule(target.indicator, {
    value: target.value,
    valueMax: target.valueMax,
    qualifier: target.qualifier,
  });
  const low = convert(result.value, result.unit, target.unit);
  const high = result.valueMax === undefined ? low : convert(result.valueMax, result.unit, target.unit);
  if (low === null || high === null) return unknown('units');
  if (!rule) return unknown('direction');

  const rate = isRateUnit(target.unit);
  const marginUnit = rate ? 'pp' : target.unit.trim();
  const tolerance = APPROXIMATE.has(target.qualifier ?? '')
    ? rate
      ? (options.tolerance ?? DEFAULT_TOLERANCE)
      : clean12(Math.abs(rule.bound) * (options.relativeTolerance ?? DEFAULT_RELATIVE_TOLERANCE))
    : 0;

  // Where the true result can lie. A point result is [v, v]; 突破6000亿元 (stored as 以上) is [6000, ∞).
  let lo = Math.min(low, high);
  let hi = Math.max(low, high);
  if (result.qualifier === '以上' || result.qualifier === '不低于') hi = Number.POSITIVE_INFINITY;
  if (result.qualifier === '以内') lo = Number.NEGATIVE_INFINITY;

  const margin = (x: number) => clean12(rule.direction === 'floor' ? x - rule.bound : rule.bound - x);
  const verdictAt = (x: number): Verdict => {
    const m = margin(x);
    const eps = 1e-9 * Math.max(1, Math.abs(rule.bound));
    if (m >= -eps) return 'met';
    if (m >= -tolerance - eps) return 'roughly-met';
    return 'missed';
  };

  // Judge both ends of the result; when they disagree the verdict depends on what we do not know.
  const worst = rule.direction === 'floor' ? lo : hi;
  const best = rule.direction === 'floor' ? hi : lo;
  const verdict = verdictAt(worst);
  if (verdict !== verdictAt(best)) return unknown('open-result');
  const at = Number.isFinite(worst) ? worst : best;
  const judgement: Judgement = {
    verdict,
    margin: margin(at),
    marginUnit,
    tolerance,
    estimate,
    direction: rule.direction as 'floor' | 'ceiling',
  };
  if (rule.shape === 'band') {
    const low = Math.min(target.value, target.valueMax ?? target.value);
    const high = Math.max(target.value, target.valueMax ?? target.value);
    judgement.inBand = lo >= low - 1e-9 && hi <= high + 1e-9;
  }
  return judgement;
}
