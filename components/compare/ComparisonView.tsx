import { useEffect, useMemo, useState } from 'preact/hooks';
import type { RegionCount, ReportSummary } from '@/lib/api/compare';
import { buildComparisonTable, diffTargets, peerStats } from '@/lib/compare';
import { diffTexts, type TextDiff } from '@/lib/diff';
import { type MessageError, request } from '@/lib/messages';
import type { FigureRecord, Indicator } from '@/lib/model';
import { NATIONAL } from '@/lib/regions';
import { ErrorNotice } from '../ErrorNotice';
import { indicatorName, t } from '../i18n';
import { ComparisonTable } from './ComparisonTable';
import { ExportBar } from './ExportBar';
import { mergePageFigures } from './pageFigures';
import { defaultYearPair, focusYear, indicatorsWithTarget, peerFilter, stepYear, visibleYears } from './helpers';
import { PeersView } from './PeersView';
import { RegionPicker } from './RegionPicker';
import { COMPARE_STYLES } from './styles';
import { TextDiffView } from './TextDiffView';
import { TrendCharts } from './TrendChart';
import { WhatChanged } from './WhatChanged';

export interface ComparisonViewProps {
  /** Any name or alias; null or absent opens on the picker alone. */
  region?: string | null;
  /** The year to centre on (a report's year); default the latest year with a target. */
  year?: number;
  /** The library page's full-size view: every year in the table, wider panels. The popup leaves it off (≤ 800 px). */
  wide?: boolean;
  /** Called when the reader picks another region (the popup remembers it). */
  onRegionChange?: (region: string) => void;
  /** The open page's confident figures not yet saved (the popup): shown as "from this page" where nothing is stored. */
  pageFigures?: readonly FigureRecord[];
}

/** Shortcuts under the empty picker: 全国, then the regions with the most records. */
function mostRecorded(regions: RegionCount[]): RegionCount[] {
  const rank = (r: RegionCount) => (r.region === NATIONAL ? Number.POSITIVE_INFINITY : r.count);
  return [...regions].sort((a, b) => rank(b) - rank(a)).slice(0, 16);
}

/** Years the popup's table shows at once; older ones are a click away, and every year is in the exports. */
const POPUP_YEARS = 4;

type Loaded = { region: string; records: FigureRecord[]; national: FigureRecord[]; years: number[]; fromPage?: number };

/**
 * A region's years compared: picker, indicators × years table, trends, what changed between two years (with a text
 * diff when both reports' texts are stored), peers, and exports. Shared by the popup and the library page.
 */
export function ComparisonView({
  region: initialRegion = null,
  year,
  wide = false,
  onRegionChange,
  pageFigures,
}: ComparisonViewProps) {
  const [region, setRegion] = useState<string | null>(initialRegion);
  const [regions, setRegions] = useState<RegionCount[] | null>(null);
  const [stored, setData] = useState<Loaded | null>(null);
  const data = useMemo<Loaded | null>(() => {
    if (!stored || !pageFigures?.length) return stored;
    const merged = mergePageFigures(stored.records, stored.years, pageFigures, stored.region);
    return merged.added ? { ...stored, records: merged.records, years: merged.years, fromPage: merged.added } : stored;
  }, [stored, pageFigures]);
  const [error, setError] = useState<MessageError | null>(null);
  const [lastShown, setLastShown] = useState<number | null>(null);

  useEffect(() => setRegion(initialRegion), [initialRegion]);

  useEffect(() => {
    let live = true;
    request('regionsWithRecords').then((reply) => {
      if (!live) return;
      if (reply.ok) setRegions(reply.data.regions);
      else setError(reply.error);
    });
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (!region) return;
    let live = true;
    setData(null);
    setLastShown(null);
    request('regionComparison', { region }).then((reply) => {
      if (!live) return;
      if (reply.ok) {
        setError(null);
        setData({
          region: reply.data.region,
          records: reply.data.records,
          national: reply.data.national,
          years: reply.data.years,
        });
      } else setError(reply.error);
    });
    return () => {
      live = false;
    };
  }, [region]);

  const pick = (next: string) => {
    setRegion(next);
    onRegionChange?.(next);
  };

  return (
    <div
      class={`rl-compare${wide ? ' rl-compare-wide' : ''}`}
      data-testid="comparison"
      data-region={data?.region ?? region ?? ''}
    >
      <style>{COMPARE_STYLES}</style>
      <div class="rl-row">
        <RegionPicker regions={regions ?? []} value={data?.region ?? region} onPick={pick} />
        {data && (
          <h2 style={{ margin: 0 }} data-testid="comparison-region">
            {data.region}
          </h2>
        )}
      </div>
      {error && <ErrorNotice error={error} />}
      {!region && !error && (
        <div data-testid="region-shortcuts">
          <p class="rl-muted">{t('cmpPickHelp')}</p>
          <div class="rl-row">
            {mostRecorded(regions ?? []).map((r) => (
              <button key={r.region} type="button" onClick={() => pick(r.region)}>
                {r.region}
              </button>
            ))}
          </div>
        </div>
      )}
      {region && !data && !error && <p class="rl-muted">{t('loading')}</p>}
      {data && data.records.length === 0 && <p class="rl-muted">{t('cmpNoFigures')}</p>}
      {data?.fromPage ? (
        <p class="rl-muted" data-testid="page-figures-note">
          <span class="rl-this-page">{t('cmpFromThisPage')}</span> {t('cmpPageFiguresNote', data.fromPage)}
        </p>
      ) : null}
      {data && data.records.length > 0 && (
        <Loaded data={data} year={year} wide={wide} lastShown={lastShown} setLastShown={setLastShown} />
      )}
    </div>
  );
}

function Loaded({
  data,
  year,
  wide,
  lastShown,
  setLastShown,
}: {
  data: Loaded;
  year?: number;
  wide: boolean;
  /** The newest year the popup's table shows; null: the focus year. */
  lastShown: number | null;
  setLastShown: (year: number | null) => void;
}) {
  const { region, records, national, years } = data;
  const full = useMemo(() => buildComparisonTable(records, { region }), [records, region]);
  // The national targets of the same years, drawn faintly behind a region's own in the trend charts.
  const nationalTable = useMemo(
    () => (national.length ? buildComparisonTable(national, { region: NATIONAL, years }) : null),
    [national, years],
  );
  const focus = focusYear(years, records, year);
  const shownYears = wide ? years : visibleYears(years, lastShown ?? focus, POPUP_YEARS);
  const newest = shownYears[shownYears.length - 1];
  const shown = useMemo(
    () => (shownYears.length === years.length ? full : buildComparisonTable(records, { region, years: shownYears })),
    [full, records, region, shownYears.join(',')],
  );
  const canEarlier = shownYears[0] > years[0];
  const canLater = shownYears[shownYears.length - 1] < years[years.length - 1];

  return (
    <>
      <section aria-labelledby="rl-cmp-table-h">
        <div class="rl-row">
          <h2 id="rl-cmp-table-h">{t('cmpTableHeading')}</h2>
          {!wide && years.length > POPUP_YEARS && (
            <>
              <button
                type="button"
                disabled={!canEarlier}
                onClick={() => setLastShown(stepYear(years, newest, -1))}
                aria-label={t('cmpEarlier')}
              >
                ‹ {t('cmpEarlier')}
              </button>
              <button
                type="button"
                disabled={!canLater}
                onClick={() => setLastShown(stepYear(years, newest, 1))}
                aria-label={t('cmpLater')}
              >
                {t('cmpLater')} ›
              </button>
            </>
          )}
        </div>
        <ComparisonTable table={shown} focusYear={focus} />
        <ExportBar table={full} />
      </section>
      <section aria-labelledby="rl-cmp-trend-h">
        <details open={wide}>
          <summary>
            <h2 id="rl-cmp-trend-h" style={{ display: 'inline' }}>
              {t('cmpTrends')}
            </h2>
          </summary>
          <TrendCharts rows={full.rows} national={nationalTable?.rows} />
        </details>
      </section>
      <Changes region={region} records={records} years={years} focus={focus} />
      <Peers region={region} years={years} focus={focus} table={full} />
    </>
  );
}

function YearSelect({
  label,
  value,
  years,
  onChange,
}: {
  label: string;
  value: number;
  years: number[];
  onChange: (y: number) => void;
}) {
  return (
    <label>
      {label}{' '}
      <select value={value} onChange={(e) => onChange(Number((e.currentTarget as HTMLSelectElement).value))}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The section both years share, preferring the full text. */
function commonSection(reports: ReportSummary[], a: number, b: number): { a: ReportSummary; b: ReportSummary } | null {
  const inA = reports.filter((r) => r.year === a);
  const inB = reports.filter((r) => r.year === b);
  const sections = inA.map((r) => r.section).filter((s) => inB.some((r) => r.section === s));
  const section = sections.includes('全文') ? '全文' : sections[0];
  if (section === undefined) return null;
  return { a: inA.find((r) => r.section === section)!, b: inB.find((r) => r.section === section)! };
}

function Changes({
  region,
  records,
  years,
  focus,
}: {
  region: string;
  records: FigureRecord[];
  years: number[];
  focus: number | null;
}) {
  const pair = defaultYearPair(years, focus);
  const [a, setA] = useState(pair?.[0] ?? 0);
  const [b, setB] = useState(pair?.[1] ?? 0);
  const [reports, setReports] = useState<ReportSummary[] | null>(null);
  const [textDiff, setTextDiff] = useState<TextDiff | 'loading' | null>(null);
  const [error, setError] = useState<MessageError | null>(null);

  useEffect(() => {
    const p = defaultYearPair(years, focus);
    if (p) {
      setA(p[0]);
      setB(p[1]);
    }
  }, [region, years.join(','), focus]);

  useEffect(() => {
    let live = true;
    request('listReports', { region }).then((reply) => {
      if (!live) return;
      if (reply.ok) setReports(reply.data.reports);
      else setError(reply.error);
    });
    return () => {
      live = false;
    };
  }, [region]);

  const both = reports ? commonSection(reports, a, b) : null;
  const bothKey = both ? `${both.a.id}|${both.b.id}|${both.a.updatedAt}|${both.b.updatedAt}` : '';

  useEffect(() => {
    setTextDiff(null);
    if (!both) return;
    let live = true;
    setTextDiff('loading');
    request('getReports', { ids: [both.a.id, both.b.id] }).then((reply) => {
      if (!live) return;
      if (!reply.ok) {
        setError(reply.error);
        setTextDiff(null);
        return;
      }
      const textOf = (id: string) => reply.data.reports.find((r) => r.id === id)?.text ?? '';
      // Let the "Comparing…" status paint before the (time-limited) diff runs.
      setTimeout(() => {
        if (live) setTextDiff(diffTexts(textOf(both.a.id), textOf(both.b.id)));
      }, 0);
    });
    return () => {
      live = false;
    };
  }, [bothKey]);

  if (!pair) return null;
  const diff = diffTargets(
    records.filter((r) => r.year === a),
    records.filter((r) => r.year === b),
  );
  const reportYears = new Set((reports ?? []).map((r) => r.year));
  return (
    <section aria-labelledby="rl-cmp-changes-h">
      <div class="rl-row">
        <h2 id="rl-cmp-changes-h">{t('cmpWhatChanged')}</h2>
        <YearSelect label={t('cmpFrom')} value={a} years={years} onChange={setA} />
        <YearSelect label={t('cmpTo')} value={b} years={years} onChange={setB} />
      </div>
      {a === b ? <p class="rl-muted">{t('cmpSameYear')}</p> : <WhatChanged diff={diff} />}
      {error && <ErrorNotice error={error} />}
      <h3>{t('cmpTextDiff')}</h3>
      {a !== b && both && textDiff === 'loading' && <p class="rl-status">{t('cmpComparingTexts')}</p>}
      {a !== b && both && textDiff && textDiff !== 'loading' && <TextDiffView diff={textDiff} yearA={a} yearB={b} />}
      {(!both || a === b) && (
        <p class="rl-muted" data-testid="text-diff-missing">
          {t('cmpNoTexts', a, b)}
          {reportYears.size > 0 && ` ${t('cmpTextsStored', [...reportYears].sort().join(', '))}`}
        </p>
      )}
    </section>
  );
}

function Peers({
  region,
  years,
  focus,
  table,
}: {
  region: string;
  years: number[];
  focus: number | null;
  table: ReturnType<typeof buildComparisonTable>;
}) {
  const [year, setYear] = useState(focus ?? years[years.length - 1]);
  const choices = indicatorsWithTarget(table, year);
  const [indicator, setIndicator] = useState<Indicator | null>(null);
  const chosen =
    indicator && choices.includes(indicator)
      ? indicator
      : (choices.find((i) => i === 'gdp_growth') ?? choices[0] ?? null);
  const [records, setRecords] = useState<FigureRecord[] | null>(null);
  const [error, setError] = useState<MessageError | null>(null);

  useEffect(() => setYear(focus ?? years[years.length - 1]), [region, focus]);

  useEffect(() => {
    if (!chosen) return;
    let live = true;
    setRecords(null);
    request('peerTargets', { year, indicator: chosen }).then((reply) => {
      if (!live) return;
      if (reply.ok) setRecords(reply.data.records);
      else setError(reply.error);
    });
    return () => {
      live = false;
    };
  }, [year, chosen]);

  const stats = useMemo(
    () =>
      records && chosen ? peerStats(records, { year, indicator: chosen, region, isPeer: peerFilter(region) }) : null,
    [records, chosen, year, region],
  );

  return (
    <section aria-labelledby="rl-cmp-peers-h">
      <div class="rl-row">
        <h2 id="rl-cmp-peers-h">{t('cmpPeers')}</h2>
        <YearSelect label={t('colYear')} value={year} years={years} onChange={setYear} />
        {choices.length > 0 && chosen && (
          <label>
            {t('colIndicator')}{' '}
            <select
              value={chosen}
              onChange={(e) => setIndicator((e.currentTarget as HTMLSelectElement).value as Indicator)}
            >
              {choices.map((i) => (
                <option key={i} value={i}>
                  {indicatorName(i)}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {error && <ErrorNotice error={error} />}
      {!chosen && <p class="rl-muted">{t('cmpNoTargetInYear', year)}</p>}
      {chosen && !stats && !error && <p class="rl-muted">{t('loading')}</p>}
      {stats && <PeersView stats={stats} region={region} />}
    </section>
  );
}
