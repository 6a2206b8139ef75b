// Small hand-written inputs shaped like the shared data files (not copied from them).
import type { AdapterContext } from '@/lib/pack/adapters/common';
import { buildRegionIndex } from '@/lib/pack/regions';

export const regionsJson = {
  regions: [
    { name: '北京', name_tc: '北京', full_name: '北京市', aliases: ['首都', '京城'] },
    { name: '重庆', name_tc: '重慶', full_name: '重庆市', full_name_tc: '重慶市', aliases: ['山城'] },
    { name: '江苏', name_tc: '江蘇', full_name: '江苏省', full_name_tc: '江蘇省', aliases: null },
    { name: '深圳', name_tc: '深圳', full_name: '深圳市', aliases: ['深', '鹏城'] },
  ],
};

/** A tiny traditional → simplified fold, enough for the words in these tests. */
const T2S: Record<string, string> = { 慶: '庆', 蘇: '苏', 數: '数', 據: '据', 產: '产', 業: '业', 億: '亿', 萬: '万', 細: '细', 顆: '颗', 濃: '浓' };
export const fold = (s: string) => [...s].map((c) => T2S[c] ?? c).join('');

export function context(extra: Partial<AdapterContext> = {}): AdapterContext {
  return { regions: buildRegionIndex(regionsJson), fold, ...extra };
}

export const gdpTargets = {
  meta: { description: 'test' },
  entries: [
    {
      region: '北京', year: 2024, kind: 'target', value_low: 5, value_high: 5, qualifier: '左右',
      source_url: 'https://example.org/bj-2024', quote: '地区生产总值增长5%左右', source_type: 'news', confidence: 'high',
    },
    {
      region: '重慶', year: 2023, kind: 'actual', value_low: 6.1, value_high: 6.1, qualifier: '左右(预计)',
      source_url: 'https://example.org/cq-2023', quote: '预计增长6.1%左右', source_type: 'mirror', confidence: 'high',
    },
    {
      region: '重庆', year: 2025, kind: 'target', value_low: 6, value_high: 7, qualifier: '以上(力争7%)',
      source_url: 'https://example.org/cq-2025', quote: '增长6%以上，力争7%', source_type: 'official', confidence: 'medium',
    },
    {
      region: '江苏', year: 2025, kind: 'target', value_low: 4.5, value_high: 5, qualifier: '区间',
      source_url: 'https://example.org/js-2025', quote: '增长4.5%—5%', source_type: 'official_via_repo', confidence: 'high',
    },
    {
      region: '江苏', year: 2024, kind: 'actual', value_low: null, value_high: null, qualifier: '无数字:预计完成全年目标',
      source_url: 'https://example.org/js-2024', quote: '预计完成全年目标', source_type: 'news', confidence: 'high',
    },
    {
      region: '北京', year: 2023, kind: 'target', value_low: 7, value_high: 7, qualifier: null,
      source_url: 'https://spam.example/1', quote: '目标为7%', source_type: 'spam', confidence: 'low',
    },
    {
      region: '北京', year: 2022, kind: 'target', value_low: 6, value_high: 6, qualifier: '左右',
      source_url: 'https://example.org/group', quote: '定在6%以上或者6%左右', source_type: 'mirror', confidence: 'low',
    },
    {
      region: '北京', year: 2025, kind: 'target', value_low: 5, value_high: 5, qualifier: '左右',
      source_url: null, quote: '增长5%左右', source_type: 'news', confidence: 'medium',
    },
    {
      region: '天津(某区)', year: 2024, kind: 'target', value_low: 4.8, value_high: 4.8, qualifier: '左右',
      source_url: 'https://example.org/district', quote: '增长4.8%左右', source_type: 'mirror', confidence: 'high',
    },
  ],
};

export const gdpFacts = {
  description: 'test',
  facts: [
    {
      region: '深圳', year: 2023, indicator: 'gdp_total', kind: 'result', in_requested_range: true,
      sources: [
        { doc: 7, url: 'https://example.org/sz-a', source_tier: 'major-media', value: 3.46, value_high: null, unit: '万亿元',
          qualifier: null, extra_qualifier: null, estimate: false, quote: '地区生产总值3.46万亿元', doc_suspect: false, label_suspect: false },
        { doc: 8, url: null, source_tier: 'mirror/aggregator', value: 3, value_high: null, unit: '萬億元',
          qualifier: null, extra_qualifier: '迈上…新台阶(≥)', estimate: false, quote: '迈上3万亿元新台阶', doc_suspect: false, label_suspect: false },
        { doc: 9, url: 'https://example.org/sz-c', source_tier: 'mirror/aggregator', value: 3.46, value_high: null, unit: '万亿元',
          qualifier: null, extra_qualifier: null, estimate: false, quote: '3.46万亿元', doc_suspect: true, label_suspect: false },
        { doc: 10, url: 'https://example.org/sz-d', source_tier: 'major-media', value: 4, value_high: null, unit: '万亿元',
          qualifier: null, extra_qualifier: null, estimate: false, quote: '2023年4万亿元', doc_suspect: false, label_suspect: true },
        { doc: 11, url: null, source_tier: 'unknown', value: 3.46, value_high: null, unit: '万亿元',
          qualifier: null, extra_qualifier: null, estimate: false, quote: '3.46万亿元', doc_suspect: false, label_suspect: false },
      ],
    },
  ],
};

export const corpusIndex = [
  { id: 8, url: 'https://example.org/sz-b', title: '深圳两会', published: '2024-01-20', regions: ['深圳'], suspect: false },
  { id: 20, url: 'https://example.org/npc', title: '代表建议', published: '2025-03-04', regions: ['全国'], suspect: false },
  { id: 21, url: 'https://spam.example/p', title: '垃圾站', published: '2024', regions: ['全国'], suspect: true },
];

export const indicatorFacts = {
  meta: { description: 'test' },
  facts: [
    {
      region: '全国', region_level: 'national', year: 2026, indicator: 'grain_output', kind: 'target', value: 1.4, value_high: null,
      unit: '万亿斤', qualifier: '左右', estimate: false, qualitative: null, note: null,
      sources: [
        { url: 'https://example.org/xinhua', title: '新华社', published: '2026-03-05', source_type: 'news', quote: '粮食产量1.4万亿斤左右' },
        { url: 'https://example.org/tw', title: '世界日报', published: '2026-03-05', source_type: 'tw_media', quote: '糧食產量1.4兆斤以上', qualifier_as_stated: '以上' },
      ],
    },
    {
      region: '全国', region_level: 'national', year: 2020, indicator: 'urban_unemployment', kind: 'result', value: 5.2, value_high: null,
      unit: '%', qualifier: null, estimate: false, qualitative: null, note: 'year-end (December) rate, not annual average',
      sources: [{ url: 'https://example.org/ye', title: 'a', published: '2021-03-05', source_type: 'news', quote: '降到5.2%' }],
    },
    {
      region: '全国', region_level: 'national', year: 2020, indicator: 'urban_unemployment', kind: 'result', value: 5.6, value_high: null,
      unit: '%', qualifier: null, estimate: false, qualitative: null, note: 'annual average (the report quotes the year-end 5.2%)',
      sources: [{ url: 'https://example.org/avg', title: 'b', published: '2021-03-04', source_type: 'news', quote: '平均为5.6%' }],
    },
    {
      region: '江苏', region_level: 'province', year: 2026, indicator: 'disposable_income_growth', kind: 'target', value: null, value_high: null,
      unit: null, qualifier: null, estimate: false, qualitative: '居民收入增长与经济增长同步', note: null,
      sources: [{ url: 'https://example.org/js', title: '江苏报告', published: '2026-01-27', source_type: 'official', quote: '居民收入增长与经济增长同步' }],
    },
    {
      region: '全国', region_level: 'national', year: 2021, indicator: 'rd_spending_growth', kind: 'result', value: 15.5, value_high: null,
      unit: '%', qualifier: '以下', estimate: false, qualitative: null, note: null,
      sources: [{ url: 'https://example.org/rd', title: 'c', published: '2022-03-05', source_type: 'news', quote: '研发经费增长15.5%' }],
    },
  ],
};

export const provincialFacts = {
  meta: { description: 'test' },
  facts: [
    {
      region: '江苏', region_level: 'province', year: 2025, indicator: 'gdp_growth', kind: 'result', value: 5.3, value_high: null,
      unit: '%', qualifier: null, extra_qualifier: null, estimate: false, qualitative: null, note: null,
      sources: [{ url: null, via: 'github someone/Some-Repo data/text/2026_JS.txt', title: '江苏 2026年政府工作报告', published: null, source_type: 'official', quote: '5.3%、增量' }],
    },
    {
      region: '北京', region_level: 'municipality', year: 2025, indicator: 'cpi', kind: 'result', value: 0, value_high: null,
      unit: '%', qualifier: null, extra_qualifier: null, estimate: false, qualitative: '持平', note: 'flat',
      sources: [{ url: 'https://example.gov.cn/bj', via: 'github someone/Some-Repo data/text/2026_BJ.txt', title: '北京 2026年政府工作报告', published: null, source_type: 'official', quote: '居民消费价格持平' }],
    },
    {
      region: '北京', region_level: 'municipality', year: 2026, indicator: 'other:細顆粒物年均濃度', kind: 'target', value: 29, value_high: null,
      unit: '微克/立方米', qualifier: '左右', extra_qualifier: '争取更优水平', estimate: false, qualitative: null, note: 'ceiling',
      sources: [{ url: 'https://example.gov.cn/bj', via: null, title: '北京 2026年政府工作报告', published: null, source_type: 'official', quote: '29微克/立方米左右' }],
    },
  ],
};

export const seedProposals = [
  {
    proposer: '李某', role: '北京市政協委員', type: '建言', year: 2024, region: '北京', title: '加強數據合作',
    topics: ['數據共享', '数据共享', ' 產業化 '], quote: '加強數據合作',
    source: { title: '北京政府工作報告', outlet: '大公報', published: '2024-01-22' },
  },
];

export const corpusProposals = [
  { doc: 20, proposer: '王某', role: '港区全国人大代表', type: '建议', year: 2025, quote: '提出《关于加强青年交流的建议》', quote_offset: 10 },
  { doc: 21, proposer: '张某', role: '全国政协委员', type: '提案', year: 2024, quote: '提出某提案', quote_offset: 5 },
  { doc: 20, proposer: '汇总', role: '提案委员会报告', type: '提案统计', year: 2024, quote: '立案5006件', quote_offset: 1 },
  { doc: 20, proposer: '赵某', role: '港区全国人大代表', type: '建议', year: null, quote: '提交20多项建议', quote_offset: 3 },
];
