// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { peerStats } from '@/lib/compare/peers';
import { record } from '../helpers/builders';

const target = (
  region: string,
  value: number,
  extra: Parameters<typeof record>[0] extends infer T ? Partial<T> : never = {},
) => record({ year: 2025, kind: 'target', region, value, qualifier: '左右', ...extra });

describe('peerStats', () => {
  const records = [
    target('全国', 5),
    target('北京', 5),
    target('上海', 5),
    target('广东', 5),
    target('湖北', 6),
    target('西藏', 7, { qualifier: '以上' }),
    target('山西', 4.5, { valueMax: 5, qualifier: null }),
    target('天津', 0, { value: undefined, unit: '', text: '实现正增长' }),
    record({ year: 2024, kind: 'target', region: '重庆', value: 6 }),
    record({ year: 2025, kind: 'result', region: '重庆', value: 6 }),
  ];

  it("puts this region's target beside the national one", () => {
    const s = peerStats(records, { year: 2025, indicator: 'gdp_growth', region: '湖北' });
    expect(s.region).toMatchObject({ region: '湖北', value: 6 });
    expect(s.national).toMatchObject({ region: '全国', value: 5, rank: null });
    expect(s.unit).toBe('%');
  });

  it('ranks the regions by ambition, ties sharing a rank and listed by name (pinyin order)', () => {
    const s = peerStats(records, { year: 2025, indicator: 'gdp_growth', region: '北京' });
    expect(s.peers.map((p) => [p.region, p.value, p.rank])).toEqual([
      ['西藏', 7, 1],
      ['湖北', 6, 2],
      ['北京', 5, 3],
      ['广东', 5, 3],
      ['上海', 5, 3],
      ['山西', 4.75, 6],
    ]);
    expect(s.rank).toBe(3);
    expect(s.count).toBe(6);
  });

  it('gives the median of the regions, leaving the national target out', () => {
    expect(peerStats(records, { year: 2025, indicator: 'gdp_growth', region: '北京' }).median).toBe(5);
  });

  it('keeps a range as its two ends and ranks it by the midpoint', () => {
    const s = peerStats(records, { year: 2025, indicator: 'gdp_growth', region: '山西' });
    expect(s.region).toMatchObject({ low: 4.5, high: 5, value: 4.75, rank: 6 });
  });

  it('leaves out targets in words', () => {
    const s = peerStats(records, { year: 2025, indicator: 'gdp_growth', region: '天津' });
    expect(s.region).toBeNull();
    expect(s.rank).toBeNull();
    expect(s.excluded.map((r) => r.region)).toEqual(['天津']);
  });

  it('ranks a ceiling with the lowest first', () => {
    const cpi = [
      record({ year: 2025, kind: 'target', indicator: 'cpi', region: '北京', value: 2 }),
      record({ year: 2025, kind: 'target', indicator: 'cpi', region: '上海', value: 3 }),
    ];
    const s = peerStats(cpi, { year: 2025, indicator: 'cpi', region: '上海' });
    expect(s.peers.map((p) => [p.region, p.rank])).toEqual([
      ['北京', 1],
      ['上海', 2],
    ]);
  });

  it('has no rank for the national report itself', () => {
    const s = peerStats(records, { year: 2025, indicator: 'gdp_growth', region: '全国' });
    expect(s.region).toMatchObject({ region: '全国', value: 5 });
    expect(s.rank).toBeNull();
    expect(s.count).toBe(6);
  });

  it('scales units to the region’s and leaves out units that do not scale', () => {
    const grain = [
      record({ year: 2025, kind: 'target', indicator: 'grain_output', region: '四川', value: 715, unit: '亿斤' }),
      record({ year: 2025, kind: 'target', indicator: 'grain_output', region: '广东', value: 1268, unit: '万吨' }),
      record({ year: 2025, kind: 'target', indicator: 'grain_output', region: '福建', value: 5, unit: '%' }),
    ];
    const s = peerStats(grain, { year: 2025, indicator: 'grain_output', region: '四川' });
    expect(s.peers.map((p) => [p.region, p.value])).toEqual([
      ['四川', 715],
      ['广东', 253.6],
    ]);
    expect(s.excluded.map((r) => r.region)).toEqual(['福建']);
  });

  it('restricts peers with isPeer, keeping the region itself and the national target', () => {
    const s = peerStats(records, {
      year: 2025,
      indicator: 'gdp_growth',
      region: '北京',
      isPeer: (r) => r === '上海',
    });
    expect(s.peers.map((p) => p.region)).toEqual(['北京', '上海']);
    expect(s.national).not.toBeNull();
  });

  it('has no rank when the indicator has no direction', () => {
    const other = [
      record({ year: 2025, kind: 'target', indicator: 'other:服务业增加值', region: '北京', value: 5 }),
      record({ year: 2025, kind: 'target', indicator: 'other:服务业增加值', region: '上海', value: 6 }),
    ];
    const s = peerStats(other, { year: 2025, indicator: 'other:服务业增加值', region: '北京' });
    expect(s.peers.map((p) => [p.region, p.rank])).toEqual([
      ['上海', null],
      ['北京', null],
    ]);
    expect(s.rank).toBeNull();
    expect(s.median).toBe(5.5);
  });
});
