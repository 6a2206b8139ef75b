// "Don't run on this site": the list lives in browser.storage.local (content scripts read it before acting). Every
// change goes through the background, one at a time, so two tabs switching sites off at once never lose one.
import { isHost, type SitesApi } from '../api/sites';
import { type DomainHandlers, RequestError } from '../messages';
import type { KeyValueStore } from './pack-install';

export const DISABLED_SITES_KEY = 'disabledSites';

export async function readDisabledSites(store: KeyValueStore): Promise<string[]> {
  const stored = (await store.get(DISABLED_SITES_KEY))[DISABLED_SITES_KEY];
  return Array.isArray(stored) ? stored.filter(isHost) : [];
}

/** Serialises read-modify-writes of the list (the background is the only writer). */
export function siteListWriter(store: KeyValueStore) {
  let queue: Promise<unknown> = Promise.resolve();
  return (change: (sites: Set<string>) => void): Promise<string[]> => {
    const next = queue.then(async () => {
      const sites = new Set(await readDisabledSites(store));
      change(sites);
      const list = [...sites].sort();
      await store.set({ [DISABLED_SITES_KEY]: list });
      return list;
    });
    queue = next.catch(() => undefined);
    return next;
  };
}

function hostOf(url: string | undefined): string | null {
  try {
    return url ? new URL(url).hostname : null;
  } catch {
    return null;
  }
}

export function sitesHandlers(store: KeyValueStore | undefined): DomainHandlers<SitesApi> {
  const write = store ? siteListWriter(store) : null;
  return {
    listDisabledSites: async () => ({ sites: store ? await readDisabledSites(store) : [] }),
    setSiteDisabled: async (request, context) => {
      // A page may switch off only its own site, and never switch one back on.
      if (context?.fromContentScript && (!request.disabled || hostOf(context.senderUrl) !== request.host)) {
        throw new RequestError('forbidden', 'A page may only switch Report Lens off on its own site.');
      }
      if (!write) return { sites: [] };
      const host = request.host.toLowerCase();
      const sites = await write((set) => {
        if (request.disabled) set.add(host);
        else set.delete(host);
      });
      return { sites };
    },
  };
}
