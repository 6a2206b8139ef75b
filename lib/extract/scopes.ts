// Scopes: which year a figure is for and whether it is a target or a result, read from the nearest words that say
// so, and how far away they were (the evidence the confidence is built on).
//
// A scope is opened by a marker (markers.ts) and lasts until the next one of its kind:
//   - in the figure's own sentence, the last year word before it (2024年, 去年, 今年, "2025全市") wins, and the kind
//     words after it (预计, 目标, 力争, 回顾) refine it;
//   - else what the paragraph so far established, else what an earlier paragraph or heading established
//     ("一、2025年工作回顾" scopes every paragraph of the review until "二、2026年工作安排");
//   - a period marker (过去五年, 十四五时期) opens a review of several years: its figures are sums or spans, not one
//     year's, until a year word closes it;
//   - with no marker at all, a target qualifier (左右, 以上 …) makes a target of the report year, anything else is
//     read as last year's result, on weak evidence.
import { QUALIFIERS } from '../model.ts';
import type { Marker } from './markers.ts';

/** What the sentences read so far have established (carried from sentence to sentence, paragraph to paragraph). */
export interface Scope {
  year?: Marker;
  estimate: boolean;
  target: boolean;
  result: boolean;
  /** A multi-year review is open (过去五年 …) and no year word has closed it. */
  period: boolean;
  /** Paragraph breaks passed since the year (or period) was set: 0 = this paragraph. */
  paragraphs: number;
}

export const EMPTY_SCOPE: Scope = { estimate: false, target: false, result: false, period: false, paragraphs: 0 };

/** Where a figure's year and kind came from, strongest first. */
export type TimeEvidence = 'clause' | 'kind-word' | 'paragraph' | 'section' | 'old-year' | 'qualifier' | 'default';

export interface When {
  year: number;
  kind: 'target' | 'result';
  estimate: boolean;
  evidence: TimeEvidence;
  /** The figure sits in a multi-year review with no year word of its own. */
  period: boolean;
  why: string;
}

/** How far back (in characters) a year word inside the same sentence still applies. */
export const YEAR_REACH = 300;
const TARGET_QUALIFIERS = new Set<string>(QUALIFIERS);

/** Index of the last item whose `end` is ≤ pos (items sorted and non-overlapping), or -1. Binary search keeps a
 * page-long sentence (no punctuation in 10 MB) linear overall. */
export function lastEndingBy<T extends { end: number }>(items: T[], pos: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].end <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

const yearOf = (m: Marker, reportYear: number): number =>
  m.relative ? reportYear + (m.year ?? 0) : (m.year ?? reportYear);

const label = (m: Marker, t: string): string => t.slice(m.start, m.end);

/**
 * The year and kind of a figure whose number starts at `numberStart`, from the sentence's markers (sorted) and
 * the scope carried from before the sentence; null when the figure is a plan horizon (到2027年) or a future year.
 * `ignore`: markers already spent on another figure (the 去年 of "由去年的9%左右下调到8%左右").
 */
export function timeOf(
  t: string,
  numberStart: number,
  qualifier: string | null,
  markers: Marker[],
  carried: Scope,
  reportYear: number,
  ignore?: Set<number>,
): When | null {
  let year: Marker | undefined;
  let estimate = false;
  let target = false;
  let strongTarget = false;
  let result = false;
  let period = false;
  let first = lastEndingBy(markers, numberStart - YEAR_REACH - 1) + 1;
  if (first < 0) first = 0;
  for (let k = first; k < markers.length; k++) {
    const m = markers[k];
    if (m.start >= numberStart) break;
    // A year word far back in a run-on sentence (headline lists, long reviews) no longer speaks for this figure.
    if (numberStart - m.end > YEAR_REACH || ignore?.has(m.start)) continue;
    if (m.type === 'year' || m.type === 'horizon' || m.type === 'period') {
      // A new year word starts a new clause of meaning: earlier kind words belonged to the earlier year.
      year = m.type === 'period' ? undefined : m;
      period = m.type === 'period';
      estimate = false;
      target = false;
      strongTarget = false;
      result = false;
    } else if (m.type === 'estimate') estimate = true;
    else if (m.type === 'target') {
      target = true;
      if (!m.weak) strongTarget = true;
    } else if (m.type === 'result') result = true;
  }
  const ownTarget = strongTarget;
  let own = estimate || target || result;
  if (period && !year) {
    // "过去五年，…": the clause itself opened a multi-year review.
    return {
      year: reportYear - 1,
      kind: 'result',
      estimate,
      evidence: 'clause',
      period: true,
      why: 'year: the last of the review',
    };
  }
  let evidence: TimeEvidence = 'clause';
  let why = year ? `year from ${label(year, t)}` : '';
  if (!year) {
    const c = carried.year;
    const cYear = c ? yearOf(c, reportYear) : null;
    // No year word in this sentence: the paragraph so far says which year, unless this sentence's own kind
    // words say otherwise ("预计…" after a target paragraph is last year's estimate).
    // 预计 is only ever said of the year just ended, whatever year an earlier paragraph named.
    if (own && (estimate || (result && (cYear === null || cYear >= reportYear)))) {
      return {
        year: reportYear - 1,
        kind: 'result',
        estimate,
        evidence: 'kind-word',
        period: false,
        why: estimate ? 'estimate word 预计' : 'review word',
      };
    }
    // In a review, 计划/争取/拟 name programmes and efforts ("挖潜扩容计划", "争取专项债券"): only 预期/目标/力争
    // turn the sentence to this year's targets.
    if (own && target && !strongTarget && !estimate && !result && cYear !== null && cYear < reportYear) {
      target = false;
      own = estimate || result;
    }
    if (own && target && !estimate && !result && cYear !== null && cYear < reportYear) {
      return {
        year: reportYear,
        kind: 'target',
        estimate: false,
        evidence: 'kind-word',
        period: false,
        why: 'target word',
      };
    }
    if (carried.period && !own) {
      return {
        year: reportYear - 1,
        kind: 'result',
        estimate: false,
        evidence: carried.paragraphs ? 'section' : 'paragraph',
        period: true,
        why: 'year: the last of the review',
      };
    }
    year = c;
    if (year) {
      evidence = carried.paragraphs ? 'section' : 'paragraph';
      // A year before last year carried from an earlier sentence is more often an aside ("2015年，…破万亿。8年来，…")
      // than the scope of what follows: reports review last year, news pages this year's plan.
      if (!year.relative && yearOf(year, reportYear) < reportYear - 1) evidence = 'old-year';
      why = `year from ${carried.paragraphs ? 'an earlier paragraph' : 'this paragraph'} (${label(year, t)})`;
    }
    if (!own) {
      estimate = carried.estimate;
      target = carried.target;
      result = carried.result;
    } else if (year) evidence = 'kind-word';
  }
  if (year) {
    if (year.type === 'horizon') return null;
    const y = yearOf(year, reportYear);
    // "2023年经济增长目标定为6%左右": a past year's target is still a target (the comparison needs it).
    // Only when the target word is in this sentence: a carried one belongs to an earlier sentence's figure.
    const pastTarget = ownTarget && !estimate && !result && !year.relative;
    if (y < reportYear)
      return { year: y, kind: pastTarget ? 'target' : 'result', estimate, evidence, period: false, why };
    if (y > reportYear && !year.relative) return null;
    return { year: y, kind: 'target', estimate: false, evidence, period: false, why };
  }
  if (estimate)
    return {
      year: reportYear - 1,
      kind: 'result',
      estimate: true,
      evidence: 'kind-word',
      period: false,
      why: 'estimate word 预计',
    };
  if (result)
    return {
      year: reportYear - 1,
      kind: 'result',
      estimate: false,
      evidence: 'kind-word',
      period: false,
      why: 'review word',
    };
  if (target)
    return {
      year: reportYear,
      kind: 'target',
      estimate: false,
      evidence: 'kind-word',
      period: false,
      why: 'target word',
    };
  if (qualifier && TARGET_QUALIFIERS.has(qualifier)) {
    return {
      year: reportYear,
      kind: 'target',
      estimate: false,
      evidence: 'qualifier',
      period: false,
      why: `target qualifier ${qualifier}, no year word`,
    };
  }
  return {
    year: reportYear - 1,
    kind: 'result',
    estimate: false,
    evidence: 'default',
    period: false,
    why: 'no year or kind word: read as last year',
  };
}

const THING_OF_A_YEAR =
  /^[^,:;。]{0,3}?(?:签约|签署|出台|申请|发生|启动|开工|实施|设立|获批|批复|印发|发布|建成|开通|成立|举办|退出|认定|引进|投产|竣工)[^,:;。]{0,3}的/;

/**
 * Whether a year word sets the scope of the sentences after it: at the head of its sentence ("2025年，全省…",
 * "一、2025年工作回顾") or leading a clause ("2025年全省…", "2025年是…"), not a year inside a name
 * ("入选2026年片单", "2025年度最具幸福感城市"), which speaks only for its own sentence.
 */
function setsScope(t: string, m: Marker, sentenceStart: number): boolean {
  if (m.type !== 'year' && m.type !== 'horizon' && m.type !== 'period') return true;
  const before = t.slice(Math.max(sentenceStart, m.start - 4), m.start).replace(/["“”「]+$/, '');
  const after = t.slice(m.end, m.end + 4);
  // "入选2026年播出片单", "2025年度最具幸福感城市": a year inside a name.
  if (/(?:入选|获评|荣获|评为|列入)$/.test(before) || after.startsWith('度')) return false;
  // A year word opening a clause ("2025年，", "一年来，", "报告提出，今年…") or leading its subject.
  // Only heading marks ("一、", "（二）", "——", "●") and quotes before it: the word opens its sentence.
  const lead = t.slice(Math.max(sentenceStart, m.start - 8), m.start);
  const atHead =
    m.start - sentenceStart <= 8 &&
    /^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|[-—●■◆]+)?["“”「]*$/.test(lead);
  const opens = atHead || /(?:[,:;\n]|提出|指出|明确|表示|强调|、)$/.test(before);
  // 全省/全年 lead a subject; 全面/全部 ("明年全面建成") are adverbs of a plan.
  const leads = /^(?:[,:是的]|全(?![面部力])|我|以来|经济|地区|主要|预期|目标|工作|发展|GDP|国内|要|将|各项|重点)/.test(
    after,
  );
  if (m.type === 'period') return opens || /^[,:]/.test(after);
  // "由去年的5%左右调整为…", "比去年的目标": last year as the base of a comparison.
  if (/[由比较从自]$/.test(before)) return false;
  if (m.relative) return (opens && !before.endsWith('、')) || leads;
  // A base or a list is no topic: "由2020年的21.3%升至…", "是2021年的3.7倍", "2020年、2021年两年平均", "继2012年迈上…后".
  if (/^的?[\d.]/.test(after) || /^[、和与及至到-]\d/.test(after) || /\d年[、和与及]$/.test(before)) return false;
  // "2018年签约的项目", "2022年出台的政策": the year of a thing named, not of what follows.
  if (THING_OF_A_YEAR.test(t.slice(m.end, m.end + 12))) return false;
  return atHead || opens || leads;
}

/** The scope after a sentence with these markers; `paragraphEnd` when the sentence closed a paragraph. */
export function carry(t: string, scope: Scope, markers: Marker[], sentenceStart: number, paragraphEnd: boolean): Scope {
  const next: Scope = { ...scope };
  for (const m of markers) {
    if ((m.type === 'year' || m.type === 'horizon' || m.type === 'period') && !setsScope(t, m, sentenceStart)) continue;
    if (m.type === 'year' || m.type === 'horizon' || m.type === 'period') {
      next.year = m.type === 'period' ? undefined : m;
      next.period = m.type === 'period';
      next.estimate = false;
      next.target = false;
      next.result = false;
      next.paragraphs = 0;
    } else if (m.type === 'estimate') next.estimate = true;
    else if (m.type === 'target') next.target = true;
    else if (m.type === 'result') next.result = true;
  }
  if (paragraphEnd) next.paragraphs++;
  return next;
}
