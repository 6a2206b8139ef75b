// Chinese numerals → numbers: positional years (二〇二四), counted numbers (一千两百, 十二点八), and decimals.
// Input is already folded to simplified (兩 → 两, 點 → 点, 萬 → 万, 億 → 亿).

const DIGIT: Record<string, number> = {
  〇: 0,
  '○': 0,
  零: 0,
  O: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 廿 (twenty) and 卅 (thirty), written in older and Hong Kong texts (廿八万): read as 二十 and 三十. */
const TENS: Record<string, string> = { 廿: '二十', 卅: '三十' };

/** Per code unit: 1 = numeral digit (一 … 九, 〇, 廿, 卅), 2 = 十/百/千, 4 = 点, 8 = the letter O (二O二四). */
const KIND = new Uint8Array(65536);
for (const c of Object.keys(DIGIT)) KIND[c.charCodeAt(0)] = c === 'O' ? 8 : 1;
for (const c of Object.keys(TENS)) KIND[c.charCodeAt(0)] = 1;
for (const c of Object.keys(SMALL_UNIT)) KIND[c.charCodeAt(0)] = 2;
KIND['点'.charCodeAt(0)] = 4;

/** Why code-unit tables: these run once per character of every page, where `c in obj` is measurably slow. */
export const isNumeralDigitCode = (code: number): boolean => KIND[code] === 1;
export const isNumeralCode = (code: number): boolean => KIND[code] !== 0;

/**
 * Value of a Chinese numeral such as 二〇二四, 一千两百, 十二, 四点五, 一千两百万; NaN when it is not one.
 * Digit strings without 十/百/千 read positionally (二〇二四 → 2024).
 */
export function parseChineseNumber(s: string): number {
  if (!s) return Number.NaN;
  if (s.includes('廿') || s.includes('卅')) s = s.replace(/[廿卅]/g, (c) => TENS[c]);
  const dot = s.indexOf('点');
  if (dot >= 0) {
    const whole = dot === 0 ? 0 : parseChineseNumber(s.slice(0, dot));
    const frac = s.slice(dot + 1);
    if (!frac || Number.isNaN(whole)) return Number.NaN;
    let digits = '';
    for (const c of frac) {
      if (!(c in DIGIT)) return Number.NaN;
      digits += DIGIT[c];
    }
    return Number(`${whole}.${digits}`);
  }
  let positional = true;
  for (const c of s) if (!(c in DIGIT)) positional = false;
  if (positional) {
    let v = 0;
    for (const c of s) v = v * 10 + DIGIT[c];
    return v;
  }
  let yi = 0; // completed 亿 part
  let wan = 0; // completed 万 part
  let section = 0; // below 万
  let digit = -1; // pending digit
  for (const c of s) {
    if (c in DIGIT) {
      digit = DIGIT[c];
    } else if (c in SMALL_UNIT) {
      section += (digit < 0 ? 1 : digit) * SMALL_UNIT[c];
      digit = -1;
    } else if (c === '万') {
      wan += (section + Math.max(digit, 0) || 1) * 1e4;
      section = 0;
      digit = -1;
    } else if (c === '亿') {
      yi = (yi + wan + section + Math.max(digit, 0) || 1) * 1e8;
      wan = 0;
      section = 0;
      digit = -1;
    } else return Number.NaN;
  }
  return yi + wan + section + Math.max(digit, 0);
}
