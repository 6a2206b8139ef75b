// @vitest-environment node
// Formula injection: one rule (lib/io/csv-safety.ts) in every CSV writer — records, the comparison table, snippets.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { tableToCsv } from '@/lib/compare/export';
import { buildComparisonTable } from '@/lib/compare/table';
import { parseRecordsCsv, recordsToCsv } from '@/lib/io/csv';
import { FORMULA_CELL, guardCell } from '@/lib/io/csv-safety';
import { snippetsToCsv } from '@/lib/io/snippets';
import { record } from '../helpers/builders';

const ATTACKS = [
  '=1+1',
  '+1+1',
  '@SUM(A1)',
  '-0+HYPERLINK("http://evil.example/?","x")',
  "-2+3+cmd|' /C calc'!A0",
  '\t=1',
  '\r=1',
  '-A1',
];

/** Every cell of a CSV text, parsed back. */
const cells = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data.flat();
/** A cell a spreadsheet would run: starts with a formula character and is not exactly a number. */
const runnable = (cell: string) => FORMULA_CELL.test(cell);

describe('the one escaping rule', () => {
  it('prefixes every formula start, minus included, and leaves plain numbers alone', () => {
    for (const attack of ATTACKS) expect(guardCell(attack)).toBe(`'${attack}`);
    for (const n of ['-0.3', '-12', '5', '']) expect(guardCell(n)).toBe(n);
  });

  it('holds in the records CSV, and import gives the text back unchanged', () => {
    const records = ATTACKS.map((a, i) =>
      record({ id: `r${i}`, note: a, source: { url: 'https://example.test/x', title: a, quote: a }, value: -0.3 }),
    );
    const csv = recordsToCsv(records);
    expect(cells(csv).filter(runnable)).toEqual([]);
    expect(cells(csv)).toContain('-0.3');
    const back = parseRecordsCsv(csv);
    expect(back.ok && back.records.map((r) => r.source.title)).toEqual(ATTACKS);
  });

  it('holds in the comparison table CSV', () => {
    const records = ATTACKS.map((a, i) =>
      record({ id: `c${i}`, region: a, year: 2020 + i, kind: 'target', source: { url: a } }),
    );
    for (const a of ATTACKS) {
      const table = buildComparisonTable(records, { region: a });
      expect(cells(tableToCsv(table)).filter(runnable)).toEqual([]);
    }
  });

  it('holds in the snippets CSV', () => {
    const snippets = ATTACKS.map((a, i) => ({
      id: `s${i}`,
      url: 'https://example.test/',
      title: a,
      text: a,
      note: a,
      tags: [a],
      selector: { exact: a, prefix: '', suffix: '' },
      createdAt: 0,
    }));
    expect(cells(snippetsToCsv(snippets)).filter(runnable)).toEqual([]);
  });
});
