// The background's share of the two-stage content script (lib/api/lens.ts): inject the lens into a frame when that
// frame's first stage asks, and before the background itself asks a tab for something only the lens answers (the
// snippet commands). The `browser` object comes in as an argument (lib/ uses no browser globals).
//
// Why browser.scripting and not a dynamic import() of web-accessible chunks: a web-accessible file has a
// per-install moz-extension:// URL in Firefox that any page can probe to fingerprint the user; an injected file
// is reachable by the extension alone. The `scripting` permission adds no host access: injection reaches the
// pages our content-script match patterns already reach (see README, "Permissions").
import { isLensRequest, LENS_FILE, LENS_STATE_KEY, type LensReply, probeLens, releaseLens } from '../api/lens';

/** How long a request waits for a lens that another request is already injecting. */
const LENS_WAIT_MS = 5000;

interface Target {
  tabId: number;
  frameIds?: number[];
}

/** The part of `browser` this needs (WXT's browser in the worker; a stub in unit tests). */
export interface LensLoaderBrowser {
  runtime: {
    onMessage: {
      addListener(listener: (message: unknown, sender: LensSender, sendResponse: (reply: unknown) => void) => unknown): void;
    };
  };
  scripting: {
    executeScript(injection: {
      target: Target;
      files?: string[];
      func?: (...args: never[]) => unknown;
      args?: unknown[];
      injectImmediately?: boolean;
    }): Promise<Array<{ result?: unknown }>>;
  };
}

interface LensSender {
  tab?: { id?: number };
  frameId?: number;
}

export interface LensLoader {
  /** Makes sure the lens runs in the tab's frame (default: the top frame); resolves once its listeners are there. */
  ensureLens(tabId: number, frameId?: number): Promise<void>;
}

export function registerLensLoader(browser: LensLoaderBrowser): LensLoader {
  const inject = async (tabId: number, frameId: number) => {
    // injectImmediately: do not wait for the frame's document_idle (the first stage asks at document_end).
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [LENS_FILE], injectImmediately: true });
  };

  // Registered synchronously: a sleeping MV3 worker woken by this message must find the listener at once.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!isLensRequest(message)) return undefined;
    const tabId = sender.tab?.id;
    // Only ever the asking frame of the asking tab (the first stage claimed that frame before asking).
    if (tabId === undefined) {
      sendResponse({ ok: false, error: 'not a tab' } satisfies LensReply);
      return undefined;
    }
    inject(tabId, sender.frameId ?? 0).then(
      () => sendResponse({ ok: true } satisfies LensReply),
      (error: unknown) => sendResponse({ ok: false, error: String(error) } satisfies LensReply),
    );
    return true;
  });

  return {
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
        await browser.scripting.executeScript({ target, func: releaseLens, args: [LENS_STATE_KEY] }).catch(() => undefined);
        throw error;
      }
    },
  };
}
