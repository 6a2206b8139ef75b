// @vitest-environment node
// Snippets against hostile files and a stopped worker.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDbAccess } from '@/lib/db/open';
import { ReportLensDb } from '@/lib/db/schema';
import { MAX_IMPORT_BYTES } from '@/lib/io/limits';
import { parseBackup } from '@/lib/io/backup';
import { parseSnippetsJson, snippetsToJson } from '@/lib/io/snippets';
import { request } from '@/lib/messages';
import { registerRouter } from '@/lib/service/router';
import type { Snippet } from '@/lib/model';
import { createHandlers } from '@/lib/service/handlers';
import type { SavedPages } from '@/lib/storage-items';
import { backup, snippet as buildSnippet } from '../helpers/builders';
import { storageItems } from '../helpers/storage';

let db: ReportLensDb;
let unregister: () => void = () => {};
let mirror: Map<string, number>;
let failMirrorAfterMark = false;

beforeEach(() => {
  fakeBrowser.reset();
  db = new ReportLensDb(`snippets-hard-${Math.random()}`);
  mirror = new Map();
  const pages: SavedPages = {
    update: async (counts) => {
      // The worker "stops" right after the snippet reached the database: no mirror write gets through after that.
      if (failMirrorAfterMark && (await db.snippets.count()) > 0) throw new Error('worker stopped');
      for (const [url, n] of counts) mirror.set(url, n);
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
  unregister();
  failMirrorAfterMark = false;
  await db.delete();
});

const snippet = (over: Partial<Snippet> = {}) => buildSnippet({ id: 's1', ...over });

describe('links in imported files', () => {
  it('refuses javascript: and data: addresses in a snippets file and in a backup', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'JAVASCRIPT:alert(1)', 'file:///etc/passwd']) {
      const parsed = parseSnippetsJson(snippetsToJson([snippet({ url })]));
      expect(parsed.ok, url).toBe(false);
    }
    const file = backup({ snippets: [snippet({ url: 'javascript:alert(1)' })] });
    const parsed = parseBackup(JSON.stringify(file));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problems[0]).toMatchObject({ path: 'snippets[0].url' });
    expect(parseBackup(JSON.stringify({ ...file, snippets: [snippet()] })).ok).toBe(true);
  });
});

describe('importing snippets', () => {
  it('refuses a file over the records’ size limit before reading it', async () => {
    const json = `{"format":"x","pad":"${'x'.repeat(MAX_IMPORT_BYTES)}"}`;
    const reply = await request('importSnippets', { json });
    expect(!reply.ok && reply.error).toMatchObject({
      code: 'too-large',
      message: expect.stringMatching(/^The file was refused and nothing was changed: .*MB/),
    });
  });

  it('restoring deleted snippets leaves one saved anew meanwhile as it is', async () => {
    await db.snippets.put(snippet({ note: 'newer' }));
    const reply = await request('restoreSnippets', { snippets: [snippet({ note: 'older' })] });
    expect(reply.ok && reply.data.restored).toBe(0);
    expect((await db.snippets.get('s1'))?.note).toBe('newer');
  });
});

describe('a worker stopped during a save', () => {
  it('has marked the page in the mirror before the snippet was written', async () => {
    failMirrorAfterMark = true;
    const reply = await request('saveSnippet', {
      url: 'https://news.example/b.html',
      title: 't',
      text: '稳中求进',
      selector: { exact: '稳中求进', prefix: '', suffix: '' },
    });
    // Whatever happened after, the page is known to hold a snippet, so its marks come back on the next visit.
    expect(mirror.get('https://news.example/b.html')).toBeGreaterThan(0);
    expect(reply.ok).toBe(true);
  });

  it('a restored backup updates the mirror at once', async () => {
    const file = backup({ snippets: [snippet({ url: 'https://news.example/restored.html' })] });
    const reply = await request('restoreBackup', { text: JSON.stringify(file) });
    expect(reply.ok).toBe(true);
    expect(mirror.get('https://news.example/restored.html')).toBe(1);
  });
});
