import { regionName, t } from './i18n';
import { PageFix, type PageFixProps } from './overlay/PageFix';

export interface BadgeFacts {
  region?: string;
  year?: number | null;
  statements?: number;
  compared?: number;
  conflicts?: number;
  /** Every region the page's statements are for, the main one first (listed when there is more than one). */
  regions?: string[];
  /** Readings the user marked wrong on this page. */
  hidden?: number;
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
  /** Setting the page's region and year (corrections). */
  pageFix?: Omit<PageFixProps, 'region' | 'year'>;
  /** Shows the readings marked wrong again. */
  onRestoreHidden?: () => void;
  /** Opens or closes the page panel (every statement by region). */
  onTogglePanel?: () => void;
  panelOpen?: boolean;
}

/** The small, dismissible marker of a report page: region · report year · statements · compared · conflicts. */
export function Badge({ facts, actions }: { facts: BadgeFacts; actions: BadgeActions }) {
  const parts = [
    facts.region ? regionName(facts.region) : t('badgeDetected'),
    facts.region ? (facts.year ? String(facts.year) : t('badgeYearUnknown')) : undefined,
    actions.pageFix?.setByUser ? `(${t('trustPageSetByYou')})` : undefined,
    facts.statements !== undefined ? t('badgeStatements', facts.statements) : undefined,
    facts.compared !== undefined ? t('badgeCompared', facts.compared) : undefined,
    facts.conflicts ? t('badgeConflicts', facts.conflicts) : undefined,
    facts.hidden ? t('trustHidden', facts.hidden) : undefined,
  ].filter(Boolean);
  return (
    <aside class="rl-badge" data-testid="badge" aria-label={t('extName')}>
      <span class="rl-badge-name">{t('badgeTitle')}</span>
      <span class="rl-badge-facts" data-testid="badge-facts">
        {parts.join(' · ')}
      </span>
      {facts.regions && facts.regions.length > 1 && (
        <span class="rl-badge-regions" data-testid="badge-regions">
          {t('trustRegions', facts.regions.map(regionName).join('、'))}
        </span>
      )}
      <span class="rl-badge-actions">
        {actions.onToggleMarks && (
          <button
            type="button"
            data-action="toggle-marks"
            aria-pressed={actions.marksOn}
            title={t('badgeToggleMarks')}
            onClick={actions.onToggleMarks}
          >
            {actions.marksOn ? t('badgeMarksOn') : t('badgeMarksOff')}
          </button>
        )}
        {actions.onTogglePanel && (
          <button
            type="button"
            data-action="page-panel"
            aria-expanded={actions.panelOpen ? 'true' : 'false'}
            onClick={actions.onTogglePanel}
          >
            {t('trustPanel')}
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
        {actions.onRestoreHidden && facts.hidden ? (
          <button type="button" data-action="restore-hidden" onClick={actions.onRestoreHidden}>
            {t('trustRestoreHidden')}
          </button>
        ) : null}
        {actions.pageFix && <PageFix {...actions.pageFix} region={facts.region} year={facts.year} />}
        {actions.onDisableSite && (
          <button type="button" data-action="disable-site" onClick={actions.onDisableSite}>
            {t('badgeDisableSite')}
          </button>
        )}
      </span>
      <button
        type="button"
        class="rl-icon-button"
        data-action="dismiss"
        onClick={actions.onDismiss}
        aria-label={t('badgeDismiss')}
        title={t('badgeDismiss')}
      >
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
