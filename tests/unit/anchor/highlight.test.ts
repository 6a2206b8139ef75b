import { describe, expect, it } from 'vitest';
import { unwrapAll, wrapSpans, wrapSpansInSlices } from '@/lib/anchor/highlight';
import { readPage } from '@/lib/page';

function page(html: string) {
  document.body.innerHTML = html;
  return readPage(document, 'https://example.test/');
}

const at = (text: string, needle: string) => {
  const start = text.indexOf(needle);
  return { start, end: start + needle.length };
};

describe('wrapSpans', () => {
  it('wraps a span inside one text node with its attributes', () => {
    const { text, segments } = page('<p>今年地区生产总值增长5%左右，稳中求进。</p>');
    const [w] = wrapSpans(
      document,
      segments,
      [{ ...at(text, '地区生产总值增长5%左右'), attributes: { 'data-kind': 'target' } }],
      'report-lens-mark',
    );
    expect(w.elements).toHaveLength(1);
    expect(w.elements[0].textContent).toBe('地区生产总值增长5%左右');
    expect(w.elements[0].getAttribute('data-kind')).toBe('target');
    expect(document.body.textContent).toBe('今年地区生产总值增长5%左右，稳中求进。');
  });

  it('splits a span that crosses elements into one wrapper per text node', () => {
    const { text, segments } = page('<p>城镇新增就业<b>1200万人</b>以上。</p>');
    const [w] = wrapSpans(
      document,
      segments,
      [{ ...at(text, '城镇新增就业1200万人以上'), attributes: {} }],
      'report-lens-mark',
    );
    expect(w.elements.map((e) => e.textContent)).toEqual(['城镇新增就业', '1200万人', '以上']);
    expect(document.querySelector('b')!.firstElementChild!.tagName).toBe('REPORT-LENS-MARK');
  });

  it('keeps every span right when several fall in the same node', () => {
    const { text, segments } = page('<p>增长5%左右；失业率5.5%左右；涨幅2%左右。</p>');
    const spans = ['增长5%左右', '失业率5.5%左右', '涨幅2%左右'].map((s) => ({
      ...at(text, s),
      attributes: { 'data-q': s },
    }));
    const wrapped = wrapSpans(document, segments, spans, 'report-lens-mark');
    expect(wrapped.map((w) => w.elements[0].textContent)).toEqual(['增长5%左右', '失业率5.5%左右', '涨幅2%左右']);
    for (const w of wrapped) expect(w.elements[0].getAttribute('data-q')).toBe(w.elements[0].textContent);
  });

  it('leaves whitespace-only nodes between table cells alone', () => {
    const { text, segments } = page('<table><tr><td>增长</td>\n  <td>5%</td></tr></table>');
    const span = { start: text.indexOf('增长'), end: text.indexOf('5%') + 2, attributes: {} };
    const [w] = wrapSpans(document, segments, [span], 'report-lens-mark');
    expect(w.elements.map((e) => e.textContent)).toEqual(['增长', '5%']);
    expect(document.querySelector('tr')!.childNodes[1].nodeType).toBe(3);
  });

  it('drops a span that overlaps an earlier one instead of nesting wrappers', () => {
    const { text, segments } = page('<p>地区生产总值增长5%左右</p>');
    const wrapped = wrapSpans(
      document,
      segments,
      [
        { ...at(text, '地区生产总值增长5%'), attributes: {} },
        { ...at(text, '5%左右'), attributes: {} },
      ],
      'report-lens-mark',
    );
    expect(wrapped).toHaveLength(1);
    expect(document.querySelectorAll('report-lens-mark report-lens-mark')).toHaveLength(0);
  });

  it('unwraps back to the original text nodes', () => {
    const html = '<p>今年<i>经济增长</i>5%左右。</p>';
    const { text, segments } = page(html);
    wrapSpans(document, segments, [{ ...at(text, '经济增长5%左右'), attributes: {} }], 'report-lens-mark');
    expect(unwrapAll(document.body, 'report-lens-mark')).toBe(2);
    expect(document.body.innerHTML).toBe(html);
  });
});

describe('unwrapAll', () => {
  it('puts the text back into the page’s own Text node and leaves the page’s other text nodes apart', () => {
    document.body.innerHTML = '<p id="p"></p>';
    const p = document.getElementById('p')!;
    // Two text nodes the page keeps apart on purpose (a framework updates each on its own).
    const own = document.createTextNode('今年地区生产总值增长5%左右，稳中求进。');
    const other = document.createTextNode('另一段文字');
    p.append(own, other);
    const { text, segments } = readPage(document, 'https://example.test/');
    const spans = ['地区生产总值增长5%左右', '稳中求进'].map((s) => ({ ...at(text, s), attributes: {} }));
    wrapSpans(document, segments, spans, 'report-lens-mark');
    expect(p.childNodes.length).toBeGreaterThan(2);
    unwrapAll(document.body, 'report-lens-mark');
    expect(Array.from(p.childNodes)).toEqual([own, other]);
    expect(own.data).toBe('今年地区生产总值增长5%左右，稳中求进。');
  });
});

describe('wrapSpansInSlices', () => {
  it('wraps exactly what wrapSpans wraps, giving the page its thread back between slices', async () => {
    const html = `<p>${Array.from({ length: 200 }, (_, i) => `第${i}项增长5%左右；`).join('')}</p>`;
    const one = page(html);
    const spansOf = (t: string) =>
      Array.from(t.matchAll(/增长5%左右/g), (m) => ({ start: m.index, end: m.index + 7, attributes: {} }));
    wrapSpans(document, one.segments, spansOf(one.text), 'report-lens-mark');
    const expected = document.body.innerHTML;
    const two = page(html);
    let yields = 0;
    let clock = 0;
    const wrapped = await wrapSpansInSlices(
      document,
      two.segments,
      spansOf(two.text),
      'report-lens-mark',
      async () => {
        yields++;
      },
      () => (clock += 5),
    );
    expect(wrapped).toHaveLength(200);
    expect(document.body.innerHTML).toBe(expected);
    expect(yields).toBeGreaterThan(3);
  });
});
