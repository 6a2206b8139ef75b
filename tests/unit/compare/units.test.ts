// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { convert, isRateUnit, parseUnit, sameQuantity, unitsCompatible } from '@/lib/compare/units';

describe('parseUnit', () => {
  it.each([
    ['%', 'percent', 1],
    ['％', 'percent', 1],
    ['个百分点', 'points', 1],
    ['元', 'money', 1],
    ['亿元', 'money', 1e8],
    ['万亿元', 'money', 1e12],
    ['兆元', 'money', 1e12],
    ['亿美元', 'usd', 1e8],
    ['万人', 'people', 1e4],
    ['亿斤', 'mass', 1e8],
    ['万亿斤', 'mass', 1e12],
    ['万吨', 'mass', 2000 * 1e4],
    ['万千瓦', 'power', 1e4],
    ['万套', '套', 1e4],
    ['微克/立方米', '微克/立方米', 1],
  ])('%s measures %s with factor %d', (unit, dimension, factor) => {
    expect(parseUnit(unit)).toEqual({ dimension, factor });
  });

  it('reads the empty unit of a qualitative figure as no unit', () => {
    expect(parseUnit('')).toBeNull();
  });
});

describe('convert', () => {
  it.each([
    [134.9, '万亿元', '亿元', 1349000],
    [1349000, '亿元', '万亿元', 134.9],
    [1.4, '万亿斤', '亿斤', 14000],
    [1268, '万吨', '亿斤', 253.6],
    [1200, '万人', '人', 12_000_000],
    [5, '%', '%', 5],
  ])('%d %s → %s is %d', (value, from, to, expected) => {
    expect(convert(value, from, to)).toBe(expected);
  });

  it.each([
    ['%', '亿元'],
    ['%', '个百分点'],
    ['亿元', '亿美元'],
    ['万人', '万吨'],
    ['', '%'],
  ])('does not convert %s to %s', (from, to) => {
    expect(convert(1, from, to)).toBeNull();
    expect(unitsCompatible(from, to)).toBe(false);
  });
});

describe('isRateUnit', () => {
  it.each([
    ['%', true],
    ['个百分点', true],
    ['万人', false],
    ['亿元', false],
  ])('%s → %s', (unit, expected) => {
    expect(isRateUnit(unit)).toBe(expected);
  });
});

describe('sameQuantity', () => {
  it('agrees across a scaled unit', () => {
    expect(sameQuantity({ value: 134.9, unit: '万亿元' }, { value: 1349000, unit: '亿元' })).toBe(true);
  });

  it('lets a rounded amount agree with a precise one at the rounded precision', () => {
    expect(sameQuantity({ value: 1.4, unit: '万亿斤' }, { value: 14130, unit: '亿斤' })).toBe(true);
    expect(sameQuantity({ value: 14130, unit: '亿斤' }, { value: 1.4, unit: '万亿斤' })).toBe(true);
  });

  it('does not let a rounded amount agree beyond its precision', () => {
    expect(sameQuantity({ value: 1.4, unit: '万亿斤' }, { value: 14500, unit: '亿斤' })).toBe(false);
  });

  it('gives rates no rounding allowance: 5% is not 5.2%', () => {
    expect(sameQuantity({ value: 5, unit: '%' }, { value: 5.2, unit: '%' })).toBe(false);
  });

  it('never agrees across units that do not compare', () => {
    expect(sameQuantity({ value: 5, unit: '%' }, { value: 5, unit: '个百分点' })).toBe(false);
  });
});
