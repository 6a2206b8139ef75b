import type { RecordsApi } from '../api/records';
import type { DbAccess } from '../db/open';
import { listRecords } from '../db/queries';
import { type DomainHandlers, RequestError } from '../messages';

export function recordHandlers({ withDb }: DbAccess): DomainHandlers<RecordsApi> {
  return {
    listRecords: (filter) => {
      if (filter !== undefined && (typeof filter !== 'object' || filter === null)) {
        throw new RequestError('invalid-request', 'listRecords expects a filter object.');
      }
      return withDb((db) => listRecords(db, filter ?? {}));
    },
  };
}
