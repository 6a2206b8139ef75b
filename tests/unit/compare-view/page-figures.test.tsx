// The open page's unsaved figures in the comparison: labelled "from this page", never in place of a stored figure.
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { ComparisonView } from '@/components/compare/ComparisonView';
import { initialRegion } from '@/components/compare/helpers';
import {
  confidentPageFigures,
  isFromThisPage,
  mergePageFigures,
  pageFigureRecords,
} from '@/components/compare/pageFigures';
import type { FigureRecord, Statement } from '@/lib/model';
import { statement as read, record } from '../helpers/builders';
import { useServedDb } from '../helpers/db';
import { useRenderHost } from '../helpers/render-host';

// The page is 示例省's 2026 report; Beijing's 2025 target is stored.
const statement = (fields: Partial<Statement>) => read({ region: '示例省', year: 2026, ...fields });
const stored = (fields: Partial<FigureRecord>) => record({ year: 2025, ...fields });

describe('page figures', () => {
  it('sends only confident statements, without offsets or reasons', () => {
    const figures = confidentPageFigures([
      statement({ confidence: 0.9, why: ['x'] }),
      statement({ confidence: 0.3, kind: 'result' }),
    ]);
    expect(figures).toHaveLength(1);
    expect(figures[0]).not.toHaveProperty('start');
    expect(figures[0]).not.toHaveProperty('why');
  });

  it('turns well-formed figures into records labelled "this page" and drops anything else', () => {
    const records = pageFigureRecords(
      [...confidentPageFigures([statement({})]), { region: 1 }, null],
      'https://example.test/page',
    );
    expect(records).toHaveLength(1);
    expect(isFromThisPage(records[0])).toBe(true);
    expect(records[0].source.url).toBe('https://example.test/page');
    expect(pageFigureRecords('nonsense', undefined)).toEqual([]);
  });

  it('fills only facts nothing stored states, for the region shown, and adds their years', () => {
    const page = pageFigureRecords(
      confidentPageFigures([
        statement({ region: '北京', year: 2025, value: 9 }), // stored already: never replaces it
        statement({ region: '北京', year: 2026, value: 5.5 }),
        statement({ region: '北京', year: 2026, value: 6 }), // the same fact again: the first wins
        statement({ region: '上海', year: 2026, value: 5 }), // another region
      ]),
      'https://example.test/page',
    );
    const merged = mergePageFigures([stored({})], [2025], page, '北京');
    expect(merged.added).toBe(1);
    expect(merged.years).toEqual([2025, 2026]);
    expect(merged.records.find((r) => r.year === 2025)?.value).toBe(5);
    expect(merged.records.find((r) => r.year === 2026)?.value).toBe(5.5);
  });

  it("opens the page's region even with nothing stored when the page has figures of it", () => {
    const page = {
      detection: { isReport: true, regions: ['示例省'], year: 2026, confidence: 1 },
      statements: 1,
      figures: confidentPageFigures([statement({})]),
    };
    expect(initialRegion({ params: {}, page, lastRegion: null, regions: [] }).region).toBe('示例省');
    expect(
      initialRegion({ params: {}, page: { ...page, figures: [] }, lastRegion: null, regions: [] }).region,
    ).toBeNull();
  });
});

describe('ComparisonView with page figures', () => {
  useServedDb((db) => db.records.bulkPut([stored({}), stored({ kind: 'result', value: 5.2, qualifier: null })]));
  const host = useRenderHost();

  it('shows the page figure in its own labelled cell beside the stored ones', async () => {
    const page = pageFigureRecords(
      confidentPageFigures([
        statement({ region: '北京', year: 2026, value: 5.5 }),
        statement({ region: '北京', year: 2025, value: 7 }),
      ]),
      'https://example.test/page',
    );
    render(<ComparisonView region="北京" year={2026} pageFigures={page} />, host());
    await vi.waitFor(() => expect(host().querySelector('[data-testid="comparison-table"]')).not.toBeNull(), {
      timeout: 3000,
    });
    const fromPage = [...host().querySelectorAll('[data-testid="comparison-table"] [data-source="this-page"]')];
    expect(fromPage).toHaveLength(1);
    expect(fromPage[0].closest('td')?.querySelector('[data-year]')?.getAttribute('data-year')).toBe('2026');
    expect(fromPage[0].textContent).toContain('5.5');
    expect(host().querySelector('[data-testid="page-figures-note"]')).not.toBeNull();
    // The stored 2025 target keeps its cell.
    const cell2025 = host().querySelector('[data-indicator="gdp_growth"] [data-year="2025"]');
    expect(cell2025?.textContent).toContain('5');
    expect(cell2025?.textContent).not.toContain('7');
  });
});
