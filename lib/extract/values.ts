// Figures in matching text: a number (or a range) with its unit and qualifier, found without backtracking.
//
// Why a hand scanner instead of one big expression: numbers are found with a simple /\d+/ pass and everything
// around them is read with startsWith at fixed offsets, so a page of ten thousand digits or percent signs costs one
// linear pass, and no expression can backtrack.
import { QUALIFIERS, type Qualifier } from '../model.ts';
import type { UnitKind } from './subjects.ts';

export interface Figure {
  value: number;
  valueMax?: number;
  /** Unit as written (folded): %, 万亿元, 亿元, 万人, 亿斤, 万亿斤, 万吨 … */
  unit: string;
  unitKind: UnitKind;
  qualifier: Qualifier | null;
  /** 约, 超过, 突破, 近, 力争 … written just before the number. */
  extraQualifier?: string;
  /** Span in the matching text: number (or qualifier before it) … unit and qualifier after it. */
  start: number;
  end: number;
  /** Where the number itself starts (after a preceding 约/不低于). */
  numberStart: number;
}

/** Units after a number, longest first. 元/万元 figures are not statements of our indicators. */
const UNITS: [string, UnitKind, string][] = [
  ['个百分点', 'pct', '个百分点'],
  ['%', 'pct', '%'],
  ['万亿元人民币', 'money', '万亿元'],
  ['亿元人民币', 'money', '亿元'],
  ['万亿元', 'money', '万亿元'],
  ['亿元', 'money', '亿元'],
  ['万亿美元', 'money', '万亿美元'],
  ['亿美元', 'money', '亿美元'],
  ['万亿斤', 'grain', '万亿斤'],
  ['亿斤', 'grain', '亿斤'],
  ['亿公斤', 'grain', '亿公斤'],
  ['万吨', 'grain', '万吨'],
  ['万人', 'people', '万人'],
  ['万亿', 'money', '万亿元'],
  ['万元', 'small', '万元'],
  // A bare 亿 after a total ("达到5000亿") is 亿元; 亿人, 亿斤, 亿吨 are matched above or are not money.
  ['亿', 'money', '亿元'],
];
/** Qualifiers read after the number; 不低于 stands before it (BEFORE_QUALIFIERS). */
const AFTER_QUALIFIERS = QUALIFIERS.filter((q) => q !== '不低于');
const RANGE_JOINERS = ['至', '到', '-', '~'];
const BEFORE_QUALIFIERS = ['不低于', '不少于', '不超过', '超过', '突破', '约', '近'];

/** First characters of a unit or a range joiner. */
const MAY_FOLLOW = new Set([...'%个万亿至到-~'].map((c) => c.charCodeAt(0)));

function unitAt(t: string, i: number): [string, UnitKind, number] | null {
  for (const [written, kind, unit] of UNITS) {
    if (!t.startsWith(written, i)) continue;
    if (written === '亿' && /[人吨千度个立平次件户元]/.test(t[i + 1] ?? '')) return null;
    return [unit, kind, written.length];
  }
  return null;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** Reads a plain decimal at i: [value, end] or null. Digits beyond 15 make it not a figure. */
function numberAt(t: string, i: number): [number, number] | null {
  let j = i;
  while (j < t.length && isDigit(t.charCodeAt(j))) j++;
  if (j === i || j - i > 15) return null;
  // Thousands separators: 1,200万人 (a group of exactly three digits after each comma).
  let grouped = false;
  while (
    j - i <= 12 &&
    t.charCodeAt(j) === 44 &&
    isDigit(t.charCodeAt(j + 1)) &&
    isDigit(t.charCodeAt(j + 2)) &&
    isDigit(t.charCodeAt(j + 3)) &&
    !isDigit(t.charCodeAt(j + 4)) &&
    (grouped || j - i <= 3)
  ) {
    j += 4;
    grouped = true;
  }
  if (t.charCodeAt(j) === 46 && isDigit(t.charCodeAt(j + 1))) {
    let k = j + 1;
    while (k < t.length && isDigit(t.charCodeAt(k))) k++;
    if (k - j > 10) return null;
    j = k;
  }
  return [Number(t.slice(i, j).replace(/,/g, '')), j];
}

/** Every figure with a unit of interest, left to right. */
export function scanFigures(t: string): Figure[] {
  const out: Figure[] = [];
  const n = t.length;
  let i = 0;
  while (i < n) {
    // Find the next digit run by hand: no match objects, no regular expression state.
    while (i < n && !isDigit(t.charCodeAt(i))) i++;
    if (i >= n) break;
    const at = i;
    let runEnd = at + 1;
    while (runEnd < n && isDigit(t.charCodeAt(runEnd))) runEnd++;
    // Part of a longer token (1.4 after '.', a version, an id): not the start of a figure.
    const before = t.charCodeAt(i - 1);
    if (before === 46 || (before >= 65 && before <= 90) || (before >= 97 && before <= 122)) {
      i = runEnd;
      continue;
    }
    const first = numberAt(t, i);
    if (!first) {
      i = runEnd;
      continue;
    }
    // Most numbers on a page (dates, counts) are followed by nothing a figure needs: reject them cheaply.
    if (!MAY_FOLLOW.has(t.charCodeAt(first[1]))) {
      i = first[1];
      continue;
    }
    let [value, end] = first;
    let valueMax: number | undefined;
    let u = unitAt(t, end);
    // A range: 4.5%至5%, 4.5-5%, 5%-6%, 7.5%至8%.
    const afterFirst = u ? end + u[2] : end;
    // A range whose dash was lost in copying ("4.5%5%"): a second percentage glued to the first, a little above it.
    const joiner =
      RANGE_JOINERS.find((j) => t.startsWith(j, afterFirst)) ??
      (u && u[0] === '%' && isDigit(t.charCodeAt(afterFirst)) ? '' : undefined);
    if (joiner !== undefined && (!u || u[1] === 'pct') && isDigit(t.charCodeAt(afterFirst + joiner.length))) {
      const second = numberAt(t, afterFirst + joiner.length);
      const u2 = second ? unitAt(t, second[1]) : null;
      if (second && u2 && (!u || u[0] === u2[0]) && second[0] > value && (joiner !== '' || second[0] - value <= 2)) {
        valueMax = second[0];
        end = second[1];
        u = u2;
      }
    }
    i = end;
    if (!u) continue;
    const [unit, unitKind, len] = u;
    end += len;
    let qualifier: Qualifier | null = null;
    for (const q of AFTER_QUALIFIERS) {
      if (t.startsWith(q, end)) {
        qualifier = q;
        end += q.length;
        break;
      }
    }
    let start = at;
    let extraQualifier: string | undefined;
    for (const q of BEFORE_QUALIFIERS) {
      if (t.startsWith(q, at - q.length)) {
        if (q === '不低于' || q === '不少于') qualifier = qualifier ?? '不低于';
        else extraQualifier = q;
        start = at - q.length;
        break;
      }
    }
    if (qualifier === '不低于' && t.startsWith('不少于', start)) extraQualifier = '不少于';
    i = end;
    out.push({ value, valueMax, unit, unitKind, qualifier, extraQualifier, start, end, numberStart: at });
  }
  return mergeLevel(t, out);
}

/**
 * "居民消费价格与上年持平", "进出口总额基本持平": a change of zero written in words. Added as a 0% figure so the
 * same subject, year and region rules apply; merged into the (sorted) figures.
 */
function mergeLevel(t: string, figures: Figure[]): Figure[] {
  const flat = /持平/g;
  const extra: Figure[] = [];
  for (let m = flat.exec(t); m; m = flat.exec(t)) {
    extra.push({
      value: 0,
      unit: '%',
      unitKind: 'pct',
      qualifier: null,
      start: m.index,
      end: m.index + 2,
      numberStart: m.index,
    });
  }
  if (extra.length === 0) return figures;
  const out: Figure[] = [];
  let i = 0;
  let j = 0;
  while (i < figures.length || j < extra.length) {
    if (j >= extra.length || (i < figures.length && figures[i].start < extra[j].start)) out.push(figures[i++]);
    else out.push(extra[j++]);
  }
  return out;
}

/** Words just before a total that make it a threshold passed, not the year's figure ("突破3万亿元", "迈上…台阶"). */
const MILESTONE_BEFORE =
  /(?:突破|迈上|迈入|跨越|跨上|跨过|跃上|跃升至|跃居|站上|连跨|迈过|登上|越过|冲上|首破|超过|超|进入|稳定在|稳在)(?:了)?$/;
/** A round total neared, not reached ("经济总量接近2万亿元"): an upper bound, never the year's figure. */
const NEAR_BEFORE = /(?:接近|逼近|将近|近)$/;
/** The later items of a list of milestones ("连续跨越7万亿、8万亿、9万亿三个大台阶"). */
const MILESTONE_LIST = /(?:突破|迈上|跨越|跨上|跃上|连跨|站上|超过)(?:\d+(?:\.\d+)?(?:万亿|千亿|亿)元?[、和及与])+$/;
const MILESTONE_AFTER = /^(?:以上)?(?:大关|关口|[新大]?台阶|[个]?台阶|新阶段|级|量级)/;
/** Verbs of a fall right before a change: the change is negative ("固定资产投资下降3.3%"). Not 降至/降到: a level. */
const FALL_BEFORE = /(?:下降|降低|减少|微降|回落|下滑|下跌|萎缩|负增长)(?:了|约)?$/;
/** "从4.16万亿元提高到5.1万亿元": the start and end of a span of years. */
const SPAN_START_BEFORE = /[从由](?:((?:19|20)\d\d)年(?:的|底|末)?)?$/;
const SPAN_START_AFTER = /^[^,;。]{0,16}?(?:提高|增长|增加|提升|上升|扩大|跃升|下降|降低|减少|缩小|升|降|增)(?:到|至)/;
const SPAN_END_BEFORE =
  /(?:提高|增长|增加|提升|上升|扩大|跃升|下降|降低|减少|缩小|升|降|增)(?:到|至)(?:((?:19|20)\d\d)年(?:的|底|末)?)?$/;
/** "比去年的6%-6.5%目标", "由去年的9%左右下调到": last year's figure named as the base of a comparison. */
const BASE_BEFORE =
  /(?:比|较|由|与|和|同)(?:去年|上年|上一年|((?:19|20)\d\d)年)(?:(?:提出|确定|设定|制定)?的(?:预期)?(?:增长|增速)?(?:目标)?(?:为|是)?|(?:的)?(?:预期)?(?:增长|增速)?目标(?:为|是)?)["“「(]?$/;

/** At most two significant digits: 3, 13, 1.5, 5000, 9000. */
function round(v: number): boolean {
  const digits = String(v).replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return digits.length <= 2;
}

/** What a figure is, by the words around it (the subject is already known). */
export interface FigureRole {
  milestone: boolean;
  /** A round total neared (接近2万亿元). */
  near: boolean;
  /** A fall written as a verb: the value of a change is negative. */
  fall: boolean;
  /** Start of a 从…到 span, with its year when written (从2020年的…). */
  spanStart: { year: number | null } | null;
  /** End of a 从…到 span, with its year when written (…提高到2025年的…). */
  spanEnd: { year: number | null } | null;
  /** Last year's figure quoted as a base (比去年的…): its year, as an offset (-1) or absolute. */
  base: { year: number; relative: boolean } | null;
}

/** Reads the role of `f` from the text around its number; `clauseStart` bounds how far back 从 may be. */
export function roleOf(t: string, f: Figure, clauseStart: number): FigureRole {
  const before = t.slice(Math.max(clauseStart, f.numberStart - 24), f.start);
  const beforeNumber = t.slice(Math.max(clauseStart, f.numberStart - 24), f.numberStart);
  const after = t.slice(f.end, f.end + 24);
  const money = f.unitKind === 'money' || f.unitKind === 'grain';
  // A threshold is a round number (3万亿, 5000亿, 1.5万亿); "超过126万亿元" states the total itself.
  const milestone =
    money &&
    round(f.value) &&
    (MILESTONE_BEFORE.test(beforeNumber) || MILESTONE_LIST.test(beforeNumber) || MILESTONE_AFTER.test(after));
  const near = money && round(f.value) && NEAR_BEFORE.test(beforeNumber);
  const fall = FALL_BEFORE.test(before);
  let spanStart: FigureRole['spanStart'] = null;
  const s = SPAN_START_BEFORE.exec(before);
  if (s && SPAN_START_AFTER.test(after)) spanStart = { year: s[1] ? Number(s[1]) : null };
  let spanEnd: FigureRole['spanEnd'] = null;
  const e = SPAN_END_BEFORE.exec(before);
  // (由去年的9%左右下调到8%左右 is a change of target, not a span: its end is this year's target.)
  if (e && /[从由](?!去年|上年|上一年)/.test(t.slice(Math.max(clauseStart, f.start - 40), f.start)))
    spanEnd = { year: e[1] ? Number(e[1]) : null };
  let base: FigureRole['base'] = null;
  const b = BASE_BEFORE.exec(before);
  if (b) base = b[1] ? { year: Number(b[1]), relative: false } : { year: -1, relative: true };
  return { milestone, near, fall, spanStart, spanEnd, base };
}
