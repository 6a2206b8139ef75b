// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { BACKUP_FORMAT } from '@/lib/io/backup';
import { MAX_IMPORT_BYTES } from '@/lib/io/limits';
import type { RequestError } from '@/lib/messages';
import { pack, proposal, record } from '../helpers/builders';
import { dump, seed, setup } from '../helpers/db';

describe('export → wipe → import', () => {
  it('a pack export imported into an emptied database gives back the same records and proposals', async () => {
    const { db, handlers } = setup();
    await seed(db);
    const before = await dump(db);
    const exported = await handlers.exportAll(undefined, {});
    await Promise.all([db.records.clear(), db.proposals.clear()]);
    const outcome = await handlers.importPack({ text: JSON.stringify(exported) }, {});
    expect(outcome.records.added).toBe(before.records.length);
    const after = await dump(db);
    expect(after.records).toEqual(before.records);
    expect(after.proposals).toEqual(before.proposals);
  });

  it('a backup restored into a wiped database gives back every table exactly', async () => {
    const { db, handlers } = setup();
    await seed(db);
    const before = await dump(db);
    const backup = await handlers.backupAll(undefined, {});
    expect(backup.format).toBe(BACKUP_FORMAT);
    await db.delete();
    await db.open();
    expect((await dump(db)).records).toEqual([]);
    const outcome = await handlers.restoreBackup({ text: JSON.stringify(backup) }, {});
    expect(outcome).toEqual({ counts: { records: 6, proposals: 2, reports: 1, snippets: 1 } });
    expect(await dump(db)).toEqual(before);
  });

  it('restore replaces what is stored (it is not a merge)', async () => {
    const { db, handlers } = setup();
    await seed(db);
    const backup = await handlers.backupAll(undefined, {});
    await db.records.put(record({ id: 'added-later', origin: 'user' }));
    await handlers.restoreBackup({ text: JSON.stringify(backup) }, {});
    expect(await db.records.get('added-later')).toBeUndefined();
  });
});

describe('an import that cannot be read changes nothing', () => {
  /** The import is refused with one error (its code, one sentence, the problems listed) and nothing changes. */
  async function expectUnchanged(text: string, code: 'invalid-file' | 'too-large') {
    const { db, handlers } = setup();
    await seed(db);
    const before = await dump(db);
    const error = await Promise.resolve(handlers.importPack({ text }, {})).then(
      () => expect.fail('the import should have been refused'),
      (e: RequestError) => e,
    );
    expect(error).toMatchObject({
      code,
      message: expect.stringMatching(/^The file was refused and nothing was changed: .+\.$/),
    });
    expect(await dump(db)).toEqual(before);
    return error.problems ?? [];
  }

  it('malformed JSON', async () => {
    const problems = await expectUnchanged('{"format": "report-lens-pack", "version": 1, records: [}', 'invalid-file');
    expect(problems[0].message).toMatch(/not valid JSON/);
  });

  it('a truncated file', async () => {
    const text = JSON.stringify(pack([record({ id: 'n1' }), record({ id: 'n2' })]));
    const problems = await expectUnchanged(text.slice(0, Math.floor(text.length * 0.7)), 'invalid-file');
    expect(problems[0].message).toMatch(/truncated/);
  });

  it('a pack from a newer version', async () => {
    const problems = await expectUnchanged(
      JSON.stringify({ ...pack([record({ id: 'n1' })]), version: 2 }),
      'invalid-file',
    );
    expect(problems).toEqual([expect.objectContaining({ path: 'version', message: expect.stringMatching(/newer/) })]);
  });

  it('one bad row among good ones: nothing is imported, the problem names row and field', async () => {
    const rows = [record({ id: 'n1' }), record({ id: 'n2', year: 'twenty' as never }), record({ id: 'n3' })];
    const problems = await expectUnchanged(JSON.stringify(pack(rows)), 'invalid-file');
    expect(problems[0].path).toBe('records[1].year');
    expect(problems[0].message).toMatch(/record 2/);
  });

  it('a 50 MB file is refused before it is parsed', async () => {
    const big = JSON.stringify(pack([record({ id: 'n1' })])).replace(
      '"test pack"',
      `"${'x'.repeat(50 * 1024 * 1024)}"`,
    );
    expect(big.length).toBeGreaterThan(MAX_IMPORT_BYTES);
    const problems = await expectUnchanged(big, 'too-large');
    expect(problems[0].message).toMatch(/50\.0 MB.*32\.0 MB/);
  });

  it('a file just under the limit with a broken last row is refused as a whole', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => record({ id: `bulk-${i}`, year: 2000 + (i % 25), value: i }));
    rows.push(record({ id: 'broken', kind: 'maybe' as never }));
    const problems = await expectUnchanged(JSON.stringify(pack(rows)), 'invalid-file');
    expect(problems[0].path).toBe('records[20000].kind');
  });
});

describe('merging an import', () => {
  it('a duplicate (same figure from the same page under another id) merges into the stored record', async () => {
    const { db, handlers } = setup();
    await db.records.put(record({ id: 'mine', origin: 'page', source: { url: 'https://example.test/x' } }));
    const twin = record({ id: 'theirs', origin: 'import', source: { url: 'https://example.test/x' } });
    const outcome = await handlers.importPack(
      { text: JSON.stringify(pack([twin, record({ id: 'other', origin: 'import' })])) },
      {},
    );
    expect(outcome.records).toEqual({ added: 1, updated: 0, unchanged: 0, kept: 0, duplicates: 1 });
    expect(await db.records.count()).toBe(2);
  });

  it('the same file twice: the second time nothing changes', async () => {
    const { db, handlers } = setup();
    const text = JSON.stringify(pack([record({ id: 'a' }), record({ id: 'b', value: 6 })], [proposal({ id: 'p1' })]));
    await handlers.importPack({ text }, {});
    const once = await dump(db);
    const again = await handlers.importPack({ text }, {});
    expect(again.records).toEqual({ added: 0, updated: 0, unchanged: 2, kept: 0, duplicates: 0 });
    expect(await dump(db)).toEqual(once);
  });

  it('a stored record the user edited is kept over an unedited copy in the file', async () => {
    const { db, handlers } = setup();
    await db.records.put(record({ id: 'a', value: 6, userEdited: true, updatedAt: 1 }));
    const outcome = await handlers.importPack(
      { text: JSON.stringify(pack([record({ id: 'a', value: 5, updatedAt: 99 })])) },
      {},
    );
    expect(outcome.records.kept).toBe(1);
    expect((await db.records.get('a'))?.value).toBe(6);
  });

  it('a newer version of a row replaces the older one', async () => {
    const { db, handlers } = setup();
    await db.records.put(record({ id: 'a', value: 5, updatedAt: 1 }));
    await handlers.importPack({ text: JSON.stringify(pack([record({ id: 'a', value: 5.5, updatedAt: 2 })])) }, {});
    expect((await db.records.get('a'))?.value).toBe(5.5);
  });
});

describe('a full disk', () => {
  it('says in one sentence that nothing was changed, after checking that nothing was', async () => {
    const { db, handlers } = setup();
    await seed(db);
    const before = await dump(db);
    const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    const spy = vi.spyOn(db.proposals, 'bulkPut').mockRejectedValue(quota);
    const failure = await Promise.resolve()
      .then(() =>
        handlers.importPack({ text: JSON.stringify(pack([record({ id: 'n1' })], [proposal({ id: 'n2' })])) }, {}),
      )
      .catch((e: Error & { code?: string }) => e);
    spy.mockRestore();
    expect(failure).toMatchObject({ code: 'storage', after: 'intact' });
    expect((failure as Error).message).toMatch(/no storage space.*nothing was changed/);
    // The records written before the failure were rolled back with the transaction.
    expect(await dump(db)).toEqual(before);
  });
});
