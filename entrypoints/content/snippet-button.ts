// The save button beside a selection: offered after a mouse or keyboard selection ends, hidden when the selection
// goes or the page scrolls. Offered only on report pages and pages that hold snippets (other pages get nothing on
// their DOM); whether this is a report page is asked of the gate only once the reader has selected something.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { passesGate } from '@/lib/detect/page-gate';
import type { SnippetViewController } from './snippet-view';

export class SnippetButton {
  private watching = false;
  /** Whether the button may appear here: the page holds snippets, or (decided on first use) is a report page. */
  private offerHere: boolean | undefined;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly view: SnippetViewController,
  ) {}

  /** Called on each (re)visit: a page that holds snippets offers the button; otherwise the gate decides later. */
  reset(holdsSnippets: boolean): void {
    this.offerHere = holdsSnippets ? true : undefined;
  }

  /** A snippet was saved here: the page holds one now. */
  allow(): void {
    this.offerHere = true;
  }

  watch(): void {
    if (this.watching) return;
    this.watching = true;
    const update = (event: Event) => {
      // A selection the page made itself plus a synthetic mouseup must not offer the save button.
      if (!event.isTrusted) return;
      if (event.composedPath().some((n) => n instanceof Element && n.tagName === 'REPORT-LENS-UI')) return;
      // After the browser has settled the selection for this event.
      this.ctx.setTimeout(() => this.offer(), 0);
    };
    this.ctx.addEventListener(document, 'mouseup', update);
    this.ctx.addEventListener(document, 'keyup', (event) => {
      if (event.shiftKey || event.key === 'Shift') update(event);
    });
    this.ctx.addEventListener(document, 'selectionchange', () => {
      if (this.view.kind === 'button' && document.getSelection()?.isCollapsed) this.view.show({ kind: 'hidden' });
    });
    this.ctx.addEventListener(
      window,
      'scroll',
      () => {
        if (this.view.kind === 'button') this.view.show({ kind: 'hidden' });
      },
      { passive: true, capture: true },
    );
  }

  /** Shows the button just past the selection's last line, kept inside the viewport. */
  private offer(): void {
    const selection = document.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0 || !selection.toString().trim()) {
      if (this.view.kind === 'button') this.view.show({ kind: 'hidden' });
      return;
    }
    this.offerHere ??= passesGate(document, location.href);
    if (!this.offerHere) return;
    if (this.view.kind === 'editor') return;
    const rects = selection.getRangeAt(0).getClientRects();
    const last = rects[rects.length - 1];
    if (!last) return;
    const x = Math.min(window.innerWidth - 120, Math.max(4, last.right + 4));
    const y = Math.min(window.innerHeight - 36, Math.max(4, last.bottom + 4));
    this.view.show({ kind: 'button', x, y });
  }
}
