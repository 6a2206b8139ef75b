import type { CoreApi } from '../api/core';
import type { DbAccess } from '../db/open';
import { countAll } from '../db/queries';
import { type DomainHandlers, RequestError } from '../messages';
import type { StorageItems } from '../storage-items';

/** What the background can do outside the database (tabs), injected so the handlers stay testable in Node. */
export interface Platform {
  /** Opens an extension page (a path such as `/options.html?region=…`) in a new tab. */
  openPage(path: string): Promise<void>;
  /** browser.storage.local through its typed items (lib/storage-items.ts): settings, the snippet mirror. */
  storage?: StorageItems;
  /** Injects the lens into one frame of a tab (entrypoints/background/lens.ts). */
  injectLens?(tabId: number, frameId: number): Promise<void>;
}

/** The library's address for a request: only a region name and a year, both checked, become its query. */
export function libraryPath(request: { region?: unknown; year?: unknown } | undefined): string {
  const query = new URLSearchParams();
  if (typeof request?.region === 'string' && request.region.trim() && request.region.length <= 40)
    query.set('region', request.region.trim());
  if (Number.isInteger(request?.year) && (request?.year as number) >= 1949 && (request?.year as number) <= 2200) {
    query.set('year', String(request?.year));
  }
  const q = query.toString();
  return `/options.html${q ? `?${q}` : ''}`;
}

export function coreHandlers({ withDb }: DbAccess, version: string, platform?: Platform): DomainHandlers<CoreApi> {
  return {
    ping: () => ({ version }),
    getCounts: () => withDb((db) => countAll(db)),
    openLibrary: async (request) => {
      if (!platform) return { opened: false };
      await platform.openPage(libraryPath(request));
      return { opened: true };
    },
    loadLens: async (_request, { senderTabId, senderFrameId }) => {
      // Only ever the asking frame of the asking tab (the first stage claimed that frame before asking).
      if (senderTabId === undefined) throw new RequestError('forbidden', 'Only a page in a tab can ask for the lens.');
      if (!platform?.injectLens) throw new RequestError('internal', 'This background cannot inject the lens.');
      await platform.injectLens(senderTabId, senderFrameId ?? 0);
      return { loaded: true as const };
    },
  };
}
