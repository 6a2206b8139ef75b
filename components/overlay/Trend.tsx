import { useState } from 'preact/hooks';
import { convert, type YearFigures } from '@/lib/compare';
import type { FigureRecord } from '@/lib/model';
import { yearHotspots } from '../compare/YearHotspots';
import { t } from '../i18n';

const W = 300;
const H = 84;
const PAD = { left: 30, right: 16, top: 8, bottom: 18 };

/** A small chart of targets (hollow, with their range) against results (filled) over the years. */
export function Trend({
  years,
  current,
  unit,
}: {
  years: YearFigures[];
  current?: { year: number; value: number; valueMax?: number };
  /** Every point is drawn in this unit (1.4万亿斤 and 14130亿斤 on one axis); figures that do not scale are left out. */
  unit: string;
}) {
  const activeYear = useState<number | null>(null);
  const inUnit = (r: FigureRecord | null) => {
    if (!r || r.value === undefined) return null;
    const value = convert(r.value, r.unit, unit);
    if (value === null) return null;
    const valueMax = r.valueMax === undefined ? undefined : (convert(r.valueMax, r.unit, unit) ?? undefined);
    return { value, valueMax };
  };
  const points = years
    .map((y) => ({ year: y.year, target: inUnit(y.target), result: inUnit(y.result) }))
    .filter((p) => p.target !== null || p.result !== null);
  const all: number[] = [];
  for (const p of points) {
    if (p.target) all.push(p.target.value, p.target.valueMax ?? p.target.value);
    if (p.result) all.push(p.result.value);
  }
  if (current) all.push(current.value, current.valueMax ?? current.value);
  const yearsShown = [...new Set([...points.map((p) => p.year), ...(current ? [current.year] : [])])].sort(
    (a, b) => a - b,
  );
  // The hover/focus tip of each year.
  const describe = (yr: number) => {
    const p = points.find((q) => q.year === yr);
    const range = (f: { value: number; valueMax?: number } | null | undefined) =>
      !f
        ? '—'
        : f.valueMax === undefined || f.valueMax === f.value
          ? fmt(f.value)
          : `${fmt(f.value)}–${fmt(f.valueMax)}`;
    const target = current && current.year === yr ? current : p?.target;
    return `${yr}: ${t('cardTarget')} ${range(target)}, ${t('cardResult')} ${range(p?.result)} ${unit}`;
  };
  const first = yearsShown[0] ?? 0;
  const lastYear = yearsShown[yearsShown.length - 1] ?? 0;
  const xOf = (year: number) =>
    PAD.left + ((year - first) / Math.max(1, lastYear - first)) * (W - PAD.left - PAD.right);
  const hot = yearHotspots(
    yearsShown.map((yr) => ({ year: yr, label: describe(yr) })),
    xOf,
    { top: 0, height: H - PAD.bottom, width: W },
    activeYear,
  );
  if (yearsShown.length < 2 || all.length < 2) return null;
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  const span = hi - lo || 1;
  const x = xOf;
  const y = (v: number) => PAD.top + (1 - (v - lo) / span) * (H - PAD.top - PAD.bottom);
  const resultPath = points
    .filter((p) => p.result)
    .map((p, i) => `${i ? 'L' : 'M'}${x(p.year).toFixed(1)},${y(p.result!.value).toFixed(1)}`)
    .join(' ');
  return (
    <figure class="rl-trend">
      <figcaption>
        {t('cardTrend')} <span class="rl-key rl-key-target">◇ {t('cardTrendTarget')}</span>{' '}
        <span class="rl-key rl-key-result">● {t('cardTrendResult')}</span>
      </figcaption>
      <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`}>
        <title>{t('cardTrend')}</title>
        <text x={2} y={y(hi) + 4} class="rl-axis">
          {fmt(hi)}
        </text>
        <text x={2} y={y(lo) + 4} class="rl-axis">
          {fmt(lo)}
        </text>
        <line x1={PAD.left} x2={W - PAD.right} y1={y(lo)} y2={y(lo)} class="rl-grid" />
        {hot.cursor}
        {resultPath && <path d={resultPath} class="rl-result-line" />}
        {points.map((p) =>
          p.target ? (
            <g key={`t${p.year}`}>
              {p.target.valueMax !== undefined && (
                <line
                  x1={x(p.year)}
                  x2={x(p.year)}
                  y1={y(p.target.value)}
                  y2={y(p.target.valueMax)}
                  class="rl-target-range"
                />
              )}
              <rect
                x={x(p.year) - 4}
                y={y(p.target.valueMax ?? p.target.value) - 4}
                width={8}
                height={8}
                class="rl-target-dot"
                transform={`rotate(45 ${x(p.year)} ${y(p.target.valueMax ?? p.target.value)})`}
              />
            </g>
          ) : null,
        )}
        {points.map((p) =>
          p.result ? (
            <circle key={`r${p.year}`} cx={x(p.year)} cy={y(p.result.value)} r={3.5} class="rl-result-dot" />
          ) : null,
        )}
        {current && (
          <rect
            x={x(current.year) - 4}
            y={y(current.valueMax ?? current.value) - 4}
            width={8}
            height={8}
            class="rl-target-dot rl-current"
            transform={`rotate(45 ${x(current.year)} ${y(current.valueMax ?? current.value)})`}
          />
        )}
        {yearsShown.map((yr) => (
          <text key={yr} x={x(yr)} y={H - 4} class="rl-axis" text-anchor="middle">
            {yr}
          </text>
        ))}
        {hot.columns}
      </svg>
      {hot.tip}
    </figure>
  );
}

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
