// Single-page apps: WXT announces an address change with a `wxt:locationchange` event on window. A page can
// dispatch an event of that name itself; only WXT's own event carries the new URL (an object a page's copy cannot
// hand across worlds), and only an address not seen yet counts.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** The new address a WXT location-change event carries, or null for an event without one (a page's forgery). */
export function newUrlOf(event: Event): string | null {
  const url = (event as { newUrl?: unknown }).newUrl;
  return url instanceof URL ? url.href : null;
}

/** Calls `onChange` in a task of its own after each real move to an address not seen before. */
export function onNewAddress(ctx: ContentScriptContext, onChange: (url: string) => void): void {
  let seenUrl = location.href;
  ctx.addEventListener(window, 'wxt:locationchange', (event) => {
    const next = newUrlOf(event);
    if (!next || next === seenUrl) return;
    seenUrl = next;
    // The Navigation API announces a pushState before location.href changes: act once it has.
    ctx.setTimeout(() => onChange(next), 0);
  });
}
