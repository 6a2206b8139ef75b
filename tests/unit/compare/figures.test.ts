// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  byPreference,
  consistentFigures,
  isDisputed,
  RecordIndex,
  sameFigure,
  yearFigures,
} from '@/lib/compare/figures';
import { record } from '../helpers/builders';

describe('byPreference', () => {
  it('puts the user first, then final figures, then official sources, then news, then mirrors', () => {
    const mirror = record({ id: 'a', year: 2024, kind: 'result', source: { url: 'm', type: 'mirror' } });
    const news = record({ id: 'b', year: 2024, kind: 'result', source: { url: 'n', type: 'news' } });
    const official = record({ id: 'c', year: 2024, kind: 'result', source: { url: 'o', type: 'official' } });
    const estimate = record({
      id: 'd',
      year: 2024,
      kind: 'result',
      estimate: true,
      source: { url: 'e', type: 'official' },
    });
    const user = record({ id: 'e', year: 2024, kind: 'result', origin: 'user', source: { url: 'u', type: 'news' } });
    expect(byPreference([mirror, news, estimate, official, user]).map((r) => r.id)).toEqual(['e', 'c', 'b', 'a', 'd']);
  });
});

describe('sameFigure', () => {
  it('compares numbers after unit scaling', () => {
    const a = record({ year: 2024, kind: 'result', indicator: 'gdp_total', value: 134.9, unit: '万亿元' });
    const b = record({ year: 2024, kind: 'result', indicator: 'gdp_total', value: 1349000, unit: '亿元' });
    expect(sameFigure(a, b)).toBe(true);
  });

  it('a range is not the same as a point', () => {
    expect(
      sameFigure(
        record({ year: 2024, kind: 'target', value: 5 }),
        record({ year: 2024, kind: 'target', value: 5, valueMax: 5.5 }),
      ),
    ).toBe(false);
  });

  it('compares words with words', () => {
    const a = record({ year: 2024, kind: 'target', value: undefined, unit: '', text: '与经济增长同步' });
    expect(sameFigure(a, { ...a })).toBe(true);
    expect(sameFigure(a, { ...a, text: '基本同步' })).toBe(false);
  });
});

describe('isDisputed', () => {
  it('two sources with different numbers are disputed', () => {
    expect(
      isDisputed([
        record({ year: 2023, kind: 'result', value: 5.2 }),
        record({ year: 2023, kind: 'result', value: 5.3 }),
      ]),
    ).toBe(true);
  });

  it('a record marked conflictsWith is disputed', () => {
    expect(isDisputed([record({ year: 2023, kind: 'result', conflictsWith: ['x'] })])).toBe(true);
  });

  it('different measures are not a dispute', () => {
    expect(
      isDisputed([
        record({ year: 2023, kind: 'result', value: 5.2, measure: '年均' }),
        record({ year: 2023, kind: 'result', value: 5.1, measure: '年末' }),
      ]),
    ).toBe(false);
  });

  it('an estimate revised by the final figure is not a dispute', () => {
    expect(
      isDisputed([
        record({ year: 2023, kind: 'result', value: 5.2, estimate: true }),
        record({ year: 2023, kind: 'result', value: 5.4 }),
      ]),
    ).toBe(false);
  });
});

describe('yearFigures', () => {
  it('pairs the target with the result and judges them', () => {
    const target = record({ year: 2023, kind: 'target', value: 5, qualifier: '左右' });
    const result = record({ year: 2023, kind: 'result', value: 5.2 });
    const y = yearFigures(2023, [target, result]);
    expect(y).toMatchObject({ year: 2023, target, result, targets: [target], results: [result], disputed: false });
    expect(y.judgements).toHaveLength(1);
    expect(y.judgements[0]).toMatchObject({ verdict: 'met', margin: 0.2, target, result });
  });

  it('keeps every source when they disagree and judges each distinct pair', () => {
    const target = record({ year: 2023, kind: 'target', value: 5, qualifier: '左右' });
    const official = record({ year: 2023, kind: 'result', value: 5.2, source: { url: 'o', type: 'official' } });
    const mirror = record({
      year: 2023,
      kind: 'result',
      value: 4.6,
      conflictsWith: [official.id],
      source: { url: 'm', type: 'mirror' },
    });
    const y = yearFigures(2023, [mirror, target, official]);
    expect(y.disputed).toBe(true);
    expect(y.result).toBe(official);
    expect(y.results).toEqual([official, mirror]);
    expect(y.judgements.map((j) => [j.result.id, j.verdict])).toEqual([
      [official.id, 'met'],
      [mirror.id, 'missed'],
    ]);
  });

  it('judges two sources quoting the same figure once', () => {
    const target = record({ year: 2023, kind: 'target', value: 5, qualifier: '左右' });
    const a = record({ year: 2023, kind: 'result', value: 5.2 });
    const b = record({ year: 2023, kind: 'result', value: 5.2, source: { url: 'n', type: 'news' } });
    expect(yearFigures(2023, [target, a, b]).judgements).toHaveLength(1);
  });

  it('pairs only matching measures', () => {
    const target = record({
      year: 2023,
      kind: 'target',
      indicator: 'urban_unemployment',
      value: 5.5,
      qualifier: '左右',
      measure: '年均',
    });
    const average = record({
      year: 2023,
      kind: 'result',
      indicator: 'urban_unemployment',
      value: 5.2,
      measure: '年均',
    });
    const yearEnd = record({
      year: 2023,
      kind: 'result',
      indicator: 'urban_unemployment',
      value: 5.1,
      measure: '年末',
    });
    const y = yearFigures(2023, [target, average, yearEnd]);
    expect(y.judgements.map((j) => j.result)).toEqual([average]);
  });

  it('has nulls and empty lists when nothing is stored', () => {
    expect(yearFigures(2020, [])).toEqual({
      year: 2020,
      target: null,
      result: null,
      targets: [],
      results: [],
      judgements: [],
      disputed: false,
    });
  });
});

describe('RecordIndex', () => {
  it('finds records by region, indicator and year', () => {
    const a = record({ year: 2023, kind: 'result' });
    const b = record({ year: 2024, kind: 'target' });
    const c = record({ year: 2024, kind: 'target', region: '上海' });
    const index = new RecordIndex([a, b, c]);
    expect(index.get('北京', 'gdp_growth', 2024)).toEqual([b]);
    expect([...index.years('北京', 'gdp_growth').keys()]).toEqual([2023, 2024]);
    expect(index.get('广东', 'gdp_growth', 2024)).toEqual([]);
    expect(index.regions()).toEqual(['北京', '上海']);
  });
});

describe('consistentFigures', () => {
  const total = (value: number, unit: string, qualifier: '以上' | '以内' | null = null) =>
    record({ year: 2024, kind: 'result', indicator: 'gdp_total', value, unit, qualifier });

  it.each([
    ['13.57万亿元 and 突破13万亿元 (以上) can both be true', total(13.57, '万亿元'), total(13, '万亿元', '以上'), true],
    ['12.8万亿元 and 突破13万亿元 cannot', total(12.8, '万亿元'), total(13, '万亿元', '以上'), false],
    ['突破13万亿元 and 突破130000亿元 can', total(13, '万亿元', '以上'), total(130000, '亿元', '以上'), true],
    ['13万亿元以内 and 12.8万亿元 can', total(13, '万亿元', '以内'), total(12.8, '万亿元'), true],
    ['13.57万亿元 and 135700亿元 can', total(13.57, '万亿元'), total(135700, '亿元'), true],
    ['13.57万亿元 and 13.6万亿元 can (13.6 is 13.57 rounded)', total(13.57, '万亿元'), total(13.6, '万亿元'), true],
    ['13.57万亿元 and 13.7万亿元 cannot', total(13.57, '万亿元'), total(13.7, '万亿元'), false],
  ])('results: %s', (_name, a, b, expected) => {
    expect(consistentFigures(a, b, 'result')).toBe(expected);
  });

  it('targets must be the same figure: 5%以上 and 5.5%以上 are different plans', () => {
    const a = record({ year: 2024, kind: 'target', value: 5, qualifier: '以上' });
    const b = record({ year: 2024, kind: 'target', value: 5.5, qualifier: '以上' });
    expect(consistentFigures(a, b, 'target')).toBe(false);
  });

  it('an open result consistent with a point is not a dispute', () => {
    expect(isDisputed([total(13.57, '万亿元'), total(13, '万亿元', '以上')])).toBe(false);
  });
});
