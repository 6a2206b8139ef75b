// The pages-with-snippets mirror in browser.storage.local: one key per page (savedPageKey), so a content script can
// tell with one storage read and no message whether its page holds snippets. The snippet handlers keep it up to date
// (lib/service/snippets.ts, SavedPages); here it is plugged in and rebuilt at install and at browser start.
import { browser } from 'wxt/browser';
import { SAVED_PAGE_KEY_PREFIX, savedPageKey } from '@/lib/api/saved-pages';
import type { DbAccess } from '@/lib/db/open';
import { mirrorAllPages, type SavedPages, useSavedPages } from '@/lib/service/snippets';

export function setupSavedPages(access: DbAccess): void {
  useSavedPages(storageMirror());
  const rebuild = () => void access.withDb(mirrorAllPages).catch(() => undefined);
  browser.runtime.onInstalled.addListener(rebuild);
  browser.runtime.onStartup?.addListener(rebuild);
}

function storageMirror(): SavedPages {
  const local = browser.storage.local;
  return {
    async update(counts) {
      const set: Record<string, number> = {};
      const remove: string[] = [];
      for (const [url, count] of counts) {
        if (count > 0) set[savedPageKey(url)] = count;
        else remove.push(savedPageKey(url));
      }
      if (remove.length) await local.remove(remove);
      if (Object.keys(set).length) await local.set(set);
    },
    async replace(counts) {
      const all = await local.get(null);
      const stale = Object.keys(all).filter((k) => k.startsWith(SAVED_PAGE_KEY_PREFIX) && !counts.has(k.slice(SAVED_PAGE_KEY_PREFIX.length)));
      if (stale.length) await local.remove(stale);
      await this.update(counts);
    },
  };
}
