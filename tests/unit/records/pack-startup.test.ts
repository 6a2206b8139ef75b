// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ensureShippedPack } from '@/lib/service/pack-install';
import { PACK_LOADED_KEY } from '@/lib/storage-items';
import { pack, record } from '../helpers/builders';
import { setup } from '../helpers/db';
import { storageItems } from '../helpers/storage';

const shipped = pack([record({ id: 'a' }), record({ id: 'b', year: 2025 })]);

describe('loading the shipped pack at start-up', () => {
  it('loads the pack once per extension version and remembers it', async () => {
    fakeBrowser.reset();
    const { db, access } = setup();
    let loads = 0;
    const load = async () => {
      loads++;
      return shipped;
    };
    expect(await ensureShippedPack(access, storageItems(), '1.0.0', load)).not.toBeNull();
    expect(await db.records.count()).toBe(2);
    expect(await ensureShippedPack(access, storageItems(), '1.0.0', load)).toBeNull();
    expect(loads).toBe(1);
    expect((await fakeBrowser.storage.local.get(PACK_LOADED_KEY))[PACK_LOADED_KEY]).toBe('1.0.0');
  });

  it('tries again at the next start when a load failed', async () => {
    fakeBrowser.reset();
    const { db, access } = setup();
    await expect(ensureShippedPack(access, storageItems(), '1.0.0', async () => ({ broken: true }))).rejects.toThrow(
      /invalid/,
    );
    expect((await fakeBrowser.storage.local.get(PACK_LOADED_KEY))[PACK_LOADED_KEY]).toBeUndefined();
    expect(await ensureShippedPack(access, storageItems(), '1.0.0', async () => shipped)).not.toBeNull();
    expect(await db.records.count()).toBe(2);
  });

  it('loads again on an update (force), even when this version was loaded', async () => {
    fakeBrowser.reset();
    const { access } = setup();
    await ensureShippedPack(access, storageItems(), '1.0.0', async () => shipped);
    expect(
      await ensureShippedPack(access, storageItems(), '1.0.0', async () => shipped, { force: true }),
    ).not.toBeNull();
  });
});
