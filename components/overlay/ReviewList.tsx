import { useEffect, useRef } from 'preact/hooks';
import type { Statement } from '@/lib/model';
import { REGIONS } from '@/lib/regions';
import { indicatorName, t } from '../i18n';
import { type ReviewRow, rowProblems, tickAll, updateRow } from './review';

export interface ReviewProps {
  /** `save`: tick and correct, then save to the records. `edit`: correct one reading of this page. */
  mode: 'save' | 'edit';
  rows: ReviewRow[];
  /** The statements the rows index (for the indicator's name). */
  statements: readonly Statement[];
  busy?: boolean;
  error?: string;
  onChange: (rows: ReviewRow[]) => void;
  onConfirm: () => void;
  onCancel: () => void;
}

const LIST_ID = 'rl-review-regions';

/** A modal keeps the keyboard inside it: Tab from its last control wraps to the first, Shift+Tab the other way. */
function trapFocus(event: KeyboardEvent) {
  const dialog = event.currentTarget as HTMLElement;
  const controls = [...dialog.querySelectorAll<HTMLElement>('button:not([disabled]), input, select')];
  if (!controls.length) return;
  const active = (dialog.getRootNode() as Document | ShadowRoot).activeElement;
  const first = controls[0];
  const last = controls[controls.length - 1];
  if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  } else if (event.shiftKey && (active === first || active === dialog.querySelector('h2'))) {
    event.preventDefault();
    last.focus();
  }
}

/**
 * The review list: every statement with its region, year, kind, value and quote, each editable or unticked. Nothing
 * is saved until the user confirms. One row serves a card's "Save to my records" and "Edit".
 */
export function ReviewList({ mode, rows, statements, busy, error, onChange, onConfirm, onCancel }: ReviewProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('h2')?.focus();
  }, []);
  const ticked = rows.filter((r) => r.include).length;
  const invalid = rows.some((r) => Object.keys(rowProblems(r)).length > 0);
  const set = (i: number, patch: Partial<ReviewRow>) => onChange(updateRow(rows, i, patch));
  const confirmLabel = mode === 'edit' ? t('reviewApply') : t('reviewSaveCount', ticked);
  return (
    <div class="rl-review-backdrop">
      <div
        ref={ref}
        class="rl-review"
        role="dialog"
        aria-modal="true"
        aria-labelledby="rl-review-title"
        data-testid="review"
        data-mode={mode}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onCancel();
          } else if (e.key === 'Tab') trapFocus(e);
        }}
      >
        <h2 id="rl-review-title" tabIndex={-1}>
          {mode === 'edit' ? t('reviewEditTitle') : t('reviewTitle')}
        </h2>
        <p class="rl-muted">{mode === 'edit' ? t('reviewEditHint') : t('reviewHint')}</p>
        {mode === 'save' && rows.length > 1 && (
          <p class="rl-review-tools">
            <button type="button" data-action="review-all" onClick={() => onChange(tickAll(rows, true))}>
              {t('reviewTickAll')}
            </button>{' '}
            <button type="button" data-action="review-none" onClick={() => onChange(tickAll(rows, false))}>
              {t('reviewTickNone')}
            </button>
          </p>
        )}
        <datalist id={LIST_ID}>
          {REGIONS.map((r) => (
            <option key={r.name} value={r.name} />
          ))}
        </datalist>
        <ol class="rl-review-rows">
          {rows.map((row, i) => {
            const problems = rowProblems(row);
            const statement = statements[row.index];
            const id = `rl-review-${i}`;
            return (
              <li
                key={row.key}
                data-testid="review-row"
                data-key={row.key}
                data-include={String(row.include)}
                data-confidence={row.confident ? 'high' : 'low'}
              >
                <div class="rl-review-quote">
                  {mode === 'save' && (
                    <input
                      type="checkbox"
                      id={`${id}-include`}
                      data-field="include"
                      checked={row.include}
                      aria-label={t('reviewInclude')}
                      onChange={(e) => set(i, { include: (e.currentTarget as HTMLInputElement).checked })}
                    />
                  )}{' '}
                  <label for={`${id}-include`}>
                    <strong>{statement ? indicatorName(statement.indicator, statement.region) : ''}</strong>{' '}
                    <q>{row.quote}</q>
                  </label>
                  {!row.confident && <span class="rl-review-uncertain"> · {t('trustUncertainMark')}</span>}
                </div>
                <div class="rl-review-fields">
                  <label>
                    {t('reviewRegion')}
                    <input
                      data-field="region"
                      list={LIST_ID}
                      value={row.region}
                      size={6}
                      aria-invalid={problems.region ? 'true' : undefined}
                      onInput={(e) => set(i, { region: (e.currentTarget as HTMLInputElement).value })}
                    />
                  </label>
                  <label>
                    {t('reviewYear')}
                    <input
                      data-field="year"
                      inputMode="numeric"
                      value={row.year}
                      size={4}
                      aria-invalid={problems.year ? 'true' : undefined}
                      onInput={(e) => set(i, { year: (e.currentTarget as HTMLInputElement).value })}
                    />
                  </label>
                  <label>
                    {t('reviewKind')}
                    <select
                      data-field="kind"
                      value={row.kind}
                      onChange={(e) =>
                        set(i, { kind: (e.currentTarget as HTMLSelectElement).value as ReviewRow['kind'] })
                      }
                    >
                      <option value="target">{t('cardTarget')}</option>
                      <option value="result">{t('cardResult')}</option>
                    </select>
                  </label>
                  <label>
                    {t('reviewValue')}
                    <input
                      data-field="value"
                      inputMode="decimal"
                      value={row.value}
                      size={6}
                      aria-invalid={problems.value ? 'true' : undefined}
                      onInput={(e) => set(i, { value: (e.currentTarget as HTMLInputElement).value })}
                    />
                    <span class="rl-muted">{row.unit}</span>
                  </label>
                </div>
                {(problems.region || problems.year || problems.value) && (
                  <p class="rl-bad" role="alert">
                    {[
                      problems.region && t('reviewBadRegion'),
                      problems.year && t('reviewBadYear'),
                      problems.value && t('reviewBadValue'),
                    ]
                      .filter(Boolean)
                      .join(' ')}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
        <footer class="rl-card-actions">
          <button
            type="button"
            class="rl-primary"
            data-action="review-confirm"
            disabled={busy || invalid || (mode === 'save' && ticked === 0)}
            onClick={onConfirm}
          >
            {confirmLabel}
          </button>
          <button type="button" data-action="review-cancel" onClick={onCancel}>
            {t('reviewCancel')}
          </button>
          {error && (
            <span class="rl-bad" role="alert">
              {error}
            </span>
          )}
        </footer>
      </div>
    </div>
  );
}
