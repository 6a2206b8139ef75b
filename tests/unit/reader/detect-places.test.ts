// @vitest-environment node
// Detection on pages about prefecture-level cities, counties and districts (family "Regions it does not know"):
// the place whose report it is owns the page and its figures, not the province or the nation the page also names.
// Every page here is written for these tests.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../../lib/reader.ts';

/** [what, title, text, main region, a statement's indicator that must carry that region] */
const pages: [string, string, string, string][] = [
  [
    'a city report in the news, its province named first',
    '河南省平顶山市政府工作报告：今年地区生产总值预期增长6%左右',
    '1月8日，河南省平顶山市第九届人民代表大会第四次会议开幕，市长代表市人民政府作政府工作报告。报告提出，今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业4.5万人，居民消费价格涨幅3%左右。',
    '平顶山',
  ],
  [
    'a city report named by its speaker',
    '信阳市长作政府工作报告 去年经济增长5.6%',
    '在信阳市六届人大五次会议上，信阳市市长作政府工作报告。报告显示，去年全市地区生产总值增长5.6%，一般公共预算收入增长4.1%。今年全市地区生产总值预期增长6%。河南省委常委出席会议。',
    '信阳',
  ],
  [
    'a city report in traditional script',
    '邯鄲市政府工作報告：今年經濟增長6%左右',
    '邯鄲市第十六屆人民代表大會第五次會議今日開幕，市長作政府工作報告。報告提出，今年全市地區生產總值增長6%左右，城鎮調查失業率5.5%以內。河北省有關負責同志到會指導。',
    '邯郸',
  ],
  [
    'a prefecture-level city of Gansu',
    '平凉市政府工作报告（2025年）',
    '各位代表：现在，我代表平凉市人民政府，向大会报告工作，请予审议。去年全市地区生产总值增长6.2%，今年全市地区生产总值增长6%左右。',
    '平凉',
  ],
  [
    'a county report',
    '兰考县2025年政府工作报告',
    '在兰考县第十六届人民代表大会第五次会议上，县长代表县人民政府作政府工作报告。今年全县地区生产总值增长7%左右，一般公共预算收入增长6%。开封市和河南省的有关部门到会。',
    '兰考',
  ],
  [
    'an autonomous prefecture by its usual short name',
    '延边州政府工作报告：今年地区生产总值增长5.5%左右',
    '延边州第十六届人民代表大会第五次会议开幕，州长作政府工作报告。今年全州地区生产总值增长5.5%左右，城镇新增就业2.5万人。吉林省相关负责同志出席。',
    '延边',
  ],
  [
    'a district whose name several cities share, resolved by its city',
    '沈阳市和平区政府工作报告',
    '在沈阳市和平区第十八届人民代表大会第五次会议上，区长作政府工作报告。今年全区地区生产总值增长5.5%左右。',
    '沈阳和平区',
  ],
  [
    'the city of Jilin, not the province',
    '吉林市政府工作报告：今年经济增长6%左右',
    '吉林市第十七届人民代表大会第五次会议开幕，市长作政府工作报告。报告提出，今年全市地区生产总值增长6%左右。吉林省领导到会祝贺。',
    '吉林市',
  ],
];

describe('a place the page is about owns it', () => {
  it.each(pages)('%s', (_what, title, text, region) => {
    const r = readReport({ title, text, publishedAt: '2025-01-10' });
    expect(r.detection.isReport).toBe(true);
    expect(r.detection.regions[0]).toBe(region);
    const growth = r.statements.filter((s) => s.indicator === 'gdp_growth');
    expect(growth.length).toBeGreaterThan(0);
    for (const s of growth) expect(s.region).toBe(region);
  });

  it('gives 全市 to the city the page is about, not to the province or district just named', () => {
    const city = readReport({
      title: '平顶山市政府工作报告：去年经济增长5.6%',
      text: '平顶山市第九届人民代表大会第四次会议开幕，市长作政府工作报告。过去一年，在河南省委省政府坚强领导下全市地区生产总值增长5.6%。',
      publishedAt: '2025-01-08',
    });
    expect(city.statements.find((s) => s.indicator === 'gdp_growth')?.region).toBe('平顶山');
    const sub = readReport({
      title: '大连市政府工作报告',
      text: '大连市第十六届人民代表大会第五次会议开幕，市长作政府工作报告。去年普兰店区撤市设区后全市地区生产总值增长6%。',
      publishedAt: '2025-01-08',
    });
    expect(sub.statements.find((s) => s.indicator === 'gdp_growth')?.region).toBe('大连');
  });

  it('keeps a province page for the province, whatever cities it names', () => {
    const r = readReport({
      title: '河南省政府工作报告：今年地区生产总值增长5.5%左右',
      text: '河南省第十四届人民代表大会第三次会议开幕，省长代表省人民政府作政府工作报告。今年全省地区生产总值增长5.5%左右。支持郑州、洛阳、平顶山、信阳等地建设先进制造业基地。',
      publishedAt: '2025-01-20',
    });
    expect(r.detection.regions[0]).toBe('河南');
    expect(r.statements.find((s) => s.indicator === 'gdp_growth')?.region).toBe('河南');
  });

  it('gives a report opened by the provincial government to the province, not to its capital', () => {
    const r = readReport({
      title: '政府工作报告',
      text: '各位代表：现在，我代表省人民政府，向大会报告工作，请予审议。过去一年，郑州国家中心城市建设提速，郑州航空港区扩容，郑州都市圈一体化加快，洛阳副中心城市建设有力。今年全省地区生产总值增长5.5%左右。',
      publishedAt: '2025-01-20',
    });
    expect(r.detection.regions[0]).toBe('河南');
    expect(r.statements.find((s) => s.indicator === 'gdp_growth')?.region).toBe('河南');
  });

  it('keeps the province of Jilin when the text says 吉林 or 吉林省', () => {
    const r = readReport({
      title: '吉林省政府工作报告：今年经济增长5%左右',
      text: '吉林省第十四届人民代表大会第四次会议开幕，省长作政府工作报告。今年全省地区生产总值增长5%左右，吉林市场活力持续增强。',
      publishedAt: '2025-01-20',
    });
    expect(r.detection.regions[0]).toBe('吉林');
  });

  it('keeps a national page for the nation when a city mayor is quoted as a deputy', () => {
    const r = readReport({
      title: '政府工作报告：今年国内生产总值预期增长5%左右',
      text: '十四届全国人大三次会议开幕，国务院总理作政府工作报告。今年国内生产总值增长5%左右。全国人大代表、平顶山市市长在审议政府工作报告时说，报告令人振奋。',
      publishedAt: '2025-03-05',
    });
    expect(r.detection.regions[0]).toBe('全国');
    expect(r.statements.find((s) => s.indicator === 'gdp_growth')?.region).toBe('全国');
  });

  it('does not take a newspaper for the subject', () => {
    const r = readReport({
      title: '解读政府工作报告：今年经济增长5%左右（黑龙江日报）',
      text: '十四届全国人大三次会议开幕，国务院总理作政府工作报告。今年国内生产总值增长5%左右，城镇新增就业1200万人以上。',
      publishedAt: '2025-03-06',
    });
    expect(r.detection.regions[0]).toBe('全国');
  });
});
