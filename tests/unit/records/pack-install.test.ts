import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePack } from '@/lib/pack/format';
import { installShippedPack, installStarterPack } from '@/lib/service/pack-install';
import { dump, pack, proposal, record, setup } from './helpers';

const starter = JSON.parse(readFileSync('assets/pack/starter-pack.json', 'utf8'));

describe('installing the starter pack', () => {
  it('loads the shipped pack: every record and proposal, all with origin pack', async () => {
    const { db, access } = setup();
    const result = await installShippedPack(access, async () => starter);
    expect(await db.records.count()).toBe(starter.records.length);
    expect(await db.proposals.count()).toBe(starter.proposals.length);
    expect(result.records).toBe(starter.records.length);
    expect(await db.records.where('origin').notEqual('pack').count()).toBe(0);
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
    await installStarterPack(access, pack([record('a'), record('b', { indicator: 'cpi', value: 3 })]));
    await handlers.updateRecord({ id: 'a', changes: { value: 6, note: '我核对过' } }, {});
    const update = pack([record('a', { value: 5.5 }), record('b', { indicator: 'cpi', value: 2 })]);
    const result = await installStarterPack(access, update);
    expect(result.kept).toBe(1);
    const a = await db.records.get('a');
    expect([a?.value, a?.note, a?.userEdited]).toEqual([6, '我核对过', true]);
    expect((await db.records.get('b'))?.value).toBe(2);
  });

  it('removes pack rows the new pack no longer has, but never a user edit or a saved page figure', async () => {
    const { db, access } = setup();
    await db.records.bulkPut([record('old'), record('mine', { userEdited: true }), record('page', { origin: 'page' })]);
    const result = await installStarterPack(access, pack([record('new')]));
    expect(result.removed).toBe(1);
    expect((await db.records.toCollection().primaryKeys()).sort()).toEqual(['mine', 'new', 'page']);
  });

  it('keeps an edited proposal (an edit makes it the user’s) and refreshes the others', async () => {
    const { db, access, handlers } = setup();
    await installStarterPack(access, pack([], [proposal('p1'), proposal('p2')]));
    await handlers.updateProposal({ id: 'p1', changes: { title: '我改过的标题' } }, {});
    const result = await installStarterPack(access, pack([], [proposal('p1', { title: '新标题' }), proposal('p2', { title: '新标题' })]));
    expect(result.proposalsKept).toBe(1);
    expect((await db.proposals.get('p1'))?.title).toBe('我改过的标题');
    expect((await db.proposals.get('p2'))?.title).toBe('新标题');
  });

  it('refuses an invalid shipped pack without touching the database', async () => {
    const { db, access } = setup();
    await db.records.put(record('x', { origin: 'user' }));
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
    await installStarterPack(access, pack([record('a'), record('b')], [proposal('p1')]));
    await handlers.deleteRecords({ ids: ['a'] }, {});
    await handlers.deleteProposals({ ids: ['p1'] }, {});
    const result = await installStarterPack(access, pack([record('a'), record('b')], [proposal('p1')]));
    expect(result.deleted).toBe(2);
    expect(await db.records.toCollection().primaryKeys()).toEqual(['b']);
    expect(await db.proposals.count()).toBe(0);
  });

  it('comes back with the pack after Undo', async () => {
    const { db, access, handlers } = setup();
    await installStarterPack(access, pack([record('a')]));
    const { deleted } = await handlers.deleteRecords({ ids: ['a'] }, {});
    await handlers.restoreRecords({ records: deleted }, {});
    await installStarterPack(access, pack([record('a', { value: 5.5 })]));
    expect((await db.records.get('a'))?.value).toBe(5.5);
  });
});
