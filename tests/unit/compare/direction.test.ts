// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { directionOf, targetRule } from '@/lib/compare/direction';
import { INDICATORS } from '@/lib/model';

describe('directionOf', () => {
  it.each([
    ['gdp_growth', 'floor'],
    ['gdp_total', 'floor'],
    ['new_urban_jobs', 'floor'],
    ['grain_output', 'floor'],
    ['rd_intensity', 'floor'],
    ['energy_intensity', 'floor'],
    ['carbon_intensity', 'floor'],
    ['cpi', 'ceiling'],
    ['urban_unemployment', 'ceiling'],
    ['deficit_ratio', 'ceiling'],
    ['other:服务业增加值', 'unknown'],
  ] as const)('%s is a %s', (indicator, direction) => {
    expect(directionOf(indicator)).toBe(direction);
  });

  it('knows every standard indicator', () => {
    expect(INDICATORS.filter((i) => directionOf(i) === 'unknown')).toEqual([]);
  });
});

describe('targetRule', () => {
  it('a floor point accepts the target and above', () => {
    expect(targetRule('gdp_growth', { value: 5 })).toEqual({
      direction: 'floor',
      shape: 'point',
      min: 5,
      max: Number.POSITIVE_INFINITY,
      bound: 5,
    });
  });

  it('a ceiling point accepts the target and below', () => {
    expect(targetRule('cpi', { value: 3 })).toEqual({
      direction: 'ceiling',
      shape: 'point',
      min: Number.NEGATIVE_INFINITY,
      max: 3,
      bound: 3,
    });
  });

  it('a floor range is measured from its lower end and open above', () => {
    expect(targetRule('gdp_growth', { value: 4.5, valueMax: 5 })).toEqual({
      direction: 'floor',
      shape: 'band',
      min: 4.5,
      max: Number.POSITIVE_INFINITY,
      bound: 4.5,
    });
  });

  it('a ceiling range is measured from its upper end and open below', () => {
    expect(targetRule('cpi', { value: 2, valueMax: 3 })).toEqual({
      direction: 'ceiling',
      shape: 'band',
      min: Number.NEGATIVE_INFINITY,
      max: 3,
      bound: 3,
    });
  });

  it.each([
    ['deficit_ratio', '以上', 'floor'],
    ['cpi', '不低于', 'floor'],
    ['gdp_growth', '以内', 'ceiling'],
    ['deficit_ratio', '左右', 'ceiling'],
    ['gdp_growth', '左右', 'floor'],
  ] as const)('%s with %s is judged as a %s (an explicit opposite bound wins)', (indicator, qualifier, direction) => {
    expect(targetRule(indicator, { value: 3.6, qualifier })?.direction).toBe(direction);
  });

  it('has no rule for an indicator without a direction, even with 以上', () => {
    expect(targetRule('other:服务业增加值', { value: 5.5, qualifier: '以上' })).toBeNull();
  });

  it('has no rule for an indicator without a direction', () => {
    expect(targetRule('other:服务业增加值', { value: 5.5 })).toBeNull();
  });
});
