// Figures in matching text: a number (or a range) with its unit and qualifier, found without backtracking.
//
// Why a hand scanner instead of one big expression: numbers are found with a simple /\d+/ pass and everything
// around them is read with startsWith at fixed offsets, so a page of ten thousand digits or percent signs costs one
// linear pass, and no expression can backtrack.
import type { Qualifier } from '../model.ts';
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
const QUALIFIERS: Qualifier[] = ['左右', '以上', '以内', '上下'];
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
  while (j - i <= 12 && t.charCodeAt(j) === 44 && isDigit(t.charCodeAt(j + 1)) && isDigit(t.charCodeAt(j + 2)) &&
    isDigit(t.charCodeAt(j + 3)) && !isDigit(t.charCodeAt(j + 4)) && (grouped || j - i <= 3)) {
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
    const joiner = RANGE_JOINERS.find((j) => t.startsWith(j, afterFirst));
    if (joiner && (!u || u[1] === 'pct') && isDigit(t.charCodeAt(afterFirst + joiner.length))) {
      const second = numberAt(t, afterFirst + joiner.length);
      const u2 = second ? unitAt(t, second[1]) : null;
      if (second && u2 && (!u || u[0] === u2[0]) && second[0] > value) {
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
    for (const q of QUALIFIERS) {
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
    extra.push({ value: 0, unit: '%', unitKind: 'pct', qualifier: null, start: m.index, end: m.index + 2, numberStart: m.index });
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
