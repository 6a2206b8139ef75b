// @vitest-environment node
// The page reader on a small page written for this test: what counts as article text, and the node map.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../lib/page/index.ts';
import { readReport } from '../../../lib/reader.ts';

const html = readFileSync(join(__dirname, 'fixtures', 'report-page.html'), 'utf8');

function load(source: string): Document {
  const window = new Window({ url: 'https://news.example/saved.html' });
  window.document.write(source);
  return window.document as unknown as Document;
}

describe('readPage', () => {
  const page = readPage(load(html), 'https://fallback.example/');

  it('takes the URL from <link rel=canonical>, before og:url', () => {
    expect(page.url).toBe('https://news.example/2025/0115/hunan-report.html');
  });
  it('takes the title from og:title', () => {
    expect(page.title).toBe('湖南省政府工作报告：今年地区生产总值预期增长5.5%左右');
  });
  it('takes the publish date from the meta tags', () => {
    expect(page.publishedAt).toBe('2025-01-15T10:30:00+08:00');
  });
  it('keeps the article text, with inline elements joined', () => {
    expect(page.text).toContain('省长作政府工作报告。');
    expect(page.text).toContain('地区生产总值增长5.5%左右。');
  });
  it.each([
    ['navigation', '首页'],
    ['aside', '相关阅读'],
    ['footer', '版权所有'],
    ['script', 'tracker'],
    ['style', 'color'],
    ['hidden attribute', '隐藏段落'],
    ['aria-hidden', '读屏隐藏'],
    ['inline display:none', '样式隐藏'],
    ['noscript', '请启用脚本'],
    ['template', '模板内容'],
    ['form controls', '输入框'],
    ['textarea', '文本框'],
    ['contenteditable', '编辑区'],
  ])('skips %s', (_what, text) => {
    expect(page.text).not.toContain(text);
  });
  it('puts block boundaries on their own lines', () => {
    const lines = page.text.split('\n').filter(Boolean);
    expect(lines).toContain('城镇新增就业70万人以上');
    expect(lines).toContain('居民消费价格涨幅2%左右');
  });
  it('maps every segment to the exact text of its node', () => {
    expect(page.segments.length).toBeGreaterThan(5);
    for (const s of page.segments) expect(page.text.slice(s.start, s.end)).toBe(s.node.data);
  });
  it('resolves a relative canonical URL against the page URL', () => {
    expect(readPage(load('<head><link rel="canonical" href="/a/b.html"></head><p>正文</p>')).url).toBe(
      'https://news.example/a/b.html',
    );
  });
  it('uses the given URL when the page names none', () => {
    expect(readPage(load('<p>正文</p>'), 'https://given.example/').url).toBe('https://given.example/');
  });
  it('finds a date line when there is no meta date', () => {
    expect(readPage(load('<p>发布时间：2024年3月5日 10:00</p><p>正文</p>')).publishedAt).toBe('2024-03-05');
  });
  it('handles an empty document', () => {
    const empty = readPage(load(''));
    expect(empty.text).toBe('');
    expect(empty.segments).toEqual([]);
  });
});

describe('readPage → readReport', () => {
  it('reads the fixture as a report page with its statements, spans into the page text', () => {
    const page = readPage(load(html));
    const r = readReport(page);
    expect(r.detection).toMatchObject({ isReport: true, regions: ['湖南'], year: 2025 });
    const gdp = r.statements.find((s) => s.indicator === 'gdp_growth');
    expect(gdp).toMatchObject({ region: '湖南', year: 2025, kind: 'target', value: 5.5, qualifier: '左右' });
    for (const s of r.statements) expect(page.text.slice(s.start, s.end)).toBe(s.quote);
    expect(r.statements.some((s) => s.value === 9 || s.value === 99 || s.value === 999)).toBe(false);
  });
});
