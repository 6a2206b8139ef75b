// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { diffTargets } from '@/lib/compare/diff';
import { record } from '../helpers/builders';

describe('diffTargets', () => {
  const y2024 = [
    record({ year: 2024, kind: 'target', indicator: 'gdp_growth', value: 5, qualifier: '左右' }),
    record({ year: 2024, kind: 'target', indicator: 'cpi', value: 3, qualifier: '左右' }),
    record({ year: 2024, kind: 'target', indicator: 'energy_intensity', value: 2.5, qualifier: '左右' }),
    record({ year: 2024, kind: 'target', indicator: 'urban_unemployment', value: 5.5, qualifier: '左右' }),
    record({
      year: 2024,
      kind: 'target',
      indicator: 'disposable_income_growth',
      value: undefined,
      unit: '',
      text: '与经济增长同步',
    }),
    record({ year: 2024, kind: 'result', indicator: 'gdp_growth', value: 5.2 }),
  ];
  const y2025 = [
    record({ year: 2025, kind: 'target', indicator: 'gdp_growth', value: 4.5, valueMax: 5 }),
    record({ year: 2025, kind: 'target', indicator: 'cpi', value: 2, qualifier: '左右' }),
    record({ year: 2025, kind: 'target', indicator: 'urban_unemployment', value: 5.5, qualifier: '左右' }),
    record({ year: 2025, kind: 'target', indicator: 'carbon_intensity', value: 3.8, qualifier: '左右' }),
    record({ year: 2025, kind: 'target', indicator: 'disposable_income_growth', value: 5, qualifier: '左右' }),
  ];
  const d = diffTargets(y2024, y2025);
  const ids = (list: typeof d.added) => list.map((e) => e.indicator);

  it('lists targets that are new in year B', () => {
    expect(ids(d.added)).toEqual(['carbon_intensity']);
    expect(d.added[0]).toMatchObject({ from: null, change: null });
  });

  it('lists targets that year B dropped', () => {
    expect(ids(d.dropped)).toEqual(['energy_intensity']);
    expect(d.dropped[0]).toMatchObject({ to: null, change: null });
  });

  it('lists raised and lowered targets by their midpoints', () => {
    expect(ids(d.raised)).toEqual([]);
    expect(ids(d.lowered)).toEqual(['gdp_growth', 'cpi']);
    expect(d.lowered[0].change).toMatchObject({ delta: -0.25, ambition: 'less' });
    expect(d.lowered[1].change).toMatchObject({ delta: -1, ambition: 'more' });
  });

  it('lists unchanged targets', () => {
    expect(ids(d.unchanged)).toEqual(['urban_unemployment']);
  });

  it('lists targets that changed from words to a number as changed, not as raised', () => {
    expect(ids(d.changed)).toEqual(['disposable_income_growth']);
  });

  it('ignores results', () => {
    expect(
      [...d.added, ...d.dropped, ...d.raised, ...d.lowered, ...d.unchanged, ...d.changed].every(
        (e) => (e.from ?? e.to)?.kind === 'target',
      ),
    ).toBe(true);
  });

  it('says when sources disagree on a side', () => {
    const a = record({ year: 2024, kind: 'target', value: 5, qualifier: '左右' });
    const b = record({
      year: 2025,
      kind: 'target',
      value: 5,
      qualifier: '左右',
      source: { url: 'o', type: 'official' },
    });
    const c = record({ year: 2025, kind: 'target', value: 5.5, qualifier: '左右', source: { url: 'n', type: 'news' } });
    const diff = diffTargets([a], [c, b]);
    expect(diff.unchanged).toEqual([expect.objectContaining({ from: a, to: b, disputed: true })]);
  });
});
