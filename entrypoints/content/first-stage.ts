// The first stage of the content script, on every http(s) page: decide cheaply whether this page needs the lens
// (reader, marks, cards, snippet UI) and, only then, ask the background to inject it into this frame.
//
// On a page that is not about a report and holds no snippet this does: the gate over the URL and the title while
// the page parses, then over the title, the URL and the first 4,000 characters of text (lib/detect/gate.ts, no t2s table, no gazetteer), one browser.storage.local read
// of the page's snippets key, and it listens — for the popup's question, for client-side navigation and for an
// article body that arrives late. No DOM write and no message. Nothing here may import Preact, the reader or
// the gazetteer: that is the whole point (tests/unit/content/first-stage-bundle.test.ts keeps it so).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { claimLens, LENS_STATE_KEY, lensState, releaseLens } from '@/lib/api/lens';
import { NOT_A_REPORT_PAGE, type PageInfo } from '@/lib/api/page';
import { savedPageKey } from '@/lib/api/saved-pages';
import { gateReport } from '@/lib/detect/gate';
import { passesGate } from '@/lib/detect/page-gate';
import { answerTab, request } from '@/lib/messages';

/** An article body that arrives after load: re-gate at most this often, debounced, for this long. */
const MAX_REGATES = 8;
const REGATE_DEBOUNCE_MS = 700;
const WATCH_LATE_MS = 60_000;

/** What the first stage needs of the browser besides messages (the real `browser`, WXT's fakeBrowser in unit tests). */
export interface FirstStageBrowser {
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
}

export interface FirstStage {
  /** Gate (and snippets check) for the current location; loads the lens when either says yes. */
  check(): Promise<void>;
  /** The lens request in flight or done, if any. */
  loading: Promise<boolean> | null;
}

/**
 * Starts the first stage (at document_start). The URL is gated at once and the title as soon as the parser has
 * it: a report page almost always names the report in one of them, and the lens then loads while the rest of the
 * page is still parsing. The full gate (title, URL, first 4,000 characters) and the snippets check run once the
 * DOM is complete, then again on client-side navigation and when an article body arrives late.
 */
export function startFirstStage(
  ctx: ContentScriptContext,
  api: FirstStageBrowser,
  doc: Document = document,
): FirstStage {
  const stage: FirstStage = {
    loading: null,
    async check() {
      if (lensState() || !ctx.isValid) return; // the lens is here or on its way: it reads every page from now on
      if (gatePasses(doc)) {
        await load();
        return;
      }
      if (await holdsSnippets(api, location.href)) await load();
    },
  };

  const load = (): Promise<boolean> => {
    if (!claimLens(LENS_STATE_KEY)) return stage.loading ?? Promise.resolve(true);
    stage.loading = request('loadLens')
      .then((reply) => {
        if (reply.ok) return true;
        throw new Error(reply.error.message);
      })
      .catch(() => {
        // The background could not inject (the extension reloaded, a page the browser protects): leave the frame
        // as it was, so a later navigation may try again, and answer whoever waited for the lens (no report here).
        const waiting = lensState()?.waiters.splice(0) ?? [];
        releaseLens(LENS_STATE_KEY);
        for (const waiter of waiting) waiter();
        return false;
      });
    return stage.loading;
  };

  answerPageInfo(ctx);
  const parsed = () => {
    void stage.check();
    // Client-side navigation: a new page in the same document gets the same two checks.
    ctx.addEventListener(window, 'wxt:locationchange', () => void stage.check());
    watchLateText(ctx, doc, () => {
      if (!lensState() && gatePasses(doc)) void load();
    });
  };
  if (doc.readyState === 'loading') {
    const early = () => gateReport({ title: doc.title, url: location.href }) && void load();
    if (!early()) watchTitle(ctx, doc, early);
    ctx.addEventListener(doc, 'DOMContentLoaded', parsed, { once: true });
  } else {
    parsed();
  }
  return stage;
}

/** Calls `onTitle` once the parser has given the document a title; gives up when the body starts. */
function watchTitle(ctx: ContentScriptContext, doc: Document, onTitle: () => void): void {
  const observer = new MutationObserver(() => {
    if (doc.title) onTitle();
    if (doc.title || doc.body) observer.disconnect();
  });
  observer.observe(doc, { childList: true, subtree: true });
  ctx.onInvalidated(() => observer.disconnect());
}

/** The same gate input as the overlay and the snippet button (./gate.ts). */
const gatePasses = (doc: Document): boolean => passesGate(doc, location.href);

async function holdsSnippets(api: FirstStageBrowser, url: string): Promise<boolean> {
  const key = savedPageKey(url);
  try {
    return !!(await api.storage.local.get(key))[key];
  } catch {
    return false; // the extension was reloaded under us
  }
}

/**
 * Answers the popup's question on every page that has the first stage: no report here while no lens runs; the
 * lens's reading once it runs; and while the lens is loading, the answer waits for it. (The background's snippet
 * messages are the lens's alone: the background injects the lens before it asks for a selection.)
 */
function answerPageInfo(ctx: ContentScriptContext): void {
  const reading = () => lensState()?.pageInfo?.() ?? NOT_A_REPORT_PAGE;
  const stop = answerTab('pageInfo', () => {
    const lens = lensState();
    if (!lens || lens.phase === 'ready') return reading();
    return new Promise<PageInfo>((resolve) => lens.waiters.push(() => resolve(reading())));
  });
  ctx.onInvalidated(stop);
}

/**
 * Pages that fetch their article with JavaScript: when nodes are added, re-gate once things are quiet again (the
 * gate reads only the first few KB, so each pass costs about the same whatever the page's size).
 */
function watchLateText(ctx: ContentScriptContext, doc: Document, regate: () => void): void {
  const root = doc.body ?? doc.documentElement;
  if (!root) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let passes = 0;
  const observer = new MutationObserver((records) => {
    if (lensState() || passes >= MAX_REGATES) return stop();
    if (!records.some((r) => r.addedNodes.length > 0)) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!ctx.isValid) return stop();
      passes++;
      regate();
    }, REGATE_DEBOUNCE_MS);
  });
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
  };
  observer.observe(root, { childList: true, subtree: true });
  ctx.onInvalidated(stop);
  // A page still growing after a minute is a feed, not an article loading.
  ctx.setTimeout(stop, WATCH_LATE_MS);
}
