import type { FigureRecord } from '@/lib/model';
import { formatFigure } from './format';
import { indicatorName, t } from './i18n';

export function RecordTable({ records }: { records: FigureRecord[] }) {
  return (
    <table class="rl-table">
      <thead>
        <tr>
          <th scope="col">{t('colRegion')}</th>
          <th scope="col">{t('colYear')}</th>
          <th scope="col">{t('colIndicator')}</th>
          <th scope="col">{t('colKind')}</th>
          <th scope="col">{t('colValue')}</th>
          <th scope="col">{t('colSource')}</th>
        </tr>
      </thead>
      <tbody>
        {records.map((r) => (
          <tr key={r.id} data-record-id={r.id} class={r.conflictsWith?.length ? 'rl-has-conflict' : undefined}>
            <td>{r.region}</td>
            <td>{r.year}</td>
            <td>{indicatorName(r.indicator)}</td>
            <td>{r.kind === 'target' ? t('kindTarget') : t('kindResult')}</td>
            <td class="rl-num">
              {formatFigure(r)}
              {!!r.conflictsWith?.length && (
                <span class="rl-conflict-mark" title={t('libraryConflictHint')}>
                  {' '}⚠ {t('libraryConflict', r.conflictsWith.length)}
                </span>
              )}
            </td>
            <td>
              {/^https?:\/\//.test(r.source.url) ? (
                <a href={r.source.url} target="_blank" rel="noreferrer noopener" title={r.source.quote}>
                  {r.source.title || t('sourceLink')}
                </a>
              ) : (
                r.source.title
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
