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
  wording: 'official-share-or-milestone', // 占…比重, 比例, 突破/跨越 … (not a year's figure)
  ambiguous: 'official-ambiguous-cell', // disagreeing statements of one cell, none more explicit
  repeat: 'official-repeat', // the same figure stated again in the same text (kept once)
  noUrl: 'official-no-source',
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
const OWN_RATIOS = new Set<StandardIndicator>(['rd_intensity', 'deficit_ratio', 'energy_intensity', 'carbon_intensity', 'cpi', 'urban_unemployment']);
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
  for (const doc of texts) {
    const region = ctx.regions.resolve(doc.region);
    if (!region) {
      countDrop(dropped, 'unknown-region');
      continue;
    }
    const { statements } = read({ text: doc.text, title: doc.title ?? undefined, url: doc.url ?? undefined, known: { region, year: doc.year } });
    const kept = statements.filter((s) => {
      const why = screen(s, region, doc.year);
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
    // A report that sets no number for GDP growth (增速高于全国平均水平, 与全国保持同步) still sets a target: kept
    // as a qualitative record, so the year does not look like a gap.
    if (!items.some((r) => r.region === region && r.year === doc.year && r.indicator === 'gdp_growth' && r.kind === 'target')) {
      const clause = qualitativeGdpTarget(doc.text);
      const record =
        clause &&
        finishRecord(
          { region, year: doc.year, indicator: 'gdp_growth', kind: 'target', unit: '', qualifier: null, text: clause, source: { ...source, quote: clause } },
          ctx,
          dropped,
        );
      if (record) items.push(record);
    }
  }
  return { items, dropped };
}

/** The GDP-growth clause of the target block when it states no number ("地区生产总值增长与全国保持同步"). */
const GDP_WORDS_CLAUSE = /(?:地区|全省|全市|全区|国内)生产总值(?:增速|增长)[^，,。；;、\d%％０-９]{2,24}(?=[，,。；;])/;

export function qualitativeGdpTarget(text: string): string | undefined {
  for (const m of text.matchAll(/主要预期目标|预期目标/g)) {
    const [, end] = paragraphOf(text, m.index);
    const clause = GDP_WORDS_CLAUSE.exec(text.slice(m.index, Math.min(end, m.index + 300)));
    if (clause) return clause[0];
  }
  return undefined;
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
  return null;
}

/** The page the text came from: its government address when known, else the repository file that holds it. */
function sourceOf(doc: OfficialText, region: string): FigureRecord['source'] {
  const via = doc.origin ?? undefined;
  // Only a web address counts as the page ("-" and the like mean the copy did not say where it came from).
  const page = doc.url && /^https?:\/\//.test(doc.url) ? doc.url : null;
  const url = page ?? viaToUrl(via) ?? '';
  return {
    url,
    title: doc.title ?? `${region === '全国' ? '国务院' : region}${doc.year}年政府工作报告`,
    publishedAt: deliveredOn(doc.text, doc.year),
    type: page ? 'official' : 'official_via_repo',
    via,
  };
}

/** The date the report was delivered, from its opening line ("2025年1月14日在…会议上"), as YYYY-MM-DD. */
export function deliveredOn(text: string, year: number): string | undefined {
  const m = /(20\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(text.slice(0, 800));
  if (!m) return undefined;
  const y = Number(m[1]);
  if (y !== year && y !== year - 1) return undefined;
  return `${y}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
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
  return a.value === b.value && (a.valueMax ?? a.value) === (b.valueMax ?? b.value) && a.unit === b.unit && a.qualifier === b.qualifier && !!a.estimate === !!b.estimate;
}

/**
 * One statement for a cell of one text: the earliest when all say the same; else the most explicit one when it
 * beats every statement of another figure; else null (the cell is left out).
 */
export function pickOne(list: readonly Statement[], text: string, blocks: Map<Statement, number>): Statement | null {
  if (list.every((s) => sameFigure(s, list[0]))) return list[0];
  const scored = list.map((s) => ({ s, score: explicitness(s, text, blocks) })).sort((a, b) => b.score - a.score || a.s.start - b.s.start);
  const best = scored[0];
  const rival = scored.find((x) => !sameFigure(x.s, best.s));
  return rival && rival.score >= best.score ? null : best.s;
}
