// Did the user move focus, or did a script? A page can call mark.focus() (or make a focus happen some other way),
// and the focus event that follows is trusted like the user's own, so isTrusted cannot tell. What a script cannot
// forge is a trusted key press or pointer press: the user's Tab, Shift+Tab or arrow key, or a press of the mouse or
// finger, seen at window level in the capture phase just before the focus. A focus with none of those behind it
// opens no card.

/** Keys that move focus (Tab and Shift+Tab; arrows in caret browsing and some assistive tools). */
const FOCUS_KEYS = new Set(['Tab', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);
/** A focus this soon after such a key or press is the user's (the browser moves focus in the same task). */
export const USER_FOCUS_WINDOW_MS = 400;

export class FocusIntent {
  private lastInput = Number.NEGATIVE_INFINITY;

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** Starts listening on `target` (the window) until `signal` aborts. */
  watch(target: EventTarget, signal?: AbortSignal): void {
    const seen = () => {
      this.lastInput = this.now();
    };
    const options = { capture: true, passive: true, signal };
    target.addEventListener(
      'keydown',
      (event) => {
        if (event.isTrusted && FOCUS_KEYS.has((event as KeyboardEvent).key)) seen();
      },
      options,
    );
    for (const type of ['pointerdown', 'mousedown']) {
      target.addEventListener(
        type,
        (event) => {
          if (event.isTrusted) seen();
        },
        options,
      );
    }
  }

  /** True when the user pressed a focus key or a pointer just now. */
  fromUser(): boolean {
    return this.now() - this.lastInput <= USER_FOCUS_WINDOW_MS;
  }
}
