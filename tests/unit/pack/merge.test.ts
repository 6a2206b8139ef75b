// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { mergePackRecords } from '@/lib/pack/merge';
import { record } from '../helpers/builders';

describe('mergePackRecords', () => {
  it('writes every row into an empty database', () => {
    const incoming = [record({ id: 'a' }), record({ id: 'b' })];
    expect(mergePackRecords([], incoming)).toEqual({ put: incoming, kept: 0, stale: [] });
  });

  it('replaces earlier pack rows with the same id (loading twice gives the same rows, no duplicates)', () => {
    const first = mergePackRecords([], [record({ id: 'a' }), record({ id: 'b' })]);
    const second = mergePackRecords(first.put, [record({ id: 'a', value: 5.5 }), record({ id: 'b' })]);
    expect(second.put.map((r) => [r.id, r.value])).toEqual([
      ['a', 5.5],
      ['b', 5],
    ]);
    expect(second.kept).toBe(0);
  });

  it('never overwrites a record the user edited', () => {
    const edited = record({ id: 'a', value: 6, userEdited: true });
    const result = mergePackRecords([edited], [record({ id: 'a' }), record({ id: 'b' })]);
    expect(result.put.map((r) => r.id)).toEqual(['b']);
    expect(result.kept).toBe(1);
  });

  it.each(['page', 'user', 'import'] as const)('never overwrites a record of origin %s with the same id', (origin) => {
    const result = mergePackRecords([record({ id: 'a', origin })], [record({ id: 'a' })]);
    expect(result).toEqual({ put: [], kept: 1, stale: [] });
  });

  it('writes incoming rows as unedited pack rows, and a repeated id once', () => {
    const result = mergePackRecords(
      [],
      [record({ id: 'a', origin: 'user', userEdited: true }), record({ id: 'a', value: 9 })],
    );
    expect(result.put).toHaveLength(1);
    expect(result.put[0]).toMatchObject({ id: 'a', origin: 'pack', value: 5 });
    expect('userEdited' in result.put[0]).toBe(false);
  });

  it("lists stored pack rows the new pack no longer has, but not the user's rows", () => {
    const existing = [
      record({ id: 'old' }),
      record({ id: 'mine', origin: 'user' }),
      record({ id: 'edited', userEdited: true }),
      record({ id: 'a' }),
    ];
    expect(mergePackRecords(existing, [record({ id: 'a' })]).stale).toEqual(['old']);
  });

  it('does not change its inputs', () => {
    const existing = [record({ id: 'a', userEdited: true })];
    const incoming = [record({ id: 'a' }), record({ id: 'b' })];
    const before = JSON.stringify([existing, incoming]);
    mergePackRecords(existing, incoming);
    expect(JSON.stringify([existing, incoming])).toBe(before);
  });
});
