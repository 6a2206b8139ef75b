// The popup's comparison table: a region's indicators × years, targets against results.
// The popup's other views live beside it — what changed (diff.ts), peers (peers.ts), CSV / Markdown (export.ts) —
// and are re-exported at the end of this file, so the popup can take everything it needs from here.

import type { FigureRecord, Indicator } from '../model';
import { type TargetChange, targetChange } from './change';
import { type Direction, directionOf } from './direction';
import { byPreference, measuresMatch, RecordIndex, sortIndicators, type YearFigures, yearFigures } from './figures';
import type { JudgeOptions, Verdict } from './judge';

export interface ComparisonCell extends YearFigures {
  /** The preferred pair's verdict (`judgements[0]`); null when the target or the result is missing — never a guess. */
  verdict: Verdict | null;
  margin: number | null;
  marginUnit: string | null;
  /** The preferred pair's result is an estimate (预计). */
  estimate: boolean;
  /** This year's preferred target against the year before's (of a matching measure); null when either is missing. */
  targetChange: TargetChange | null;
}

export interface ComparisonRow {
  indicator: Indicator;
  direction: Direction;
  /** One per `ComparisonTable.years`, in the same order. A year with nothing stored has empty lists and nulls. */
  cells: ComparisonCell[];
}

export interface ComparisonTable {
  region: string;
  /** Ascending. */
  years: number[];
  /** Standard indicators in DESIGN.md's order, then `other:*` by name; only those with a figure in `years`. */
  rows: ComparisonRow[];
}

export interface TableOptions extends JudgeOptions {
  region: string;
  /** The columns; default every year with a record for the region. */
  years?: readonly number[];
}

export function buildComparisonTable(
  records: readonly FigureRecord[] | RecordIndex,
  options: TableOptions,
): ComparisonTable {
  const index = records instanceof RecordIndex ? records : new RecordIndex(records);
  const byIndicator = index.region(options.region);
  const years = options.years
    ? [...new Set(options.years)].sort((a, b) => a - b)
    : [...new Set([...byIndicator.values()].flatMap((m) => [...m.keys()]))].sort((a, b) => a - b);

  const rows: ComparisonRow[] = [];
  for (const indicator of sortIndicators([...byIndicator.keys()])) {
    const byYear = byIndicator.get(indicator)!;
    if (!years.some((y) => byYear.has(y))) continue;
    const cells = years.map((year) => cellFor(year, byYear, options));
    rows.push({ indicator, direction: directionOf(indicator), cells });
  }
  return { region: options.region, years, rows };
}

function cellFor(year: number, byYear: ReadonlyMap<number, FigureRecord[]>, options: JudgeOptions): ComparisonCell {
  const figures = yearFigures(year, byYear.get(year) ?? [], options);
  const first = figures.judgements[0];
  let change: TargetChange | null = null;
  if (figures.target) {
    const current = figures.target;
    const before = byPreference((byYear.get(year - 1) ?? []).filter((r) => r.kind === 'target'));
    const previous = before.find((r) => measuresMatch(r, current));
    if (previous) change = targetChange(previous, current);
  }
  return {
    ...figures,
    verdict: first?.verdict ?? null,
    margin: first?.margin ?? null,
    marginUnit: first?.marginUnit ?? null,
    estimate: first?.estimate ?? false,
    targetChange: change,
  };
}
