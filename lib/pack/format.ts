// The Report Lens pack: a versioned JSON file of figure records and proposals. The starter pack shipped in
// assets/pack/ is one; so is a file a user exports and imports later. Both are read by `parsePack`, which accepts a
// pack or explains — in words a user can act on — the first problems that make it unreadable. See README.md.

import * as v from 'valibot';
import { type FigureRecord, INDICATORS, ORIGINS, type Proposal, QUALIFIERS } from '../model';
import type { Coverage } from './coverage';

export const PACK_FORMAT = 'report-lens-pack';
/** Bump only for changes an older reader would misread; add a reader for the old version when you do. */
export const PACK_VERSION = 1;
/** How many problems `parsePack` lists before it stops counting (a broken file often breaks on every row). */
export const MAX_PROBLEMS = 10;

export interface PackCounts {
  records: number;
  proposals: number;
  /** The starter pack also states regions, conflicts (records with `conflictsWith`), qualitative, estimates. */
  [name: string]: number;
}

export interface PackHeader {
  description: string;
  counts: PackCounts;
  /** Input figures left out, by reason (e.g. `{ "low-confidence": 6 }`); empty for a plain export. */
  dropped: Record<string, number>;
  /** Canonical names of the regions the records cover, 全国 first. */
  regions: string[];
  /** The starter pack: which standard indicators have a target and a result, per region and year (coverage.ts). */
  coverage?: Coverage;
}

export interface Pack {
  format: typeof PACK_FORMAT;
  version: typeof PACK_VERSION;
  /** ISO 8601 date or date-time. The starter pack uses the date of its newest source, so rebuilding is stable. */
  createdAt: string;
  header: PackHeader;
  records: FigureRecord[];
  proposals: Proposal[];
}

export interface PackProblem {
  /** Where: `records[12].source.url`, `header.counts.records`, '' for the file as a whole. */
  path: string;
  /** Why, in plain words, with the row it is in. */
  message: string;
}

export type ParsePackResult = { ok: true; pack: Pack } | { ok: false; problems: PackProblem[] };

// ---- schema (shapes and types; the rules that relate fields to each other are checked after it) ----

const text = v.string('should be text');
const nonEmptyText = v.pipe(
  text,
  v.check((s) => s.trim() !== '', 'should not be empty'),
);
const finite = v.pipe(v.number('should be a number'), v.finite('should be a finite number'));
const count = v.pipe(
  v.number('should be a number'),
  v.integer('should be a whole number'),
  v.minValue(0, 'should not be negative'),
);
const year = v.pipe(
  v.number('should be a year (a number such as 2024)'),
  v.integer('should be a whole year such as 2024'),
  v.minValue(1949, 'should be a year from 1949 on'),
  v.maxValue(2100, 'should be a year before 2100'),
);
const isoDate = v.pipe(
  text,
  v.regex(/^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/, 'should be an ISO date such as 2026-03-05'),
);
const INDICATOR_MESSAGE = `should be a standard indicator id (${INDICATORS.slice(0, 3).join(', ')} …) or "other:<中文名>"`;
const indicator = v.union(
  [v.picklist(INDICATORS), v.pipe(text, v.regex(/^other:\S.*$/, INDICATOR_MESSAGE))],
  INDICATOR_MESSAGE,
);
const qualifier = v.nullable(v.picklist(QUALIFIERS, `should be one of ${QUALIFIERS.join(', ')} or null`));
const origin = v.picklist(ORIGINS, `should be one of ${ORIGINS.map((o) => `"${o}"`).join(', ')}`);

const sourceFields = {
  title: v.optional(text),
  quote: v.optional(text),
  publishedAt: v.optional(text),
  type: v.optional(text),
  via: v.optional(text),
};

export const RecordSchema = v.looseObject(
  {
    id: nonEmptyText,
    region: nonEmptyText,
    year,
    indicator,
    kind: v.picklist(['target', 'result'], 'should be "target" or "result"'),
    value: v.optional(finite),
    valueMax: v.optional(finite),
    unit: text,
    qualifier: v.optional(qualifier),
    text: v.optional(text),
    extraQualifier: v.optional(text),
    measure: v.optional(text),
    note: v.optional(text),
    estimate: v.optional(v.boolean('should be true or false')),
    // url may be '' only on a record the user added by hand (checked with the other rules below).
    source: v.looseObject({ url: text, ...sourceFields }, 'should be an object with at least a url'),
    sources: v.optional(
      v.array(
        v.looseObject({ url: text, ...sourceFields }, 'should be an object with at least a url'),
        'should be a list of sources',
      ),
    ),
    origin,
    conflictsWith: v.optional(v.array(nonEmptyText, 'should be a list of record ids')),
    userEdited: v.optional(v.boolean('should be true or false')),
    updatedAt: finite,
  },
  'should be an object (one figure record)',
);

export const ProposalSchema = v.looseObject(
  {
    id: nonEmptyText,
    region: nonEmptyText,
    year,
    author: nonEmptyText,
    role: text,
    title: nonEmptyText,
    summary: v.optional(text),
    topics: v.array(text, 'should be a list of topic words'),
    // A proposal may come from an article whose address is unknown: url may then be '' (title is required).
    source: v.looseObject({ url: text, ...sourceFields }, 'should be an object with a url (may be "") and a title'),
    origin,
    updatedAt: finite,
  },
  'should be an object (one proposal)',
);

const PackSchema = v.looseObject({
  format: v.literal(PACK_FORMAT, `should be "${PACK_FORMAT}"`),
  version: v.literal(PACK_VERSION, `should be ${PACK_VERSION}`),
  createdAt: isoDate,
  header: v.looseObject(
    {
      description: text,
      counts: v.looseObject(
        { records: count, proposals: count },
        'should be an object with the number of records and proposals',
      ),
      dropped: v.record(text, count, 'should be an object of reason → count'),
      regions: v.array(nonEmptyText, 'should be a list of region names'),
    },
    'should be an object with description, counts, dropped and regions',
  ),
  records: v.array(RecordSchema, 'should be a list of figure records'),
  proposals: v.array(ProposalSchema, 'should be a list of proposals'),
});

// ---- parsePack ----

/**
 * Checks that `json` (parsed JSON, or the text of a file) is a Report Lens pack this version can read. On success
 * the pack is returned as read; on failure, up to MAX_PROBLEMS problems (and a last line counting the rest), each
 * naming the row and field and saying why, so an import can refuse the file and tell the user what to fix.
 */
export function parsePack(json: unknown): ParsePackResult {
  let input = json;
  if (typeof input === 'string') {
    try {
      input = JSON.parse(input);
    } catch (e) {
      return fail([
        { path: '', message: `The file is not valid JSON (${(e as Error).message}); it may be truncated.` },
      ]);
    }
  }
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return fail([{ path: '', message: `A pack is a JSON object; this file holds ${describe(input)}.` }]);
  }
  const top = input as Record<string, unknown>;
  if (top.format !== PACK_FORMAT) {
    return fail([
      {
        path: 'format',
        message: `This is not a Report Lens pack: "format" should be "${PACK_FORMAT}" but is ${describe(top.format)}.`,
      },
    ]);
  }
  if (top.version !== PACK_VERSION) {
    const newer = typeof top.version === 'number' && top.version > PACK_VERSION;
    return fail([
      {
        path: 'version',
        message: newer
          ? `This pack is version ${top.version}, made by a newer Report Lens; this one reads version ${PACK_VERSION}. Update the extension to import it.`
          : `Pack version ${describe(top.version)} is not supported; this Report Lens reads version ${PACK_VERSION}.`,
      },
    ]);
  }

  const parsed = v.safeParse(PackSchema, input, { abortEarly: false });
  if (!parsed.success) {
    return fail(parsed.issues.map((issue) => fromIssue(issue, top)));
  }
  const pack = input as unknown as Pack;
  const problems = checkRules(pack);
  return problems.length ? fail(problems) : { ok: true, pack };
}

/** Reports one problem: where (a path) and why. */
type Report = (path: string, message: string) => void;

/** A field's path inside a row: `records[3].unit` in a pack, `unit` for a row checked alone. */
const fieldOf = (at: string, field: string) => (at ? `${at}.${field}` : field);

/** The rules of one record that relate its fields to each other, which the schema cannot say. */
function recordRules(r: FigureRecord, at: string, report: Report): void {
  if (r.value === undefined) {
    if (!r.text?.trim())
      report(
        fieldOf(at, 'value'),
        'is missing: a record needs a number (value) or, if qualitative, its wording (text).',
      );
    if (r.valueMax !== undefined) report(fieldOf(at, 'valueMax'), 'is set but value is missing.');
  } else {
    if (r.text !== undefined)
      report(
        fieldOf(at, 'text'),
        'should be absent when the record has a value (text is only for qualitative records).',
      );
    if (!r.unit.trim()) report(fieldOf(at, 'unit'), `should not be empty: a number needs its unit (%, 万人, 亿元 …).`);
    if (r.valueMax !== undefined && r.valueMax < r.value)
      report(fieldOf(at, 'valueMax'), `(${r.valueMax}) should not be below value (${r.value}).`);
  }
  if (!r.source.url.trim() && r.origin !== 'user')
    report(
      fieldOf(at, 'source.url'),
      'should not be empty: a figure keeps the address of its source (only records added by hand may leave it empty).',
    );
  if (r.origin === 'pack') {
    if (!r.source.quote?.trim())
      report(fieldOf(at, 'source.quote'), 'is missing: every pack figure keeps the quote it was read from.');
    if (!r.source.type?.trim())
      report(fieldOf(at, 'source.type'), 'is missing: every pack figure says what kind of source it has.');
  }
}

function proposalRules(p: Proposal, at: string, report: Report, label: string): void {
  if (!p.source.url.trim() && !p.source.title?.trim())
    report(fieldOf(at, 'source'), `needs a url or, when the address is unknown, a title (${label}).`);
}

/**
 * One record as the user typed it (the library's form), checked by the same schema and rules as a pack's rows,
 * without a pack around it; problems name the field (`unit`, `source.url`).
 */
export function recordProblems(record: unknown): PackProblem[] {
  return rowProblems(RecordSchema, record, (r, report) => recordRules(r as FigureRecord, '', report));
}

/** One proposal, as recordProblems. */
export function proposalProblems(proposal: unknown): PackProblem[] {
  return rowProblems(ProposalSchema, proposal, (p, report) =>
    proposalRules(p as Proposal, '', report, (p as Proposal).author),
  );
}

function rowProblems(
  schema: v.GenericSchema,
  row: unknown,
  rules: (row: unknown, report: Report) => void,
): PackProblem[] {
  const parsed = v.safeParse(schema, row, { abortEarly: false });
  if (!parsed.success) return fail(parsed.issues.map((issue) => fromIssue(issue, {}))).problems;
  const problems: PackProblem[] = [];
  rules(row, (path, message) => problems.push({ path, message }));
  return problems;
}

/** Rules that relate fields to each other, which the schema cannot say. */
function checkRules(pack: Pack): PackProblem[] {
  const problems: PackProblem[] = [];
  const add = (path: string, message: string, row?: number) =>
    problems.push({ path, message: row === undefined ? message : `${message} ${rowLabel(pack, row)}` });
  const ids = new Map<string, number>();
  pack.records.forEach((r, i) => {
    const at = `records[${i}]`;
    const first = ids.get(r.id);
    if (first !== undefined) add(`${at}.id`, `repeats the id of records[${first}] ("${r.id}"); ids must be unique.`, i);
    else ids.set(r.id, i);
    recordRules(r, at, (path, message) => add(path, message, i));
  });
  pack.records.forEach((r, i) => {
    for (const other of r.conflictsWith ?? []) {
      if (!ids.has(other))
        add(`records[${i}].conflictsWith`, `names "${other}", which is not a record in this pack.`, i);
      else if (other === r.id) add(`records[${i}].conflictsWith`, 'names the record itself.', i);
    }
  });
  const proposalIds = new Map<string, number>();
  pack.proposals.forEach((p, i) => {
    const first = proposalIds.get(p.id);
    if (first !== undefined)
      add(`proposals[${i}].id`, `repeats the id of proposals[${first}] ("${p.id}"); ids must be unique.`);
    else proposalIds.set(p.id, i);
    proposalRules(p, `proposals[${i}]`, add, `proposal ${i + 1}: ${p.author}`);
  });
  const { counts } = pack.header;
  if (counts.records !== pack.records.length)
    add(
      'header.counts.records',
      `says ${counts.records} records but the file holds ${pack.records.length}; the file may be truncated or edited.`,
    );
  if (counts.proposals !== pack.proposals.length)
    add(
      'header.counts.proposals',
      `says ${counts.proposals} proposals but the file holds ${pack.proposals.length}; the file may be truncated or edited.`,
    );
  return problems;
}

function fail(all: PackProblem[]): { ok: false; problems: PackProblem[] } {
  const problems = all.slice(0, MAX_PROBLEMS);
  if (all.length > MAX_PROBLEMS)
    problems.push({ path: '', message: `… and ${all.length - MAX_PROBLEMS} more problems.` });
  return { ok: false, problems };
}

type Issue = v.BaseIssue<unknown>;

function fromIssue(issue: Issue, top: Record<string, unknown>): PackProblem {
  const keys = (issue.path ?? []).map((p) => p.key as string | number);
  const path = keys.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
  // valibot reports a missing key as an issue of the object that lacks it, with the object's message; the path
  // already names the key, so the plain words are enough.
  const missingKey =
    issue.input === undefined && issue.kind === 'schema' && /object/.test(issue.type) && keys.length > 0;
  let why = `${issue.message}, but is ${describe(issue.input)}`;
  if (missingKey) why = 'is missing';
  else if (issue.input === undefined) why = `is missing (it ${issue.message})`;
  else if (issue.kind === 'validation') why = `${issue.message} (it is ${describe(issue.input)})`;
  const [list, row] = keys;
  const label =
    (list === 'records' || list === 'proposals') && typeof row === 'number' ? ` ${rowLabel(top, row, list)}` : '';
  return { path: path || '(top level)', message: `${why}.${label}` };
}

/** "— in record 13 (北京 2024 gdp_growth target)": the row as a user would find it in the file. */
function rowLabel(pack: unknown, i: number, list: 'records' | 'proposals' = 'records'): string {
  const rows = (pack as Record<string, unknown>)[list];
  const r = Array.isArray(rows) ? (rows[i] as Record<string, unknown> | undefined) : undefined;
  const bits =
    list === 'records'
      ? [r?.region, r?.year, r?.indicator, r?.kind]
      : [r?.author, r?.year, typeof r?.title === 'string' ? r.title.slice(0, 20) : undefined];
  const what = bits.filter((b) => typeof b === 'string' || typeof b === 'number').join(' ');
  return `— in ${list === 'records' ? 'record' : 'proposal'} ${i + 1}${what ? ` (${what})` : ''}`;
}

function describe(x: unknown): string {
  if (x === undefined) return 'missing';
  if (x === null) return 'null';
  if (Array.isArray(x)) return `a list of ${x.length}`;
  if (typeof x === 'string') return x.length > 40 ? `"${x.slice(0, 40)}…"` : `"${x}"`;
  if (typeof x === 'object') return 'an object';
  return `${typeof x} ${String(x)}`;
}

/**
 * The pack as the starter pack is written: one record or proposal a line (a third of the size of indented JSON,
 * and a rebuild's diff shows exactly the rows that changed), the header indented. Parses back to the same pack.
 */
export function serializePack(pack: Pack): string {
  const { records, proposals, header, ...top } = pack;
  const rows = (list: readonly unknown[]) =>
    list.length ? `[\n${list.map((r) => JSON.stringify(r)).join(',\n')}\n]` : '[]';
  const { coverage, ...head } = header;
  const headerText = JSON.stringify(head, null, 1).replace(
    /\n}$/,
    coverage ? `,\n "coverage": ${JSON.stringify(coverage)}\n}` : '\n}',
  );
  const fields = Object.entries(top).map(([k, v]) => `"${k}": ${JSON.stringify(v)}`);
  return `{\n${[...fields, `"header": ${headerText}`, `"records": ${rows(records)}`, `"proposals": ${rows(proposals)}`].join(',\n')}\n}\n`;
}
