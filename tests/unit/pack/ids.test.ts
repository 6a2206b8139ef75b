// @vitest-environment node
// Ids from content must never change between versions: a rebuilt pack replaces its rows in place, and saving the
// same selection again keeps one snippet. These values were computed by the code as it stood before it shared a hash.
import { describe, expect, it } from 'vitest';
import { stableId } from '@/lib/pack/ids';
import { snippetId } from '@/lib/service/snippets';
import { fnv1a32, hex8 } from '@/lib/text/hash';

describe('content ids', () => {
  it('FNV-1a gives the published test values', () => {
    expect(hex8(fnv1a32(''))).toBe('811c9dc5');
    expect(hex8(fnv1a32('a'))).toBe('e40c292c');
    expect(hex8(fnv1a32('foobar'))).toBe('bf9cf968');
  });

  it('pack row ids stay as they were', () => {
    expect(stableId('rec', ['', 1, null])).toBe('rec-15672866ad39610d');
    expect(stableId('rec', ['北京|2024|gdp_growth|target|https://x/|5', 1, null])).toBe('rec-aa4ebae6c7e1f0dd');
    expect(stableId('rec', ['全國\u0000😀', 1, null])).toBe('rec-f1306f92cdeca770');
  });

  it('snippet ids stay as they were', () => {
    expect(snippetId('https://e.test/p', { prefix: '前', exact: '增长5%左右', suffix: '后' })).toBe(
      'snip-26879f8fa258dfe9',
    );
  });
});
