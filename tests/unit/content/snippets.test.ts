// The snippets' controllers in happy-dom, with WXT's fake browser: saved snippets highlighted again on a revisit,
// the editor opened by the user's click only, and the background's snippet commands answered.
import { beforeEach, afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SNIPPET_TAG } from '@/entrypoints/content/snippet-marks';
import { startSnippets } from '@/entrypoints/content/snippets';
import { getUiHost } from '@/entrypoints/content/ui-host';
import { savedPageKey } from '@/lib/api/snippets';
import { requestTab, type TabMessageType } from '@/lib/messages';
import type { Snippet } from '@/lib/model';
import { deliverTabMessages } from '../helpers/tab-messages';
import { contentContext, fakeBackground, openPage, trusted } from '../helpers/fake-background';

const BODY = '<article><p id="p">今天的天气很好，市民们在公园里散步。傍晚有雨，气温下降。</p></article>';

function snippet(fields: Partial<Snippet>): Snippet {
  return {
    id: 'sn-1',
    url: location.href,
    title: '城市新闻',
    text: '市民们在公园里散步',
    selector: { exact: '市民们在公园里散步', prefix: '今天的天气很好，', suffix: '。傍晚有雨' },
    tags: ['天气'],
    note: '只属于用户的笔记',
    createdAt: 1,
    ...fields,
  };
}

/** The page holds `saved` (the storage mirror says so, and the background answers with them). */
async function pageHolding(saved: Snippet[]) {
  openPage('城市新闻', BODY);
  await fakeBrowser.storage.local.set({ [savedPageKey(location.href)]: saved.length });
  return fakeBackground({ snippetsForUrl: () => saved, markOrphaned: ({ ids }) => ({ updated: ids.length }) });
}

/** Sends the page a snippet command the way the background does (requestTab), and returns its answer. */
async function command(type: TabMessageType, data?: unknown): Promise<unknown> {
  const reply = await requestTab(1, type, data as never);
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.data;
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(() => '');
  deliverTabMessages();
});
afterEach(() => {
  vi.restoreAllMocks();
  document.getSelection()?.removeAllRanges();
});

describe('saved snippets on a revisit', () => {
  it('asks nothing and changes nothing on a page that holds none', async () => {
    openPage('城市新闻', BODY);
    const background = fakeBackground();
    const before = document.body.innerHTML;
    await startSnippets(contentContext());
    expect(background.sent).toEqual([]);
    expect(document.body.innerHTML).toBe(before);
  });

  it('highlights a saved snippet again, with only its id in the page (never its note or tags)', async () => {
    const background = await pageHolding([snippet({})]);
    await startSnippets(contentContext());
    const marks = [...document.querySelectorAll(SNIPPET_TAG)];
    expect(marks.map((m) => m.textContent).join('')).toBe('市民们在公园里散步');
    expect(marks[0].getAttribute('data-id')).toBe('sn-1');
    expect(document.body.innerHTML).not.toMatch(/只属于用户的笔记|天气"/);
    expect(background.requests.map((r) => r.type)).toEqual(['snippetsForUrl']);
  });

  it('flags a snippet whose text is gone as not found, and one found again as found', async () => {
    const background = await pageHolding([
      snippet({ id: 'gone', text: '已经删除的句子', selector: { exact: '已经删除的句子', prefix: '', suffix: '' } }),
      snippet({ id: 'back', orphaned: true }),
    ]);
    await startSnippets(contentContext());
    await vi.waitFor(() => expect(background.requests.filter((r) => r.type === 'markOrphaned')).toHaveLength(2));
    expect(background.requests.filter((r) => r.type === 'markOrphaned').map((r) => r.data)).toEqual([
      { ids: ['gone'], orphaned: true },
      { ids: ['back'], orphaned: false },
    ]);
  });

  it('opens the editor on the user’s click on a highlight, never on the page’s own .click()', async () => {
    await pageHolding([snippet({})]);
    const snippets = await startSnippets(contentContext());
    const mark = document.querySelector<HTMLElement>(SNIPPET_TAG)!;
    mark.click();
    expect(snippets.view.kind).toBe('hidden');
    mark.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));
    expect(snippets.view.kind).toBe('editor');
  });
});

describe('the background’s snippet commands', () => {
  it('answers captureSelection with the selected quote as a draft', async () => {
    openPage('城市新闻', BODY);
    fakeBackground();
    await startSnippets(contentContext());
    const text = document.querySelector('#p')!.firstChild!;
    const range = document.createRange();
    range.setStart(text, 8);
    range.setEnd(text, 17);
    document.getSelection()!.addRange(range);
    const answer = await command('captureSelection');
    expect(answer).toMatchObject({
      ok: true,
      draft: { text: '市民们在公园里散步', selector: { exact: '市民们在公园里散步' } },
    });
  });

  it('highlights a snippet saved through the context menu and opens its editor; Delete there restores the text', async () => {
    openPage('城市新闻', BODY);
    const background = fakeBackground({ deleteSnippets: () => ({ deleted: [snippet({})] }) });
    const ctx = contentContext();
    const snippets = await startSnippets(ctx);
    const before = document.querySelector('#p')!.textContent;
    await command('showSavedSnippet', { snippet: snippet({}) });
    expect(document.querySelector(`${SNIPPET_TAG}[data-id="sn-1"]`)?.textContent).toBe('市民们在公园里散步');
    expect(snippets.view.kind).toBe('editor');
    await snippets.view.settled();
    // The test reaches into the closed root the way only the extension's own code can.
    const { shadow } = await getUiHost(ctx);
    const remove = shadow.querySelector<HTMLButtonElement>('[data-action="delete-snippet"]')!;
    remove.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, composed: true })));
    await vi.waitFor(() => expect(document.querySelector(SNIPPET_TAG)).toBeNull());
    expect(background.requests.find((r) => r.type === 'deleteSnippets')?.data).toEqual({ ids: ['sn-1'] });
    expect(document.querySelector('#p')!.textContent).toBe(before);
    expect(snippets.view.kind).toBe('hidden');
  });

  it('shows why a selection could not be saved', async () => {
    openPage('城市新闻', BODY);
    fakeBackground();
    const snippets = await startSnippets(contentContext());
    await command('showSnippetProblem', { problem: 'in-frame' });
    expect(snippets.view.kind).toBe('notice');
  });
});
