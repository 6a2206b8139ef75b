// "Don't run on this site": the list lives in browser.storage.local (the `disabledSites` item of
// lib/storage-items.ts; content scripts read it before acting). Every change goes through the background, one at a
// time, so two tabs switching sites off at once never lose one.
import { isHost, type SitesApi } from '../api/sites';
import { type DomainHandlers, RequestError } from '../messages';
import type { StoredValue } from '../storage-items';

export type DisabledSites = StoredValue<string[]>;

/** The list as stored, keeping only host names (the storage area is writable by any of our pages). */
export async function readDisabledSites(item: DisabledSites): Promise<string[]> {
  const stored: unknown = await item.getValue();
  return Array.isArray(stored) ? stored.filter(isHost) : [];
}

/** Serialises read-modify-writes of the list (the background is the only writer). */
export function siteListWriter(item: DisabledSites) {
  let queue: Promise<unknown> = Promise.resolve();
  return (change: (sites: Set<string>) => void): Promise<string[]> => {
    const next = queue.then(async () => {
      const sites = new Set(await readDisabledSites(item));
      change(sites);
      const list = [...sites].sort();
      await item.setValue(list);
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

export function sitesHandlers(item: DisabledSites | undefined): DomainHandlers<SitesApi> {
  const write = item ? siteListWriter(item) : null;
  return {
    listDisabledSites: async () => ({ sites: item ? await readDisabledSites(item) : [] }),
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
