// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SnippetDraft } from '@/lib/api/snippets';
import { createDbAccess } from '@/lib/db/open';
import { ReportLensDb } from '@/lib/db/schema';
import { snippetsToJson } from '@/lib/io/snippets';
import { request } from '@/lib/messages';
import { registerRouter } from '@/lib/service/router';
import type { Snippet } from '@/lib/model';
import { createHandlers } from '@/lib/service/handlers';
import type { SavedPages } from '@/lib/storage-items';
import { storageItems } from '../helpers/storage';

let db: ReportLensDb;
let unregister: () => void = () => {};
let mirror: Map<string, number>;
let clock = 1_000;

beforeEach(() => {
  fakeBrowser.reset();
  // Every save gets a later time, so "newest first" never depends on two saves landing in the same millisecond.
  vi.spyOn(Date, 'now').mockImplementation(() => (clock += 1000));
  db = new ReportLensDb(`snippets-${Math.random()}`);
  mirror = new Map();
  const pages: SavedPages = {
    update: async (counts) => {
      for (const [url, n] of counts) {
        if (n > 0) mirror.set(url, n);
        else mirror.delete(url);
      }
    },
    replace: async (counts) => {
      mirror = new Map(counts);
    },
  };
  const platform = { openPage: async () => {}, storage: { ...storageItems(), snippetPages: pages } };
  unregister = registerRouter(
    createHandlers(
      createDbAccess(() => db),
      'test',
      platform,
    ),
  );
});
afterEach(async () => {
  vi.restoreAllMocks();
  unregister();
  await db.delete();
});

function draft(exact: string, overrides: Partial<SnippetDraft> = {}): SnippetDraft {
  return {
    url: 'https://news.example/2026/lianghui.html?id=7#comments',
    title: '两会观察：今年目标怎么定',
    text: exact,
    selector: { exact, prefix: '前文', suffix: '后文', start: 10, end: 10 + exact.length },
    ...overrides,
  };
}

async function save(d: SnippetDraft): Promise<Snippet> {
  const reply = await request('saveSnippet', d);
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.data;
}

describe('saving', () => {
  it('stores the snippet on the page URL without its hash, and mirrors the page as holding one', async () => {
    const s = await save(draft('国内生产总值增长5%左右', { region: '全国', year: 2026 }));
    expect(s).toMatchObject({
      url: 'https://news.example/2026/lianghui.html?id=7',
      text: '国内生产总值增长5%左右',
      region: '全国',
      year: 2026,
      tags: [],
    });
    expect(mirror).toEqual(new Map([['https://news.example/2026/lianghui.html?id=7', 1]]));
    const forUrl = await request('snippetsForUrl', { url: 'https://news.example/2026/lianghui.html?id=7#top' });
    expect(forUrl.ok && forUrl.data.map((x) => x.id)).toEqual([s.id]);
    const otherQuery = await request('snippetsForUrl', { url: 'https://news.example/2026/lianghui.html?id=8' });
    expect(otherQuery.ok && otherQuery.data).toEqual([]);
  });

  it('saving the same selection twice keeps one snippet', async () => {
    const a = await save(draft('城镇新增就业1200万人以上'));
    const b = await save(draft('城镇新增就业1200万人以上'));
    expect(b.id).toBe(a.id);
    expect(await db.snippets.count()).toBe(1);
  });

  it('refuses a selection over the limit with a message that says so', async () => {
    const reply = await request('saveSnippet', draft('长'.repeat(5001)));
    expect(!reply.ok && reply.error).toEqual({
      code: 'invalid-request',
      message: 'Invalid saveSnippet request: "text" should be at most 5,000 characters (this one has 5,001).',
    });
  });
});

describe('editing, deleting and undo', () => {
  it('updates tags and note', async () => {
    const s = await save(draft('赤字率拟按4%左右安排'));
    const reply = await request('updateSnippet', { id: s.id, tags: ['财政', ' 财政 ', '赤字'], note: '比去年高' });
    expect(reply.ok && reply.data).toMatchObject({ tags: ['财政', '赤字'], note: '比去年高' });
  });

  it('deletes and restores exactly what was deleted', async () => {
    const s = await save(draft('居民消费价格涨幅2%左右'));
    await request('updateSnippet', { id: s.id, tags: ['CPI'] });
    const deleted = await request('deleteSnippets', { ids: [s.id, 'missing'] });
    expect(deleted.ok && deleted.data.deleted.map((x) => x.id)).toEqual([s.id]);
    expect(await db.snippets.count()).toBe(0);
    expect(mirror.size).toBe(0);
    const restored = await request('restoreSnippets', { snippets: deleted.ok ? deleted.data.deleted : [] });
    expect(restored).toEqual({ ok: true, data: { restored: 1 } });
    expect((await db.snippets.get(s.id))?.tags).toEqual(['CPI']);
    expect(mirror.size).toBe(1);
  });

  it('flags and un-flags orphaned snippets', async () => {
    const s = await save(draft('粮食产量1.4万亿斤左右'));
    expect(await request('markOrphaned', { ids: [s.id], orphaned: true })).toEqual({ ok: true, data: { updated: 1 } });
    expect((await db.snippets.get(s.id))?.orphaned).toBe(true);
    expect(await request('markOrphaned', { ids: [s.id], orphaned: false })).toEqual({ ok: true, data: { updated: 1 } });
    expect((await db.snippets.get(s.id))?.orphaned).toBeUndefined();
  });
});

describe('listing', () => {
  beforeEach(async () => {
    const a = await save(
      draft('國內生產總值增長5%左右', {
        title: '香港媒體：內地經濟目標',
        url: 'https://hk.example/a',
        region: '全国',
        year: 2026,
      }),
    );
    await request('updateSnippet', { id: a.id, tags: ['GDP'] });
    const b = await save(
      draft('地区生产总值增长5.5%左右', { url: 'https://bj.example/b', region: '北京', year: 2025 }),
    );
    await request('updateSnippet', { id: b.id, tags: ['GDP', '北京'], note: '高于全国' });
    await save(draft('城镇调查失业率5.5%左右', { url: 'https://bj.example/c' }));
  });

  it('searches text, note, tags and title across scripts, newest first', async () => {
    const byText = await request('listSnippets', { search: '国内生产总值' });
    expect(byText.ok && byText.data.snippets.map((s) => s.text)).toEqual(['國內生產總值增長5%左右']);
    const byNote = await request('listSnippets', { search: '高于' });
    expect(byNote.ok && byNote.data.snippets.map((s) => s.region)).toEqual(['北京']);
    const byTitle = await request('listSnippets', { search: '香港 目标' });
    expect(byTitle.ok && byTitle.data.total).toBe(1);
    const all = await request('listSnippets', {});
    expect(all.ok && all.data.snippets.map((s) => s.text)).toEqual([
      '城镇调查失业率5.5%左右',
      '地区生产总值增长5.5%左右',
      '國內生產總值增長5%左右',
    ]);
  });

  it('filters by tag, region, year and site, pages, and offers the facets', async () => {
    const tagged = await request('listSnippets', { tag: 'GDP', limit: 1, offset: 1 });
    expect(tagged.ok && [tagged.data.total, tagged.data.snippets[0].region]).toEqual([2, '全国']);
    const site = await request('listSnippets', { site: 'bj.example', year: 2025 });
    expect(site.ok && site.data.snippets.map((s) => s.url)).toEqual(['https://bj.example/b']);
    expect(tagged.ok && tagged.data.facets).toEqual({
      tags: ['GDP', '北京'],
      regions: ['全国', '北京'],
      years: [2026, 2025],
      sites: ['bj.example', 'hk.example'],
    });
  });
});

describe('export and import', () => {
  it('exports the chosen snippets in each format', async () => {
    const s = await save(draft('新增地方政府专项债券4.4万亿元'));
    for (const [format, name] of [
      ['markdown', /\.md$/],
      ['csv', /\.csv$/],
      ['json', /\.json$/],
    ] as const) {
      const reply = await request('exportSnippets', { format, ids: [s.id] });
      expect(reply.ok && reply.data.filename).toMatch(name);
      expect(reply.ok && reply.data.content).toContain('新增地方政府专项债券4.4万亿元');
    }
  });

  it('imports in one transaction, merging duplicates (same id or same quote on the same page)', async () => {
    const stored = await save(draft('稳中求进工作总基调'));
    await request('updateSnippet', { id: stored.id, tags: ['总基调'] });
    const sameQuoteOtherId: Snippet = {
      ...stored,
      id: 'from-another-browser',
      tags: ['方针'],
      note: '导入的笔记',
      createdAt: 5,
    };
    const fresh: Snippet = {
      ...stored,
      id: 'new-one',
      selector: { exact: '高质量发展', prefix: '', suffix: '' },
      text: '高质量发展',
      tags: [],
    };
    const reply = await request('importSnippets', { json: snippetsToJson([sameQuoteOtherId, fresh]) });
    expect(reply).toEqual({ ok: true, data: { added: 1, merged: 1 } });
    expect(await db.snippets.count()).toBe(2);
    expect(await db.snippets.get(stored.id)).toMatchObject({
      tags: ['总基调', '方针'],
      note: '导入的笔记',
      createdAt: 5,
    });
    expect(mirror.get(stored.url)).toBe(2);
  });

  it('leaves the database unchanged when any entry is invalid, and says which', async () => {
    await save(draft('稳中求进工作总基调'));
    const before = await db.snippets.toArray();
    const good = { ...before[0], id: 'good' };
    const bad = { ...before[0], id: 'bad', url: 'not a url' };
    const reply = await request('importSnippets', { json: JSON.stringify([good, bad]) });
    expect(!reply.ok && reply.error).toEqual({
      code: 'invalid-file',
      message: 'The file was refused and nothing was changed: snippets[1].url: should be an http(s) address.',
      problems: [{ path: 'snippets[1].url', message: 'should be an http(s) address' }],
    });
    expect(await db.snippets.toArray()).toEqual(before);
  });

  it('rolls back a valid import when the write fails half-way', async () => {
    await save(draft('稳中求进工作总基调'));
    const before = await db.snippets.toArray();
    const incoming = [{ ...before[0], id: 'x1', selector: { exact: '甲', prefix: '', suffix: '' } }];
    const original = db.snippets.bulkPut.bind(db.snippets);
    db.snippets.bulkPut = (async (rows: Snippet[]) => {
      await original(rows);
      throw new Error('disk full');
    }) as never;
    const reply = await request('importSnippets', { json: JSON.stringify(incoming) });
    db.snippets.bulkPut = original;
    expect(reply.ok).toBe(false);
    expect(await db.snippets.toArray()).toEqual(before);
  });
});
