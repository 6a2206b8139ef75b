// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseRecordsCsv, recordsToCsv } from '@/lib/io/csv';
import { record } from '../helpers/builders';

describe('record CSV', () => {
  it('round-trips records with every field, Chinese text, commas, quotes and new lines', () => {
    const records = [
      record({
        id: 'a',
        conflictsWith: ['b'],
        note: '含"引号", 逗号\n和换行',
        estimate: true,
        userEdited: true,
        measure: '年均',
      }),
      record({
        id: 'b',
        value: 4.5,
        valueMax: 5,
        qualifier: null,
        extraQualifier: '力争',
        source: {
          url: 'https://example.test/b',
          title: '标题',
          quote: '4.5%-5%',
          publishedAt: '2025-01-15',
          type: 'official',
          via: 'https://repo.example/x',
        },
      }),
      record({
        id: 'q',
        value: undefined,
        unit: '',
        qualifier: null,
        text: '与经济增长同步',
        indicator: 'disposable_income_growth',
      }),
      record({
        id: 'neg',
        kind: 'result',
        value: -0.3,
        qualifier: null,
        indicator: 'cpi',
        note: '=SUM(A1:A2)',
        origin: 'page',
      }),
    ];
    const csv = recordsToCsv(records);
    expect(csv.startsWith('\uFEFFid,region,year,')).toBe(true);
    const parsed = parseRecordsCsv(csv);
    expect(parsed).toEqual({ ok: true, records });
  });

  it('writes formula-like text with an apostrophe so a spreadsheet shows it as text', () => {
    const csv = recordsToCsv([record({ id: 'x', note: '=HYPERLINK("http://evil")' })]);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });

  it('fills in what a hand-made sheet leaves out: a content id, origin import, the current time', () => {
    const csv =
      'region,year,indicator,kind,value,unit,source_url\n北京,2025,gdp_growth,target,5,%,https://example.test/a\n';
    const parsed = parseRecordsCsv(csv, 42);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.records[0]).toMatchObject({ region: '北京', year: 2025, value: 5, origin: 'import', updatedAt: 42 });
    expect(parsed.records[0].id).toMatch(/^csv-[0-9a-f]{16}$/);
    expect(
      parseRecordsCsv(csv, 43).ok && (parseRecordsCsv(csv, 43) as { records: { id: string }[] }).records[0].id,
    ).toBe(parsed.records[0].id);
  });

  it('names the line and column of each problem', () => {
    const csv = [
      'region,year,indicator,kind,value,unit,source_url',
      '北京,2025,gdp_growth,target,5,%,https://example.test/a',
      '上海,二〇二五,gdp_growth,goal,abc,%,',
    ].join('\n');
    const parsed = parseRecordsCsv(csv);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((p) => p.path)).toEqual([
      'line 3, year',
      'line 3, kind',
      'line 3, value',
      'line 3, source_url',
    ]);
    expect(parsed.problems[1].message).toBe('should be "target" or "result", but is "goal".');
  });

  it('says which required columns a header lacks', () => {
    const parsed = parseRecordsCsv('region,year,value\n北京,2025,5\n');
    expect(parsed).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({
          path: 'line 1',
          message: expect.stringMatching(/lacks the columns indicator, kind, source_url/),
        }),
      ],
    });
  });
});
