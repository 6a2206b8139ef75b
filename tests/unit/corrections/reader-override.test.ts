// @vitest-environment node
// Setting the page's region and year (a correction) re-reads the page with them.
import { describe, expect, it } from 'vitest';
import { createDbAccess } from '@/lib/db/open';
import { ReportLensDb } from '@/lib/db/schema';
import { readReport } from '@/lib/reader';
import { pageHandlers } from '@/lib/service/page';

const page = {
  title: '政府工作报告解读：今年经济增长目标',
  url: 'https://news.example.test/report.html',
  text: '在政府工作报告中，今年的主要预期目标是：地区生产总值增长5.5%左右，城镇调查失业率5.5%左右。去年地区生产总值增长5.3%。',
};

describe('readReport with the user’s region and year', () => {
  it('attributes the page’s unnamed figures to the region and year the user set', () => {
    const plain = readReport(page);
    expect(plain.detection.isReport).toBe(true);
    const fixed = readReport({ ...page, override: { region: '江西', year: 2024 } });
    expect(fixed.detection.regions[0]).toBe('江西');
    expect(fixed.detection.year).toBe(2024);
    const gdp = fixed.statements.filter((s) => s.indicator === 'gdp_growth');
    expect(gdp.map((s) => [s.region, s.year, s.kind])).toEqual([
      ['江西', 2024, 'target'],
      ['江西', 2023, 'result'],
    ]);
  });
});

describe('the background’s readReport with the user’s region and year', () => {
  it('passes a well-formed override to the reader and ignores a malformed one', async () => {
    const handlers = pageHandlers(createDbAccess(() => new ReportLensDb(`override-${Math.random()}`)));
    const fixed = await handlers.readReport({ ...page, override: { region: '江西', year: 2024 } }, {});
    expect(fixed.detection.regions[0]).toBe('江西');
    const junk = await handlers.readReport({ ...page, override: { region: 42, year: 'soon' } as never }, {});
    expect(junk.detection.year).not.toBe('soon');
    expect(junk.detection.regions).not.toContain(42);
  });
});
