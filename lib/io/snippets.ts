// Snippet files: Markdown (for writing: quote, note, tags and a citation), CSV (for spreadsheets), JSON (for moving
// a library between browsers — the only format imported back), the JSON validator, how a duplicate merges, and the
// text-fragment link that opens a snippet's page scrolled to it.
// Pure functions over plain data: no Dexie, no browser.*, no Preact.
import Papa from 'papaparse';
import * as v from 'valibot';
import type { Snippet } from '../model';
import { firstProblems, type ImportProblem } from './problems';
import { normalizeTags } from './tags';
import { FORMULA_CELL } from './csv-safety';
import { isWebUrl } from './web-url';

export { normalizeTags, parseTags } from './tags';

export const SNIPPETS_JSON_FORMAT = 'report-lens/snippets';
export const SNIPPETS_JSON_VERSION = 1;
/** An import larger than this is refused before anything is validated (a library has thousands, not millions). */
export const MAX_IMPORTED_SNIPPETS = 50_000;

// ---------------------------------------------------------------------------------------------------------------
// Markdown

/** Characters that would turn page text into Markdown syntax; they are backslash-escaped. */
const MARKDOWN_SPECIAL = /[\\`*_[\]<>#|~!]/g;

export function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_SPECIAL, (c) => `\\${c}`);
}

/** `2026-11-25` in UTC, the date a citation gives. */
export function isoDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/**
 * One section per snippet:
 *
 *     ## Page title
 *
 *     > the quote, line by line
 *
 *     **Note:** the note
 *
 *     **Tags:** #tag #other
 *
 *     **Source:** [Page title](<https://…>), 北京 2025, saved 2026-11-25
 *
 * Sections are separated by `---`. Every piece of page or user text is escaped, so a quote holding `*` or `#`
 * reads as written.
 */
export function snippetsToMarkdown(snippets: Snippet[], exportedAt = Date.now()): string {
  const header = `# Report Lens snippets\n\n${snippets.length} snippets, exported ${isoDate(exportedAt)}\n`;
  const sections = snippets.map((s) => {
    const title = escapeMarkdown(s.title.trim() || s.url);
    const lines = [`## ${title}`, ''];
    for (const line of s.text.split(/\r?\n/)) lines.push(line.trim() ? `> ${escapeMarkdown(line)}` : '>');
    lines.push('');
    if (s.note?.trim()) {
      lines.push(`**Note:** ${s.note.trim().split(/\r?\n/).map(escapeMarkdown).join('  \n')}`, '');
    }
    if (s.tags.length) lines.push(`**Tags:** ${s.tags.map((tag) => `#${escapeMarkdown(tag)}`).join(' ')}`, '');
    const report = [s.region, s.year].filter((x) => x !== undefined && x !== '').join(' ');
    lines.push(
      `**Source:** [${title}](<${s.url.replace(/[<>\s]/g, encodeURIComponent)}>)${report ? `, ${escapeMarkdown(report)}` : ''}, saved ${isoDate(s.createdAt)}`,
    );
    return lines.join('\n');
  });
  return [header, ...sections].join('\n---\n\n').concat('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// CSV

export const CSV_COLUMNS = [
  'id',
  'title',
  'url',
  'text',
  'note',
  'tags',
  'region',
  'year',
  'saved',
  'orphaned',
] as const;

/**
 * Every field quoted (page text holds commas, quotes and line breaks), CRLF rows, a byte-order mark so spreadsheet
 * programs read the Chinese text as UTF-8, and formula-looking fields prefixed with `'` (lib/io/csv-safety.ts) so a
 * quote cannot run as a formula when opened.
 */
export function snippetsToCsv(snippets: Snippet[]): string {
  const rows = snippets.map((s) => [
    s.id,
    s.title,
    s.url,
    s.text,
    s.note ?? '',
    s.tags.join('; '),
    s.region ?? '',
    s.year === undefined ? '' : String(s.year),
    new Date(s.createdAt).toISOString(),
    s.orphaned ? 'yes' : '',
  ]);
  const csv = Papa.unparse(
    { fields: [...CSV_COLUMNS], data: rows },
    { quotes: true, newline: '\r\n', escapeFormulae: FORMULA_CELL },
  );
  return `\uFEFF${csv}\r\n`;
}

// ---------------------------------------------------------------------------------------------------------------
// JSON

export interface SnippetsFile {
  format: typeof SNIPPETS_JSON_FORMAT;
  version: number;
  exportedAt: string;
  snippets: Snippet[];
}

export function snippetsToJson(snippets: Snippet[], exportedAt = Date.now()): string {
  const file: SnippetsFile = {
    format: SNIPPETS_JSON_FORMAT,
    version: SNIPPETS_JSON_VERSION,
    exportedAt: new Date(exportedAt).toISOString(),
    snippets,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const Text = (max: number) =>
  v.pipe(v.string('should be text'), v.maxLength(max, `should be at most ${max} characters`));
const Offset = v.optional(v.pipe(v.number('should be a number'), v.integer('should be a whole number'), v.minValue(0)));

export const SnippetSchema = v.object({
  id: v.pipe(Text(200), v.nonEmpty('should not be empty')),
  // The library renders it as a link: http(s) only, never javascript: or data:.
  url: v.pipe(
    Text(4000),
    v.check((url) => isWebUrl(url), 'should be an http(s) address'),
  ),
  title: Text(2000),
  text: v.pipe(Text(20_000), v.nonEmpty('should not be empty')),
  selector: v.object(
    {
      exact: v.pipe(Text(20_000), v.nonEmpty('should not be empty')),
      prefix: Text(1000),
      suffix: Text(1000),
      start: Offset,
      end: Offset,
    },
    'should be a quote selector { exact, prefix, suffix }',
  ),
  region: v.optional(Text(100)),
  year: v.optional(
    v.pipe(v.number('should be a year'), v.integer('should be a year'), v.minValue(1949), v.maxValue(2200)),
  ),
  tags: v.pipe(v.array(Text(100), 'should be a list of tags'), v.maxLength(200)),
  note: v.optional(Text(20_000)),
  createdAt: v.pipe(v.number('should be a time in milliseconds'), v.integer(), v.minValue(0)),
  orphaned: v.optional(v.boolean('should be true or false')),
});

const FileSchema = v.union(
  [
    v.object({
      format: v.literal(SNIPPETS_JSON_FORMAT, `should be "${SNIPPETS_JSON_FORMAT}"`),
      version: v.literal(SNIPPETS_JSON_VERSION, `should be ${SNIPPETS_JSON_VERSION} (made by a newer Report Lens?)`),
      exportedAt: v.optional(v.string()),
      snippets: v.array(v.unknown(), 'should be a list of snippets'),
    }),
    v.array(v.unknown()),
  ],
  'should be a Report Lens snippets file ({ "format": "report-lens/snippets", "snippets": [...] }) or a list of snippets',
);

export type ParsedSnippets = { ok: true; snippets: Snippet[] } | { ok: false; problems: ImportProblem[] };

/**
 * Reads a JSON export. Either every entry is valid and all come back, or none do and the first problems say where
 * (`snippets[3].selector.exact: should not be empty`): an import is all or nothing.
 */
export function parseSnippetsJson(json: string): ParsedSnippets {
  let data: unknown;
  try {
    data = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      ok: false,
      problems: [{ path: '', message: `not valid JSON (${error instanceof Error ? error.message : error})` }],
    };
  }
  const file = v.safeParse(FileSchema, data);
  if (!file.success) return { ok: false, problems: firstProblems(issuesToProblems(file.issues, '')) };
  const entries = Array.isArray(file.output) ? file.output : file.output.snippets;
  if (entries.length > MAX_IMPORTED_SNIPPETS) {
    return {
      ok: false,
      problems: [
        {
          path: 'snippets',
          message: `holds ${entries.length} snippets; at most ${MAX_IMPORTED_SNIPPETS} are imported at once`,
        },
      ],
    };
  }
  const problems: ImportProblem[] = [];
  const snippets: Snippet[] = [];
  entries.forEach((entry, index) => {
    const parsed = v.safeParse(SnippetSchema, entry);
    if (parsed.success) snippets.push(cleanSnippet(parsed.output));
    else problems.push(...issuesToProblems(parsed.issues, `snippets[${index}]`));
  });
  if (problems.length) return { ok: false, problems: firstProblems(problems) };
  return { ok: true, snippets };
}

function issuesToProblems(issues: readonly v.BaseIssue<unknown>[], base: string): ImportProblem[] {
  return issues.map((issue) => {
    const dot = v.getDotPath(issue);
    const path = dot ? dot.replace(/\.(\d+)(?=\.|$)/g, '[$1]').replace(/^(\d+)/, '[$1]') : '';
    return {
      path: base && path ? `${base}${path.startsWith('[') ? '' : '.'}${path}` : base || path,
      message: issue.message,
    };
  });
}

/** Drops unknown keys and normalises tags (trimmed, no empties, no repeats). */
export function cleanSnippet(s: v.InferOutput<typeof SnippetSchema>): Snippet {
  const out: Snippet = {
    id: s.id,
    url: s.url,
    title: s.title,
    text: s.text,
    selector: { exact: s.selector.exact, prefix: s.selector.prefix, suffix: s.selector.suffix },
    tags: normalizeTags(s.tags),
    createdAt: s.createdAt,
  };
  if (s.selector.start !== undefined) out.selector.start = s.selector.start;
  if (s.selector.end !== undefined) out.selector.end = s.selector.end;
  if (s.region) out.region = s.region;
  if (s.year !== undefined) out.year = s.year;
  if (s.note) out.note = s.note;
  if (s.orphaned) out.orphaned = true;
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Tags, duplicates, links

/** The same quote on the same page, whatever its id (an export from another browser re-saved it). */
export function sameQuoteKey(s: Pick<Snippet, 'url' | 'selector'>): string {
  return [s.url, s.selector.prefix, s.selector.exact, s.selector.suffix].join('\u0000');
}

/**
 * A duplicate brought in by an import merges into the stored snippet: tags are joined, a different note is
 * appended, the earlier save time is kept, and what the stored one already says wins.
 */
export function mergeSnippets(stored: Snippet, incoming: Snippet): Snippet {
  const merged: Snippet = {
    ...incoming,
    ...stored,
    tags: normalizeTags([...stored.tags, ...incoming.tags]),
    createdAt: Math.min(stored.createdAt, incoming.createdAt),
  };
  const a = stored.note?.trim();
  const b = incoming.note?.trim();
  if (a && b && a !== b && !a.includes(b)) merged.note = `${a}\n\n${b}`;
  else if (!a && b) merged.note = b;
  if (!merged.region && incoming.region) merged.region = incoming.region;
  if (merged.year === undefined && incoming.year !== undefined) merged.year = incoming.year;
  return merged;
}

/** Characters a text directive must percent-encode besides what encodeURIComponent does (its own syntax). */
function encodeDirectivePart(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/**
 * A link that opens the snippet's page scrolled to it and highlighted (a `#:~:text=` text fragment). Long quotes
 * use the start,end form (the browser matches the first and last words and everything between); a short piece of
 * context before and after picks the right one of repeated phrases. Browsers without text fragments just open the
 * page.
 */
export function textFragmentUrl(snippet: Pick<Snippet, 'url' | 'selector' | 'text'>): string {
  // A fragment cannot cross block boundaries in its context, and matches whitespace loosely: use one line.
  const exact = (snippet.selector.exact || snippet.text).trim();
  const lines = exact.split(/\s*\n\s*/).filter(Boolean);
  const first = lines[0] ?? exact;
  const last = lines[lines.length - 1] ?? exact;
  let directive: string;
  if (lines.length === 1 && first.length <= 60) {
    directive = encodeDirectivePart(first);
  } else {
    const head = first.slice(0, 20).trim();
    const tail = last.slice(-20).trim();
    directive = `${encodeDirectivePart(head)},${encodeDirectivePart(tail)}`;
  }
  const prefix = lastLine(snippet.selector.prefix).slice(-8).trim();
  const suffix = firstLine(snippet.selector.suffix).slice(0, 8).trim();
  if (prefix) directive = `${encodeDirectivePart(prefix)}-,${directive}`;
  if (suffix) directive = `${directive},-${encodeDirectivePart(suffix)}`;
  const base = snippet.url.replace(/#.*$/, '');
  return `${base}#:~:text=${directive}`;
}

function lastLine(text: string): string {
  const parts = text.split('\n');
  return parts[parts.length - 1] ?? '';
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? '';
}

/** `www.gov.cn` from a URL, or '' when it has none. */
export function siteOf(url: string): string {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/i.exec(url);
  return m ? m[1].toLowerCase() : '';
}
