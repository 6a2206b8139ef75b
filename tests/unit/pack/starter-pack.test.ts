// @vitest-environment node
// The committed starter pack (assets/pack/starter-pack.json) is what users meet first: it must load.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePack } from '@/lib/pack/format';

const text = readFileSync(join(__dirname, '../../../assets/pack/starter-pack.json'), 'utf8');

describe('assets/pack/starter-pack.json', () => {
  const result = parsePack(text);
  const pack = result.ok ? result.pack : undefined;

  it('passes parsePack', () => {
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('holds several hundred sourced records over 25+ regions', () => {
    expect(pack?.records.length).toBeGreaterThanOrEqual(300);
    expect(pack?.header.regions.length).toBeGreaterThanOrEqual(25);
    expect(new Set(pack?.records.map((r) => r.region)).size).toBe(pack?.header.regions.length);
  });

  it('keeps url, quote and source type for every figure, all as pack rows', () => {
    expect(pack?.records.length).toBeGreaterThan(0);
    for (const r of pack?.records ?? []) {
      expect(r.source.url).toMatch(/^https?:\/\//);
      expect(r.source.quote?.trim()).toBeTruthy();
      expect(r.source.type).toBeTruthy();
      expect(r.origin).toBe('pack');
    }
  });

  it('has unique ids and symmetric conflicts', () => {
    const byId = new Map(pack?.records.map((r) => [r.id, r]));
    expect(byId.size).toBe(pack?.records.length);
    // The pack holds disagreeing sources, so the symmetry below is checked on real pairs.
    expect(pack?.records.some((r) => r.conflictsWith?.length)).toBe(true);
    for (const r of pack?.records ?? []) {
      for (const other of r.conflictsWith ?? []) expect(byId.get(other)?.conflictsWith).toContain(r.id);
    }
  });

  it('says what it left out', () => {
    expect(Object.keys(pack?.header.dropped ?? {})).toEqual(expect.arrayContaining(['low-confidence', 'spam-source']));
  });
});
