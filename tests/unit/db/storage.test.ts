// @vitest-environment node
// Storage failures (lib/db/storage.ts, createDbAccess().write): every way the browser says "could not write" is
// recognised, what is left is checked, and the user reads the truth.
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDbAccess } from '@/lib/db/open';
import { ReportLensDb } from '@/lib/db/schema';
import { failureSentence, judgeAfter, StorageError, storageFailure } from '@/lib/db/storage';
import { ensureShippedPack } from '@/lib/service/pack-install';
import { recordHandlers } from '@/lib/service/records';
import { PACK_LOADED_KEY } from '@/lib/storage-items';
import { pack, record } from '../helpers/builders';
import { storageItems } from '../helpers/storage';

const named = (name: string, extra: object = {}) => Object.assign(new Error(name), { name, ...extra });
const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});
function access(onEmptied?: () => void) {
  const name = `storage-${Math.random()}`;
  names.push(name);
  return { name, access: createDbAccess(() => new ReportLensDb(name), { onEmptied }) };
}

describe('recognising a storage failure', () => {
  it('sees through Dexie’s wrappers: BulkError of AbortErrors, AbortError around a quota, UnknownError, a closed database', () => {
    const bulk = named('BulkError', {
      failures: [named('AbortError'), named('AbortError')],
      failuresByPos: { 0: named('AbortError') },
    });
    expect(storageFailure(bulk)).toBe('failed');
    expect(storageFailure(named('AbortError', { inner: named('QuotaExceededError') }))).toBe('full');
    expect(storageFailure(named('BulkError', { failures: [named('QuotaExceededError')] }))).toBe('full');
    expect(storageFailure(named('UnknownError'))).toBe('failed');
    expect(storageFailure(named('DatabaseClosedError'))).toBe('lost');
    expect(storageFailure(named('TypeError'))).toBeNull();
    expect(storageFailure(named('BulkError', { failures: [named('ConstraintError')] }))).toBeNull();
  });

  it('judges what is left by the counts before and after', () => {
    const c = (records: number) => ({ records, proposals: 2, reports: 0, snippets: 1 });
    expect(judgeAfter(c(10), c(10))).toBe('intact');
    expect(judgeAfter(c(10), { records: 0, proposals: 0, reports: 0, snippets: 0 })).toBe('emptied');
    expect(judgeAfter(c(10), null)).toBe('emptied');
    expect(judgeAfter(c(10), c(4))).toBe('changed');
    // One sentence each.
    for (const after of ['intact', 'changed', 'emptied'] as const)
      expect(
        failureSentence('failed', after)
          .split(/[.!?](\s|$)/)
          .filter((x) => x.trim()).length,
      ).toBe(1);
  });
});

describe('a write that fails', () => {
  it('with the library intact says nothing was changed', async () => {
    const { access: a } = access();
    await a.write((db) => db.records.bulkPut([record({ id: 'a' }), record({ id: 'b' })]));
    const failure = await a
      .write(async (db) => {
        await db.transaction('rw', db.records, async () => {
          await db.records.put(record({ id: 'c' }));
          throw named('BulkError', { failures: [named('AbortError')] });
        });
      })
      .catch((e) => e);
    expect(failure).toBeInstanceOf(StorageError);
    expect(failure).toMatchObject({ code: 'storage', kind: 'failed', after: 'intact' });
    expect(await a.withDb((db) => db.records.count())).toBe(2);
  });

  it('after the browser dropped the database says so, and reloads the starter pack', async () => {
    fakeBrowser.reset();
    let reloads = 0;
    const { access: a } = access(() => reloads++);
    const handlers = recordHandlers(a);
    await handlers.importPack(
      { text: JSON.stringify(pack([record({ id: 'a' }), record({ id: 'b' }), record({ id: 'c' })])) },
      {},
    );
    // What Chromium did on a full disk: the import's transaction failed and the database was gone after it.
    const failure = await a
      .write(async (db) => {
        await db.delete();
        throw named('BulkError', { failures: [named('AbortError')] });
      })
      .catch((e) => e);
    expect(failure).toMatchObject({ code: 'storage', after: 'emptied' });
    expect(failure.message).toMatch(/emptied the library.*starter pack.*backup/);
    expect(reloads).toBe(1);
  });

  it('reloads the starter pack at the next wake when the records table is empty though the pack was loaded', async () => {
    fakeBrowser.reset();
    const { access: a } = access();
    const shipped = pack([record({ id: 'a' }), record({ id: 'b' })]);
    await ensureShippedPack(a, storageItems(), '1', async () => shipped);
    expect((await fakeBrowser.storage.local.get(PACK_LOADED_KEY))[PACK_LOADED_KEY]).toBe('1');
    await a.withDb((db) => db.records.clear());
    expect(await ensureShippedPack(a, storageItems(), '1', async () => shipped)).not.toBeNull();
    expect(await a.withDb((db) => db.records.count())).toBe(2);
  });
});
