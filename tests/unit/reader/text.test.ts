// @vitest-environment node
// Matching text: folding, numerals, noise removal, and the map back to the original.
import { describe, expect, it } from 'vitest';
import { cleanText, foldText, originalSpan, parseChineseNumber, toSimplified } from '../../../lib/text/index.ts';
import { T2S_FROM, T2S_TO } from '../../../lib/text/t2s.generated.ts';

describe('foldText', () => {
  it('keeps the length and folds traditional, full-width and dashes', () => {
    const s = '國內生產總值增長５．５％—６％（ＧＤＰ）';
    const f = foldText(s);
    expect(f.length).toBe(s.length);
    expect(f).toBe('国内生产总值增长5.5%-6%(GDP)');
  });
  it('folds Taiwan and Hong Kong variant forms', () => {
    expect(toSimplified('臺灣裡麼')).toBe('台湾里么');
  });
  it('leaves simplified characters that look like variants alone', () => {
    expect(foldText('么着干')).toBe('么着干');
  });
  it('the generated table maps one character to one character', () => {
    expect(T2S_FROM.length).toBe(T2S_TO.length);
    expect(T2S_FROM.length).toBeGreaterThan(2500);
  });
});

describe('parseChineseNumber', () => {
  it.each([
    ['二〇二四', 2024],
    ['二○二五', 2025],
    ['两千', 2000],
    ['一千两百', 1200],
    ['十二点八', 12.8],
    ['四点五', 4.5],
    ['〇点一', 0.1],
    ['一百零五', 105],
    ['一千两百万', 12000000],
    ['三亿五千万', 350000000],
  ])('%s → %d', (s, n) => {
    expect(parseChineseNumber(s)).toBe(n);
  });
  it('is NaN for words that are not numbers', () => {
    expect(parseChineseNumber('一般')).toBeNaN();
  });
});

describe('cleanText', () => {
  it.each([
    ['增長(zhǎng)5%', '增长5%'],
    ['國內\n生產總值', '国内生产总值'],
    ['增长 5.5 %', '增长5.5%'],
    ['二〇二四年', '2024年'],
    ['二O二四年', '2024年'],
    ['百分之四點五', '4.5%'],
    ['一千兩百萬人', '1200万人'],
    ['十二點八萬億元', '12.8万亿元'],
    ['一點四兆斤', '1.4万亿斤'],
    ['5.67兆元', '5.67万亿元'],
    ['装机100兆瓦', '装机100兆瓦'],
    ['一般公共预算', '一般公共预算'],
    ['十四五规划', '十四五规划'],
    ['GDP (gdp) growth', 'GDP(gdp)growth'],
    ['2023 2024', '2023 2024'],
  ])('%s → %s', (input, output) => {
    expect(cleanText(input).text).toBe(output);
  });
  it('maps every clean span back to the exact original span', () => {
    const original = '今年國內生\n產總值增長(zhǎng)百分之四點五左右，糧食產量一點四兆斤。';
    const c = cleanText(original);
    const at = (needle: string) => {
      const k = c.text.indexOf(needle);
      const [a, b] = originalSpan(c, k, k + needle.length);
      return original.slice(a, b);
    };
    expect(at('国内生产总值增长4.5%左右')).toBe('國內生\n產總值增長(zhǎng)百分之四點五左右');
    expect(at('1.4万亿斤')).toBe('一點四兆斤');
    expect(at('4.5%')).toBe('百分之四點五');
  });
  it('handles empty text', () => {
    expect(cleanText('').text).toBe('');
  });
});
