// @vitest-environment node
// Setting the page's region and year (a correction) re-reads the page with them.
import { describe, expect, it } from 'vitest';
import { createDbAccess } from '@/lib/db/open';
import { ReportLensDb } from '@/lib/db/schema';
import { readReport } from '@/lib/reader';
import { pageHandlers } from '@/lib/service/page';
import { route } from '@/lib/service/router';

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
  it('passes a well-formed override to the reader and refuses a malformed one', async () => {
    const handlers = pageHandlers(createDbAccess(() => new ReportLensDb(`override-${Math.random()}`)));
    const send = (data: unknown) => route(handlers as never, 'readReport', data, undefined);
    const fixed = await send({ ...page, override: { region: '江西', year: 2024 } });
    expect(fixed.ok && fixed.data.detection.regions[0]).toBe('江西');
    expect(await send({ ...page, override: { region: 42, year: 'soon' } })).toEqual({
      ok: false,
      error: { code: 'invalid-request', message: 'Invalid readReport request: "override.region" should be text.' },
    });
  });
});
