// Charts read year by year (hover and keyboard focus), and the peers plot keeps its labels clear.
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { useRenderHost } from '../helpers/render-host';
import { labelWidth, peerPlot } from '@/components/compare/PeersView';
import { TrendChart } from '@/components/compare/TrendChart';
import { Trend } from '@/components/overlay/Trend';
import { buildComparisonTable, type PeerPoint, yearFigures } from '@/lib/compare';
import { record } from '../helpers/builders';

const host = useRenderHost();

const rec = (year: number, kind: 'target' | 'result', value: number) =>
  record({ region: '示例市', year, kind, value, qualifier: null });
const records = [
  rec(2022, 'target', 6),
  rec(2022, 'result', 4.5),
  rec(2023, 'target', 5.5),
  rec(2023, 'result', 5.8),
  rec(2024, 'target', 5),
];

const tip = () => host().querySelector('[data-testid="year-tip"]')?.textContent ?? '';

describe('trend charts show each year on hover and focus', () => {
  it('the comparison trend: one focusable column per year, named by its values; hover and focus show them', async () => {
    const table = buildComparisonTable(records, { region: '示例市' });
    render(<TrendChart row={table.rows[0]} />, host());
    const columns = [...host().querySelectorAll<SVGRectElement>('.rl-hot')];
    expect(columns.map((c) => c.getAttribute('data-year'))).toEqual(['2022', '2023', '2024']);
    // Lower-case: SVG attributes keep their case, and only `tabindex` makes an SVG element focusable.
    expect(columns.every((c) => c.getAttribute('tabindex') === '0')).toBe(true);
    expect(columns[1].getAttribute('aria-label')).toMatch(/2023.*5\.5.*5\.8/);
    expect(tip()).toBe('');
    columns[0].dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    columns[0].dispatchEvent(new MouseEvent('mouseenter'));
    await vi.waitFor(() => expect(tip()).toMatch(/2022.*6.*4\.5/));
    columns[2].dispatchEvent(new FocusEvent('focus'));
    columns[2].dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await vi.waitFor(() => expect(tip()).toMatch(/^2024.*5.*—/));
    columns[2].dispatchEvent(new FocusEvent('blur'));
    columns[2].dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    await vi.waitFor(() => expect(tip()).toBe(''));
  });

  it("the card's trend: the page's own target is the focus year's value", async () => {
    const years = [2022, 2023].map((y) => yearFigures(y, records));
    render(<Trend years={years} unit="%" current={{ year: 2024, value: 5 }} />, host());
    const columns = [...host().querySelectorAll<SVGRectElement>('.rl-hot')];
    expect(columns.map((c) => c.getAttribute('data-year'))).toEqual(['2022', '2023', '2024']);
    columns[2].dispatchEvent(new FocusEvent('focus'));
    columns[2].dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await vi.waitFor(() => expect(tip()).toMatch(/2024.*5/));
  });
});

describe('the peers plot never overlaps its labels', () => {
  const point = (region: string, value: number): PeerPoint =>
    ({
      region,
      value,
      low: value,
      high: value,
      qualifier: null,
      rank: null,
      record: rec(2024, 'target', value),
    }) as PeerPoint;
  const W = 340;

  const check = (peers: PeerPoint[], unit: string) => {
    const lo = Math.min(...peers.map((p) => p.low));
    const hi = Math.max(...peers.map((p) => p.high));
    const plot = peerPlot(peers, lo, hi, unit);
    const boxes = plot.labels.map((l) => {
      const w = labelWidth(l.text);
      const left = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
      return [left, left + w] as const;
    });
    // Inside the plot, and apart from each other: a plot with no labels or dots would pass the loops below unchecked.
    expect(boxes.length).toBeGreaterThan(0);
    expect(plot.dots).toHaveLength(peers.length);
    for (const [a, b] of boxes) expect(a >= 0 && b <= W).toBe(true);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i][0]).toBeGreaterThan(boxes[i - 1][1]);
    // Every dot (own region's radius 4.5) inside the top and above the labels' 9 px line.
    for (const d of plot.dots) {
      expect(d.cy - 4.5).toBeGreaterThanOrEqual(0);
      expect(d.cy + 4.5).toBeLessThan(plot.height - 10);
    }
    return plot;
  };

  it('with many ties stacked, the plot grows instead of drawing dots off its top', () => {
    const peers = Array.from({ length: 20 }, (_, i) => point(`地区${i}`, i < 15 ? 5 : 6));
    const plot = check(peers, '%');
    expect(plot.height).toBeGreaterThan(46);
  });

  it('all on one value: one label, centred', () => {
    const plot = check([point('甲', 5), point('乙', 5)], '%');
    expect(plot.labels).toHaveLength(1);
  });

  it('long units at both ends stay inside the plot', () => {
    check([point('甲', 1234.56), point('乙', 98765.43)], '亿元人民币');
  });
});
