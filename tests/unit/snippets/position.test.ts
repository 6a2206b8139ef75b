import { describe, expect, it } from 'vitest';
import { positionFromRange, positionToRange } from '@/lib/anchor/position';
import { readPage } from '@/lib/page';

function pageOf(html: string) {
  document.body.innerHTML = html;
  return readPage(document, 'https://example.test/');
}

describe('positionFromRange / positionToRange', () => {
  it('maps a selection crossing elements to offsets in the page text, and back', () => {
    const page = pageOf('<p id="a">今年目标：<b>国内生产总值</b>增长5%左右。</p><p>第二段。</p>');
    const range = document.createRange();
    range.setStart(document.querySelector('b')!.firstChild!, 2);
    range.setEnd(document.querySelector('#a')!.lastChild!, 4);
    const position = positionFromRange(page.segments, range)!;
    expect(page.text.slice(position.start, position.end)).toBe('生产总值增长5%');
    expect(positionToRange(document, page.segments, position)?.toString()).toBe('生产总值增长5%');
  });

  it('resolves boundaries on elements (a whole paragraph selected) to the nearest article text inward', () => {
    const page = pageOf('<p id="a">第一段。</p><p id="b">第二段的文字。</p><p>第三段。</p>');
    const range = document.createRange();
    range.selectNode(document.querySelector('#b')!);
    const position = positionFromRange(page.segments, range)!;
    expect(page.text.slice(position.start, position.end)).toBe('第二段的文字。');
  });

  it('answers null for a selection holding no article text (inside a skipped menu)', () => {
    const page = pageOf('<nav><a id="menu">首页</a></nav><p>正文。</p>');
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('#menu')!);
    const position = positionFromRange(page.segments, range);
    // The nav is not article text: nothing between the boundaries.
    expect(position).toBeNull();
  });
});
