// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatFigure } from '@/lib/compare/format';
import { tableToCsv, tableToMarkdown } from '@/lib/compare/export';
import { buildComparisonTable } from '@/lib/compare/table';
import { record } from '../helpers/builders';

const records = [
  record({
    year: 2023,
    kind: 'target',
    value: 5,
    qualifier: '左右',
    source: { url: 'https://gov.test/2023', title: '2023年政府工作报告' },
  }),
  record({
    year: 2023,
    kind: 'result',
    value: 5.2,
    qualifier: null,
    source: { url: 'https://gov.test/2024', title: '2024年政府工作报告' },
  }),
  record({
    year: 2024,
    kind: 'target',
    value: 5,
    qualifier: '左右',
    source: { url: 'https://gov.test/2024', title: '2024年政府工作报告' },
  }),
  record({
    year: 2024,
    kind: 'target',
    indicator: 'cpi',
    value: 3,
    qualifier: '左右',
    source: { url: 'https://gov.test/2024' },
  }),
];
const table = buildComparisonTable(records, { region: '北京' });

describe('formatFigure', () => {
  it.each([
    [{ indicator: 'gdp_growth', value: 5, unit: '%', qualifier: '左右' }, '5%左右'],
    [{ indicator: 'gdp_growth', value: 4.5, valueMax: 5, unit: '%' }, '4.5–5%'],
    [{ indicator: 'new_urban_jobs', value: 1200, unit: '万人', qualifier: '以上' }, '1200万人以上'],
    [{ indicator: 'new_urban_jobs', value: 28, unit: '万人', qualifier: '不低于' }, '不低于28万人'],
    [{ indicator: 'disposable_income_growth', unit: '', text: '与经济增长同步' }, '与经济增长同步'],
  ] as const)('%o → %s', (figure, text) => {
    expect(formatFigure(figure)).toBe(text);
  });
});

describe('tableToCsv', () => {
  it('writes one line per indicator and year with a figure, sources included, missing cells empty', () => {
    expect(tableToCsv(table).split('\r\n')).toEqual([
      'Region,Indicator,Year,Target,Result,Verdict,Margin,Margin unit,Target change,estimate,Sources disagree,Target source,Result source',
      '北京,gdp_growth,2023,5%左右,5.2%,met,0.2,pp,,,,https://gov.test/2023,https://gov.test/2024',
      '北京,gdp_growth,2024,5%左右,,,,,0,,,https://gov.test/2024,',
      '北京,cpi,2024,3%左右,,,,,,,,https://gov.test/2024,',
      '',
    ]);
  });

  it('takes translated labels and indicator names', () => {
    const csv = tableToCsv(table, {
      labels: {
        region: '地区',
        indicator: '指标',
        verdicts: { met: '完成', 'roughly-met': '基本完成', missed: '未完成', unknown: '无法比较' },
      },
      indicatorLabel: (i) => (i === 'gdp_growth' ? '地区生产总值增长' : i),
    });
    expect(csv.split('\r\n')[1]).toBe(
      '北京,地区生产总值增长,2023,5%左右,5.2%,完成,0.2,pp,,,,https://gov.test/2023,https://gov.test/2024',
    );
  });

  it('quotes commas, quotes and line breaks', () => {
    const csv = tableToCsv(table, { indicatorLabel: () => 'GDP, "real"\ngrowth' });
    expect(csv.split('\r\n')[1].startsWith('北京,"GDP, ""real""\ngrowth",2023,')).toBe(true);
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    const csv = tableToCsv(table, { indicatorLabel: () => '=HYPERLINK("x")' });
    expect(csv.split('\r\n')[1].startsWith(`北京,"'=HYPERLINK(""x"")",`)).toBe(true);
  });

  it('keeps a negative figure a figure', () => {
    const cpi = buildComparisonTable(
      [
        record({
          year: 2024,
          kind: 'result',
          indicator: 'cpi',
          value: -0.1,
          qualifier: null,
          source: { url: 'https://gov.test/2025' },
        }),
      ],
      { region: '北京' },
    );
    expect(tableToCsv(cpi).split('\r\n')[1]).toBe('北京,cpi,2024,,-0.1%,,,,,,,,https://gov.test/2025');
  });

  it('can start with a byte-order mark for spreadsheet programs', () => {
    expect(tableToCsv(table, { bom: true }).startsWith('\uFEFFRegion,')).toBe(true);
  });
});

describe('tableToMarkdown', () => {
  it('draws indicators × years with numbered sources under the table', () => {
    expect(tableToMarkdown(table)).toBe(
      [
        '| Indicator | 2023 | 2024 |',
        '| --- | --- | --- |',
        '| gdp_growth | Target 5%左右 · Result 5.2% · met +0.2 pp · [1][2] | Target 5%左右 · [2] |',
        '| cpi |  | Target 3%左右 · [2] |',
        '',
        'Sources:',
        '',
        '1. [2023年政府工作报告](https://gov.test/2023)',
        '2. [2024年政府工作报告](https://gov.test/2024)',
        '',
      ].join('\n'),
    );
  });

  it('escapes pipes in cells', () => {
    expect(tableToMarkdown(table, { indicatorLabel: () => 'a|b' })).toContain('| a\\|b |');
  });

  it('says when a result is an estimate and when sources disagree', () => {
    const t = buildComparisonTable(
      [
        record({ year: 2024, kind: 'target', value: 6, qualifier: '左右', source: { url: 'https://a.test' } }),
        record({
          year: 2024,
          kind: 'result',
          value: 6,
          qualifier: null,
          estimate: true,
          source: { url: 'https://a.test' },
        }),
        record({
          year: 2024,
          kind: 'target',
          value: 6.5,
          qualifier: '左右',
          source: { url: 'https://b.test', type: 'mirror' },
        }),
      ],
      { region: '北京' },
    );
    expect(tableToMarkdown(t)).toContain('Result 6% (estimate) · met 0 pp · Sources disagree · [1][2]');
  });
});
