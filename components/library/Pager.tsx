import { t } from '../i18n';

/** Previous / Next over a list shown `size` rows at a time; nothing when it fits on one page. */
export function Pager({
  offset,
  size,
  total,
  onChange,
}: {
  offset: number;
  size: number;
  total: number;
  onChange: (offset: number) => void;
}) {
  if (total <= size) return null;
  return (
    <nav class="rl-pager" aria-label={t('libraryPages')}>
      <button type="button" disabled={offset === 0} onClick={() => onChange(Math.max(0, offset - size))}>
        {t('libraryPrevious')}
      </button>
      <button type="button" disabled={offset + size >= total} onClick={() => onChange(offset + size)}>
        {t('libraryNext')}
      </button>
    </nav>
  );
}
