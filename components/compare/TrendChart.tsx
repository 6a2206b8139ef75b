import { useState } from 'preact/hooks';
import { type ComparisonRow, isRateUnit, trendSeries } from '@/lib/compare';
import { indicatorName, t } from '../i18n';
import { scale } from './helpers';
import { yearHotspots } from './YearHotspots';

const W = 220;
const H = 74;
const PAD = { left: 28, right: 10, top: 6, bottom: 16 };

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100));

/**
 * One indicator's targets (hollow diamonds, a bar for a range, dashed line) against its results (dots, solid line)
 * over the years, every value in one unit (`trendSeries`: 1.4万亿斤 and 14130亿斤 on the same axis). Years without
 * a number are gaps, never zero. The figure's text alternative lists the values.
 */
export function TrendChart({ row, national }: { row: ComparisonRow; national?: ComparisonRow }) {
  const activeYear = useState<number | null>(null);
  const series = trendSeries(row.cells);
  if (series.points.length < 2 || series.unit === null) return null;
  const first = series.points[0].year;
  const last = series.points[series.points.length - 1].year;
  // The national targets in the same unit and years, for rates only: a national amount (1200万人) beside a
  // province's (110万人) would flatten the province's line.
  const reference =
    national && isRateUnit(series.unit)
      ? trendSeries(national.cells, series.unit).points.filter((p) => p.target && p.year >= first && p.year <= last)
      : [];
  const values = [
    ...series.points.flatMap((p) => [
      ...(p.target ? [p.target.low, p.target.high] : []),
      ...(p.result ? [p.result.value] : []),
    ]),
    ...reference.map((p) => (p.target!.low + p.target!.high) / 2),
  ];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = (hi - lo) * 0.1 || Math.abs(hi) * 0.1 || 1;
  const [ylo, yhi] = [lo - pad, hi + pad];
  const x = (year: number) => PAD.left + scale(year, first, last, W - PAD.left - PAD.right);
  const y = (v: number) => H - PAD.bottom - scale(v, ylo, yhi, H - PAD.top - PAD.bottom);
  const line = (pts: [number, number][]) =>
    pts.map(([a, b], i) => `${i ? 'L' : 'M'}${a.toFixed(1)},${b.toFixed(1)}`).join(' ');
  const tPath = line(
    series.points.filter((p) => p.target).map((p) => [x(p.year), y((p.target!.low + p.target!.high) / 2)]),
  );
  const rPath = line(series.points.filter((p) => p.result).map((p) => [x(p.year), y(p.result!.value)]));
  const nPath =
    reference.length > 1 ? line(reference.map((p) => [x(p.year), y((p.target!.low + p.target!.high) / 2)])) : '';
  const name = indicatorName(row.indicator);
  const labels = series.points.map((p) => {
    const target = p.target
      ? p.target.low === p.target.high
        ? fmt(p.target.low)
        : `${fmt(p.target.low)}–${fmt(p.target.high)}`
      : '—';
    return {
      year: p.year,
      label: `${p.year}: ${t('cardTarget')} ${target}, ${t('cardResult')} ${p.result ? fmt(p.result.value) : '—'} ${series.unit}`,
    };
  });
  const hot = yearHotspots(labels, x, { top: 0, height: H - PAD.bottom, width: W }, activeYear);
  return (
    <figure class="rl-trend-chart" data-indicator={row.indicator}>
      <figcaption>
        {name} <span class="rl-muted">({series.unit})</span>
      </figcaption>
      <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`}>
        <title>{`${name} (${series.unit})`}</title>
        <text x={0} y={y(hi) + 3} class="rl-axis">
          {fmt(hi)}
        </text>
        <text x={0} y={y(lo) + 3} class="rl-axis">
          {fmt(lo)}
        </text>
        <line x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} class="rl-grid" />
        {hot.cursor}
        {nPath && (
          <path d={nPath} class="rl-nline">
            <title>{t('cmpNationalTarget')}</title>
          </path>
        )}
        {tPath && <path d={tPath} class="rl-tline" />}
        {rPath && <path d={rPath} class="rl-rline" />}
        {series.points.map((p) =>
          p.target ? (
            <g key={`t${p.year}`}>
              {p.target.high !== p.target.low && (
                <line x1={x(p.year)} x2={x(p.year)} y1={y(p.target.low)} y2={y(p.target.high)} class="rl-trange" />
              )}
              <rect
                x={x(p.year) - 3.5}
                y={y((p.target.low + p.target.high) / 2) - 3.5}
                width={7}
                height={7}
                class="rl-tdot"
                transform={`rotate(45 ${x(p.year)} ${y((p.target.low + p.target.high) / 2)})`}
              />
            </g>
          ) : null,
        )}
        {series.points.map((p) =>
          p.result ? (
            <circle
              key={`r${p.year}`}
              cx={x(p.year)}
              cy={y(p.result.value)}
              r={3}
              class={`rl-rdot${p.result.estimate ? ' rl-est-dot' : ''}`}
            />
          ) : null,
        )}
        {series.points.map((p) => (
          <text key={p.year} x={x(p.year)} y={H - 3} class="rl-axis" text-anchor="middle">
            {String(p.year).slice(2)}
          </text>
        ))}
        {hot.columns}
      </svg>
      {hot.tip}
    </figure>
  );
}

/** Small multiples: one chart per indicator that has at least two years with a number. */
export function TrendCharts({ rows, national }: { rows: ComparisonRow[]; national?: ComparisonRow[] }) {
  return (
    <div>
      <p class="rl-muted">
        <span class="rl-key-t">◇ {t('cardTrendTarget')}</span> · <span class="rl-key-r">● {t('cardTrendResult')}</span>
        {national && national.length > 0 && <span class="rl-key-n"> · ┄ {t('cmpNationalTarget')}</span>}
      </p>
      <div class="rl-trends" data-testid="trends">
        {rows.map((row) => (
          <TrendChart key={row.indicator} row={row} national={national?.find((n) => n.indicator === row.indicator)} />
        ))}
      </div>
    </div>
  );
}
