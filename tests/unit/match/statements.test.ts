// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  compareStatement,
  compareStatements,
  type ResultComparison,
  type TargetComparison,
} from '@/lib/match/statements';
import { isConfident } from '@/lib/match/confidence';
import { record, statement } from '../helpers/builders';

describe('compareStatement: a target on the page', () => {
  it('is new when nothing is stored for its region and indicator', () => {
    const c = compareStatement(statement({ year: 2025, kind: 'target', value: 5, qualifier: '左右' }), [
      record({ year: 2024, kind: 'target', region: '上海' }),
      record({ year: 2024, kind: 'target', indicator: 'cpi' }),
    ]);
    expect(c.state).toBe('new');
    expect(c.stored).toEqual([]);
  });

  it("agrees with this year's stored target", () => {
    const stored = record({ year: 2025, kind: 'target', value: 5, qualifier: '左右' });
    const c = compareStatement(statement({ year: 2025, kind: 'target', value: 5, qualifier: '左右' }), [stored]);
    expect(c.state).toBe('compared');
    expect(c.stored).toEqual([{ record: stored, agreement: 'agrees', qualifierDiffers: false }]);
  });

  it('conflicts with a stored target of another number, and shows that record', () => {
    const stored = record({ year: 2025, kind: 'target', value: 5.5, qualifier: '左右' });
    const c = compareStatement(statement({ year: 2025, kind: 'target', value: 5, qualifier: '左右' }), [stored]);
    expect(c.state).toBe('conflict');
    expect(c.stored).toEqual([{ record: stored, agreement: 'conflicts', qualifierDiffers: false }]);
  });

  it('only differs from a stored target when the page reading is uncertain: never a conflict', () => {
    const stored = record({ year: 2025, kind: 'target', value: 5.5, qualifier: '左右' });
    const c = compareStatement(
      statement({ year: 2025, kind: 'target', value: 5, qualifier: '左右', confidence: 0.4 }),
      [stored],
    );
    expect(c.state).toBe('compared');
    expect(c.stored.map((m) => m.agreement)).toEqual(['differs']);
  });

  it('treats a statement at the confidence line, or without a confidence, as confident', () => {
    const stored = record({ year: 2025, kind: 'target', value: 5.5 });
    expect(compareStatement(statement({ year: 2025, kind: 'target', value: 5, confidence: 0.6 }), [stored]).state).toBe(
      'conflict',
    );
    expect(isConfident({})).toBe(true);
    expect(isConfident({ confidence: 0.59 })).toBe(false);
  });

  it('conflicts with a stored range when the page states a point', () => {
    const stored = record({ year: 2025, kind: 'target', value: 5, valueMax: 5.5 });
    const c = compareStatement(statement({ year: 2025, kind: 'target', value: 5 }), [stored]);
    expect(c.state).toBe('conflict');
  });

  it('agrees after unit scaling, noting a different qualifier', () => {
    const stored = record({
      year: 2025,
      kind: 'target',
      indicator: 'grain_output',
      value: 14000,
      unit: '亿斤',
      qualifier: '以上',
    });
    const page = statement({
      year: 2025,
      kind: 'target',
      indicator: 'grain_output',
      value: 1.4,
      unit: '万亿斤',
      qualifier: '左右',
    });
    const c = compareStatement(page, [stored]);
    expect(c.state).toBe('compared');
    expect(c.stored[0]).toMatchObject({ agreement: 'agrees', qualifierDiffers: true });
  });

  it("surfaces both sides when stored sources disagree, and calls the page's mark a conflict", () => {
    const official = record({
      year: 2025,
      kind: 'target',
      value: 5,
      qualifier: '左右',
      source: { url: 'o', type: 'official' },
    });
    const tw = record({
      year: 2025,
      kind: 'target',
      value: 5.5,
      qualifier: '左右',
      conflictsWith: [official.id],
      source: { url: 't', type: 'tw_media' },
    });
    const c = compareStatement(statement({ year: 2025, kind: 'target', value: 5, qualifier: '左右' }), [tw, official]);
    expect(c.state).toBe('conflict');
    expect(c.stored.map((s) => [s.record.id, s.agreement])).toEqual([
      [official.id, 'agrees'],
      [tw.id, 'conflicts'],
    ]);
  });

  it('does not compare a qualitative stored target, but counts it as compared', () => {
    const stored = record({ year: 2025, kind: 'target', value: undefined, unit: '', text: '与经济增长同步' });
    const c = compareStatement(statement({ year: 2025, kind: 'target', value: 5 }), [stored]);
    expect(c.state).toBe('compared');
    expect(c.stored[0].agreement).toBe('not-comparable');
  });

  it("gives last year's target and result with the verdict and margin", () => {
    const target = record({ year: 2024, kind: 'target', value: 5, qualifier: '左右' });
    const result = record({ year: 2024, kind: 'result', value: 5.2 });
    const c = compareStatement(statement({ year: 2025, kind: 'target', value: 5, qualifier: '左右' }), [
      target,
      result,
    ]) as TargetComparison;
    expect(c.kind).toBe('target');
    expect(c.state).toBe('compared');
    expect(c.lastYear.target).toBe(target);
    expect(c.lastYear.result).toBe(result);
    expect(c.lastYear.judgements[0]).toMatchObject({ verdict: 'met', margin: 0.2, marginUnit: 'pp', estimate: false });
  });

  it("gives the change from last year's target", () => {
    const last = record({ year: 2024, kind: 'target', value: 5, qualifier: '左右' });
    const c = compareStatement(statement({ year: 2025, kind: 'target', value: 4.5, valueMax: 5 }), [
      last,
    ]) as TargetComparison;
    expect(c.change).toMatchObject({ delta: -0.25, change: 'lowered', ambition: 'less' });
  });

  it('has no change when last year has no stored target', () => {
    const c = compareStatement(statement({ year: 2025, kind: 'target', value: 5 }), [
      record({ year: 2024, kind: 'result' }),
    ]) as TargetComparison;
    expect(c.change).toBeNull();
  });

  it('gives the earlier years as a trend sorted by year, with nulls for what is missing', () => {
    const records = [
      record({ year: 2022, kind: 'result', value: 3 }),
      record({ year: 2021, kind: 'target', value: 6, qualifier: '以上' }),
      record({ year: 2021, kind: 'result', value: 8.1 }),
      record({ year: 2023, kind: 'target', value: 5, qualifier: '左右' }),
      record({ year: 2026, kind: 'target', value: 4.5 }),
    ];
    const c = compareStatement(
      statement({ year: 2024, kind: 'target', value: 5, qualifier: '左右' }),
      records,
    ) as TargetComparison;
    expect(c.trend.map((y) => [y.year, y.target?.value ?? null, y.result?.value ?? null])).toEqual([
      [2021, 6, 8.1],
      [2022, null, 3],
      [2023, 5, null],
    ]);
    expect(c.trend[0].judgements[0].verdict).toBe('met');
  });

  it('judges the page target against a result stored later for its year', () => {
    const later = record({ year: 2024, kind: 'result', value: 5 });
    const c = compareStatement(statement({ year: 2024, kind: 'target', value: 5, qualifier: '左右' }), [
      later,
    ]) as TargetComparison;
    expect(c.state).toBe('compared');
    expect(c.outcome).toEqual([expect.objectContaining({ verdict: 'met', margin: 0, record: later })]);
  });
});

describe('compareStatement: a result on the page', () => {
  it("gives that year's target and whether the page's result met it", () => {
    const target = record({ year: 2024, kind: 'target', value: 5, qualifier: '左右' });
    const c = compareStatement(statement({ year: 2024, kind: 'result', value: 4.8 }), [target]) as ResultComparison;
    expect(c.kind).toBe('result');
    expect(c.state).toBe('compared');
    expect(c.targets).toEqual([target]);
    expect(c.verdicts).toEqual([expect.objectContaining({ verdict: 'roughly-met', margin: -0.2, record: target })]);
  });

  it("says when the page's result is an estimate", () => {
    const target = record({ year: 2024, kind: 'target', value: 6, qualifier: '左右' });
    const c = compareStatement(statement({ year: 2024, kind: 'result', value: 6, qualifier: '左右', estimate: true }), [
      target,
    ]) as ResultComparison;
    expect(c.verdicts[0]).toMatchObject({ verdict: 'met', estimate: true });
  });

  it('agrees with the stored result', () => {
    const stored = record({ year: 2024, kind: 'result', indicator: 'gdp_total', value: 1349000, unit: '亿元' });
    const page = statement({ year: 2024, kind: 'result', indicator: 'gdp_total', value: 134.9, unit: '万亿元' });
    expect(compareStatement(page, [stored]).stored[0].agreement).toBe('agrees');
  });

  it('conflicts with a stored result of another number', () => {
    const stored = record({ year: 2024, kind: 'result', value: 5.2 });
    const c = compareStatement(statement({ year: 2024, kind: 'result', value: 5.3 }), [stored]);
    expect(c.state).toBe('conflict');
    expect(c.stored[0]).toMatchObject({ record: stored, agreement: 'conflicts' });
  });

  it('an estimate on the page that the final figure revised is not a conflict', () => {
    const final = record({ year: 2024, kind: 'result', value: 5.4 });
    const c = compareStatement(statement({ year: 2024, kind: 'result', value: 5.2, estimate: true }), [final]);
    expect(c.state).toBe('compared');
    expect(c.stored[0].agreement).toBe('revised');
  });

  it('a record in another measure than the one the page agrees with is not a conflict', () => {
    const average = record({
      year: 2024,
      kind: 'result',
      indicator: 'urban_unemployment',
      value: 5.1,
      measure: '年均',
    });
    const yearEnd = record({
      year: 2024,
      kind: 'result',
      indicator: 'urban_unemployment',
      value: 5.0,
      measure: '年末',
    });
    const c = compareStatement(statement({ year: 2024, kind: 'result', indicator: 'urban_unemployment', value: 5.1 }), [
      average,
      yearEnd,
    ]);
    expect(c.state).toBe('compared');
    expect(c.stored.map((s) => s.agreement)).toEqual(['agrees', 'other-measure']);
  });

  it("gives the next year's target", () => {
    const next = record({ year: 2025, kind: 'target', value: 5, qualifier: '左右' });
    const c = compareStatement(statement({ year: 2024, kind: 'result', value: 5 }), [next]) as ResultComparison;
    expect(c.state).toBe('compared');
    expect(c.nextTargets).toEqual([next]);
    expect(c.verdicts).toEqual([]);
  });

  it('gives one verdict per distinct stored target when sources disagree on the target', () => {
    const a = record({
      year: 2024,
      kind: 'target',
      value: 5,
      qualifier: '左右',
      source: { url: 'a', type: 'official' },
    });
    const b = record({ year: 2024, kind: 'target', value: 5, qualifier: '左右', source: { url: 'b', type: 'news' } });
    const c2 = record({
      year: 2024,
      kind: 'target',
      value: 5.5,
      qualifier: '左右',
      source: { url: 'c', type: 'mirror' },
    });
    const c = compareStatement(statement({ year: 2024, kind: 'result', value: 5.2 }), [c2, b, a]) as ResultComparison;
    expect(c.verdicts.map((v) => [v.record.source.url, v.verdict])).toEqual([
      ['a', 'met'],
      ['c', 'roughly-met'],
    ]);
  });
});

describe('compareStatements', () => {
  it('compares a whole page in order', () => {
    const records = [record({ year: 2025, kind: 'target', value: 5, qualifier: '左右' })];
    const out = compareStatements(
      [
        statement({ year: 2025, kind: 'target', value: 5, qualifier: '左右' }),
        statement({ year: 2025, kind: 'target', indicator: 'cpi', value: 2, qualifier: '左右' }),
        statement({ year: 2025, kind: 'target', value: 6 }),
      ],
      records,
    );
    expect(out.map((c) => c.state)).toEqual(['compared', 'new', 'conflict']);
  });
});

describe('compareStatement: open-ended results', () => {
  it("a page's exact result agrees with a stored 突破 (以上) that it lies past", () => {
    const stored = record({
      year: 2024,
      kind: 'result',
      indicator: 'gdp_total',
      value: 13,
      unit: '万亿元',
      qualifier: '以上',
    });
    const page = statement({ year: 2024, kind: 'result', indicator: 'gdp_total', value: 135700, unit: '亿元' });
    const c = compareStatement(page, [stored]);
    expect(c.state).toBe('compared');
    expect(c.stored[0]).toMatchObject({ agreement: 'agrees', qualifierDiffers: true });
  });

  it("a page's exact result short of a stored 突破 conflicts", () => {
    const stored = record({
      year: 2024,
      kind: 'result',
      indicator: 'gdp_total',
      value: 13,
      unit: '万亿元',
      qualifier: '以上',
    });
    const page = statement({ year: 2024, kind: 'result', indicator: 'gdp_total', value: 12.8, unit: '万亿元' });
    expect(compareStatement(page, [stored]).state).toBe('conflict');
  });
});
