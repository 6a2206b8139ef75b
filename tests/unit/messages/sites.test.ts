// @vitest-environment node
// "Don't run on this site": one writer, undoable from the library, carried by backups.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseBackup } from '@/lib/io/backup';
import { recordHandlers } from '@/lib/service/records';
import { checkRequest } from '@/lib/service/router';
import { sitesHandlers } from '@/lib/service/sites';
import { DISABLED_SITES_KEY } from '@/lib/storage-items';
import { setup } from '../helpers/db';
import { storageItems } from '../helpers/storage';

beforeEach(() => fakeBrowser.reset());
const store = () => storageItems().disabledSites;

describe('the list of sites switched off', () => {
  it('keeps every change when many arrive at once (one writer), and takes a site off again', async () => {
    const h = sitesHandlers(store());
    const hosts = Array.from({ length: 20 }, (_, i) => `site${i}.example`);
    await Promise.all(hosts.map((host) => h.setSiteDisabled({ host, disabled: true }, {})));
    expect((await h.listDisabledSites(undefined, {})).sites).toEqual([...hosts].sort());
    await h.setSiteDisabled({ host: 'site3.example', disabled: false }, {});
    expect((await h.listDisabledSites(undefined, {})).sites).not.toContain('site3.example');
  });

  it('lets a page switch off only its own site, never another, and never back on', async () => {
    const h = sitesHandlers(store());
    const page = { fromContentScript: true, senderUrl: 'https://news.example/a.html' };
    await expect(h.setSiteDisabled({ host: 'news.example', disabled: true }, page)).resolves.toEqual({
      sites: ['news.example'],
    });
    await expect(h.setSiteDisabled({ host: 'other.example', disabled: true }, page)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(h.setSiteDisabled({ host: 'news.example', disabled: false }, page)).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect(checkRequest('setSiteDisabled', { host: '<script>', disabled: true })).toEqual({
      ok: false,
      message: 'Invalid setSiteDisabled request: "host" should be a host name such as news.example.',
    });
  });

  it('is in backups and comes back with a restore', async () => {
    const { access } = setup();
    const sites = sitesHandlers(store());
    const records = recordHandlers(access, storageItems());
    await sites.setSiteDisabled({ host: 'news.example', disabled: true }, {});
    const backup = await records.backupAll(undefined, {});
    expect(backup.settings?.disabledSites).toEqual(['news.example']);
    await sites.setSiteDisabled({ host: 'news.example', disabled: false }, {});
    await sites.setSiteDisabled({ host: 'later.example', disabled: true }, {});
    const restored = await records.restoreBackup({ text: JSON.stringify(backup) }, {});
    expect(restored.counts.records).toBe(backup.counts.records);
    expect((await fakeBrowser.storage.local.get(DISABLED_SITES_KEY))[DISABLED_SITES_KEY]).toEqual(['news.example']);
    // A backup naming something that is no host is refused.
    const bad = { ...backup, settings: { disabledSites: ['javascript:alert(1)'] } };
    expect(parseBackup(JSON.stringify(bad)).ok).toBe(false);
  });
});
