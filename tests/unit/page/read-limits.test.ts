// lib/page against hostile documents: a huge article is read up to a limit, a document in design mode is not read,
// and 50,000 nested elements are walked without recursion.
import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/page';

describe('readPage limits', () => {
  it('stops once maxChars of text is read, keeping the last node whole', () => {
    document.body.innerHTML = Array.from({ length: 1000 }, (_, i) => `<p>第${i}段：国内生产总值增长5%左右。</p>`).join(
      '',
    );
    const whole = readPage(document, 'https://example.test/');
    const capped = readPage(document, 'https://example.test/', { maxChars: 2000 });
    expect(capped.text.length).toBeGreaterThanOrEqual(2000);
    expect(capped.text.length).toBeLessThan(2100);
    expect(whole.text.startsWith(capped.text.trimEnd())).toBe(true);
    const last = capped.segments[capped.segments.length - 1];
    expect(capped.text.slice(last.start, last.end)).toBe(last.node.data);
  });

  it('reads nothing of a document in design mode (it is being edited)', () => {
    document.body.innerHTML = '<p>政府工作报告：国内生产总值增长5%左右。</p>';
    document.designMode = 'on';
    try {
      expect(readPage(document, 'https://example.test/').text).toBe('');
    } finally {
      document.designMode = 'off';
    }
  });

  it('walks 50,000 nested elements without overflowing the stack', () => {
    document.body.innerHTML = '';
    let parent: HTMLElement = document.body;
    for (let i = 0; i < 50_000; i++) {
      const div = document.createElement('div');
      parent.appendChild(div);
      parent = div;
    }
    parent.textContent = '国内生产总值增长5%左右';
    expect(readPage(document, 'https://example.test/').text.trim()).toBe('国内生产总值增长5%左右');
  });
});
