// The statement card in happy-dom: an uncertain reading says so and why, and never shows a conflict.
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { useRenderHost } from '../helpers/render-host';
import { StatementCard } from '@/components/overlay/StatementCard';
import { compareStatement } from '@/lib/match';
import { record, statement } from '../helpers/builders';

const host = useRenderHost();

const actions = { onSave: () => {}, saveState: 'idle' as const, onCompare: () => {} };

describe('StatementCard and confidence', () => {
  it('shows no uncertainty note for a confident reading, and a stored disagreement as a conflict', () => {
    const c = compareStatement(statement({ year: 2025, kind: 'target', value: 5 }), [
      record({ year: 2025, kind: 'target', value: 5.5 }),
    ]);
    render(<StatementCard comparison={c} actions={actions} />, host());
    expect(host().querySelector('[data-testid="uncertain"]')).toBeNull();
    expect(host().querySelector('[data-agreement="conflicts"]')?.textContent).toContain('cardConflict');
  });

  it('says an uncertain reading is uncertain, why, and that it only differs from the record', () => {
    const page = statement({
      year: 2025,
      kind: 'target',
      value: 5,
      confidence: 0.3,
      why: ['year from the publish date', 'mystery'],
    });
    const c = compareStatement(page, [record({ year: 2025, kind: 'target', value: 5.5 })]);
    render(<StatementCard comparison={c} actions={actions} />, host());
    const note = host().querySelector('[data-testid="uncertain"]');
    expect(note?.textContent).toContain('trustUncertain');
    expect([...(note?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual([
      'trustWhyYearPublished',
      'trustWhyOther',
    ]);
    expect(host().querySelector('[data-agreement="conflicts"]')).toBeNull();
    expect(host().querySelector('[data-agreement="differs"]')?.textContent).toContain('trustDiffers');
    expect(host().querySelector('.rl-card-body')?.getAttribute('data-confidence')).toBe('low');
  });
});
