// The request schemas of lib/api/pack.ts, checked by the router (lib/service/router.ts) before a handler runs.
import { nothing } from './fields';

export const PACK_SCHEMAS = { getPackStatus: nothing, getCoverage: nothing };
