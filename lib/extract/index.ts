// lib/extract — numeric statements of a report page: indicator, target | result, year, value (range), unit,
// qualifier and the exact span in the text it was given. Imports lib/text, lib/regions and lib/model only.
//
// How a statement is read, on the clean matching text (lib/text):
//   1. figures (values.ts), indicator subjects (subjects.ts), time/kind markers (markers.ts) and region
//      mentions (lib/regions) are each found in one linear pass;
//   2. sentences are cut at 。!?; and paragraph breaks; inside one, a figure belongs to the nearest subject
//      before it when the words between are only verbs and modifiers, continues the previous figure's subject
//      ("达到4.72万亿元,增长5%"), or takes its place in a list (分别 after regions, subjects or years; a list of
//      subjects sharing one figure);
//   3. what the figure is comes from the words around it (values.ts roleOf): a milestone, a 从…到 span, last year's
//      figure quoted as a base, a fall; parts, denominators and ratios are not the subject's own (subjects.ts);
//   4. its year and kind come from the nearest scope that sets them (scopes.ts: clause, paragraph, heading, kind
//      words, qualifier), its region from the clause, a list, a national word or the page (regionOf);
//   5. distractors are dropped by their context: quarters and half-years, multi-year averages, plan horizons
//      (到2027年), world and foreign figures;
//   6. every statement gets a confidence and the reasons for it (confidence.ts) once the whole page is read.
import type { Detection, Indicator, Statement } from '../model.ts';
import { NATIONAL, provinceOf, regionEntry, scanRegions, wholeWord, type RegionMention } from '../regions/index.ts';
import { cleanText, originalSpan, type CleanText } from '../text/clean.ts';
import { confidenceOf, type Evidence } from './confidence.ts';
import { type Marker, scanMarkers } from './markers.ts';
import { carry, EMPTY_SCOPE, lastEndingBy, type Scope, timeOf, type When } from './scopes.ts';
import { indicatorFor, notOwnFigure, scanSubjects, type Subject } from './subjects.ts';
import { type Figure, type FigureRole, roleOf, scanFigures } from './values.ts';

/** Sentence ends; a paragraph break also resets what the paragraph has said so far. */
const SENTENCE_END = /[。!?;\n]/g;

/** Words between a subject and its figure that mean the figure is someone else's (another noun in between). */
const FOREIGN_NOUN =
  /产业|增加值|投资|出口|进口|支出|人均|制造|服务业|税收|利润|存款|贷款|能耗|排放|产量|收入|失业|零售|占比|比重|贡献|拉动|面积|人口|企业|项目|班列|港口|箱量/;
/** What may stand between a figure and the next figure of the same subject ("达到4.72万亿元,增长5%"). */
const CHAIN_GAP =
  /^[,、]*(?:其中|总量|规模|比上年|同比|同口径|实际|名义|增长|增速|增幅|增加|达到|达|约|为|升至|升|突破|超过|迈上|跨上|下降|降低|上涨|涨幅|人民币|按可比价格计算|可比价)*$/;
/** Between the two ends of a span or a change of target ("提高到", "下调到", "调整为"). */
const SPAN_GAP =
  /^[^,;。\d]{0,10}(?:提高|增长|增加|提升|上升|扩大|跃升|下降|降低|减少|缩小|升|降|增|下调|上调|调低|调高|调整|调|改)(?:到|至|为)(?:(?:19|20)\d\d年(?:的|底|末)?)?$/;
/** After a milestone ("迈上5万亿元台阶,达5.38万亿元"): the words that lead on to the real figure of the subject. */
const AFTER_MILESTONE = /^(?:以上)?(?:大关|关口|[新大]?台阶|新阶段)?[,、]*(?:总量|规模)?(?:达到|达|为|实现|至)?$/;
const QUARTER =
  /季度|上半年|下半年|前三季|前两季|[1-9]-\d{1,2}月|1至\d{1,2}月|前\d{1,2}个?月|\d{1,2}月份|(?:^|\D)\d{1,2}月(?![\d日])|月度|当月|全月|以来|截至/;
const PERIOD =
  /年均|年平均|两年平均|三年平均|五年平均|平均每年|连续\d+年|连续[两三四五六七八九十]+年|连年|\d+年来|五年来|累计|[两三四五六七八九十]年(?:间|内|来)?(?:累计|共|合计)?(?:增长|提高|增加|下降|翻)|十[三四五]五["”]?(?:期间|时期|以来)/;
/** A world body or another economy named near a figure makes it theirs ("IMF预测全球经济增长3.2%"). Specific
 * words only: 全球 and 国际 alone also mean "world-class" (全球首个, 国际消费中心城市). */
const WORLD =
  /世界经济|世界银行|世界贸易|全球经济|全球增长|全球GDP|国际货币基金|国际机构|国际组织|IMF|经合组织|OECD|美国|欧元区|日本|欧盟|英国|德国|印度|发达经济体|新兴市场|新兴经济体/;
/** Words right after a figure that make it a target ("5.5%左右的预期目标"). */
const TARGET_AFTER = /^的?(?:年度|全年)?(?:预期|增长|发展)?目标/;
const GROUP_AFTER = /^(?:级|以上)?的?(?:县|市|区|企业|家|个|项目|园区|产业|集群|城市)/;
/** Growth rates and price changes: a fall written as a verb (下降3.3%) makes the value negative. Not the
 * intensity cuts (能耗降低3% is a cut of 3), levels (unemployment, deficit) or totals. */
const SIGNED = new Set<string>([
  'gdp_growth',
  'cpi',
  'fiscal_revenue_growth',
  'retail_sales_growth',
  'fixed_investment_growth',
  'disposable_income_growth',
  'industrial_value_added_growth',
  'foreign_trade_growth',
]);
const signed = (indicator: Indicator) =>
  SIGNED.has(indicator) || (indicator.startsWith('other:') && indicator.endsWith('增长'));

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
  // Hong Kong, Macau and Taiwan stay in the list: a figure named for them is theirs, and is left out (regionOf).
  const mentions = scanRegions(t);
  const markers = withYearsBeforeRegions(t, scanMarkers(t), mentions);
  const drafts: Draft[] = [];

  let fi = 0; // next figure
  let si = 0; // subjects before the current sentence
  let mi = 0; // markers
  let ri = 0; // region mentions
  let carried: Scope = EMPTY_SCOPE;
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
    const state: ReadState = { previous: null, list: null, spent: new Set() };
    while (fi < figures.length && figures[fi].start < sentenceEnd) {
      const f = figures[fi++];
      if (f.start < sentenceStart) continue;
      const role = roleOf(t, f, sentenceStart);
      const first = ownerOf(t, f, role, sentence, state);
      if (!first) continue;
      if (f.unit === '个百分点' || f.unit.includes('美元')) continue;
      // "地区生产总值、规模以上工业增加值、固定资产投资增长5%左右": every subject of the list has the figure.
      for (const owner of first.shared
        ? first.shared.map((subject) => ({ ...first, subject, chained: true }))
        : [first]) {
        const { subject } = owner;
        const indicator =
          owner.indicator ??
          (subject.family === 'share'
            ? shareIndicator(t, subject, sentenceStart)
            : indicatorFor(subject.family, f.unitKind, subject.text));
        if (!indicator) continue;
        const context = t.slice(Math.max(sentenceStart, subject.start - 12, f.start - 80), f.start);
        const own = sinceWholeYear(context);
        if (QUARTER.test(own) || PERIOD.test(own)) continue;
        if (WORLD.test(t.slice(Math.max(sentenceStart, subject.start - 30, f.start - 80), f.start))) continue;
        if (
          !owner.roundup &&
          subject.text &&
          notOwnFigure(t, subject, f.numberStart, f.unitKind === 'pct', endsAt(sMentions, subject.start))
        )
          continue;
        // "经济总量超200亿元县", "百亿元级企业": the figure names a class of places or firms.
        if (f.unitKind === 'money' && GROUP_AFTER.test(t.slice(f.end, f.end + 4))) continue;
        const read = readFigure(t, f, role, owner, sentence, carried, reportYear, state);
        if (!read) continue;
        const { when, evidence } = read;
        const [a, b] = originalSpan(clean, subject.start, f.end);
        let named = owner.regions ?? [regionOf(t, subject, sMentions, mainRegion)];
        let regional = false;
        const topic =
          !owner.regions && named[0] === mainRegion ? sentenceTopic(t, sMentions, sentenceStart, subject) : null;
        if (topic && topic !== mainRegion) {
          named = [topic];
          regional = true;
        }
        if (!owner.regions && named[0] === NATIONAL && /^(?:地区|全省|全市|全区)/.test(subject.text)) {
          // "特别是重庆经济运行稳中向好,地区生产总值增长5.7%" on a national page: 地区生产总值 is a region's, never the
          // nation's (国内生产总值); it goes to the place the sentence is about, or to no one.
          const other = lastPlace(sMentions, subject.start);
          named = other ? [other] : [];
          regional = true;
        }
        for (const region of named) {
          // A figure of an unnamed region is not a statement anyone can compare, and HK, Macau and Taiwan deliver no
          // 政府工作报告: leave them out.
          if (!region || !usableRegion(region)) continue;
          const regionEvidence: Evidence['region'] = regional
            ? 'sentence'
            : owner.regions || region !== mainRegion || namedNear(t, sMentions, region, subject.start)
              ? 'clause'
              : contested(sMentions, region, f.start)
                ? 'page-contested'
                : 'page';
          const e: Evidence = {
            ...evidence,
            region: regionEvidence,
            notes: read.negative ? [...evidence.notes, 'a fall: negative'] : evidence.notes,
          };
          drafts.push({
            st: statement(region, indicator, when, f, read.negative, original.slice(a, b), a, b),
            evidence: e,
            why: when.why,
          });
        }
      }
    }
    // What this sentence said carries on (across paragraphs too: a review section spans many of them).
    carried = carry(
      t,
      carried,
      sMarkers.filter((m) => !state.spent.has(m.start)),
      sentenceStart,
      endMatch?.[0] === '\n',
    );
    sentenceStart = sentenceEnd;
    if (!endMatch) break;
  }
  return finish(drafts);
}

/** A statement with the evidence its confidence is made of. */
interface Draft {
  st: Statement;
  evidence: Evidence;
  why: string;
}

/**
 * Confidence for every statement, once the whole page is read: a milestone (突破3万亿元) is only a stand-in for the
 * year's total when the page gives no exact figure for the same cell.
 */
function finish(drafts: Draft[]): Statement[] {
  const cell = (s: Statement) => `${s.region}|${s.year}|${s.indicator}|${s.kind}`;
  const exact = new Set<string>();
  for (const d of drafts) if (!d.evidence.flags.some((f) => f === 'milestone' || f === 'period')) exact.add(cell(d.st));
  return drafts.map(({ st, evidence, why }) => {
    const flags = evidence.flags.map((f) => (f === 'milestone' && !exact.has(cell(st)) ? 'milestone-alone' : f));
    const c = confidenceOf({ ...evidence, flags });
    st.confidence = c.confidence;
    st.why = why ? [why, ...c.why] : c.why;
    return st;
  });
}

/**
 * Year, kind and the evidence for them, after the figure's role is read: a milestone, a span of years (从…到), last
 * year's figure quoted as a base (比去年的…目标), a fall. Null when the figure is no statement (a horizon).
 */
function readFigure(
  t: string,
  f: Figure,
  role: FigureRole,
  owner: Owner,
  sentence: Sentence,
  carried: Scope,
  reportYear: number,
  state: ReadState,
): { when: When; evidence: Omit<Evidence, 'region'> & { notes: string[] }; negative: boolean } | null {
  const notes: string[] = [];
  const flags: Evidence['flags'] = [];
  let when: When | null;
  if (role.base) {
    // "比去年的6%-6.5%目标", "由去年的9%左右下调到8%左右": last year's figure, a target when the sentence speaks
    // of targets. Its 去年 is spent: the figure after it is this year's.
    const y = role.base.relative ? reportYear + role.base.year : role.base.year;
    const sentenceText = t.slice(Math.max(sentence.start, f.start - 120), f.end + 16);
    const target = /目标|预期|调|定[为在]/.test(sentenceText);
    // Only the base's own year word: a 今年 further back ("今年GDP增长目标由去年的…") still scopes what follows.
    for (
      let k = lastEndingBy(sentence.markers, f.numberStart);
      k >= 0 && f.numberStart - sentence.markers[k].end <= 12;
      k--
    ) {
      if (sentence.markers[k].type === 'year') {
        state.spent.add(sentence.markers[k].start);
        break;
      }
    }
    when = {
      year: y,
      kind: target ? 'target' : 'result',
      estimate: false,
      evidence: 'clause',
      period: false,
      why: `base of a comparison (${target ? "last year's target" : "last year's figure"})`,
    };
  } else {
    when = owner.roundup
      ? roundupTime(t, f, sentence.markers, carried, reportYear, state.spent)
      : timeOf(t, f.numberStart, f.qualifier, sentence.markers, carried, reportYear, state.spent);
  }
  if (owner.year !== undefined) {
    const y = owner.year;
    when = {
      year: y,
      kind: y < reportYear ? 'result' : 'target',
      estimate: false,
      evidence: 'clause',
      period: false,
      why: `year ${y} from a list of years (分别)`,
    };
  }
  if (!when) return null;
  // "实现了增长5.5%左右的预期目标": the figure names a target, of whatever year the sentence is about.
  if (!role.base && TARGET_AFTER.test(t.slice(f.end, f.end + 8))) {
    when.kind = 'target';
    when.estimate = false;
  }
  if (role.spanStart) {
    // "从2020年的2.83万亿元提高到…": the level at the start of the span, a result of that year when it is written.
    if (role.spanStart.year !== null) {
      when = {
        ...when,
        year: role.spanStart.year,
        kind: 'result',
        estimate: false,
        evidence: 'clause',
        period: false,
        why: `start of a span (从${role.spanStart.year}年)`,
      };
    } else flags.push('span-start');
  } else if (role.spanEnd) {
    // "…提高到2025年的3.87万亿元" / "…提高到14.58万亿元" at the end of a five-year review: the last year's level.
    const y = role.spanEnd.year ?? (when.period ? reportYear - 1 : when.year);
    when = {
      ...when,
      year: y,
      kind: 'result',
      estimate: false,
      period: false,
      why: role.spanEnd.year ? `end of a span (到${y}年)` : 'end of a span (从…到)',
    };
    if (role.spanEnd.year === null) flags.push('span-end');
  }
  if (role.milestone) flags.push('milestone');
  if (role.near) flags.push('near');
  // A level at the end of a multi-year review ("这五年…地区生产总值达到1.5万亿元") is the last year's level; sums
  // and rates over the span (新增就业522万人, 增长19.8%) are not one year's.
  if (when.period) flags.push(LEVELS.has(indicatorOf(owner, f) ?? '') && !role.fall ? 'period-level' : 'period');
  if (owner.unlisted) flags.push('respectively-unlisted');
  const indicator = indicatorOf(owner, f);
  if (indicator && !plausible(indicator, f)) flags.push('implausible');
  const gap = f.numberStart - owner.subject.end;
  const link: Evidence['link'] = owner.roundup
    ? 'roundup'
    : owner.chained
      ? 'chain'
      : !owner.subject.text
        ? 'target-phrase'
        : gap <= 8
          ? 'near'
          : 'far';
  const negative = role.fall && f.value > 0 && signed(indicatorOf(owner, f) ?? 'other:');
  return { when, evidence: { time: when.evidence, link, flags, notes }, negative };
}

/** Ranges a region's yearly figure stays in (a district's 增长24.1% or a five-year sum is outside): % or 万人. */
const PLAUSIBLE: Partial<Record<Indicator, [number, number]>> = {
  gdp_growth: [-10, 15],
  cpi: [-5, 8],
  urban_unemployment: [1, 10],
  deficit_ratio: [0, 10],
  rd_intensity: [0.1, 8],
  energy_intensity: [0, 20],
  carbon_intensity: [0, 25],
  disposable_income_growth: [-10, 20],
  new_urban_jobs: [0.1, 1500],
};

function plausible(indicator: Indicator, f: Figure): boolean {
  const range = PLAUSIBLE[indicator];
  if (!range || (f.unit !== '%' && f.unit !== '万人')) return true;
  return f.value >= range[0] && (f.valueMax ?? f.value) <= range[1];
}

/** Indicators that are a level at a point in time, not a flow or a rate over the year. */
const LEVELS = new Set<string>(['gdp_total', 'rd_intensity']);

function indicatorOf(owner: Owner, f: Figure): Indicator | null {
  return owner.indicator ?? indicatorFor(owner.subject.family, f.unitKind, owner.subject.text);
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
  previous: { figure: Figure; subject: Subject; role: FigureRole | null } | null;
  list: Respectively | null;
  /** Year markers already spent on a base figure (比去年的…). */
  spent: Set<number>;
}

/** Whose figure this is: its subject and, when the sentence says so, its region(s). */
interface Owner {
  subject: Subject;
  /** Regions named for this figure (a 分别 list, a shared 均为 list, a roundup item), else null: regionOf decides. */
  regions: string[] | null;
  /** A roundup item ("湖北6%左右"): always a target. */
  roundup: boolean;
  /** Set when a 分别 list names the indicator (城镇、农村居民收入分别增长A、B). */
  indicator?: Indicator;
  /** The figure continues the previous figure's subject ("达到4.72万亿元,增长5%"). */
  chained?: boolean;
  /** A 分别 figure whose list could not be read: someone's, not surely the subject's. */
  unlisted?: boolean;
  /** A list of subjects sharing one figure ("地区生产总值、固定资产投资增长5%左右"). */
  shared?: Subject[];
  /** The year a 分别 list of years gives this figure ("2021至2024年…分别为…"). */
  year?: number;
}

/** "2021至2024年", "2021-2024年": a span of years before a 分别 list. */
const YEAR_SPAN = /((?:19|20)\d\d)年?(?:至|到|-|~)((?:19|20)\d\d)年/;

/** 城乡 / 城镇和农村 before an income subject with 分别: the figures are urban, then rural. */
const URBAN_RURAL = /城乡|城镇和农村|城镇、农村|城镇居民、农村|城镇居民和农村|城镇与农村/;

function ownerOf(t: string, f: Figure, role: FigureRole, sentence: Sentence, state: ReadState): Owner | null {
  const { mentions } = sentence;
  const list = state.list;
  if (list && list.index + 1 < list.size && /^[、,和及与]$/.test(t.slice(list.lastEnd, f.start))) {
    // "北京、上海、广东的增长目标分别为5%左右、5%左右、5%以上": the next figure is the next region's (or subject's).
    list.index++;
    list.lastEnd = f.end;
    const subject = list.subjects?.[list.index] ?? list.subject;
    state.previous = { figure: f, subject, role };
    return {
      subject,
      chained: true,
      regions: list.regions ? [list.regions[list.index]] : null,
      roundup: false,
      indicator: list.groups ? groupIndicator(list.groups[list.index], f) : undefined,
      year: list.years?.[list.index],
      unlisted: list.unlisted,
    };
  }
  state.list = null;
  const found = subjectOf(t, f, role, sentence.subjects, state.previous);
  const subject = found?.subject ?? null;
  if (!subject) {
    const roundup = roundupSubject(t, f, mentions, sentence.start);
    state.previous = roundup ? { figure: f, subject: roundup, role } : null;
    if (!roundup) return null;
    // "湖北、安徽、四川的目标定为6%左右": every region of the list shares the figure.
    const regions = regionsEndingAt(t, mentions, lastEndingBy(mentions, f.start)).filter(usableRegion);
    return { subject: roundup, regions, roundup: true };
  }
  state.previous = { figure: f, subject, role };
  const between = t.slice(subject.end, f.start);
  if (between.includes('分别')) {
    const regions = regionList(t, subject, mentions);
    if (regions.length >= 2) {
      state.list = { subject, size: regions.length, regions, index: 0, lastEnd: f.end };
      return { subject, regions: [regions[0]], roundup: false };
    }
    const subjects = subjectList(t, subject, sentence.subjects);
    if (subjects.length >= 2) {
      // "规上工业增加值、一般公共预算收入分别增长6.5%和7%": the figures go to the subjects in order.
      state.list = { subject, size: subjects.length, subjects, index: 0, lastEnd: f.end };
      state.previous = { figure: f, subject: subjects[0], role };
      return { subject: subjects[0], regions: null, roundup: false, chained: true };
    }
    // "2021至2024年全国GDP增长分别为8%、3%、5.2%、5%": the figures go to the years in order.
    const span = YEAR_SPAN.exec(t.slice(Math.max(sentence.start, subject.start - 24), f.start));
    if (span && Number(span[2]) > Number(span[1]) && Number(span[2]) - Number(span[1]) < 12) {
      const years = Array.from({ length: Number(span[2]) - Number(span[1]) + 1 }, (_, i) => Number(span[1]) + i);
      state.list = { subject, size: years.length, years, index: 0, lastEnd: f.end };
      return { subject, regions: null, roundup: false, year: years[0] };
    }
    const lead = t.slice(Math.max(sentence.start, subject.start - 8), subject.start) + subject.text;
    if (/收入/.test(subject.text) && URBAN_RURAL.test(lead)) {
      const groups = ['城镇', '农村'];
      state.list = { subject, size: 2, groups, index: 0, lastEnd: f.end };
      return { subject, regions: null, roundup: false, indicator: groupIndicator(groups[0], f) };
    }
    state.list = { subject, size: 8, index: 0, lastEnd: f.end, unlisted: true };
    return { subject, regions: null, roundup: false, unlisted: true };
  }
  // "包括河南、福建、北京在内的多地GDP增长目标为5%以上", "河南、福建等地的增长目标": the whole list shares it.
  const group = lastEndingBy(mentions, subject.start);
  if (
    group >= 0 &&
    /^(?:等|在内的|等地|等省份?|等城市)(?:多地|多省|省份|地区|城市)?的?$/.test(
      t.slice(mentions[group].end, subject.start),
    )
  ) {
    const regions = regionsEndingAt(t, mentions, group).filter(usableRegion);
    if (regions.length >= 2) return { subject, regions, roundup: false };
  }
  if (/均|都|同为|同样/.test(between)) {
    // "广东、江苏、山东的GDP增长目标均为5%左右".
    const regions = regionList(t, subject, mentions);
    if (regions.length >= 2) return { subject, regions, roundup: false };
  }
  const listed = between.length <= 12 && !/[,;]/.test(between) ? subjectList(t, subject, sentence.subjects) : [];
  if (listed.length >= 2) {
    state.previous = { figure: f, subject, role };
    return { subject, regions: null, roundup: false, shared: listed };
  }
  // "GDP增长目标：北京5%左右": a region named between the subject and its figure owns the figure.
  const k = lastEndingBy(mentions, f.start);
  if (k >= 0 && mentions[k].start >= subject.end) {
    return { subject, regions: usableRegion(mentions[k].region) ? [mentions[k].region] : [], roundup: false };
  }
  return { subject, regions: null, roundup: false, chained: found?.chained };
}

/** other:城镇居民人均可支配收入增长 and the like, for one group of a 分别 list (a rate; totals are not read). */
function groupIndicator(group: string, f: Figure): Indicator | undefined {
  return f.unitKind === 'pct' ? `other:${group}居民人均可支配收入增长` : undefined;
}

/** The subjects listed just before `subject` and joined to it by 、/和/及/与 ("A、B和C分别…"), in order. */
function subjectList(t: string, subject: Subject, subjects: Subject[]): Subject[] {
  const out = [subject];
  let k = lastEndingBy(subjects, subject.end);
  while (k > 0 && /^[、和及与]$/.test(t.slice(subjects[k - 1].end, subjects[k].start))) {
    k--;
    out.unshift(subjects[k]);
  }
  return out.length >= 2 ? out : [];
}

function statement(
  region: string,
  indicator: Indicator,
  when: When,
  f: Figure,
  negative: boolean,
  quote: string,
  start: number,
  end: number,
): Statement {
  const st: Statement = {
    region,
    year: when.year,
    indicator,
    kind: when.kind,
    value: negative ? -(f.valueMax ?? f.value) : f.value,
    unit: f.unit,
    qualifier: f.qualifier,
    quote,
    start,
    end,
  };
  if (f.valueMax !== undefined) st.valueMax = negative ? -f.value : f.valueMax;
  if (f.extraQualifier) st.extraQualifier = f.extraQualifier;
  if (when.estimate) st.estimate = true;
  return st;
}

/** A 分别 list in progress: the regions, subjects or groups the next figures go to, in order. */
interface Respectively {
  subject: Subject;
  size: number;
  regions?: string[];
  subjects?: Subject[];
  groups?: string[];
  years?: number[];
  unlisted?: boolean;
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
  if (
    !/^(?:等(?:地|省|省份|城市|省市)?)?的?(?:GDP|经济)?(?:增长|增速)?(?:预期)?(?:目标)?(?:均|都|则)?(?:为|是|定为|定在|设为|设定为|设定在|设定|确定为|锁定在|锁定为)?[(:]?$/.test(
      gap,
    )
  )
    return null;
  const topic = t.slice(Math.max(0, sentenceStart - 120, m.start - 300), m.start);
  if (!ROUNDUP_TOPIC.test(topic)) return null;
  return { family: 'gdp', text: '', start: m.start, end: m.end };
}

/**
 * Roundup figures are targets; their year is the report year unless a year word in the sentence says otherwise. A
 * sentence whose own year word names a past year ("去年，广东增长4.1%，江苏增长5.8%") is no longer the roundup of
 * targets an earlier sentence opened: its bare figures are left out (their subject is only guessed).
 */
function roundupTime(
  t: string,
  f: Figure,
  markers: Marker[],
  carried: Scope,
  reportYear: number,
  spent: Set<number>,
): When | null {
  const when = timeOf(t, f.numberStart, f.qualifier, markers, carried, reportYear, spent);
  if (!when || (when.evidence === 'clause' && when.kind === 'result')) return null;
  const year = when.kind === 'result' && when.year === reportYear - 1 && !when.estimate ? reportYear : when.year;
  return {
    ...when,
    year,
    kind: 'target',
    estimate: false,
    period: false,
    why: `${when.why ? `${when.why}; ` : ''}a roundup of targets`,
  };
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

/**
 * The subject a figure belongs to: the nearest subject before it when only verbs and modifiers stand between, or
 * the previous figure's subject when this figure continues it ("达到4.72万亿元,增长5%"; after a milestone,
 * "迈上5万亿元台阶,达5.38万亿元"). Null when the figure is nobody's we know.
 */
function subjectOf(
  t: string,
  f: Figure,
  role: FigureRole,
  subjects: Subject[],
  previous: ReadState['previous'],
): { subject: Subject; chained: boolean } | null {
  const k = lastEndingBy(subjects, f.start);
  const nearest: Subject | null = k >= 0 ? subjects[k] : null;
  if (previous && (!nearest || nearest.end <= previous.figure.end)) {
    // No new subject since the previous figure: the figure may continue it.
    // "达到5.53万亿元、稳居全国前十强、增长4.8%": one short clause without figures may stand between.
    const gap = t.slice(previous.figure.end, f.start).replace(/^[,、][^,、;。\d%]{2,10}(?=[,、])/, '');
    if (gap.length <= 16 && CHAIN_GAP.test(gap) && previous.figure.unitKind !== f.unitKind)
      return { subject: previous.subject, chained: true };
    if (previous.role?.milestone && gap.length <= 12 && AFTER_MILESTONE.test(gap))
      return { subject: previous.subject, chained: true };
    // "从4.16万亿元提高到5.1万亿元", "由去年的9%左右下调到8%左右": the other end of a span or a change.
    if ((previous.role?.spanStart || previous.role?.base) && gap.length <= 16 && SPAN_GAP.test(gap))
      return { subject: previous.subject, chained: true };
    // "增长目标为4.5%至5%左右，比去年的目标「5%左右」略为下调": last year's figure of the same subject.
    if (role.base && gap.length <= 16 && /^[,、]?[^,;。\d]*$/.test(gap))
      return { subject: previous.subject, chained: true };
    return null;
  }
  if (!nearest || f.start - nearest.end > 24 || /[,、]/.test(t.slice(nearest.end, f.start))) {
    // "2025年预期目标增长5%左右", "增长目标为5%": a growth target with no subject is the economy's.
    const lead = t.slice(Math.max(0, f.start - 12), f.start);
    const base = /(?:比|较|由)(?:去年|上年)的?["“「(]?$/.test(lead)
      ? lead.replace(/(?:比|较|由)(?:去年|上年)的?["“「(]?$/, '')
      : lead;
    if (
      /(?:预期目标|增长目标|增速目标)(?:为|是|定为|定在|设定为|确定为)?(?:增长)?$/.test(base) &&
      f.unitKind === 'pct'
    ) {
      const at = f.start - lead.length + lead.search(/预期目标|增长目标|增速目标/);
      return { subject: { family: 'gdp', text: '', start: at, end: f.start }, chained: false };
    }
  }
  if (!nearest) return null;
  // "固定资产投资近万亿元、增长11.0%": an approximate total written in words sits between subject and growth.
  // "连续迈上4个万亿元台阶、达14.2万亿元": a count of milestones, too.
  // "进出口总值创历史新高，达到5379亿元": a short clause of praise, then the verb.
  const gap = t
    .slice(nearest.end, f.start)
    .replace(/^(?:近|约|超|超过|突破)?(?:万亿|千亿|百亿)元[、,]/, '')
    .replace(/[从由](?:19|20)\d\d年(?:的|底|末)?$/, '从')
    // "全体居民人均可支配收入达39545元、增长5%": an amount per head (元) before the growth.
    .replace(/^(?:达到|达|为)?\d+(?:\.\d+)?元[、,]/, '')
    .replace(/^(?:连续|连)?(?:迈上|跨越|跨上|跃上|跨过|跨)\d+个(?:万亿|千亿|百亿)元?(?:级)?台阶[、,]/, '')
    // "地区生产总值迈上新台阶，总量突破5万亿元": a milestone said in words before the figures.
    .replace(/^(?:迈上|跃上|再上|跨上)(?:新|新的|一个新)台阶[、,]/, '')
    // "…台阶，2024年达到1.3万亿元": the clause's own year word (a marker of its own) before the verb.
    .replace(/^(?:19|20)\d\d年(?=达到|达|为|实现|增长)/, '')
    .replace(/^(?:创历史新高|再创新高|创新高|稳步增长|持续增长|稳居全国前列)[,、](?=达到|达|为|实现|增长)/, '');
  if (gap.length > 24 || /[\d,、]/.test(gap) || FOREIGN_NOUN.test(gap)) return null;
  return { subject: nearest, chained: false };
}

/**
 * The part of a figure's context after the last word that speaks of a whole year again: "上半年由负转正,全年地区生产总值
 * 增长3.7%", "“十四五”以来…,2024年达到1.3万亿元": a part of the year or a span named before it no longer applies.
 */
function sinceWholeYear(context: string): string {
  let at = -1;
  WHOLE_YEAR.lastIndex = 0;
  for (let m = WHOLE_YEAR.exec(context); m; m = WHOLE_YEAR.exec(context)) at = m.index;
  return at >= 0 ? context.slice(at) : context;
}
const WHOLE_YEAR = /全年|(?:19|20)\d\d年(?![以来底末前初]|\d{1,2}月|[上下]半年|前?[一二三四1-4]季)/g;

/** Whether `region` is named in the clause just before a subject ("北京全市地区生产总值", "湖南去年GDP"). */
function namedNear(t: string, mentions: RegionMention[], region: string, at: number): boolean {
  // Only the mentions ending within 16 characters before the subject matter (a bounded walk back: linear overall).
  for (let k = lastEndingBy(mentions, at); k >= 0 && at - mentions[k].end <= 16; k--) {
    const m = mentions[k];
    if (m.region === region && !/[,;:]/.test(t.slice(m.end, at))) return true;
  }
  return false;
}

const PLACE_AS_SUBJECT =
  /^(?:[省市区县州])?(?:去年|今年|全年|(?:19|20)\d\d年|的?(?:经济|GDP|地区生产总值|生产总值)|[,])/;
const SENTENCE_HEAD = /^(?:(?:去年|今年|(?:19|20)\d\d年)[,]?|[-—●]+)?$/;
const NATION_HEAD = /^(?:(?:去年|今年|(?:19|20)\d\d年)[,]?|[-—●]+)?(?:全国|我国|中国)(?!人民|共产|式)/;

/**
 * The place a sentence opens with, when the figure's own clause names none: "全国去年GDP增长5%，今年…，赤字率拟按4%
 * 左右安排" is about the nation in every clause. Not when another place is named on the way, nor for 全市/我省/本区
 * (the page's own).
 */
function sentenceTopic(t: string, mentions: RegionMention[], sentenceStart: number, subject: Subject): string | null {
  if (/[全我本该][国省市区县州]$/.test(t.slice(Math.max(0, subject.start - 2), subject.start))) return null;
  if (/^[全我本该][省市区县州]/.test(subject.text)) return null;
  const first = mentions[0];
  if (first && first.start < subject.start) {
    if (mentions.length > 1 && mentions[1].start < subject.start) return null;
    if (!SENTENCE_HEAD.test(t.slice(sentenceStart, first.start))) return null;
    // The place must be the subject ("深圳去年…", "广东省经济…"), not the start of a name (福州地铁, 银川河东机场).
    if (!PLACE_AS_SUBJECT.test(t.slice(first.end, first.end + 8))) return null;
    return usableRegion(first.region) ? first.region : null;
  }
  // 地区生产总值 is a region's, never the nation's (国内生产总值).
  return NATION_HEAD.test(t.slice(sentenceStart, subject.start)) && !subject.text.startsWith('地区') ? NATIONAL : null;
}

/** The last usable place other than the nation named in the sentence within 150 characters before `pos`. */
function lastPlace(mentions: RegionMention[], pos: number): string | null {
  for (let k = lastEndingBy(mentions, pos); k >= 0 && pos - mentions[k].end <= 150; k--) {
    const r = mentions[k].region;
    if (r !== NATIONAL && usableRegion(r)) return r;
  }
  return null;
}

/** Whether a region mention ends exactly at `pos` ("北京地区生产总值"). */
function endsAt(mentions: RegionMention[], pos: number): boolean {
  const k = lastEndingBy(mentions, pos);
  return k >= 0 && mentions[k].end === pos;
}

/** Whether the sentence names another place (not the page's own, not inside it) before the figure: a figure left to
 * the page's region is then less sure to be its own ("湖北定在6%左右…全省经济增长5.5%"). */
function contested(mentions: RegionMention[], region: string, before: number): boolean {
  const home = provinceOf(region);
  for (let k = lastEndingBy(mentions, before); k >= 0 && before - mentions[k].end <= 120; k--) {
    const other = mentions[k].region;
    if (other !== region && other !== NATIONAL && usableRegion(other) && provinceOf(other) !== region && other !== home)
      return true;
  }
  return false;
}

/** "2025北京全市…": a year glued to a region's name is a year word though it has no 年; merged in order. */
function withYearsBeforeRegions(t: string, markers: Marker[], mentions: RegionMention[]): Marker[] {
  const extra: Marker[] = [];
  for (const m of mentions) {
    const y = /(?:^|[^\d.])((?:19|20)\d\d)$/.exec(t.slice(Math.max(0, m.start - 5), m.start));
    if (y) extra.push({ type: 'year', year: Number(y[1]), start: m.start - 4, end: m.start });
  }
  if (extra.length === 0) return markers;
  return [...markers, ...extra].sort((a, b) => a.start - b.start);
}

function regionOf(t: string, subject: Subject, mentions: RegionMention[], mainRegion: string | null): string | null {
  if (subject.family === 'gdp' && subject.text.startsWith('国内')) return NATIONAL;
  const k = lastEndingBy(mentions, subject.start + 1);
  const nearest: RegionMention | null = k >= 0 ? mentions[k] : null;
  // "全国GDP增长5%", "我国经济增长5%", "全国城镇新增就业1256万人" on a city's page: the nation's figure.
  // "全国去年GDP增长5%": a time word between the nation and its subject changes nothing.
  if (
    /(?:(?:全国|我国|中国)(?:去年|今年|全年|(?:19|20)\d\d年)|全国|我国|中国|国家)的?$/.test(
      t.slice(Math.max(0, subject.start - 8), subject.start),
    )
  ) {
    return NATIONAL;
  }
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
  // "全省经济总量突破6万亿元" on a city's page: 全X names the whole of the page region's province when the city is
  // not of level X itself.
  const whole =
    /全([省区市])$/.exec(t.slice(Math.max(0, subject.start - 2), subject.start))?.[1] ??
    /^全([省区市])/.exec(subject.text)?.[1];
  if (whole && mainRegion && wholeWord(mainRegion) !== whole) {
    const province = provinceOf(mainRegion);
    if (province !== mainRegion && wholeWord(province) === whole) return province;
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
