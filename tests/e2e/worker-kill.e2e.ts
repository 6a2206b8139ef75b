// The service worker stopped mid-write: through Chromium's debugging protocol the test stops every
// service worker while an import and a snippet save are in flight. What the background acknowledged must still be
// there, and nothing half-written may remain: an import is all or nothing.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChromiumSession, launchChromium, openLibrary, pollUntil, sendExtensionMessage, sleep } from './harness';

let chrome: ChromiumSession;
let library: Page;

beforeAll(async () => {
  chrome = await launchChromium();
  library = await openLibrary(chrome.context, chrome.extensionId);
  // The starter pack loads in chunks after install: wait until it is complete, so counts move only by our writes.
  await pollUntil(
    () =>
      library.evaluate(async () => {
        // biome-ignore lint/suspicious/noExplicitAny: the extension page's chrome global
        const stored = await (globalThis as any).chrome.storage.local.get('starterPackLoadedFor');
        return !!stored.starterPackLoadedFor;
      }),
    (done) => done,
    60_000,
  );
});
afterAll(async () => {
  await chrome?.close();
});

type Reply<T> = { ok: boolean; data: T; error?: { message: string } };
const send = <T>(type: string, data?: unknown) => sendExtensionMessage<Reply<T>>(library, type, data);

/** Stops every service worker of the profile, as the browser does to an idle or crashed worker. */
async function stopWorkers() {
  const cdp = await chrome.context.newCDPSession(library);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/** Asks until the (restarted) worker answers. */
async function counts(): Promise<{ records: number; snippets: number }> {
  for (let i = 0; i < 50; i++) {
    const reply = await send<{ records: number; snippets: number }>('getCounts').catch(() => undefined);
    if (reply?.ok) return reply.data;
    await sleep(200);
  }
  throw new Error('the worker did not answer again');
}

function bigPack(n: number, tag: string) {
  const records = Array.from({ length: n }, (_, i) => ({
    id: `${tag}-${i}`,
    region: '北京',
    year: 1950 + (i % 250),
    indicator: `other:压力测试${Math.floor(i / 250)}`,
    kind: i % 2 ? 'target' : 'result',
    value: i,
    unit: '%',
    source: { url: `https://example.test/${tag}/${i}`, title: '压力测试' },
    origin: 'import',
    updatedAt: 1,
  }));
  return {
    format: 'report-lens-pack',
    version: 1,
    createdAt: '2026-03-05',
    header: { description: tag, counts: { records: n, proposals: 0 }, dropped: {}, regions: ['北京'] },
    records,
    proposals: [],
  };
}

describe('a worker stopped mid-write', () => {
  it('mid-import: acknowledged data stays, the import is all or nothing', async () => {
    // Acknowledged first: a small import the background answered ok.
    const small = await send<{ records: { added: number } }>('importPack', {
      text: JSON.stringify(bigPack(50, 'acked')),
    });
    expect(small.ok && small.data.records.added).toBe(50);
    const before = await counts();

    const text = JSON.stringify(bigPack(30_000, 'killed'));
    const pending = send<{ records: { added: number } }>('importPack', { text }).then(
      (r) => ({ answered: true, ok: r?.ok === true }),
      () => ({ answered: false, ok: false }),
    );
    await sleep(400);
    await stopWorkers();
    const outcome = await pending;
    const after = await counts();
    // All or nothing: either every one of the 30,000 arrived (and was acknowledged) or none did.
    if (outcome.ok) expect(after.records).toBe(before.records + 30_000);
    else expect([before.records, before.records + 30_000]).toContain(after.records);
    console.info(
      `mid-import stop: answered=${outcome.answered} ok=${outcome.ok}; records ${before.records} → ${after.records}`,
    );
    const acked = await send<{ records: Array<{ id: string }> }>('getRecords', {
      ids: Array.from({ length: 50 }, (_, i) => `acked-${i}`),
    });
    expect(acked.data.records.filter(Boolean)).toHaveLength(50);
  }, 120_000);

  it('mid-snippet-save: every acknowledged snippet is stored and its page is in the mirror', async () => {
    const saves: Array<Promise<{ id?: string; url: string }>> = [];
    for (let i = 0; i < 40; i++) {
      const url = `https://news.example/kill-${i}.html`;
      saves.push(
        send<{ id: string }>('saveSnippet', {
          url,
          title: 't',
          text: `第${i}条：稳中求进`,
          selector: { exact: `第${i}条：稳中求进`, prefix: '', suffix: '' },
        }).then(
          (r) => ({ id: r?.ok ? r.data.id : undefined, url }),
          () => ({ url }),
        ),
      );
      if (i === 20) await stopWorkers();
    }
    const results = await Promise.all(saves);
    await counts();
    const acknowledged = results.filter((r) => r.id);
    const listed = await send<{ snippets: Array<{ id: string }> }>('listSnippets', { limit: 1000 });
    const stored = new Set(listed.data.snippets.map((s) => s.id));
    for (const r of acknowledged) expect(stored.has(r.id!)).toBe(true);
    // The mirror the content script reads says each acknowledged page holds a snippet.
    const keys = await library.evaluate(
      async (urls) => {
        // biome-ignore lint/suspicious/noExplicitAny: the extension page's chrome global
        const all = await (globalThis as any).chrome.storage.local.get(null);
        return urls.filter((u: string) => Object.keys(all).some((k) => k.endsWith(u)));
      },
      acknowledged.map((r) => r.url),
    );
    expect(keys).toHaveLength(acknowledged.length);
    console.info(`mid-snippet-save stop: ${acknowledged.length} of 40 acknowledged, all stored and mirrored`);
  }, 120_000);
});
