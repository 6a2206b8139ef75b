// What the background answers: plain functions over a DbAccess, so they run in Node tests as in the worker.
import { countAll, listRecords } from '../db/queries';
import type { DbAccess } from '../db/open';
import { type Handlers, RequestError } from '../messages';

export function createHandlers(access: DbAccess, version: string): Handlers {
  const { withDb } = access;
  return {
    ping: () => ({ version }),
    getCounts: () => withDb((db) => countAll(db)),
    listRecords: (filter) => {
      if (filter !== undefined && (typeof filter !== 'object' || filter === null)) {
        throw new RequestError('invalid-request', 'listRecords expects a filter object.');
      }
      return withDb((db) => listRecords(db, filter ?? {}));
    },
  };
}
