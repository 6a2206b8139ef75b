// The comparison table as CSV or Markdown, with sources, for readers who paste it into their own notes.
// Labels are parameters: lib/ has no i18n, the popup passes its translated strings.

import Papa from 'papaparse';
import type { FigureRecord, Indicator } from '../model';
import { formatFigure } from './format';
import type { Verdict } from './judge';
import type { ComparisonCell, ComparisonTable } from './table';
import { guardCell } from '../io/csv-safety';

export interface TableLabels {
  region: string;
  indicator: string;
  year: string;
  target: string;
  result: string;
  verdict: string;
  margin: string;
  marginUnit: string;
  targetChange: string;
  estimate: string;
  disputed: string;
  targetSource: string;
  resultSource: string;
  sources: string;
  /** Shown for `marginUnit: 'pp'`. */
  pp: string;
  yes: string;
  verdicts: Record<Verdict, string>;
}

export const DEFAULT_LABELS: TableLabels = {
  region: 'Region',
  indicator: 'Indicator',
  year: 'Year',
  target: 'Target',
  result: 'Result',
  verdict: 'Verdict',
  margin: 'Margin',
  marginUnit: 'Margin unit',
  targetChange: 'Target change',
  estimate: 'estimate',
  disputed: 'Sources disagree',
  targetSource: 'Target source',
  resultSource: 'Result source',
  sources: 'Sources',
  pp: 'pp',
  yes: 'yes',
  verdicts: { met: 'met', 'roughly-met': 'roughly met', missed: 'missed', unknown: 'not comparable' },
};

export interface ExportOptions {
  labels?: Partial<TableLabels>;
  /** Default: the id, or the name after `other:`. */
  indicatorLabel?: (indicator: Indicator) => string;
}

const defaultIndicatorLabel = (indicator: Indicator) =>
  indicator.startsWith('other:') ? indicator.slice('other:'.length) : indicator;

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/**
 * One line per indicator and year that has a target or a result, RFC 4180 quoting by papaparse (as every CSV we write). Missing figures are empty cells,
 * never 0. Numbers are plain (0.2, -0.3); text cells that a spreadsheet would run as a formula (lib/io/csv-safety.ts:
 * = + - @ tab CR first, unless the cell is exactly a number) are prefixed with an apostrophe. `bom` adds a UTF-8 byte-order mark so spreadsheet programs
 * read the Chinese correctly from a downloaded file.
 */
export function tableToCsv(table: ComparisonTable, options: ExportOptions & { bom?: boolean } = {}): string {
  const l = { ...DEFAULT_LABELS, ...options.labels };
  const name = options.indicatorLabel ?? defaultIndicatorLabel;
  const lines: string[][] = [
    [
      l.region,
      l.indicator,
      l.year,
      l.target,
      l.result,
      l.verdict,
      l.margin,
      l.marginUnit,
      l.targetChange,
      l.estimate,
      l.disputed,
      l.targetSource,
      l.resultSource,
    ],
  ];
  for (const row of table.rows) {
    for (const cell of row.cells) {
      if (!cell.target && !cell.result) continue;
      lines.push([
        text(table.region),
        text(name(row.indicator)),
        String(cell.year),
        text(cell.target ? formatFigure(cell.target) : ''),
        text(cell.result ? formatFigure(cell.result) : ''),
        cell.verdict ? text(l.verdicts[cell.verdict]) : '',
        cell.margin === null ? '' : String(cell.margin),
        cell.marginUnit === null ? '' : text(cell.marginUnit === 'pp' ? l.pp : cell.marginUnit),
        cell.targetChange?.delta == null ? '' : String(cell.targetChange.delta),
        cell.estimate ? text(l.yes) : '',
        cell.disputed ? text(l.yes) : '',
        text(sourceList(cell.targets)),
        text(sourceList(cell.results)),
      ]);
    }
  }
  const body = Papa.unparse(lines, { newline: '\r\n' });
  return `${options.bom ? '\uFEFF' : ''}${body}\r\n`;
}

/** Every distinct source URL of the records, separated by spaces (the preferred record's first). */
function sourceList(records: FigureRecord[]): string {
  return [...new Set(records.map((r) => r.source.url).filter(Boolean))].join(' ');
}

/** Guards a text cell against being run as a spreadsheet formula (the one rule of lib/io/csv-safety.ts). */
const text = guardCell;

/**
 * Indicators × years as a Markdown table; each cell shows the target, the result and the verdict with its margin,
 * and numbered references to its sources, listed under the table.
 */
export function tableToMarkdown(table: ComparisonTable, options: ExportOptions = {}): string {
  const l = { ...DEFAULT_LABELS, ...options.labels };
  const name = options.indicatorLabel ?? defaultIndicatorLabel;
  const sources: { url: string; title?: string }[] = [];
  const refOf = (r: FigureRecord): number | null => {
    if (!r.source.url) return null;
    let i = sources.findIndex((s) => s.url === r.source.url);
    if (i < 0) i = sources.push({ url: r.source.url, title: r.source.title }) - 1;
    return i + 1;
  };

  const header = [l.indicator, ...table.years.map(String)];
  const lines = [row(header), row(header.map(() => '---'))];
  for (const r of table.rows) {
    lines.push(row([name(r.indicator), ...r.cells.map((c) => cellText(c, l, refOf))]));
  }
  let out = `${lines.join('\n')}\n`;
  if (sources.length > 0) {
    out += `\n${l.sources}:\n\n`;
    out += sources
      .map(
        (s, i) => `${i + 1}. ${s.title ? `[${mdEscape(s.title).replace(/[[\]]/g, '\\$&')}](${s.url})` : `<${s.url}>`}`,
      )
      .join('\n');
    out += '\n';
  }
  return out;
}

function cellText(cell: ComparisonCell, l: TableLabels, refOf: (r: FigureRecord) => number | null): string {
  const parts: string[] = [];
  if (cell.target) parts.push(`${l.target} ${formatFigure(cell.target)}`);
  if (cell.result) parts.push(`${l.result} ${formatFigure(cell.result)}${cell.estimate ? ` (${l.estimate})` : ''}`);
  if (cell.verdict) {
    const unit = cell.marginUnit === 'pp' ? ` ${l.pp}` : (cell.marginUnit ?? '');
    parts.push(
      cell.margin === null ? l.verdicts[cell.verdict] : `${l.verdicts[cell.verdict]} ${signed(cell.margin)}${unit}`,
    );
  }
  if (cell.disputed) parts.push(l.disputed);
  const refs = [...new Set([...cell.targets, ...cell.results].map(refOf).filter((n): n is number => n !== null))];
  if (refs.length > 0) parts.push(refs.map((n) => `[${n}]`).join(''));
  return parts.join(' · ');
}

function row(cells: string[]): string {
  return `| ${cells.map(mdEscape).join(' | ')} |`;
}

function mdEscape(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ');
}
