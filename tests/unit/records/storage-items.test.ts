// @vitest-environment node
// What Report Lens keeps in browser.storage.local (lib/storage-items.ts): typed items over the keys an installed
// extension already holds, the pages-with-snippets mirror, and the settings backups carry.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { savedPageKey } from '@/lib/api/snippets';
import { parseBackup } from '@/lib/io/backup';
import { ensureShippedPack } from '@/lib/service/pack-install';
import { recordHandlers } from '@/lib/service/records';
import { DISABLED_SITES_KEY, PACK_LOADED_KEY, POPUP_REGION_KEY } from '@/lib/storage-items';
import { pack, record, snippet } from '../helpers/builders';
import { setup } from '../helpers/db';
import { storageItems } from '../helpers/storage';

beforeEach(() => fakeBrowser.reset());
const local = () => fakeBrowser.storage.local;

describe('storage items', () => {
  it('read what an earlier version stored under the same keys, and store the same shapes', async () => {
    await local().set({
      [DISABLED_SITES_KEY]: ['old.example'],
      [POPUP_REGION_KEY]: '上海',
      [PACK_LOADED_KEY]: '0.1.0',
    });
    const items = storageItems();
    expect(await items.disabledSites.getValue()).toEqual(['old.example']);
    expect(await items.popupRegion.getValue()).toBe('上海');
    expect(await items.packLoadedFor.getValue()).toBe('0.1.0');
    await items.popupRegion.setValue('北京');
    await items.disabledSites.setValue(['a.example', 'b.example']);
    expect(await local().get([POPUP_REGION_KEY, DISABLED_SITES_KEY])).toEqual({
      [POPUP_REGION_KEY]: '北京',
      [DISABLED_SITES_KEY]: ['a.example', 'b.example'],
    });
  });

  it('answer their fallback when nothing is stored', async () => {
    const items = storageItems();
    expect(await items.disabledSites.getValue()).toEqual([]);
    expect(await items.popupRegion.getValue()).toBeNull();
    expect(await items.packLoadedFor.getValue()).toBeNull();
    expect(await items.packLoadStats.getValue()).toBeNull();
  });

  it('mirror the pages holding snippets one key per page; a rebuild removes stale pages and leaves other keys alone', async () => {
    const { snippetPages } = storageItems();
    const a = 'https://news.example/a.html';
    const b = 'https://news.example/b.html';
    await local().set({ [DISABLED_SITES_KEY]: ['x.example'] });
    await snippetPages.update(
      new Map([
        [a, 2],
        [`${b}#part`, 1],
      ]),
    );
    expect(await local().get(null)).toEqual({
      [DISABLED_SITES_KEY]: ['x.example'],
      [savedPageKey(a)]: 2,
      [savedPageKey(b)]: 1,
    });
    await snippetPages.update(new Map([[a, 0]]));
    expect(await local().get(savedPageKey(a))).toEqual({});
    await snippetPages.replace(new Map([[a, 3]]));
    expect(await local().get(null)).toEqual({ [DISABLED_SITES_KEY]: ['x.example'], [savedPageKey(a)]: 3 });
  });
});

describe('settings in backups', () => {
  it('carries the sites switched off, the popup region and the pack flag; a restore brings them back', async () => {
    const { access } = setup();
    const items = storageItems();
    const records = recordHandlers(access, items);
    await items.disabledSites.setValue(['news.example']);
    await items.popupRegion.setValue('广东');
    await items.packLoadedFor.setValue('0.1.0');
    const backup = await records.backupAll(undefined, {});
    expect(backup.settings).toEqual({ disabledSites: ['news.example'], popupRegion: '广东', packLoadedFor: '0.1.0' });

    await items.disabledSites.setValue(['later.example']);
    await items.popupRegion.setValue('上海');
    await items.packLoadedFor.setValue('0.2.0');
    expect(await records.restoreBackup({ text: JSON.stringify(backup) }, {})).toMatchObject({
      counts: expect.any(Object),
    });
    expect(await local().get([DISABLED_SITES_KEY, POPUP_REGION_KEY, PACK_LOADED_KEY])).toEqual({
      [DISABLED_SITES_KEY]: ['news.example'],
      [POPUP_REGION_KEY]: '广东',
      [PACK_LOADED_KEY]: '0.1.0',
    });
  });

  it('a restored backup from an older pack version has the installed pack loaded over it at the next start', async () => {
    const { access, db } = setup();
    const items = storageItems();
    const records = recordHandlers(access, items);
    await ensureShippedPack(access, items, '0.1.0', async () => pack([record({ id: 'a', value: 5 })]));
    const backup = await records.backupAll(undefined, {});
    await ensureShippedPack(access, items, '0.2.0', async () => pack([record({ id: 'a', value: 6 })]));
    await records.restoreBackup({ text: JSON.stringify(backup) }, {});
    expect((await db.records.get('a'))?.value).toBe(5);
    expect(
      await ensureShippedPack(access, items, '0.2.0', async () => pack([record({ id: 'a', value: 6 })])),
    ).not.toBeNull();
    expect((await db.records.get('a'))?.value).toBe(6);
  });

  it('an older backup without them still restores, and leaves the current settings as they are', async () => {
    const { access } = setup();
    const items = storageItems();
    const records = recordHandlers(access, items);
    const backup = await records.backupAll(undefined, {});
    await items.disabledSites.setValue(['kept.example']);
    await items.popupRegion.setValue('北京');
    await items.packLoadedFor.setValue('0.2.0');
    for (const older of [
      { ...backup, settings: undefined },
      { ...backup, settings: { disabledSites: ['kept.example'] } },
    ]) {
      expect(await records.restoreBackup({ text: JSON.stringify(older) }, {})).toMatchObject({
        counts: expect.any(Object),
      });
      expect(await items.disabledSites.getValue()).toEqual(['kept.example']);
      expect(await items.popupRegion.getValue()).toBe('北京');
      expect(await items.packLoadedFor.getValue()).toBe('0.2.0');
    }
  });

  it('rebuilds the pages-with-snippets mirror from the restored snippets (derived data, not carried by the file)', async () => {
    const { access, db } = setup();
    const items = storageItems();
    const records = recordHandlers(access, items);
    const url = 'https://news.example/kept.html';
    await db.snippets.put(snippet({ id: 's1', url }));
    const backup = await records.backupAll(undefined, {});
    await db.snippets.clear();
    await items.snippetPages.replace(new Map([['https://news.example/stale.html', 1]]));
    expect(await records.restoreBackup({ text: JSON.stringify(backup) }, {})).toMatchObject({
      counts: expect.any(Object),
    });
    const stored = await local().get(null);
    expect(stored[savedPageKey(url)]).toBe(1);
    expect(stored[savedPageKey('https://news.example/stale.html')]).toBeUndefined();
  });

  it('refuses a file whose settings are not what they claim', async () => {
    const { access } = setup();
    const backup = await recordHandlers(access, storageItems()).backupAll(undefined, {});
    expect(parseBackup(JSON.stringify({ ...backup, settings: { popupRegion: '' } })).ok).toBe(false);
    expect(parseBackup(JSON.stringify({ ...backup, settings: { packLoadedFor: 'javascript:1' } })).ok).toBe(false);
    expect(
      parseBackup(JSON.stringify({ ...backup, settings: { popupRegion: '北京', packLoadedFor: '1.0.12' } })).ok,
    ).toBe(true);
  });
});
