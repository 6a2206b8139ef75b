// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { officialFirst, sourceKind } from '../../../lib/compare/sources.ts';

describe('source kinds', () => {
  it.each([
    ['official', 'official'],
    ['official_via_repo', 'official'],
    ['news', 'news'],
    ['hk_media', 'news'],
    ['mirror', 'mirror'],
    ['spun', 'mirror'],
  ])('%s is %s', (type, kind) => expect(sourceKind({ type })).toBe(kind));
  it('a source that does not say is of no kind', () => {
    expect(sourceKind({})).toBeNull();
    expect(sourceKind(undefined)).toBeNull();
  });
  it('lists official sources first and mirrors last, keeping the order otherwise', () => {
    const list = [
      { type: 'mirror', n: 1 },
      { type: 'news', n: 2 },
      { n: 3 },
      { type: 'official', n: 4 },
      { type: 'news', n: 5 },
    ];
    expect(officialFirst(list, (s) => s).map((s) => s.n)).toEqual([4, 2, 5, 3, 1]);
  });
});
