// The Coverage tab in happy-dom over the real handlers and a fake-indexeddb database: the regions × years grid,
// its colours, its links to a region's comparison, the arrow keys, and the pack's load progress.
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { CoveragePanel, coverageLevel, PackProgress } from '@/components/library/CoveragePanel';
import type { StandardIndicator } from '@/lib/model';
import { record } from '../helpers/builders';
import { useServedDb } from '../helpers/db';
import { useRenderHost } from '../helpers/render-host';

const rec = (region: string, year: number, kind: 'target' | 'result', indicator: StandardIndicator = 'gdp_growth') =>
  record({ region, year, kind, indicator });
const six: StandardIndicator[] = [
  'gdp_growth',
  'cpi',
  'urban_unemployment',
  'new_urban_jobs',
  'fiscal_revenue_growth',
  'grain_output',
];
useServedDb((db) =>
  db.records.bulkPut([
    ...six.flatMap((i) => [rec('北京', 2024, 'target', i), rec('北京', 2024, 'result', i)]),
    rec('北京', 2025, 'target'),
    rec('北京', 2025, 'result'),
    rec('北京', 2026, 'target'),
    rec('深圳', 2025, 'target'),
    rec('全国', 2024, 'result'),
  ]),
);
const host = useRenderHost();

// The grid loads through the router and fake-indexeddb: give it time on a busy machine.
const patience = { timeout: 3000 };

describe('coverageLevel', () => {
  it('grows with the indicators that have both a target and a result', () => {
    expect([
      coverageLevel(0, 0, 0),
      coverageLevel(2, 0, 0),
      coverageLevel(1, 1, 1),
      coverageLevel(5, 5, 4),
      coverageLevel(8, 7, 6),
    ]).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('CoveragePanel', () => {
  it('draws regions × years, 全国 first then provinces then cities, each cell a link to that comparison', async () => {
    render(<CoveragePanel />, host());
    await vi.waitFor(() => expect(host().querySelector('.rl-coverage-grid')).not.toBeNull(), patience);
    expect([...host().querySelectorAll('tbody th')].map((th) => th.textContent)).toEqual(['全国', '北京', '深圳']);
    expect([...host().querySelectorAll('thead th')].map((th) => th.textContent).slice(1)).toEqual([
      '2024',
      '2025',
      '2026',
    ]);
    const cell = host().querySelector<HTMLAnchorElement>('[data-cell="1-0"]');
    expect(cell?.getAttribute('href')).toBe(`?region=${encodeURIComponent('北京')}&year=2024`);
    expect(cell?.closest('td')?.className).toContain('rl-coverage-4');
    expect(host().querySelector('[data-cell="1-1"]')?.closest('td')?.className).toContain('rl-coverage-2');
    // 2026 has no results anywhere yet: its cells count targets.
    expect(host().querySelector('[data-cell="1-2"]')?.closest('td')?.className).toContain('rl-coverage-2');
    expect(host().querySelector('[data-cell="0-1"]')?.closest('td')?.className).toContain('rl-coverage-0');
  });

  it('keeps one cell in the Tab order and moves it with the arrow keys', async () => {
    render(<CoveragePanel />, host());
    await vi.waitFor(() => expect(host().querySelector('.rl-coverage-grid')).not.toBeNull(), patience);
    expect(host().querySelectorAll('.rl-coverage-grid a[tabindex="0"]')).toHaveLength(1);
    const first = host().querySelector<HTMLElement>('[data-cell="0-0"]');
    first?.focus();
    first?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    await vi.waitFor(() => expect(host().querySelector('[data-cell="1-0"]')?.getAttribute('tabindex')).toBe('0'));
    expect(document.activeElement?.getAttribute('data-cell')).toBe('1-0');
    document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    await vi.waitFor(() => expect(document.activeElement?.getAttribute('data-cell')).toBe('1-2'));
  });
});

describe('PackProgress', () => {
  it('shows the load while it runs and says so when it failed', () => {
    render(<PackProgress status={{ state: 'loading', done: 500, total: 6000 }} />, host());
    expect(host().querySelector('progress')?.getAttribute('value')).toBe('500');
    render(<PackProgress status={{ state: 'failed', done: 0, total: 0, error: 'quota' }} />, host());
    expect(host().querySelector('[role="alert"]')).not.toBeNull();
    render(<PackProgress status={{ state: 'loaded', done: 1, total: 1 }} />, host());
    expect(host().innerHTML).toBe('');
  });
});
