// The matching text: what the extractor and the detector read instead of the page text, with a map back.
//
// Why a separate text: pages write the same fact in many shapes (增長(zhǎng)5％, 国内\n生产总值, 百分之四點五,
// 5.67兆元). Matching on one normal form keeps every rule simple; the map keeps every quote exact, because each
// character of the clean text records the span [from, to) of the original text it came from.
//
// Pass 1 (one code unit at a time): fold width/dashes/traditional script, drop injected pinyin "(zhǎng)", drop
// whitespace inside words and numbers. Pass 2: rewrite Chinese numerals in numeric positions (二〇二四年 → 2024年,
// 百分之四点五 → 4.5%, 一千两百万 → 1200万, 十二点八万亿 → 12.8万亿) and Taiwan's 兆 after a number → 万亿.
import { foldCode } from './fold.ts';
import { isNumeralCode, isNumeralDigitCode, parseChineseNumber } from './numerals.ts';

export interface CleanText {
  /** Folded, de-noised text that rules match against. */
  text: string;
  /** For each clean character, the start of its source in the original text. */
  from: Uint32Array;
  /** For each clean character, the end (exclusive) of its source in the original text. */
  to: Uint32Array;
}

/** Growable parallel buffers: code units plus their original [from, to). */
class Builder {
  codes: Uint16Array;
  from: Uint32Array;
  to: Uint32Array;
  n = 0;
  constructor(capacity: number) {
    this.codes = new Uint16Array(Math.max(16, capacity));
    this.from = new Uint32Array(this.codes.length);
    this.to = new Uint32Array(this.codes.length);
  }
  /** Appends src's entries [a, z) in bulk (typed-array copies: most of a page passes through pass 2 unchanged). */
  append(src: Builder, a: number, z: number): void {
    const len = z - a;
    if (len <= 0) return;
    while (this.n + len > this.codes.length) this.grow();
    this.codes.set(src.codes.subarray(a, z), this.n);
    this.from.set(src.from.subarray(a, z), this.n);
    this.to.set(src.to.subarray(a, z), this.n);
    this.n += len;
  }
  push(code: number, from: number, to: number): void {
    if (this.n === this.codes.length) this.grow();
    this.codes[this.n] = code;
    this.from[this.n] = from;
    this.to[this.n] = to;
    this.n++;
  }
  private grow(): void {
    const size = this.codes.length * 2;
    const codes = new Uint16Array(size);
    const from = new Uint32Array(size);
    const to = new Uint32Array(size);
    codes.set(this.codes);
    from.set(this.from);
    to.set(this.to);
    this.codes = codes;
    this.from = from;
    this.to = to;
  }
  toString(): string {
    let s = '';
    for (let i = 0; i < this.n; i += 8192) {
      s += String.fromCharCode.apply(null, this.codes.subarray(i, Math.min(this.n, i + 8192)) as unknown as number[]);
    }
    return s;
  }
}

const isSpace = (c: number): boolean =>
  c === 0x20 ||
  c === 0x09 ||
  c === 0x0a ||
  c === 0x0d ||
  c === 0x0c ||
  c === 0xa0 ||
  c === 0x3000 ||
  (c >= 0x2000 && c <= 0x200d) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0xfeff ||
  c === 0x202f;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isAsciiLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isHan = (c: number): boolean => c >= 0x3400 && c <= 0x9fff;
/** Letters pinyin is written with, tone marks included. */
const PINYIN =
  /^[a-zü\u00e0-\u00fc\u0101\u0113\u011b\u012b\u014d\u016b\u01ce\u01d0\u01d2\u01d4\u01d6\u01d8\u01da\u01dc]{1,7}$/;
const TONED = /[\u00e0-\u00fc\u0101\u0113\u011b\u012b\u014d\u016b\u01ce\u01d0\u01d2\u01d4\u01d6\u01d8\u01da\u01dc]/;

/**
 * Length of an injected pinyin group "(zhǎng)" starting at i (after a Han character), or 0.
 * Needs a tone mark, or a Han character on both sides, so "(GDP)" and "(a)" stay.
 */
function pinyinAt(s: string, i: number, prevHan: boolean): number {
  if (!prevHan) return 0;
  const open = s.charCodeAt(i);
  if (open !== 0x28 && open !== 0xff08) return 0;
  let j = i + 1;
  const limit = Math.min(s.length, i + 9);
  while (j < limit && s.charCodeAt(j) !== 0x29 && s.charCodeAt(j) !== 0xff09) j++;
  if (j >= limit) return 0;
  const inner = s.slice(i + 1, j);
  if (!PINYIN.test(inner)) return 0;
  // Untoned pinyin ("生產(chan) 總值") needs a Han character after it, perhaps past a space the mirror added.
  let k = j + 1;
  while (k < s.length && k <= j + 2 && (s.charCodeAt(k) === 0x20 || s.charCodeAt(k) === 0xa0)) k++;
  if (!TONED.test(inner) && !isHan(s.charCodeAt(k))) return 0;
  return j + 1 - i;
}

/** Pass 1: folding, pinyin and whitespace removal. */
function pass1(s: string): Builder {
  const b = new Builder(s.length);
  const n = s.length;
  let i = 0;
  while (i < n) {
    const raw = s.charCodeAt(i);
    if (isSpace(raw)) {
      let j = i + 1;
      while (j < n && isSpace(s.charCodeAt(j))) j++;
      const prev = b.n > 0 ? b.codes[b.n - 1] : 0;
      const next = j < n ? foldCode(s.charCodeAt(j)) : 0;
      // Keep one space between two words or two numbers ("2023 2024", "GDP growth"); a line break after a
      // sentence end stays as a paragraph mark; anything else (国内\n生产总值, 增长 5%) disappears.
      // A tab separates fields (table cells, as lib/page writes them): never one statement across it.
      const run = s.slice(i, j);
      if (b.n > 0 && j < n && run.includes('\t')) b.push(0x0a, i, j);
      // A number broken by one line break ("1.3\n7万亿斤", "5.\n2%") is one number; a blank line still separates.
      else if (isNumberPart(prev) && isNumberPart(next) && (isDigit(prev) || isDigit(next)) && brokenLine(run)) i = j;
      else if ((isAsciiLetter(prev) || isDigit(prev)) && (isAsciiLetter(next) || isDigit(next))) b.push(0x20, i, j);
      else if (b.n > 0 && j < n && run.includes('\n') && (isParagraphEnd(prev) || headingBreak(s, run, j, b)))
        b.push(0x0a, i, j);
      i = j;
      continue;
    }
    const prevHan = b.n > 0 && isHan(b.codes[b.n - 1]);
    const skip = raw === 0x28 || raw === 0xff08 ? pinyinAt(s, i, prevHan) : 0;
    if (skip) {
      i += skip;
      continue;
    }
    b.push(foldCode(raw), i, i + 1);
    i++;
  }
  return b;
}

const isNumberPart = (c: number): boolean => isDigit(c) || c === 0x2e;
/** Whitespace holding exactly one line break (a hard wrap), not a blank line. */
const brokenLine = (run: string): boolean => {
  const k = run.indexOf('\n');
  return k >= 0 && run.indexOf('\n', k + 1) < 0;
};

/** What starts a heading or a list item ("一、", "（二）", "1.", "——", "●") or a new scope ("2025年", "过去一年"). */
const HEADING_START =
  /^(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.、](?!\d)|——|[●■◆▲])/;
const SCOPE_START = /^(?:(?:19|20)\d\d年|过去|今年|去年|一年来|五年来|十[三四五]五)/;

/**
 * A line break after a line without closing punctuation is usually a hard wrap inside a sentence (国内\n生产总值)
 * and disappears; it still ends a paragraph after a blank line, before a heading or list item, and between a
 * short line (a heading such as "一、2025年工作回顾") and a line that opens a new scope.
 */
function headingBreak(s: string, run: string, j: number, b: Builder): boolean {
  if (run.indexOf('\n') !== run.lastIndexOf('\n')) return true;
  const next = s.slice(j, j + 8);
  if (HEADING_START.test(next)) return true;
  if (!SCOPE_START.test(next)) return false;
  let k = b.n - 1;
  while (k >= 0 && b.n - k <= 40 && b.codes[k] !== 0x0a) k--;
  return b.n - k <= 40;
}

const isParagraphEnd = (c: number): boolean =>
  c === 0x3002 ||
  c === 0x21 ||
  c === 0x3f ||
  c === 0x3b ||
  c === 0x3a ||
  c === 0x201d ||
  c === 0x300d ||
  c === 0x300f ||
  c === 0x29 ||
  c === 0x2026;

const BAI = '百'.charCodeAt(0);
const ZHAO = '兆'.charCodeAt(0);
const DIAN = '点'.charCodeAt(0);
/** Units that may follow a Chinese numeral directly; anything else leaves the numeral as words (一般, 十四五). */
const AFTER_NUMERAL = /^(?:万|亿|兆|个百分点|%)/;

/** Pass 2: Chinese numerals in numeric positions, and 兆 after a number. Reads pass 1's output. */
function pass2(p: Builder): CleanText {
  const s = p.toString();
  const n = s.length;
  // Most pages need no rewrite at all: the output buffers are made only at the first one, and unchanged
  // characters are copied in bulk (`pending` marks where the current unchanged run began).
  // (A holder object, because the output is created inside `emit` where flow analysis cannot see it.)
  const made: { out: Builder | null } = { out: null };
  let pending = 0;
  const emit = (text: string, a: number, z: number) => {
    made.out ??= new Builder(n + 16);
    const b = made.out;
    b.append(p, pending, a);
    // The whole rewritten run maps to the original span of pass-1 characters a..z-1.
    for (let k = 0; k < text.length; k++) b.push(text.charCodeAt(k), p.from[a], p.to[z - 1]);
    pending = z;
  };
  const codes = p.codes;
  let i = 0;
  while (i < n) {
    const code = codes[i];
    // Fast path: nothing numeric starts here.
    if (code !== BAI && code !== ZHAO && !isNumeralCode(code)) {
      i++;
      continue;
    }
    // 百分之四点五 → 4.5%
    if (code === BAI && s.startsWith('百分之', i)) {
      let j = i + 3;
      while (j < n && isNumeralCode(codes[j]) && j - i < 16) j++;
      const v = parseChineseNumber(s.slice(i + 3, j));
      if (j > i + 3 && !Number.isNaN(v)) {
        emit(`${formatNumber(v)}%`, i, j);
        i = j;
        continue;
      }
    }
    if (isNumeralCode(code) && code !== DIAN && !(i > 0 && isNumeralCode(codes[i - 1]))) {
      let j = i;
      let hasDigit = false;
      while (j < n && isNumeralCode(codes[j]) && j - i < 16) {
        if (isNumeralDigitCode(codes[j])) hasDigit = true;
        j++;
      }
      const run = s.slice(i, j);
      // 二〇二四年: four positional digits before 年.
      // 二〇二一至二〇二四年: the first year of a span ends at 至/到/-.
      const yearEnd = s[j] === '年' || (/[至到-]/.test(s[j] ?? '') && /^[一二]/.test(run));
      if (hasDigit && run.length === 4 && yearEnd && /^[〇○零一二三四五六七八九O]{4}$/.test(run)) {
        emit(String(parseChineseNumber(run)), i, j);
        i = j;
        continue;
      }
      if (hasDigit && AFTER_NUMERAL.test(s.slice(j, j + 4))) {
        const v = parseChineseNumber(run);
        if (!Number.isNaN(v)) {
          emit(formatNumber(v), i, j);
          i = j;
          continue;
        }
      }
      i = j; // words such as 一般, 十四五 stay as they are
      continue;
    }
    // 5.67兆元 (Taiwan) → 5.67万亿元; 兆瓦 and 兆赫 are units of their own.
    const last = made.out;
    const prev = pending < i || !last ? (i > 0 ? codes[i - 1] : 0) : last.n > 0 ? last.codes[last.n - 1] : 0;
    if (code === ZHAO && prev >= 0x30 && prev <= 0x39 && !/[瓦赫帕焦字位比]/.test(s[i + 1] ?? '')) {
      emit('万亿', i, i + 1);
      i++;
      continue;
    }
    i++;
  }
  const b = made.out;
  if (!b) return { text: s, from: p.from.subarray(0, p.n), to: p.to.subarray(0, p.n) };
  b.append(p, pending, n);
  return { text: b.toString(), from: b.from.subarray(0, b.n), to: b.to.subarray(0, b.n) };
}

function formatNumber(v: number): string {
  return String(Math.round(v * 1e6) / 1e6);
}

/** Builds the matching text of `original` (see the module comment). Linear in the input length. */
export function cleanText(original: string): CleanText {
  return pass2(pass1(original));
}

/** The original [start, end) behind clean characters [start, end). */
export function originalSpan(clean: CleanText, start: number, end: number): [number, number] {
  if (end <= start || start >= clean.from.length) return [clean.from[start] ?? 0, clean.from[start] ?? 0];
  return [clean.from[start], clean.to[Math.min(end, clean.to.length) - 1]];
}
