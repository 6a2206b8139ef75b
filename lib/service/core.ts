import type { CoreApi } from '../api/core';
import type { DbAccess } from '../db/open';
import { countAll } from '../db/queries';
import type { DomainHandlers } from '../messages';

export function coreHandlers({ withDb }: DbAccess, version: string): DomainHandlers<CoreApi> {
  return {
    ping: () => ({ version }),
    getCounts: () => withDb((db) => countAll(db)),
  };
}
