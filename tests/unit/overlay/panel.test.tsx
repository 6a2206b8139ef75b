// The page panel: every statement in reading order, grouped by region (the page's own first), with its verdict.
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { useRenderHost } from '../helpers/render-host';
import { groupByRegion, PagePanel } from '@/components/overlay/PagePanel';
import { compareStatements } from '@/lib/match';
import { record, statement } from '../helpers/builders';

const host = useRenderHost();

const statements = [
  statement({ region: '上海', year: 2025, kind: 'target', value: 5, start: 40, end: 44 }),
  statement({ region: '北京', year: 2025, kind: 'target', value: 5, start: 10, end: 14 }),
  statement({ region: '北京', year: 2024, kind: 'result', value: 5.2, start: 20, end: 25 }),
  statement({ region: '上海', year: 2024, kind: 'result', value: 4.9, start: 30, end: 35, confidence: 0.2 }),
];

describe('the page panel', () => {
  it('groups by region, the page’s region first, each in reading order', () => {
    expect(groupByRegion(statements, '上海')).toEqual([
      { region: '上海', indices: [3, 0] },
      { region: '北京', indices: [1, 2] },
    ]);
    expect(groupByRegion(statements).map((g) => g.region)).toEqual(['北京', '上海']);
  });

  it('lists every statement with its verdict and goes to its mark on click', () => {
    const comparisons = compareStatements(statements, [
      record({ region: '北京', year: 2024, kind: 'target', value: 5 }),
    ]);
    const onGo = vi.fn();
    render(
      <PagePanel statements={statements} comparisons={comparisons} mainRegion="北京" onGo={onGo} onClose={() => {}} />,
      host(),
    );
    const items = [...host().querySelectorAll('[data-testid="panel-item"]')];
    expect(items.map((li) => li.getAttribute('data-index'))).toEqual(['1', '2', '3', '0']);
    expect(items[1].textContent).toContain('verdict_met');
    expect(items[2].getAttribute('data-confidence')).toBe('low');
    (items[2].querySelector('button') as HTMLButtonElement).click();
    expect(onGo).toHaveBeenCalledWith(3);
  });
});
