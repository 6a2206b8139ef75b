// The content script comes in two stages. The first (entrypoints/content) runs on every http(s) page and is tiny:
// the cheap gate and the "does this page hold snippets" check. The second, the lens (entrypoints/lens.content.tsx:
// reader, marks, cards, snippet UI), is injected by the background into one frame with browser.scripting only where
// it is needed. This module is what the three sides share; plain TypeScript with no imports, so the first stage
// stays small (type imports only).
import type { PageInfo } from './page';

/** The lens bundle, as WXT writes a content script built with `registration: 'runtime'`. */
export const LENS_FILE = '/content-scripts/lens.js';

/**
 * Name of the frame-global that says the lens is loading or running. It lives in the extension's isolated world
 * (shared by our content scripts and browser.scripting's ISOLATED injections, invisible to the page), so a claim
 * made by the first stage or by the background's probe is seen by both: the lens is injected at most once per
 * document, and WXT's context of a second copy would otherwise stop the first.
 */
export const LENS_STATE_KEY = '__reportLensLens';

export interface LensState {
  phase: 'loading' | 'ready';
  /** Called once the lens runs (its message listeners are registered). */
  waiters: Array<() => void>;
  /** What the overlay read, for the popup's `pageInfo` (set by the lens; the first stage answers with it). */
  pageInfo?: () => PageInfo;
}

/**
 * Claims the frame for one lens injection: true when nobody has. Self-contained on purpose (no closure, no import):
 * the background passes this very function to browser.scripting.executeScript as its `func`.
 */
export function claimLens(key: string): boolean {
  const g = globalThis as unknown as Record<string, unknown>;
  if (g[key]) return false;
  g[key] = { phase: 'loading', waiters: [] };
  return true;
}

/**
 * The background's probe before it asks the frame something only the lens answers: claims the frame when nobody
 * has ('claimed': inject now), says 'ready' when the lens runs, and waits (up to `waitMs`) for a lens on its way.
 * Self-contained like claimLens (executeScript awaits the promise it may return).
 */
export function probeLens(key: string, waitMs: number): 'claimed' | 'ready' | Promise<'ready' | 'timeout'> {
  const g = globalThis as unknown as Record<string, LensState | undefined>;
  const state = g[key];
  if (!state) {
    g[key] = { phase: 'loading', waiters: [] };
    return 'claimed';
  }
  if (state.phase === 'ready') return 'ready';
  return new Promise((resolve) => {
    state.waiters.push(() => resolve('ready'));
    setTimeout(() => resolve('timeout'), waitMs);
  });
}

/** Undoes a claim whose injection failed, so a later request may try again. Self-contained like claimLens. */
export function releaseLens(key: string): void {
  const g = globalThis as unknown as Record<string, { phase?: string } | undefined>;
  if (g[key]?.phase === 'loading') delete g[key];
}

/** This frame's lens state, if anyone has claimed it. */
export function lensState(): LensState | undefined {
  return (globalThis as unknown as Record<string, LensState | undefined>)[LENS_STATE_KEY];
}
