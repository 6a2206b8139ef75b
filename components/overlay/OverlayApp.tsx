import type { PageComparison } from '@/lib/api/page';
import type { Statement } from '@/lib/model';
import { Badge, type BadgeActions, type BadgeFacts } from '../Badge';
import { t } from '../i18n';
import { PagePanel } from './PagePanel';
import type { ReviewRow } from './review';
import { ReviewList } from './ReviewList';
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
  /** Readings the user corrected on this page (by statement index). */
  edited: ReadonlySet<number>;
  /** The review list or the one-reading editor, when open. */
  review: ReviewState | null;
  /** The page panel (every statement by region) is open. */
  panelOpen: boolean;
}

export interface ReviewState {
  mode: 'save' | 'edit';
  rows: ReviewRow[];
  busy?: boolean;
  error?: string;
}

export interface OverlayCallbacks {
  onDismissBadge: () => void;
  onCloseCard: () => void;
  onSave: (index: number) => void;
  onCardPointer: (inside: boolean) => void;
  onWrong: (index: number) => void;
  onEdit: (index: number) => void;
  onReviewChange: (rows: ReviewRow[]) => void;
  onReviewConfirm: () => void;
  onReviewCancel: () => void;
  onGoToMark: (index: number) => void;
  onClosePanel: () => void;
  /** Tab past the card's last control (1: on to the next mark) or Shift+Tab before its first (-1: back to its mark). */
  onTabOut: (direction: 1 | -1) => void;
}

/** Keeps the keyboard moving through the page: Tab from the card's last control goes on to the next mark. */
function cardKeys(event: KeyboardEvent, onTabOut: OverlayCallbacks['onTabOut']) {
  if (event.key !== 'Tab') return;
  const card = event.currentTarget as HTMLElement;
  const controls = [...card.querySelectorAll<HTMLElement>('button:not([disabled]), a[href], input, select')];
  const active = (card.getRootNode() as Document | ShadowRoot).activeElement;
  const first = [card, card.querySelector('.rl-card-title'), controls[0]];
  if (!event.shiftKey && active === controls[controls.length - 1]) {
    event.preventDefault();
    onTabOut(1);
  } else if (event.shiftKey && first.includes(active as HTMLElement)) {
    event.preventDefault();
    onTabOut(-1);
  }
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
            onWrong: () => on.onWrong(index),
            onEdit: () => on.onEdit(index),
            edited: state.edited.has(index),
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
      {state.badge.visible && (
        <Badge facts={state.badge.facts} actions={{ ...state.badge, onDismiss: on.onDismissBadge }} />
      )}
      {card && body && (
        <div
          class="rl-card"
          role="dialog"
          aria-label={t('extName')}
          data-testid="card"
          tabIndex={-1}
          // Never taller than the room below its top: the whole card (and its last button) stays reachable.
          style={{
            top: `${card.top}px`,
            left: `${card.left}px`,
            maxHeight: `calc(100vh - ${Math.round(card.top) + 8}px)`,
          }}
          onKeyDown={(e) => cardKeys(e, on.onTabOut)}
          onMouseEnter={() => on.onCardPointer(true)}
          onMouseLeave={() => on.onCardPointer(false)}
        >
          <button
            type="button"
            class="rl-card-close"
            aria-label={t('cardClose')}
            title={t('cardClose')}
            onClick={on.onCloseCard}
          >
            ×
          </button>
          {body}
        </div>
      )}
      {state.panelOpen && (
        <PagePanel
          statements={state.statements}
          comparisons={state.comparison?.comparisons ?? null}
          mainRegion={state.badge.facts.region}
          onGo={on.onGoToMark}
          onClose={on.onClosePanel}
        />
      )}
      {state.review && (
        <ReviewList
          mode={state.review.mode}
          rows={state.review.rows}
          statements={state.statements}
          busy={state.review.busy}
          error={state.review.error}
          onChange={on.onReviewChange}
          onConfirm={on.onReviewConfirm}
          onCancel={on.onReviewCancel}
        />
      )}
    </>
  );
}
