// @vitest-environment node
// The reader on the error families seen on pages it had never seen, one table per family. Every
// sentence is written for these tests; none is copied from a page. Report year 2026, page region 江西 unless a
// case says otherwise. "Shown" means confidence ≥ CONFIDENT (what the CLI prints and the page marks as fact).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../lib/extract/index.ts';
import { CONFIDENT, type Statement } from '../../../lib/model.ts';

function read(text: string, region = '江西', year = 2026): Statement[] {
  return extractStatements(text, { regions: [region], year });
}
const shown = (list: Statement[]) => list.filter((s) => (s.confidence ?? 0) >= CONFIDENT);
const brief = (s: Statement) => [s.region, s.year, s.kind, s.indicator, s.value];

describe('every statement says how sure it is and why', () => {
  it('confidence is a number in 0..1 and why names where the year came from', () => {
    const list = read('2025年，全省地区生产总值增长5.1%。今年地区生产总值增长5%左右。');
    expect(list).toHaveLength(2);
    for (const s of list) {
      expect(s.confidence).toBeGreaterThanOrEqual(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
      expect(s.why?.length).toBeGreaterThan(0);
    }
    expect(list[0].why?.[0]).toContain('2025年');
  });
  it('explicit evidence in the clause is shown; a figure with no year or kind word anywhere is weaker', () => {
    const explicit = read('2025年全省规上工业增加值增长6.2%。')[0];
    const bare = read('全省规上工业增加值增长6.2%。')[0];
    expect(explicit.confidence).toBeGreaterThanOrEqual(CONFIDENT);
    expect(bare.confidence).toBeLessThan(explicit.confidence ?? 0);
  });
});

describe('five-year reviews are not one year', () => {
  it.each([
    ['过去五年，全省城镇新增就业210万人。', 'new_urban_jobs'],
    ['“十四五”时期，全省固定资产投资增长31.6%。', 'fixed_investment_growth'],
    ['五年来，全省一般公共预算收入增长18%。', 'fiscal_revenue_growth'],
  ])('a sum or rate over the span is not shown: %s', (text, indicator) => {
    const list = read(text).filter((s) => s.indicator === indicator);
    expect(shown(list)).toEqual([]);
  });
  it.each([
    ['全省居民人均可支配收入五年增长31.2%。'],
    ['全省地区生产总值年均增长5.9%。'],
    ['全省粮食产量连年稳定在430亿斤以上。'],
  ])('multi-year wording is no statement: %s', (text) => {
    expect(shown(read(text)).filter((s) => !s.indicator.startsWith('other:'))).toEqual([]);
  });
  it('a review scope ends at the next year word', () => {
    const list = read('过去五年，城镇新增就业210万人。\n2025年，城镇新增就业41.6万人。');
    expect(shown(list).map(brief)).toEqual([['江西', 2025, 'result', 'new_urban_jobs', 41.6]]);
  });
  it('从X提高到Y: the start is not shown, the end is the last year reviewed', () => {
    const list = read('这五年，全省地区生产总值从2.57万亿元提高到3.61万亿元。');
    expect(shown(list).map(brief)).toEqual([['江西', 2025, 'result', 'gdp_total', 3.61]]);
  });
  it('从2020年的X到2025年的Y: both ends keep their written years', () => {
    const list = read('全省地区生产总值从2020年的2.57万亿元增长到2025年的3.61万亿元。');
    expect(shown(list).map(brief)).toEqual([
      ['江西', 2020, 'result', 'gdp_total', 2.57],
      ['江西', 2025, 'result', 'gdp_total', 3.61],
    ]);
  });
  it('a heading over the year and the period opens neither', () => {
    const list = read('一、2025年和“十四五”时期工作回顾\n\n2025年，全省地区生产总值增长5.2%。');
    expect(shown(list).map(brief)).toEqual([['江西', 2025, 'result', 'gdp_growth', 5.2]]);
  });
});

describe('ratios and shares are not the subject’s own figure', () => {
  it.each([
    ['2025年，数字经济增加值占地区生产总值的比重达到12%。'],
    ['2025年，政府债务余额与地区生产总值的比率降至14.2%。'],
    ['2025年，万元地区生产总值用水量下降4%。'],
    ['2025年，全省服务业占地区生产总值的51%。'],
    ['2025年，省会经济总量占全省38.5%。'],
  ])('%s', (text) => {
    const list = read(text).filter((s) => s.indicator === 'gdp_growth' || s.indicator === 'gdp_total');
    expect(list).toEqual([]);
  });
  it('R&D spending as a share of GDP is R&D intensity', () => {
    const [s] = read('2025年，全社会研发经费投入占地区生产总值比重达2.1%。');
    expect(brief(s)).toEqual(['江西', 2025, 'result', 'rd_intensity', 2.1]);
  });
});

describe('milestones are thresholds, not totals', () => {
  it('a milestone beside the exact total is not shown; the exact total is', () => {
    const list = read('2025年，全省地区生产总值迈上3万亿元台阶，达到3.31万亿元、增长5.1%。');
    expect(shown(list).map(brief)).toEqual([
      ['江西', 2025, 'result', 'gdp_total', 3.31],
      ['江西', 2025, 'result', 'gdp_growth', 5.1],
    ]);
    const milestone = list.find((s) => s.value === 3);
    expect(milestone?.confidence).toBeLessThan(CONFIDENT);
    expect(milestone?.why?.join(' ')).toContain('milestone');
  });
  it('every item of a list of milestones is one', () => {
    const list = read('2025年，全省经济总量连续跨越2万亿、3万亿两个台阶。');
    expect(list.every((s) => (s.why ?? []).join(' ').includes('milestone'))).toBe(true);
  });
  it('超过 before a precise figure states the total', () => {
    const [s] = read('2025年，全省地区生产总值超过32876亿元。');
    expect(s.why?.join(' ')).not.toContain('milestone');
    expect(s.confidence).toBeGreaterThanOrEqual(CONFIDENT);
  });
  it('a class of places named by a threshold is no statement', () => {
    expect(read('2025年，新增经济总量超300亿元县3个。')).toEqual([]);
  });
});

describe('signs', () => {
  it.each([
    ['2025年，全省固定资产投资下降4.2%。', 'fixed_investment_growth', -4.2],
    ['2025年，全省进出口总额下降2.1%。', 'foreign_trade_growth', -2.1],
    ['2025年，全省居民消费价格微降0.3%。', 'cpi', -0.3],
  ] as const)('a fall of a growth rate is negative: %s', (text, indicator, value) => {
    const s = read(text).find((x) => x.indicator === indicator);
    expect(s?.value).toBe(value);
  });
  it.each([
    ['2025年，单位地区生产总值能耗降低3.1%。', 'energy_intensity', 3.1],
    ['2025年，城镇调查失业率降至5.1%。', 'urban_unemployment', 5.1],
  ] as const)('a cut of intensity and a level stay positive: %s', (text, indicator, value) => {
    expect(read(text).find((x) => x.indicator === indicator)?.value).toBe(value);
  });
});

describe("last year's target quoted in this year's report", () => {
  it('由去年的X下调到Y: X is last year’s target, Y this year’s', () => {
    const list = read('今年地区生产总值增长目标由去年的5.5%左右下调到5%左右。');
    expect(list.map((s) => [s.year, s.kind, s.value])).toEqual([
      [2025, 'target', 5.5],
      [2026, 'target', 5],
    ]);
  });
  it('比去年的“X”: last year’s target, not a result', () => {
    const list = read('全省经济增长目标为5%左右，比去年的目标“5.5%左右”略有下调。');
    expect(list.map((s) => [s.year, s.kind, s.value])).toEqual([
      [2026, 'target', 5],
      [2025, 'target', 5.5],
    ]);
  });
  it('比上年增长 names a base, not last year’s figure', () => {
    expect(read('今年预期目标：固定资产投资比上年增长4%左右。').map((s) => [s.year, s.kind])).toEqual([
      [2026, 'target'],
    ]);
  });
});

describe('explicit years and scopes', () => {
  it('a year glued to a region is a year word', () => {
    const [s] = read('2025江西全省地区生产总值增长5.1%。');
    expect([s.year, s.kind]).toEqual([2025, 'result']);
    expect(s.why?.[0]).toContain('2025');
  });
  it('a heading scopes the paragraphs after it', () => {
    const list = read('2025年有哪些新成就\n全省社会消费品零售总额增长4.9%。\n全省规上工业增加值增长7.1%。');
    expect(list.map((s) => [s.year, s.kind])).toEqual([
      [2025, 'result'],
      [2025, 'result'],
    ]);
  });
  it('a year inside a name speaks only for its own sentence', () => {
    const text =
      '一、2025年工作回顾\n一年来，全省地区生产总值增长5.1%。一部纪录片入选2026年播出片单。全省粮食产量达到438亿斤。';
    const grain = read(text).find((s) => s.indicator === 'grain_output');
    expect([grain?.year, grain?.kind]).toEqual([2025, 'result']);
  });
  it('a side remark with 今年 does not turn a review into targets', () => {
    const text = '一、2025年工作回顾\n一年来，高铁主线全线贯通、今年通车后两地只需半小时。全省固定资产投资增长3.2%。';
    const s = read(text).find((x) => x.indicator === 'fixed_investment_growth');
    expect([s?.year, s?.kind]).toEqual([2025, 'result']);
  });
});

describe('a base, a list or an aside is not the scope of what follows', () => {
  // The later sentences name no year: they belong to the section's year, not to the year of the aside.
  const review = (aside: string) =>
    `一、2025年工作回顾\n${aside}\n全省城镇新增就业41.6万人，社会消费品零售总额增长4.9%。`;
  it.each([
    ['工业投资占全部投资比重由2020年的21.3%升至38.7%。'],
    ['全省接待游客2.1亿人次，是2019年的1.3倍。'],
    ['工业投资增长11%，2023年、2024年两年平均增长9%。'],
    ['全省经济总量继2015年迈上1万亿元台阶后，又迈上新台阶。'],
    ['新增减税降费80亿元，叠加2022年出台的政策，为企业减负120亿元。'],
    ['2018年签约的40个项目已落实31个。'],
  ])('%s', (aside) => {
    const list = shown(read(review(aside))).filter(
      (s) => s.indicator === 'new_urban_jobs' || s.indicator === 'retail_sales_growth',
    );
    expect(list.map((s) => [s.year, s.kind])).toEqual([
      [2025, 'result'],
      [2025, 'result'],
    ]);
  });
  it('a date of this year in a review (今年1月3日获批) does not turn what follows into targets', () => {
    const list = read('一、2025年工作回顾\n综合试验区方案今年1月3日正式获批。\n全省进出口总额增长6.2%。');
    expect(list.find((s) => s.indicator === 'foreign_trade_growth')?.kind).toBe('result');
  });
  it('a plan for next year inside a review (将于明年全面建成) does not turn what follows into targets', () => {
    const list = read('一、2025年工作回顾\n防洪工程加快推进，将于明年全面建成。\n全省粮食产量达到438亿斤。');
    expect(list.find((s) => s.indicator === 'grain_output')?.kind).toBe('result');
  });
  it('a year before last year carried from an earlier paragraph is not shown', () => {
    const list = read('2016年，全省经济总量首次进入全国前十。\n城镇新增就业41.6万人。');
    const jobs = list.find((s) => s.indicator === 'new_urban_jobs');
    expect(jobs?.year).toBe(2016);
    expect(jobs?.confidence).toBeLessThan(CONFIDENT);
  });
});

describe('last year as the base of a comparison does not turn targets into results', () => {
  it.each([
    ['今年主要预期目标：城镇新增就业40万人，不低于去年实际完成数，城镇调查失业率5.5%左右。'],
    ['今年地区生产总值增长5%左右，高于去年0.2个百分点，城镇调查失业率5.5%左右。'],
    ['今年粮食产量比去年增长1%，城镇调查失业率5.5%左右。'],
    [
      '去年全省地区生产总值增长4.2%。\n今年GDP增长目标由去年的5%左右调整为4.5%至5%。\n进出口增长3%，城镇调查失业率5.5%。',
    ],
  ])('%s', (text) => {
    const s = read(text).find((x) => x.indicator === 'urban_unemployment');
    expect([s?.year, s?.kind]).toEqual([2026, 'target']);
  });
});

describe('a class of places named by a threshold', () => {
  it('经济总量超500亿元的县域 is no statement', () => {
    expect(read('2025年，全省经济总量超500亿元的县域增至12个。')).toEqual([]);
  });
});

describe('a total neared is not reached', () => {
  it('接近2万亿元 is not shown', () => {
    const list = read('2025年，南昌经济总量接近2万亿元。');
    expect(shown(list)).toEqual([]);
    expect(list[0]?.why?.join(' ')).toContain('neared');
  });
});

describe('result verbs and target words', () => {
  it('计划 and 争取 in a review name programmes, not targets', () => {
    const text = '一、2025年工作回顾\n实施就业扩容计划，争取专项债券资金320亿元，全省城镇新增就业43万人。';
    const s = read(text).find((x) => x.indicator === 'new_urban_jobs');
    expect([s?.year, s?.kind]).toEqual([2025, 'result']);
  });
  it('预期目标 in a review sentence turns to this year', () => {
    const text = '一、2025年工作回顾\n一年来，全省经济平稳运行。今年的主要预期目标是：城镇新增就业40万人以上。';
    const s = read(text).find((x) => x.indicator === 'new_urban_jobs');
    expect([s?.year, s?.kind]).toEqual([2026, 'target']);
  });
});

describe('分别 after a list of subjects', () => {
  it('城镇、农村 incomes: the first is urban, the second rural, neither the all-resident indicator', () => {
    const list = read('2025年，城镇、农村居民人均可支配收入分别增长4.6%、6.3%。');
    expect(list.map((s) => [s.indicator, s.value])).toEqual([
      ['other:城镇居民人均可支配收入增长', 4.6],
      ['other:农村居民人均可支配收入增长', 6.3],
    ]);
  });
  it('城乡居民收入分别…: the same', () => {
    const list = read('2025年，城乡居民人均可支配收入分别增长4.5%和6.1%。');
    expect(list.some((s) => s.indicator === 'disposable_income_growth')).toBe(false);
  });
  it('a list of indicators gives the figures in order', () => {
    const list = read('2025年，规上工业增加值、一般公共预算收入分别增长6.5%和3%。');
    expect(list.map((s) => [s.indicator, s.value])).toEqual([
      ['industrial_value_added_growth', 6.5],
      ['fiscal_revenue_growth', 3],
    ]);
  });
  it('a list that is not read is not shown', () => {
    const list = read('2025年，对东盟、中亚五国进出口分别增长12.4%、20.1%。');
    expect(shown(list)).toEqual([]);
  });
});

describe('a part or partner is not the whole', () => {
  it.each([
    ['2025年，全省海洋生产总值增长6.1%。'],
    ['2025年，跨境电商进出口增长15%。'],
    ['2025年，开发区直管区地区生产总值增长12.4%。'],
    ['2025年，非能工业增加值增长7.5%。'],
    ['2025年，与中亚国家进出口额增长18%。'],
    ['2025年，自东欧国家进口增长30%。'],
    ['2025年，南昌都市圈经济总量达到1.5万亿元。'],
    ['2025年，赣江新区经济区地区生产总值增长9%。'],
  ])('%s', (text) => {
    const standard = read(text).filter((s) => !s.indicator.startsWith('other:'));
    expect(standard).toEqual([]);
  });
});

describe('writing', () => {
  it.each([
    ['今年地區生產總值預期增長十五點七%。', 'gdp_growth', 15.7, undefined],
    ['今年城鎮新增就業廿八萬人以上。', 'new_urban_jobs', 28, undefined],
    ['今年糧食產量一點四兆斤以上。', 'grain_output', 1.4, undefined],
    ['今年地区生产总值预期增长4.5%5%。', 'gdp_growth', 4.5, 5],
    ['今年地区生产总值预期增长6 . 5%左右。', 'gdp_growth', 6.5, undefined],
    ['今年粮食产量1.4\n2万亿斤以上。', 'grain_output', 1.42, undefined],
  ] as const)('%s', (text, indicator, value, valueMax) => {
    const s = read(text).find((x) => x.indicator === indicator);
    expect(s?.value).toBe(value);
    expect(s?.valueMax).toBe(valueMax);
  });
  it('a blank line keeps two numbers apart', () => {
    const list = read('今年城镇新增就业45万人以上\n\n2025年城镇新增就业47万人。');
    expect(list.map((s) => s.value)).toEqual([45, 47]);
  });
});

describe('a list of subjects sharing one figure', () => {
  it('each subject of the list has the figure', () => {
    const list = read('今年主要预期目标：地区生产总值、固定资产投资、社会消费品零售总额增长5%左右。');
    expect(list.map((s) => [s.indicator, s.value, s.kind])).toEqual([
      ['gdp_growth', 5, 'target'],
      ['fixed_investment_growth', 5, 'target'],
      ['retail_sales_growth', 5, 'target'],
    ]);
  });
  it('a comma ends the list', () => {
    const list = read('今年主要预期目标：居民收入增长与经济增长同步，居民消费价格涨幅2%左右。');
    expect(list.map((s) => s.indicator)).toEqual(['cpi']);
  });
});

describe('areas inside the region', () => {
  it('an area named by a place word does not give its figure to the region', () => {
    expect(read('2025年，前海地区生产总值增长12%。').filter((s) => s.indicator === 'gdp_growth')).toEqual([]);
  });
  it('a known region before 地区生产总值 owns it', () => {
    const [s] = read('2025年，上海地区生产总值增长5%。', '全国');
    expect([s.region, s.value]).toEqual(['上海', 5]);
  });
});

describe('regions of a national page', () => {
  it('地区生产总值 on a national page belongs to the place the sentence is about', () => {
    const list = read('去年国内生产总值增长5%。特别是湖南经济运行稳中有进、态势向好，地区生产总值增长4.8%。', '全国');
    expect(list.map((s) => [s.region, s.value])).toEqual([
      ['全国', 5],
      ['湖南', 4.8],
    ]);
  });
  it('…and to no one when the sentence names no place', () => {
    const list = read('去年地区生产总值增长4.8%。', '全国');
    expect(list).toEqual([]);
  });
});

describe('headings of five-year reviews', () => {
  it('——这五年… and ——这是…的五年 open a review', () => {
    for (const head of ['——这五年，综合实力大幅提升。', '——这是综合实力快速跃升的五年。']) {
      const [s] = read(`一、2025年工作回顾\n一年来，经济平稳运行。\n${head}全省城镇新增就业206万人。`);
      expect(s.confidence).toBeLessThan(CONFIDENT);
    }
  });
  it('a date (2023年6月) is not a scope', () => {
    const text = '一、2025年工作回顾\n2023年6月，总书记亲临考察。全省地区生产总值增长5.3%。';
    const s = read(text).find((x) => x.indicator === 'gdp_growth');
    expect([s?.year, s?.kind]).toEqual([2025, 'result']);
  });
});

describe('roundups of many regions', () => {
  it('等地定在… gives the figure to every region of the list', () => {
    const list = read('多省份公布今年经济增长目标。河南、福建、北京等地定在5%左右。', '全国');
    expect(list.map((s) => [s.region, s.value, s.kind])).toEqual([
      ['河南', 5, 'target'],
      ['福建', 5, 'target'],
      ['北京', 5, 'target'],
    ]);
  });
  it('包括…在内的多地 shares the figure too, not only the last region named', () => {
    const list = read('今年，包括河南、福建在内的多地GDP增长目标为5%以上。', '全国');
    expect(list.map((s) => s.region)).toEqual(['河南', '福建']);
  });
  it('设定 names a roundup item too', () => {
    const list = read('多省份公布今年经济增长目标。浙江为5.5%左右，湖南、湖北设定6%左右。', '全国');
    expect(list.map((s) => [s.region, s.value, s.kind])).toEqual([
      ['浙江', 5.5, 'target'],
      ['湖南', 6, 'target'],
      ['湖北', 6, 'target'],
    ]);
  });
  it('a sentence about last year after a roundup is not one of its targets', () => {
    const list = read(
      '多省份公布今年经济增长目标，浙江为5.5%左右。去年，浙江地区生产总值增长5.5%，江苏增长5.8%。',
      '全国',
    );
    expect(shown(list).map(brief)).toEqual([
      ['浙江', 2026, 'target', 'gdp_growth', 5.5],
      ['浙江', 2025, 'result', 'gdp_growth', 5.5],
    ]);
  });
  it('a list of years with 分别 gives each year its figure', () => {
    const list = read('二○二一至二○二四年全國GDP增長分別為八%、三%、五點二%、五%。', '全国', 2025);
    expect(list.map((s) => [s.year, s.value, s.kind])).toEqual([
      [2021, 8, 'result'],
      [2022, 3, 'result'],
      [2023, 5.2, 'result'],
      [2024, 5, 'result'],
    ]);
  });
});

describe('the place a sentence opens with', () => {
  it('全国去年… carries to the later clauses of its sentence', () => {
    const list = read('全国去年GDP增长5%，今年目标定为5%左右，赤字率拟按4%左右安排。', '深圳');
    expect(list.map((s) => [s.region, s.indicator, s.value])).toEqual([
      ['全国', 'gdp_growth', 5],
      ['全国', 'deficit_ratio', 4],
    ]);
  });
  it('a place opening a project name is not the topic', () => {
    const list = read(
      '2025年，南昌地铁3号线建成通车，全省基础设施投资增长5.6%。南昌大数据园引进企业120家，制造业投资增长8%。',
    );
    expect(list.map((s) => s.region)).toEqual(['江西', '江西']);
  });
});

describe('a city page quoting national results', () => {
  it('全国/我国 right before the subject makes the figure the nation’s; 全市/我市 stay the city’s', () => {
    const list = read(
      '去年全国GDP增长5%，全市地区生产总值增长6.1%。去年我国城镇新增就业1256万人，我市城镇新增就业5.2万人。',
      '平顶山',
    );
    expect(list.map((s) => [s.region, s.indicator, s.value])).toEqual([
      ['全国', 'gdp_growth', 5],
      ['平顶山', 'gdp_growth', 6.1],
      ['全国', 'new_urban_jobs', 1256],
      ['平顶山', 'new_urban_jobs', 5.2],
    ]);
  });
});

describe('a city page quoting its province', () => {
  it('全省 on a city page is the province; 全市 is the city', () => {
    const list = read('2025年全市地区生产总值增长5.3%，全省地区生产总值增长5.1%。', '信阳');
    expect(list.map((s) => [s.region, s.value])).toEqual([
      ['信阳', 5.3],
      ['河南', 5.1],
    ]);
  });
});

describe('implausible values', () => {
  it("a growth rate no region's year has (a district, a sum) is not shown", () => {
    const [s] = read('2025年，全省地区生产总值增长24.1%。');
    expect(s.confidence).toBeLessThan(CONFIDENT);
    expect(s.why?.join(' ')).toContain('outside the range');
  });
});

describe('a whole year named after a span or a milestone in words', () => {
  it('“十四五”以来… then 2025年达到 gives that year’s level and growth', () => {
    const list = shown(read('“十四五”以来，全省地区生产总值连跨3个千亿台阶，2025年达到1.1万亿元、增长5.2%。'));
    expect(list.map(brief)).toEqual([
      ['江西', 2025, 'result', 'gdp_total', 1.1],
      ['江西', 2025, 'result', 'gdp_growth', 5.2],
    ]);
  });
  it('迈上新台阶，总量突破… then the growth', () => {
    const list = shown(read('2025年，全省地区生产总值迈上新台阶，总量突破4万亿元，增长5.1%。'));
    expect(list.filter((s) => s.indicator === 'gdp_growth').map(brief)).toEqual([
      ['江西', 2025, 'result', 'gdp_growth', 5.1],
    ]);
  });
  it('年均 after the year word still makes it a multi-year rate', () => {
    const list = shown(read('2025年，全省地区生产总值年均增长5.6%。'));
    expect(list.filter((s) => s.indicator === 'gdp_growth')).toEqual([]);
  });
});

describe('预计 is said of the year just ended', () => {
  it('even after a paragraph that named an earlier year', () => {
    const list = shown(
      read('2024年，全省完成了三项改革。\n稳增长政策接续发力，项目建设加快。预计全省GDP增长5.3%左右。'),
    );
    expect(list.map(brief)).toEqual([['江西', 2025, 'result', 'gdp_growth', 5.3]]);
    expect(list[0].estimate).toBe(true);
  });
});

describe('parts of the year', () => {
  it('a quarter or half-year figure is not the year’s, but 全年 after it is', () => {
    const list = shown(
      read('2025年，全省经济上半年企稳回升，前三季度地区生产总值增长4.9%，全年地区生产总值增长5.3%。'),
    );
    expect(list.filter((s) => s.indicator === 'gdp_growth').map(brief)).toEqual([
      ['江西', 2025, 'result', 'gdp_growth', 5.3],
    ]);
  });
});
