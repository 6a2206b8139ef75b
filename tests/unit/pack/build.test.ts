// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildPack, type PackInputs } from '@/lib/pack/build';
import { parsePack } from '@/lib/pack/format';
import { stableId } from '@/lib/pack/ids';
import {
  corpusIndex,
  corpusProposals,
  fold,
  gdpFacts,
  gdpTargets,
  indicatorFacts,
  provincialFacts,
  regionsJson,
  seedProposals,
} from './fixtures';

const inputs: PackInputs = {
  regions: regionsJson,
  provincialReportFacts: provincialFacts,
  indicatorFacts,
  gdpTargets,
  gdpFacts,
  seedProposals,
  corpusProposals: [corpusProposals, corpusProposals],
  corpusIndex,
  fold,
};

describe('stableId', () => {
  it('depends only on its parts', () => {
    const id = stableId('rec', ['北京', 2024, 'gdp_growth', 'target', 'https://example.org/a', 5]);
    expect(id).toMatch(/^rec-[0-9a-f]{16}$/);
    expect(stableId('rec', ['北京', 2024, 'gdp_growth', 'target', 'https://example.org/a', 5])).toBe(id);
    expect(stableId('rec', ['北京', 2024, 'gdp_growth', 'target', 'https://example.org/a', 5.5])).not.toBe(id);
    expect(stableId('rec', ['北京', 2024, 'gdp_growth', 'result', 'https://example.org/a', 5])).not.toBe(id);
  });
});

describe('buildPack', () => {
  const { pack, summary } = buildPack(inputs);

  it('builds a pack that passes its own validator', () => {
    const parsed = parsePack(pack);
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
  });

  it('gives byte-identical output when run again', () => {
    expect(JSON.stringify(buildPack(inputs).pack)).toBe(JSON.stringify(pack));
  });

  it('gives the same ids whatever the order of the input entries', () => {
    const reversed = buildPack({
      ...inputs,
      gdpTargets: { ...gdpTargets, entries: [...gdpTargets.entries].reverse() },
      indicatorFacts: { ...indicatorFacts, facts: [...indicatorFacts.facts].reverse() },
    }).pack;
    expect(reversed.records.map((r) => r.id)).toEqual(pack.records.map((r) => r.id));
  });

  it('dates the pack by its newest source and stamps every row with that date', () => {
    expect(pack.createdAt).toBe('2026-03-05');
    const stamp = Date.parse('2026-03-05T00:00:00Z');
    expect(new Set([...pack.records, ...pack.proposals].map((r) => r.updatedAt))).toEqual(new Set([stamp]));
  });

  it('counts dropped figures by reason in the header, the same page read twice as a duplicate', () => {
    expect(pack.header.dropped).toEqual({
      'spam-source': 1,
      'low-confidence': 1,
      'no-source-url': 2,
      'unknown-region': 1,
      'suspect-page': 1,
      'suspect-statement': 1,
      'proposal-suspect-page': 1,
      'proposal-not-a-proposal': 1,
      'proposal-no-year': 1,
    });
    const again = buildPack({
      ...inputs,
      gdpFacts: undefined,
      gdpTargets: { entries: [gdpTargets.entries[0], gdpTargets.entries[0]] },
    });
    expect(again.pack.header.dropped).toEqual({
      duplicate: 1,
      'proposal-suspect-page': 1,
      'proposal-not-a-proposal': 1,
      'proposal-no-year': 1,
    });
  });

  it('keeps both sides of a disagreement and marks each', () => {
    const grain = pack.records.filter((r) => r.indicator === 'grain_output');
    expect(grain).toHaveLength(2);
    expect(grain[0].conflictsWith).toEqual([grain[1].id]);
    expect(grain[1].conflictsWith).toEqual([grain[0].id]);
    expect(pack.header.counts).toMatchObject({ conflicts: 2, conflictGroups: 1 });
    expect(summary.conflictingRecords).toBe(2);
  });

  it('does not mark different measures of one figure as a conflict', () => {
    const unemployment = pack.records.filter((r) => r.indicator === 'urban_unemployment');
    expect(unemployment.map((r) => r.conflictsWith)).toEqual([undefined, undefined]);
  });

  it('sorts rows by region (全国 first, then regions.json order), year, indicator', () => {
    expect(pack.header.regions).toEqual(['全国', '北京', '重庆', '江苏', '深圳']);
    const keys = pack.records.map((r) => `${pack.header.regions.indexOf(r.region)}|${r.year}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('reads a corpus proposal list given twice only once', () => {
    expect(pack.proposals.map((p) => p.author)).toEqual(['王某', '李某']);
    expect(pack.header.counts).toMatchObject({ records: pack.records.length, proposals: 2 });
  });

  it('keeps the source of every record', () => {
    expect(pack.records.length).toBeGreaterThan(0);
    for (const r of pack.records) {
      expect(r.source.url).toMatch(/^https?:\/\//);
      expect(r.source.quote).toBeTruthy();
      expect(r.source.type).toBeTruthy();
    }
  });
});
