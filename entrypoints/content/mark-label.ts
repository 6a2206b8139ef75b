import { indicatorName, t } from '@/components/i18n';
import { formatFigure } from '@/lib/compare/format';
import { isConfident } from '@/lib/match';
import type { Statement } from '@/lib/model';

/**
 * A mark's accessible name: kind, indicator and figure; the region first when the page has several; "uncertain"
 * for a reading below CONFIDENT.
 */
export function markLabel(s: Statement, withRegion: boolean): string {
  const name = indicatorName(s.indicator, s.region);
  const indicator = withRegion ? `${s.region === '全国' ? t('badgeNational') : s.region} ${name}` : name;
  const label = t('markLabel', s.kind === 'target' ? t('cardTarget') : t('cardResult'), indicator, formatFigure(s));
  return isConfident(s) ? label : `${t('trustUncertainMark')} · ${label}`;
}
