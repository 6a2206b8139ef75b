// The starter pack: loaded on install and update, retried at browser start, and reloaded when a failed write left
// the database empty (Chromium drops it on a full disk). Its progress is what the library's getPackStatus reads.
//
// The pack (~3 MB of JSON, one row a line) ships as a separate file (`?no-inline`: the worker is built in library
// mode, which would otherwise inline it as a data URL) and is fetched only when it is loaded. Measured on the built
// worker (V8 compile of background.js): 9 ms without the pack, 19 ms with it inlined, 15 ms + 6 ms JSON.parse
// imported statically — paid on every wake of an MV3 worker.
import starterPackPath from '@/assets/pack/starter-pack.json?url&no-inline';
import { browser } from 'wxt/browser';
import type { DbAccess } from '@/lib/db/open';
import { ensureShippedPack, type PackStatusTracker } from '@/lib/service/pack-install';
import type { StorageItems } from '@/lib/storage-items';

export interface StarterPack {
  /** Loads the pack when it is missing or outdated (`force`: load it again whatever the flag says). */
  load(force: boolean): Promise<unknown>;
}

export function setupStarterPack(access: DbAccess, items: StorageItems, packStatus: PackStatusTracker): StarterPack {
  // One load at a time: the wake check, the install event and an emptied database may all ask at once.
  let loading: Promise<unknown> = Promise.resolve();
  const load = (force: boolean) => {
    loading = loading.then(() =>
      ensureShippedPack(
        access,
        items,
        browser.runtime.getManifest().version,
        async () => (await fetch(browser.runtime.getURL(starterPackPath as never))).json(),
        { force, onProgress: (p) => packStatus.progress(p) },
      )
        .then((result) => result && console.info('Report Lens: starter pack loaded', result))
        .catch((error: unknown) => {
          packStatus.failed(error);
          console.error('Report Lens: could not load the starter pack', error);
        }),
    );
    return loading;
  };
  browser.runtime.onInstalled.addListener(({ reason }) => {
    // The version stored with the pack flag tells an update apart; the wake check below may have loaded it already.
    if (reason === 'install' || reason === 'update') void load(false);
  });
  // A load that failed (or a worker stopped halfway) is retried at the next browser start, and at every wake of the
  // worker the pack is reloaded if the database was emptied meanwhile (one storage read and one count otherwise).
  browser.runtime.onStartup.addListener(() => void load(false));
  void load(false);
  return { load };
}
