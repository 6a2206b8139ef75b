import { storage } from '#imports';
import starterPackPath from '@/assets/pack/starter-pack.json?url&no-inline';
import { createDbAccess } from '@/lib/db/open';
import { registerRouter } from '@/lib/messages';
import { registerLensLoader } from '@/lib/service/lens-loader';
import { createHandlers } from '@/lib/service/handlers';
import { ensureShippedPack, PackStatusTracker } from '@/lib/service/pack-install';
import { registerSnippetCommands } from '@/lib/service/snippet-commands';
import { defineStorageItems } from '@/lib/storage-items';

export default defineBackground(() => {
  // Registered synchronously: an MV3 worker woken by a message must find its listeners at once.
  // A write that failed and left the database empty (Chromium drops it on a full disk) reloads the starter pack.
  const access = createDbAccess(undefined, { onEmptied: () => loadPack(true) });
  // What lives in browser.storage.local (settings, the pack flag, the pages-with-snippets mirror), as typed items.
  const items = defineStorageItems(storage);
  const platform = {
    openPage: async (path: string) => void (await browser.tabs.create({ url: browser.runtime.getURL(path as never) })),
    storage: items,
  };
  // The starter pack's load progress, which the library asks for (getPackStatus) while the pack loads.
  const packStatus = new PackStatusTracker();
  registerRouter(createHandlers(access, browser.runtime.getManifest().version, platform, packStatus), browser.runtime.onMessage as never, {
    // Content scripts get only the messages of lib/api/access.ts; the extension's own pages get everything.
    extensionOrigin: browser.runtime.getURL('/'),
  });
  // The lens (reader, marks, cards, snippet UI) is injected into a frame only where it is needed.
  const lens = registerLensLoader(browser as never);
  // Snippets: the "Save to Report Lens" menu item, the save-snippet shortcut, the pages-with-snippets mirror.
  registerSnippetCommands(browser, access, { prepareTab: (tabId) => lens.ensureLens(tabId), pages: items.snippetPages });
  // The overlay's keyboard command: the page's content script owns the marks, so it gets the toggle.
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === 'toggle-marks' && tab?.id !== undefined) {
      browser.tabs.sendMessage(tab.id, { type: 'rl:toggle-marks' }).catch(() => undefined);
    }
  });

  // The starter pack (~3 MB of JSON, one row a line) ships as a separate file (`?no-inline`: the worker is built in library
  // mode, which would otherwise inline it as a data URL) and is fetched only on install and update. Measured on
  // the built worker (V8 compile of background.js): 9 ms without the pack, 19 ms with it inlined, 15 ms + 6 ms
  // JSON.parse imported statically — paid on every wake of an MV3 worker.
  // One load at a time: the wake check, the install event and an emptied database may all ask at once.
  let loading: Promise<unknown> = Promise.resolve();
  const loadPack = (force: boolean) => {
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
    if (reason === 'install' || reason === 'update') void loadPack(false);
  });
  // A load that failed (or a worker stopped halfway) is retried at the next browser start, and at every wake of the
  // worker the pack is reloaded if the database was emptied meanwhile (one storage read and one count otherwise).
  browser.runtime.onStartup.addListener(() => void loadPack(false));
  void loadPack(false);
});
