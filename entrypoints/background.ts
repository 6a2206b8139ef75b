import starterPackPath from '@/assets/pack/starter-pack.json?url&no-inline';
import { createDbAccess } from '@/lib/db/open';
import { registerRouter } from '@/lib/messages';
import { createHandlers } from '@/lib/service/handlers';
import { ensureShippedPack, PackStatusTracker } from '@/lib/service/pack-install';
import { registerSnippetCommands } from '@/lib/service/snippet-commands';

export default defineBackground(() => {
  // Registered synchronously: an MV3 worker woken by a message must find its listeners at once.
  const access = createDbAccess();
  // The starter pack's load progress, which the library asks for (getPackStatus) while the pack loads.
  const packStatus = new PackStatusTracker();
  registerRouter(createHandlers(access, browser.runtime.getManifest().version, packStatus), browser.runtime.onMessage as never);
  // Snippets: the "Save to Report Lens" menu item, the save-snippet shortcut, the pages-with-snippets mirror.
  registerSnippetCommands(browser, access);
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
  const loadPack = (force: boolean) =>
    ensureShippedPack(
      access,
      browser.storage.local,
      browser.runtime.getManifest().version,
      async () => (await fetch(browser.runtime.getURL(starterPackPath as never))).json(),
      { force, onProgress: (p) => packStatus.progress(p) },
    )
      .then((result) => result && console.info('Report Lens: starter pack loaded', result))
      .catch((error: unknown) => {
        packStatus.failed(error);
        console.error('Report Lens: could not load the starter pack', error);
      });
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' || reason === 'update') void loadPack(true);
  });
  // A load that failed (or a worker stopped halfway) is retried at the next browser start.
  browser.runtime.onStartup.addListener(() => void loadPack(false));
});
