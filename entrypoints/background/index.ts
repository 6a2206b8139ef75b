// The background owns the database and wires the browser to lib/: each concern is one file here with one setupX(),
// called synchronously (an MV3 worker woken by a message, a click or a shortcut must find its listeners at once).
import { storage } from '#imports';
import { createDbAccess } from '@/lib/db/open';
import { PackStatusTracker } from '@/lib/service/pack-install';
import { defineStorageItems } from '@/lib/storage-items';
import { setupLensLoader } from './lens';
import { setupMarksCommand } from './marks-command';
import { setupMessages } from './messages';
import { setupSavedPages } from './saved-pages';
import { setupSnippetCommands } from './snippet-commands';
import { type StarterPack, setupStarterPack } from './starter-pack';

export default defineBackground(() => {
  // A write that failed and left the database empty (Chromium drops it on a full disk) reloads the starter pack.
  let pack: StarterPack | undefined;
  const access = createDbAccess(undefined, { onEmptied: () => pack?.load(true) });
  // What lives in browser.storage.local (settings, the pack flag, the pages-with-snippets mirror), as typed items.
  const items = defineStorageItems(storage);
  // The starter pack's load progress, which the library asks for (getPackStatus) while the pack loads.
  const packStatus = new PackStatusTracker();
  // The lens (reader, marks, cards, snippet UI) is injected into a frame only where it is needed.
  const lens = setupLensLoader();
  setupMessages(access, items, packStatus, lens);
  // Snippets: the pages-with-snippets mirror, the "Save to Report Lens" menu item and the save-snippet shortcut.
  setupSavedPages(access, items.snippetPages);
  setupSnippetCommands(access, items.snippetPages, lens);
  setupMarksCommand();
  pack = setupStarterPack(access, items, packStatus);
});
