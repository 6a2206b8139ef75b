// @vitest-environment node
// The popup's and the comparison views' pure helpers.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  defaultYearPair,
  exportName,
  focusYear,
  fullViewPath,
  initialRegion,
  libraryRegionPath,
  matchRegions,
  peerFilter,
  readCompareLocation,
  readPopupParams,
  safeUrl,
  scale,
  signedAmount,
  stepYear,
  visibleYears,
} from '@/components/compare/helpers';
import type { FigureRecord } from '@/lib/model';

const regions = [
  { region: '全国', count: 222 },
  { region: '北京', count: 54 },
  { region: '广东', count: 60 },
  { region: '上海', count: 49 },
  { region: '深圳', count: 3 },
];

describe('matchRegions', () => {
  it.each([
    ['廣東', ['广东']],
    ['广东省', ['广东']],
    ['滬', ['上海']],
    ['Beijing', ['北京']],
    ['全國', ['全国']],
    ['京', ['北京']],
  ])('%s finds %j', (query, expected) => {
    expect(matchRegions(query, regions).map((r) => r.region)).toEqual(expected);
  });

  it('an empty query lists every region with records; an unknown one none', () => {
    expect(matchRegions('  ', regions)).toHaveLength(5);
    expect(matchRegions('火星', regions)).toEqual([]);
  });

  it('offers only regions that have records', () => {
    expect(matchRegions('重庆', regions)).toEqual([]);
  });
});

describe('readPopupParams', () => {
  it('reads the tab, its address, a region by any name and a year', () => {
    expect(
      readPopupParams('?tab=12&url=https%3A%2F%2Fnews.test%2Fa.html&region=%E5%BB%A3%E6%9D%B1%E7%9C%81&year=2025'),
    ).toEqual({
      tabId: 12,
      url: 'https://news.test/a.html',
      region: '广东',
      year: 2025,
    });
  });

  it('ignores what is not a tab id, an http(s) address or a year', () => {
    expect(readPopupParams('?tab=abc&url=javascript:alert(1)&year=soon')).toEqual({});
  });
});

describe('initialRegion', () => {
  const report = {
    detection: { isReport: true, regions: ['北京', '全国'], year: 2025, confidence: 0.9 },
    statements: 12,
  };

  it('opens on the page’s main region and report year', () => {
    expect(initialRegion({ params: {}, page: report, lastRegion: '上海', regions })).toEqual({
      region: '北京',
      year: 2025,
      from: 'page',
    });
  });

  it('skips a page region without records for the next one the page names', () => {
    const page = { ...report, detection: { ...report.detection, regions: ['重庆', '全国'] } };
    expect(initialRegion({ params: {}, page, lastRegion: null, regions }).region).toBe('全国');
  });

  it('falls back to the last region viewed, then to the picker', () => {
    const notReport = { detection: { isReport: false, regions: [], year: null, confidence: 0 }, statements: 0 };
    expect(initialRegion({ params: {}, page: notReport, lastRegion: '上海', regions })).toEqual({
      region: '上海',
      from: 'last',
    });
    expect(initialRegion({ params: {}, page: null, lastRegion: null, regions })).toEqual({
      region: null,
      from: 'none',
    });
    expect(initialRegion({ params: {}, page: null, lastRegion: '重庆', regions }).from).toBe('none');
  });

  it('the address wins', () => {
    expect(initialRegion({ params: { region: '深圳', year: 2024 }, page: report, lastRegion: null, regions })).toEqual({
      region: '深圳',
      year: 2024,
      from: 'address',
    });
  });
});

describe('links', () => {
  it('the full-size view and the library', () => {
    expect(decodeURIComponent(fullViewPath('全国', 2025))).toBe('/options.html?region=全国&view=compare&year=2025');
    expect(decodeURIComponent(libraryRegionPath('北京'))).toBe('/options.html?tab=records&region=北京');
  });

  it('only http(s) sources become links', () => {
    expect(safeUrl('https://www.gov.cn/x')).toBe('https://www.gov.cn/x');
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl('')).toBeNull();
    expect(safeUrl(undefined)).toBeNull();
  });
});

describe('numbers and years', () => {
  it('signedAmount writes the sign and the unit, percentage points in the UI’s word', () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) =>
      key === 'unitPercentagePoints' ? ' pp' : '',
    );
    expect(signedAmount(0.2, 'pp')).toBe('+0.2 pp');
    expect(signedAmount(-2.5, 'pp')).toBe('−2.5 pp');
    expect(signedAmount(0, 'pp')).toBe('±0 pp');
    expect(signedAmount(106, '万人')).toBe('+106万人');
    expect(signedAmount(0.1234, null)).toBe('+0.12');
    vi.restoreAllMocks();
  });

  const rec = (year: number, kind: 'target' | 'result') => ({ year, kind }) as FigureRecord;

  it('focusYear: the asked year when stored, else the latest year with a target', () => {
    const years = [2023, 2024, 2025, 2026];
    const records = [rec(2024, 'target'), rec(2025, 'target'), rec(2026, 'result')];
    expect(focusYear(years, records, 2024)).toBe(2024);
    expect(focusYear(years, records, 2030)).toBe(2025);
    expect(focusYear(years, [rec(2026, 'result')])).toBe(2026);
    expect(focusYear([], [])).toBeNull();
  });

  it('visibleYears: a window of years ending with the one asked for', () => {
    const years = [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];
    expect(visibleYears(years, 2025, 4)).toEqual([2022, 2023, 2024, 2025]);
    expect(visibleYears(years, 2019, 4)).toEqual([2018, 2019, 2020, 2021]);
    expect(visibleYears(years, null, 4)).toEqual([2023, 2024, 2025, 2026]);
    expect(visibleYears([2024, 2025], 2025, 4)).toEqual([2024, 2025]);
  });

  it('stepYear moves to the stored year before or after', () => {
    expect(stepYear([2021, 2023, 2024], 2023, -1)).toBe(2021);
    expect(stepYear([2021, 2023, 2024], 2024, 1)).toBeNull();
  });

  it('defaultYearPair: the focus year and the stored year before it', () => {
    expect(defaultYearPair([2022, 2024, 2025, 2026], 2025)).toEqual([2024, 2025]);
    expect(defaultYearPair([2024, 2025], 2024)).toEqual([2024, 2025]);
    expect(defaultYearPair([2025], 2025)).toBeNull();
  });

  it('scale maps onto the width, and a flat axis to its middle', () => {
    expect(scale(5, 4, 6, 100)).toBe(50);
    expect(scale(5, 5, 5, 100)).toBe(50);
  });
});

describe('peers and files', () => {
  it('provinces and 全国 compare with provinces; cities with cities', () => {
    expect(peerFilter('北京')('广东')).toBe(true);
    expect(peerFilter('北京')('深圳')).toBe(false);
    expect(peerFilter('全国')('广东')).toBe(true);
    expect(peerFilter('深圳')('广州')).toBe(true);
    expect(peerFilter('深圳')('广东')).toBe(false);
  });

  it('exportName is safe for a file system', () => {
    expect(exportName('北京', [2024, 2021, 2026])).toBe('report-lens-北京-2021-2026');
    expect(exportName('a/b c', [])).toBe('report-lens-a_b_c');
  });
});

describe('readCompareLocation (the library page’s full-size view)', () => {
  it('opens on ?view=compare with the region by any name and the year', () => {
    expect(readCompareLocation('?region=%E5%BB%A3%E6%9D%B1%E7%9C%81&view=compare&year=2025')).toEqual({
      compare: true,
      region: '广东',
      year: 2025,
    });
    expect(readCompareLocation('?region=%E5%8C%97%E4%BA%AC')).toEqual({ compare: false, region: '北京' });
  });
});
