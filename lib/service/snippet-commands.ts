// The background's share of saving snippets: the "Save to Report Lens" context-menu item, the `save-snippet`
// keyboard command, and the rebuild of the pages-with-snippets mirror (`pages`, lib/storage-items.ts) at install and
// start-up. The `browser` object comes in as an argument (lib/ uses no browser globals), so the wiring is one call in
// entrypoints/background.ts.
//
// Why the page captures and the background saves: only the content script sees the selection's DOM (to build the
// quote selector with its context and position), and only the background owns the database. Both the menu and the
// shortcut therefore ask the tab for its selection, save it here, and tell the tab to show the mark and the editor.
import type { WxtBrowser } from 'wxt/browser';
import { type CaptureResult, type SelectionProblem, SNIPPETS_TAB_CHANNEL, type SnippetsTabApi, type TabMessage } from '../api/snippets';
import type { DbAccess } from '../db/open';
import { toMessageError } from '../messages';
import { mirrorAllPages, type SavedPages, snippetHandlers } from './snippets';

export const SAVE_SNIPPET_MENU_ID = 'report-lens-save-snippet';
export const SAVE_SNIPPET_COMMAND = 'save-snippet';
export interface SnippetCommands {
  /** Saves the selection of a tab's top frame (what the menu and the shortcut do). */
  saveFromTab(tabId: number, frameId?: number): Promise<{ ok: true; id: string } | { ok: false; problem: SelectionProblem; detail?: string }>;
}

/**
 * Registers the menu, the command and the storage mirror. Listeners are added synchronously (a sleeping MV3 worker
 * woken by a click must find them); the menu item itself is created at install time, as Chromium keeps it.
 */
export function registerSnippetCommands(
  browser: WxtBrowser,
  access: DbAccess,
  options: { prepareTab?: (tabId: number) => Promise<void>; pages?: SavedPages } = {},
): SnippetCommands {
  const handlers = snippetHandlers(access, { pages: options.pages });

  // prepareTab: the snippet UI is part of the lazily injected lens (lib/service/lens-loader.ts): inject, then ask.
  const send = async <K extends keyof SnippetsTabApi>(tabId: number, type: K, data: SnippetsTabApi[K]['request']) => {
    await options.prepareTab?.(tabId);
    return (await browser.tabs.sendMessage(tabId, { channel: SNIPPETS_TAB_CHANNEL, type, data } satisfies TabMessage<K>, {
      frameId: 0,
    })) as SnippetsTabApi[K]['response'];
  };

  const tellProblem = async (tabId: number, problem: SelectionProblem, detail?: string) => {
    await send(tabId, 'showSnippetProblem', { problem, detail }).catch(() => undefined);
    return { ok: false as const, problem, detail };
  };

  const commands: SnippetCommands = {
    async saveFromTab(tabId, frameId) {
      // The content script runs in top frames only; a selection inside an embedded frame (often another origin)
      // is out of its reach.
      if (frameId !== undefined && frameId !== 0) return tellProblem(tabId, 'in-frame');
      let capture: CaptureResult | undefined;
      try {
        capture = await send(tabId, 'captureSelection', undefined);
      } catch (error) {
        // No content script in the tab (a browser page, the web store, a tab opened before install).
        return { ok: false, problem: 'no-text', detail: toMessageError(error).message };
      }
      if (!capture) return { ok: false, problem: 'no-text' };
      if (!capture.ok) return tellProblem(tabId, capture.problem, capture.detail);
      try {
        const snippet = await handlers.saveSnippet(capture.draft, { senderTabId: tabId });
        await send(tabId, 'showSavedSnippet', { snippet }).catch(() => undefined);
        return { ok: true, id: snippet.id };
      } catch (error) {
        return tellProblem(tabId, 'save-failed', toMessageError(error).message);
      }
    },
  };

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create(
      { id: SAVE_SNIPPET_MENU_ID, title: browser.i18n.getMessage('snippetMenuSave') || 'Save to Report Lens', contexts: ['selection'] },
      // Re-creating on update reports "duplicate id" through lastError; reading it keeps the console quiet.
      () => void browser.runtime.lastError,
    );
    void access.withDb((db) => mirrorAllPages(db, options.pages)).catch(() => undefined);
  });
  browser.runtime.onStartup?.addListener(() => {
    void access.withDb((db) => mirrorAllPages(db, options.pages)).catch(() => undefined);
  });
  const onMenuClicked = (info: { menuItemId: string | number; frameId?: number }, tab?: { id?: number }) => {
    if (info.menuItemId !== SAVE_SNIPPET_MENU_ID || tab?.id === undefined) return Promise.resolve(undefined);
    return commands.saveFromTab(tab.id, info.frameId);
  };
  const onCommand = async (command: string, tab?: { id?: number }) => {
    if (command !== SAVE_SNIPPET_COMMAND) return undefined;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
    return tabId === undefined ? undefined : commands.saveFromTab(tabId);
  };
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClicked(info, tab));
  browser.commands?.onCommand.addListener((command, tab) => void onCommand(command, tab));

  // Real context-menu clicks and shortcuts cannot be driven in headless Chromium; the end-to-end tests call these
  // very listener functions in the service worker (`reportLensSnippetCommands.onMenuClicked(info, tab)`).
  Object.assign(globalThis, { reportLensSnippetCommands: { ...commands, onMenuClicked, onCommand } });
  return commands;
}
