// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FigureRecord } from '@/lib/model';
import { parsePack } from '@/lib/pack/format';
import {
  installShippedPack,
  installStarterPack,
  type PackProgress,
  PackStatusTracker,
} from '@/lib/service/pack-install';
import { pack, proposal, record } from '../helpers/builders';
import { dump, setup } from '../helpers/db';

const starter = JSON.parse(readFileSync('assets/pack/starter-pack.json', 'utf8'));

describe('installing the starter pack', () => {
  it('loads the shipped pack: every record and proposal, all with origin pack', async () => {
    const { db, access } = setup();
    const result = await installShippedPack(access, async () => starter);
    expect(await db.records.count()).toBe(starter.records.length);
    expect(await db.proposals.count()).toBe(starter.proposals.length);
    expect(result.records).toBe(starter.records.length);
    expect((await db.records.toArray()).filter((r) => r.origin !== 'pack')).toEqual([]);
  });

  it('loading the pack twice gives no duplicates and the same database', async () => {
    const { db, access } = setup();
    await installShippedPack(access, async () => starter);
    const once = await dump(db);
    await installShippedPack(access, async () => starter);
    expect(await dump(db)).toEqual(once);
    expect(once.records.length).toBe(starter.records.length);
  });

  it('an edited record survives a pack update; unedited pack rows take the new values', async () => {
    const { db, access, handlers } = setup();
    await installStarterPack(access, pack([record({ id: 'a' }), record({ id: 'b', indicator: 'cpi', value: 3 })]));
    await handlers.updateRecord({ id: 'a', changes: { value: 6, note: '我核对过' } }, {});
    const update = pack([record({ id: 'a', value: 5.5 }), record({ id: 'b', indicator: 'cpi', value: 2 })]);
    const result = await installStarterPack(access, update);
    expect(result.kept).toBe(1);
    const a = await db.records.get('a');
    expect([a?.value, a?.note, a?.userEdited]).toEqual([6, '我核对过', true]);
    expect((await db.records.get('b'))?.value).toBe(2);
  });

  it('removes pack rows the new pack no longer has, but never a user edit or a saved page figure', async () => {
    const { db, access } = setup();
    await db.records.bulkPut([
      record({ id: 'old' }),
      record({ id: 'mine', userEdited: true }),
      record({ id: 'page', origin: 'page' }),
    ]);
    const result = await installStarterPack(access, pack([record({ id: 'new' })]));
    expect(result.removed).toBe(1);
    expect((await db.records.toCollection().primaryKeys()).sort()).toEqual(['mine', 'new', 'page']);
  });

  it('keeps an edited proposal (an edit makes it the user’s) and refreshes the others', async () => {
    const { db, access, handlers } = setup();
    await installStarterPack(access, pack([], [proposal({ id: 'p1' }), proposal({ id: 'p2' })]));
    await handlers.updateProposal({ id: 'p1', changes: { title: '我改过的标题' } }, {});
    const result = await installStarterPack(
      access,
      pack([], [proposal({ id: 'p1', title: '新标题' }), proposal({ id: 'p2', title: '新标题' })]),
    );
    expect(result.proposalsKept).toBe(1);
    expect((await db.proposals.get('p1'))?.title).toBe('我改过的标题');
    expect((await db.proposals.get('p2'))?.title).toBe('新标题');
  });

  it('refuses an invalid shipped pack without touching the database', async () => {
    const { db, access } = setup();
    await db.records.put(record({ id: 'x', origin: 'user' }));
    const before = await dump(db);
    await expect(installShippedPack(access, async () => ({ ...starter, version: 99 }))).rejects.toThrow(/invalid/);
    expect(await dump(db)).toEqual(before);
  });

  it('the shipped pack is valid and covers 25+ regions', () => {
    const parsed = parsePack(starter);
    expect(parsed.ok).toBe(true);
    expect(new Set(starter.records.map((r: { region: string }) => r.region)).size).toBeGreaterThanOrEqual(25);
  });
});

describe('a pack record the user deleted', () => {
  it('stays deleted when the pack is loaded again', async () => {
    const { db, access, handlers } = setup();
    await installStarterPack(access, pack([record({ id: 'a' }), record({ id: 'b' })], [proposal({ id: 'p1' })]));
    await handlers.deleteRecords({ ids: ['a'] }, {});
    await handlers.deleteProposals({ ids: ['p1'] }, {});
    const result = await installStarterPack(
      access,
      pack([record({ id: 'a' }), record({ id: 'b' })], [proposal({ id: 'p1' })]),
    );
    expect(result.deleted).toBe(2);
    expect(await db.records.toCollection().primaryKeys()).toEqual(['b']);
    expect(await db.proposals.count()).toBe(0);
  });

  it('comes back with the pack after Undo', async () => {
    const { db, access, handlers } = setup();
    await installStarterPack(access, pack([record({ id: 'a' })]));
    const { deleted } = await handlers.deleteRecords({ ids: ['a'] }, {});
    await handlers.restoreRecords({ records: deleted }, {});
    await installStarterPack(access, pack([record({ id: 'a', value: 5.5 })]));
    expect((await db.records.get('a'))?.value).toBe(5.5);
  });
});

/** A record read from an official report text: the origin and source type the starter pack now mostly holds. */
const official = (id: string, over: Partial<FigureRecord> = {}) =>
  record({
    id,
    source: {
      url: 'https://example.gov.cn/report-2025',
      title: '2025年政府工作报告',
      quote: '地区生产总值增长5%左右',
      type: 'official',
      publishedAt: '2025-01-14',
    },
    sources: [{ url: `https://example.test/news/${id}`, quote: '增长5%左右', type: 'news' }],
    ...over,
  });

describe('loading in chunks', () => {
  it('writes every row in chunks and reports its progress to the end', async () => {
    const { db, access } = setup();
    const rows = Array.from({ length: 25 }, (_, i) => official(`o${i}`, { year: 2000 + i }));
    const seen: PackProgress[] = [];
    const result = await installStarterPack(access, pack(rows), { chunkSize: 10, onProgress: (p) => seen.push(p) });
    expect(result.records).toBe(25);
    expect(await db.records.count()).toBe(25);
    expect(seen.filter((p) => p.phase === 'writing').map((p) => p.done)).toEqual([0, 10, 20, 25]);
    expect(seen.at(-1)).toEqual({ phase: 'done', done: 25, total: 25 });
    expect((await db.records.get('o3'))?.sources).toHaveLength(1);
  });

  it('leaves a record the user edits or deletes while the pack loads as the user left it', async () => {
    const { db, access, handlers } = setup();
    await installStarterPack(access, pack([official('a'), official('b'), official('c')]));
    const update = pack([official('a', { value: 5.5 }), official('b', { value: 5.5 }), official('c', { value: 5.5 })]);
    let step = 0;
    const result = await installStarterPack(access, update, {
      chunkSize: 1,
      // Between the first and second chunk the user edits c and deletes b.
      pause: async () => {
        if (step++ === 0) {
          await handlers.updateRecord({ id: 'c', changes: { value: 6, note: '核对官方全文' } }, {});
          await handlers.deleteRecords({ ids: ['b'] }, {});
        }
      },
    });
    expect((await db.records.get('a'))?.value).toBe(5.5);
    expect(await db.records.get('b')).toBeUndefined();
    const c = await db.records.get('c');
    expect([c?.value, c?.note, c?.userEdited]).toEqual([6, '核对官方全文', true]);
    expect([result.records, result.kept, result.deleted]).toEqual([1, 1, 1]);
  });

  it('an edited or deleted official-text record stays so through a pack update', async () => {
    const { db, access, handlers } = setup();
    await installStarterPack(access, pack([official('x'), official('y'), official('z')]));
    await handlers.updateRecord({ id: 'x', changes: { qualifier: '以上' } }, {});
    await handlers.deleteRecords({ ids: ['y'] }, {});
    const result = await installStarterPack(
      access,
      pack([official('x', { value: 6 }), official('y', { value: 6 }), official('z', { value: 6 })]),
    );
    expect(result).toMatchObject({ records: 1, kept: 1, deleted: 1 });
    expect((await db.records.get('x'))?.qualifier).toBe('以上');
    expect((await db.records.get('x'))?.value).toBe(5);
    expect(await db.records.get('y')).toBeUndefined();
    expect((await db.records.get('z'))?.value).toBe(6);
  });
});

describe('PackStatusTracker', () => {
  it('says loading with progress, then loaded, or failed with the reason', () => {
    const status = new PackStatusTracker();
    expect(status.get()).toEqual({ state: 'idle', done: 0, total: 0 });
    status.progress({ phase: 'writing', done: 500, total: 6000 });
    expect(status.get()).toEqual({ state: 'loading', done: 500, total: 6000 });
    status.progress({ phase: 'done', done: 6000, total: 6000 });
    expect(status.get().state).toBe('loaded');
    status.failed(new Error('QuotaExceededError'));
    expect(status.get()).toMatchObject({ state: 'failed', error: 'QuotaExceededError' });
  });
});
