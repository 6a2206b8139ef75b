import type { PageApi } from '../api/page';
import type { DbAccess } from '../db/open';
import type { DomainHandlers } from '../messages';

export function pageHandlers(_access: DbAccess): DomainHandlers<PageApi> {
  return {};
}
