// Sites the user switched Report Lens off on ("Don't run on this site"). Handlers: lib/service/sites.ts.

export interface SitesApi {
  listDisabledSites: { request: undefined; response: { sites: string[] } };
  /** Switches a site (a host name, with a port when it has one) off or on again; answers the whole list. */
  setSiteDisabled: { request: { host: string; disabled: boolean }; response: { sites: string[] } };
}

/** A host name as location.hostname gives it (letters, digits, dots, dashes; a port; an IPv6 literal in brackets). */
export function isHost(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length > 0 &&
    value.length <= 260 &&
    /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/i.test(value)
  );
}
