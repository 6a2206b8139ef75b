// @vitest-environment node
// The official-text adapter: what the reader says about a text becomes pack records — one figure per cell, only
// this year's targets and last year's results of the report's own region, each with the exact quote and the page.
import { describe, expect, it } from 'vitest';
import {
  adaptOfficialTexts,
  deliveredOn,
  type OfficialText,
  ofAZone,
  qualitativeGdpResult,
  qualitativeGdpTarget,
  qualitativeTargets,
  reportYearOf,
} from '@/lib/pack/adapters/official-texts';
import { buildPack } from '@/lib/pack/build';
import { parsePack } from '@/lib/pack/format';
import type { ReadInput, ReadResult } from '@/lib/reader';
import type { Statement } from '@/lib/model';
import { statement } from '../helpers/builders';
import { context, fold, regionsJson } from './fixtures';

// Our own sentences, shaped like a report: the review, then the target block.
const REPORT = [
  '2024年1月21日在北京市第十六届人民代表大会第二次会议上',
  '过去一年，全市地区生产总值增长5.2%，居民消费价格上涨0.4%。',
  '科技投入相当于地区生产总值的比例保持在6%左右。',
  '今年经济社会发展的主要预期目标是：地区生产总值增长5%左右，城镇调查失业率控制在5%以内。',
].join('\n');

const doc = (extra: Partial<OfficialText> = {}): OfficialText => ({
  region: '北京',
  year: 2024,
  file: '北京/2024.md',
  url: 'https://example.gov.cn/bj-2024',
  title: '北京市2024年政府工作报告',
  origin: 'github someone/texts 北京市/2024.md',
  text: REPORT,
  ...extra,
});

/** A statement at the first occurrence of `quote` in REPORT (or `text`). */
function said(quote: string, fields: Partial<Statement>, text = REPORT): Statement {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`not in the text: ${quote}`);
  return statement({ year: 2024, qualifier: null, quote, start, ...fields });
}

const reader =
  (statements: Statement[]) =>
  (input: ReadInput): ReadResult => {
    expect(input.known).toEqual({ region: '北京', year: 2024 });
    return { detection: { isReport: true, regions: ['北京'], year: 2024, confidence: 1 }, statements };
  };

describe('adaptOfficialTexts', () => {
  it('tells the reader whose report it is and keeps the quote, the page and the date it was delivered', () => {
    const { items } = adaptOfficialTexts(
      [doc()],
      context(),
      reader([said('地区生产总值增长5%左右', { qualifier: '左右' })]),
    );
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      region: '北京',
      year: 2024,
      indicator: 'gdp_growth',
      kind: 'target',
      value: 5,
      qualifier: '左右',
      origin: 'pack',
      source: {
        url: 'https://example.gov.cn/bj-2024',
        title: '北京市2024年政府工作报告',
        quote: '地区生产总值增长5%左右',
        type: 'official',
        publishedAt: '2024-01-21',
      },
    });
  });

  it('leaves out, by reason, what is not this report’s own figure for its year', () => {
    const { items, dropped } = adaptOfficialTexts(
      [doc()],
      context(),
      reader([
        said('地区生产总值增长5.2%', { kind: 'result', year: 2023, value: 5.2 }),
        said('地区生产总值增长5.2%', { kind: 'result', year: 2023, value: 5.2, confidence: 0.3 }),
        said('地区生产总值增长5.2%', { kind: 'result', year: 2019, value: 5.2 }),
        said('地区生产总值增长5.2%', { kind: 'result', year: 2023, value: 5.2, region: '重庆' }),
        said('地区生产总值的比例保持在6%左右', { value: 6, qualifier: '左右' }),
        said('地区生产总值增长5.2%', { kind: 'result', year: 2023, value: 52 }),
        said('地区生产总值增长5.2%', { indicator: 'other:科技投入增长', value: 6 }),
      ]),
    );
    expect(items.map((r) => `${r.kind} ${r.year} ${r.value}`)).toEqual(['result 2023 5.2']);
    expect(dropped).toMatchObject({
      'official-uncertain': 1,
      'official-other-year': 1,
      'official-other-region': 1,
      'official-share-or-milestone': 1,
      'official-implausible-value': 1,
      'official-nonstandard-indicator': 1,
    });
  });

  it('keeps one figure per cell: the target block beats a passing mention, and a tie leaves the cell out', () => {
    const text = `${REPORT}\n要确保地区生产总值增长5.5%，稳住基本盘。`;
    const passing = said('地区生产总值增长5.5%', { value: 5.5 }, text);
    const block = said('地区生产总值增长5%左右', { qualifier: '左右' }, text);
    const one = adaptOfficialTexts([doc({ text })], context(), reader([passing, block]));
    expect(one.items.map((r) => r.source.quote)).toEqual(['地区生产总值增长5%左右']);

    const a = said('地区生产总值增长5.2%', { kind: 'result', year: 2023, value: 5.2 }, text);
    const b = said('地区生产总值增长5.5%', { kind: 'result', year: 2023, value: 5.5 }, text);
    const none = adaptOfficialTexts([doc({ text })], context(), reader([a, b]));
    expect(none.items).toEqual([]);
    expect(none.dropped['official-ambiguous-cell']).toBe(2);
  });

  it('writes a statement repeated in one text once', () => {
    const text = `${REPORT}\n地区生产总值增长5%左右。`;
    const first = said('地区生产总值增长5%左右', { qualifier: '左右' }, text);
    const again = { ...first, start: text.lastIndexOf('地区生产总值增长5%左右') };
    const { items, dropped } = adaptOfficialTexts([doc({ text })], context(), reader([first, again]));
    expect(items).toHaveLength(1);
    expect(dropped['official-repeat']).toBe(1);
  });

  it('cites the repository file when the text has no page address', () => {
    const { items } = adaptOfficialTexts(
      [doc({ url: null, title: null })],
      context(),
      reader([said('地区生产总值增长5%左右', { qualifier: '左右' })]),
    );
    expect(items[0].source).toMatchObject({
      url: 'https://github.com/someone/texts/blob/HEAD/北京市/2024.md',
      type: 'official_via_repo',
      title: '北京2024年政府工作报告',
    });
  });

  it('records a GDP target without a number as qualitative', () => {
    const text = '今年主要预期目标是：地区生产总值增长与全国保持同步，就业稳定。';
    expect(qualitativeGdpTarget(text)).toBe('地区生产总值增长与全国保持同步');
    expect(qualitativeGdpTarget('今年主要预期目标是：地区生产总值增长6%左右。')).toBeUndefined();
    const { items } = adaptOfficialTexts([doc({ text })], context(), reader([]));
    expect(items).toEqual([
      expect.objectContaining({
        indicator: 'gdp_growth',
        kind: 'target',
        text: '地区生产总值增长与全国保持同步',
        unit: '',
      }),
    ]);
    expect(items[0].value).toBeUndefined();
  });

  it('reads a plain text end to end with the project reader', () => {
    const { items } = adaptOfficialTexts([doc()], context());
    const target = items.find((r) => r.indicator === 'gdp_growth' && r.kind === 'target');
    expect(target).toMatchObject({ year: 2024, value: 5, qualifier: '左右' });
    for (const r of items) expect(REPORT).toContain(r.source.quote);
  });
});

describe('ofAZone', () => {
  it('tells a zone’s figure from the region’s own', () => {
    const text = '全市地区生产总值增长5%，合作区地区生产总值增长10%。';
    const at = (q: string) => ({ start: text.indexOf(q), quote: q });
    expect(ofAZone(text, at('地区生产总值增长5%'))).toBe(false);
    expect(ofAZone(text, at('地区生产总值增长10%'))).toBe(true);
    expect(ofAZone('经开区工业增加值增长9%', { start: 0, quote: '经开区工业增加值增长9%' })).toBe(true);
  });
});

describe('qualitativeTargets', () => {
  it('finds targets stated in words in the target block, and only there', () => {
    const text = [
      '过去一年，居民收入增长与经济增长同步。',
      '今年主要预期目标是：地区生产总值增长6%左右，居民收入增长与经济增长基本同步，单位地区生产总值能耗完成国家下达的目标任务。',
    ].join('\n');
    expect(qualitativeTargets(text)).toEqual([
      { indicator: 'disposable_income_growth', clause: '居民收入增长与经济增长基本同步' },
      { indicator: 'energy_intensity', clause: '单位地区生产总值能耗完成国家下达的目标任务' },
    ]);
    expect(qualitativeTargets('居民收入增长与经济增长同步。')).toEqual([]);
    const more =
      '主要预期目标是：一般公共预算收入、居民人均可支配收入增长与经济增长保持同步，固定资产投资实现正增长，粮食产量保持稳定，外贸进出口促稳提质。';
    expect(qualitativeTargets(more).map((q) => q.indicator)).toEqual([
      'disposable_income_growth',
      'fiscal_revenue_growth',
      'fixed_investment_growth',
      'foreign_trade_growth',
      'grain_output',
    ]);
    expect(qualitativeTargets('主要预期目标是：固定资产投资增长5%左右。')).toEqual([]);
  });
});

describe('levels out of series', () => {
  it('leaves out a level far from the same region’s other years (a five-year total read as one year’s)', () => {
    const undated = REPORT.split('\n').slice(1).join('\n');
    const docs = [2022, 2023, 2024, 2025].map((year) =>
      doc({ year, file: `北京/${year}.md`, url: `https://example.gov.cn/bj-${year}`, text: undated }),
    );
    const jobs = { 2022: 26, 2023: 27, 2024: 135, 2025: 28 } as Record<number, number>;
    const read = (input: ReadInput): ReadResult => {
      const year = input.known?.year ?? 0;
      const s = said(
        '地区生产总值增长5.2%',
        { kind: 'result', year: year - 1, indicator: 'new_urban_jobs', value: jobs[year], unit: '万人' },
        undated,
      );
      return { detection: { isReport: true, regions: ['北京'], year, confidence: 1 }, statements: [s] };
    };
    const { items, dropped } = adaptOfficialTexts(docs, context(), read);
    expect(items.map((r) => r.value)).toEqual([26, 27, 28]);
    expect(dropped['official-out-of-series']).toBe(1);
  });

  it('leaves out a figure stated as where a period started (从…)', () => {
    const text = `${REPORT}\n地区生产总值从3万亿元增加到4万亿元。`;
    const from = said(
      '地区生产总值从3万亿元',
      { kind: 'result', year: 2023, indicator: 'gdp_total', value: 3, unit: '万亿元' },
      text,
    );
    const { items, dropped } = adaptOfficialTexts([doc({ text })], context(), reader([from]));
    expect(items).toEqual([]);
    expect(dropped['official-share-or-milestone']).toBe(1);
  });
});

describe('qualitativeGdpResult', () => {
  it('reads last year’s GDP growth stated in words in the review, never in the target block', () => {
    expect(qualitativeGdpResult('过去一年，全市地区生产总值预计实现正增长，财政收入稳定。')).toBe(
      '全市地区生产总值预计实现正增长',
    );
    expect(qualitativeGdpResult('预计全省生产总值能够实现7%左右的预期目标。')).toBe(
      '预计全省生产总值能够实现7%左右的预期目标',
    );
    expect(qualitativeGdpResult('今年主要预期目标是：地区生产总值实现正增长。')).toBeUndefined();
    expect(qualitativeGdpResult('我国是主要经济体中唯一实现经济正增长的。')).toBeUndefined();
  });
});

describe('a text filed under another year than its own date', () => {
  const dated = (date: string, year: number) =>
    doc({
      year,
      file: `北京/${year}.md`,
      text: `——${date}在北京市人民代表大会上\n${REPORT.split('\n').slice(1).join('\n')}`,
    });

  it('is the report of the year its opening line states', () => {
    expect(reportYearOf(dated('二〇二五年一月十四日', 2023))).toBe(2025);
    expect(reportYearOf(dated('2024年12月28日', 2022))).toBe(2025);
    expect(reportYearOf(dated('2024年1月21日', 2024))).toBe(2024);
    expect(reportYearOf(dated('2023年12月28日', 2024))).toBe(2024);
  });

  it('is read as that year’s report, or left out when that year’s report is filed too', () => {
    const targets = (texts: OfficialText[]) =>
      adaptOfficialTexts(texts, context(), (input) => ({
        detection: { isReport: true, regions: ['北京'], year: input.known?.year ?? 0, confidence: 1 },
        statements: [said('地区生产总值增长5%左右', { qualifier: '左右', year: input.known?.year ?? 0 })],
      }));
    expect(targets([dated('2022年1月6日', 2021)]).items.map((r) => r.year)).toEqual([2022]);
    const both = targets([dated('2022年1月6日', 2021), dated('2022年1月6日', 2022)]);
    expect(both.items.map((r) => r.year)).toEqual([2022]);
    expect(both.dropped['official-mislabelled-text']).toBe(1);
  });
});

describe('deliveredOn', () => {
  it('reads the delivery date from the opening lines, in the report year or just before', () => {
    expect(deliveredOn('——二〇二五年一月二十四日在会议上', 2025)).toBe('2025-01-24');
    expect(deliveredOn('2025年1月14日在市人民代表大会上', 2025)).toBe('2025-01-14');
    expect(deliveredOn('2018年12月28日在会议上', 2019)).toBe('2018-12-28');
    expect(deliveredOn('2010年3月5日', 2025)).toBeUndefined();
    expect(deliveredOn('各位代表', 2025)).toBeUndefined();
  });
});

describe('buildPack with official texts', () => {
  const handTarget = {
    meta: { description: 'test' },
    entries: [
      {
        region: '北京',
        year: 2024,
        kind: 'target',
        value_low: 5,
        value_high: 5,
        qualifier: '左右',
        source_url: 'https://example.org/news',
        quote: '北京GDP增长5%左右',
        source_type: 'news',
        confidence: 'high',
        published: '2024-01-22',
      },
      {
        region: '北京',
        year: 2023,
        kind: 'actual',
        value_low: 5.3,
        value_high: 5.3,
        qualifier: null,
        source_url: 'https://example.org/news2',
        quote: '北京去年增长5.3%',
        source_type: 'news',
        confidence: 'high',
        published: '2024-01-22',
      },
    ],
  };
  const read = reader([
    said('地区生产总值增长5%左右', { qualifier: '左右' }),
    said('地区生产总值增长5.2%', { kind: 'result', year: 2023, value: 5.2 }),
  ]);
  // buildPack reads with readReport; route it through the stub by pre-reading into the inputs.
  const { pack, summary, parts } = buildPack({
    regions: regionsJson,
    gdpTargets: handTarget,
    officialTexts: [doc()],
    fold,
    read,
  });

  it('joins an agreeing reading to the hand-gathered record: one record, both sources, the hand record’s id', () => {
    const targets = pack.records.filter((r) => r.kind === 'target');
    expect(targets).toHaveLength(1);
    const hand = parts.hand.find((r) => r.kind === 'target');
    expect(targets[0].id).toBe(hand?.id);
    expect(targets[0].source).toMatchObject({ type: 'official', quote: '地区生产总值增长5%左右' });
    expect(targets[0].sources).toEqual([
      expect.objectContaining({ url: 'https://example.org/news', quote: '北京GDP增长5%左右' }),
    ]);
    expect(summary.official).toEqual({ texts: 1, records: 2, merged: 1 });
  });

  it('keeps a disagreeing reading beside the hand-gathered one, both marked as a conflict', () => {
    const results = pack.records.filter((r) => r.kind === 'result');
    expect(results.map((r) => r.value).sort()).toEqual([5.2, 5.3]);
    expect(results.every((r) => r.conflictsWith?.length === 1)).toBe(true);
  });

  it('writes the coverage table and passes its own validator', () => {
    expect(parsePack(pack).ok).toBe(true);
    expect(pack.header.coverage?.regions['北京']?.['2024']).toEqual([1, 0]);
    expect(pack.header.coverage?.regions['北京']?.['2023']).toEqual([0, 1]);
  });
});
