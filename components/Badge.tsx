import { t } from './i18n';

export interface BadgeFacts {
  region?: string;
  year?: number | null;
  statements?: number;
  compared?: number;
  conflicts?: number;
}

export interface BadgeActions {
  onDismiss: () => void;
  marksOn?: boolean;
  onToggleMarks?: () => void;
  onSaveAll?: () => void;
  onDisableSite?: () => void;
  /** Offered on full-text report pages: keeps the text for the popup's year-to-year diff. */
  onSaveReport?: () => void;
  /** A short line under the facts (e.g. "Saved 12 new records", or why records could not be read). */
  note?: string;
}

/** The small, dismissible marker of a report page: region · report year · statements · compared · conflicts. */
export function Badge({ facts, actions }: { facts: BadgeFacts; actions: BadgeActions }) {
  const parts = [
    facts.region ? (facts.region === '全国' ? t('badgeNational') : facts.region) : t('badgeDetected'),
    facts.region ? (facts.year ? String(facts.year) : t('badgeYearUnknown')) : undefined,
    facts.statements !== undefined ? t('badgeStatements', facts.statements) : undefined,
    facts.compared !== undefined ? t('badgeCompared', facts.compared) : undefined,
    facts.conflicts ? t('badgeConflicts', facts.conflicts) : undefined,
  ].filter(Boolean);
  return (
    <aside class="rl-badge" data-testid="badge" aria-label={t('extName')}>
      <span class="rl-badge-name">{t('badgeTitle')}</span>
      <span class="rl-badge-facts" data-testid="badge-facts">
        {parts.join(' · ')}
      </span>
      <span class="rl-badge-actions">
        {actions.onToggleMarks && (
          <button type="button" data-action="toggle-marks" aria-pressed={actions.marksOn} title={t('badgeToggleMarks')} onClick={actions.onToggleMarks}>
            {actions.marksOn ? t('badgeMarksOn') : t('badgeMarksOff')}
          </button>
        )}
        {actions.onSaveAll && (
          <button type="button" data-action="save-all" onClick={actions.onSaveAll}>
            {t('badgeSaveAll')}
          </button>
        )}
        {actions.onSaveReport && (
          <button type="button" data-action="save-report" onClick={actions.onSaveReport}>
            {t('badgeSaveReport')}
          </button>
        )}
        {actions.onDisableSite && (
          <button type="button" data-action="disable-site" onClick={actions.onDisableSite}>
            {t('badgeDisableSite')}
          </button>
        )}
      </span>
      <button type="button" class="rl-icon-button" data-action="dismiss" onClick={actions.onDismiss} aria-label={t('badgeDismiss')} title={t('badgeDismiss')}>
        ×
      </button>
      {actions.note && (
        <span class="rl-badge-note" role="status">
          {actions.note}
        </span>
      )}
    </aside>
  );
}
