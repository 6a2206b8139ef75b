import { useEffect, useRef } from 'preact/hooks';
import { formatFigure } from '@/lib/compare/format';
import { isConfident, type StatementComparison } from '@/lib/match';
import type { Statement } from '@/lib/model';
import { signedAmount, verdictWords } from '../compare/verdicts';
import { indicatorName, regionName, t } from '../i18n';

export interface PagePanelProps {
  statements: readonly Statement[];
  /** One per statement once the background answered; null while it has not. */
  comparisons: readonly StatementComparison[] | null;
  /** The region the page is about (listed first). */
  mainRegion?: string;
  onGo: (index: number) => void;
  onClose: () => void;
}

/** Statements grouped by region, the page's main region first, each group in reading order. */
export function groupByRegion(
  statements: readonly Statement[],
  mainRegion?: string,
): Array<{ region: string; indices: number[] }> {
  const order = statements.map((s, index) => ({ s, index })).sort((a, b) => a.s.start - b.s.start);
  const groups = new Map<string, number[]>();
  if (mainRegion && statements.some((s) => s.region === mainRegion)) groups.set(mainRegion, []);
  for (const { s, index } of order) groups.set(s.region, [...(groups.get(s.region) ?? []), index]);
  return [...groups].map(([region, indices]) => ({ region, indices }));
}

/** What a statement comes to in one line: a result's verdict, a target's change, a disagreement with the record. */
export function statementSummary(c: StatementComparison | undefined): string {
  if (!c) return t('loading');
  if (c.state === 'conflict') return t('cardConflict');
  if (c.stored.some((m) => m.agreement === 'differs')) return t('trustDiffers');
  if (c.kind === 'result') return c.verdicts[0] ? verdictWords(c.verdicts[0]) : t('cardNoRecord');
  if (c.change && c.change.delta !== null) {
    return c.change.delta === 0
      ? t('cardUnchanged')
      : t('verdictChangeFromLastYear', signedAmount(c.change.delta, c.change.unit));
  }
  return c.state === 'new' ? t('cardNoRecord') : t('cardAgrees');
}

/** The page at a glance: every statement in reading order with its verdict, by region; a click goes to its mark. */
export function PagePanel({ statements, comparisons, mainRegion, onGo, onClose }: PagePanelProps) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('h2')?.focus();
  }, []);
  const groups = groupByRegion(statements, mainRegion);
  return (
    <section
      ref={ref}
      class="rl-panel"
      role="dialog"
      aria-labelledby="rl-panel-title"
      data-testid="page-panel"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <header class="rl-card-head">
        <h2 id="rl-panel-title" tabIndex={-1}>
          {t('trustPanelTitle', statements.length)}
        </h2>
        <button
          type="button"
          class="rl-card-close"
          data-action="close-panel"
          aria-label={t('cardClose')}
          title={t('cardClose')}
          onClick={onClose}
        >
          ×
        </button>
      </header>
      {groups.map((g) => (
        <section key={g.region} class="rl-panel-group" data-region={g.region}>
          <h3>
            {regionName(g.region)} <span class="rl-muted">({g.indices.length})</span>
          </h3>
          <ol>
            {g.indices.map((index) => {
              const s = statements[index];
              const c = comparisons?.[index];
              return (
                <li
                  key={index}
                  data-testid="panel-item"
                  data-index={index}
                  data-state={c?.state}
                  data-confidence={isConfident(s) ? 'high' : 'low'}
                >
                  <button type="button" class="rl-panel-go" data-action="go-to-mark" onClick={() => onGo(index)}>
                    <span class={`rl-kind rl-kind-${s.kind}`}>
                      {s.kind === 'target' ? t('cardTarget') : t('cardResult')}
                    </span>{' '}
                    <strong>{indicatorName(s.indicator, s.region)}</strong> {s.year} <strong>{formatFigure(s)}</strong>
                    {!isConfident(s) && <span class="rl-review-uncertain"> · {t('trustUncertainMark')}</span>}
                    <span class={`rl-panel-verdict${c?.state === 'conflict' ? ' rl-bad' : ''}`}>
                      {statementSummary(c)}
                    </span>
                  </button>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </section>
  );
}
