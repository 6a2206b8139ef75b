// @vitest-environment node
// The review list's state: rows from statements, editing, unticking, and what confirming saves and remembers.
import { describe, expect, it } from 'vitest';
import { reviewOutcome, reviewRows, rowProblems, tickAll, updateRow } from '@/components/overlay/review';
import { statement } from '../helpers/builders';

const statements = [
  statement({ year: 2025, kind: 'target', value: 5, qualifier: '左右', quote: '增长5%左右' }),
  statement({ year: 2024, kind: 'result', value: 5.2, quote: '增长5.2%' }),
  statement({ year: 2025, kind: 'target', value: 3, indicator: 'cpi', quote: '3%左右', confidence: 0.3 }),
];
const rows = () => reviewRows(statements.map((statement, index) => ({ statement, key: statement.quote, index })));

describe('the review list', () => {
  it('lists every statement; confident ones start ticked, uncertain ones unticked', () => {
    const r = rows();
    expect(r.map((x) => [x.region, x.year, x.kind, x.value, x.include])).toEqual([
      ['北京', '2025', 'target', '5', true],
      ['北京', '2024', 'result', '5.2', true],
      ['北京', '2025', 'target', '3', false],
    ]);
  });

  it('saves only the ticked rows, as edited, and remembers the edits for the page', () => {
    let r = rows();
    r = updateRow(r, 0, { region: '天津市', value: '4.5–5' });
    r = updateRow(r, 1, { include: false });
    const out = reviewOutcome(r, statements);
    expect(out.ok).toBe(true);
    expect(out.statements).toHaveLength(1);
    expect(out.statements[0]).toMatchObject({
      region: '天津',
      value: 4.5,
      valueMax: 5,
      quote: '增长5%左右',
      qualifier: '左右',
    });
    expect(out.edits).toEqual([
      {
        key: '增长5%左右',
        region: '天津',
        year: 2025,
        indicator: 'gdp_growth',
        kind: 'target',
        value: 4.5,
        valueMax: 5,
        unit: '%',
        qualifier: '左右',
      },
    ]);
  });

  it('an unchanged row is saved but remembers no edit; an edit back to a point drops the range', () => {
    const ranged = [statement({ year: 2025, kind: 'target', value: 4.5, valueMax: 5, quote: 'q' })];
    const r = updateRow(reviewRows([{ statement: ranged[0], key: 'q', index: 0 }]), 0, { value: '5' });
    const out = reviewOutcome(r, ranged);
    expect(out.statements[0].valueMax).toBeUndefined();
    expect(out.edits[0].valueMax).toBeUndefined();
    expect(reviewOutcome(rows(), statements).edits).toEqual([]);
  });

  it('refuses to save while a ticked row has an unknown region, a bad year or a bad value; unticked rows do not count', () => {
    let r = updateRow(rows(), 0, { region: '火星', year: '25', value: '五' });
    expect(rowProblems(r[0])).toEqual({ region: true, year: true, value: true });
    expect(reviewOutcome(r, statements).ok).toBe(false);
    r = updateRow(r, 0, { include: false });
    expect(rowProblems(r[0])).toEqual({});
    expect(reviewOutcome(r, statements).ok).toBe(true);
    expect(reviewOutcome(updateRow(rows(), 1, { value: '6-5' }), statements).ok).toBe(false);
  });

  it('ticks all or none', () => {
    expect(tickAll(rows(), true).every((x) => x.include)).toBe(true);
    expect(reviewOutcome(tickAll(rows(), false), statements).statements).toEqual([]);
  });
});
