// Every message to the background goes through one router (lib/service/router.ts): content scripts get only the
// messages of lib/api/access.ts, every request is checked against its schema, every answer is a Result.
import { browser } from 'wxt/browser';
import type { DbAccess } from '@/lib/db/open';
import { createHandlers } from '@/lib/service/handlers';
import type { PackStatusTracker } from '@/lib/service/pack-install';
import { registerRouter } from '@/lib/service/router';
import type { StorageItems } from '@/lib/storage-items';
import type { LensLoader } from './lens';

/** Registered synchronously: an MV3 worker woken by a message must find its listeners at once. */
export function setupMessages(
  access: DbAccess,
  items: StorageItems,
  packStatus: PackStatusTracker,
  lens: LensLoader,
): () => void {
  const platform = {
    openPage: async (path: string) => void (await browser.tabs.create({ url: browser.runtime.getURL(path as never) })),
    storage: items,
    injectLens: lens.inject,
  };
  return registerRouter(createHandlers(access, browser.runtime.getManifest().version, platform, packStatus), {
    // Content scripts get only the messages of lib/api/access.ts; the extension's own pages get everything.
    extensionOrigin: browser.runtime.getURL('/'),
  });
}
