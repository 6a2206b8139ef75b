// The pages-with-snippets mirror (lib/storage-items.ts: one browser.storage.local key per page, so a content script
// tells with one storage read and no message whether its page holds snippets). The snippet handlers keep it up to
// date as they write; here it is rebuilt from the database at install and at browser start, in case it drifted.
import { browser } from 'wxt/browser';
import type { DbAccess } from '@/lib/db/open';
import { mirrorAllPages } from '@/lib/service/snippets';
import type { SavedPages } from '@/lib/storage-items';

export function setupSavedPages(access: DbAccess, pages: SavedPages): void {
  const rebuild = () => void access.withDb((db) => mirrorAllPages(db, pages)).catch(() => undefined);
  browser.runtime.onInstalled.addListener(rebuild);
  browser.runtime.onStartup?.addListener(rebuild);
}
