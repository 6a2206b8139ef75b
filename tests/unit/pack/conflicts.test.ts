// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { FigureRecord } from '@/lib/model';
import { record } from '../helpers/builders';
import { disagree, markConflicts } from '@/lib/pack/conflicts';

// Chongqing's 2024 GDP growth target of 6% 左右, unless a test says otherwise.
const rec = (over: Partial<FigureRecord>) => record({ region: '重庆', value: 6, ...over });

describe('disagree', () => {
  it.each([
    ['same target, same qualifier', rec({}), rec({}), false],
    ['target 6% vs 6%左右 (qualifier differs)', rec({ qualifier: null }), rec({}), true],
    ['target 约6% reads as 6%左右', rec({ qualifier: null, extraQualifier: '约' }), rec({}), false],
    ['target 5 vs 5.0 (same number)', rec({ value: 5 }), rec({ value: 5.0 }), false],
    [
      'range 4.5–5 vs 4.5–5左右',
      rec({ value: 4.5, valueMax: 5, qualifier: null }),
      rec({ value: 4.5, valueMax: 5 }),
      true,
    ],
    ['target 以上 vs 不低于 (both floors)', rec({ qualifier: '以上' }), rec({ qualifier: '不低于' }), false],
  ])('%s', (_name, a, b, expected) => {
    expect(disagree(a, b)).toBe(expected);
  });

  const result = (over: Partial<FigureRecord>) => rec({ kind: 'result', qualifier: null, ...over });
  it.each([
    ['5.2 vs 5.4', result({ value: 5.2 }), result({ value: 5.4 }), true],
    ['5.5%左右 vs 5.5%', result({ value: 5.5, qualifier: '左右' }), result({ value: 5.5 }), false],
    ['estimate 5.2 vs final 5.4 (a revision)', result({ value: 5.2, estimate: true }), result({ value: 5.4 }), false],
    [
      '134.9万亿元 vs 1349084亿元 (same at the precision written)',
      result({ indicator: 'gdp_total', value: 134.9, unit: '万亿元' }),
      result({ indicator: 'gdp_total', value: 1349084, unit: '亿元' }),
      false,
    ],
    [
      '突破13万亿元 vs 13.57万亿元',
      result({ indicator: 'gdp_total', value: 13, unit: '万亿元', qualifier: '以上' }),
      result({ indicator: 'gdp_total', value: 13.57, unit: '万亿元' }),
      false,
    ],
    [
      '突破13万亿元 vs 12.8万亿元',
      result({ indicator: 'gdp_total', value: 13, unit: '万亿元', qualifier: '以上' }),
      result({ indicator: 'gdp_total', value: 12.8, unit: '万亿元' }),
      true,
    ],
    [
      '1300万吨 vs 260亿斤 (the same grain)',
      result({ indicator: 'grain_output', value: 1300, unit: '万吨' }),
      result({ indicator: 'grain_output', value: 260, unit: '亿斤' }),
      false,
    ],
    [
      'year-end 5.2 vs annual average 5.6',
      result({ value: 5.2, measure: '年末' }),
      result({ value: 5.6, measure: '年均' }),
      false,
    ],
    ['qualitative vs a number', result({ value: undefined, unit: '', text: '同步' }), result({ value: 5 }), false],
  ])('result %s', (_name, a, b, expected) => {
    expect(disagree(a, b)).toBe(expected);
  });
});

describe('markConflicts', () => {
  it('marks each side of a disagreement with the other ids, and leaves agreeing records unmarked', () => {
    const a = rec({ id: 'a' });
    const b = rec({ id: 'b' });
    const c = rec({ id: 'c', qualifier: null });
    const other = rec({ id: 'd', region: '北京', qualifier: null });
    const marked = markConflicts([a, b, c, other]);
    expect(marked.map((r) => [r.id, r.conflictsWith])).toEqual([
      ['a', ['c']],
      ['b', ['c']],
      ['c', ['a', 'b']],
      ['d', undefined],
    ]);
  });

  it('never drops a record and does not change its input', () => {
    const input = [rec({ id: 'x', value: 5 }), rec({ id: 'y', value: 6, conflictsWith: ['stale'] })];
    const marked = markConflicts(input);
    expect(marked).toHaveLength(2);
    expect(input[1].conflictsWith).toEqual(['stale']);
    expect(marked.map((r) => r.conflictsWith)).toEqual([['y'], ['x']]);
  });

  it('compares only records of the same fact (region, year, indicator, kind)', () => {
    const marked = markConflicts([
      rec({ id: 'p', year: 2023 }),
      rec({ id: 'q', year: 2024, value: 7 }),
      rec({ id: 's', kind: 'result', value: 5 }),
    ]);
    expect(marked.every((r) => r.conflictsWith === undefined)).toBe(true);
  });
});
