// The request schemas of lib/api/sites.ts, checked by the router (lib/service/router.ts) before a handler runs.
import * as v from 'valibot';
import { flag, nothing } from './fields';
import { isHost } from './sites';

export const SITES_SCHEMAS = {
  listDisabledSites: nothing,
  setSiteDisabled: v.object(
    {
      host: v.pipe(
        v.string('should be a host name'),
        v.check((s: string) => isHost(s), 'should be a host name such as news.example'),
      ),
      disabled: flag,
    },
    'should be an object { host, disabled }',
  ),
};
