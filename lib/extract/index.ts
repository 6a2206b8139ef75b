// lib/extract — numeric statements of a report page: indicator, target | result, year, value (range), unit,
// qualifier and the exact span in the text it was given. Imports lib/text, lib/regions and lib/model only.
//
// How a statement is read, on the clean matching text (lib/text):
//   1. figures (values.ts), indicator subjects (subjects.ts), time/kind markers (markers.ts) and region
//      mentions (lib/regions) are each found in one linear pass;
//   2. sentences are cut at 。!?; and paragraph breaks; inside one, a figure belongs to the nearest subject
//      before it when the words between are only verbs and modifiers, or continues the previous figure's subject
//      ("达到4.72万亿元,增长5%");
//   3. its year and kind come from the nearest year word before it in the sentence (2023年, 去年, 今年), else
//      from the paragraph so far, else from target words (预期, 目标, 左右 …);
//   4. distractors are dropped by their context: quarters and half-years, multi-year averages, plan horizons
//      (到2027年), world and foreign figures.
import type { Detection, Indicator, Statement } from '../model.ts';
import { NATIONAL, regionEntry, scanRegions, wholeWord, type RegionMention } from '../regions/index.ts';
import { cleanText, originalSpan, type CleanText } from '../text/clean.ts';
import { type Marker, scanMarkers } from './markers.ts';
import { indicatorFor, SUBJECT_RE, SUBJECT_RULES, type SubjectFamily } from './subjects.ts';
import { type Figure, scanFigures } from './values.ts';

interface Subject {
  family: SubjectFamily;
  text: string;
  start: number;
  end: number;
}

function scanSubjects(t: string): Subject[] {
  const out: Subject[] = [];
  SUBJECT_RE.lastIndex = 0;
  for (let m = SUBJECT_RE.exec(t); m; m = SUBJECT_RE.exec(t)) {
    let k = 1;
    while (k < m.length && m[k] === undefined) k++;
    out.push({ family: SUBJECT_RULES[k - 1].family, text: m[0], start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) SUBJECT_RE.lastIndex++;
  }
  return out;
}

/** Sentence ends; a paragraph break also resets what the paragraph has said so far. */
const SENTENCE_END = /[。!?;\n]/g;

/** Words between a subject and its figure that mean the figure is someone else's (another noun in between). */
const FOREIGN_NOUN = /产业|增加值|投资|出口|进口|支出|人均|制造|服务业|税收|利润|存款|贷款|能耗|排放|产量|收入|失业|零售|占比|比重|贡献|拉动|面积|人口|企业|项目|班列|港口|箱量/;
/** What may stand between a figure and the next figure of the same subject ("达到4.72万亿元,增长5%"). */
const CHAIN_GAP = /^[,、]?(?:其中|总量|规模|比上年|同比|实际|名义|增长|增速|增幅|增加|达到|达|约|为|升至|升|突破|超过|迈上|跨上|下降|降低|上涨|涨幅|人民币|按可比价格计算|可比价)*$/;
const QUARTER = /季度|上半年|下半年|前三季|前两季|[1-9]-\d{1,2}月|1至\d{1,2}月|前\d{1,2}个?月|\d{1,2}月份|(?:^|\D)\d{1,2}月(?![\d日])|月度|当月|全月|以来|截至/;
const PERIOD = /年均|年平均|两年平均|三年平均|五年平均|平均每年|连续\d+年|\d+年来|五年来|累计|十[三四五]五(?:期间|时期)?/;
/** A world body or another economy named near a figure makes it theirs ("IMF预测全球经济增长3.2%"). Specific
 * words only: 全球 and 国际 alone also mean "world-class" (全球首个, 国际消费中心城市). */
const WORLD = /世界经济|世界银行|世界贸易|全球经济|全球增长|全球GDP|国际货币基金|国际机构|国际组织|IMF|经合组织|OECD|美国|欧元区|日本|欧盟|英国|德国|印度|发达经济体|新兴市场|新兴经济体/;
/** How far back (in characters) a year word inside the same sentence still applies. */
const YEAR_REACH = 300;
/** Words right after a figure that make it a target ("5.5%左右的预期目标"). */
const TARGET_AFTER = /^的?(?:年度|全年)?(?:预期|增长|发展)?目标/;
const TARGET_QUALIFIERS = new Set(['左右', '以上', '以内', '不低于', '上下']);

interface State {
  year?: Marker;
  estimate: boolean;
  target: boolean;
  result: boolean;
}

/**
 * Every statement of the standard indicators (and `other:*` ones) in `text`, with exact spans into `text`.
 * `detection` supplies the report year (for 今年/去年) and the main region (for figures that name none).
 */
export function extractStatements(text: string, detection: Pick<Detection, 'regions' | 'year'>): Statement[] {
  if (!text) return [];
  const clean = cleanText(text);
  return extractFromClean(text, clean, detection);
}

export function extractFromClean(
  original: string,
  clean: CleanText,
  detection: Pick<Detection, 'regions' | 'year'>,
): Statement[] {
  const t = clean.text;
  const reportYear = detection.year ?? guessYear(t);
  const mainRegion = detection.regions[0] ?? null;
  const figures = scanFigures(t);
  if (figures.length === 0) return [];
  const subjects = scanSubjects(t);
  const markers = scanMarkers(t);
  // Hong Kong, Macau and Taiwan stay in the list: a figure named for them is theirs, and is left out (regionOf).
  const mentions = scanRegions(t);
  const out: Statement[] = [];

  let fi = 0; // next figure
  let si = 0; // subjects before the current sentence
  let mi = 0; // markers
  let ri = 0; // region mentions
  let carried: State = { estimate: false, target: false, result: false };
  let sentenceStart = 0;
  SENTENCE_END.lastIndex = 0;
  while (sentenceStart < t.length && fi < figures.length) {
    const endMatch = SENTENCE_END.exec(t);
    const sentenceEnd = endMatch ? endMatch.index + 1 : t.length;
    // Collect this sentence's parts.
    while (si < subjects.length && subjects[si].start < sentenceStart) si++;
    while (mi < markers.length && markers[mi].start < sentenceStart) mi++;
    while (ri < mentions.length && mentions[ri].start < sentenceStart) ri++;
    const sSubjects: Subject[] = [];
    for (let k = si; k < subjects.length && subjects[k].start < sentenceEnd; k++) sSubjects.push(subjects[k]);
    const sMarkers: Marker[] = [];
    for (let k = mi; k < markers.length && markers[k].start < sentenceEnd; k++) sMarkers.push(markers[k]);
    const sMentions: RegionMention[] = [];
    for (let k = ri; k < mentions.length && mentions[k].start < sentenceEnd; k++) sMentions.push(mentions[k]);

    const sentence: Sentence = { start: sentenceStart, subjects: sSubjects, markers: sMarkers, mentions: sMentions };
    const state: ReadState = { previous: null, list: null };
    while (fi < figures.length && figures[fi].start < sentenceEnd) {
      const f = figures[fi++];
      if (f.start < sentenceStart) continue;
      const owner = ownerOf(t, f, sentence, state);
      if (!owner) continue;
      const { subject } = owner;
      if (f.unit === '个百分点' || f.unit.includes('美元')) continue;
      const indicator =
        subject.family === 'share' ? shareIndicator(t, subject, sentenceStart) : indicatorFor(subject.family, f.unitKind, subject.text);
      if (!indicator) continue;
      const context = t.slice(Math.max(sentenceStart, subject.start - 12, f.start - 80), f.start);
      if (QUARTER.test(context) || PERIOD.test(context)) continue;
      if (WORLD.test(t.slice(Math.max(sentenceStart, subject.start - 30, f.start - 80), f.start))) continue;
      const when = owner.roundup ? roundupTime(f, sMarkers, carried, reportYear) : timeOf(f, sMarkers, carried, reportYear);
      if (!when) continue;
      // "实现了增长5.5%左右的预期目标": the figure names a target, of whatever year the sentence is about.
      if (TARGET_AFTER.test(t.slice(f.end, f.end + 8))) {
        when.kind = 'target';
        when.estimate = false;
      }
      const [a, b] = originalSpan(clean, subject.start, f.end);
      const regions = owner.regions ?? [regionOf(t, subject, sMentions, mainRegion)];
      for (const region of regions) {
        // A figure of an unnamed region is not a statement anyone can compare, and HK, Macau and Taiwan deliver no
        // 政府工作报告: leave them out.
        if (region && usableRegion(region)) out.push(statement(region, indicator, when, f, original.slice(a, b), a, b));
      }
    }
    // What this sentence said carries on (across paragraphs too: a review section spans many of them).
    carried = carry(carried, sMarkers);
    sentenceStart = sentenceEnd;
    if (!endMatch) break;
  }
  return out;
}

/** One sentence's subjects, markers and region mentions (all sorted by position). */
interface Sentence {
  start: number;
  subjects: Subject[];
  markers: Marker[];
  mentions: RegionMention[];
}

/** What reading a sentence's figures left to right remembers from one figure to the next. */
interface ReadState {
  previous: { figure: Figure; subject: Subject } | null;
  list: Respectively | null;
}

/** Whose figure this is: its subject and, when the sentence says so, its region(s). */
interface Owner {
  subject: Subject;
  /** Regions named for this figure (a 分别 list, a shared 均为 list, a roundup item), else null: regionOf decides. */
  regions: string[] | null;
  /** A roundup item ("湖北6%左右"): always a target. */
  roundup: boolean;
}

function ownerOf(t: string, f: Figure, sentence: Sentence, state: ReadState): Owner | null {
  const { mentions } = sentence;
  const list = state.list;
  if (list && list.index + 1 < list.regions.length && /^[、,和及与]$/.test(t.slice(list.lastEnd, f.start))) {
    // "北京、上海、广东的增长目标分别为5%左右、5%左右、5%以上": the next figure is the next region's.
    list.index++;
    list.lastEnd = f.end;
    state.previous = { figure: f, subject: list.subject };
    return { subject: list.subject, regions: [list.regions[list.index]], roundup: false };
  }
  state.list = null;
  const subject = subjectOf(t, f, sentence.subjects, state.previous);
  if (!subject) {
    const roundup = roundupSubject(t, f, mentions, sentence.start);
    state.previous = roundup ? { figure: f, subject: roundup } : null;
    if (!roundup) return null;
    // "湖北、安徽、四川的目标定为6%左右": every region of the list shares the figure.
    const regions = regionsEndingAt(t, mentions, lastEndingBy(mentions, f.start)).filter(usableRegion);
    return { subject: roundup, regions, roundup: true };
  }
  state.previous = { figure: f, subject };
  const between = t.slice(subject.end, f.start);
  if (between.includes('分别')) {
    const regions = regionList(t, subject, mentions);
    if (regions.length >= 2) {
      state.list = { subject, regions, index: 0, lastEnd: f.end };
      return { subject, regions: [regions[0]], roundup: false };
    }
  }
  if (/均|都|同为|同样/.test(between)) {
    // "广东、江苏、山东的GDP增长目标均为5%左右".
    const regions = regionList(t, subject, mentions);
    if (regions.length >= 2) return { subject, regions, roundup: false };
  }
  // "GDP增长目标：北京5%左右": a region named between the subject and its figure owns the figure.
  const k = lastEndingBy(mentions, f.start);
  if (k >= 0 && mentions[k].start >= subject.end) {
    return { subject, regions: usableRegion(mentions[k].region) ? [mentions[k].region] : [], roundup: false };
  }
  return { subject, regions: null, roundup: false };
}

function statement(
  region: string,
  indicator: Indicator,
  when: { year: number; kind: 'target' | 'result'; estimate: boolean },
  f: Figure,
  quote: string,
  start: number,
  end: number,
): Statement {
  const st: Statement = {
    region,
    year: when.year,
    indicator,
    kind: when.kind,
    value: f.value,
    unit: f.unit,
    qualifier: f.qualifier,
    quote,
    start,
    end,
  };
  if (f.valueMax !== undefined) st.valueMax = f.valueMax;
  if (f.extraQualifier) st.extraQualifier = f.extraQualifier;
  if (when.estimate) st.estimate = true;
  return st;
}

interface Respectively {
  subject: Subject;
  regions: string[];
  index: number;
  lastEnd: number;
}

/** The regions listed just before a subject ("北京、上海和广东的…"), in order; [] when there is no such list. */
function regionList(t: string, subject: Subject, mentions: RegionMention[]): string[] {
  const k = lastEndingBy(mentions, subject.start);
  if (k < 0) return [];
  const lead = t.slice(mentions[k].end, subject.start);
  if (lead.length > 10 || /[,;:。]/.test(lead)) return [];
  return regionsEndingAt(t, mentions, k);
}

/** The list of regions joined by 、/和/及/与 that ends with mentions[k], in order. */
function regionsEndingAt(t: string, mentions: RegionMention[], k: number): string[] {
  if (k < 0) return [];
  const out = [mentions[k].region];
  while (k > 0 && /^[、,和及与]$/.test(t.slice(mentions[k - 1].end, mentions[k].start))) {
    k--;
    out.unshift(mentions[k].region);
  }
  return out;
}

/** A GDP growth target named just before ("GDP增长目标", "经济增速目标"): the topic of a roundup of regions. */
const ROUNDUP_TOPIC = /(?:GDP|生产总值|经济)(?:增长|增速|成长)?(?:率)?(?:预期)?目标/;

/**
 * A roundup figure: "北京5%左右、天津4.5%左右" or "吉林(6%至7%)" — a percentage right after a region's name,
 * in a sentence (or just after a heading) about GDP growth targets. Its subject is that region's GDP growth.
 */
function roundupSubject(t: string, f: Figure, mentions: RegionMention[], sentenceStart: number): Subject | null {
  if (f.unitKind !== 'pct' || f.unit !== '%' || f.value > 20) return null;
  const k = lastEndingBy(mentions, f.start);
  if (k < 0) return null;
  const m = mentions[k];
  const gap = t.slice(m.end, f.start);
  if (!/^的?(?:GDP|经济)?(?:增长|增速)?(?:预期)?(?:目标)?(?:为|是|定为|定在|设为|设定为)?[(:]?$/.test(gap)) return null;
  const topic = t.slice(Math.max(0, sentenceStart - 120, m.start - 300), m.start);
  if (!ROUNDUP_TOPIC.test(topic)) return null;
  return { family: 'gdp', text: '', start: m.start, end: m.end };
}

/** Roundup figures are targets; their year is the report year unless a year word in the sentence says otherwise. */
function roundupTime(f: Figure, markers: Marker[], carried: State, reportYear: number): ReturnType<typeof timeOf> {
  const when = timeOf(f, markers, carried, reportYear);
  if (!when) return null;
  return { year: when.kind === 'result' && when.year === reportYear - 1 && !when.estimate ? reportYear : when.year, kind: 'target', estimate: false };
}

/** A share of GDP is R&D intensity when 研发 (R&D spending) is what the clause is about, else another ratio. */
function shareIndicator(t: string, subject: Subject, sentenceStart: number): Indicator | null {
  const before = t.slice(Math.max(sentenceStart, subject.start - 20), subject.start);
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
  if (/研发|R&D|研究与试验发展/.test(before) && !/增加值|产业|投资|消费/.test(clause)) return 'rd_intensity';
  return null;
}

/** HK, Macau and Taiwan deliver no 政府工作报告: a mention of them never owns a figure. */
function usableRegion(name: string): boolean {
  const level = regionEntry(name)?.level;
  return level !== 'SAR' && name !== '台湾';
}

/** Index of the last item whose `end` is ≤ pos (items sorted and non-overlapping), or -1. Binary search keeps a
 * page-long sentence (no punctuation in 10 MB) linear overall. */
function lastEndingBy<T extends { end: number }>(items: T[], pos: number): number {
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

function subjectOf(t: string, f: Figure, subjects: Subject[], previous: { figure: Figure; subject: Subject } | null): Subject | null {
  const k = lastEndingBy(subjects, f.start);
  const nearest: Subject | null = k >= 0 ? subjects[k] : null;
  if (previous && (!nearest || nearest.end <= previous.figure.end)) {
    // No new subject since the previous figure: the figure may continue it.
    const gap = t.slice(previous.figure.end, f.start);
    if (gap.length <= 16 && CHAIN_GAP.test(gap) && previous.figure.unitKind !== f.unitKind) return previous.subject;
    return null;
  }
  if (!nearest || f.start - nearest.end > 24 || /[,、]/.test(t.slice(nearest.end, f.start))) {
    // "2025年预期目标增长5%左右", "增长目标为5%": a growth target with no subject is the economy's.
    const lead = t.slice(Math.max(0, f.start - 12), f.start);
    if (/(?:预期目标|增长目标|增速目标)(?:为|是|定为|定在|设定为|确定为)?(?:增长)?$/.test(lead) && f.unitKind === 'pct') {
      const k = f.start - lead.length + lead.search(/预期目标|增长目标|增速目标/);
      return { family: 'gdp', text: '', start: k, end: f.start };
    }
  }
  if (!nearest) return null;
  // "固定资产投资近万亿元、增长11.0%": an approximate total written in words sits between subject and growth.
  const gap = t.slice(nearest.end, f.start).replace(/^(?:近|约|超|超过|突破)?(?:万亿|千亿|百亿)元[、,]/, '');
  if (gap.length > 24 || /[\d,、]/.test(gap) || FOREIGN_NOUN.test(gap)) return null;
  return nearest;
}

function timeOf(
  f: Figure,
  markers: Marker[],
  carried: State,
  reportYear: number,
): { year: number; kind: 'target' | 'result'; estimate: boolean } | null {
  let year: Marker | undefined;
  let estimate = false;
  let target = false;
  let result = false;
  // Only markers within reach can matter; start from the first one that is (markers are sorted).
  let first = lastEndingBy(markers, f.numberStart - YEAR_REACH - 1) + 1;
  if (first < 0) first = 0;
  for (let k = first; k < markers.length; k++) {
    const m = markers[k];
    if (m.start >= f.numberStart) break;
    // A year word far back in a run-on sentence (headline lists, long reviews) no longer speaks for this figure.
    if (f.numberStart - m.end > YEAR_REACH) continue;
    if (m.type === 'year' || m.type === 'horizon') {
      year = m;
      // A new year word starts a new clause of meaning: earlier kind words belonged to the earlier year.
      estimate = false;
      target = false;
      result = false;
    } else if (m.type === 'estimate') estimate = true;
    else if (m.type === 'target') target = true;
    else if (m.type === 'result') result = true;
  }
  const ownTarget = target;
  if (!year) {
    // No year word in this sentence: the paragraph so far says which year, unless this sentence's own kind
    // words say otherwise ("预计…" after a target paragraph is last year's estimate).
    const own = estimate || target || result;
    const c = carried.year;
    const cYear = c ? (c.relative ? reportYear + (c.year ?? 0) : (c.year ?? reportYear)) : null;
    if (own && (estimate || result) && (cYear === null || cYear >= reportYear)) {
      return { year: reportYear - 1, kind: 'result', estimate };
    }
    if (own && target && !estimate && !result && cYear !== null && cYear < reportYear) {
      return { year: reportYear, kind: 'target', estimate: false };
    }
    year = c;
    if (!own) {
      estimate = carried.estimate;
      target = carried.target;
      result = carried.result;
    }
  }
  if (year) {
    if (year.type === 'horizon') return null;
    const y = year.relative ? reportYear + (year.year ?? 0) : (year.year ?? reportYear);
    // "2023年经济增长目标定为5%": a past year's target is still a target (the comparison needs it).
    // Only when the target word is in this sentence: a carried one belongs to an earlier sentence's figure.
    const pastTarget = ownTarget && !estimate && !result && !year.relative;
    if (y < reportYear) return { year: y, kind: pastTarget ? 'target' : 'result', estimate };
    if (y > reportYear && !year.relative) return null;
    return { year: y, kind: 'target', estimate: false };
  }
  if (estimate) return { year: reportYear - 1, kind: 'result', estimate: true };
  if (result) return { year: reportYear - 1, kind: 'result', estimate: false };
  if (target || (f.qualifier && TARGET_QUALIFIERS.has(f.qualifier))) return { year: reportYear, kind: 'target', estimate: false };
  return { year: reportYear - 1, kind: 'result', estimate: false };
}

function carry(state: State, markers: Marker[]): State {
  if (markers.length === 0) return state;
  const next: State = { year: state.year, estimate: state.estimate, target: state.target, result: state.result };
  for (const m of markers) {
    if (m.type === 'year' || m.type === 'horizon') {
      next.year = m;
      next.estimate = false;
      next.target = false;
      next.result = false;
    } else if (m.type === 'estimate') next.estimate = true;
    else if (m.type === 'target') next.target = true;
    else if (m.type === 'result') next.result = true;
  }
  return next;
}

function regionOf(t: string, subject: Subject, mentions: RegionMention[], mainRegion: string | null): string | null {
  if (subject.family === 'gdp' && subject.text.startsWith('国内')) return NATIONAL;
  const k = lastEndingBy(mentions, subject.start + 1);
  const nearest: RegionMention | null = k >= 0 ? mentions[k] : null;
  // A region owns a figure when it is named in the same clause as the subject ("2023年广东地区生产总值…"), not
  // when it was named clauses earlier ("广州…科技集群…,全省研发经费支出…").
  if (nearest && nearest.region !== NATIONAL) {
    const between = t.slice(nearest.end, subject.start);
    if (between.length <= 8 || !/[,:]/.test(between)) {
      // "香港经济增长2.5%": Hong Kong, Macau and Taiwan deliver no 政府工作报告; their figures are not statements.
      if (!usableRegion(nearest.region)) return null;
      // 全X names a whole region of the level X: the one just named when it is of that level (郑州…全市), else the
      // page's own (a city page's 河南…全市, a province page's 郑州…全省).
      const whole = /全([省区市县州盟旗])/.exec(between + subject.text)?.[1];
      if (!whole || whole === wholeWord(nearest.region)) return nearest.region;
    }
  }
  return mainRegion;
}

/** The report year when detection found none: the most frequent plausible year written in the text. */
function guessYear(t: string): number {
  const counts = new Map<number, number>();
  const re = /(20\d\d)年/g;
  for (let m = re.exec(t); m; m = re.exec(t)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  let best = new Date().getUTCFullYear();
  let n = 0;
  for (const [y, c] of counts) if (c > n) [best, n] = [y, c];
  return best;
}
