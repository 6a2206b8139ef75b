// @vitest-environment node
// Detection on pages written for these tests: report coverage in both scripts, and the look-alikes.
import { describe, expect, it } from 'vitest';
import { gateReport } from '../../../lib/detect/gate.ts';
import { yearOfUrlPath } from '../../../lib/detect/index.ts';
import { readReport } from '../../../lib/reader.ts';

const positives: [string, string, string, string | null, string, number][] = [
  [
    'provincial news',
    '河南省政府工作报告：今年地区生产总值预期增长5.5%左右',
    '1月20日上午，河南省第十四届人民代表大会第三次会议在郑州开幕，省长作政府工作报告。报告提出，今年全省经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，城镇新增就业110万人以上，城镇调查失业率5.5%左右，居民消费价格涨幅2%左右。',
    '2025-01-20',
    '河南',
    2025,
  ],
  [
    'national news in traditional script',
    '政府工作報告：今年經濟增長目標5%左右',
    '十四屆全國人大三次會議5日上午開幕，國務院總理作政府工作報告。報告提出，今年發展主要預期目標是：國內生產總值增長5%左右；城鎮調查失業率5.5%左右；城鎮新增就業1200萬人以上；居民消費價格漲幅2%左右。',
    '2025-03-05',
    '全国',
    2025,
  ],
  [
    'a results story that names the report only in the body',
    '重庆去年成绩单出炉',
    '在市六届人大三次会议上，市长代表市人民政府向大会作政府工作报告。报告显示，去年重庆地区生产总值增长5.7%，城镇新增就业76万人，一般公共预算收入增长3.4%。',
    '2025-01-19',
    '重庆',
    2025,
  ],
];

const negatives: [string, string, string, string | null][] = [
  [
    'a quarterly statistics release',
    '一季度国民经济运行情况',
    '国家统计局今天发布数据，初步核算，一季度国内生产总值同比增长5.3%。',
    '2024-04-16',
  ],
  [
    'the plan report',
    '关于2024年国民经济和社会发展计划执行情况与2025年计划草案的报告',
    '受省人民政府委托，省发展和改革委员会报告计划执行情况。今年地区生产总值增长5%左右。',
    '2025-01-20',
  ],
  [
    'a Hong Kong policy address',
    '行政长官发表施政报告',
    '行政长官今日在立法会发表任内第三份施政报告，提出多项房屋及经济措施。',
    '2024-10-16',
  ],
  [
    'a court work report',
    '最高人民法院工作报告（摘要）',
    '各位代表：现在，我代表最高人民法院，向大会报告工作，请予审议。会议期间代表们还审议了政府工作报告。',
    '2025-03-08',
  ],
  ['a passing mention', '人大代表启程赴京', '代表们表示，期待在会上听取政府工作报告，并将提出多项建议。', '2025-03-03'],
  ['an unrelated page', '寒潮来袭 多地降温', '中央气象台发布寒潮预警，部分地区降温10℃以上。', '2025-01-23'],
];

describe('readReport detection', () => {
  it.each(positives)('%s is a report page', (_name, title, text, publishedAt, region, year) => {
    const r = readReport({ title, text, publishedAt });
    expect(r.detection.isReport).toBe(true);
    expect(r.detection.regions[0]).toBe(region);
    expect(r.detection.year).toBe(year);
    expect(r.statements.length).toBeGreaterThan(0);
  });
  it.each(negatives)('%s is not', (_name, title, text, publishedAt) => {
    const r = readReport({ title, text, publishedAt });
    expect(r.detection.isReport).toBe(false);
    expect(r.statements).toEqual([]);
  });
  it('takes the year from a title that names the report with its year, not from a result year', () => {
    const r = readReport({
      title: '2024年上海市政府工作报告(全文)',
      text: '各位代表：现在，我代表市人民政府，向大会报告工作，请予审议。',
    });
    expect(r.detection.year).toBe(2024);
    const s = readReport({
      title: '李克强政府工作报告：2021年GDP增长8.1%',
      text: '政府工作报告。',
      publishedAt: '2022-03-05',
    });
    expect(s.detection.year).toBe(2022);
  });
  it('a title naming the congress session opening, with the report delivered in the text, is a report page', () => {
    const text =
      '3月1日，某市第五届人民代表大会第三次会议开幕，市长代表市政府向大会作政府工作报告。报告回顾了过去五年的工作。';
    const r = readReport({ title: '兰州市五届人大三次会议开幕', text, publishedAt: '2026-03-01' });
    expect(r.detection.isReport).toBe(true);
    // The standing committee's meeting is not the session the report is delivered at.
    const c = readReport({
      title: '兰州市人大常委会会议召开',
      text: '会议听取了有关工作情况的汇报。',
      publishedAt: '2026-03-01',
    });
    expect(c.detection.isReport).toBe(false);
  });
  it('reads the delivery date under the title when its month and day stay in Chinese numerals', () => {
    const text =
      '政府工作报告\n二〇二三年一月十五日在某市第十六届人民代表大会第一次会议上\n各位代表：现在，我代表市人民政府，向大会报告工作。今年地区生产总值增长5%左右。';
    expect(readReport({ title: '政府工作报告', text }).detection.year).toBe(2023);
  });
  it('does not map a session number to a year', () => {
    const r = readReport({
      title: '省十四届人大五次会议开幕 省长作政府工作报告',
      text: '省长作政府工作报告。',
      publishedAt: null,
    });
    expect(r.detection.year).toBeNull();
  });
});

describe('gateReport', () => {
  it('passes report titles in either script and garbled mirrors', () => {
    expect(gateReport({ title: '北京市政府工作报告全文' })).toBe(true);
    expect(gateReport({ title: '廣東省政府工作報告' })).toBe(true);
    expect(gateReport({ title: '政府工作報(bào)告要點' })).toBe(true);
    expect(gateReport({ title: '今年中國經濟增長目標為5%' })).toBe(true);
  });
  it('passes on the first KB of text or the URL', () => {
    expect(gateReport({ title: '新闻', head: '今年主要预期目标是：地区生产总值增长5%' })).toBe(true);
    expect(gateReport({ title: '新闻', url: 'https://www.example.gov.cn/zwgk/zfgzbg/202502/t20250201_1.html' })).toBe(
      true,
    );
  });
  it('stops unrelated pages', () => {
    expect(gateReport({ title: '寒潮来袭', url: 'https://weather.example/a', head: '中央气象台发布寒潮预警。' })).toBe(
      false,
    );
  });
  it('reads only the head of a long text', () => {
    const head = `${'天气晴朗。'.repeat(2000)}政府工作报告`;
    expect(gateReport({ title: '', head })).toBe(false);
  });
});

describe('the year of an undated full text', () => {
  it('a review heading over the year and the plan period names the year reviewed, not a horizon mentioned later', () => {
    const text =
      '政府工作报告\n各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议。\n一、2025年工作及“十四五”时期发展回顾\n' +
      '一年来，全省地区生产总值增长5.2%。\n二、“十五五”时期的主要目标\n这些指标充分考虑了2035年基本实现现代化的需要，经济实力实现新的跃升。';
    const { detection } = readReport({ title: '政府工作报告', text });
    expect(detection.year).toBe(2026);
  });
});

describe('an earlier report quoted deep in a full text', () => {
  it("does not set the year: the text's own review heading does", () => {
    const filler = '我们坚持稳中求进，扎实推进各项工作，经济社会发展取得新成效。'.repeat(40);
    const text =
      `政府工作报告\n各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议。\n一、2024年工作回顾\n${filler}\n` +
      '“三个同步”是2019年全省《政府工作报告》首次提出的目标取向。\n二、今年工作安排\n全省地区生产总值增长5%左右。';
    expect(readReport({ title: '政府工作报告', text }).detection.year).toBe(2025);
  });
});

describe('a date in the URL path', () => {
  it.each([
    ['https://www.example.gov.cn/2023/01-29/2680023.html', 2023],
    ['https://www.example.gov.cn/zwgk/202602/t20260210_123.html', 2026],
    ['https://news.example.cn/2024-03/05/c_1130.htm', 2024],
    ['https://www.example.gov.cn/art/2025/1/15/art_1_2.html', 2025],
    ['https://www.example.gov.cn/news/20241377/index.html', null], // 13 is no month
    ['https://www.example.gov.cn/id/2025/', null],
    ['not a url 2023/01-02', null],
  ])('%s → %s', (url, year) => {
    expect(yearOfUrlPath(url)).toBe(year);
  });

  it('caps a guess from the text: a page filed in 2023 is not about the 2026 report', () => {
    const text =
      '政府工作报告\n各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议。\n过去一年，全省地区生产总值增长4.1%。\n' +
      '今年主要预期目标是：地区生产总值增长5%左右。力争到2025年建成一批先进制造业集群，2025年装备制造业规模突破1万亿元。';
    const filed = readReport({ title: '政府工作报告', url: 'https://www.example.gov.cn/2023/01-29/1.html', text });
    expect(filed.detection.year).toBe(2023);
    const unfiled = readReport({ title: '政府工作报告', url: 'https://www.example.gov.cn/report.html', text });
    expect(unfiled.detection.year).not.toBe(2023);
  });
});
