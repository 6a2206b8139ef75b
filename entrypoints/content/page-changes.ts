// What the page changes under us: an article body that arrives late (re-read it, debounced, while the text keeps
// growing), and changes during a read (its offsets may no longer hold). Only what mutations add and remove is
// measured — never the whole page's textContent: on a 5 MB article that alone is a long task — and our own marks
// and the text nodes our splits made do not count.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { madeBySplit } from '@/lib/anchor/highlight';

/** Re-reads when the article arrives late: at most this many times, only while the text keeps growing. */
const MAX_RERUNS = 8;
const RERUN_DEBOUNCE_MS = 700;
/** Re-read only when the page gained at least this many characters (a short news item is a few hundred). */
const LATE_TEXT_MIN_GROWTH = 40;
/** A page still growing after this long is a feed, not an article loading. */
const WATCH_MS = 60_000;

export class LateContent {
  /** Text the page added (minus what it removed) since the last read. */
  private grown = 0;
  private reruns = 0;

  constructor(private readonly ctx: ContentScriptContext) {}

  /** A read starts: growth is counted from here. */
  readStarts(): void {
    this.grown = 0;
  }

  /** A new page (navigation, correction): it gets its own re-reads. */
  resetReruns(): void {
    this.reruns = 0;
  }

  /** Calls `reread` after the body grew by more than a short item, debounced, up to MAX_RERUNS times. */
  watch(reread: () => void): void {
    if (!document.body) return;
    let timer = 0;
    const observer = new MutationObserver((records) => {
      if (this.reruns >= MAX_RERUNS) return observer.disconnect();
      let delta = 0;
      for (const r of records) {
        for (const n of Array.from(r.addedNodes)) delta += pageTextLength(n);
        for (const n of Array.from(r.removedNodes)) delta -= pageTextLength(n);
      }
      if (delta === 0) return;
      this.grown += delta;
      clearTimeout(timer);
      timer = window.setTimeout(() => {
        if (this.grown > LATE_TEXT_MIN_GROWTH) {
          this.reruns++;
          this.grown = 0;
          reread();
        }
      }, RERUN_DEBOUNCE_MS);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    this.ctx.onInvalidated(() => observer.disconnect());
    this.ctx.setTimeout(() => observer.disconnect(), WATCH_MS);
  }
}

/** Characters of page text in a node that came or went (0 for our own elements and the pieces our splits made). */
export function pageTextLength(node: Node): number {
  if (node.nodeType === 3) return madeBySplit(node as Text) ? 0 : (node as Text).data.length;
  if (node.nodeType !== 1) return 0;
  if ((node as Element).tagName.startsWith('REPORT-LENS-')) return 0;
  return node.textContent?.length ?? 0;
}

/** Notes whether the page changed (text or nodes) until stop(); stop() says whether it did. */
export function watchChanges(): { stop(): boolean } {
  let changed = false;
  const observer = new MutationObserver(() => {
    changed = true;
    observer.disconnect();
  });
  if (document.body) observer.observe(document.body, { childList: true, characterData: true, subtree: true });
  return {
    stop() {
      observer.disconnect();
      return changed;
    },
  };
}
