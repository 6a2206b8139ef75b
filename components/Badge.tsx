import { t } from './i18n';

export interface BadgeFacts {
  region?: string;
  year?: number | null;
  statements?: number;
}

/** The small, dismissible marker a report page gets: region · report year · statements. */
export function Badge({ facts, onDismiss }: { facts: BadgeFacts; onDismiss: () => void }) {
  const parts = [
    facts.region ? (facts.region === '全国' ? t('badgeNational') : facts.region) : t('badgeDetected'),
    facts.region ? (facts.year ? String(facts.year) : t('badgeYearUnknown')) : undefined,
    facts.statements !== undefined ? t('badgeStatements', facts.statements) : undefined,
  ].filter(Boolean);
  return (
    <aside class="rl-badge" data-testid="badge" aria-label={t('extName')}>
      <span class="rl-badge-name">{t('badgeTitle')}</span>
      <span class="rl-badge-facts">{parts.join(' · ')}</span>
      <button type="button" onClick={onDismiss} aria-label={t('badgeDismiss')} title={t('badgeDismiss')}>
        ×
      </button>
    </aside>
  );
}
