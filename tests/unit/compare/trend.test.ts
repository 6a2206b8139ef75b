// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { yearFigures } from '@/lib/compare/figures';
import { trendSeries } from '@/lib/compare/trend';
import { record } from '../helpers/builders';

const grain = (year: number, kind: 'target' | 'result', value: number, unit: string) =>
  record({
    year,
    kind,
    indicator: 'grain_output',
    region: '全国',
    value,
    unit,
    qualifier: kind === 'target' ? '以上' : null,
  });

describe('trendSeries', () => {
  it('puts every figure in the latest unit so one source writing 亿斤 does not leave the chart', () => {
    const years = [
      yearFigures(2022, [grain(2022, 'target', 1.3, '万亿斤'), grain(2022, 'result', 13731, '亿斤')]),
      yearFigures(2023, [grain(2023, 'target', 1.3, '万亿斤'), grain(2023, 'result', 1.39, '万亿斤')]),
    ];
    const s = trendSeries(years);
    expect(s.unit).toBe('万亿斤');
    expect(s.points.map((p) => [p.year, p.target?.low, p.target?.high, p.result?.value, p.verdict])).toEqual([
      [2022, 1.3, 1.3, 1.3731, 'met'],
      [2023, 1.3, 1.3, 1.39, 'met'],
    ]);
  });

  it('uses the unit asked for', () => {
    const s = trendSeries([yearFigures(2023, [grain(2023, 'result', 1.39, '万亿斤')])], '亿斤');
    expect(s.points[0].result?.value).toBe(13900);
  });

  it('keeps a range target as its two ends', () => {
    const s = trendSeries([yearFigures(2026, [record({ year: 2026, kind: 'target', value: 4.5, valueMax: 5 })])]);
    expect(s.points[0].target).toMatchObject({ low: 4.5, high: 5 });
  });

  it('leaves out years with nothing to plot, and figures in words', () => {
    const s = trendSeries([
      yearFigures(2021, []),
      yearFigures(2022, [record({ year: 2022, kind: 'target', value: undefined, unit: '', text: '与经济增长同步' })]),
      yearFigures(2023, [record({ year: 2023, kind: 'result', value: 5.2, estimate: true })]),
    ]);
    expect(s.points.map((p) => [p.year, p.target, p.result?.value, p.result?.estimate])).toEqual([
      [2023, null, 5.2, true],
    ]);
  });

  it('is empty when no figure has a number', () => {
    expect(trendSeries([])).toEqual({ unit: null, points: [] });
  });
});
