import { claimLens, LENS_STATE_KEY, type LensState, lensState } from '@/lib/api/lens';
import { startOverlay } from './content/overlay';
import { currentPageInfo } from './content/page-info';
import { ignoreForgedStops } from './content/forged-stops';
import { startSnippets } from './content/snippets';

// The lens: the report overlay (report pages only) and saved snippets (pages that hold one, or where the user saves
// one). Not in the manifest: the background injects it into one frame with browser.scripting when the first stage
// (entrypoints/content) or a snippet command needs it (entrypoints/background/lens.ts). Each feature still decides for
// itself whether to act.
export default defineContentScript({
  registration: 'runtime',
  // WXT adds these to host_permissions: Chromium's scripting.executeScript needs host access of its own (the
  // content script's match patterns are not enough), and they are the same patterns, so the install prompt is too.
  matches: ['http://*/*', 'https://*/*'],
  // The UI's CSS is inlined into the closed shadow root (ui-host.ts): no CSS file in the page, none web-accessible.
  cssInjectionMode: 'manual',
  noScriptStartedPostMessage: true,
  // Not async on purpose: browser.scripting.executeScript waits for the script's result, and the caller should
  // hear back as soon as the listeners are registered, not after the page has been read and compared.
  main(ctx) {
    // Claimed by whoever asked for the injection (a second copy cannot happen through the claim; if it did, WXT's
    // context would stop the first one and this copy would take over).
    claimLens(LENS_STATE_KEY);
    ignoreForgedStops();
    const state = lensState() as LensState;
    state.pageInfo = currentPageInfo;
    const start = () => {
      if (!ctx.isValid) return;
      void Promise.all([startOverlay(ctx), startSnippets(ctx)]).catch((error: unknown) => {
        console.warn('Report Lens:', error);
      });
      state.phase = 'ready';
      for (const waiter of state.waiters.splice(0)) waiter();
    };
    // Injected early (the URL or the title passed the gate while the page parsed): read once the DOM is complete,
    // in a task of our own after the page's own DOMContentLoaded handlers.
    if (document.readyState === 'loading') {
      ctx.addEventListener(document, 'DOMContentLoaded', () => ctx.setTimeout(start, 0), { once: true });
    } else {
      start();
    }
  },
});
