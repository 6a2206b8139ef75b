// The request schemas of lib/api/core.ts, checked by the router (lib/service/router.ts) before a handler runs.
import * as v from 'valibot';
import { nothing } from './fields';

/** Request schemas, checked by the router before a handler runs (lib/service/router.ts). */
export const CORE_SCHEMAS = {
  ping: nothing,
  getCounts: nothing,
  // The address is built from a checked region and year only (lib/service/core.ts, libraryPath).
  loadLens: nothing,
  openLibrary: v.optional(
    v.object({
      region: v.optional(v.string('should be a region name')),
      year: v.optional(v.number('should be a year')),
    }),
    {},
  ),
};
