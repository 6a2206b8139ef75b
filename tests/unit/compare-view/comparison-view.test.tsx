// ComparisonView end to end in happy-dom: the real handlers over a fake-indexeddb database, through the router.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ComparisonView } from '@/components/compare/ComparisonView';
import { createDbAccess } from '@/lib/db/open';
import { ReportLensDb } from '@/lib/db/schema';
import { registerRouter } from '@/lib/service/router';
import type { FigureRecord } from '@/lib/model';
import { createHandlers } from '@/lib/service/handlers';

let db: ReportLensDb;
let unregister = () => {};
let host: HTMLElement;

const rec = (fields: Partial<FigureRecord> & Pick<FigureRecord, 'region' | 'year' | 'kind'>): FigureRecord => ({
  id: `${fields.region}-${fields.year}-${fields.kind}-${fields.indicator ?? 'gdp_growth'}`,
  indicator: 'gdp_growth',
  value: 5,
  unit: '%',
  qualifier: '左右',
  source: { url: `https://example.test/${fields.region}/${fields.year}` },
  origin: 'pack',
  updatedAt: 1,
  ...fields,
});

beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(() => '');
  db = new ReportLensDb(`view-test-${Math.random()}`);
  const years = [2019, 2020, 2021, 2022, 2023, 2024, 2025];
  await db.records.bulkPut([
    ...years.map((year) => rec({ region: '北京', year, kind: 'target' })),
    ...years.map((year) => rec({ region: '北京', year, kind: 'result', value: 5.1, qualifier: null })),
    rec({ region: '上海', year: 2025, kind: 'target', value: 5.5 }),
    rec({ region: '全国', year: 2025, kind: 'target' }),
  ]);
  unregister = registerRouter(createHandlers(createDbAccess(() => db), '1'));
  host = document.createElement('div');
  document.body.append(host);
});

afterEach(async () => {
  render(null, host);
  host.remove();
  unregister();
  vi.restoreAllMocks();
  await db.delete();
});

async function until(check: () => boolean, ms = 3000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting for the view');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('ComparisonView', () => {
  it('wide (the library page): every stored year is a column', async () => {
    render(<ComparisonView region="北京市" wide />, host);
    await until(() => !!host.querySelector('[data-testid="comparison-table"]'));
    const years = [...host.querySelectorAll('thead th[data-year]')].map((th) => th.textContent);
    expect(years).toEqual(['2019', '2020', '2021', '2022', '2023', '2024', '2025']);
    expect(host.querySelector('[data-testid="comparison"]')?.getAttribute('data-region')).toBe('北京');
  });

  it('in the popup: four years, ending with the year asked for', async () => {
    render(<ComparisonView region="北京" year={2023} />, host);
    await until(() => !!host.querySelector('[data-testid="comparison-table"]'));
    const years = [...host.querySelectorAll('thead th[data-year]')].map((th) => th.textContent);
    expect(years).toEqual(['2020', '2021', '2022', '2023']);
  });

  it('ranks the region among its peers for the focus year', async () => {
    render(<ComparisonView region="北京" />, host);
    await until(() => !!host.querySelector('[data-testid="peers-rank"]'));
    expect(host.querySelector('[data-testid="peers-rank"]')?.textContent).toBe('cmpRankOf');
    expect(host.querySelectorAll('[data-testid="peers"] circle')).toHaveLength(2);
  });

  it('without a region, asks for one', async () => {
    render(<ComparisonView />, host);
    await until(() => (host.querySelectorAll('[data-testid="region-shortcuts"] button').length ?? 0) > 0);
    expect(host.querySelector('[data-testid="comparison-table"]')).toBeNull();
    // Shortcuts: 全国 first, then by how many records a region holds.
    const names = [...host.querySelectorAll('[data-testid="region-shortcuts"] button')].map((b) => b.textContent);
    expect(names).toEqual(['全国', '北京', '上海']);
    (host.querySelector('[data-testid="region-shortcuts"] button:nth-child(2)') as HTMLButtonElement).click();
    await until(() => !!host.querySelector('[data-testid="comparison-table"]'));
    expect(host.querySelector('[data-testid="comparison"]')?.getAttribute('data-region')).toBe('北京');
  });
});
