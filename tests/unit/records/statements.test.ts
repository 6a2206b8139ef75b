// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkRequest } from '@/lib/service/router';
import { record, statement } from '../helpers/builders';
import { setup } from '../helpers/db';

const page = { url: 'https://news.example.test/2025/beijing-report', title: '北京市政府工作报告' };

describe('saveStatements', () => {
  it('saves a statement as a page record with the page as source and the statement as quote', async () => {
    const { db, handlers } = setup();
    const result = await handlers.saveStatements({ statements: [statement()], source: page }, {});
    expect(result).toMatchObject({ saved: 1, skipped: 0 });
    const [saved] = await db.records.toArray();
    expect(saved).toMatchObject({
      region: '北京',
      year: 2025,
      value: 5,
      origin: 'page',
      source: { url: page.url, title: page.title, quote: '地区生产总值增长5%左右' },
    });
  });

  it('saving the same statement again is skipped', async () => {
    const { db, handlers } = setup();
    await handlers.saveStatements({ statements: [statement()], source: page }, {});
    const again = await handlers.saveStatements({ statements: [statement({ start: 99, end: 111 })], source: page }, {});
    expect(again).toEqual({ saved: 0, skipped: 1, ids: [] });
    expect(await db.records.count()).toBe(1);
  });

  it('"save all" of a page: new statements saved, known ones and repeats within the request skipped', async () => {
    const { db, handlers } = setup();
    await handlers.saveStatements({ statements: [statement()], source: page }, {});
    const all = [
      statement(),
      statement({ indicator: 'cpi', value: 2, qualifier: null, quote: '居民消费价格涨幅2%左右' }),
      statement({ indicator: 'cpi', value: 2, qualifier: null, quote: '居民消费价格涨幅2%左右' }),
      statement({ kind: 'result', year: 2024, value: 5.2, qualifier: null, quote: '增长5.2%' }),
    ];
    expect(await handlers.saveStatements({ statements: all, source: page }, {})).toMatchObject({
      saved: 2,
      skipped: 2,
    });
    expect(await db.records.count()).toBe(3);
  });

  it('a record stored by other means with the same fact, value and page counts as saved', async () => {
    const { db, handlers } = setup();
    await db.records.put(record({ id: 'mine', origin: 'user', year: 2025, source: { url: page.url } }));
    expect(await handlers.saveStatements({ statements: [statement()], source: page }, {})).toMatchObject({
      saved: 0,
      skipped: 1,
    });
  });

  it('the same figure from another page is a new record (a second source)', async () => {
    const { db, handlers } = setup();
    await handlers.saveStatements({ statements: [statement()], source: page }, {});
    await handlers.saveStatements({ statements: [statement()], source: { url: 'https://other.example.test/a' } }, {});
    expect(await db.records.count()).toBe(2);
  });

  it('refuses a malformed request and names the field', () => {
    expect(
      checkRequest('saveStatements', { statements: [statement({ value: 'five' as never })], source: page }),
    ).toEqual({
      ok: false,
      message: 'Invalid saveStatements request: "statements.0.value" should be a number.',
    });
    expect(checkRequest('saveStatements', { statements: [statement()], source: { url: 'not a url' } })).toEqual({
      ok: false,
      message: 'Invalid saveStatements request: "source.url" should be the page address.',
    });
  });

  it('a page figure that disagrees with a stored one is marked as a conflict on both', async () => {
    const { db, handlers } = setup();
    await db.records.put(record({ id: 'pack-bj', year: 2025, value: 5, qualifier: '左右' }));
    await handlers.saveStatements({ statements: [statement({ value: 6, quote: '增长6%左右' })], source: page }, {});
    const saved = (await db.records.where('origin').equals('page').toArray())[0];
    expect(saved.conflictsWith).toEqual(['pack-bj']);
    const stored = await db.records.get('pack-bj');
    expect(stored?.conflictsWith).toEqual([saved.id]);
    expect(stored?.userEdited).toBeUndefined();
  });

  it('a page figure that agrees with a stored one is not a conflict', async () => {
    const { db, handlers } = setup();
    await db.records.put(record({ id: 'pack-bj', year: 2025, value: 5, qualifier: '左右' }));
    await handlers.saveStatements({ statements: [statement()], source: page }, {});
    expect((await db.records.toArray()).every((r) => !r.conflictsWith)).toBe(true);
  });
});
