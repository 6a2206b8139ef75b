// Every message's request schema, by type: what the router checks before a handler runs (lib/service/router.ts).
// Each domain declares its schemas beside its types (lib/api/<domain>.schema.ts next to lib/api/<domain>.ts); the
// type below fails to compile when a message has none. The schemas sit in files of their own so that the content
// scripts, which import the types and constants, never bundle valibot (measured: +21 KB in the lens otherwise).
import type * as v from 'valibot';
import type { MessageType } from '../messages';
import { COMPARE_SCHEMAS } from './compare.schema';
import { CORE_SCHEMAS } from './core.schema';
import { CORRECTIONS_SCHEMAS } from './corrections.schema';
import { PACK_SCHEMAS } from './pack.schema';
import { PAGE_SCHEMAS } from './page.schema';
import { RECORDS_SCHEMAS } from './records.schema';
import { SITES_SCHEMAS } from './sites.schema';
import { SNIPPETS_SCHEMAS } from './snippets.schema';

export const REQUEST_SCHEMAS: { readonly [K in MessageType]: v.GenericSchema<unknown, unknown> } = {
  ...CORE_SCHEMAS,
  ...RECORDS_SCHEMAS,
  ...PAGE_SCHEMAS,
  ...SNIPPETS_SCHEMAS,
  ...COMPARE_SCHEMAS,
  ...PACK_SCHEMAS,
  ...CORRECTIONS_SCHEMAS,
  ...SITES_SCHEMAS,
};
