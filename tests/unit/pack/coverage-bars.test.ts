// @vitest-environment node
// The coverage table in the pack header and the bars the build prints.
import { describe, expect, it } from 'vitest';
import { gdpReach, handPrecision, priorPairs, share } from '@/lib/pack/bars';
import { coverageOf, coverageYears, readCell } from '@/lib/pack/coverage';
import { parsePack, serializePack } from '@/lib/pack/format';
import { mergeOfficialReadings, sameReading } from '@/lib/pack/official-merge';
import type { FigureRecord } from '@/lib/model';
import { record } from '../helpers/builders';

// Figures of the 2025 reports, unless a test says otherwise.
const rec = (fields: Partial<FigureRecord>) => record({ year: 2025, ...fields });

describe('coverageOf', () => {
  const records = [
    rec({}),
    rec({ kind: 'result', year: 2024, value: 5.2 }),
    rec({ indicator: 'cpi', value: 2 }),
    rec({ indicator: 'other:出口增长', value: 3 }),
    rec({ region: '全国', indicator: 'cpi', kind: 'result', year: 2024, value: 0.2 }),
  ];
  const order = (r: string) => (r === '全国' ? 0 : 1);
  const coverage = coverageOf(records, order);

  it('names per region and year the standard indicators with a target and with a result', () => {
    expect(Object.keys(coverage.regions)).toEqual(['全国', '北京']);
    expect(readCell(coverage, '北京', 2025)).toEqual({ targets: ['gdp_growth', 'cpi'], results: [], both: [] });
    expect(readCell(coverage, '北京', 2024)).toEqual({ targets: [], results: ['gdp_growth'], both: [] });
    expect(readCell(coverage, '上海', 2024)).toEqual({ targets: [], results: [], both: [] });
    expect(coverageYears(coverage)).toEqual([2024, 2025]);
  });

  it('is the same table whatever the order of the records', () => {
    expect(JSON.stringify(coverageOf([...records].reverse(), order))).toBe(JSON.stringify(coverage));
  });
});

describe('bars', () => {
  it('counts GDP targets per year and the result of the year before', () => {
    const records = [
      rec({ year: 2025 }),
      rec({ year: 2024, kind: 'result' }),
      rec({ year: 2026, value: undefined, text: '与全国同步', unit: '' }),
    ];
    const { targets, results } = gdpReach(records, ['北京'], [2025, 2026]);
    expect([targets.hit, targets.total, results.hit, results.total]).toEqual([2, 2, 1, 2]);
    expect(results.misses).toEqual(['北京 2025 result']);
  });

  it('counts targets that have last year’s target and result', () => {
    const records = [
      rec({ year: 2025 }),
      rec({ year: 2024 }),
      rec({ year: 2024, kind: 'result' }),
      rec({ year: 2025, indicator: 'cpi' }),
      rec({ year: 2024, indicator: 'cpi' }),
    ];
    const pairs = priorPairs(records, [2025, 2026], new Set(['gdp_growth', 'cpi']));
    expect([pairs.hit, pairs.total]).toEqual([1, 2]);
    expect(share(pairs)).toBe(0.5);
  });

  it('holds the official readings against the hand-gathered figures of reports that were read', () => {
    const hand = [
      rec({ value: 5 }),
      rec({ kind: 'result', year: 2024, value: 5.2, qualifier: null }),
      rec({
        indicator: 'cpi',
        kind: 'result',
        year: 2024,
        value: undefined,
        text: '基本持平',
        unit: '',
        qualifier: null,
      }),
      rec({ region: '上海', value: 5 }),
    ];
    const official = [
      rec({ value: 5 }),
      rec({ kind: 'result', year: 2024, value: 5.4, qualifier: null }),
      rec({ indicator: 'cpi', kind: 'result', year: 2024, value: 0, qualifier: null }),
    ];
    const p = handPrecision(hand, official, (region) => region === '北京');
    expect(p.cells).toBe(3);
    expect([p.filled.hit, p.filled.total]).toEqual([3, 3]);
    expect([p.right.hit, p.right.total]).toEqual([2, 3]);
    expect(p.right.misses[0]).toMatch(/北京 2024 gdp_growth result: 5.4% ≠ 5.2%/);
  });
});

describe('mergeOfficialReadings', () => {
  it('folds a reading into the hand record it agrees with, and keeps the others', () => {
    const hand = [rec({ value: 5 }), rec({ value: 5 }), rec({ kind: 'result', year: 2024, value: 5.2 })];
    const agree = rec({ value: 5, source: { url: 'https://example.gov.cn/r', quote: '增长5%左右', type: 'official' } });
    const differ = rec({ kind: 'result', year: 2024, value: 5.4 });
    const { records, merged } = mergeOfficialReadings(hand, [agree, differ]);
    expect(merged).toBe(1);
    expect(records.map((r) => r.id)).toEqual([hand[0].id, hand[1].id, hand[2].id, differ.id]);
    expect(records[0].source.type).toBe('official');
    expect(records[0].sources).toEqual([hand[0].source]);
  });

  it('treats a different qualifier, an estimate or another number as a different reading', () => {
    expect(sameReading(rec({}), rec({}))).toBe(true);
    expect(sameReading(rec({}), rec({ qualifier: '以上' }))).toBe(false);
    expect(sameReading(rec({}), rec({ estimate: true }))).toBe(false);
    expect(sameReading(rec({}), rec({ value: 5.5 }))).toBe(false);
    expect(
      sameReading(
        rec({ indicator: 'gdp_total', unit: '万亿元', value: 4.7 }),
        rec({ indicator: 'gdp_total', unit: '亿元', value: 47000 }),
      ),
    ).toBe(true);
  });
});

describe('serializePack', () => {
  it('writes one row a line and parses back to the same pack', () => {
    const records = [rec({}), rec({ kind: 'result', year: 2024 })];
    const pack = {
      format: 'report-lens-pack' as const,
      version: 1 as const,
      createdAt: '2026-03-06',
      header: {
        description: 'd',
        counts: { records: 2, proposals: 0 },
        dropped: {},
        regions: ['北京'],
        coverage: coverageOf(records),
      },
      records,
      proposals: [],
    };
    const text = serializePack(pack);
    expect(JSON.parse(text)).toEqual(pack);
    expect(parsePack(text).ok).toBe(true);
    expect(text.split('\n').filter((l) => l.startsWith('{"id"'))).toHaveLength(2);
  });
});
