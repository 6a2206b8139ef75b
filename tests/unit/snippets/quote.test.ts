// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { prepareText, quoteFromRange, quoteToRange } from '@/lib/anchor/quote';

/** The selector for the first occurrence of `exact` after `from` in `text`. */
function selectorFor(text: string, exact: string, from = 0) {
  const start = text.indexOf(exact, from);
  if (start < 0) throw new Error(`"${exact}" is not in the text`);
  return quoteFromRange(text, { start, end: start + exact.length });
}

describe('quoteFromRange', () => {
  it('stores the exact text, 32 characters of context either side and the position', () => {
    const text = `${'甲'.repeat(40)}主要预期目标是：国内生产总值增长5%左右${'乙'.repeat(40)}`;
    const selector = selectorFor(text, '国内生产总值增长5%左右');
    expect(selector).toEqual({
      exact: '国内生产总值增长5%左右',
      prefix: `${'甲'.repeat(24)}主要预期目标是：`,
      suffix: '乙'.repeat(32),
      start: 48,
      end: 60,
    });
  });

  it('keeps shorter context at the edges of the page', () => {
    expect(quoteFromRange('开头就是引文，然后结束', { start: 0, end: 6 })).toEqual({
      exact: '开头就是引文',
      prefix: '',
      suffix: '，然后结束',
      start: 0,
      end: 6,
    });
  });
});

describe('quoteToRange', () => {
  it('finds an unchanged page exactly', () => {
    const text = '今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上。';
    const selector = selectorFor(text, '城镇新增就业1200万人以上');
    expect(quoteToRange(text, selector)).toMatchObject({ start: 25, end: 39, tier: 'exact', quality: 1 });
  });

  it('picks the occurrence of a repeated phrase whose context agrees', () => {
    const text = [
      '第一部分：坚持稳中求进工作总基调，完整准确全面贯彻新发展理念。',
      '第二部分：经济工作要坚持稳中求进工作总基调，加大宏观调控力度。',
      '第三部分：我们坚持稳中求进工作总基调，推动高质量发展。',
    ].join('\n');
    const second = text.indexOf('稳中求进工作总基调', text.indexOf('第二部分'));
    const selector = quoteFromRange(text, { start: second, end: second + 9 });
    // Drop the position: context alone must decide.
    const { start: _s, end: _e, ...withoutPosition } = selector;
    expect(quoteToRange(text, withoutPosition)?.start).toBe(second);
  });

  it('still picks the right repeat after text was inserted above it', () => {
    const original = 'A段：坚持稳中求进。B段：坚持稳中求进，扩大内需。C段：坚持稳中求进，深化改革。';
    const selector = selectorFor(original, '坚持稳中求进', original.indexOf('B段'));
    const edited = `编者按：本文有更新。\n${original}`;
    const found = quoteToRange(edited, selector);
    expect(found && edited.slice(found.start, found.end + 5)).toBe('坚持稳中求进，扩大内需');
  });

  it('ignores changed whitespace and line breaks', () => {
    const original = '国内生产总值增长5%左右，城镇调查失业率5.5%左右。';
    const selector = selectorFor(original, '国内生产总值增长5%左右');
    const edited = '导语\n\n国内生产 总值\n增长 5% 左右 ，城镇调查失业率 5.5% 左右。';
    const found = quoteToRange(edited, selector);
    expect(found?.tier).toBe('exact');
    expect(found && edited.slice(found.start, found.end)).toBe('国内生产 总值\n增长 5% 左右');
  });

  it('matches a simplified quote on the traditional edition of the page (and back)', () => {
    const simplified = '过去一年，国内生产总值超过126万亿元，增长5.2%，经济总量稳居世界第二。';
    const traditional = '過去一年，國內生產總值超過126萬億元，增長5.2%，經濟總量穩居世界第二。';
    const fromSimplified = selectorFor(simplified, '国内生产总值超过126万亿元');
    expect(quoteToRange(traditional, fromSimplified)).toMatchObject({ start: 5, end: 19, tier: 'exact' });
    const fromTraditional = selectorFor(traditional, '經濟總量穩居世界第二');
    expect(quoteToRange(simplified, fromTraditional)).toMatchObject({ start: 27, end: 37 });
  });

  it('finds a quote whose wording changed slightly (fuzzy, near the saved position)', () => {
    const original = `${'背景段落。'.repeat(20)}全年粮食产量13908亿斤，比上年增加221.8亿斤，再创历史新高。${'后续段落。'.repeat(20)}`;
    const selector = selectorFor(original, '全年粮食产量13908亿斤，比上年增加221.8亿斤，再创历史新高');
    const edited = original.replace('比上年增加', '较上年增加').replace('再创历史新高', '创历史新高');
    const found = quoteToRange(edited, selector);
    expect(found?.tier).toBe('near-position');
    expect(found && edited.slice(found.start, found.end)).toBe(
      '全年粮食产量13908亿斤，较上年增加221.8亿斤，创历史新高',
    );
  });

  it('finds a changed quote far from its saved position with the whole-page fuzzy tier', () => {
    const quote = '加快建设现代化产业体系，推动传统产业转型升级，培育壮大新兴产业';
    const original = `${quote}。${'其他内容。'.repeat(400)}`;
    const selector = selectorFor(original, quote);
    const edited = `${'新增导语。'.repeat(400)}加快建设现代化产业体系，推进传统产业转型升级，培育壮大新兴产业。`;
    const found = quoteToRange(edited, selector);
    expect(found?.tier).toBe('fuzzy');
    expect(found && edited.slice(found.start, found.end)).toBe(
      '加快建设现代化产业体系，推进传统产业转型升级，培育壮大新兴产业',
    );
  });

  it('returns null when the text was removed (the snippet is orphaned)', () => {
    const original = '第一段。这一句后来被删掉了，再也找不到。第三段。';
    const selector = selectorFor(original, '这一句后来被删掉了，再也找不到');
    expect(quoteToRange('第一段。第三段。完全不同的新内容在这里出现。', selector)).toBeNull();
  });

  it('does not accept a short quote with a changed character when the context disagrees too', () => {
    const selector = quoteFromRange('上文内容：稳中求进；下文', { start: 5, end: 9 });
    expect(quoteToRange('无关的内容，稳中有进，其他', selector)).toBeNull();
  });

  it('anchors on a very long page within a bounded time, and gives up on time when told to', () => {
    const paragraph = '各地区各部门要坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大精神。';
    const page = `${paragraph.repeat(20_000)}这是唯一的一句目标文字，位于页面末尾附近。${paragraph.repeat(100)}`;
    expect(page.length).toBeGreaterThan(800_000);
    const prepared = prepareText(page);
    const selector = selectorFor(page, '这是唯一的一句目标文字');
    const t0 = performance.now();
    expect(quoteToRange(prepared, selector)?.start).toBe(page.indexOf('这是唯一的一句目标文字'));
    // Changed text, saved position no longer right: the whole-page tier runs but stops at its budget.
    const changed = { ...selector, exact: '这是唯一一句被改写的目标文字', start: 10, end: 24 };
    // Each reading of the clock advances it past the budget: the scan stops after its first 64 K slice.
    let readings = 0;
    quoteToRange(prepared, changed, { timeBudgetMs: 5, now: () => ++readings * 10 });
    expect(readings).toBe(2);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(quoteToRange(prepared, changed, { maxFuzzyTextLength: 1000 })).toBeNull();
  });

  it('never searches for an empty quote', () => {
    expect(quoteToRange('任何文字', { exact: '', prefix: '', suffix: '' })).toBeNull();
  });
});
