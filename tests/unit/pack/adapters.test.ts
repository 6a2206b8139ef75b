// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { adaptGdpFacts } from '@/lib/pack/adapters/gdp-facts';
import { adaptGdpTargets } from '@/lib/pack/adapters/gdp-targets';
import { adaptIndicatorFacts } from '@/lib/pack/adapters/indicator-facts';
import { adaptCorpusProposals, adaptSeedProposals } from '@/lib/pack/adapters/proposals';
import { adaptProvincialReportFacts } from '@/lib/pack/adapters/provincial-report-facts';
import {
  context,
  corpusIndex,
  corpusProposals,
  gdpFacts,
  gdpTargets,
  indicatorFacts,
  provincialFacts,
  seedProposals,
} from './fixtures';

const docs = new Map(corpusIndex.map((d) => [d.id, d]));

describe('gdp-targets adapter', () => {
  const { items, dropped } = adaptGdpTargets(gdpTargets, context());
  const find = (region: string, year: number) => items.find((r) => r.region === region && r.year === year);

  it('reads a target with its qualifier and keeps the source', () => {
    expect(find('北京', 2024)).toMatchObject({
      indicator: 'gdp_growth',
      kind: 'target',
      value: 5,
      unit: '%',
      qualifier: '左右',
      origin: 'pack',
      source: { url: 'https://example.org/bj-2024', quote: '地区生产总值增长5%左右', type: 'news' },
    });
    expect(find('北京', 2024)?.valueMax).toBeUndefined();
  });

  it('turns "actual" into a result and 左右(预计) into 左右 with estimate, and folds the region name', () => {
    expect(find('重庆', 2023)).toMatchObject({ kind: 'result', value: 6.1, qualifier: '左右', estimate: true });
  });

  it('keeps a stretch goal as a modifier, not as the top of a range', () => {
    const r = find('重庆', 2025);
    expect(r).toMatchObject({ value: 6, qualifier: '以上', extraQualifier: '力争7%' });
    expect(r?.valueMax).toBeUndefined();
  });

  it('reads 区间 as a range with no qualifier', () => {
    expect(find('江苏', 2025)).toMatchObject({ value: 4.5, valueMax: 5, qualifier: null });
  });

  it('keeps a figure with no number as qualitative text, without a value', () => {
    const r = find('江苏', 2024);
    expect(r).toMatchObject({ text: '预计完成全年目标', unit: '' });
    expect(r && 'value' in r).toBe(false);
  });

  it('drops spam, low confidence, entries without a source url and unknown regions, counting each', () => {
    expect(items).toHaveLength(5);
    expect(dropped).toEqual({ 'spam-source': 1, 'low-confidence': 1, 'no-source-url': 1, 'unknown-region': 1 });
  });

  it('fails with the file name when the file has the wrong shape', () => {
    expect(() => adaptGdpTargets({ facts: [] }, context())).toThrow(/gdp-targets\.json.*"entries"/);
  });
});

describe('gdp-facts adapter', () => {
  const { items, dropped } = adaptGdpFacts(gdpFacts, context({ docs }));

  it('makes one record per source and maps the source tier to a source type', () => {
    expect(items.map((r) => r.source.url)).toEqual(['https://example.org/sz-a', 'https://example.org/sz-b']);
    expect(items[0]).toMatchObject({
      region: '深圳',
      indicator: 'gdp_total',
      kind: 'result',
      value: 3.46,
      unit: '万亿元',
    });
    expect(items[0].source.type).toBe('news');
  });

  it('takes a missing url, title and date from the corpus page the source cites, and reads 迈上 as a floor', () => {
    expect(items[1]).toMatchObject({
      value: 3,
      unit: '万亿元',
      qualifier: '以上',
      extraQualifier: '迈上',
      source: { url: 'https://example.org/sz-b', title: '深圳两会', publishedAt: '2024-01-20', type: 'mirror' },
    });
  });

  it('drops suspect statements, sources on suspect pages and sources with no address', () => {
    expect(dropped).toEqual({ 'suspect-page': 1, 'suspect-statement': 1, 'no-source-url': 1 });
  });
});

describe('indicator-facts adapter', () => {
  const { items, dropped } = adaptIndicatorFacts(indicatorFacts, context());

  it("makes a record per source and keeps a source's own qualifier where it differs", () => {
    const grain = items.filter((r) => r.indicator === 'grain_output');
    expect(grain.map((r) => r.qualifier)).toEqual(['左右', '以上']);
    expect(grain[1].source).toEqual({
      url: 'https://example.org/tw',
      title: '世界日报',
      quote: '糧食產量1.4兆斤以上',
      publishedAt: '2026-03-05',
      type: 'tw_media',
    });
  });

  it('reads the measure from the note (the one named first)', () => {
    const unemployment = items.filter((r) => r.indicator === 'urban_unemployment');
    expect(unemployment.map((r) => [r.value, r.measure])).toEqual([
      [5.2, '年末'],
      [5.6, '年均'],
    ]);
  });

  it('keeps a qualitative target as text', () => {
    const r = items.find((x) => x.region === '江苏');
    expect(r).toMatchObject({ kind: 'target', text: '居民收入增长与经济增长同步', unit: '', qualifier: null });
    expect(r?.value).toBeUndefined();
  });

  it("shows the source quote, not a gatherer's English summary, as a qualitative record's words", () => {
    const fact = {
      region: '全国',
      year: 2020,
      indicator: 'gdp_growth',
      kind: 'target',
      value: null,
      qualitative: 'no growth target this year',
      sources: [{ url: 'https://example.org/a', title: '报道', quote: '没有提出全年经济增速具体目标' }],
    };
    const {
      items: [record],
    } = adaptIndicatorFacts({ facts: [fact] }, context());
    expect(record.text).toBe('没有提出全年经济增速具体目标');
  });

  it('names non-standard indicators other:<中文名> and reads 以下 as the ceiling 以内', () => {
    expect(items.find((r) => r.year === 2021)).toMatchObject({
      indicator: 'other:研发经费增长',
      qualifier: '以内',
      extraQualifier: '以下',
    });
    expect(dropped).toEqual({});
  });
});

describe('provincial-report-facts adapter', () => {
  const { items } = adaptProvincialReportFacts(provincialFacts, context());

  it('uses the repository file named by `via` when the fact has no url', () => {
    expect(items[0].source).toMatchObject({
      url: 'https://github.com/someone/Some-Repo/blob/HEAD/data/text/2026_JS.txt',
      type: 'official_via_repo',
      quote: '5.3%、增量',
    });
  });

  it("keeps words beside a number in the note (0 with 持平), without the gatherers' English working notes", () => {
    expect(items[1]).toMatchObject({ indicator: 'cpi', value: 0, note: '持平' });
  });

  it('folds the name of an other: indicator to simplified and keeps extra modifiers', () => {
    expect(items[2].indicator).toBe('other:细颗粒物年均浓度');
    expect(items[2]).toMatchObject({ qualifier: '左右', extraQualifier: '争取更优水平', unit: '微克/立方米' });
  });
});

describe('proposal adapters', () => {
  it('seed: keeps author, role, title as written, folds topics to simplified without repeats', () => {
    const { items } = adaptSeedProposals(seedProposals, context());
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      region: '北京',
      year: 2024,
      author: '李某',
      role: '北京市政協委員',
      title: '加強數據合作',
      topics: ['数据共享', '产业化'],
      origin: 'pack',
      source: { url: '', title: '大公報：北京政府工作報告', quote: '加強數據合作', publishedAt: '2024-01-22' },
    });
    expect(items[0].id).toMatch(/^prop-[0-9a-f]{16}$/);
  });

  it('corpus: takes the page from the corpus index, the title from 《》, national members to 全国', () => {
    const { items, dropped } = adaptCorpusProposals(corpusProposals, context({ docs }));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      region: '全国',
      author: '王某',
      title: '关于加强青年交流的建议',
      topics: [],
      source: { url: 'https://example.org/npc', title: '代表建议', quote: '提出《关于加强青年交流的建议》' },
    });
    expect(dropped).toEqual({ 'proposal-suspect-page': 1, 'proposal-not-a-proposal': 1, 'proposal-no-year': 1 });
  });
});
