// The Coverage tab in happy-dom over the real handlers and a fake-indexeddb database: the regions × years grid,
// its colours, its links to a region's comparison, the arrow keys, and the pack's load progress.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CoveragePanel, coverageLevel, PackProgress } from '@/components/library/CoveragePanel';
import { createDbAccess } from '@/lib/db/open';
import { ReportLensDb } from '@/lib/db/schema';
import { registerRouter } from '@/lib/service/router';
import type { FigureRecord, StandardIndicator } from '@/lib/model';
import { createHandlers } from '@/lib/service/handlers';

let db: ReportLensDb;
let unregister = () => {};
let host: HTMLElement;

const rec = (region: string, year: number, kind: 'target' | 'result', indicator: StandardIndicator = 'gdp_growth'): FigureRecord => ({
  id: `${region}-${year}-${kind}-${indicator}`,
  region,
  year,
  indicator,
  kind,
  value: 5,
  unit: '%',
  source: { url: 'https://example.test/r' },
  origin: 'pack',
  updatedAt: 1,
});

beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(() => '');
  db = new ReportLensDb(`coverage-test-${Math.random()}`);
  const six: StandardIndicator[] = ['gdp_growth', 'cpi', 'urban_unemployment', 'new_urban_jobs', 'fiscal_revenue_growth', 'grain_output'];
  await db.records.bulkPut([
    ...six.flatMap((i) => [rec('北京', 2024, 'target', i), rec('北京', 2024, 'result', i)]),
    rec('北京', 2025, 'target'),
    rec('北京', 2025, 'result'),
    rec('北京', 2026, 'target'),
    rec('深圳', 2025, 'target'),
    rec('全国', 2024, 'result'),
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

describe('coverageLevel', () => {
  it('grows with the indicators that have both a target and a result', () => {
    expect([coverageLevel(0, 0, 0), coverageLevel(2, 0, 0), coverageLevel(1, 1, 1), coverageLevel(5, 5, 4), coverageLevel(8, 7, 6)]).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('CoveragePanel', () => {
  it('draws regions × years, 全国 first then provinces then cities, each cell a link to that comparison', async () => {
    render(<CoveragePanel />, host);
    await until(() => !!host.querySelector('.rl-coverage-grid'));
    expect([...host.querySelectorAll('tbody th')].map((th) => th.textContent)).toEqual(['全国', '北京', '深圳']);
    expect([...host.querySelectorAll('thead th')].map((th) => th.textContent).slice(1)).toEqual(['2024', '2025', '2026']);
    const cell = host.querySelector<HTMLAnchorElement>('[data-cell="1-0"]');
    expect(cell?.getAttribute('href')).toBe(`?region=${encodeURIComponent('北京')}&year=2024`);
    expect(cell?.closest('td')?.className).toContain('rl-coverage-4');
    expect(host.querySelector('[data-cell="1-1"]')?.closest('td')?.className).toContain('rl-coverage-2');
    // 2026 has no results anywhere yet: its cells count targets.
    expect(host.querySelector('[data-cell="1-2"]')?.closest('td')?.className).toContain('rl-coverage-2');
    expect(host.querySelector('[data-cell="0-1"]')?.closest('td')?.className).toContain('rl-coverage-0');
  });

  it('keeps one cell in the Tab order and moves it with the arrow keys', async () => {
    render(<CoveragePanel />, host);
    await until(() => !!host.querySelector('.rl-coverage-grid'));
    expect(host.querySelectorAll('.rl-coverage-grid a[tabindex="0"]')).toHaveLength(1);
    const first = host.querySelector<HTMLElement>('[data-cell="0-0"]');
    first?.focus();
    first?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    await until(() => host.querySelector('[data-cell="1-0"]')?.getAttribute('tabindex') === '0');
    expect(document.activeElement?.getAttribute('data-cell')).toBe('1-0');
    document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    await until(() => document.activeElement?.getAttribute('data-cell') === '1-2');
  });
});

describe('PackProgress', () => {
  it('shows the load while it runs and says so when it failed', () => {
    render(<PackProgress status={{ state: 'loading', done: 500, total: 6000 }} />, host);
    expect(host.querySelector('progress')?.getAttribute('value')).toBe('500');
    render(<PackProgress status={{ state: 'failed', done: 0, total: 0, error: 'quota' }} />, host);
    expect(host.querySelector('[role="alert"]')).not.toBeNull();
    render(<PackProgress status={{ state: 'loaded', done: 1, total: 1 }} />, host);
    expect(host.innerHTML).toBe('');
  });
});
