import type { PageComparison } from '@/lib/api/page';
import type { Statement } from '@/lib/model';
import { Badge, type BadgeActions, type BadgeFacts } from '../Badge';
import { t } from '../i18n';
import { type CardActions, StatementCard } from './StatementCard';
import { TopicCard } from './TopicCard';

export type CardTarget = { type: 'statement'; index: number } | { type: 'topic'; index: number };

export interface OpenCard {
  target: CardTarget;
  /** Where the card goes (viewport coordinates), computed from the mark's rectangle. */
  top: number;
  left: number;
}

export interface OverlayState {
  statements: Statement[];
  comparison: PageComparison | null;
  badge: { facts: BadgeFacts; visible: boolean } & Omit<BadgeActions, 'onDismiss'>;
  card: OpenCard | null;
  saveStates: Record<number, CardActions['saveState']>;
  /** Opens the library's comparison for a region (through the background: no extension URL in the page). */
  onCompare: (region: string) => void;
}

export interface OverlayCallbacks {
  onDismissBadge: () => void;
  onCloseCard: () => void;
  onSave: (index: number) => void;
  onCardPointer: (inside: boolean) => void;
}

/** Everything the overlay shows inside the shadow root: the badge and at most one card. */
export function OverlayApp({ state, on }: { state: OverlayState; on: OverlayCallbacks }) {
  const { card } = state;
  let body = null;
  if (card?.target.type === 'statement') {
    const index = card.target.index;
    const comparison = state.comparison?.comparisons[index];
    const statement = state.statements[index];
    if (comparison && statement) {
      body = (
        <StatementCard
          comparison={comparison}
          actions={{
            onSave: () => on.onSave(index),
            saveState: state.saveStates[index] ?? 'idle',
            onCompare: () => state.onCompare(statement.region),
          }}
        />
      );
    } else if (statement) {
      body = <p class="rl-muted">{t('loading')}</p>;
    }
  } else if (card?.target.type === 'topic') {
    const mention = state.comparison?.topics[card.target.index];
    if (mention) body = <TopicCard term={mention.term} proposals={state.comparison?.proposals[mention.term] ?? []} />;
  }
  return (
    <>
      {state.badge.visible && <Badge facts={state.badge.facts} actions={{ ...state.badge, onDismiss: on.onDismissBadge }} />}
      {card && body && (
        <div
          class="rl-card"
          role="dialog"
          aria-label={t('extName')}
          data-testid="card"
          tabIndex={-1}
          style={{ top: `${card.top}px`, left: `${card.left}px` }}
          onMouseEnter={() => on.onCardPointer(true)}
          onMouseLeave={() => on.onCardPointer(false)}
        >
          <button type="button" class="rl-card-close" aria-label={t('cardClose')} title={t('cardClose')} onClick={on.onCloseCard}>
            ×
          </button>
          {body}
        </div>
      )}
    </>
  );
}
