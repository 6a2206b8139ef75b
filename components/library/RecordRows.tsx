import { type ComponentChildren, Fragment } from 'preact';
import type { FigureRecord } from '@/lib/model';
import { formatFigure } from '@/lib/compare/format';
import { indicatorName, t } from '../i18n';
import { isWebUrl } from '@/lib/io/web-url';
import { originName } from './labels';

const COLUMNS = 8;

export function SourceCell({ record }: { record: FigureRecord }) {
  const { url, title, quote } = record.source;
  return (
    <td class="rl-source">
      {isWebUrl(url) ? (
        <a href={url} target="_blank" rel="noreferrer noopener">
          {title || t('sourceLink')}
        </a>
      ) : (
        <span>{title || url || '—'}</span>
      )}
      {quote && <q class="rl-quote">{quote}</q>}
    </td>
  );
}

/** The other sides of a conflict, shown under the record so both sources can be read together. */
function ConflictRow({ others }: { others: FigureRecord[] | undefined }) {
  return (
    <tr class="rl-conflict-detail">
      <td colSpan={COLUMNS}>
        {!others ? (
          <span class="rl-muted">{t('loading')}</span>
        ) : others.length === 0 ? (
          <span class="rl-muted">{t('libraryConflictGone')}</span>
        ) : (
          <ul>
            {others.map((o) => (
              <li key={o.id}>
                <strong>{t('libraryConflictOther')}</strong> <span class="rl-num">{formatFigure(o)}</span>
                {' · '}
                {isWebUrl(o.source.url) ? (
                  <a href={o.source.url} target="_blank" rel="noreferrer noopener">
                    {o.source.title || t('sourceLink')}
                  </a>
                ) : (
                  o.source.title
                )}
                {o.source.quote && <q class="rl-quote">{o.source.quote}</q>}
              </li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}

export interface RecordRowsProps {
  records: FigureRecord[];
  /** Expanded conflicts: record id → the other records (undefined while loading). */
  conflicts: Record<string, FigureRecord[] | undefined>;
  onToggleConflict: (record: FigureRecord) => void;
  onEdit: (record: FigureRecord) => void;
  onDelete: (record: FigureRecord) => void;
  /** The row being edited is rendered by the caller. */
  editingId: string | null;
  renderEditor: (record: FigureRecord) => ComponentChildren;
}

export function RecordRows({
  records,
  conflicts,
  onToggleConflict,
  onEdit,
  onDelete,
  editingId,
  renderEditor,
}: RecordRowsProps) {
  return (
    <table class="rl-table rl-records" data-testid="library-records">
      <thead>
        <tr>
          <th scope="col">{t('colRegion')}</th>
          <th scope="col">{t('colYear')}</th>
          <th scope="col">{t('colIndicator')}</th>
          <th scope="col">{t('colKind')}</th>
          <th scope="col">{t('colValue')}</th>
          <th scope="col">{t('libraryOrigin')}</th>
          <th scope="col">{t('colSource')}</th>
          <th scope="col">
            <span class="rl-visually-hidden">{t('libraryActions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {records.map((r) => {
          const conflicted = !!r.conflictsWith?.length;
          const open = r.id in conflicts;
          return (
            <Fragment key={r.id}>
              <tr data-record-id={r.id} data-region={r.region} class={conflicted ? 'rl-has-conflict' : undefined}>
                <td>{r.region}</td>
                <td>{r.year}</td>
                <td>{indicatorName(r.indicator, r.region)}</td>
                <td class={r.kind === 'target' ? 'rl-kind-target' : 'rl-kind-result'}>
                  {r.kind === 'target' ? t('kindTarget') : t('kindResult')}
                </td>
                <td class="rl-num">
                  {formatFigure(r)}
                  {r.estimate && <span class="rl-tag">{t('libraryEstimate')}</span>}
                  {r.note && (
                    <span class="rl-note" title={r.note}>
                      {r.note}
                    </span>
                  )}
                  {conflicted && (
                    <button
                      type="button"
                      class="rl-conflict-button"
                      aria-expanded={open}
                      onClick={() => onToggleConflict(r)}
                      data-testid="conflict"
                    >
                      ⚠ {t('libraryConflict', r.conflictsWith?.length ?? 0)}
                    </button>
                  )}
                </td>
                <td>
                  {originName(r.origin)}
                  {r.userEdited && <span class="rl-tag">{t('libraryEdited')}</span>}
                </td>
                <SourceCell record={r} />
                <td class="rl-actions">
                  <button
                    type="button"
                    onClick={() => onEdit(r)}
                    aria-label={t('libraryEditRecord', `${r.region} ${r.year}`)}
                  >
                    {t('libraryEdit')}
                  </button>
                  <button
                    type="button"
                    onClick={() => onDelete(r)}
                    aria-label={t('libraryDeleteRecord', `${r.region} ${r.year}`)}
                  >
                    {t('libraryDelete')}
                  </button>
                </td>
              </tr>
              {open && <ConflictRow others={conflicts[r.id]} />}
              {editingId === r.id && (
                <tr class="rl-edit-row">
                  <td colSpan={COLUMNS}>{renderEditor(r)}</td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}
