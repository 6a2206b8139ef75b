import type { Counts } from '../model';

export interface CoreApi {
  ping: { request: undefined; response: { version: string } };
  getCounts: { request: undefined; response: Counts };
  /**
   * Opens the library (a region's comparison when given) in a new tab. The card asks through this message instead of
   * holding a link: an extension URL in the page would tell every site this install's id (docs/security.md).
   */
  openLibrary: { request: { region?: string; year?: number }; response: { opened: boolean } };
  /**
   * The first stage asks for the lens (reader, marks, cards, snippet UI) in its own frame (lib/api/lens.ts); the
   * background injects it into that frame of that tab only.
   */
  loadLens: { request: undefined; response: { loaded: true } };
}
