// Cards: which mark's card is open, and the user's ways to open and close it — hover (after a pause), click and
// Enter (pinned: it stays until closed), keyboard focus, Escape, Tab out of the card on to the next mark — and where
// it sits. Only the user opens cards: a page's own dispatchEvent/.click() (isTrusted false) is ignored, and so is a
// focus the page's script caused (a script's mark.focus() is trusted; focus-intent.ts tells it from the user's Tab).
import type { CardTarget } from '@/components/overlay/OverlayApp';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CardTimers } from './card-timers';
import { FocusIntent } from './focus-intent';
import type { OverlayMarks } from './overlay-marks';
import type { OverlayView } from './overlay-view';
import { UI_HOST_NAME } from './ui-host';

export class CardController {
  private readonly timers = new CardTimers(() => this.close(false));
  private readonly intent = new FocusIntent();
  /** The first element of the mark whose card is open (focus returns to it). */
  private cardMark: HTMLElement | null = null;
  /** Set while our own code moves focus to a mark. */
  private ownFocus = false;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly view: OverlayView,
    private readonly marks: OverlayMarks,
  ) {}

  /** The mark of the open card, or null when no card is open. */
  get openMark(): HTMLElement | null {
    return this.view.state?.card ? this.cardMark : null;
  }

  open(el: HTMLElement, owner: CardTarget, pin: boolean): void {
    const state = this.view.state;
    if (!state || !this.marks.visible) return;
    this.timers.opened(pin);
    this.cardMark = this.marks.first(owner) ?? el;
    state.card = { target: owner, ...cardPosition(el.getBoundingClientRect()) };
    this.view.render();
  }

  close(returnFocus: boolean): void {
    const state = this.view.state;
    if (!state?.card) return;
    // Focus goes back to the mark before the card leaves the DOM: removing the focused card first would drop focus
    // to <body>. The focus this causes must not reopen the card.
    if (returnFocus && this.cardMark) this.focusMark(this.cardMark, false);
    state.card = null;
    this.timers.closed();
    this.view.render();
  }

  /** Focuses a mark from our own code: its card opens (`open`) or stays shut. */
  focusMark(el: HTMLElement, open: boolean, options?: FocusOptions): void {
    // The focus event this causes is ours, not the user's: it decides nothing.
    this.ownFocus = true;
    try {
      el.focus(options);
    } finally {
      this.ownFocus = false;
    }
    const hit = open ? this.marks.ownerOf(el) : null;
    if (hit) this.open(hit.el, hit.owner, false);
  }

  /** The pointer entered or left the card. */
  pointer(inside: boolean): void {
    this.timers.pointer(inside);
  }

  /** Tab past the card's last control: on to the next mark (its card opens); Shift+Tab: back to its own mark. */
  tabOut(direction: 1 | -1): void {
    const from = this.cardMark;
    const stops = this.marks.tabStops();
    const next = direction > 0 && from ? stops[stops.indexOf(from) + 1] : undefined;
    if (!next) {
      this.close(true);
      return;
    }
    this.close(false);
    this.focusMark(next, true);
  }

  /** Scrolls to a mark and focuses it with its card open (the page panel's "go to"). */
  goTo(el: HTMLElement): void {
    el.scrollIntoView({ block: 'center' });
    // Focus after the scroll's event has passed (a scroll closes an unpinned card), so the card opens at the mark.
    requestAnimationFrame(() => requestAnimationFrame(() => this.focusMark(el, true, { preventScroll: true })));
  }

  /** Cancels pending opens and closes (the marks are going away). */
  stop(): void {
    this.timers.stop();
  }

  listen(): void {
    const { ctx } = this;
    this.intent.watch(window, ctx.signal);
    ctx.addEventListener(document, 'mouseover', (event) => {
      if (!event.isTrusted) return;
      const hit = this.marks.ownerOf(event.target);
      if (hit) this.timers.hover(() => this.open(hit.el, hit.owner, false));
    });
    ctx.addEventListener(document, 'mouseout', (event) => {
      if (this.marks.ownerOf(event.target)) this.timers.leave();
    });
    ctx.addEventListener(document, 'focusin', (event) => {
      if (!event.isTrusted || this.ownFocus) return;
      const hit = this.marks.ownerOf(event.target);
      if (hit && this.intent.fromUser()) this.open(hit.el, hit.owner, false);
    });
    ctx.addEventListener(document, 'focusout', (event) => {
      const next = (event as FocusEvent).relatedTarget;
      const intoCard = next instanceof Element && next.tagName.toLowerCase() === UI_HOST_NAME;
      if (this.marks.ownerOf(event.target) && !intoCard) this.timers.blur();
    });
    ctx.addEventListener(document, 'click', (event) => {
      if (!event.isTrusted) return;
      const hit = this.marks.ownerOf(event.target);
      if (hit) this.open(hit.el, hit.owner, true);
    });
    ctx.addEventListener(document, 'keydown', (event) => {
      if (!event.isTrusted) return;
      const key = (event as KeyboardEvent).key;
      if (key === 'Escape' && this.view.state?.card) {
        event.stopPropagation();
        this.close(true);
        return;
      }
      const hit = this.marks.ownerOf(event.target);
      if (hit && (key === 'Enter' || key === ' ')) {
        event.preventDefault();
        this.open(hit.el, hit.owner, true);
        this.focusCard();
      }
    });
    ctx.addEventListener(
      window,
      'scroll',
      () => {
        const state = this.view.state;
        if (!state?.card || !this.cardMark) return;
        if (!this.timers.pinned) return this.close(false);
        state.card = { ...state.card, ...cardPosition(this.cardMark.getBoundingClientRect()) };
        this.view.render();
      },
      { passive: true, capture: true },
    );
  }

  /** Moves focus into the open card: onto its title, so a screen reader starts with what the card is about. */
  private focusCard(): void {
    requestAnimationFrame(() => {
      const card = this.view.query('[data-testid="card"]');
      (card?.querySelector<HTMLElement>('.rl-card-title') ?? card)?.focus();
    });
  }
}

/** Below the mark when there is room, else above; kept inside the viewport. */
export function cardPosition(
  rect: DOMRect,
  viewport = { width: window.innerWidth, height: window.innerHeight },
): { top: number; left: number } {
  const width = Math.min(340, viewport.width - 16);
  const left = Math.max(8, Math.min(rect.left, viewport.width - width - 8));
  const below = rect.bottom + 6;
  const top = below + 260 < viewport.height || rect.top < 280 ? below : Math.max(8, rect.top - 6 - 300);
  return { top, left };
}
