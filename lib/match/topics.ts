// Topic terms on a page ↔ stored proposals (集成电路, 量子, 人工智能, 低空经济 …).
//
// Thousands of topics are matched in one pass with an Aho–Corasick automaton over UTF-16 code units: time is linear
// in the text plus the matches, whatever the number of topics. (A single alternation regex sorted longest-first is
// the obvious alternative; see tests/unit/match/topics.test.ts for the measurement that chose this.)
//
// The page may be in traditional script while topics are stored folded to simplified, so the text is folded first
// with a caller-supplied, length-preserving `fold` (lib/text's folding): offsets into the folded text are offsets
// into the page text. ASCII letters are matched without case (AI, ai), and a topic that begins or ends with an ASCII
// letter or digit must not continue a Latin word on that side (AI does not match inside MAIN).
//
// A topic is a phrase of its own, never a word inside an indicator's name: 消费 inside 居民消费价格 or 数字经济 inside
// 数字经济核心产业增加值 is the name of a statistic, not the consumption or digital-economy topic of a proposal. The
// names are the reader's own (lib/extract/subjects.ts), so what is read as a figure is never underlined as a topic.

import { SUBJECT_RE } from '../extract/subjects';
import type { Proposal } from '../model';

/** One occurrence of a topic in the text; `end` is exclusive. */
export interface TopicMention {
  /** The longest topic found at this place, as stored. */
  term: string;
  start: number;
  end: number;
  /** Every topic found inside [start, end) — `term` first, then shorter ones (人工智能 holds 智能). */
  terms: string[];
}

export type Fold = (s: string) => string;

const identity: Fold = (s) => s;

export interface TopicMatcher {
  /** Mentions in `text`, leftmost-longest and not overlapping, in text order. */
  find(text: string): TopicMention[];
  readonly size: number;
}

/**
 * Builds a matcher once for a set of topics; reuse it across pages and re-runs.
 *
 * Layout, for speed in the hot loop: the root's transitions are a 64 K table (most characters of a page start no
 * topic, so most steps are one array read); deeper transitions share one Map keyed by `node * 65536 + code`
 * (integer keys, no strings built per step); per-node fields are typed arrays.
 */
export function createTopicMatcher(topics: Iterable<string>, fold: Fold = identity): TopicMatcher {
  const terms: string[] = [];
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const topic of topics) {
    const key = lowerAscii(fold(topic.trim()));
    if (!key || seen.has(key)) continue;
    seen.add(key);
    terms.push(topic.trim());
    keys.push(key);
  }

  // The trie.
  const edges = new Map<number, number>();
  const termAt: number[] = [-1];
  const children: number[][] = [[]];
  for (let t = 0; t < keys.length; t++) {
    const key = keys[t];
    let n = 0;
    for (let i = 0; i < key.length; i++) {
      const k = n * 65536 + key.charCodeAt(i);
      let child = edges.get(k);
      if (child === undefined) {
        child = termAt.length;
        termAt.push(-1);
        children.push([]);
        edges.set(k, child);
        children[n].push(child);
      }
      n = child;
    }
    termAt[n] = t;
  }
  const size = termAt.length;
  const term = Int32Array.from(termAt);
  const fail = new Int32Array(size);
  // Nearest node on the fail chain (the node itself excluded) where a topic ends, or -1.
  const outLink = new Int32Array(size).fill(-1);
  const codeOf = new Int32Array(size);
  for (const [k, child] of edges) codeOf[child] = k % 65536;
  const root = new Int32Array(65536).fill(0);
  for (const child of children[0]) root[codeOf[child]] = child;

  const step = (n: number, c: number): number => {
    while (n !== 0) {
      const next = edges.get(n * 65536 + c);
      if (next !== undefined) return next;
      n = fail[n];
    }
    return root[c];
  };

  // Breadth-first: each node's fail link is the longest proper suffix of its path that is also a path in the trie.
  const queue: number[] = [...children[0]];
  for (let q = 0; q < queue.length; q++) {
    const n = queue[q];
    for (const child of children[n]) {
      const f = n === 0 ? 0 : step(fail[n], codeOf[child]);
      fail[child] = f === child ? 0 : f;
      outLink[child] = term[fail[child]] >= 0 ? fail[child] : outLink[fail[child]];
      queue.push(child);
    }
  }

  return {
    size: terms.length,
    find(text: string): TopicMention[] {
      if (terms.length === 0 || !text) return [];
      const folded = lowerAscii(fold(text));
      if (folded.length !== text.length) throw new Error('topics: fold must keep the length of the text');
      // All matches as [start, end, topic], in order of their end.
      const hits: [number, number, number][] = [];
      let n = 0;
      for (let i = 0; i < folded.length; i++) {
        n = step(n, folded.charCodeAt(i));
        if (n === 0) continue;
        for (let m = term[n] >= 0 ? n : outLink[n]; m >= 0; m = outLink[m]) {
          const t = term[m];
          const start = i + 1 - keys[t].length;
          if (wordEdgesOk(folded, start, i + 1, keys[t])) hits.push([start, i + 1, t]);
        }
      }
      return outsideIndicatorNames(selectLeftmostLongest(hits, terms), fold(text));
    },
  };
}

/** Every mention of any topic in `text` (see `createTopicMatcher`; build the matcher yourself to reuse it). */
export function findTopicMentions(text: string, topics: Iterable<string>, fold: Fold = identity): TopicMention[] {
  return createTopicMatcher(topics, fold).find(text);
}

/** Spans of indicator names in `text` (居民消费价格, 社会消费品零售总额 …), in text order. */
export function indicatorNameSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(new RegExp(SUBJECT_RE.source, 'g'))) {
    if (m[0].length > 0) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

/**
 * Drops mentions lying inside a longer indicator name. A topic that is the whole name (数字经济 where the page says
 * 数字经济) or reaches beyond it (粮食安全 beside 粮食) is a phrase of its own and stays.
 */
function outsideIndicatorNames(mentions: TopicMention[], text: string): TopicMention[] {
  if (mentions.length === 0) return mentions;
  const spans = indicatorNameSpans(text);
  if (spans.length === 0) return mentions;
  return mentions.filter((m) => !spans.some(([s, e]) => s <= m.start && m.end <= e && e - s > m.end - m.start));
}

/** Keeps the leftmost, then longest, match at each place; shorter matches inside it are listed in its `terms`. */
function selectLeftmostLongest(hits: [number, number, number][], terms: string[]): TopicMention[] {
  hits.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: TopicMention[] = [];
  let last: TopicMention | undefined;
  for (const [start, end, t] of hits) {
    if (last && start < last.end) {
      if (end <= last.end && !last.terms.includes(terms[t])) last.terms.push(terms[t]);
      continue;
    }
    last = { term: terms[t], start, end, terms: [terms[t]] };
    out.push(last);
  }
  return out;
}

function isAsciiWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function wordEdgesOk(text: string, start: number, end: number, key: string): boolean {
  if (isAsciiWordCode(key.charCodeAt(0)) && start > 0 && isAsciiWordCode(text.charCodeAt(start - 1))) return false;
  if (isAsciiWordCode(key.charCodeAt(key.length - 1)) && end < text.length && isAsciiWordCode(text.charCodeAt(end))) {
    return false;
  }
  return true;
}

/** A–Z → a–z only: keeps the length, which full Unicode lowercasing does not (İ → i̇). */
function lowerAscii(s: string): string {
  return /[A-Z]/.test(s) ? s.replace(/[A-Z]+/g, (m) => m.toLowerCase()) : s;
}

/**
 * Proposals whose topics include any of `terms` (as stored, e.g. a mention's `terms`), each once: those matching
 * more of the terms first, then the most recent year, then by title.
 */
export function proposalsForTopics(proposals: readonly Proposal[], terms: readonly string[]): Proposal[] {
  const wanted = new Set(terms.map((t) => t.trim()).filter(Boolean));
  if (wanted.size === 0) return [];
  const scored: { p: Proposal; hits: number }[] = [];
  for (const p of proposals) {
    const hits = new Set(p.topics.filter((t) => wanted.has(t.trim()))).size;
    if (hits > 0) scored.push({ p, hits });
  }
  scored.sort((a, b) => b.hits - a.hits || b.p.year - a.p.year || a.p.title.localeCompare(b.p.title, 'zh'));
  return scored.map((s) => s.p);
}

/** The distinct topics of a set of proposals: what to build a matcher from. */
export function topicsOf(proposals: readonly Proposal[]): string[] {
  const out = new Set<string>();
  for (const p of proposals) for (const t of p.topics) if (t.trim()) out.add(t.trim());
  return [...out];
}

/**
 * Only the topics whose proposals concern the page: proposals of one of the page's regions or of the national level
 * (全国). A member's proposal about another province is noise on this page, so its topic is not underlined.
 * Returns the mentions that keep at least one proposal, and those proposals per term.
 */
export function topicsForRegions(
  mentions: readonly TopicMention[],
  proposals: Readonly<Record<string, Proposal[]>>,
  regions: readonly string[],
): { topics: TopicMention[]; proposals: Record<string, Proposal[]> } {
  const wanted = new Set([...regions, '全国']);
  const kept: Record<string, Proposal[]> = {};
  for (const [term, list] of Object.entries(proposals)) {
    const relevant = list.filter((p) => wanted.has(p.region));
    if (relevant.length) kept[term] = relevant;
  }
  return { topics: mentions.filter((m) => kept[m.term]), proposals: kept };
}
