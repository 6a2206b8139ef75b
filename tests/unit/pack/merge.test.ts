// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { FigureRecord } from '@/lib/model';
import { mergePackRecords } from '@/lib/pack/merge';

function rec(id: string, over: Partial<FigureRecord> = {}): FigureRecord {
  return {
    id,
    region: '北京',
    year: 2024,
    indicator: 'gdp_growth',
    kind: 'target',
    value: 5,
    unit: '%',
    qualifier: '左右',
    source: { url: 'https://example.org/a', quote: 'q', type: 'news' },
    origin: 'pack',
    updatedAt: 1,
    ...over,
  };
}

describe('mergePackRecords', () => {
  it('writes every row into an empty database', () => {
    const incoming = [rec('a'), rec('b')];
    expect(mergePackRecords([], incoming)).toEqual({ put: incoming, kept: 0, stale: [] });
  });

  it('replaces earlier pack rows with the same id (loading twice gives the same rows, no duplicates)', () => {
    const first = mergePackRecords([], [rec('a'), rec('b')]);
    const second = mergePackRecords(first.put, [rec('a', { value: 5.5 }), rec('b')]);
    expect(second.put.map((r) => [r.id, r.value])).toEqual([
      ['a', 5.5],
      ['b', 5],
    ]);
    expect(second.kept).toBe(0);
  });

  it('never overwrites a record the user edited', () => {
    const edited = rec('a', { value: 6, userEdited: true });
    const result = mergePackRecords([edited], [rec('a'), rec('b')]);
    expect(result.put.map((r) => r.id)).toEqual(['b']);
    expect(result.kept).toBe(1);
  });

  it.each(['page', 'user', 'import'] as const)('never overwrites a record of origin %s with the same id', (origin) => {
    const result = mergePackRecords([rec('a', { origin })], [rec('a')]);
    expect(result).toEqual({ put: [], kept: 1, stale: [] });
  });

  it('writes incoming rows as unedited pack rows, and a repeated id once', () => {
    const result = mergePackRecords([], [rec('a', { origin: 'user', userEdited: true }), rec('a', { value: 9 })]);
    expect(result.put).toHaveLength(1);
    expect(result.put[0]).toMatchObject({ id: 'a', origin: 'pack', value: 5 });
    expect('userEdited' in result.put[0]).toBe(false);
  });

  it('lists stored pack rows the new pack no longer has, but not the user\'s rows', () => {
    const existing = [rec('old'), rec('mine', { origin: 'user' }), rec('edited', { userEdited: true }), rec('a')];
    expect(mergePackRecords(existing, [rec('a')]).stale).toEqual(['old']);
  });

  it('does not change its inputs', () => {
    const existing = [rec('a', { userEdited: true })];
    const incoming = [rec('a'), rec('b')];
    const before = JSON.stringify([existing, incoming]);
    mergePackRecords(existing, incoming);
    expect(JSON.stringify([existing, incoming])).toBe(before);
  });
});
