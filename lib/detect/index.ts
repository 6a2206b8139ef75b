// lib/detect — is a page about a government work report (national, provincial or city), which region(s), which
// report year, how sure. Two tiers: gate.ts (title, URL, first KB; importable alone) and detectReport (full text).
// Imports lib/text and lib/regions; no DOM, no browser APIs.
//
// Judged by content, never by a list of sites: many real pages are mirrors. Positive evidence is the report named
// in the title, full-text markers (各位代表 … 向大会报告), the target block (主要预期目标), the session opening with
// 作政府工作报告, and figures of the standard indicators. Look-alikes are pushed down by what they are: the plan
// report (计划执行情况…计划草案), HK/Macau 施政报告, statistics releases (初步核算, 国民经济运行情况), proposal reports.
import type { Detection } from '../model.ts';
import { NATIONAL, isProvincial, provinceOf, regionEntry, scanRegions } from '../regions/index.ts';
import { cleanText, type CleanText } from '../text/clean.ts';
export { gateReport, GATE_HEAD_CHARS, type GateInput } from './gate.ts';

export interface DetectInput {
  title?: string;
  url?: string;
  text: string;
  publishedAt?: string | null;
}

/** How many standard-indicator statements the extractor found (the strongest content evidence). */
export interface StatementCounts {
  all: number;
  targets: number;
}

/** Evidence for and against, exposed for tests and the CLI's readable table. */
export interface DetectEvidence {
  score: number;
  reasons: string[];
}

const REPORT =
  /政府工作报告|当局任务讲演|(?:总理|省长|市长|主席)[^。,]{0,8}(?:(?:作|做|发表)[^。,]{0,3}工作报告|在报告中)/g;
/** The report being delivered: the event a report article is about. */
const DELIVERED =
  /(?:作|做)了?《?政府工作报告|发表《?政府工作报告|向大会作[^。]{0,4}报告|(?:作|做|发表)了?《?(?:政府)?工作报告|代表[^。]{0,10}(?:人民政府|国务院)[^。]{0,3}向大会报告工作/;
/** The report referred to without its full name ("报告提出", "在报告中"). */
const REFERENCE = /报告》?(?:提出|指出|显示|强调|称|说|明确|表示)(?!的)|在报告中|这份报告|一份报告|政府的报告/;
const FULLTEXT = /各位代表[:,]|向大会报告|请予审议|在[^。]{0,24}人民代表大会第[^。]{1,4}次会议上/;
/** The report's own opening: "我代表（省/市）人民政府（国务院），向大会报告（政府）工作". */
const OPENING = /我代表[^。]{0,10}(?:人民政府|国务院)[^。]{0,3}向大会报告/;
const ANCHOR = /主要预期目标|预期目标|主要目标|增长率?目标|目标任务|预期增长|主要预期指标/;
const SESSION = /(?:人民代表大会|人大)[^。]{0,8}会议|[两地]会|作(?:《)?政府工作报告/;
const SPEAKER = /(?:总理|省长|市长|主席|代省长|代市长)[^。]{0,12}(?:作|做|发表|代表[^。]{0,8}政府[^。]{0,6}向大会)/;
const PLAN = /计划执行情况|计划草案的报告|发展计划的报告|预算执行情况|预算草案的报告/;
const OTHER_REPORTS = /常委会工作报告|法院工作报告|检察院工作报告|政协[^。]{0,12}工作报告|提案工作情况/;
const POLICY_ADDRESS = /施政报告|财政预算案/;
const STATS = /初步核算|国民经济运行情况|统计公报|统计局(?:今天|发布|新闻发布)|经济数据/;
const PROPOSALS = /提案审查|提案工作情况|提案委员会/;
const NATIONAL_WORDS =
  /国务院总理|总理李强|李强总理|李克强|全国人大|全国人民代表大会|全国两会|国务院|国内生产总值|十四届全国|十三届全国/g;
const SPEAKER_REGION =
  /(?:省长|市长|县长|区长|州长|盟长|旗长|自治区主席|代省长|代市长|代县长|代区长|[省市县区州盟旗]人民政府)/;
/** The report's own opening, by a provincial government (省, 自治区). */
const OWN_PROVINCE = /我代表(?:[^。,]{0,8}(?:省|自治区))人民政府/;
/** A place named as a newspaper or broadcaster (黑龙江日报, 重庆瞭望) says who reports, not what about. */
const MEDIA = /^(?:日报|晚报|商报|早报|新闻网|电视台|广播电视|卫视|瞭望|融媒)/;
/**
 * What follows a place that the report belongs to: its government's report (平顶山市政府工作报告), its people's
 * congress in session (平顶山市第九届人民代表大会第四次会议), its head delivering the report (兰考县县长…作政府
 * 工作报告), its government's opening (我代表平顶山市人民政府向大会报告). A place named only as another's parent
 * (河南省平顶山市) has none of these after it.
 */
const SUBJECT_OF =
  /^(?:[市县区州盟旗])?(?:(?:人民)?政府的?(?:工作报告|[^。,]{0,6}向大会报告)|(?:第?[一二三四五六七八九十]+届)?(?:人大|人民代表大会)[^。]{0,12}(?:会议|开幕)|代?[市县区州盟旗]?长[^。]{0,16}(?:作|做|发表)[^。]{0,4}(?:政府)?工作报告)/;

/** Counts matches of a global expression (bounded by `cap` to stay cheap). */
function count(re: RegExp, s: string, cap = 50): number {
  re.lastIndex = 0;
  let n = 0;
  while (n < cap && re.exec(s)) n++;
  return n;
}

/**
 * Decides whether a page is about a government work report. `clean` may be passed when the caller already has
 * the matching text (readReport does), so the text is cleaned once.
 */
export function detectReport(
  input: DetectInput,
  clean?: CleanText,
  counts: StatementCounts = { all: 0, targets: 0 },
): Detection & DetectEvidence {
  const c = clean ?? cleanText(input.text);
  const t = c.text;
  const title = cleanText(input.title ?? '').text;
  const reasons: string[] = [];
  let score = 0;
  const add = (points: number, why: string) => {
    score += points;
    reasons.push(`${points > 0 ? '+' : ''}${points} ${why}`);
  };
  // The title names the report: 政府工作报告, or a speaker's 工作报告 — not the NPC standing committee's, a court's
  // or the CPPCC's (常委会工作报告, 法院工作报告, 检察院工作报告), which share the occasion but not the figures.
  const titleReport =
    (/政府工作报告|当局任务讲演/.test(title) ||
      /(?:总理|省长|市长|主席)[^,。]{0,10}(?:作|做|发表)[^,。]{0,3}工作报告/.test(title)) &&
    !POLICY_ADDRESS.test(title);
  if (OTHER_REPORTS.test(title) && !/政府工作报告/.test(title)) add(-3, "another body's report");
  if (titleReport) add(3, 'title names the report');
  // A title naming a people's congress session opening: the occasion the report is delivered at.
  const titleSession =
    !titleReport &&
    /(?:人大|人民代表大会)(?![^,。]{0,6}常委会)[^,。]{0,12}(?:会议|大会)(?:隆重)?(?:开幕|召开)/.test(title);
  if (titleSession) add(1, 'title names the session');
  const mentions = count(REPORT, t);
  if (mentions) add(Math.min(mentions, 3), `${mentions} mention(s) of the report`);
  const referred = REFERENCE.test(t);
  if (referred) add(1, 'refers to "the report"');
  const opening = OPENING.test(t);
  if (opening) add(4, "the report's own opening");
  else if (FULLTEXT.test(t)) add(2, 'full-text markers');
  if (ANCHOR.test(t)) add(1, 'target words');
  if (DELIVERED.test(t)) add(3, 'the report delivered');
  else if (SESSION.test(t) || SPEAKER.test(t)) add(1, 'session or speaker');
  if (counts.targets >= 1) add(2, `${counts.targets} target(s)`);
  if (counts.all >= 3) add(1, `${counts.all} statements`);
  if (counts.all >= 6) add(1, 'many statements');
  if (counts.all >= 3 && (mentions || referred)) add(1, 'figures beside the report');
  if (PLAN.test(title) || (!titleReport && PLAN.test(t.slice(0, 150)))) add(-4, 'plan or budget report');
  if (POLICY_ADDRESS.test(title) || (POLICY_ADDRESS.test(t) && mentions === 0)) add(-4, 'policy address');
  if (STATS.test(title + t.slice(0, 600)) && !ANCHOR.test(t)) add(-3, 'statistics release');
  if (PROPOSALS.test(title)) add(-4, 'proposal report');
  if (mentions === 0 && !titleReport && !referred && !opening && !DELIVERED.test(t)) add(-2, 'report never named');
  const isReport = score >= 5;
  const confidence = Math.max(0, Math.min(1, score / 10));
  return {
    isReport,
    regions: detectRegions(title, t),
    year: detectYear(title, t, input.publishedAt ?? null, input.url ?? ''),
    confidence: Math.round(confidence * 100) / 100,
    score,
    reasons,
  };
}

/**
 * Regions by weight: title mentions count most, then mentions next to a speaker or subject, then any mention. A
 * place the report belongs to (SUBJECT_OF) counts most of all, so a city's or county's page names that place first
 * and not its province, which the page names too (河南省平顶山市政府工作报告).
 */
function detectRegions(title: string, t: string): string[] {
  const weight = new Map<string, number>();
  const bump = (r: string, w: number) => weight.set(r, (weight.get(r) ?? 0) + w);
  let subject: string | null = null;
  let subjectWeight = 0;
  const owner = (r: string, w: number) => {
    bump(r, w);
    if (w > subjectWeight) [subject, subjectWeight] = [r, w];
  };
  for (const m of scanRegions(title)) {
    if (!usable(m.region) || MEDIA.test(title.slice(m.end, m.end + 4))) continue;
    bump(m.region, 5);
    if (SUBJECT_OF.test(title.slice(m.end, m.end + 30))) owner(m.region, 10);
  }
  const head = t.length > 20000 ? t.slice(0, 20000) : t;
  for (const m of scanRegions(head)) {
    const after = head.slice(m.end, m.end + 30);
    if (!usable(m.region) || MEDIA.test(after)) continue;
    if (SUBJECT_OF.test(after)) owner(m.region, 6);
    bump(m.region, SPEAKER_REGION.test(after.slice(0, 12)) || /^(?:地区|全市|全省)?生产总值|^第/.test(after) ? 3 : 1);
  }
  const national = count(NATIONAL_WORDS, head, 40) + count(NATIONAL_WORDS, title, 5) * 5;
  if (national) bump(NATIONAL, national * 2);
  const ranked = [...weight.entries()].filter(([, w]) => w >= 2).sort((a, b) => b[1] - a[1]);
  const out = ranked.slice(0, 4).map(([r]) => r);
  // "我代表省人民政府": a province's own report, however often it names its capital (郑州, 兰州) where the
  // congress meets. The province the top city lies in leads, named on the page or not.
  if (!subject && out.length && !isProvincial(out[0]) && OWN_PROVINCE.test(head)) {
    const province = provinceOf(out[0]);
    const lead = isProvincial(province) ? province : out.find((r) => isProvincial(r));
    if (lead) return [lead, ...out.filter((r) => r !== lead)].slice(0, 4);
  }
  // The place whose report it is comes first, before the nation and the province its page also names.
  if (subject && out[0] !== subject) return [subject, ...out.filter((r) => r !== subject)].slice(0, 4);
  return out;
}

function usable(name: string): boolean {
  const e = regionEntry(name);
  return !!e && e.level !== 'SAR' && name !== '台湾' && (isProvincial(name) || e.parent !== null);
}

/**
 * Report year: a year written with the report's name, else the publish date, else a dateline, else the text. A
 * date in the URL's path is no publish date (sites re-file old reports under new dates) but a guess from the text
 * cannot be later than it: a page filed in 2023 is not about a report of 2026.
 */
function detectYear(title: string, t: string, publishedAt: string | null, url: string): number | null {
  const titled = /(20\d\d)年?[^\d。]{0,10}政府工作报告|政府工作报告[(《]?(20\d\d)年?[)》]/.exec(title);
  if (titled) return Number(titled[1] ?? titled[2]);
  const pub = publishedAt ? /(?:19|20)\d\d/.exec(publishedAt) : null;
  if (pub) return Number(pub[0]);
  // The delivery date under the title; its month and day may stay in Chinese numerals (二〇二三年一月十五日).
  const dateline =
    /(20\d\d)年(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日在[^。]{0,30}人民代表大会/.exec(
      t,
    );
  if (dateline) return Number(dateline[1]);
  // A plain-text page has no meta date: a date near the top is usually when it was published.
  const dated = /((?:19|20)\d\d)(?:[-/.]|年)(\d{1,2})(?:[-/.]|月)(\d{1,2})/.exec(t.slice(0, 600));
  if (dated) return Number(dated[1]);
  // The report named with its year near the top; further down it may be an earlier report quoted ("这是2017年
  // 《政府工作报告》首次提出的…"), so the text's own headings are read first there.
  const named = /(20\d\d)年?[^\d。]{0,10}政府工作报告/;
  const inHead = named.exec(t.slice(0, 800));
  if (inHead) return Number(inHead[1]);
  // "2025年经济社会发展主要预期目标" names the report year; "2024年工作回顾" the year before it.
  const targets = /(20\d\d)年[^\d。]{0,20}(?:主要)?预期目标/.exec(t);
  if (targets) return Number(targets[1]);
  // "一、2025年工作及“十四五”时期发展回顾": a heading over the year and the plan period still names the year reviewed.
  const review = /(20\d\d)年?(?:政府)?(?:工作|[^\d。\n]{0,14}(?:工作|发展))回顾|回顾(20\d\d)年/.exec(t);
  if (review) return Number(review[1] ?? review[2]) + 1;
  const inText = named.exec(t);
  if (inText) return Number(inText[1]);
  const guess = latestYear(t);
  const filed = yearOfUrlPath(url);
  return guess && filed && guess > filed ? filed : guess;
}

/**
 * The year news and government sites write into their paths when they file a page: /2023/01-29/,
 * /202602/t20260210_1.html, /2024-03/05/, /art/2023/1/15/. Only a year followed by a valid month counts, so ids and
 * counts are not read as years.
 */
export function yearOfUrlPath(url: string): number | null {
  const path = /^[a-z][\w+.-]*:\/\/[^/]*(\/[^?#]*)/i.exec(url)?.[1] ?? '';
  const m =
    /\/t?(20\d\d)(0[1-9]|1[0-2])(?:[0-3]\d)?(?=[/_])/.exec(path) ?? /\/(20\d\d)[/-](0?[1-9]|1[0-2])(?=[/-])/.exec(path);
  return m ? Number(m[1]) : null;
}

/**
 * Last resort for a page with no date: the latest year the text speaks of (plan horizons such as 到2035年 and
 * spans such as 2021年以来 aside). When that year is spoken of as done (预计, 达到, 增长 … and no target word), the
 * report is the next year's: a report reviews the year before it.
 */
function latestYear(t: string): number | null {
  const re = /(20\d\d)年/g;
  let best = -1;
  let at = -1;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const before = t.slice(Math.max(0, m.index - 1), m.index);
    const after = t.slice(re.lastIndex, re.lastIndex + 2);
    if (/[到至比]/.test(before) || /^(?:以来|来|前|起|底)/.test(after)) continue;
    // Forecasts by world bodies name future years that are not the report's.
    if (/世界银行|国际货币基金|IMF|全球|世界经济|预测/.test(t.slice(Math.max(0, m.index - 60), m.index + 20))) continue;
    const y = Number(m[1]);
    if (y >= best) {
      best = y;
      at = m.index;
    }
  }
  if (best < 0) return null;
  const from = Math.max(t.lastIndexOf('。', at), t.lastIndexOf('\n', at), at - 200) + 1;
  let to = t.indexOf('。', at);
  if (to < 0 || to - at > 200) to = Math.min(t.length, at + 200);
  const sentence = t.slice(from, to);
  if (/预计/.test(sentence)) return best + 1;
  if (/目标|今年|计划|将/.test(sentence)) return best;
  if (/增长|达到|实现|完成|突破/.test(sentence)) return best + 1;
  return best;
}
