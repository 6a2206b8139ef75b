// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildComparisonTable } from '@/lib/compare/table';
import { record } from '../helpers/builders';

describe('buildComparisonTable', () => {
  const records = [
    record({ year: 2023, kind: 'target', value: 5, qualifier: '左右' }),
    record({ year: 2023, kind: 'result', value: 5.2 }),
    record({ year: 2024, kind: 'target', value: 5, qualifier: '左右' }),
    record({ year: 2024, kind: 'result', value: 4.8 }),
    record({ year: 2025, kind: 'target', value: 5, qualifier: '以上' }),
    record({ year: 2024, kind: 'target', indicator: 'cpi', value: 3, qualifier: '左右' }),
    record({ year: 2024, kind: 'result', indicator: 'cpi', value: 0.1 }),
    record({ year: 2025, kind: 'target', indicator: 'other:服务业增加值', value: 5.5, qualifier: '左右' }),
    record({ year: 2024, kind: 'target', region: '上海', value: 5, qualifier: '左右' }),
  ];

  it('has the years with records for the region, ascending, and the indicators in standard order', () => {
    const t = buildComparisonTable(records, { region: '北京' });
    expect(t.region).toBe('北京');
    expect(t.years).toEqual([2023, 2024, 2025]);
    expect(t.rows.map((r) => [r.indicator, r.direction])).toEqual([
      ['gdp_growth', 'floor'],
      ['cpi', 'ceiling'],
      ['other:服务业增加值', 'unknown'],
    ]);
  });

  it('gives each cell its target, result, verdict and margin', () => {
    const gdp = buildComparisonTable(records, { region: '北京' }).rows[0];
    expect(
      gdp.cells.map((c) => [c.year, c.target?.value ?? null, c.result?.value ?? null, c.verdict, c.margin]),
    ).toEqual([
      [2023, 5, 5.2, 'met', 0.2],
      [2024, 5, 4.8, 'roughly-met', -0.2],
      [2025, 5, null, null, null],
    ]);
  });

  it('shows missing data as null, never 0', () => {
    const cpi = buildComparisonTable(records, { region: '北京' }).rows[1];
    expect(cpi.cells[0]).toMatchObject({
      year: 2023,
      target: null,
      result: null,
      verdict: null,
      margin: null,
      marginUnit: null,
      targetChange: null,
    });
  });

  it('gives the change of target from the year before', () => {
    const gdp = buildComparisonTable(records, { region: '北京' }).rows[0];
    expect(gdp.cells[0].targetChange).toBeNull();
    expect(gdp.cells[1].targetChange).toMatchObject({ delta: 0, change: 'unchanged', qualifierChanged: false });
    expect(gdp.cells[2].targetChange).toMatchObject({ delta: 0, change: 'unchanged', qualifierChanged: true });
  });

  it('reads the year before from the records even when that year is not a column', () => {
    const gdp = buildComparisonTable(records, { region: '北京', years: [2024] }).rows[0];
    expect(gdp.cells).toHaveLength(1);
    expect(gdp.cells[0].targetChange).toMatchObject({ delta: 0 });
  });

  it('keeps only the chosen years and the indicators with a figure in them', () => {
    const t = buildComparisonTable(records, { region: '北京', years: [2025, 2023, 2025] });
    expect(t.years).toEqual([2023, 2025]);
    expect(t.rows.map((r) => r.indicator)).toEqual(['gdp_growth', 'other:服务业增加值']);
  });

  it('gives no verdict for an indicator without a direction', () => {
    const t = buildComparisonTable(
      [
        record({ year: 2024, kind: 'target', indicator: 'other:服务业增加值', value: 5.5, qualifier: '左右' }),
        record({ year: 2024, kind: 'result', indicator: 'other:服务业增加值', value: 6 }),
      ],
      { region: '北京' },
    );
    expect(t.rows[0].cells[0]).toMatchObject({ verdict: 'unknown', margin: null });
  });

  it('marks an estimate', () => {
    const t = buildComparisonTable(
      [
        record({ year: 2024, kind: 'target', value: 6, qualifier: '左右' }),
        record({ year: 2024, kind: 'result', value: 6, estimate: true }),
      ],
      { region: '北京' },
    );
    expect(t.rows[0].cells[0]).toMatchObject({ verdict: 'met', estimate: true });
  });

  it('keeps both sources of a disputed result', () => {
    const official = record({ year: 2024, kind: 'result', value: 5.2, source: { url: 'o', type: 'official' } });
    const mirror = record({ year: 2024, kind: 'result', value: 5.3, source: { url: 'm', type: 'mirror' } });
    const cell = buildComparisonTable([mirror, official], { region: '北京' }).rows[0].cells[0];
    expect(cell).toMatchObject({ disputed: true, result: official });
    expect(cell.results).toEqual([official, mirror]);
  });

  it('is empty for a region without records', () => {
    expect(buildComparisonTable(records, { region: '广东' })).toEqual({ region: '广东', years: [], rows: [] });
  });
});
