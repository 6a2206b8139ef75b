// @vitest-environment node
// The extractor, family by family. Every sentence here is written for these tests in the style of real report
// coverage (not copied from any page). Report year 2025 unless a case says otherwise.
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../lib/extract/index.ts';
import type { Statement } from '../../../lib/model.ts';

type Expected = Partial<
  Pick<Statement, 'region' | 'year' | 'indicator' | 'kind' | 'value' | 'valueMax' | 'unit' | 'qualifier' | 'estimate'>
>;

function read(text: string, region = '江西', year = 2025): Statement[] {
  return extractStatements(text, { regions: [region], year });
}

/** Finds the statement of one indicator (and kind, when given) and checks the fields written out. */
function expectStatement(list: Statement[], want: Expected): void {
  const hit = list.find(
    (s) =>
      s.indicator === want.indicator &&
      (want.kind === undefined || s.kind === want.kind) &&
      (want.value === undefined || s.value === want.value),
  );
  expect(
    hit,
    `no ${want.indicator} ${want.kind ?? ''} ${want.value ?? ''} in ${JSON.stringify(list.map((s) => [s.indicator, s.kind, s.value]))}`,
  ).toBeDefined();
  for (const [k, v] of Object.entries(want)) expect((hit as unknown as Record<string, unknown>)[k], k).toEqual(v);
}

describe('qualifiers', () => {
  it.each([
    ['今年全省主要预期目标是：地区生产总值增长5.5%左右', 'gdp_growth', 5.5, '左右'],
    ['今年全省主要预期目标是：城镇新增就业45万人以上', 'new_urban_jobs', 45, '以上'],
    ['今年全省主要预期目标是：城镇调查失业率控制在5.5%以内', 'urban_unemployment', 5.5, '以内'],
    ['今年三个城市的增速目标分别为不低于5%，其中地区生产总值增长不低于5%', 'gdp_growth', 5, '不低于'],
    ['今年全省主要预期目标是：居民消费价格涨幅3%上下', 'cpi', 3, '上下'],
    ['今年全省主要预期目标是：一般公共预算收入增长4%', 'fiscal_revenue_growth', 4, null],
  ] as const)('%s', (text, indicator, value, qualifier) => {
    expectStatement(read(text), { indicator, value, qualifier, kind: 'target', year: 2025 });
  });
});

describe('ranges', () => {
  it.each([
    ['今年地区生产总值增长目标为5%至5.5%', 5, 5.5],
    ['今年地区生产总值预期增长4.5-5%', 4.5, 5],
    ['今年地区生产总值预期增长5.0%—5.5%', 5, 5.5],
    ['今年地區生產總值預期增長4.5%－5%', 4.5, 5],
    ['今年地區生產總值預期增長百分之四點五至百分之五', 4.5, 5],
  ])('%s', (text, value, valueMax) => {
    expectStatement(read(text), { indicator: 'gdp_growth', kind: 'target', value, valueMax, unit: '%' });
  });
});

describe('years and kinds', () => {
  it('去年 is the year before the report, a result', () => {
    expectStatement(read('报告说，去年全省地区生产总值增长5.1%。'), {
      indicator: 'gdp_growth',
      kind: 'result',
      year: 2024,
      value: 5.1,
    });
  });
  it('过去一年 and 上年 are the year before', () => {
    expectStatement(read('过去一年，城镇新增就业42.3万人。'), {
      indicator: 'new_urban_jobs',
      kind: 'result',
      year: 2024,
      value: 42.3,
    });
    expectStatement(read('上年，规上工业增加值增长6.4%。'), {
      indicator: 'industrial_value_added_growth',
      kind: 'result',
      year: 2024,
    });
  });
  it('比上年 names a base, not a year', () => {
    expectStatement(read('今年预期目标是：社会消费品零售总额比上年增长6%左右。'), {
      indicator: 'retail_sales_growth',
      kind: 'target',
      year: 2025,
    });
  });
  it('今年 is the report year, a target', () => {
    expectStatement(read('今年，固定资产投资增长5%左右。'), {
      indicator: 'fixed_investment_growth',
      kind: 'target',
      year: 2025,
    });
  });
  it('预计 about last year is a result with estimate', () => {
    expectStatement(read('报告指出，预计全省地区生产总值增长5.3%左右。'), {
      indicator: 'gdp_growth',
      kind: 'result',
      year: 2024,
      estimate: true,
      qualifier: '左右',
    });
  });
  it('an explicit year before the report year is a result', () => {
    expectStatement(read('2023年，全省进出口总额增长3.2%。'), {
      indicator: 'foreign_trade_growth',
      kind: 'result',
      year: 2023,
    });
  });
  it('an explicit year in Chinese numerals', () => {
    expectStatement(read('二〇二四年全省粮食产量达到430亿斤。'), {
      indicator: 'grain_output',
      kind: 'result',
      year: 2024,
      value: 430,
      unit: '亿斤',
    });
  });
  it('a target block keeps its year across the items that follow it', () => {
    const list = read('今年经济社会发展的主要预期目标是：地区生产总值增长5%；城镇新增就业40万人；粮食产量430亿斤。');
    expectStatement(list, { indicator: 'gdp_growth', kind: 'target', year: 2025 });
    expectStatement(list, { indicator: 'new_urban_jobs', kind: 'target', year: 2025 });
    expectStatement(list, { indicator: 'grain_output', kind: 'target', year: 2025 });
  });
  it('与去年相同 compares with last year; it does not move the figures after it to last year', () => {
    const list = read('今年經濟成長目標訂在5%左右，與去年相同。報告並提出，城鎮新增就業45萬人以上。');
    expectStatement(list, { indicator: 'gdp_growth', kind: 'target', year: 2025 });
    expectStatement(list, { indicator: 'new_urban_jobs', kind: 'target', year: 2025 });
  });
  it('持平 is a change of zero', () => {
    expectStatement(read('去年居民消费价格与上年基本持平。'), {
      indicator: 'cpi',
      kind: 'result',
      year: 2024,
      value: 0,
    });
  });
});

describe('numbers and units', () => {
  it('full-width digits and percent sign', () => {
    expectStatement(read('今年全省地区生产总值预期增长５．５％左右。'), { indicator: 'gdp_growth', value: 5.5 });
  });
  it('Chinese numerals with 萬 and a traditional unit', () => {
    expectStatement(read('今年城鎮新增就業一千兩百萬人以上。', '全国'), {
      indicator: 'new_urban_jobs',
      value: 1200,
      unit: '万人',
      qualifier: '以上',
    });
  });
  it('億 and 萬億 stay as written, folded to simplified', () => {
    expectStatement(read('去年全省地區生產總值達到2.31萬億元，增長5%。'), {
      indicator: 'gdp_total',
      value: 2.31,
      unit: '万亿元',
    });
  });
  it('兆 after a number (Taiwan media) is 万亿', () => {
    expectStatement(read('去年該市地區生產總值達人民幣4.1兆元。', '上海'), {
      indicator: 'gdp_total',
      value: 4.1,
      unit: '万亿元',
    });
  });
  it('thousands separators and a bare 亿', () => {
    expectStatement(read('去年城镇新增就业1,056万人。', '全国'), { indicator: 'new_urban_jobs', value: 1056 });
    expectStatement(read('去年全省地区生产总值达到8600亿。'), { indicator: 'gdp_total', value: 8600, unit: '亿元' });
  });
  it('a total before the growth rate', () => {
    const list = read('去年，全省地区生产总值达到3.62万亿元，增长4.9%。');
    expectStatement(list, { indicator: 'gdp_total', value: 3.62, kind: 'result', year: 2024 });
    expectStatement(list, { indicator: 'gdp_growth', value: 4.9, kind: 'result', year: 2024 });
  });
  it('a total after the growth rate', () => {
    const list = read('去年，全市地区生产总值增长5.6%、约2.2万亿元。', '成都');
    expectStatement(list, { indicator: 'gdp_growth', value: 5.6, region: '成都' });
    expectStatement(list, { indicator: 'gdp_total', value: 2.2, region: '成都' });
  });
});

describe('subjects', () => {
  it.each([
    ['今年预期目标：GDP增长5%左右', 'gdp_growth'],
    ['今年预期目标：全省生产总值增长5%左右', 'gdp_growth'],
    ['今年预期目标：经济增长5%左右', 'gdp_growth'],
    ['今年预期目标：居民消费价格涨幅2%左右', 'cpi'],
    ['今年预期目标：失业率城镇调查5.5%以内', 'urban_unemployment'],
    ['今年预期目标：单位地区生产总值能耗下降2.5%', 'energy_intensity'],
    ['今年预期目标：全社会研发经费投入强度达到2.6%', 'rd_intensity'],
    ['今年预期目标：财政赤字率按3%安排', 'deficit_ratio'],
    ['今年预期目标：居民人均可支配收入增长5.5%', 'disposable_income_growth'],
  ] as const)('%s', (text, indicator) => {
    expectStatement(read(text), { indicator, kind: 'target' });
  });
  it('经济总量 is the GDP total', () => {
    expectStatement(read('去年全省经济总量迈上4万亿元台阶。'), { indicator: 'gdp_total', value: 4 });
  });
  it('国内生产总值 belongs to the national report', () => {
    expectStatement(read('今年国内生产总值增长5%左右。', '江西'), { indicator: 'gdp_growth', region: '全国' });
  });
  it('per-head GDP is not GDP', () => {
    expect(read('去年人均GDP增长5.3%。').some((s) => s.indicator === 'gdp_growth')).toBe(false);
  });
  it('urban and rural incomes are not the all-resident income', () => {
    const list = read('去年城镇和农村居民人均可支配收入分别增长4.6%、6.3%。');
    expect(list.some((s) => s.indicator === 'disposable_income_growth')).toBe(false);
  });
});

describe('attribution to regions', () => {
  it('gives each figure to the region named with it', () => {
    const text =
      '本报讯 两地政府工作报告相继发布。报告提出，去年湖南地区生产总值增长4.8%。今年湖南地区生产总值增长5.5%左右。\n' +
      '另一边，去年江西地区生产总值增长5.1%，今年江西地区生产总值增长5%左右。';
    const list = read(text, '湖南');
    expectStatement(list, { indicator: 'gdp_growth', value: 4.8, region: '湖南', year: 2024 });
    expectStatement(list, { indicator: 'gdp_growth', value: 5.5, region: '湖南', year: 2025 });
    expectStatement(list, { indicator: 'gdp_growth', value: 5.1, region: '江西', year: 2024 });
    expectStatement(list, { indicator: 'gdp_growth', value: 5, region: '江西', year: 2025 });
  });
  it('分别 gives a list of regions their figures in order', () => {
    const list = read('湖北、湖南和江西今年的地区生产总值增长目标分别为6%左右、5.5%左右、5%以上。', '全国');
    expectStatement(list, { indicator: 'gdp_growth', region: '湖北', value: 6, qualifier: '左右' });
    expectStatement(list, { indicator: 'gdp_growth', region: '湖南', value: 5.5 });
    expectStatement(list, { indicator: 'gdp_growth', region: '江西', value: 5, qualifier: '以上' });
  });
  it('a roundup of targets gives each percentage to the region just before it', () => {
    const list = read('多省份公布今年GDP增长目标：湖北6%左右，四川（6%左右），云南5%以上。', '全国');
    expect(list.map((s) => [s.region, s.value, s.kind, s.year])).toEqual([
      ['湖北', 6, 'target', 2025],
      ['四川', 6, 'target', 2025],
      ['云南', 5, 'target', 2025],
    ]);
  });
  it("a figure followed by 的预期目标 is that year's target, even in a review", () => {
    expectStatement(read('去年全省实现了地区生产总值增长5%左右的预期目标。'), {
      indicator: 'gdp_growth',
      kind: 'target',
      year: 2024,
    });
  });
  it('均为 gives one figure to every region of the list', () => {
    const list = read('福建、浙江两省的经济增长目标均为5.5%左右，而甘肃、青海的目标定为5%以上。', '全国');
    expect(list.map((s) => [s.region, s.value, s.qualifier])).toEqual([
      ['福建', 5.5, '左右'],
      ['浙江', 5.5, '左右'],
      ['甘肃', 5, '以上'],
      ['青海', 5, '以上'],
    ]);
  });
  it("a past year's target stays a target", () => {
    expectStatement(read('2023年全省经济增长目标定为6%左右。'), {
      indicator: 'gdp_growth',
      kind: 'target',
      year: 2023,
    });
  });
  it('"world-class" words are not world figures', () => {
    expectStatement(read('加快建设国际消费中心城市，今年社会消费品零售总额增长6%左右。', '上海'), {
      indicator: 'retail_sales_growth',
      region: '上海',
    });
  });
  it('a figure named for Hong Kong is not a statement', () => {
    const list = read('報告提出今年國內生產總值增長5%左右。另外，去年香港經濟增長2.5%。', '全国');
    expect(list.map((s) => [s.region, s.value])).toEqual([['全国', 5]]);
  });
  it('uses the page region when a figure names none', () => {
    expectStatement(read('今年城镇新增就业50万人以上。', '河南'), { indicator: 'new_urban_jobs', region: '河南' });
  });
  it('leaves out figures when no region is known', () => {
    expect(extractStatements('今年城镇新增就业50万人以上。', { regions: [], year: 2025 })).toEqual([]);
  });
});

describe('noise', () => {
  it('injected pinyin', () => {
    expectStatement(read('今年地區(qū)生產(chǎn)總值增長(zhǎng)5%左右。'), { indicator: 'gdp_growth', value: 5 });
  });
  it('spaces and line breaks inside words and numbers', () => {
    expectStatement(read('今年地区生\n产总值增长 5 . 5 %左右'.replace(' . ', '.'), '江西'), {
      indicator: 'gdp_growth',
      value: 5.5,
    });
    expectStatement(read('今年城镇新增就业 45 万人以上'), { indicator: 'new_urban_jobs', value: 45 });
  });
  it('doubled punctuation', () => {
    const list = read('今年目标：城镇调查失业率5.5%以内,,城镇新增就业40万人以上；；');
    expectStatement(list, { indicator: 'urban_unemployment', value: 5.5 });
    expectStatement(list, { indicator: 'new_urban_jobs', value: 40 });
  });
  it('a spam string inside the sentence', () => {
    expectStatement(read('今年地区生产总值增长免费下载高清资源6%左右。'), { indicator: 'gdp_growth', value: 6 });
  });
});

describe('distractors are not statements', () => {
  it.each([
    ['国际货币基金组织预测，今年全球经济增长3.2%。'],
    ['世界银行预计，今年世界经济增长2.6%左右。'],
    ['美国去年经济增长2.8%。'],
    ['今年一季度，全省地区生产总值增长5.6%。'],
    ['上半年国内生产总值同比增长5%。'],
    ['前三季度全省地区生产总值增长5.2%。'],
    ['今年以来，全省地区生产总值增长5.3%。'],
    ['11月居民消费价格同比上涨0.2%。'],
    ['过去五年，全省地区生产总值年均增长5.8%。'],
    ['“十四五”期间地区生产总值年均增长6%左右。'],
    ['到2027年，全省地区生产总值达到3万亿元。'],
    ['去年全省地区生产总值达到21456.7'],
    ['增速高于全国0.6个百分点。'],
  ])('%s', (text) => {
    const list = read(text).filter((s) => !s.indicator.startsWith('other:'));
    expect(list).toEqual([]);
  });
});

describe('spans', () => {
  it('quote, start and end are the exact original span, noise included', () => {
    const text = '報告提出，今年地區(qū)生產總值增長(zhǎng)５％左右；';
    const [s] = read(text);
    expect(text.slice(s.start, s.end)).toBe(s.quote);
    expect(s.quote).toBe('地區(qū)生產總值增長(zhǎng)５％左右');
  });
});
