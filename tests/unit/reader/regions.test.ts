// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../lib/text/index.ts';
import { findRegion, REGIONS, scanRegions } from '../../../lib/regions/index.ts';

describe('findRegion', () => {
  it.each([
    ['广东', '广东'],
    ['廣東省', '广东'],
    ['内蒙古自治区', '内蒙古'],
    ['內蒙古', '内蒙古'],
    ['新疆维吾尔自治区', '新疆'],
    ['瀋陽', '沈阳'],
    ['滬', '上海'],
    ['渝', '重庆'],
    ['全國', '全国'],
    ['中国', '全国'],
    ['Beijing', '北京'],
  ])('%s → %s', (name, canonical) => {
    expect(findRegion(name)).toBe(canonical);
  });
  it.each(['宁', '新', '苏', '', '火星'])('%s is unknown or ambiguous', (name) => {
    expect(findRegion(name)).toBeNull();
  });
  it('holds the provincial-level divisions and major cities', () => {
    expect(
      REGIONS.filter((r) => ['province', 'municipality', 'autonomous_region', 'SAR'].includes(r.level)),
    ).toHaveLength(34);
  });
});

describe('scanRegions', () => {
  it('finds names in folded text, longest first', () => {
    const found = scanRegions(cleanText('重慶市和廣西壯族自治區、上海').text).map((m) => m.region);
    expect(found).toEqual(['重庆', '广西', '上海']);
  });
  it('never matches a one-character abbreviation alone', () => {
    expect(scanRegions('新的一年宁可慢一点').map((m) => m.region)).toEqual([]);
  });
});
