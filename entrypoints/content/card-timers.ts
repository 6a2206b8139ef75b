// When a card opens and closes on its own: a short pause before a hovered mark's card opens (a pointer passing over
// opens nothing), a short grace before an unpinned card closes (the pointer can travel from the mark into the card),
// and a pinned card (opened by a click or Enter) stays until the user closes it. Framework-free and DOM-free.

/** A pointer resting on a mark this long opens its card. */
export const HOVER_OPEN_MS = 150;
/** An unpinned card closes this long after the pointer or focus left its mark, unless the pointer is in the card. */
export const CARD_CLOSE_GRACE_MS = 350;

type Timer = ReturnType<typeof setTimeout>;

export class CardTimers {
  private openTimer: Timer | undefined;
  private closeTimer: Timer | undefined;
  private pinnedCard = false;
  private pointerInCard = false;

  /** `close` is called when the grace runs out on an unpinned card the pointer is not in. */
  constructor(private readonly close: () => void) {}

  get pinned(): boolean {
    return this.pinnedCard;
  }

  /** The pointer came onto a mark: `open` runs after HOVER_OPEN_MS unless it leaves first. */
  hover(open: () => void): void {
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
    this.openTimer = setTimeout(open, HOVER_OPEN_MS);
  }

  /** The pointer left a mark: no pending open, and the card closes after the grace. */
  leave(): void {
    clearTimeout(this.openTimer);
    this.closeSoon();
  }

  /** Focus left a mark for somewhere that is not the card: an unpinned card closes after the grace. */
  blur(): void {
    if (!this.pinnedCard) this.closeSoon();
  }

  /** The pointer entered (true) or left (false) the card: inside, it stays open; leaving starts the grace. */
  pointer(inside: boolean): void {
    this.pointerInCard = inside;
    if (inside) clearTimeout(this.closeTimer);
    else this.closeSoon();
  }

  /** A card opened; `pin` (a click or Enter) keeps it open, and a pinned card stays pinned while it is open. */
  opened(pin: boolean): void {
    clearTimeout(this.closeTimer);
    this.pinnedCard = this.pinnedCard || pin;
  }

  /** The card closed: the next one starts unpinned. */
  closed(): void {
    this.pinnedCard = false;
  }

  /** Cancels whatever is pending (the page's marks are going away). */
  stop(): void {
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
  }

  private closeSoon(): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = setTimeout(() => {
      if (!this.pinnedCard && !this.pointerInCard) this.close();
    }, CARD_CLOSE_GRACE_MS);
  }
}
