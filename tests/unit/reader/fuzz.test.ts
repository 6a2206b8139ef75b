// @vitest-environment node
// Bad input, generated from a fixed seed so every run sees the same pages: the reader never throws, every span it
// returns is exact, and the work grows linearly. Timing here only guards against a quadratic blow-up (generous
// bound); the real throughput and scaling figures come from `npm run bench`.
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../lib/extract/index.ts';
import { readReport } from '../../../lib/reader.ts';
import { cleanText } from '../../../lib/text/index.ts';
import { seededRandom } from '../helpers/random';

const PIECES = [
  '国内生产总值',
  '地区生产总值',
  '增长',
  '增長(zhǎng)',
  '5',
  '.',
  '%',
  '％',
  '左右',
  '以上',
  '以内',
  '至',
  '-',
  '—',
  '万亿元',
  '亿斤',
  '万人',
  '去年',
  '今年',
  '2024年',
  '二〇二四年',
  '百分之',
  '四點五',
  '兆',
  '预计',
  '目标',
  ',',
  '，',
  '。',
  ';',
  '\n',
  ' ',
  '城镇调查失业率',
  '居民消费价格',
  '北京',
  '重慶',
  '全国',
  '一季度',
  '年均',
  '到2027年',
  '(',
  ')',
  '9999999999999999999',
  '%%%%',
];

function randomReportish(r: () => number, length: number): string {
  const parts: string[] = [];
  let n = 0;
  while (n < length) {
    const p = PIECES[Math.floor(r() * PIECES.length)];
    parts.push(p);
    n += p.length;
  }
  return parts.join('');
}

function randomUnicode(r: () => number, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) s += String.fromCharCode(Math.floor(r() * 0x10000)); // lone surrogates included
  return s;
}

function randomBinary(r: () => number, length: number): string {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = Math.floor(r() * 256);
  return new TextDecoder('utf-8').decode(bytes);
}

/** Checks every statement's span; returns how many there were (a check over none proves nothing). */
function checkSpans(text: string): number {
  // The whole reader (which keeps statements only when the detection agrees) and the extractor on its own.
  const { statements: read } = readReport({ title: '政府工作报告', text });
  const statements = [...read, ...extractStatements(text, { regions: ['全国'], year: 2025 })];
  for (const s of statements) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(s.start, s.end)).toBe(s.quote);
    expect(Number.isFinite(s.value)).toBe(true);
  }
  return statements.length;
}

/** A statement planted after the garbage: the reader must still find it, so the span check is never empty. */
const PLANTED = '\n今年国内生产总值增长5%左右。\n';

describe('bad input never breaks the reader', () => {
  const r = seededRandom(20250305);
  it('empty text', () => {
    expect(readReport({ text: '' })).toEqual({
      detection: { isReport: false, regions: [], year: null, confidence: 0 },
      statements: [],
    });
    expect(extractStatements('', { regions: ['北京'], year: 2024 })).toEqual([]);
  });
  it.each(Array.from({ length: 20 }, (_, i) => i))('report-like noise #%i', () => {
    expect(checkSpans(`${randomReportish(r, 2000 + Math.floor(r() * 20000))}${PLANTED}`)).toBeGreaterThan(0);
  });
  it.each(Array.from({ length: 5 }, (_, i) => i))('random Unicode #%i', () => {
    expect(checkSpans(`政府工作报告${randomUnicode(r, 50000)}${PLANTED}`)).toBeGreaterThan(0);
  });
  it.each(Array.from({ length: 5 }, (_, i) => i))('binary garbage #%i', () => {
    expect(checkSpans(`政府工作报告${randomBinary(r, 50000)}${PLANTED}`)).toBeGreaterThan(0);
  });
  it.each([
    ['digits', '7'.repeat(200000)],
    ['percent signs', '%'.repeat(200000)],
    ['digits and percent signs', '5%'.repeat(100000)],
    ['ranges without end', '5%-'.repeat(70000)],
    ['Chinese numerals', '一二三四五六七八九十百千'.repeat(20000)],
    ['百分之 without a number', '百分之'.repeat(70000)],
    ['unclosed pinyin', '增(zhǎng'.repeat(30000)],
    ['one endless sentence of figures', '国内生产总值增长5%左右'.repeat(20000)],
  ])('%s', (_name, text) => {
    expect(checkSpans(`政府工作报告${text}${PLANTED}`)).toBeGreaterThan(0);
  });
  it('10 MB of text', () => {
    const base = randomReportish(seededRandom(7), 100000);
    const big = base.repeat(Math.ceil(10_000_000 / base.length)).slice(0, 10_000_000);
    const { statements } = readReport({ title: '政府工作报告', text: big });
    expect(statements.length).toBeGreaterThan(0);
    const last = statements[statements.length - 1];
    expect(big.slice(last.start, last.end)).toBe(last.quote);
  }, 60_000);
});

describe('work grows linearly', () => {
  /** Time of one run: the run repeated for at least 20 ms (so a run under a millisecond is still measured). */
  const sample = (text: string) => {
    let runs = 0;
    const t0 = performance.now();
    do {
      extractStatements(text, { regions: ['北京'], year: 2024 });
      runs++;
    } while (performance.now() - t0 < 20);
    return (performance.now() - t0) / runs;
  };
  /** Best of five for each size, the two sizes taken in turn so a burst of load on a shared machine hits both. */
  const ratio = (unit: string) => {
    const big = unit.repeat(10);
    let one = Number.POSITIVE_INFINITY;
    let ten = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 5; i++) {
      one = Math.min(one, sample(unit));
      ten = Math.min(ten, sample(big));
    }
    return ten / one;
  };
  it.each([
    ['report-like noise', randomReportish(seededRandom(11), 20000)],
    ['repeated digits and percent signs', '12%'.repeat(15000)],
    ['one endless sentence', '地区生产总值达到5万亿元,增长5%'.repeat(1200)],
    ['clean text map', '國內生\n產總值增長(zhǎng)百分之四點五'.repeat(1200)],
  ])('%s: 10× input stays far from 100× time', (_name, unit) => {
    sample(unit); // warm up
    // Linear work gives ~10×, quadratic ~100×.
    expect(ratio(unit)).toBeLessThan(40);
    expect(cleanText(unit.repeat(10)).text.length).toBeGreaterThan(0);
  });
});
