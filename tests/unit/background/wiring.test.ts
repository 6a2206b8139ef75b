// @vitest-environment node
// The background's browser wiring (entrypoints/background/): the context menu and the shortcuts ask the tab's
// content script through the typed tab messages, the router answers the pages, and the pages-with-snippets mirror
// follows the database. Driven with WXT's fake browser; the page's side is answered here with answerTab, as the
// lens answers it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setupMarksCommand } from '@/entrypoints/background/marks-command';
import { setupMessages } from '@/entrypoints/background/messages';
import { setupSavedPages } from '@/entrypoints/background/saved-pages';
import { SAVE_SNIPPET_MENU_ID, setupSnippetCommands } from '@/entrypoints/background/snippet-commands';
import { savedPageKey } from '@/lib/api/saved-pages';
import type { CaptureResult } from '@/lib/api/snippets';
import { createDbAccess } from '@/lib/db/open';
import { ReportLensDb } from '@/lib/db/schema';
import { answerTab, request } from '@/lib/messages';
import type { Snippet } from '@/lib/model';
import { PackStatusTracker } from '@/lib/service/pack-install';
import { snippetHandlers } from '@/lib/service/snippets';
import { storageItems } from '../helpers/storage';
import { deliverTabMessages } from '../helpers/tab-messages';

/** A browser event the fake browser does not implement (context menus, commands): listeners and a trigger. */
function fakeEvent<Args extends unknown[]>() {
  const listeners: Array<(...args: Args) => unknown> = [];
  return {
    addListener: (listener: (...args: Args) => unknown) => void listeners.push(listener),
    removeListener: (listener: (...args: Args) => unknown) => void listeners.splice(listeners.indexOf(listener), 1),
    trigger: (...args: Args) => Promise.all(listeners.map((listener) => listener(...args))),
  };
}

const PAGE = 'https://news.example/report.html';
const draft = {
  url: PAGE,
  title: '政府工作报告',
  text: '稳中求进',
  selector: { exact: '稳中求进', prefix: '坚持', suffix: '工作总基调' },
};

let db: ReportLensDb;
let menus: ReturnType<typeof fakeEvent<[{ menuItemId: string | number; frameId?: number }, { id?: number }?]>>;
let commands: ReturnType<typeof fakeEvent<[string, { id?: number }?]>>;
let created: Array<{ id?: string }>;
let stops: Array<() => void>;
/** What the page was told to show: saved snippets and problems. */
let shown: Snippet[];
let problems: Array<{ problem: string; detail?: string }>;
const lens = { ensureLens: vi.fn(async (_tabId: number) => {}) };

/** The page's side of the snippet commands, as the lens answers them; `capture` is what its selection gives. */
function pageAnswers(capture: CaptureResult) {
  stops.push(
    answerTab('captureSelection', () => capture),
    answerTab('showSavedSnippet', ({ snippet }) => void shown.push(snippet)),
    answerTab('showSnippetProblem', (problem) => void problems.push(problem)),
  );
}

beforeEach(() => {
  fakeBrowser.reset();
  db = new ReportLensDb(`wiring-${Math.random()}`);
  menus = fakeEvent();
  commands = fakeEvent();
  created = [];
  stops = [];
  shown = [];
  problems = [];
  lens.ensureLens.mockClear();
  Object.assign(fakeBrowser.contextMenus, {
    onClicked: menus,
    create: (item: { id?: string }) => void created.push(item),
  });
  Object.assign(fakeBrowser.commands, { onCommand: commands });
  Object.assign(fakeBrowser.i18n, { getMessage: () => 'Save to Report Lens' });
  Object.assign(fakeBrowser.runtime, { getManifest: () => ({ version: '9.8.7' }) });
  deliverTabMessages();
});
afterEach(async () => {
  for (const stop of stops) stop();
  vi.restoreAllMocks();
  await db.delete();
});

const access = () => createDbAccess(() => db);

describe('the "Save to Report Lens" menu item and the save-snippet shortcut', () => {
  it('creates the menu item at install', async () => {
    setupSnippetCommands(access(), storageItems().snippetPages, lens);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    expect(created).toEqual([
      expect.objectContaining({ id: SAVE_SNIPPET_MENU_ID, title: 'Save to Report Lens', contexts: ['selection'] }),
    ]);
  });

  it('a click injects the lens, asks the page for its selection, saves it and tells the page to show it', async () => {
    setupSnippetCommands(access(), storageItems().snippetPages, lens);
    pageAnswers({ ok: true, draft });
    await menus.trigger({ menuItemId: SAVE_SNIPPET_MENU_ID, frameId: 0 }, { id: 3 });
    await vi.waitFor(() => expect(shown).toHaveLength(1));
    expect(lens.ensureLens).toHaveBeenCalledWith(3);
    expect(await db.snippets.toArray()).toEqual([expect.objectContaining({ url: PAGE, text: '稳中求进' })]);
    expect(shown.map((s) => s.text)).toEqual(['稳中求进']);
  });

  it('the shortcut saves the same way from the tab it was pressed in', async () => {
    const wired = setupSnippetCommands(access(), storageItems().snippetPages, lens);
    pageAnswers({ ok: true, draft });
    const outcome = await wired.onCommand('save-snippet', { id: 5 });
    expect(outcome).toMatchObject({ ok: true });
    expect(await db.snippets.count()).toBe(1);
  });

  it('a selection the page cannot save is shown there with its reason, and nothing is stored', async () => {
    const wired = setupSnippetCommands(access(), storageItems().snippetPages, lens);
    pageAnswers({ ok: false, problem: 'too-long', detail: '6000' });
    const outcome = await wired.onMenuClicked({ menuItemId: SAVE_SNIPPET_MENU_ID }, { id: 3 });
    expect(outcome).toEqual({ ok: false, problem: 'too-long', detail: '6000' });
    expect(problems).toEqual([{ problem: 'too-long', detail: '6000' }]);
    expect(await db.snippets.count()).toBe(0);
  });

  it('a selection inside an embedded frame is out of reach: the page says so', async () => {
    const wired = setupSnippetCommands(access(), storageItems().snippetPages, lens);
    pageAnswers({ ok: true, draft });
    const outcome = await wired.onMenuClicked({ menuItemId: SAVE_SNIPPET_MENU_ID, frameId: 7 }, { id: 3 });
    expect(outcome).toMatchObject({ ok: false, problem: 'in-frame' });
    expect(problems.map((p) => p.problem)).toEqual(['in-frame']);
    expect(await db.snippets.count()).toBe(0);
  });

  it('a tab without our content script answers nothing: no text, nothing stored', async () => {
    const wired = setupSnippetCommands(access(), storageItems().snippetPages, lens);
    const outcome = await wired.onMenuClicked({ menuItemId: SAVE_SNIPPET_MENU_ID }, { id: 3 });
    expect(outcome).toMatchObject({ ok: false, problem: 'no-text' });
    expect(await db.snippets.count()).toBe(0);
  });

  it('ignores other menu items and other commands', async () => {
    const wired = setupSnippetCommands(access(), storageItems().snippetPages, lens);
    pageAnswers({ ok: true, draft });
    expect(await wired.onMenuClicked({ menuItemId: 'someone-else' }, { id: 3 })).toBeUndefined();
    expect(await wired.onCommand('toggle-marks', { id: 3 })).toBeUndefined();
    expect(lens.ensureLens).not.toHaveBeenCalled();
  });
});

describe('the marks shortcut', () => {
  it('asks the tab’s lens to show or hide its marks', async () => {
    setupMarksCommand();
    const toggled: number[] = [];
    stops.push(answerTab('toggleMarks', () => void toggled.push(1)));
    await commands.trigger('toggle-marks', { id: 4 });
    await vi.waitFor(() => expect(toggled).toEqual([1]));
  });
});

describe('the pages-with-snippets mirror', () => {
  it('follows saves and deletes, one storage key per page', async () => {
    const pages = storageItems().snippetPages;
    setupSavedPages(access(), pages);
    const handlers = snippetHandlers(access(), { pages });
    const saved = await handlers.saveSnippet(draft, {});
    expect((await fakeBrowser.storage.local.get(savedPageKey(PAGE)))[savedPageKey(PAGE)]).toBe(1);
    await handlers.deleteSnippets({ ids: [saved.id] }, {});
    expect(await fakeBrowser.storage.local.get(savedPageKey(PAGE))).toEqual({});
  });

  it('is rebuilt from the database at install: stale keys go, missing ones come', async () => {
    await db.snippets.put({
      id: 's1',
      url: PAGE,
      title: 't',
      text: '稳中求进',
      selector: draft.selector,
      tags: [],
      createdAt: 1,
    });
    await fakeBrowser.storage.local.set({ [savedPageKey('https://gone.example/')]: 2 });
    setupSavedPages(access(), storageItems().snippetPages);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update' } as never);
    await vi.waitFor(async () =>
      expect(await fakeBrowser.storage.local.get(null)).toEqual({ [savedPageKey(PAGE)]: 1 }),
    );
  });
});

describe('the router', () => {
  it('answers the extension’s messages with the manifest’s version', async () => {
    const stop = setupMessages(access(), storageItems(), new PackStatusTracker(), {
      inject: async () => {},
      ensureLens: async () => {},
    });
    stops.push(stop);
    expect(await request('ping')).toEqual({ ok: true, data: { version: '9.8.7' } });
  });
});
