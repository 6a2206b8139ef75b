// Statements the overlay read on a page become records (origin 'page'), each keeping the page's address and title
// and the statement's exact text as its quote, so the library can always say where a figure came from.
import * as v from 'valibot';
import type { FigureRecord, Statement } from '../model';
import { INDICATORS, QUALIFIERS } from '../model';
import { stableId } from '../pack/ids';
import { recordContentKey } from './keys';
import type { ImportProblem } from './problems';

export interface StatementSource {
  url: string;
  title?: string;
}

const StatementSchema = v.looseObject({
  region: v.pipe(v.string(), v.trim(), v.nonEmpty('should name a region')),
  year: v.pipe(v.number(), v.integer(), v.minValue(1949), v.maxValue(2100)),
  indicator: v.union([v.picklist(INDICATORS), v.pipe(v.string(), v.regex(/^other:\S/))], 'should be an indicator id'),
  kind: v.picklist(['target', 'result'], 'should be "target" or "result"'),
  value: v.pipe(v.number('should be a number'), v.finite()),
  valueMax: v.optional(v.pipe(v.number(), v.finite())),
  unit: v.string('should be the unit as written'),
  qualifier: v.nullish(v.picklist(QUALIFIERS)),
  extraQualifier: v.optional(v.string()),
  estimate: v.optional(v.boolean()),
  quote: v.pipe(v.string(), v.trim(), v.nonEmpty('should hold the exact text of the statement')),
});

/** A saveStatements request (lib/api/records.ts). */
export const SaveStatementsSchema = v.object({
  statements: v.pipe(v.array(StatementSchema, 'should be a list of statements'), v.maxLength(5000)),
  source: v.object({
    url: v.pipe(v.string(), v.url('should be the page address')),
    title: v.optional(v.string()),
  }),
});

export type SaveStatementsInput = { statements: Statement[]; source: StatementSource };

/** Checks a save request from a content script; the problems name the statement and field. */
export function checkSaveStatements(
  input: unknown,
): { ok: true; value: SaveStatementsInput } | { ok: false; problems: ImportProblem[] } {
  const parsed = v.safeParse(SaveStatementsSchema, input, { abortEarly: false });
  if (parsed.success) return { ok: true, value: parsed.output as unknown as SaveStatementsInput };
  return {
    ok: false,
    problems: parsed.issues.slice(0, 10).map((issue) => ({
      path: (issue.path ?? []).map((p) => String(p.key)).join('.'),
      message: issue.message,
    })),
  };
}

/** One record per statement; the id follows from the content, so the same statement from the same page is one row. */
export function statementToRecord(statement: Statement, source: StatementSource, now: number): FigureRecord {
  const record: FigureRecord = {
    id: '',
    region: statement.region,
    year: statement.year,
    indicator: statement.indicator,
    kind: statement.kind,
    value: statement.value,
    unit: statement.unit,
    qualifier: statement.qualifier ?? null,
    source: { url: source.url, quote: statement.quote, type: 'page' },
    origin: 'page',
    updatedAt: now,
  };
  if (source.title) record.source.title = source.title;
  if (statement.valueMax !== undefined) record.valueMax = statement.valueMax;
  if (statement.extraQualifier) record.extraQualifier = statement.extraQualifier;
  if (statement.estimate) record.estimate = true;
  record.id = stableId('page', [recordContentKey(record)]);
  return record;
}
