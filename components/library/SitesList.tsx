// "Don't run on this site" undone: the sites switched off, each with a button that turns Report Lens on again there.
import { useEffect, useState } from 'preact/hooks';
import { request } from '@/lib/messages';
import { t } from '../i18n';

export function SitesList() {
  const [sites, setSites] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void request('listDisabledSites').then((reply) =>
      reply.ok ? setSites(reply.data.sites) : setError(reply.error.message),
    );
  }, []);
  const enable = async (host: string) => {
    const reply = await request('setSiteDisabled', { host, disabled: false });
    if (reply.ok) setSites(reply.data.sites);
    else setError(reply.error.message);
  };
  return (
    <div class="rl-transfer-group" data-testid="disabled-sites">
      <h2>{t('librarySitesHeading')}</h2>
      <p class="rl-muted">{t('librarySitesHelp')}</p>
      {error && <p class="rl-error">{error}</p>}
      {sites && sites.length === 0 && <p class="rl-muted">{t('librarySitesNone')}</p>}
      {sites && sites.length > 0 && (
        <ul>
          {sites.map((host) => (
            <li key={host}>
              <code>{host}</code>{' '}
              <button type="button" onClick={() => void enable(host)} data-action="enable-site" data-host={host}>
                {t('librarySitesRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
