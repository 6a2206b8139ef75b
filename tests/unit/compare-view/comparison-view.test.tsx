// ComparisonView end to end in happy-dom: the real handlers over a fake-indexeddb database, through the router.
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { ComparisonView } from '@/components/compare/ComparisonView';
import { record } from '../helpers/builders';
import { useServedDb } from '../helpers/db';
import { useRenderHost } from '../helpers/render-host';

const storedYears = [2019, 2020, 2021, 2022, 2023, 2024, 2025];
useServedDb((db) =>
  db.records.bulkPut([
    ...storedYears.map((year) => record({ region: '北京', year, kind: 'target' })),
    ...storedYears.map((year) => record({ region: '北京', year, kind: 'result', value: 5.1, qualifier: null })),
    record({ region: '上海', year: 2025, kind: 'target', value: 5.5 }),
    record({ region: '全国', year: 2025, kind: 'target' }),
  ]),
);
const host = useRenderHost();

// The view loads through the router and fake-indexeddb: give it time on a busy machine.
const patience = { timeout: 3000 };

describe('ComparisonView', () => {
  it('wide (the library page): every stored year is a column', async () => {
    render(<ComparisonView region="北京市" wide />, host());
    await vi.waitFor(() => expect(host().querySelector('[data-testid="comparison-table"]')).not.toBeNull(), patience);
    const years = [...host().querySelectorAll('thead th[data-year]')].map((th) => th.textContent);
    expect(years).toEqual(['2019', '2020', '2021', '2022', '2023', '2024', '2025']);
    expect(host().querySelector('[data-testid="comparison"]')?.getAttribute('data-region')).toBe('北京');
  });

  it('in the popup: four years, ending with the year asked for', async () => {
    render(<ComparisonView region="北京" year={2023} />, host());
    await vi.waitFor(() => expect(host().querySelector('[data-testid="comparison-table"]')).not.toBeNull(), patience);
    const years = [...host().querySelectorAll('thead th[data-year]')].map((th) => th.textContent);
    expect(years).toEqual(['2020', '2021', '2022', '2023']);
  });

  it('ranks the region among its peers for the focus year', async () => {
    render(<ComparisonView region="北京" />, host());
    await vi.waitFor(() => expect(host().querySelector('[data-testid="peers-rank"]')).not.toBeNull(), patience);
    expect(host().querySelector('[data-testid="peers-rank"]')?.textContent).toBe('cmpRankOf');
    expect(host().querySelectorAll('[data-testid="peers"] circle')).toHaveLength(2);
  });

  it('without a region, asks for one', async () => {
    render(<ComparisonView />, host());
    await vi.waitFor(
      () => expect(host().querySelectorAll('[data-testid="region-shortcuts"] button').length).toBeGreaterThan(0),
      patience,
    );
    expect(host().querySelector('[data-testid="comparison-table"]')).toBeNull();
    // Shortcuts: 全国 first, then by how many records a region holds.
    const names = [...host().querySelectorAll('[data-testid="region-shortcuts"] button')].map((b) => b.textContent);
    expect(names).toEqual(['全国', '北京', '上海']);
    (host().querySelector('[data-testid="region-shortcuts"] button:nth-child(2)') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(host().querySelector('[data-testid="comparison-table"]')).not.toBeNull(), patience);
    expect(host().querySelector('[data-testid="comparison"]')?.getAttribute('data-region')).toBe('北京');
  });
});
