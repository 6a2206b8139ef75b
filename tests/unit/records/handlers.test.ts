// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDbAccess } from '@/lib/db/open';
import { parseRecordsCsv, recordsToCsv } from '@/lib/io/csv';
import { makePack } from '@/lib/io/export';
import { request } from '@/lib/messages';
import { registerRouter } from '@/lib/service/router';
import { createHandlers } from '@/lib/service/handlers';
import { record } from '../helpers/builders';
import { dump, seed, setup } from '../helpers/db';

describe('listing records', () => {
  it('filters by region, year, indicator, kind and origin, through the indexes', async () => {
    const { db, handlers } = setup();
    await seed(db);
    const ids = async (filter: object) => (await handlers.listRecords(filter, {})).records.map((r) => r.id);
    expect(await ids({ region: '北京' })).toEqual(['q', 'a', 'b', 'e']);
    expect(await ids({ region: '北京', indicator: 'gdp_growth' })).toEqual(['a', 'b', 'e']);
    expect(await ids({ year: 2025 })).toEqual(['c']);
    expect(await ids({ kind: 'result' })).toEqual(['d']);
    expect(await ids({ origin: 'page' })).toEqual(['d']);
    expect(await ids({ region: '北京', origin: 'pack', indicator: 'gdp_growth', year: 2024 })).toEqual(['a', 'b', 'e']);
    expect(await ids({ indicator: 'cpi', year: 2025 })).toEqual(['c']);
  });

  it('sorts and pages; total counts every match', async () => {
    const { db, handlers } = setup();
    await seed(db);
    const page = await handlers.listRecords({ sort: 'year-asc', limit: 2, offset: 0 }, {});
    expect(page.total).toBe(6);
    expect(page.records.map((r) => r.year)).toEqual([2023, 2024]);
    const byUpdate = await handlers.listRecords({ sort: 'updated-desc', limit: 1 }, {});
    expect(byUpdate.records.map((r) => r.id)).toEqual(['e']);
    const second = await handlers.listRecords({ region: '北京', limit: 2, offset: 2 }, {});
    expect([second.total, second.records.length]).toEqual([4, 2]);
  });

  it('offers the stored regions, years and indicators for the filter pickers', async () => {
    const { db, handlers } = setup();
    await seed(db);
    expect(await handlers.recordFacets(undefined, {})).toEqual({
      regions: ['北京', '广东', '上海'],
      years: [2025, 2024, 2023],
      indicators: ['gdp_growth', 'cpi', 'disposable_income_growth'],
    });
  });
});

describe('editing records', () => {
  it('an edit marks the record as the user’s and keeps its origin', async () => {
    const { db, handlers } = setup();
    await seed(db);
    const { record: edited } = await handlers.updateRecord({ id: 'a', changes: { value: 5.1, note: '核对' } }, {});
    expect(edited).toMatchObject({ value: 5.1, note: '核对', userEdited: true, origin: 'pack' });
    expect(await db.records.get('a')).toEqual(edited);
  });

  it('ignores fields a user may not set (id, origin)', async () => {
    const { db, handlers } = setup();
    await seed(db);
    await handlers.updateRecord({ id: 'a', changes: { id: 'zzz', origin: 'import' } as never }, {});
    expect(await db.records.get('a')).toMatchObject({ id: 'a', origin: 'pack' });
  });

  it('refuses an edit that breaks the record, and leaves it as it was', async () => {
    const { db, handlers } = setup();
    await seed(db);
    const before = await db.records.get('a');
    await expect(handlers.updateRecord({ id: 'a', changes: { unit: '' } }, {})).rejects.toMatchObject({
      code: 'invalid-request',
      message: expect.stringMatching(/unit should not be empty/),
    });
    expect(await db.records.get('a')).toEqual(before);
  });

  it('answers not-found for a record deleted meanwhile', async () => {
    const { handlers } = setup();
    await expect(handlers.updateRecord({ id: 'gone', changes: { value: 1 } }, {})).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('adds a record by hand with origin user (a source url is optional), and refuses one without a figure', async () => {
    const { db, handlers } = setup();
    const draft = {
      region: '天津',
      year: 2025,
      indicator: 'gdp_growth' as const,
      kind: 'target' as const,
      value: 5,
      unit: '%',
      qualifier: '左右' as const,
      source: { url: 'https://example.test/tj' },
    };
    const { record: added } = await handlers.addRecord({ record: draft }, {});
    expect(added).toMatchObject({ ...draft, origin: 'user' });
    expect(added.id).toMatch(/^user-/);
    await handlers.addRecord({ record: { ...draft, source: { url: '' } } }, {});
    await expect(handlers.addRecord({ record: { ...draft, value: undefined } }, {})).rejects.toMatchObject({
      code: 'invalid-request',
      message: expect.stringMatching(/value is missing/),
    });
    expect(await db.records.count()).toBe(2);
  });

  it('delete answers the rows, and restore puts them back exactly (undo)', async () => {
    const { db, handlers } = setup();
    await seed(db);
    const before = await dump(db);
    const { deleted } = await handlers.deleteRecords({ ids: ['a', 'b', 'nope'] }, {});
    expect(deleted.map((r) => r.id)).toEqual(['a', 'b']);
    expect(await db.records.count()).toBe(4);
    expect(await handlers.restoreRecords({ records: deleted }, {})).toEqual({ restored: 2 });
    expect(await dump(db)).toEqual(before);
  });

  it('proposals: add, edit (becomes the user’s), delete and restore', async () => {
    const { db, handlers } = setup();
    const { proposal } = await handlers.addProposal(
      {
        proposal: {
          region: '全国',
          year: 2025,
          author: '李四',
          role: '全国人大代表',
          title: '关于托育服务的建议',
          topics: ['托育', '養老'],
          source: { url: '', title: '人民日报' },
        },
      },
      {},
    );
    expect(proposal.topics).toEqual(['托育', '养老']);
    const found = await handlers.listProposals({ topic: '養老' }, {});
    expect(found.proposals.map((p) => p.id)).toEqual([proposal.id]);
    const { proposal: edited } = await handlers.updateProposal(
      { id: proposal.id, changes: { title: '关于普惠托育的建议' } },
      {},
    );
    expect(edited).toMatchObject({ title: '关于普惠托育的建议', origin: 'user' });
    const { deleted } = await handlers.deleteProposals({ ids: [proposal.id] }, {});
    expect(await db.proposals.count()).toBe(0);
    await handlers.restoreProposals({ proposals: deleted }, {});
    expect(await db.proposals.get(proposal.id)).toEqual(edited);
  });
});

describe('CSV import through importPack', () => {
  it('CSV → pack → import gives back the records exported as CSV', async () => {
    const { db, handlers } = setup();
    await seed(db);
    const before = await dump(db);
    const csv = recordsToCsv((await handlers.exportAll(undefined, {})).records);
    await db.records.clear();
    const parsed = parseRecordsCsv(csv);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const outcome = await handlers.importPack({ text: JSON.stringify(makePack(parsed.records, [])) }, {});
    expect(outcome.records.added).toBe(6);
    expect((await dump(db)).records).toEqual(before.records);
  });
});

describe('error results through the message router', () => {
  let unregister = () => {};
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => unregister());

  it('malformed requests come back as invalid-request, never as a thrown error', async () => {
    const { access } = setup();
    unregister = registerRouter(createHandlers(access, '1'));
    for (const [type, data] of [
      ['deleteRecords', { ids: 'a' }],
      ['getRecords', null],
      ['updateRecord', { changes: {} }],
      ['importPack', { pack: {} }],
      ['restoreBackup', 'text'],
      ['restoreRecords', { records: [{ id: 'x' }] }],
      ['saveStatements', { statements: 'all' }],
    ] as const) {
      const reply = await request(type as never, data as never);
      expect({ type, reply }).toMatchObject({ type, reply: { ok: false, error: { code: 'invalid-request' } } });
    }
  });

  it('an invalid backup is refused with its problems and the database unchanged', async () => {
    const { db, access } = setup();
    await seed(db);
    const before = await dump(db);
    unregister = registerRouter(createHandlers(access, '1'));
    const reply = await request('restoreBackup', {
      text: JSON.stringify({
        format: 'report-lens-backup',
        version: 1,
        createdAt: '2026-01-01',
        counts: {},
        records: [record({ id: 'x', year: 1800 })],
        proposals: [],
        reports: [],
        snippets: [],
      }),
    });
    expect(reply).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-file',
        message: expect.stringMatching(/^The file was refused and nothing was changed: records\[0\]\.year: .+\.$/),
        problems: [{ path: 'records[0].year' }],
      },
    });
    expect(await dump(db)).toEqual(before);
  });

  it('a pack given to restore is refused with a hint to use Import', async () => {
    const { access } = setup();
    unregister = registerRouter(createHandlers(access, '1'));
    const reply = await request('restoreBackup', { text: JSON.stringify(makePack([record({ id: 'a' })], [])) });
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'invalid-file', message: expect.stringMatching(/use "Import"/) },
    });
  });

  it('the access object is reused: a closed connection is reopened', async () => {
    const { db } = setup();
    const access = createDbAccess(() => db);
    await access.withDb((d) => d.records.put(record({ id: 'a' })));
    db.close();
    unregister = registerRouter(createHandlers(access, '1'));
    const reply = await request('listRecords', {});
    expect(reply.ok && reply.data.total).toBe(1);
  });
});
