import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/page';
import { readReport } from '@/lib/reader';

function read(html: string) {
  document.head.innerHTML =
    '<title>苏州市政府工作报告解读</title><meta property="article:published_time" content="2025-01-20">';
  document.body.innerHTML = html;
  const page = readPage(document, 'https://example.test/news');
  return { page, ...readReport({ title: page.title, url: page.url, text: page.text, publishedAt: page.publishedAt }) };
}

describe('tables', () => {
  it('separates table cells with a tab and rows with a line break', () => {
    const { page } = read('<table><tr><td>指标</td><td>目标</td></tr><tr><td>增长</td><td>5%</td></tr></table>');
    expect(page.text).toBe('指标\t目标\t\n增长\t5%\t\n');
  });

  it('does not join a subject in one cell with a number in the next into a statement', () => {
    const { statements } = read(
      '<p>苏州市政府工作报告提出，今年全市地区生产总值增长5%左右。</p>' +
        '<table><tr><th>指标</th><th>上年实际</th></tr><tr><td>地区生产总值增长</td><td>5.2%</td></tr></table>',
    );
    expect(statements.map((s) => s.quote)).toEqual(['全市地区生产总值增长5%左右']);
  });
});
