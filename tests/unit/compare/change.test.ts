// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { targetChange } from '@/lib/compare/change';
import type { Figure } from '@/lib/compare/judge';

const gdp = (value: number, qualifier: Figure['qualifier'] = '左右', valueMax?: number): Figure => ({
  indicator: 'gdp_growth',
  value,
  valueMax,
  unit: '%',
  qualifier,
});

describe('targetChange', () => {
  it('a raised floor is more ambitious', () => {
    expect(targetChange(gdp(5), gdp(5.5))).toEqual({
      delta: 0.5,
      unit: 'pp',
      change: 'raised',
      ambition: 'more',
      qualifierChanged: false,
      shapeChanged: false,
    });
  });

  it('a lowered ceiling is more ambitious', () => {
    const cpi = (value: number): Figure => ({ indicator: 'cpi', value, unit: '%', qualifier: '左右' });
    expect(targetChange(cpi(3), cpi(2))).toMatchObject({ delta: -1, change: 'lowered', ambition: 'more' });
  });

  it('compares a range by its midpoint: 5% → 4.5–5% is 0.25 pp lower', () => {
    expect(targetChange(gdp(5), gdp(4.5, null, 5))).toMatchObject({
      delta: -0.25,
      change: 'lowered',
      ambition: 'less',
      qualifierChanged: true,
      shapeChanged: true,
    });
  });

  it('notices a qualifier change with the same number', () => {
    expect(targetChange(gdp(5, '以上'), gdp(5, '左右'))).toMatchObject({
      delta: 0,
      change: 'unchanged',
      ambition: 'same',
      qualifierChanged: true,
    });
  });

  it('scales units: grain 1.3万亿斤 → 14000亿斤 is 1000亿斤 more', () => {
    const from: Figure = { indicator: 'grain_output', value: 1.3, unit: '万亿斤', qualifier: '以上' };
    const to: Figure = { indicator: 'grain_output', value: 14000, unit: '亿斤', qualifier: '左右' };
    expect(targetChange(from, to)).toMatchObject({ delta: 1000, unit: '亿斤', change: 'raised' });
  });

  it('cannot compare words with a number', () => {
    const words: Figure = { indicator: 'disposable_income_growth', unit: '', text: '与经济增长同步' };
    const number: Figure = { indicator: 'disposable_income_growth', value: 5, unit: '%', qualifier: '左右' };
    expect(targetChange(words, number)).toMatchObject({
      delta: null,
      unit: null,
      change: 'not-comparable',
      ambition: null,
    });
  });

  it('the same words are unchanged', () => {
    const words: Figure = { indicator: 'disposable_income_growth', unit: '', text: '与经济增长同步' };
    expect(targetChange(words, { ...words })).toMatchObject({ delta: null, change: 'unchanged' });
  });

  it('has no ambition for an indicator without a direction', () => {
    const f = (value: number): Figure => ({ indicator: 'other:服务业增加值', value, unit: '%', qualifier: '左右' });
    expect(targetChange(f(5), f(6))).toMatchObject({ delta: 1, change: 'raised', ambition: null });
  });
});
