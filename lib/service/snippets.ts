import type { SnippetsApi } from '../api/snippets';
import type { DbAccess } from '../db/open';
import type { DomainHandlers } from '../messages';

export function snippetHandlers(_access: DbAccess): DomainHandlers<SnippetsApi> {
  return {};
}
