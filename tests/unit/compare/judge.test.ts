// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { type Figure, judgeTarget } from '@/lib/compare/judge';
import type { Indicator, Qualifier } from '@/lib/model';
import { pct } from '../helpers/builders';

describe('judgeTarget: met, roughly met, missed', () => {
  it.each([
    // target, result → verdict, margin (pp; positive = on the good side)
    ['GDP 5%左右, grew 5.2%: met', pct('gdp_growth', 5, '左右'), pct('gdp_growth', 5.2), 'met', 0.2],
    ['GDP 5%左右, grew exactly 5%: met', pct('gdp_growth', 5, '左右'), pct('gdp_growth', 5), 'met', 0],
    [
      'GDP 5%左右, grew 4.8%: within 0.3 pp below, roughly met',
      pct('gdp_growth', 5, '左右'),
      pct('gdp_growth', 4.8),
      'roughly-met',
      -0.2,
    ],
    [
      'GDP 5%左右, grew 4.7%: exactly 0.3 pp below, roughly met',
      pct('gdp_growth', 5, '左右'),
      pct('gdp_growth', 4.7),
      'roughly-met',
      -0.3,
    ],
    [
      'GDP 5%左右, grew 4.6%: 0.4 pp below, missed',
      pct('gdp_growth', 5, '左右'),
      pct('gdp_growth', 4.6),
      'missed',
      -0.4,
    ],
    ['GDP 5%上下 tolerates like 左右', pct('gdp_growth', 5, '上下'), pct('gdp_growth', 4.8), 'roughly-met', -0.2],
    [
      'GDP 5%以上, grew 4.9%: no tolerance, missed',
      pct('gdp_growth', 5, '以上'),
      pct('gdp_growth', 4.9),
      'missed',
      -0.1,
    ],
    ['GDP 5%以上, grew 5%: met', pct('gdp_growth', 5, '以上'), pct('gdp_growth', 5), 'met', 0],
    [
      'investment 不低于5%, grew 4.9%: missed',
      pct('fixed_investment_growth', 5, '不低于'),
      pct('fixed_investment_growth', 4.9),
      'missed',
      -0.1,
    ],
    ['bare GDP 5%, grew 4.9%: no tolerance, missed', pct('gdp_growth', 5), pct('gdp_growth', 4.9), 'missed', -0.1],
    ['CPI 3%左右, rose 0.2%: under the ceiling, met', pct('cpi', 3, '左右'), pct('cpi', 0.2), 'met', 2.8],
    [
      'CPI 3%左右, rose 3.2%: within 0.3 pp above, roughly met',
      pct('cpi', 3, '左右'),
      pct('cpi', 3.2),
      'roughly-met',
      -0.2,
    ],
    ['CPI 3%左右, rose 3.5%: missed', pct('cpi', 3, '左右'), pct('cpi', 3.5), 'missed', -0.5],
    [
      'unemployment 5.5%以内, 5.2%: met',
      pct('urban_unemployment', 5.5, '以内'),
      pct('urban_unemployment', 5.2),
      'met',
      0.3,
    ],
    [
      'unemployment 5.5%以内, 5.6%: no tolerance, missed',
      pct('urban_unemployment', 5.5, '以内'),
      pct('urban_unemployment', 5.6),
      'missed',
      -0.1,
    ],
    ['deficit ratio 3%左右, 2.8%: met', pct('deficit_ratio', 3, '左右'), pct('deficit_ratio', 2.8), 'met', 0.2],
    [
      'energy-intensity cut 2.5%左右, cut 3%: a bigger cut, met',
      pct('energy_intensity', 2.5, '左右'),
      pct('energy_intensity', 3),
      'met',
      0.5,
    ],
    [
      'deficit ratio 3.6%以上 (2020), 3.7%: the words make it a floor, met',
      pct('deficit_ratio', 3.6, '以上'),
      pct('deficit_ratio', 3.7),
      'met',
      0.1,
    ],
  ])('%s', (_name, target, result, verdict, margin) => {
    const j = judgeTarget(target, result);
    expect(j.verdict).toBe(verdict);
    expect(j.margin).toBe(margin);
    expect(j.marginUnit).toBe('pp');
  });
});

describe('judgeTarget: ranges', () => {
  it.each([
    ['4.5–5%, grew 4.8%: inside the band, met', pct('gdp_growth', 4.5, null, 5), pct('gdp_growth', 4.8), 'met', 0.3],
    [
      '4.5–5%, grew 5.4%: above a floor range, met',
      pct('gdp_growth', 4.5, null, 5),
      pct('gdp_growth', 5.4),
      'met',
      0.9,
    ],
    [
      '4.5–5%, grew 4.3%: below the band, missed',
      pct('gdp_growth', 4.5, null, 5),
      pct('gdp_growth', 4.3),
      'missed',
      -0.2,
    ],
    [
      '4.5–5%左右, grew 4.3%: below the band within tolerance, roughly met',
      pct('gdp_growth', 4.5, '左右', 5),
      pct('gdp_growth', 4.3),
      'roughly-met',
      -0.2,
    ],
    ['CPI 2–3%, rose 1%: below a ceiling range, met', pct('cpi', 2, null, 3), pct('cpi', 1), 'met', 2],
    ['CPI 2–3%, rose 3.1%: above a ceiling range, missed', pct('cpi', 2, null, 3), pct('cpi', 3.1), 'missed', -0.1],
  ])('%s', (_name, target, result, verdict, margin) => {
    const j = judgeTarget(target, result);
    expect(j.verdict).toBe(verdict);
    expect(j.margin).toBe(margin);
  });
});

describe('judgeTarget: tolerance', () => {
  it('is adjustable', () => {
    expect(judgeTarget(pct('gdp_growth', 5, '左右'), pct('gdp_growth', 4.6), { tolerance: 0.5 }).verdict).toBe(
      'roughly-met',
    );
  });

  it('is reported in margin units, and 0 where the qualifier allows none', () => {
    expect(judgeTarget(pct('gdp_growth', 5, '左右'), pct('gdp_growth', 5)).tolerance).toBe(0.3);
    expect(judgeTarget(pct('gdp_growth', 5, '以上'), pct('gdp_growth', 5)).tolerance).toBe(0);
  });

  it.each([
    ['jobs 1200万人左右, 1190万人: 0.8% short, roughly met', 1200, 1190, 'roughly-met', -10],
    ['jobs 1200万人左右, 1180万人: 1.7% short, missed', 1200, 1180, 'missed', -20],
    ['jobs 1200万人左右, 1256万人: met', 1200, 1256, 'met', 56],
  ])('on amounts is 1%% of the target: %s', (_name, target, result, verdict, margin) => {
    const j = judgeTarget(
      { indicator: 'new_urban_jobs', value: target, unit: '万人', qualifier: '左右' },
      { indicator: 'new_urban_jobs', value: result, unit: '万人' },
    );
    expect(j).toMatchObject({ verdict, margin, marginUnit: '万人', tolerance: 12 });
  });
});

describe('judgeTarget: units are scaled into the target unit', () => {
  const fig = (indicator: Indicator, value: number, unit: string, qualifier: Qualifier | null = null): Figure => ({
    indicator,
    value,
    unit,
    qualifier,
  });
  it.each([
    [
      'grain 1.3万亿斤以上 against 14130亿斤',
      fig('grain_output', 1.3, '万亿斤', '以上'),
      fig('grain_output', 14130, '亿斤'),
      'met',
      0.113,
      '万亿斤',
    ],
    [
      'grain 1268万吨以上 against 253.6亿斤 (1 吨 = 2000 斤)',
      fig('grain_output', 1268, '万吨', '以上'),
      fig('grain_output', 253.6, '亿斤'),
      'met',
      0,
      '万吨',
    ],
    [
      'grain 715亿斤以上 against 3500万吨',
      fig('grain_output', 715, '亿斤', '以上'),
      fig('grain_output', 3500, '万吨'),
      'missed',
      -15,
      '亿斤',
    ],
    [
      'GDP 130万亿元以上 against 1349084亿元',
      fig('gdp_total', 130, '万亿元', '以上'),
      fig('gdp_total', 1349084, '亿元'),
      'met',
      4.9084,
      '万亿元',
    ],
    [
      'jobs 1100万人以上 against 13610000人',
      fig('new_urban_jobs', 1100, '万人', '以上'),
      fig('new_urban_jobs', 13_610_000, '人'),
      'met',
      261,
      '万人',
    ],
  ])('%s', (_name, target, result, verdict, margin, marginUnit) => {
    expect(judgeTarget(target, result)).toMatchObject({ verdict, margin, marginUnit });
  });

  it('is unknown when the units do not compare', () => {
    const j = judgeTarget(pct('gdp_growth', 5, '左右'), { indicator: 'gdp_growth', value: 5, unit: '个百分点' });
    expect(j).toEqual({
      verdict: 'unknown',
      margin: null,
      marginUnit: null,
      tolerance: 0,
      estimate: false,
      reason: 'units',
    });
  });
});

describe('judgeTarget: unknown', () => {
  it.each([
    [
      'a qualitative target',
      { indicator: 'disposable_income_growth', unit: '', text: '与经济增长同步' },
      pct('disposable_income_growth', 5.1),
      'qualitative',
    ],
    [
      'a qualitative result',
      pct('fixed_investment_growth', 5),
      { indicator: 'fixed_investment_growth', unit: '', text: '实现正增长' },
      'qualitative',
    ],
    ['an other:* indicator', pct('other:服务业增加值', 5.5, '以上'), pct('other:服务业增加值', 6), 'direction'],
    ['different indicators', pct('gdp_growth', 5), pct('cpi', 5), 'mismatch'],
    [
      'different measures',
      { ...pct('urban_unemployment', 5.5, '左右'), measure: '年均' },
      { ...pct('urban_unemployment', 5.1), measure: '年末' },
      'mismatch',
    ],
  ] as [string, Figure, Figure, string][])('%s gives no verdict', (_name, target, result, reason) => {
    expect(judgeTarget(target, result)).toMatchObject({ verdict: 'unknown', margin: null, reason });
  });
});

describe('judgeTarget: estimates keep their verdict and say so', () => {
  const est = (value: number): Figure => ({ ...pct('gdp_growth', value, '左右'), estimate: true });
  it.each([
    ['预计6%左右 against 6%左右', pct('gdp_growth', 6, '左右'), est(6), 'met', 0, true],
    ['预计5.8%左右 against 6%左右', pct('gdp_growth', 6, '左右'), est(5.8), 'roughly-met', -0.2, true],
    ['预计5.5%左右 against 6%左右', pct('gdp_growth', 6, '左右'), est(5.5), 'missed', -0.5, true],
    ['a final 5.2% against 5%左右', pct('gdp_growth', 5, '左右'), pct('gdp_growth', 5.2), 'met', 0.2, false],
  ])('%s', (_name, target, result, verdict, margin, estimate) => {
    expect(judgeTarget(target, result)).toMatchObject({ verdict, margin, estimate });
  });
});

describe('judgeTarget: open results', () => {
  it('an open-ended result past the target is met (GDP 突破6000亿元 against 5800亿元以上)', () => {
    const j = judgeTarget(
      { indicator: 'gdp_total', value: 5800, unit: '亿元', qualifier: '以上' },
      { indicator: 'gdp_total', value: 6000, unit: '亿元', qualifier: '以上' },
    );
    expect(j).toMatchObject({ verdict: 'met', margin: 200 });
  });

  it('an open-ended result short of the target is unknown (GDP 突破6000亿元 against 6500亿元以上)', () => {
    const j = judgeTarget(
      { indicator: 'gdp_total', value: 6500, unit: '亿元', qualifier: '以上' },
      { indicator: 'gdp_total', value: 6000, unit: '亿元', qualifier: '以上' },
    );
    expect(j).toMatchObject({ verdict: 'unknown', reason: 'open-result' });
  });

  it('a result range straddling the target is unknown', () => {
    expect(judgeTarget(pct('gdp_growth', 5, '以上'), pct('gdp_growth', 4.8, null, 5.2))).toMatchObject({
      verdict: 'unknown',
      reason: 'open-result',
    });
  });

  it('a result range wholly past the target is met, by its worse end', () => {
    expect(judgeTarget(pct('gdp_growth', 5, '以上'), pct('gdp_growth', 5.2, null, 5.5))).toMatchObject({
      verdict: 'met',
      margin: 0.2,
    });
  });
});

describe('judgeTarget: how the target reads', () => {
  it('says whether the target is a floor or a ceiling, and whether the result is inside a range', () => {
    expect(judgeTarget(pct('cpi', 3, '左右'), pct('cpi', 0.2)).direction).toBe('ceiling');
    expect(judgeTarget(pct('gdp_growth', 5), pct('gdp_growth', 5.2)).direction).toBe('floor');
    expect(judgeTarget(pct('gdp_growth', 5), pct('gdp_growth', 5.2)).inBand).toBeUndefined();
    expect(judgeTarget(pct('gdp_growth', 4.5, null, 5), pct('gdp_growth', 4.8)).inBand).toBe(true);
    expect(judgeTarget(pct('gdp_growth', 4.5, null, 5), pct('gdp_growth', 4.3)).inBand).toBe(false);
    expect(judgeTarget(pct('cpi', 2, null, 3), pct('cpi', 2.5)).inBand).toBe(true);
  });
});
