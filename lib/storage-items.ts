// Everything Report Lens keeps in browser.storage.local (the library itself lives in IndexedDB, lib/db), declared
// once as typed WXT storage items. Each is versioned: a later change of its shape raises the version and adds a
// migration here, and WXT runs it on first use.
//
// The items are made by a function of WXT's `storage` (no item exists at import time): the background and the popup
// each call it once and pass the items on, so lib/ imports nothing of WXT but its types and the unit tests hand in
// WXT's storage over `fakeBrowser`. The keys and value shapes are the ones stored before the items existed, so an
// installed extension keeps its data. Content scripts read two of these keys directly, without this module, to stay
// small (entrypoints/content: `disabledSites`, and the page's key of the snippet mirror, savedPageKey).
import type { StorageItemKey, WxtStorage } from 'wxt/utils/storage';
import { SAVED_PAGE_KEY_PREFIX, savedPageKey } from './api/saved-pages';

/** The sites the user switched Report Lens off on (host names); backed up. */
export const DISABLED_SITES_KEY = 'disabledSites';
/** The region the popup showed last; backed up. */
export const POPUP_REGION_KEY = 'popup:lastRegion';
/** The extension version that last loaded the starter pack completely; backed up with the records it loaded. */
export const PACK_LOADED_KEY = 'starterPackLoadedFor';
/** How the last complete pack load went (diagnostics and the browser benchmark); not backed up. */
export const PACK_LOAD_STATS_KEY = 'starterPackLastLoad';

export interface PackLoadStats {
  /** Milliseconds from the start of the load (fetching the file) to the last write. */
  ms: number;
  /** Records written. */
  records: number;
  /** When it started (ms since 1970). */
  at: number;
  /** Milliseconds from the start at which the file was fetched and validated, the database read, the rows written. */
  phases?: { parsed: number; read: number; written: number };
}

/** What the rest of lib/ needs of an item: read and write (WXT's items have more). */
export interface StoredValue<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
}

/** Where the set of pages holding snippets is mirrored: one key per page, so a content script reads only its own. */
export interface SavedPages {
  /** Sets how many snippets each given page holds (0 removes the page). */
  update(counts: Map<string, number>): Promise<void>;
  /** Replaces the whole set (after an import, or at start-up in case it drifted). */
  replace(counts: Map<string, number>): Promise<void>;
}

const local = (key: string) => `local:${key}` as StorageItemKey;

/** The region the popup showed last, on its own: the popup needs no other item. */
export function popupRegionItem(storage: WxtStorage) {
  return storage.defineItem<string | null>(local(POPUP_REGION_KEY), { fallback: null, version: 1 });
}

export function defineStorageItems(storage: WxtStorage) {
  return {
    disabledSites: storage.defineItem<string[]>(local(DISABLED_SITES_KEY), { fallback: [], version: 1 }),
    popupRegion: popupRegionItem(storage),
    packLoadedFor: storage.defineItem<string | null>(local(PACK_LOADED_KEY), { fallback: null, version: 1 }),
    packLoadStats: storage.defineItem<PackLoadStats | null>(local(PACK_LOAD_STATS_KEY), { fallback: null, version: 1 }),
    snippetPages: snippetPagesMirror(storage),
  };
}

export type StorageItems = ReturnType<typeof defineStorageItems>;

/** The settings a backup carries (see lib/io/backup.ts); each is absent when it was never set. */
export interface BackedUpSettings {
  disabledSites?: string[];
  popupRegion?: string;
  packLoadedFor?: string;
}

/** Reads the backed-up items. */
export async function readBackedUpSettings(
  items: Pick<StorageItems, 'disabledSites' | 'popupRegion' | 'packLoadedFor'>,
): Promise<BackedUpSettings> {
  const [disabledSites, popupRegion, packLoadedFor] = await Promise.all([
    items.disabledSites.getValue(),
    items.popupRegion.getValue(),
    items.packLoadedFor.getValue(),
  ]);
  return {
    disabledSites,
    ...(popupRegion ? { popupRegion } : {}),
    ...(packLoadedFor ? { packLoadedFor } : {}),
  };
}

/**
 * The pages-with-snippets mirror: one item per page (`snippets:page:<url>` → how many snippets it holds). A rebuild
 * reads the area once and writes only the pages whose count changed.
 */
function snippetPagesMirror(storage: WxtStorage): SavedPages {
  const page = (url: string) => storage.defineItem<number>(local(savedPageKey(url)), { fallback: 0, version: 1 });
  const apply = async (set: Array<[string, number]>, remove: string[]) => {
    if (remove.length) await storage.removeItems(remove.map(page));
    if (set.length) await storage.setItems(set.map(([url, count]) => ({ item: page(url), value: count })));
  };
  return {
    async update(counts) {
      const set = [...counts].filter(([, n]) => n > 0);
      const remove = [...counts].filter(([, n]) => n <= 0).map(([url]) => url);
      await apply(set, remove);
    },
    async replace(counts) {
      const stored = await storage.snapshot('local');
      const held = new Map<string, unknown>();
      for (const [key, value] of Object.entries(stored)) {
        if (key.startsWith(SAVED_PAGE_KEY_PREFIX)) held.set(key.slice(SAVED_PAGE_KEY_PREFIX.length), value);
      }
      const remove = [...held.keys()].filter((url) => !(counts.get(url)! > 0));
      const set = [...counts].filter(([url, n]) => n > 0 && held.get(url) !== n);
      await apply(set, remove);
    },
  };
}
