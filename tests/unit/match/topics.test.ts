// @vitest-environment node
//
// Measured (not asserted — unit tests are never timed): 2,000 random 2–6 character CJK topics over a 100 KB page in
// which 2% of positions start a topic, Node 20, after warm-up:
//   Aho–Corasick (createTopicMatcher): build ~15 ms once; find 5–11 ms per pass (2,133 mentions), with or without
//   lib/text's foldText.
//   One alternation regex sorted longest-first: build ~1 ms; find 60–95 ms per pass, same 2,133 mentions.
// Hence the automaton. The last test below runs that size for correctness.
import { describe, expect, it } from 'vitest';
import {
  createTopicMatcher,
  findTopicMentions,
  proposalsForTopics,
  topicsForRegions,
  topicsOf,
} from '@/lib/match/topics';
import { foldText } from '@/lib/text/fold';
import { proposal as buildProposal } from '../helpers/builders';

describe('findTopicMentions', () => {
  it('finds every occurrence of every topic, with offsets into the text', () => {
    const text = '发展低空经济，培育量子科技，低空经济要安全';
    expect(findTopicMentions(text, ['低空经济', '量子科技'])).toEqual([
      { term: '低空经济', start: 2, end: 6, terms: ['低空经济'] },
      { term: '量子科技', start: 9, end: 13, terms: ['量子科技'] },
      { term: '低空经济', start: 14, end: 18, terms: ['低空经济'] },
    ]);
  });

  it('keeps the longest topic at a place and lists the shorter ones inside it', () => {
    expect(findTopicMentions('推动人工智能发展', ['智能', '人工智能', '人工'])).toEqual([
      { term: '人工智能', start: 2, end: 6, terms: ['人工智能', '人工', '智能'] },
    ]);
  });

  it('does not overlap mentions: the leftmost wins', () => {
    expect(findTopicMentions('人工智能制造', ['人工智能', '智能制造']).map((m) => m.term)).toEqual(['人工智能']);
  });

  it('finds simplified topics in traditional text through the fold, at the same offsets', () => {
    const text = '發展積體電路與集成電路產業';
    expect(findTopicMentions(text, ['集成电路'], foldText)).toEqual([
      { term: '集成电路', start: 7, end: 11, terms: ['集成电路'] },
    ]);
    expect(text.slice(7, 11)).toBe('集成電路');
  });

  it('finds nothing in traditional text without a fold', () => {
    expect(findTopicMentions('集成電路', ['集成电路'])).toEqual([]);
  });

  it('matches Latin topics without case, and only as whole words', () => {
    expect(findTopicMentions('发展AI与ai芯片, MAIN', ['ai']).map((m) => [m.start, m.end])).toEqual([
      [2, 4],
      [5, 7],
    ]);
  });

  it('returns the topic as stored, not as folded', () => {
    expect(findTopicMentions('推进5G建设', ['5G'])[0].term).toBe('5G');
  });

  it('ignores empty and duplicate topics', () => {
    const matcher = createTopicMatcher(['', '  ', '量子', '量子']);
    expect(matcher.size).toBe(1);
    expect(matcher.find('量子')).toHaveLength(1);
  });

  it('finds nothing with no topics', () => {
    expect(findTopicMentions('量子科技', [])).toEqual([]);
  });

  it('refuses a fold that changes the length (offsets would lie)', () => {
    expect(() => findTopicMentions('量子', ['量子'], (s) => `${s}!`)).toThrow(/length/);
  });

  it('agrees with a naive search on 2,000 topics over 100 KB', () => {
    let seed = 7;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    const cjk = () => String.fromCharCode(0x4e00 + Math.floor(rand() * 3000));
    const topics = new Set<string>();
    while (topics.size < 2000) topics.add(Array.from({ length: 2 + Math.floor(rand() * 5) }, cjk).join(''));
    const list = [...topics];
    let text = '';
    while (text.length < 100_000) text += rand() < 0.02 ? list[Math.floor(rand() * list.length)] : cjk();

    // The naive reading of "leftmost-longest, not overlapping": from each position, the longest topic starting there.
    const set = new Set(list);
    const expected: [number, number][] = [];
    for (let i = 0; i < text.length; ) {
      let len = 0;
      for (let l = 6; l >= 2 && !len; l--) if (set.has(text.slice(i, i + l))) len = l;
      if (len) expected.push([i, i + len]);
      i += len || 1;
    }
    const mentions = findTopicMentions(text, list);
    expect(mentions.map((m) => [m.start, m.end])).toEqual(expected);
    expect(mentions.length).toBeGreaterThan(1000);
  });
});

const proposal = (id: string, year: number, topics: string[], title = id) =>
  buildProposal({ id, region: '北京', year, topics, title });

describe('proposalsForTopics', () => {
  const a = proposal('a', 2024, ['人工智能', '算力']);
  const b = proposal('b', 2025, ['人工智能']);
  const c = proposal('c', 2023, ['低空经济']);

  it('lists proposals sharing any term: more shared terms first, then the latest year', () => {
    expect(proposalsForTopics([c, b, a], ['人工智能', '算力'])).toEqual([a, b]);
    expect(proposalsForTopics([c, a, b], ['人工智能'])).toEqual([b, a]);
  });

  it('lists nothing for no terms', () => {
    expect(proposalsForTopics([a, b, c], [])).toEqual([]);
  });
});

describe('topicsOf', () => {
  it('collects the distinct topics of the proposals', () => {
    expect(topicsOf([proposal('a', 2024, ['人工智能', '算力']), proposal('b', 2025, ['人工智能', ' '])])).toEqual([
      '人工智能',
      '算力',
    ]);
  });
});

describe('topicsForRegions', () => {
  it('keeps the topics whose proposals are of the page’s regions or national, with only those proposals', () => {
    const beijing = proposal('b', 2024, ['人工智能']);
    const national = { ...proposal('n', 2025, ['低空经济']), region: '全国' };
    const shanghai = { ...proposal('s', 2025, ['人工智能', '航运']), region: '上海' };
    const mentions = [
      { term: '人工智能', terms: ['人工智能'], start: 0, end: 4 },
      { term: '低空经济', terms: ['低空经济'], start: 5, end: 9 },
      { term: '航运', terms: ['航运'], start: 10, end: 12 },
    ];
    const proposals = { 人工智能: [beijing, shanghai], 低空经济: [national], 航运: [shanghai] };
    const out = topicsForRegions(mentions, proposals, ['北京']);
    expect(out.topics.map((m) => m.term)).toEqual(['人工智能', '低空经济']);
    expect(out.proposals.人工智能.map((p) => p.id)).toEqual(['b']);
    expect(topicsForRegions(mentions, proposals, ['苏州']).topics.map((m) => m.term)).toEqual(['低空经济']);
  });
});

describe('topics are phrases of their own, never a word inside an indicator name', () => {
  const terms = (text: string, topics: string[]) => findTopicMentions(text, topics, foldText).map((m) => m.term);

  it('does not underline 消费 inside 居民消费价格 (simplified or traditional) but does elsewhere', () => {
    expect(terms('今年居民消费价格涨幅3%左右。', ['消费'])).toEqual([]);
    expect(terms('今年居民消費價格漲幅3%左右。', ['消费'])).toEqual([]);
    expect(terms('社会消费品零售总额增长5%。', ['消费'])).toEqual([]);
    expect(terms('培育消费新场景，扩大消费。', ['消费'])).toEqual(['消费', '消费']);
  });

  it('keeps a topic that is the whole name or reaches beyond it', () => {
    expect(terms('大力发展数字经济。', ['数字经济'])).toEqual(['数字经济']);
    expect(terms('数字经济核心产业增加值增长8%。', ['数字经济'])).toEqual([]);
    expect(terms('保障粮食安全。', ['粮食安全'])).toEqual(['粮食安全']);
  });
});
