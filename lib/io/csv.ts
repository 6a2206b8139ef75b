// Records as CSV, for spreadsheets. One row per record, one column per field (source fields flattened as
// source_url, source_title …). Import is forgiving about which columns exist — only region, year, indicator,
// kind and source_url are required, plus value or text — and strict about what is in them: every problem names
// the line of the file and the column, so a user can fix it in the spreadsheet.
import Papa from 'papaparse';
import { type FigureRecord, INDICATORS, ORIGINS, type Origin, QUALIFIERS, type Qualifier } from '../model';
import { stableId } from '../pack/ids';
import { recordContentKey } from './keys';
import { firstProblems, type ImportProblem } from './problems';
import { FORMULA_CELL, unguardCell } from './csv-safety';

export const CSV_COLUMNS = [
  'id',
  'region',
  'year',
  'indicator',
  'kind',
  'value',
  'valueMax',
  'unit',
  'qualifier',
  'text',
  'extraQualifier',
  'measure',
  'estimate',
  'note',
  'source_url',
  'source_title',
  'source_quote',
  'source_publishedAt',
  'source_type',
  'source_via',
  'sources',
  'origin',
  'conflictsWith',
  'userEdited',
  'updatedAt',
] as const;

type Column = (typeof CSV_COLUMNS)[number];
const REQUIRED: Column[] = ['region', 'year', 'indicator', 'kind', 'source_url'];
const STANDARD = new Set<string>(INDICATORS);

// Formula injection: the one rule of lib/io/csv-safety.ts (an apostrophe before = + - @ tab CR; plain numbers alone).

function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  return String(value);
}

export function recordToRow(r: FigureRecord): Record<Column, string> {
  return {
    id: r.id,
    region: r.region,
    year: cell(r.year),
    indicator: r.indicator,
    kind: r.kind,
    value: cell(r.value),
    valueMax: cell(r.valueMax),
    unit: r.unit,
    qualifier: cell(r.qualifier),
    text: cell(r.text),
    extraQualifier: cell(r.extraQualifier),
    measure: cell(r.measure),
    estimate: r.estimate === undefined ? '' : String(r.estimate),
    note: cell(r.note),
    source_url: r.source.url,
    source_title: cell(r.source.title),
    source_quote: cell(r.source.quote),
    source_publishedAt: cell(r.source.publishedAt),
    source_type: cell(r.source.type),
    source_via: cell(r.source.via),
    // Further sources of the same figure (a starter-pack record read from an official text and also gathered from
    // a news page): a JSON list, so an exported file imports back without losing them.
    sources: r.sources?.length ? JSON.stringify(r.sources) : '',
    origin: r.origin,
    conflictsWith: (r.conflictsWith ?? []).join(' '),
    userEdited: r.userEdited === undefined ? '' : String(r.userEdited),
    updatedAt: cell(r.updatedAt),
  };
}

export function recordsToCsv(records: readonly FigureRecord[]): string {
  // A byte-order mark makes Excel read the file as UTF-8 (without it, Chinese comes out garbled).
  return `\uFEFF${Papa.unparse(
    { fields: [...CSV_COLUMNS], data: records.map((r) => CSV_COLUMNS.map((c) => recordToRow(r)[c])) },
    { escapeFormulae: FORMULA_CELL, newline: '\r\n' },
  )}\r\n`;
}

export type CsvParseResult = { ok: true; records: FigureRecord[] } | { ok: false; problems: ImportProblem[] };

const unescapeFormula = unguardCell;

/**
 * Reads records from CSV text. Rows without an id get one from their content (the same row imported twice is
 * one record); rows without origin are 'import'; without updatedAt, `now`.
 */
export function parseRecordsCsv(text: string, now: number = Date.now()): CsvParseResult {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim(),
  });
  const problems: ImportProblem[] = [];
  const fields = parsed.meta.fields ?? [];
  const missing = REQUIRED.filter((c) => !fields.includes(c));
  if (missing.length) {
    return {
      ok: false,
      problems: [
        {
          path: 'line 1',
          message: `The header row lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}. Expected columns: ${CSV_COLUMNS.join(', ')}.`,
        },
      ],
    };
  }
  for (const error of parsed.errors.slice(0, 5)) {
    // Papa's row is the data row index; the file line is two more (header, 1-based).
    problems.push({ path: error.row === undefined ? 'file' : `line ${error.row + 2}`, message: error.message });
  }
  const records: FigureRecord[] = [];
  parsed.data.forEach((raw, index) => {
    const line = index + 2;
    const get = (c: Column) => unescapeFormula((raw[c] ?? '').trim());
    const problem = (c: Column, message: string) => problems.push({ path: `line ${line}, ${c}`, message });
    const number = (c: Column): number | undefined => {
      const s = get(c);
      if (!s) return undefined;
      const n = Number(s);
      if (!Number.isFinite(n)) problem(c, `should be a number, but is "${s}".`);
      return Number.isFinite(n) ? n : undefined;
    };
    const flag = (c: Column): boolean | undefined => {
      const s = get(c).toLowerCase();
      if (!s) return undefined;
      if (s === 'true' || s === 'false') return s === 'true';
      problem(c, `should be true, false or empty, but is "${s}".`);
      return undefined;
    };
    const region = get('region');
    if (!region) problem('region', 'is empty.');
    const year = number('year');
    if (year === undefined && !get('year')) problem('year', 'is empty.');
    else if (year !== undefined && (!Number.isInteger(year) || year < 1949 || year > 2100))
      problem('year', `should be a year such as 2024, but is "${get('year')}".`);
    const indicator = get('indicator');
    if (!STANDARD.has(indicator) && !/^other:\S/.test(indicator))
      problem(
        'indicator',
        `should be a standard indicator id (gdp_growth, cpi …) or "other:<中文名>", but is "${indicator}".`,
      );
    const kind = get('kind');
    if (kind !== 'target' && kind !== 'result') problem('kind', `should be "target" or "result", but is "${kind}".`);
    const value = number('value');
    const valueMax = number('valueMax');
    const textValue = get('text');
    if (value === undefined && !textValue && !get('value'))
      problem('value', 'is empty: a record needs a number (value) or, if qualitative, its wording (text).');
    const unit = get('unit');
    if (value !== undefined && !unit) problem('unit', 'is empty: a number needs its unit (%, 万人, 亿元 …).');
    const qualifier = get('qualifier');
    if (qualifier && !QUALIFIERS.includes(qualifier as Qualifier))
      problem('qualifier', `should be one of ${QUALIFIERS.join(', ')} or empty, but is "${qualifier}".`);
    const url = get('source_url');
    const origin = get('origin') || 'import';
    if (!url && origin !== 'user')
      problem(
        'source_url',
        'is empty: every record keeps the address it came from (only records added by hand, origin user, may leave it empty).',
      );
    if (!ORIGINS.includes(origin as Origin))
      problem('origin', `should be one of ${ORIGINS.join(', ')} or empty, but is "${origin}".`);
    const estimate = flag('estimate');
    const userEdited = flag('userEdited');
    const updatedAt = number('updatedAt') ?? now;

    const record: FigureRecord = {
      id: get('id'),
      region,
      year: year ?? 0,
      indicator: indicator as FigureRecord['indicator'],
      kind: kind as FigureRecord['kind'],
      unit,
      source: { url },
      origin: origin as Origin,
      updatedAt,
    };
    if (value !== undefined) record.value = value;
    if (valueMax !== undefined) record.valueMax = valueMax;
    // Stored records always carry a qualifier, null when there is none; an empty cell reads back as null.
    record.qualifier = qualifier ? (qualifier as Qualifier) : null;
    if (textValue) record.text = textValue;
    for (const c of ['extraQualifier', 'measure', 'note'] as const) if (get(c)) record[c] = get(c);
    if (estimate !== undefined) record.estimate = estimate;
    for (const [c, key] of [
      ['source_title', 'title'],
      ['source_quote', 'quote'],
      ['source_publishedAt', 'publishedAt'],
      ['source_type', 'type'],
      ['source_via', 'via'],
    ] as const) {
      if (get(c)) record.source[key] = get(c);
    }
    if (get('sources')) {
      const more = readSources(get('sources'));
      if (more) record.sources = more;
      else problem('sources', 'should be a JSON list of sources, each with a url (as an export writes it), or empty.');
    }
    const conflicts = get('conflictsWith')
      .split(/[\s;,]+/)
      .filter(Boolean);
    if (conflicts.length) record.conflictsWith = conflicts;
    if (userEdited !== undefined) record.userEdited = userEdited;
    if (!record.id) record.id = stableId('csv', [recordContentKey(record)]);
    records.push(record);
  });
  if (problems.length) return { ok: false, problems: firstProblems(problems) };
  return { ok: true, records };
}

/** The `sources` cell: a JSON list of `{ url, title?, quote?, … }`, or null when it is not one. */
function readSources(cell: string): FigureRecord['source'][] | null {
  try {
    const list: unknown = JSON.parse(cell);
    if (!Array.isArray(list)) return null;
    const ok = list.every((s) => s && typeof s === 'object' && typeof (s as { url?: unknown }).url === 'string');
    return ok ? (list as FigureRecord['source'][]) : null;
  } catch {
    return null;
  }
}
