// The page contract's data-confidence on <report-lens-mark>, and the look of an uncertain mark.
import { describe, expect, it } from 'vitest';
import { markStyle, placeMarks, setMarkState } from '@/entrypoints/content/marks';
import { readPage } from '@/lib/page';
import { statement } from '../helpers/builders';

describe('marks and confidence', () => {
  it('marks each statement high or low, and an uncertain one keeps its look when its state changes', () => {
    document.body.innerHTML = '<article><p>今年经济增长目标为5%左右，去年增长5.2%。</p></article>';
    const page = readPage(document, 'https://example.test/a');
    const text = page.text;
    const at = (quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length, quote });
    const statements = [
      statement({ year: 2025, kind: 'target', value: 5, ...at('5%左右') }),
      statement({ year: 2024, kind: 'result', value: 5.2, confidence: 0.2, ...at('5.2%') }),
    ];
    const marks = placeMarks(document, page.segments, statements, () => 'label');
    expect(marks.get(0)?.[0].getAttribute('data-confidence')).toBe('high');
    const low = marks.get(1)?.[0] as HTMLElement;
    expect(low.getAttribute('data-confidence')).toBe('low');
    setMarkState([low], 'result', 'compared', true);
    expect(low.getAttribute('style')).toContain('dotted');
    expect(markStyle('target', 'conflict', true, 'high')).toContain('dashed');
  });
});
