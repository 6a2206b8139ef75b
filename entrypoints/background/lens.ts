// The background's share of the two-stage content script (lib/api/lens.ts): inject the lens into a frame when that
// frame's first stage asks (the `loadLens` message, answered through the router), and before the background itself
// asks a tab for something only the lens answers (the snippet commands).
//
// Why browser.scripting and not a dynamic import() of web-accessible chunks: a web-accessible file has a
// per-install moz-extension:// URL in Firefox that any page can probe to fingerprint the user; an injected file
// is reachable by the extension alone. The `scripting` permission adds no host access: injection reaches the
// pages our content-script match patterns already reach (see README, "Permissions").
import { browser } from 'wxt/browser';
import { LENS_FILE, LENS_STATE_KEY, probeLens, releaseLens } from '@/lib/api/lens';

/** How long a request waits for a lens that another request is already injecting. */
const LENS_WAIT_MS = 5000;

export interface LensLoader {
  /** Injects the lens into one frame (the first stage of that frame claimed it before asking). */
  inject(tabId: number, frameId: number): Promise<void>;
  /** Makes sure the lens runs in the tab's frame (default: the top frame); resolves once its listeners are there. */
  ensureLens(tabId: number, frameId?: number): Promise<void>;
}

export function setupLensLoader(): LensLoader {
  const inject = async (tabId: number, frameId: number) => {
    // injectImmediately: do not wait for the frame's document_idle (the first stage asks while the page parses).
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      files: [LENS_FILE as never],
      injectImmediately: true,
    });
  };
  return {
    inject,
    async ensureLens(tabId, frameId = 0) {
      const target = { tabId, frameIds: [frameId] };
      // One probe that also claims: it runs in the frame's isolated world, where the first stage claims too, so
      // two requests at once cannot both inject; a lens already on its way is waited for.
      const [probe] = await browser.scripting.executeScript({
        target,
        func: probeLens,
        args: [LENS_STATE_KEY, LENS_WAIT_MS],
        injectImmediately: true,
      });
      if (probe?.result !== 'claimed') return;
      try {
        await inject(tabId, frameId);
      } catch (error) {
        await browser.scripting
          .executeScript({ target, func: releaseLens, args: [LENS_STATE_KEY] })
          .catch(() => undefined);
        throw error;
      }
    },
  };
}
