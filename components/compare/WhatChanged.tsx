import type { TargetDiff, TargetDiffEntry } from '@/lib/compare';
import { indicatorName, t } from '../i18n';
import { FigureLink } from './ComparisonTable';
import { signedAmount } from './helpers';

function Entry({ entry }: { entry: TargetDiffEntry }) {
  const change = entry.change;
  return (
    <li data-indicator={entry.indicator}>
      {indicatorName(entry.indicator, entry.from?.region ?? entry.to?.region)}
      {entry.measure && <span class="rl-muted"> ({entry.measure})</span>}:{' '}
      {entry.from && <FigureLink record={entry.from} />}
      {entry.from && entry.to && ' → '}
      {entry.to && <FigureLink record={entry.to} />}
      {change?.delta !== null && change?.delta !== undefined && change.delta !== 0 && (
        <span class="rl-delta"> ({signedAmount(change.delta, change.unit)})</span>
      )}
      {change?.qualifierChanged && <span class="rl-delta"> · {t('cmpQualifierChanged')}</span>}
      {entry.disputed && <span class="rl-disputed"> ≠ {t('cmpDisputed')}</span>}
    </li>
  );
}

/** "What changed" between two reports' targets: added, dropped, raised, lowered (and the rest counted). */
export function WhatChanged({ diff }: { diff: TargetDiff }) {
  const groups: { key: keyof TargetDiff; label: string }[] = [
    { key: 'added', label: t('cmpAdded') },
    { key: 'dropped', label: t('cmpDropped') },
    { key: 'raised', label: t('cmpRaised') },
    { key: 'lowered', label: t('cmpLowered') },
    { key: 'changed', label: t('cmpReworded') },
  ];
  const shown = groups.filter((g) => diff[g.key].length > 0);
  return (
    <div data-testid="what-changed">
      {shown.length === 0 && <p class="rl-muted">{t('cmpNoTargetChanges')}</p>}
      <div class="rl-changes">
        {shown.map((g) => (
          <div key={g.key} data-group={g.key}>
            <h3>
              {g.label} ({diff[g.key].length})
            </h3>
            <ul>
              {diff[g.key].map((e) => (
                <Entry key={`${e.indicator}|${e.measure ?? ''}`} entry={e} />
              ))}
            </ul>
          </div>
        ))}
      </div>
      {diff.unchanged.length > 0 && <p class="rl-muted">{t('cmpUnchangedCount', diff.unchanged.length)}</p>}
    </div>
  );
}
