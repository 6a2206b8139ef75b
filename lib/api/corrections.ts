// Messages about the user's corrections of a page (lib/corrections). Handlers: lib/service/corrections.ts.
import type { CorrectionChange, PageCorrections } from '../corrections';

export interface CorrectionsApi {
  /** The corrections of one page, or null when it has none. */
  getCorrections: { request: { url: string }; response: PageCorrections | null };
  /** Applies one change to a page's corrections and answers the row as stored (null once it holds nothing). */
  correctPage: { request: { url: string; change: CorrectionChange }; response: PageCorrections | null };
}
