// The comparison views rendered in happy-dom: what a reader sees for missing figures, sources and diffs.
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { ComparisonTable } from '@/components/compare/ComparisonTable';
import { TextDiffView } from '@/components/compare/TextDiffView';
import { buildComparisonTable } from '@/lib/compare';
import { diffTexts } from '@/lib/diff';
import { record } from '../helpers/builders';
import { useRenderHost } from '../helpers/render-host';

const host = useRenderHost();

function mount(node: preact.ComponentChild): HTMLElement {
  render(node, host());
  return host();
}

describe('ComparisonTable', () => {
  const records = [
    record({ year: 2024, kind: 'target', qualifier: '左右', source: { url: 'https://example.test/2024' } }),
    record({ year: 2024, kind: 'result', value: 5.2, qualifier: null }),
    record({ year: 2025, kind: 'target', value: 4.5, valueMax: 5, qualifier: null }),
    record({
      year: 2025,
      kind: 'target',
      indicator: 'cpi',
      value: 2,
      qualifier: '左右',
      source: { url: 'javascript:alert(1)' },
    }),
  ];
  const table = buildComparisonTable(records, { region: '北京' });

  it('shows a missing result as missing, never as 0', () => {
    const el = mount(<ComparisonTable table={table} focusYear={2025} />);
    const cell = el.querySelector('tr[data-indicator="gdp_growth"] .rl-cell[data-year="2025"]')!;
    expect(cell.textContent).toContain('4.5–5%');
    expect(cell.textContent).toContain('cmpMissing');
    expect(cell.textContent).not.toMatch(/R\s*0/);
    // A year with nothing stored for the indicator is a dash with its words for screen readers.
    expect(el.querySelector('tr[data-indicator="cpi"] td .rl-missing')?.textContent).toContain('cmpMissing');
  });

  it('links figures to http(s) sources only', () => {
    const el = mount(<ComparisonTable table={table} focusYear={2025} />);
    const links = [...el.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toContain('https://example.test/2024');
    expect(links.some((h) => h?.startsWith('javascript:'))).toBe(false);
    expect(el.querySelector('tr[data-indicator="cpi"] .rl-cell[data-year="2025"]')?.textContent).toContain('2%左右');
  });

  it('shows the verdict with its margin in words, and the target’s change from last year without a bare symbol', () => {
    const el = mount(<ComparisonTable table={table} focusYear={2025} />);
    const verdict = el.querySelector('tr[data-indicator="gdp_growth"] .rl-cell[data-year="2024"] [data-verdict]');
    expect(verdict?.getAttribute('data-verdict')).toBe('met');
    // Keys stand for the words here: "met, 0.2 pp above the target".
    expect(verdict?.textContent).toBe('verdict_metverdictSepverdictAboveTargetBy');
    expect(
      el.querySelector('tr[data-indicator="gdp_growth"] .rl-cell[data-year="2025"] .rl-delta')?.textContent,
    ).toContain('verdictChangeFromLastYear');
    expect(el.textContent).not.toContain('Δ');
    expect(el.querySelector('[data-testid="verdict-legend"]')?.textContent).toContain('verdictLegend');
  });
});

describe('TextDiffView', () => {
  it('puts page text in as text, never as HTML', () => {
    const diff = diffTexts('目标<b>5%</b>左右', '目标<img src=x onerror=alert(1)>左右');
    const el = mount(<TextDiffView diff={diff} yearA={2024} yearB={2025} />);
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('b')).toBeNull();
    expect(el.querySelector('[data-side="b"]')?.textContent).toBe('目标<img src=x onerror=alert(1)>左右');
  });

  it('folds a long unchanged passage and unfolds it on request', async () => {
    const same = '坚持稳中求进工作总基调。'.repeat(40);
    const diff = diffTexts(`${same}增长5%左右。`, `${same}增长4.5%左右。`);
    const el = mount(<TextDiffView diff={diff} yearA={2024} yearB={2025} />);
    const side = el.querySelector('[data-side="a"]')!;
    expect(side.textContent!.length).toBeLessThan(same.length);
    (side.querySelector('button.rl-fold') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(el.querySelector('[data-side="a"]')?.textContent).toBe(`${same}增长5%左右。`));
  });
});
