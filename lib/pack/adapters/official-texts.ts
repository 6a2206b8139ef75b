// Adapter for the official report texts (../shared/data/reports/<region>/<year>.md, listed in its index.json): runs
// the project's own reader over each text and turns what it reads into pack records with the exact quote and the
// government page the text was copied from.
//
// The file says whose report it is and which year, so that is what the reader is told (never guessed). A report
// states the year's targets and last year's results; everything else it mentions (other places, five-year
// reviews, earlier years) is left out and counted by reason. Precision comes before reach — a wrong value beside
// the right one is worse than nothing on a card — so besides the reader's own confidence a statement must pass a
// few checks any report figure passes (see `screen`), and one text gives at most one figure per cell
// (`pickOne`): of disagreeing statements the most explicit one (a line of the target block, a figure of the
// review's summary paragraph) wins, and when none stands out the cell is left out.

import { CONFIDENT, type FigureRecord, INDICATORS, type Statement, type StandardIndicator } from '../../model';
import { type ReadInput, type ReadResult, readReport } from '../../reader';
import { NATIONAL } from '../../regions/national';
import { countDrop, type DropCounts, viaToUrl } from '../normalize';
import { type AdapterContext, type AdapterResult, finishRecord } from './common';

/** One official text, as index.json lists it, with its body (front matter removed). */
export interface OfficialText {
  region: string;
  /** The year the report was delivered: its targets are for this year, its results for the year before. */
  year: number;
  file: string;
  /** The government page the text was copied from (front matter `source:`), null when unknown. */
  url: string | null;
  title: string | null;
  /** Where the text itself was taken from (index.json `origin`, e.g. "github lawtext/gov …/2018.md"). */
  origin?: string | null;
  text: string;
}

/** Why a statement read from an official text is not in the pack (header.dropped). */
export const OFFICIAL_DROP = {
  uncertain: 'official-uncertain', // below the reader's CONFIDENT line
  otherRegion: 'official-other-region', // a figure of another place named in the report
  otherYear: 'official-other-year', // not this year's target nor last year's result (reviews, horizons)
  nonStandard: 'official-nonstandard-indicator', // other:* indicators are not shipped from the texts
  unit: 'official-unit-mismatch', // a unit the indicator is never stated in (a share read as growth …)
  implausible: 'official-implausible-value', // outside what the indicator has ever been in a report
  wording: 'official-share-or-milestone', // 占…比重, 比例, 突破/跨越, 从…(增加到) … (not a year's figure)
  series: 'official-out-of-series', // a level far from the same region's other years (a five-year total …)
  ambiguous: 'official-ambiguous-cell', // disagreeing statements of one cell, none more explicit
  repeat: 'official-repeat', // the same figure stated again in the same text (kept once)
  noUrl: 'official-no-source',
  mislabelled: 'official-mislabelled-text', // filed under another year than its own date, whose report is there too
} as const;

const GROWTH_UNITS = new Set(['%']);
const UNITS: Partial<Record<StandardIndicator, Set<string>>> = {
  gdp_total: new Set(['亿元', '万亿元']),
  new_urban_jobs: new Set(['万人']),
  grain_output: new Set(['亿斤', '万亿斤', '万吨', '亿公斤']),
};
/** [min, max] of a value in `%`: wider than any report's figure, narrower than the shares and ratios misread. */
const RANGE: Partial<Record<StandardIndicator, [number, number]>> = {
  gdp_growth: [-10, 20],
  cpi: [-3, 8],
  urban_unemployment: [1, 10],
  deficit_ratio: [1, 5],
  rd_intensity: [0.2, 8],
  energy_intensity: [0, 20],
  carbon_intensity: [0, 25],
  fiscal_revenue_growth: [-40, 50],
  retail_sales_growth: [-40, 50],
  fixed_investment_growth: [-50, 50],
  industrial_value_added_growth: [-40, 50],
  foreign_trade_growth: [-50, 80],
  disposable_income_growth: [-10, 20],
};
/** Words in a quote that make a figure a share, a ratio or a milestone rather than the year's own figure. */
const SHARE_OR_RATIO = /比重|比例|比率|之比|占[^，,。]{0,12}的?$|占比|相当于|水耗|能耗|用水|贡献率|拉动/;
/** Indicators that are themselves ratios or per-GDP figures: their quotes may say so. */
const OWN_RATIOS = new Set<StandardIndicator>([
  'rd_intensity',
  'deficit_ratio',
  'energy_intensity',
  'carbon_intensity',
  'cpi',
  'urban_unemployment',
]);
const MILESTONE = new Set(['突破', '超过', '近']);
const TARGET_BLOCK = /主要预期目标|预期目标|主要目标|发展目标|目标是|目标为/;

const STANDARD = new Set<string>(INDICATORS);

export type OfficialReader = (input: ReadInput) => ReadResult;

export function adaptOfficialTexts(
  texts: readonly OfficialText[],
  ctx: AdapterContext,
  read: OfficialReader = readReport,
): AdapterResult<FigureRecord> {
  const dropped: DropCounts = {};
  const items: FigureRecord[] = [];
  // Report years as the texts themselves date them; a text filed correctly keeps its year against a relabelled one.
  const years = texts.map((d) => reportYearOf(d));
  const keyOf = (d: OfficialText, year: number) => `${ctx.regions.resolve(d.region) ?? d.region}|${year}`;
  const filed = new Set(texts.filter((d, i) => years[i] === d.year).map((d) => keyOf(d, d.year)));
  for (let [i, doc] of texts.entries()) {
    const region = ctx.regions.resolve(doc.region);
    if (!region) {
      countDrop(dropped, 'unknown-region');
      continue;
    }
    // The file's year is taken as the truth, unless the text's own opening line dates it to another year's session
    // (a copy filed under the wrong year): then it is read as the report of the year it states, or left out when
    // that year's report is there already.
    const year = years[i];
    if (year !== doc.year) {
      if (filed.has(keyOf(doc, year))) {
        countDrop(dropped, OFFICIAL_DROP.mislabelled);
        continue;
      }
      filed.add(keyOf(doc, year));
      doc = { ...doc, year };
    }
    const { statements } = read({
      text: doc.text,
      title: doc.title ?? undefined,
      url: doc.url ?? undefined,
      known: { region, year: doc.year },
    });
    const kept = statements.filter((s) => {
      const why = screen(s, region, doc.year) ?? (ofAZone(doc.text, s) ? OFFICIAL_DROP.otherRegion : null);
      if (why) countDrop(dropped, why);
      return !why;
    });
    const source = sourceOf(doc, region);
    if (!source.url) {
      countDrop(dropped, OFFICIAL_DROP.noUrl, kept.length);
      continue;
    }
    const cells = new Map<string, Statement[]>();
    for (const s of kept) {
      const key = `${s.indicator}|${s.kind}|${s.year}`;
      const list = cells.get(key);
      if (list) list.push(s);
      else cells.set(key, [s]);
    }
    const blocks = blockSizes(doc.text, kept);
    for (const list of cells.values()) {
      const chosen = pickOne(list, doc.text, blocks);
      if (!chosen) {
        countDrop(dropped, OFFICIAL_DROP.ambiguous, list.length);
        continue;
      }
      countDrop(dropped, OFFICIAL_DROP.repeat, list.length - 1);
      const record = finishRecord(
        {
          region,
          year: chosen.year,
          indicator: chosen.indicator,
          kind: chosen.kind,
          value: chosen.value,
          valueMax: chosen.valueMax,
          unit: chosen.unit,
          qualifier: chosen.qualifier,
          extraQualifier: chosen.extraQualifier,
          estimate: chosen.estimate,
          source: { ...source, quote: chosen.quote },
        },
        ctx,
        dropped,
      );
      if (record) items.push(record);
    }
    // A target stated in words in the target block (增速高于全国平均水平, 居民收入增长与经济增长同步, 能耗完成国家下达
    // 任务) is still the year's target: kept as a qualitative record when the text gives no number for it.
    // Last year's GDP growth stated in words in the review (预计实现正增长, 能够实现6%左右的预期目标): a qualitative
    // result when the text gives no number for it.
    const gdpResult = qualitativeGdpResult(doc.text);
    if (
      gdpResult &&
      !items.some(
        (r) => r.region === region && r.year === doc.year - 1 && r.indicator === 'gdp_growth' && r.kind === 'result',
      )
    ) {
      const record = finishRecord(
        {
          region,
          year: doc.year - 1,
          indicator: 'gdp_growth',
          kind: 'result',
          unit: '',
          qualifier: null,
          text: gdpResult,
          estimate: gdpResult.includes('预计') || undefined,
          source: { ...source, quote: gdpResult },
        },
        ctx,
        dropped,
      );
      if (record) items.push(record);
    }
    for (const { indicator, clause } of qualitativeTargets(doc.text)) {
      if (
        items.some(
          (r) => r.region === region && r.year === doc.year && r.indicator === indicator && r.kind === 'target',
        )
      )
        continue;
      const record = finishRecord(
        {
          region,
          year: doc.year,
          indicator,
          kind: 'target',
          unit: '',
          qualifier: null,
          text: clause,
          source: { ...source, quote: clause },
        },
        ctx,
        dropped,
      );
      if (record) items.push(record);
    }
  }
  return { items: dropOutOfSeries(items, dropped), dropped };
}

/** Levels that move little from one year to the next: [indicator, the largest ratio to the neighbours' median]. */
const SERIES_BOUNDS: Partial<Record<string, number>> = { gdp_total: 1.25, new_urban_jobs: 1.8, grain_output: 1.25 };

/**
 * A level (GDP, new jobs, grain) read for one year that is far from what the same region's texts say for the
 * years around it is not that year's figure — a five-year total, a start-of-period value, another place's — and
 * is left out. Compared with the median of up to two years either side, in one unit.
 */
function dropOutOfSeries(items: FigureRecord[], dropped: DropCounts): FigureRecord[] {
  const scale = (r: FigureRecord) => (r.value ?? 0) * (UNIT_FACTOR[r.unit] ?? 1);
  const series = new Map<string, FigureRecord[]>();
  for (const r of items) {
    if (r.value === undefined || !SERIES_BOUNDS[r.indicator]) continue;
    const k = `${r.region}|${r.indicator}|${r.kind}`;
    const list = series.get(k);
    if (list) list.push(r);
    else series.set(k, [r]);
  }
  const out = new Set<FigureRecord>();
  for (const list of series.values()) {
    const bound = SERIES_BOUNDS[list[0].indicator] as number;
    for (const r of list) {
      const near = list
        .filter((o) => o !== r && Math.abs(o.year - r.year) <= 2)
        .map(scale)
        .sort((a, b) => a - b);
      if (near.length < 2) continue;
      const median =
        near.length % 2 ? near[(near.length - 1) / 2] : (near[near.length / 2 - 1] + near[near.length / 2]) / 2;
      // GDP grows: a year's level may sit up to `bound` per year of distance from the median; jobs and grain swing.
      const ratio = scale(r) / median;
      if (
        !(ratio < bound ** 2 && ratio > 1 / bound ** 2) ||
        (near.length >= 3 && !(ratio < bound * 1.2 && ratio > 1 / (bound * 1.2)))
      )
        out.add(r);
    }
  }
  countDrop(dropped, OFFICIAL_DROP.series, out.size);
  return items.filter((r) => !out.has(r));
}

const UNIT_FACTOR: Record<string, number> = {
  万亿元: 1e4,
  亿元: 1,
  万亿斤: 1e4,
  亿斤: 1,
  万吨: 0.2,
  亿公斤: 2,
  万人: 1,
};

/** Targets a report may state in words, each with the clause that states it (no digit inside). */
const NO_NUMBER = '[^，,。；;\\d%％]';
const QUALITATIVE_TARGETS: [StandardIndicator, RegExp][] = [
  ['gdp_growth', /(?:地区|全省|全市|全区|国内)生产总值(?:增速|增长)[^，,。；;、\d%％０-９]{2,24}(?=[，,。；;])/],
  [
    'disposable_income_growth',
    /(?:城乡)?居民(?:人均可支配)?收入(?:增长|增速)?(?:与|和|同)经济增长(?:基本|保持|基本保持)?同步/,
  ],
  [
    'fiscal_revenue_growth',
    new RegExp(
      `一般公共预算收入(?:、${NO_NUMBER}{0,14}?)?(?:增长|增速)?(?:与|和|同)经济增长(?:基本|保持|基本保持)?同步`,
    ),
  ],
  [
    'fixed_investment_growth',
    new RegExp(`固定资产投资${NO_NUMBER}{0,4}?(?:实现正增长|保持稳定增长|稳定增长|止跌回稳|企稳回升)`),
  ],
  [
    'foreign_trade_growth',
    new RegExp(
      `(?:外贸)?进出口(?:总额|总值)?${NO_NUMBER}{0,4}?(?:稳中提质|促稳提质|稳规模优结构|实现正增长|保持稳定|稳定增长)`,
    ),
  ],
  ['grain_output', new RegExp(`粮食(?:总)?产量${NO_NUMBER}{0,4}?(?:保持稳定|稳定在${NO_NUMBER}{0,8}水平|稳中有增)`)],
  ['new_urban_jobs', new RegExp(`城镇新增就业${NO_NUMBER}{0,8}?(?:完成|达到)${NO_NUMBER}{0,10}?(?:任务|目标)`)],
  [
    'energy_intensity',
    /(?:单位(?:地区)?生产总值|单位GDP|万元(?:地区)?生产总值)能耗[^，,。；;\d%]{0,24}(?:完成|达到|实现)[^，,。；;\d%]{0,16}(?:任务|目标|要求)/,
  ],
  [
    'carbon_intensity',
    /(?:单位(?:地区)?生产总值|单位GDP|万元(?:地区)?生产总值)二氧化碳排放[^，,。；;\d%]{0,24}(?:完成|达到|实现)[^，,。；;\d%]{0,16}(?:任务|目标|要求)/,
  ],
];

/** The target block: from "主要预期目标" to the end of its paragraph (at most 600 characters), each one a report. */
function targetBlocks(text: string): string[] {
  const blocks: string[] = [];
  for (const m of text.matchAll(/主要预期目标|预期目标/g)) {
    const [, end] = paragraphOf(text, m.index);
    blocks.push(text.slice(m.index, Math.min(end, m.index + 600)));
  }
  return blocks;
}

/** The targets the target block states in words, the first clause for each indicator. */
export function qualitativeTargets(text: string): { indicator: StandardIndicator; clause: string }[] {
  const out: { indicator: StandardIndicator; clause: string }[] = [];
  const blocks = targetBlocks(text);
  for (const [indicator, re] of QUALITATIVE_TARGETS) {
    for (const block of blocks) {
      const m = re.exec(block);
      if (m) {
        out.push({ indicator, clause: m[0] });
        break;
      }
    }
  }
  return out;
}

/** GDP growth of last year stated as meeting the plan or as growth without a number, in the review (before the
 * target block): "全市地区生产总值预计实现正增长", "预计全省生产总值能够实现6%左右的预期目标". */
const GDP_RESULT_WORDS =
  /(?:预计)?(?:全省|全市|全区)?(?:地区|国内)?生产总值(?:增速|增长)?[^，,。；;]{0,6}?(?:预计)?(?:能够|可以?)?(?:实现|完成)[^，,。；;]{0,14}?(?:预期目标|正增长|年度目标|全年目标)/;

export function qualitativeGdpResult(text: string): string | undefined {
  const block = /主要预期目标/.exec(text);
  const review = text.slice(0, block ? block.index : text.length);
  return GDP_RESULT_WORDS.exec(review)?.[0];
}

/** The GDP-growth clause of the target block when it states no number ("地区生产总值增长与全国保持同步"). */
export function qualitativeGdpTarget(text: string): string | undefined {
  return qualitativeTargets(text).find((q) => q.indicator === 'gdp_growth')?.clause;
}

/** The reason a statement cannot go into the pack, or null when it may. */
export function screen(s: Statement, region: string, reportYear: number): string | null {
  if ((s.confidence ?? 1) < CONFIDENT) return OFFICIAL_DROP.uncertain;
  if (s.region !== region) return OFFICIAL_DROP.otherRegion;
  const thisReport = s.kind === 'target' ? s.year === reportYear : s.year === reportYear - 1;
  if (!thisReport) return OFFICIAL_DROP.otherYear;
  if (!STANDARD.has(s.indicator)) return OFFICIAL_DROP.nonStandard;
  const indicator = s.indicator as StandardIndicator;
  const units = UNITS[indicator] ?? GROWTH_UNITS;
  if (!units.has(s.unit)) return OFFICIAL_DROP.unit;
  const range = RANGE[indicator];
  if (range && (s.value < range[0] || (s.valueMax ?? s.value) > range[1])) return OFFICIAL_DROP.implausible;
  if (s.kind === 'result' && s.extraQualifier && MILESTONE.has(s.extraQualifier)) return OFFICIAL_DROP.wording;
  if (!OWN_RATIOS.has(indicator) && SHARE_OR_RATIO.test(s.quote)) return OFFICIAL_DROP.wording;
  // "从4.16万亿元（增加到…）": where a period started, not the year's figure.
  if (s.quote.includes('从')) return OFFICIAL_DROP.wording;
  return null;
}

/** A development zone, new area or cooperation zone named as the subject's owner ("深汕特别合作区地区生产总值",
 * "开发区亩均工业增加值"): the figure is that part's, not the region's. */
const ZONE = /特别合作区|合作区|新区|开发区|经开区|高新区|示范区|自贸区|试验区|园区|片区|功能区/;

export function ofAZone(text: string, s: Pick<Statement, 'start' | 'quote'>): boolean {
  const clause =
    text
      .slice(Math.max(0, s.start - 16), s.start)
      .split(/[，,。；;：:\n、]/)
      .pop() ?? '';
  return ZONE.test(clause + s.quote.split(/\d/)[0]);
}

/** The page the text came from: its government address when known, else the repository file that holds it. */
function sourceOf(doc: OfficialText, region: string): FigureRecord['source'] {
  const via = doc.origin ?? undefined;
  // Only a web address counts as the page ("-" and the like mean the copy did not say where it came from).
  const page = doc.url && /^https?:\/\//.test(doc.url) ? doc.url : null;
  const url = page ?? viaToUrl(via) ?? '';
  return {
    url,
    title: doc.title ?? `${region === NATIONAL ? '国务院' : region}${doc.year}年政府工作报告`,
    publishedAt: deliveredOn(doc.text, doc.year),
    type: page ? 'official' : 'official_via_repo',
    via,
  };
}

/** The date the report was delivered, from its opening line ("2025年1月14日在…会议上", or in Chinese numerals
 * "二〇二五年一月十四日"), as YYYY-MM-DD; undefined when the opening gives none or one outside the report's year
 * and the year before. */
export function deliveredOn(text: string, year: number): string | undefined {
  const date = openingDate(text);
  if (!date || (date.year !== year && date.year !== year - 1)) return undefined;
  return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

const DIGIT: Record<string, number> = {
  〇: 0,
  '○': 0,
  Ο: 0,
  O: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 十四 → 14, 二十三 → 23, 九 → 9. */
function smallNumber(s: string): number {
  const [tens, ones] = s.includes('十') ? s.split('十') : ['', s];
  return (s.includes('十') ? (tens ? DIGIT[tens] : 1) * 10 : 0) + (ones ? DIGIT[ones] : 0);
}

/**
 * The year of the report a text is, by its own opening date when that contradicts the file (a session in the last
 * months of a year delivers the next year's report), else the file's year.
 */
export function reportYearOf(doc: Pick<OfficialText, 'text' | 'year'>): number {
  const date = openingDate(doc.text);
  if (!date || date.year === doc.year || date.year === doc.year - 1) return doc.year;
  return date.month >= 11 ? date.year + 1 : date.year;
}

/** The first full date in the opening lines of a text, in Arabic or Chinese numerals. */
export function openingDate(text: string): { year: number; month: number; day: number } | undefined {
  const head = text.slice(0, 800);
  const arabic = /(20\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(head);
  if (arabic) return { year: Number(arabic[1]), month: Number(arabic[2]), day: Number(arabic[3]) };
  const chinese =
    /二[〇○ΟO零][一二三四五六七八九〇○ΟO零]{2}年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/.exec(
      head,
    );
  if (!chinese) return undefined;
  const year = Number([...chinese[0].slice(0, 4)].map((c) => DIGIT[c]).join(''));
  return { year, month: smallNumber(chinese[1]), day: smallNumber(chinese[2]) };
}

/** For each statement, how many figures of distinct indicators of its kind its paragraph states. */
function blockSizes(text: string, statements: readonly Statement[]): Map<Statement, number> {
  const byParagraph = new Map<string, Set<string>>();
  const keyOf = (s: Statement) => `${paragraphOf(text, s.start).join(':')}|${s.kind}`;
  for (const s of statements) {
    const k = keyOf(s);
    const set = byParagraph.get(k) ?? new Set<string>();
    set.add(s.indicator);
    byParagraph.set(k, set);
  }
  return new Map(statements.map((s) => [s, byParagraph.get(keyOf(s))?.size ?? 1]));
}

function paragraphOf(text: string, at: number): [number, number] {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const next = text.indexOf('\n', at);
  return [start, next < 0 ? text.length : next];
}

/**
 * How explicit a statement is: a line of a block that lists many figures; for a target, one the paragraph
 * announces as a target before it ("主要预期目标是：…") and one stated with its qualifier or as a range.
 */
function explicitness(s: Statement, text: string, blocks: Map<Statement, number>): number {
  let score = Math.min(blocks.get(s) ?? 1, 6);
  if (s.kind === 'target') {
    const [start] = paragraphOf(text, s.start);
    if (TARGET_BLOCK.test(text.slice(Math.max(start, s.start - 400), s.start))) score += 4;
    if (s.qualifier || s.valueMax !== undefined) score += 1;
  }
  return score;
}

function sameFigure(a: Statement, b: Statement): boolean {
  return (
    a.value === b.value &&
    (a.valueMax ?? a.value) === (b.valueMax ?? b.value) &&
    a.unit === b.unit &&
    a.qualifier === b.qualifier &&
    !!a.estimate === !!b.estimate
  );
}

/**
 * One statement for a cell of one text: the earliest when all say the same; else the most explicit one when it
 * beats every statement of another figure; else null (the cell is left out).
 */
export function pickOne(list: readonly Statement[], text: string, blocks: Map<Statement, number>): Statement | null {
  if (list.every((s) => sameFigure(s, list[0]))) return list[0];
  const scored = list
    .map((s) => ({ s, score: explicitness(s, text, blocks) }))
    .sort((a, b) => b.score - a.score || a.s.start - b.s.start);
  const best = scored[0];
  const rival = scored.find((x) => !sameFigure(x.s, best.s));
  return rival && rival.score >= best.score ? null : best.s;
}
