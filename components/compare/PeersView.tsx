import type { PeerPoint, PeerStats } from '@/lib/compare';
import { formatFigure } from '@/lib/compare';
import { t } from '../i18n';
import { FigureLink } from './ComparisonTable';
import { scale } from './helpers';

const W = 340;
const H = 46;
const PAD = 14;

const fmt = (n: number) => String(Math.round(n * 100) / 100);

/**
 * This region's target among its peers: the median, its rank, the national target, and a dot plot (peers grey,
 * this region in the accent colour, the national target a blue bar, the median dashed). Ties stack upward.
 */
export function PeersView({ stats, region }: { stats: PeerStats; region: string }) {
  const all = [...stats.peers, ...(stats.national ? [stats.national] : [])];
  if (all.length === 0) return <p class="rl-muted">{t('cmpNoPeers')}</p>;
  const lo = Math.min(...all.map((p) => p.low));
  const hi = Math.max(...all.map((p) => p.high));
  const x = (v: number) => PAD + scale(v, lo, hi, W - 2 * PAD);
  const stack = new Map<number, number>();
  const dots = stats.peers.map((p) => {
    const key = Math.round(x(p.value));
    const level = stack.get(key) ?? 0;
    stack.set(key, level + 1);
    return { p, cx: x(p.value), cy: H - 16 - level * 6 };
  });
  const unit = stats.unit ?? '';
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
          {stats.median === null ? '—' : `${fmt(stats.median)}${unit}`} <span class="rl-muted">({t('cmpPeerCount', stats.count)})</span>
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
        <line x1={PAD} x2={W - PAD} y1={H - 12} y2={H - 12} class="rl-grid" stroke="currentColor" opacity={0.3} />
        {stats.median !== null && <line x1={x(stats.median)} x2={x(stats.median)} y1={4} y2={H - 10} class="rl-median" />}
        {stats.national && <line x1={x(stats.national.value)} x2={x(stats.national.value)} y1={2} y2={H - 10} class="rl-nat" />}
        {dots.map(({ p, cx, cy }) => (
          <circle key={p.region} cx={cx} cy={cy} r={p.region === region ? 4.5 : 3} class={`rl-pdot${p.region === region ? ' rl-own' : ''}`}>
            <title>{`${p.region} ${formatFigure(p.record)}`}</title>
          </circle>
        ))}
        <text x={PAD} y={H} class="rl-axis" text-anchor="middle">{`${fmt(lo)}${unit}`}</text>
        <text x={W - PAD} y={H} class="rl-axis" text-anchor="middle">{`${fmt(hi)}${unit}`}</text>
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
