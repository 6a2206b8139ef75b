// @vitest-environment node
// Which messages a content script (code in a web page's tab) may send, and what its answers carry.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDbAccess } from '@/lib/db/open';
import { ReportLensDb } from '@/lib/db/schema';
import { CONTENT_SCRIPT_MESSAGES } from '@/lib/api/access';
import { REQUEST_SCHEMAS } from '@/lib/api/schemas';
import type { Handlers, MessageType } from '@/lib/messages';
import { isContentScript, route, type Sender } from '@/lib/service/router';
import { libraryPath } from '@/lib/service/core';
import { createHandlers } from '@/lib/service/handlers';
import { redactForPage } from '@/lib/service/page';
import { record } from '../helpers/builders';

const EXTENSION = 'chrome-extension://abc/';
let db: ReportLensDb;
let handlers: Handlers;

beforeEach(() => {
  fakeBrowser.reset();
  db = new ReportLensDb(`access-${Math.random()}`);
  handlers = createHandlers(
    createDbAccess(() => db),
    '1',
  );
});
afterEach(async () => {
  await db.delete();
});

/** Answers a message as the router does for `sender`. */
const send = (type: string, data: unknown, sender: Sender) =>
  route(handlers, type as MessageType, data, sender, { extensionOrigin: EXTENSION });

const page = { url: 'https://news.example/a.html', tab: { id: 4, url: 'https://news.example/a.html' } };
const library = { url: `${EXTENSION}options.html`, tab: { id: 5, url: `${EXTENSION}options.html` } };

/** Messages that export, replace or delete the library in bulk: never a content script's to send. */
const DESTROY_OR_EXPORT: MessageType[] = [
  'backupAll',
  'restoreBackup',
  'exportAll',
  'importPack',
  'deleteRecords',
  'restoreRecords',
  'deleteProposals',
  'restoreProposals',
  'exportSnippets',
  'importSnippets',
  'restoreSnippets',
  'deleteReport',
];

describe('messages from content scripts', () => {
  it.each(DESTROY_OR_EXPORT)('refuses %s, whatever the request holds', async (type) => {
    expect(CONTENT_SCRIPT_MESSAGES.has(type)).toBe(false);
    expect(await send(type, { text: '{}', ids: ['a'] }, page)).toEqual({
      ok: false,
      error: { code: 'forbidden', message: `"${type}" is answered only to Report Lens's own pages.` },
    });
  });

  it('refuses every message outside the allowlist, reading the library included', async () => {
    const refused = (Object.keys(REQUEST_SCHEMAS) as MessageType[]).filter(
      (type) => !CONTENT_SCRIPT_MESSAGES.has(type),
    );
    expect(refused).toEqual(expect.arrayContaining(['listRecords', 'listSnippets', 'getCounts']));
    for (const type of refused)
      expect(await send(type, undefined, page), type).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('are answered for what the page features need, and extension pages get everything', async () => {
    expect(await send('ping', undefined, page)).toMatchObject({ ok: true });
    expect(await send('comparePage', { statements: [] }, page)).toMatchObject({ ok: true });
    expect(await send('backupAll', undefined, library)).toMatchObject({ ok: true });
  });

  it('are checked after the allowlist: an invalid request from a page is still refused as forbidden first', async () => {
    expect(await send('backupAll', 'nonsense', page)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await send('comparePage', 'nonsense', page)).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });

  it('are told apart from the extension’s own pages by the sender’s URL', () => {
    expect(isContentScript(page, EXTENSION)).toBe(true);
    expect(isContentScript(library, EXTENSION)).toBe(false);
    expect(isContentScript({ url: `${EXTENSION}popup.html` }, EXTENSION)).toBe(false);
  });
});

describe('what a card on a page receives', () => {
  const mine = record({
    id: 'u1',
    origin: 'user',
    note: 'my private note',
    updatedAt: 123,
    source: { url: 'https://other.example/saved', title: 'Elsewhere', quote: 'a quote' },
  });
  const sameSite = record({ id: 'u2', origin: 'user', source: { url: 'https://news.example/b.html', title: 'Here' } });
  const shipped = record({ id: 'p1', origin: 'pack', source: { url: 'https://www.gov.cn/x', title: 'Official' } });

  it('keeps nothing of other sites the user saved figures from', () => {
    const reply = redactForPage(
      { comparisons: [{ stored: [{ record: mine }, { record: sameSite }, { record: shipped }] }] },
      page.url,
    );
    const [a, b, c] = reply.comparisons[0].stored.map((s) => s.record);
    expect(JSON.stringify(a)).not.toMatch(/other\.example|Elsewhere|a quote|my private note/);
    expect(a.updatedAt).toBe(0);
    expect(b.source.url).toBe('https://news.example/b.html');
    expect(c.source.title).toBe('Official');
  });

  it('is redacted by the router for a content script, not for the library', async () => {
    await db.records.put(
      record({ ...mine, region: '北京', year: 2024, indicator: 'gdp_growth', kind: 'result', value: 5, unit: '%' }),
    );
    const statement = {
      region: '北京',
      year: 2025,
      indicator: 'gdp_growth',
      kind: 'target',
      value: 5,
      unit: '%',
      quote: 'x',
      start: 0,
      end: 1,
    };
    const fromPage = (await send('comparePage', { statements: [statement] }, page)) as unknown as { data: unknown };
    const fromLibrary = (await send('comparePage', { statements: [statement] }, library)) as unknown as {
      data: unknown;
    };
    expect(JSON.stringify(fromLibrary.data)).toContain('other.example');
    expect(JSON.stringify(fromPage.data)).not.toContain('other.example');
  });
});

describe('opening the library from a card', () => {
  it('builds the address from a checked region and year only', () => {
    expect(libraryPath({ region: '北京', year: 2025 })).toBe('/options.html?region=%E5%8C%97%E4%BA%AC&year=2025');
    expect(libraryPath({ region: 'x'.repeat(100), year: 'javascript:1' })).toBe('/options.html');
  });
});
