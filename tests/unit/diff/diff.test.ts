// @vitest-environment node
// The text diff on Chinese report texts. Word boundaries differ between engines, so every assertion reads the
// added and removed *text* (and what each side reads as), never where a segment ends.
import { describe, expect, it } from 'vitest';
import {
  chunkedSegmenter,
  diffTexts,
  engineWordSegmenter,
  MAX_CHUNK,
  sideText,
  splitSentences,
  type TextDiff,
} from '@/lib/diff';

const added = (d: TextDiff) =>
  d.parts
    .filter((p) => p.kind === 'added')
    .map((p) => p.text)
    .join('|');
const removed = (d: TextDiff) =>
  d.parts
    .filter((p) => p.kind === 'removed')
    .map((p) => p.text)
    .join('|');

const A2024 = '今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上；居民消费价格涨幅3%左右。';
const A2025 = '今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上；居民消费价格涨幅2%左右。';

describe('diffTexts over word segments', () => {
  it('finds the one changed figure and leaves the rest common', () => {
    const d = diffTexts(A2024, A2025);
    expect(d.level).toBe('words');
    expect(d.timedOut).toBe(false);
    expect(removed(d)).toContain('3');
    expect(added(d)).toContain('2');
    expect(removed(d)).not.toContain('国内生产总值');
    expect(d.removedChars).toBeLessThanOrEqual(4);
    expect(d.addedChars).toBeLessThanOrEqual(4);
  });

  it('reports an added clause as added, whole', () => {
    const a = '扎实推进高质量发展。';
    const b = '扎实推进高质量发展，加快建设现代化产业体系。';
    const d = diffTexts(a, b);
    expect(added(d).replace(/\|/g, '')).toBe('，加快建设现代化产业体系');
    expect(removed(d)).toBe('');
  });

  it('reports a dropped sentence as removed, in traditional script too', () => {
    const a = '穩定就業。推進鄉村全面振興。加強生態保護。';
    const b = '穩定就業。加強生態保護。';
    const d = diffTexts(a, b);
    expect(removed(d).replace(/\|/g, '')).toBe('推進鄉村全面振興。');
    expect(added(d)).toBe('');
  });

  it('gives each side back: A from common + removed, B from common + added', () => {
    const d = diffTexts(A2024, `${A2025}新增一句。`);
    expect(sideText(d, 'a')).toBe(A2024);
    expect(sideText(d, 'b')).toBe(`${A2025}新增一句。`);
  });

  it('does not count a difference in spacing as a change', () => {
    const d = diffTexts('扎实推进高质量发展。', '扎实推进 高质量 发展。');
    expect(added(d).trim()).toBe('');
    expect(removed(d).trim()).toBe('');
  });

  it('identical texts are one common part; empty against text is all added', () => {
    expect(diffTexts(A2024, A2024).parts).toEqual([{ kind: 'common', text: A2024 }]);
    const d = diffTexts('', '新文本');
    expect(d.parts).toEqual([{ kind: 'added', text: '新文本' }]);
  });
});

describe('without a segmenter', () => {
  it('falls back to characters', () => {
    const d = diffTexts('涨幅3%左右', '涨幅2%左右', { segmenter: null });
    expect(d.level).toBe('chars');
    expect(d.parts).toEqual([
      { kind: 'common', text: '涨幅' },
      { kind: 'removed', text: '3' },
      { kind: 'added', text: '2' },
      { kind: 'common', text: '%左右' },
    ]);
  });
});

describe('the time limit', () => {
  /** Two long texts with nothing in common but the punctuation: the worst case for the word diff. */
  function unlike(length: number): [string, string] {
    let a = '';
    let b = '';
    for (let i = 0; i < length; i++) {
      a += String.fromCharCode(0x4e00 + ((i * 7919) % 300));
      b += String.fromCharCode(0x5e00 + ((i * 104729 + 13) % 297));
      if (i % 40 === 39) {
        a += '。';
        b += '。';
      }
    }
    return [a, b];
  }

  it('gives up on the word diff at the limit and says so, still giving both texts back', () => {
    const [a, b] = unlike(20_000);
    const d = diffTexts(a, b, { timeoutMs: 5 });
    expect(d.timedOut).toBe(true);
    expect(['sentences', 'none']).toContain(d.level);
    expect(sideText(d, 'a')).toBe(a);
    expect(sideText(d, 'b')).toBe(b);
  });

  it('a short text well within the limit is not marked as timed out', () => {
    expect(diffTexts(A2024, A2025, { timeoutMs: 5000 }).timedOut).toBe(false);
  });
});

describe('segmenting', () => {
  it('splitSentences keeps every character, endings with their sentence', () => {
    const text = '一、稳增长。二、促就业！“三、惠民生？”\n四';
    const parts = splitSentences(text);
    expect(parts.join('')).toBe(text);
    expect(parts[0]).toBe('一、稳增长。');
    expect(parts).toContain('“三、惠民生？”\n');
  });

  it('splitSentences cuts a long run without punctuation into pieces of the maximum', () => {
    const parts = splitSentences('字'.repeat(600), MAX_CHUNK);
    expect(parts.map((p) => p.length)).toEqual([256, 256, 88]);
  });

  it('chunkedSegmenter covers the text exactly, with indexes into the whole text', () => {
    const inner = engineWordSegmenter();
    // Node has Intl.Segmenter: without it this test would check nothing.
    if (!inner) throw new Error('no Intl.Segmenter in this engine');
    const text = `${'国内生产总值增长5%左右。'.repeat(40)}结束`;
    const segments = [...chunkedSegmenter(inner).segment(text)];
    expect(segments.map((s) => s.segment).join('')).toBe(text);
    for (const s of segments) expect(text.slice(s.index, s.index + s.segment.length)).toBe(s.segment);
  });
});
