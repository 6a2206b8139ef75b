// @vitest-environment node
// A property of the reader: 100,000 random and garbage texts, from a fixed seed, go through the whole
// reading pipeline (gate → detection → extraction) without one throw, and every statement's span lies inside the
// text and holds its quote.
import { describe, expect, it } from 'vitest';
import { readReport } from '@/lib/reader';
import { seededRandom } from '../helpers/random';

// Pieces a report page is made of, plus what breaks parsers: lone surrogates, control and zero-width characters,
// combining marks, right-to-left marks, full-width digits, huge and tiny numbers, unbalanced brackets.
const PIECES = [
  '政府工作报告',
  '国内生产总值',
  '增长',
  '左右',
  '以上',
  '以内',
  '%',
  '％',
  '万人',
  '亿元',
  '万亿元',
  '个百分点',
  '今年',
  '去年',
  '2025年',
  '二〇二五年',
  '预期目标',
  '城镇新增就业',
  '居民消费价格',
  '涨幅',
  '北京市',
  '广东省',
  '全国',
  '，',
  '。',
  '；',
  '：',
  '\n',
  '\t',
  ' ',
  '５',
  '５.５',
  '-',
  '−',
  '～',
  '至',
  '0.',
  '.5',
  '1e308',
  '99999999999999999999',
  '（',
  '）',
  '【',
  '“',
  '\uD800',
  '\uDFFF',
  '\u0000',
  '\u200B',
  '\u202E',
  '\u0301',
  '\uFEFF',
  '𠮷',
  'ﾟ',
  '<p>',
  '&nbsp;',
  '5',
  '5.5',
  '1200',
  '0.2',
];

function garbage(next: () => number): string {
  const kind = next();
  const length = Math.floor(next() * 160);
  let out = '';
  if (kind < 0.15) {
    // Raw code units, any value.
    for (let i = 0; i < length; i++) out += String.fromCharCode(Math.floor(next() * 0x10000));
    return out;
  }
  if (kind < 0.4) {
    // Sentences of a report with random figures and junk spliced in: the extractor's main road, bent.
    const subjects = [
      '国内生产总值增长',
      '城镇新增就业',
      '居民消费价格涨幅',
      '城镇调查失业率',
      '粮食产量',
      '一般公共预算收入增长',
    ];
    const units = ['%', '%左右', '万人以上', '亿元', '个百分点', '％', '万亿斤', ''];
    out += '政府工作报告 今年发展主要预期目标是：';
    for (let i = 0; i < 1 + length / 40; i++) {
      const n =
        next() < 0.2
          ? PIECES[Math.floor(next() * PIECES.length)]
          : (next() * 10 ** Math.floor(next() * 6)).toFixed(Math.floor(next() * 3));
      out += `${subjects[Math.floor(next() * subjects.length)]}${n}${units[Math.floor(next() * units.length)]}`;
      out += next() < 0.3 ? PIECES[Math.floor(next() * PIECES.length)] : '，';
    }
    return out;
  }
  if (kind < 0.6) out += '政府工作报告'; // past the gate, into the extractor
  for (let i = 0; i < length / 3; i++) out += PIECES[Math.floor(next() * PIECES.length)];
  return out;
}

describe('the reader on 100,000 random texts', () => {
  it('never throws, and every statement’s span holds its quote', () => {
    const next = seededRandom(0x5eed_2026);
    let statements = 0;
    for (let i = 0; i < 100_000; i++) {
      const text = garbage(next);
      const title = next() < 0.3 ? garbage(next).slice(0, 40) : '';
      let result: ReturnType<typeof readReport>;
      try {
        result = readReport({ title, url: 'https://example.test/a', text });
      } catch (error) {
        throw new Error(`case ${i} threw ${String(error)} on ${JSON.stringify(text)}`);
      }
      for (const s of result.statements) {
        statements++;
        expect(s.start >= 0 && s.end <= text.length && s.start < s.end, `case ${i}`).toBe(true);
        expect(text.slice(s.start, s.end), `case ${i}`).toBe(s.quote);
      }
    }
    // The texts must reach the extractor, or the property says nothing.
    console.info(`reader property: 100,000 texts, ${statements} statements checked, 0 throws`);
    expect(statements).toBeGreaterThan(1000);
  }, 120_000);
});
