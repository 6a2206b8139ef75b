import type { PeerPoint, PeerStats } from '@/lib/compare';
import { formatFigure } from '@/lib/compare';
import { t } from '../i18n';
import { FigureLink } from './ComparisonTable';
import { scale } from './helpers';

const W = 340;
const PAD = 14;
/** Room under the dots: the axis line, then the axis labels (9 px text). */
const AXIS = 12;
const LABEL = 10;
const STEP = 7;
const R_OWN = 4.5;

const fmt = (n: number) => String(Math.round(n * 100) / 100);

/** Rough width of a 9 px label: CJK characters are square, the rest about half as wide. */
export const labelWidth = (text: string) => [...text].reduce((w, c) => w + (/[\u3000-\u9fff]/.test(c) ? 9 : 5.5), 0);

export interface PeerPlot {
  height: number;
  dots: { p: PeerPoint; cx: number; cy: number }[];
  /** Axis labels: inside the plot's width, never over each other or over a dot. */
  labels: { x: number; anchor: 'start' | 'middle' | 'end'; text: string }[];
  x: (v: number) => number;
}

/**
 * Where the peers plot draws things. Ties stack upward, and the plot grows with the tallest stack instead of
 * drawing dots off its top; the lowest and highest values label the ends of the axis, anchored inward so they stay
 * inside the plot, and one label only when they would touch (all peers on one value).
 */
export function peerPlot(peers: readonly PeerPoint[], lo: number, hi: number, unit: string): PeerPlot {
  const x = (v: number) => PAD + scale(v, lo, hi, W - 2 * PAD);
  const stack = new Map<number, number>();
  let tallest = 0;
  const levels = peers.map((p) => {
    const key = Math.round(x(p.value) / STEP);
    const level = stack.get(key) ?? 0;
    stack.set(key, level + 1);
    tallest = Math.max(tallest, level);
    return level;
  });
  const base = R_OWN + 2 + tallest * STEP;
  const height = base + AXIS + LABEL;
  const dots = peers.map((p, i) => ({ p, cx: x(p.value), cy: base - levels[i] * STEP }));
  const loText = `${fmt(lo)}${unit}`;
  const hiText = `${fmt(hi)}${unit}`;
  const touch = hi <= lo || labelWidth(loText) + labelWidth(hiText) + 8 > W;
  const labels: PeerPlot['labels'] = touch
    ? [{ x: W / 2, anchor: 'middle', text: loText }]
    : [
        { x: 0, anchor: 'start', text: loText },
        { x: W, anchor: 'end', text: hiText },
      ];
  return { height, dots, labels, x };
}

/**
 * This region's target among its peers: the median, its rank, the national target, and a dot plot (peers grey,
 * this region in the accent colour, the national target a blue bar, the median dashed). Ties stack upward.
 */
export function PeersView({ stats, region }: { stats: PeerStats; region: string }) {
  const all = [...stats.peers, ...(stats.national ? [stats.national] : [])];
  if (all.length === 0) return <p class="rl-muted">{t('cmpNoPeers')}</p>;
  const lo = Math.min(...all.map((p) => p.low));
  const hi = Math.max(...all.map((p) => p.high));
  const unit = stats.unit ?? '';
  const { height: H, dots, labels, x } = peerPlot(stats.peers, lo, hi, unit);
  const axisY = H - LABEL - AXIS / 2;
  const own = stats.region;
  return (
    <div class="rl-peers" data-testid="peers">
      <dl>
        <dt>{region}</dt>
        <dd data-testid="peers-own">{own ? <FigureLink record={own.record} /> : t('cmpMissing')}</dd>
        {region !== stats.national?.region && (
          <>
            <dt>{t('cmpNational')}</dt>
            <dd>{stats.national ? <FigureLink record={stats.national.record} /> : t('cmpMissing')}</dd>
          </>
        )}
        <dt>{t('cmpMedian')}</dt>
        <dd>
          {stats.median === null ? '—' : `${fmt(stats.median)}${unit}`}{' '}
          <span class="rl-muted">({t('cmpPeerCount', stats.count)})</span>
        </dd>
        {stats.rank !== null && (
          <>
            <dt>{t('cmpRank')}</dt>
            <dd data-testid="peers-rank">{t('cmpRankOf', stats.rank, stats.count)}</dd>
          </>
        )}
      </dl>
      <svg
        width={W}
        height={H}
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={t('cmpPeersChart', stats.count, stats.median === null ? '—' : `${fmt(stats.median)}${unit}`)}
      >
        <line x1={PAD} x2={W - PAD} y1={axisY} y2={axisY} class="rl-grid" stroke="currentColor" opacity={0.3} />
        {stats.median !== null && (
          <line x1={x(stats.median)} x2={x(stats.median)} y1={2} y2={axisY + 2} class="rl-median" />
        )}
        {stats.national && (
          <line x1={x(stats.national.value)} x2={x(stats.national.value)} y1={0} y2={axisY + 2} class="rl-nat" />
        )}
        {dots.map(({ p, cx, cy }) => (
          <circle
            key={p.region}
            cx={cx}
            cy={cy}
            r={p.region === region ? 4.5 : 3}
            class={`rl-pdot${p.region === region ? ' rl-own' : ''}`}
          >
            <title>{`${p.region} ${formatFigure(p.record)}`}</title>
          </circle>
        ))}
        {labels.map((l) => (
          <text key={l.anchor} x={l.x} y={H - 1} class="rl-axis" text-anchor={l.anchor} data-testid="peers-axis-label">
            {l.text}
          </text>
        ))}
      </svg>
      <details>
        <summary>{t('cmpPeerList')}</summary>
        <ol>
          {stats.peers.map((p: PeerPoint) => (
            <li key={p.region} class={p.region === region ? 'rl-own' : undefined}>
              {p.region} <FigureLink record={p.record} />
            </li>
          ))}
        </ol>
      </details>
      {stats.excluded.length > 0 && <p class="rl-muted">{t('cmpPeersExcluded', stats.excluded.length)}</p>}
    </div>
  );
}
