// The review list's state, apart from its view so it can be tested: one row per statement, each editable (region
// from the gazetteer, year, kind, value) or unticked; what confirming saves and which edits it remembers.
import type { StatementEdit } from '@/lib/corrections';
import { isConfident } from '@/lib/match';
import type { Statement, StatementKind } from '@/lib/model';
import { findRegion } from '@/lib/regions';

export interface ReviewRow {
  /** The statement's key on its page (lib/corrections statementKeys) and its index in the overlay's list. */
  key: string;
  index: number;
  quote: string;
  include: boolean;
  /** As typed: any name, full name, alias or traditional form the gazetteer knows. */
  region: string;
  year: string;
  kind: StatementKind;
  /** As typed: `5`, `4.5-5` or `4.5–5` for a range. */
  value: string;
  unit: string;
  confident: boolean;
}

export interface RowProblems {
  region?: true;
  year?: true;
  value?: true;
}

const valueText = (s: Pick<Statement, 'value' | 'valueMax'>) =>
  s.valueMax === undefined ? String(s.value) : `${s.value}–${s.valueMax}`;

/** Rows for statements; confident readings start ticked, uncertain ones unticked (never saved without a look). */
export function reviewRows(items: ReadonlyArray<{ statement: Statement; key: string; index: number }>): ReviewRow[] {
  return items.map(({ statement: s, key, index }) => ({
    key,
    index,
    quote: s.quote,
    include: isConfident(s),
    region: s.region,
    year: String(s.year),
    kind: s.kind,
    value: valueText(s),
    unit: s.unit,
    confident: isConfident(s),
  }));
}

export function updateRow(
  rows: readonly ReviewRow[],
  at: number,
  patch: Partial<Omit<ReviewRow, 'key' | 'index'>>,
): ReviewRow[] {
  return rows.map((row, i) => (i === at ? { ...row, ...patch } : row));
}

/** Every row ticked or none. */
export function tickAll(rows: readonly ReviewRow[], include: boolean): ReviewRow[] {
  return rows.map((row) => ({ ...row, include }));
}

function parseValue(text: string): { value: number; valueMax?: number } | null {
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*(?:[-–—~～至到]\s*(-?\d+(?:\.\d+)?))?\s*$/.exec(text.replace(/[，,]/g, ''));
  if (!m) return null;
  const value = Number(m[1]);
  if (m[2] === undefined) return { value };
  const valueMax = Number(m[2]);
  return valueMax > value ? { value, valueMax } : valueMax === value ? { value } : null;
}

function parseYear(text: string): number | null {
  const y = Number(text.trim());
  return Number.isInteger(y) && y >= 1949 && y <= 2100 ? y : null;
}

/** What is wrong with a row as typed; an unticked row is never wrong (it is not saved). */
export function rowProblems(row: ReviewRow): RowProblems {
  if (!row.include) return {};
  const problems: RowProblems = {};
  if (!findRegion(row.region)) problems.region = true;
  if (parseYear(row.year) === null) problems.year = true;
  if (!parseValue(row.value)) problems.value = true;
  return problems;
}

/** The row as a statement: the original with the user's region, year, kind and value. Null when the row is invalid. */
export function rowStatement(row: ReviewRow, original: Statement): Statement | null {
  const region = findRegion(row.region);
  const year = parseYear(row.year);
  const figure = parseValue(row.value);
  if (!region || year === null || !figure) return null;
  const out: Statement = { ...original, region, year, kind: row.kind, value: figure.value };
  if (figure.valueMax === undefined) delete out.valueMax;
  else out.valueMax = figure.valueMax;
  return out;
}

function changed(a: Statement, b: Statement): boolean {
  return (
    a.region !== b.region || a.year !== b.year || a.kind !== b.kind || a.value !== b.value || a.valueMax !== b.valueMax
  );
}

export interface ReviewOutcome {
  /** False when a ticked row has a problem: nothing is saved then. */
  ok: boolean;
  /** The ticked rows as statements, as edited. */
  statements: Statement[];
  /** Ticked rows the user changed: remembered for the page, so its marks show the corrected reading. */
  edits: StatementEdit[];
}

export function reviewOutcome(rows: readonly ReviewRow[], originals: readonly Statement[]): ReviewOutcome {
  const statements: Statement[] = [];
  const edits: StatementEdit[] = [];
  for (const row of rows) {
    if (!row.include) continue;
    const original = originals[row.index];
    const s = original ? rowStatement(row, original) : null;
    if (!s) return { ok: false, statements: [], edits: [] };
    statements.push(s);
    if (changed(s, original)) {
      const edit: StatementEdit = {
        key: row.key,
        region: s.region,
        year: s.year,
        indicator: s.indicator,
        kind: s.kind,
        value: s.value,
        unit: s.unit,
        qualifier: s.qualifier,
      };
      if (s.valueMax !== undefined) edit.valueMax = s.valueMax;
      edits.push(edit);
    }
  }
  return { ok: true, statements, edits };
}
