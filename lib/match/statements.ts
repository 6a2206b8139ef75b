// A page's statements against the stored records: the data behind each overlay card and each mark's `data-state`.

import { type TargetChange, targetChange } from '../compare/change';
import {
  byPreference,
  consistentFigures,
  distinctFigures,
  RecordIndex,
  type YearFigures,
  yearFigures,
} from '../compare/figures';
import { type JudgeOptions, type Judgement, judgeTarget } from '../compare/judge';
import { unitsCompatible } from '../compare/units';
import type { FigureRecord, Statement } from '../model';
import { isConfident } from './confidence';

/** The mark's `data-state` (DESIGN.md): records matched, none did, or a stored figure disagrees with the page. */
export type MatchState = 'compared' | 'new' | 'conflict';

/**
 * How one stored figure for the same fact stands to the page's figure.
 * - `agrees`: same number(s) after unit scaling; for results, also figures that can both be true (the page's
 *   13.57万亿元 and a stored 突破13万亿元).
 * - `conflicts`: a different number for the same fact, read with confidence from the page.
 * - `differs`: a different number, but the page's reading is uncertain (below CONFIDENT): shown neutrally as
 *   "differs from the record", never as a conflict — the misreading is likelier than a wrong record.
 * - `revised`: a different number, but one side is an estimate (预计) and the other the final figure — expected,
 *   not an error; shown, but it does not make the mark a conflict.
 * - `other-measure`: a different number in another measure (年末 vs 年均) than a stored record that agrees.
 * - `not-comparable`: the record has words, not a number, or a unit that does not scale to the page's.
 */
export type Agreement = 'agrees' | 'conflicts' | 'differs' | 'revised' | 'other-measure' | 'not-comparable';

export interface StoredMatch {
  record: FigureRecord;
  agreement: Agreement;
  /** The qualifier differs (page 5%左右, record 5%以上) though the number may agree. */
  qualifierDiffers: boolean;
}

/** The page's figure judged against one stored figure, carrying that record. */
export interface RecordJudgement extends Judgement {
  record: FigureRecord;
}

interface ComparisonBase {
  statement: Statement;
  state: MatchState;
  /** Stored figures of the same kind for the same region, indicator and year, preferred first. */
  stored: StoredMatch[];
}

/** A target on the page: this year's stored target, last year's target and result, the years before. */
export interface TargetComparison extends ComparisonBase {
  kind: 'target';
  /** The page's target against last year's preferred target (null when none is stored). */
  change: TargetChange | null;
  /** Last year's stored targets and results, judged. Empty lists when nothing is stored. */
  lastYear: YearFigures;
  /** Every stored year before the statement's year (last year included), ascending: the trend chart's points. */
  trend: YearFigures[];
  /** The page's target against each distinct result already stored for its year (an older report read later). */
  outcome: RecordJudgement[];
}

/** A result on the page: that year's target and whether it was met, and what was planned next. */
export interface ResultComparison extends ComparisonBase {
  kind: 'result';
  /** That year's stored targets, preferred first. */
  targets: FigureRecord[];
  /** The page's result against each distinct stored target of that year, the preferred target first. */
  verdicts: RecordJudgement[];
  /** The next year's stored targets, preferred first. */
  nextTargets: FigureRecord[];
}

export type StatementComparison = TargetComparison | ResultComparison;

/** Compares one statement with the stored records (an array, or an index when comparing many). */
export function compareStatement(
  statement: Statement,
  records: readonly FigureRecord[] | RecordIndex,
  options: JudgeOptions = {},
): StatementComparison {
  const index = records instanceof RecordIndex ? records : new RecordIndex(records);
  const years = index.years(statement.region, statement.indicator);
  const at = (year: number) => years.get(year) ?? [];
  const same = at(statement.year).filter((r) => r.kind === statement.kind);
  const stored = matchStored(statement, byPreference(same));
  const conflict = stored.some((s) => s.agreement === 'conflicts');

  if (statement.kind === 'target') {
    const lastYear = yearFigures(statement.year - 1, at(statement.year - 1), options);
    const trend = [...years.keys()]
      .filter((y) => y < statement.year)
      .sort((a, b) => a - b)
      .map((y) => yearFigures(y, at(y), options));
    const results = byPreference(at(statement.year).filter((r) => r.kind === 'result'));
    const outcome = distinctFigures(results).map((record) => ({ ...judgeTarget(statement, record, options), record }));
    const matched = stored.length > 0 || results.length > 0 || trend.length > 0;
    return {
      kind: 'target',
      statement,
      state: conflict ? 'conflict' : matched ? 'compared' : 'new',
      stored,
      change: lastYear.target ? targetChange(lastYear.target, statement) : null,
      lastYear,
      trend,
      outcome,
    };
  }

  const targets = byPreference(at(statement.year).filter((r) => r.kind === 'target'));
  const verdicts = distinctFigures(targets).map((record) => ({ ...judgeTarget(record, statement, options), record }));
  const nextTargets = byPreference(at(statement.year + 1).filter((r) => r.kind === 'target'));
  const matched = stored.length > 0 || targets.length > 0 || nextTargets.length > 0;
  return {
    kind: 'result',
    statement,
    state: conflict ? 'conflict' : matched ? 'compared' : 'new',
    stored,
    targets,
    verdicts,
    nextTargets,
  };
}

/** Compares every statement of a page, indexing the records once. Results are in the statements' order. */
export function compareStatements(
  statements: readonly Statement[],
  records: readonly FigureRecord[] | RecordIndex,
  options: JudgeOptions = {},
): StatementComparison[] {
  const index = records instanceof RecordIndex ? records : new RecordIndex(records);
  return statements.map((s) => compareStatement(s, index, options));
}

/**
 * Classifies each stored figure of the same fact against the page's. A record in another measure than one that
 * agrees is `other-measure`, not a conflict: the page states that other measure. When none agrees, every differing
 * record conflicts, whatever its measure — the page matches no stored version of the fact. An uncertain reading
 * never conflicts: it `differs`, and the mark stays `compared`.
 */
function matchStored(statement: Statement, records: FigureRecord[]): StoredMatch[] {
  const confident = isConfident(statement);
  const first = records.map((record): StoredMatch => {
    const qualifierDiffers = (statement.qualifier ?? null) !== (record.qualifier ?? null);
    if (record.value === undefined || !unitsCompatible(statement.unit, record.unit)) {
      return { record, agreement: 'not-comparable', qualifierDiffers };
    }
    if (consistentFigures(statement, record, statement.kind)) return { record, agreement: 'agrees', qualifierDiffers };
    const revised = !!statement.estimate !== !!record.estimate;
    return { record, agreement: revised ? 'revised' : confident ? 'conflicts' : 'differs', qualifierDiffers };
  });
  const agreeingMeasures = new Set(first.filter((m) => m.agreement === 'agrees').map((m) => m.record.measure ?? ''));
  if (agreeingMeasures.size === 0) return first;
  return first.map((m) =>
    (m.agreement === 'conflicts' || m.agreement === 'differs') &&
    m.record.measure &&
    !agreeingMeasures.has(m.record.measure)
      ? { ...m, agreement: 'other-measure' }
      : m,
  );
}
