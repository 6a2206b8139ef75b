import { useState } from 'preact/hooks';
import { REGIONS } from '@/lib/regions';
import { findRegion } from '@/lib/regions';
import { t } from '../i18n';

export interface PageFixProps {
  /** The region and year the page is read with now. */
  region?: string;
  year?: number | null;
  /** True when they are the user's (a stored correction), not what was detected. */
  setByUser: boolean;
  /** Sets the page's region and year (null: back to what was detected); the page is read again with them. */
  onSet: (region: string | null, year: number | null) => void;
}

const LIST_ID = 'rl-pagefix-regions';

/** The badge's "Region or year wrong?": set the page's region and report year, remembered for this URL. */
export function PageFix({ region, year, setByUser, onSet }: PageFixProps) {
  const [open, setOpen] = useState(false);
  const [regionText, setRegionText] = useState(region ?? '');
  const [yearText, setYearText] = useState(year ? String(year) : '');
  if (!open) {
    return (
      <button type="button" data-action="fix-page" aria-expanded="false" onClick={() => setOpen(true)}>
        {t('trustFixPage')}
      </button>
    );
  }
  const canonical = findRegion(regionText);
  const y = Number(yearText);
  const yearOk = yearText.trim() === '' || (Number.isInteger(y) && y >= 1949 && y <= 2100);
  const regionOk = regionText.trim() === '' || canonical !== null;
  return (
    <form
      class="rl-pagefix"
      data-testid="page-fix"
      onSubmit={(e) => {
        e.preventDefault();
        if (!regionOk || !yearOk) return;
        setOpen(false);
        onSet(canonical, yearText.trim() ? y : null);
      }}
    >
      <datalist id={LIST_ID}>
        {REGIONS.map((r) => (
          <option key={r.name} value={r.name} />
        ))}
      </datalist>
      <label>
        {t('trustPageRegion')}
        <input
          data-field="page-region"
          list={LIST_ID}
          size={6}
          value={regionText}
          aria-invalid={regionOk ? undefined : 'true'}
          onInput={(e) => setRegionText((e.currentTarget as HTMLInputElement).value)}
        />
      </label>{' '}
      <label>
        {t('trustPageYear')}
        <input
          data-field="page-year"
          inputMode="numeric"
          size={4}
          value={yearText}
          aria-invalid={yearOk ? undefined : 'true'}
          onInput={(e) => setYearText((e.currentTarget as HTMLInputElement).value)}
        />
      </label>{' '}
      <button type="submit" class="rl-primary" data-action="page-apply" disabled={!regionOk || !yearOk}>
        {t('trustPageApply')}
      </button>
      {setByUser && (
        <button
          type="button"
          data-action="page-reset"
          onClick={() => {
            setOpen(false);
            onSet(null, null);
          }}
        >
          {t('trustPageReset')}
        </button>
      )}
      {!regionOk && <span class="rl-bad"> {t('reviewBadRegion')}</span>}
    </form>
  );
}
