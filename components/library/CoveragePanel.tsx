import { useEffect, useRef, useState } from 'preact/hooks';
import { request } from '@/lib/messages';
import { type Coverage, coverageYears, readCell } from '@/lib/pack/coverage';
import type { PackStatus } from '@/lib/service/pack-install';
import { EmptyState } from '../EmptyState';
import { ErrorNotice } from '../ErrorNotice';
import { indicatorName, t } from '../i18n';
import { useQuery } from './useQuery';

/** How complete a region-year is: by the number of standard indicators with both a target and a result. */
export function coverageLevel(targets: number, results: number, both: number): 0 | 1 | 2 | 3 | 4 {
  if (both >= 6) return 4;
  if (both >= 3) return 3;
  if (both >= 1) return 2;
  return targets + results > 0 ? 1 : 0;
}

const LEVEL_KEYS = [
  'coverageLegendNone',
  'coverageLegendSome',
  'coverageLegendFew',
  'coverageLegendMany',
  'coverageLegendFull',
] as const;

/** While the background loads the starter pack: how far it is (asked every half second until it is done). */
export function usePackStatus(): PackStatus | undefined {
  const [status, setStatus] = useState<PackStatus>();
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = () =>
      request('getPackStatus').then((reply) => {
        if (!live || !reply.ok) return;
        setStatus(reply.data);
        if (reply.data.state === 'loading') timer = setTimeout(poll, 500);
      });
    void poll();
    return () => {
      live = false;
      if (timer) clearTimeout(timer);
    };
  }, []);
  return status;
}

/** The starter pack's load, shown while it runs (or when it failed). */
export function PackProgress({ status }: { status?: PackStatus }) {
  if (!status || status.state === 'idle' || status.state === 'loaded') return null;
  if (status.state === 'failed')
    return (
      <p class="rl-error" role="alert">
        {t('coverageLoadFailed', status.error ?? '')}
      </p>
    );
  return (
    <p class="rl-pack-progress" role="status">
      <label>
        {t('coverageLoading', status.done, status.total)}{' '}
        <progress value={status.done} max={Math.max(1, status.total)} />
      </label>
    </p>
  );
}

/**
 * The Coverage tab: regions × years, each cell coloured by how complete the stored figures are and opening that
 * region's comparison for the year. A table of links with one cell in the Tab order: arrow keys (and Home/End)
 * move between cells, Enter follows the link.
 */
export function CoveragePanel({ status }: { status?: PackStatus }) {
  const loadedAt = status?.state === 'loaded' ? status.total : -1;
  const query = useQuery(() => request('getCoverage'), [loadedAt]);
  const [focus, setFocus] = useState<[number, number]>([0, 0]);
  const table = useRef<HTMLTableElement>(null);

  if (query.error) return <ErrorNotice error={query.error} />;
  const coverage: Coverage | undefined = query.data;
  const regions = coverage ? Object.keys(coverage.regions) : [];
  const years = coverage ? coverageYears(coverage) : [];

  const move = (event: KeyboardEvent) => {
    const [r, c] = focus;
    const next: Record<string, [number, number]> = {
      ArrowUp: [r - 1, c],
      ArrowDown: [r + 1, c],
      ArrowLeft: [r, c - 1],
      ArrowRight: [r, c + 1],
      Home: [r, 0],
      End: [r, years.length - 1],
    };
    const to = next[event.key];
    if (!to) return;
    event.preventDefault();
    const target: [number, number] = [
      Math.max(0, Math.min(regions.length - 1, to[0])),
      Math.max(0, Math.min(years.length - 1, to[1])),
    ];
    setFocus(target);
    table.current?.querySelector<HTMLElement>(`[data-cell="${target[0]}-${target[1]}"]`)?.focus();
  };

  // The newest year has targets but no results yet (its year is not over): its cells count targets instead.
  const openYears = new Set(
    years.filter((y) => regions.every((region) => readCell(coverage as Coverage, region, y).results.length === 0)),
  );
  let filled = 0;
  let paired = 0;
  const rows = regions.map((region, r) => (
    <tr key={region}>
      <th scope="row">{region}</th>
      {years.map((year, c) => {
        const cell = readCell(coverage as Coverage, region, year);
        const open = openYears.has(year);
        const shown = open ? cell.targets.length : cell.both.length;
        const level = open
          ? coverageLevel(shown, 0, shown)
          : coverageLevel(cell.targets.length, cell.results.length, cell.both.length);
        if (level > 0) filled++;
        if (cell.both.length) paired++;
        const gdp = [
          cell.targets.includes('gdp_growth') ? 'T' : '',
          cell.results.includes('gdp_growth') ? 'R' : '',
        ].join('');
        const label = t('coverageCellLabel', region, year, cell.both.length, cell.targets.length, cell.results.length);
        const detail = cell.both.map((id) => indicatorName(id)).join('、');
        return (
          <td key={year} class={`rl-coverage-cell rl-coverage-${level}`}>
            <a
              href={`?region=${encodeURIComponent(region)}&year=${year}`}
              data-cell={`${r}-${c}`}
              tabIndex={focus[0] === r && focus[1] === c ? 0 : -1}
              aria-label={label}
              title={detail ? `${label}\n${detail}` : label}
              onFocus={() => setFocus([r, c])}
            >
              <span class="rl-coverage-count">{level === 0 ? '·' : shown}</span>
              {gdp && <span class="rl-coverage-gdp">{gdp}</span>}
            </a>
          </td>
        );
      })}
    </tr>
  ));

  return (
    <section class="rl-coverage" aria-labelledby="rl-coverage-title">
      <h2 id="rl-coverage-title">{t('coverageTitle')}</h2>
      <p class="rl-coverage-intro">{t('coverageIntro')}</p>
      {query.loading && !coverage ? (
        <p role="status">{t('coverageCounting')}</p>
      ) : regions.length === 0 ? (
        <EmptyState title={t('coverageEmpty')} />
      ) : (
        <>
          <p class="rl-coverage-totals">{t('coverageTotals', regions.length, filled, paired)}</p>
          <div class="rl-coverage-scroll">
            <table class="rl-coverage-grid" aria-labelledby="rl-coverage-title" ref={table} onKeyDown={move}>
              <thead>
                <tr>
                  <th scope="col">{t('coverageRegion')}</th>
                  {years.map((y) => (
                    <th key={y} scope="col">
                      {y}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>{rows}</tbody>
            </table>
          </div>
          <ul class="rl-coverage-legend" aria-label={t('coverageLegend')}>
            {LEVEL_KEYS.map((key, level) => (
              <li key={key}>
                <span class={`rl-coverage-swatch rl-coverage-${level}`} aria-hidden="true" />
                {t(key)}
              </li>
            ))}
            <li>{t('coverageLegendGdp')}</li>
            {openYears.size > 0 && <li>{t('coverageLegendOpenYear', [...openYears].join(', '))}</li>}
          </ul>
        </>
      )}
    </section>
  );
}
