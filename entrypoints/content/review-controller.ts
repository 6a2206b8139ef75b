// The review list (Save all, a card's Save) and the one-reading editor (a card's Edit), and the user's corrections
// of the page ("This reading is wrong", the page's region and year). Nothing is saved before the user confirms; a
// correction makes the page be read again so marks and cards show the corrected readings.
import { t } from '@/components/i18n';
import type { ReviewState } from '@/components/overlay/OverlayApp';
import { type ReviewRow, reviewOutcome, reviewRows } from '@/components/overlay/review';
import type { CorrectionChange } from '@/lib/corrections';
import { request } from '@/lib/messages';
import type { CardController } from './card-controller';
import { saveCorrection } from './corrections';
import type { OverlayView } from './overlay-view';

export interface ReviewHooks {
  /** Reads the page again from scratch (after a correction). */
  reread(): Promise<void>;
  /** Asks again how the statements compare (after saving) and recolours the marks. */
  recompare(): Promise<void>;
}

export class ReviewController {
  /** Each statement's key on the page (lib/corrections), by index. */
  private keys: string[] = [];
  /** The mark whose card opened the review list (focus goes back to it), or null when the badge did. */
  private returnTo: HTMLElement | null = null;

  constructor(
    private readonly view: OverlayView,
    private readonly card: CardController,
    private readonly hooks: ReviewHooks,
  ) {}

  /** The statements now on the page have these keys. */
  setKeys(keys: string[]): void {
    this.keys = keys;
  }

  /** Opens the review list (Save all, or one card's Save) or the one-reading editor (a card's Edit). */
  open(mode: ReviewState['mode'], indices: number[]): void {
    const state = this.view.state;
    if (!state) return;
    // Opened from a card, focus returns to its mark afterwards; from the badge, to the badge.
    this.returnTo = this.card.openMark;
    this.card.close(false);
    state.review = {
      mode,
      rows: reviewRows(indices.map((index) => ({ statement: state.statements[index], key: this.keys[index], index }))),
    };
    this.view.render();
  }

  change(rows: ReviewRow[]): void {
    const state = this.view.state;
    if (state?.review) state.review = { ...state.review, rows, error: undefined };
    this.view.render();
  }

  cancel(): void {
    const state = this.view.state;
    if (!state?.review) return;
    state.review = null;
    this.view.render();
    this.focusAfter();
  }

  /**
   * Confirms the review: edited readings are remembered for the page, ticked rows are saved as edited. Nothing is
   * saved before this. The page is then read again so marks and cards show the corrected readings.
   */
  async confirm(): Promise<void> {
    const state = this.view.state;
    const review = state?.review;
    if (!state || !review || review.busy) return;
    const outcome = reviewOutcome(review.rows, state.statements);
    if (!outcome.ok) return;
    state.review = { ...review, busy: true, error: undefined };
    this.view.render();
    for (const edit of outcome.edits) {
      const error = await saveCorrection(location.href, { type: 'edit', edit });
      if (error) return this.failed(t('errorReach', error));
    }
    let note: string | undefined;
    if (review.mode === 'save') {
      const reply = await request('saveStatements', {
        statements: outcome.statements,
        source: { url: location.href, title: document.title },
      });
      if (!reply.ok) return this.failed(t('errorReach', reply.error.message));
      note = t('badgeSavedAll', reply.data.saved);
    }
    if (this.view.state !== state) return;
    state.review = null;
    if (outcome.edits.length) {
      await this.hooks.reread();
      if (note && this.view.state) this.view.state.badge.note = note;
      this.view.render();
    } else {
      state.badge.note = note;
      if (review.mode === 'save' && review.rows.length === 1)
        state.saveStates = { ...state.saveStates, [review.rows[0].index]: 'saved' };
      this.view.render();
      this.focusAfter();
      await this.hooks.recompare();
    }
  }

  /** "This reading is wrong": remembered for the page, and its mark goes. */
  async markWrong(index: number): Promise<void> {
    const key = this.keys[index];
    if (key === undefined) return;
    await this.correct({ type: 'hide', key });
  }

  /** Stores one correction of the page, then reads the page again with every correction. */
  async correct(change: CorrectionChange): Promise<void> {
    const error = await saveCorrection(location.href, change);
    if (error) return this.view.note(t('errorReach', error));
    await this.hooks.reread();
  }

  private failed(error: string): void {
    const state = this.view.state;
    if (state?.review) state.review = { ...state.review, busy: false, error };
    this.view.render();
  }

  /** When the review list closes, focus goes back where it came from: the card's mark, or the badge's Save all. */
  private focusAfter(): void {
    const mark = this.returnTo;
    this.returnTo = null;
    if (mark?.isConnected) this.card.focusMark(mark, false);
    else this.view.query('[data-action="save-all"]')?.focus();
  }
}
