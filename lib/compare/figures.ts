// Stored figures grouped by fact: one region's indicator in one year, its targets and results side by side.
//
// Sources disagree (a news site writes 5.3% where the official text says 5.2%), and a figure may exist in several
// measures (unemployment at year-end and as the annual average). Nothing here picks a winner silently: every
// record stays in the lists, `disputed` says when they disagree, and `target` / `result` are only the first of
// the list in a documented order of preference, for views that have room for one number.

import { type FigureRecord, INDICATORS, type Indicator } from '../model';
import { type Figure, type JudgeOptions, type Judgement, judgeTarget } from './judge';
import { convert, sameQuantity, unitsCompatible } from './units';

/** A judgement of one stored target against one stored result, carrying both records (their sources). */
export interface PairJudgement extends Judgement {
  target: FigureRecord;
  result: FigureRecord;
}

export interface YearFigures {
  year: number;
  /** The preferred stored target, or null when none is stored. */
  target: FigureRecord | null;
  /** The preferred stored result, or null when none is stored. */
  result: FigureRecord | null;
  /** Every stored target for the year, preferred first. */
  targets: FigureRecord[];
  /** Every stored result for the year, preferred first. */
  results: FigureRecord[];
  /**
   * Each distinct target judged against each distinct result of a matching measure, the preferred pair first.
   * More than one when sources state different figures or qualifiers, when an estimate and the final figure are
   * both stored, or when measures differ; empty when either side is missing.
   */
  judgements: PairJudgement[];
  /** Stored figures for the same fact disagree, or a record is marked `conflictsWith` another. */
  disputed: boolean;
}

const SOURCE_RANK: Record<string, number> = {
  official: 0,
  official_text: 1,
  official_via_repo: 2,
  news: 3,
  hk_media: 4,
  macau_media: 4,
  tw_media: 4,
  aggregator: 5,
  unknown: 6,
  mirror: 7,
  spun: 8,
};

/**
 * Order of preference among records for one fact: the user's own records and edits first (they are the user's
 * word), then final figures before estimates (预计 is revised later), then official texts before news before
 * mirrors, then by id so the order is stable.
 */
export function comparePreference(a: FigureRecord, b: FigureRecord): number {
  const user = (r: FigureRecord) => (r.origin === 'user' || r.userEdited ? 0 : 1);
  const est = (r: FigureRecord) => (r.estimate ? 1 : 0);
  const src = (r: FigureRecord) => SOURCE_RANK[r.source.type ?? 'unknown'] ?? SOURCE_RANK.unknown;
  return user(a) - user(b) || est(a) - est(b) || src(a) - src(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function byPreference(records: readonly FigureRecord[]): FigureRecord[] {
  return [...records].sort(comparePreference);
}

/**
 * True when two figures state the same thing: the same number(s) after unit scaling (see `sameQuantity`), the same
 * shape (point or range), or the same words when both are qualitative. Qualifiers are not compared here.
 */
export function sameFigure(a: Figure, b: Figure): boolean {
  if (a.value === undefined || b.value === undefined) {
    return a.value === undefined && b.value === undefined && (a.text ?? '') === (b.text ?? '');
  }
  if (!unitsCompatible(a.unit, b.unit)) return false;
  if ((a.valueMax === undefined) !== (b.valueMax === undefined)) return false;
  if (!sameQuantity({ value: a.value, unit: a.unit }, { value: b.value, unit: b.unit })) return false;
  return (
    a.valueMax === undefined ||
    b.valueMax === undefined ||
    sameQuantity({ value: a.valueMax, unit: a.unit }, { value: b.valueMax, unit: b.unit })
  );
}

/**
 * True when two statements of the same fact can both be true. Targets must be the same figure (`sameFigure`): a
 * different number is a different plan. Results may also be open-ended — 突破13万亿元 (stored with 以上) is any
 * amount from 13万亿 up, so 13.57万亿元 is consistent with it, and 12.8万亿元 is not.
 */
export function consistentFigures(a: Figure, b: Figure, kind: 'target' | 'result'): boolean {
  if (kind === 'target' || (!isOpen(a) && !isOpen(b))) return sameFigure(a, b);
  if (a.value === undefined || b.value === undefined) return sameFigure(a, b);
  const bLow = convert(b.value, b.unit, a.unit);
  const bHigh = convert(b.valueMax ?? b.value, b.unit, a.unit);
  if (bLow === null || bHigh === null) return false;
  const [loA, hiA] = openInterval(a.qualifier, a.value, a.valueMax ?? a.value);
  const [loB, hiB] = openInterval(b.qualifier, bLow, bHigh);
  const eps = 1e-9 * Math.max(1, Math.abs(a.value));
  return loA <= hiB + eps && loB <= hiA + eps;
}

function isOpen(f: Figure): boolean {
  return f.qualifier === '以上' || f.qualifier === '不低于' || f.qualifier === '以内';
}

function openInterval(qualifier: Figure['qualifier'], low: number, high: number): [number, number] {
  if (qualifier === '以上' || qualifier === '不低于') return [Math.min(low, high), Number.POSITIVE_INFINITY];
  if (qualifier === '以内') return [Number.NEGATIVE_INFINITY, Math.max(low, high)];
  return [Math.min(low, high), Math.max(low, high)];
}

/** Measures match when equal or when either figure names none. */
export function measuresMatch(a: { measure?: string }, b: { measure?: string }): boolean {
  return !a.measure || !b.measure || a.measure === b.measure;
}

/**
 * True when records for one fact disagree: two of the same measure and the same standing (final or estimate) state
 * figures that cannot both be true (`consistentFigures`), or one is marked `conflictsWith`. An estimate that differs from the final figure is a revision,
 * not a dispute.
 */
export function isDisputed(records: readonly FigureRecord[]): boolean {
  if (records.some((r) => r.conflictsWith && r.conflictsWith.length > 0)) return true;
  for (let i = 0; i < records.length; i++) {
    for (let j = i + 1; j < records.length; j++) {
      const a = records[i];
      const b = records[j];
      if ((a.measure ?? '') !== (b.measure ?? '') || !!a.estimate !== !!b.estimate) continue;
      if (!consistentFigures(a, b, a.kind)) return true;
    }
  }
  return false;
}

/** Groups one region's records for one indicator and one year (the caller filters) into a `YearFigures`. */
export function yearFigures(year: number, records: readonly FigureRecord[], options: JudgeOptions = {}): YearFigures {
  const targets = byPreference(records.filter((r) => r.year === year && r.kind === 'target'));
  const results = byPreference(records.filter((r) => r.year === year && r.kind === 'result'));
  const judgements: PairJudgement[] = [];
  for (const target of distinctFigures(targets)) {
    for (const result of distinctFigures(results)) {
      if (measuresMatch(target, result)) judgements.push({ ...judgeTarget(target, result, options), target, result });
    }
  }
  return {
    year,
    target: targets[0] ?? null,
    result: results[0] ?? null,
    targets,
    results,
    judgements,
    disputed: isDisputed(targets) || isDisputed(results),
  };
}

/**
 * The first record of each distinct figure — the same number(s), qualifier, measure and standing (final or
 * estimate) — so two sources quoting the same 5%左右 give one judgement, not two. Order is kept.
 */
export function distinctFigures(records: readonly FigureRecord[]): FigureRecord[] {
  const out: FigureRecord[] = [];
  for (const r of records) {
    if (
      !out.some(
        (o) =>
          sameFigure(o, r) &&
          (o.qualifier ?? null) === (r.qualifier ?? null) &&
          (o.measure ?? '') === (r.measure ?? '') &&
          !!o.estimate === !!r.estimate,
      )
    ) {
      out.push(r);
    }
  }
  return out;
}

/** Records indexed by region, indicator and year, built once per batch of comparisons. */
export class RecordIndex {
  private readonly byRegion = new Map<string, Map<Indicator, Map<number, FigureRecord[]>>>();

  constructor(records: Iterable<FigureRecord>) {
    for (const r of records) {
      let indicators = this.byRegion.get(r.region);
      if (!indicators) {
        indicators = new Map();
        this.byRegion.set(r.region, indicators);
      }
      let years = indicators.get(r.indicator);
      if (!years) {
        years = new Map();
        indicators.set(r.indicator, years);
      }
      const list = years.get(r.year);
      if (list) list.push(r);
      else years.set(r.year, [r]);
    }
  }

  /** Year → records for one region and indicator (empty when none). */
  years(region: string, indicator: Indicator): ReadonlyMap<number, FigureRecord[]> {
    return this.byRegion.get(region)?.get(indicator) ?? EMPTY_YEARS;
  }

  /** Records for one region, indicator and year (empty when none). */
  get(region: string, indicator: Indicator, year: number): FigureRecord[] {
    return this.years(region, indicator).get(year) ?? [];
  }

  /** Indicator → year → records for one region. */
  region(region: string): ReadonlyMap<Indicator, Map<number, FigureRecord[]>> {
    return this.byRegion.get(region) ?? EMPTY_REGION;
  }

  regions(): string[] {
    return [...this.byRegion.keys()];
  }
}

const EMPTY_YEARS: ReadonlyMap<number, FigureRecord[]> = new Map();
const EMPTY_REGION: ReadonlyMap<Indicator, Map<number, FigureRecord[]>> = new Map();

const STANDARD_ORDER = new Map<string, number>(INDICATORS.map((id, i) => [id, i]));

/** Standard indicators in DESIGN.md's order, then `other:*` by their Chinese names. */
export function sortIndicators(indicators: Indicator[]): Indicator[] {
  return [...indicators].sort((a, b) => {
    const ia = STANDARD_ORDER.get(a) ?? Number.POSITIVE_INFINITY;
    const ib = STANDARD_ORDER.get(b) ?? Number.POSITIVE_INFINITY;
    if (ia !== ib) return ia - ib;
    return a.localeCompare(b, 'zh');
  });
}
