// Saving a selection from the "Save to Report Lens" context-menu item and the `save-snippet` keyboard command.
//
// Why the page captures and the background saves: only the content script sees the selection's DOM (to build the
// quote selector with its context and position), and only the background owns the database. Both the menu and the
// shortcut therefore ask the tab for its selection, save it here, and tell the tab to show the mark and the editor.
import { browser } from 'wxt/browser';
import type { SelectionProblem } from '@/lib/api/snippets';
import type { DbAccess } from '@/lib/db/open';
import { requestTab, toMessageError } from '@/lib/messages';
import { snippetHandlers } from '@/lib/service/snippets';
import type { SavedPages } from '@/lib/storage-items';
import type { LensLoader } from './lens';

export const SAVE_SNIPPET_MENU_ID = 'report-lens-save-snippet';
export const SAVE_SNIPPET_COMMAND = 'save-snippet';

export type SaveOutcome = { ok: true; id: string } | { ok: false; problem: SelectionProblem; detail?: string };

export interface SnippetCommands {
  /** Saves the selection of a tab's top frame (what the menu and the shortcut do). */
  saveFromTab(tabId: number, frameId?: number): Promise<SaveOutcome>;
  /** The listeners as the browser calls them (the end-to-end tests call them too: see below). */
  onMenuClicked(
    info: { menuItemId: string | number; frameId?: number },
    tab?: { id?: number },
  ): Promise<SaveOutcome | undefined>;
  onCommand(command: string, tab?: { id?: number }): Promise<SaveOutcome | undefined>;
}

/**
 * Registers the menu and the command. Listeners are added synchronously (a sleeping MV3 worker woken by a click
 * must find them); the menu item itself is created at install time, as Chromium keeps it.
 */
export function setupSnippetCommands(
  access: DbAccess,
  pages: SavedPages,
  lens: Pick<LensLoader, 'ensureLens'>,
): SnippetCommands {
  const handlers = snippetHandlers(access, { pages });

  const tellProblem = async (tabId: number, problem: SelectionProblem, detail?: string): Promise<SaveOutcome> => {
    // The notice is the lens's too; a page without it (a page the browser protects) shows nothing.
    await lens.ensureLens(tabId).catch(() => undefined);
    await requestTab(tabId, 'showSnippetProblem', { problem, detail });
    return { ok: false, problem, detail };
  };

  const saveFromTab = async (tabId: number, frameId?: number): Promise<SaveOutcome> => {
    // The content script runs in top frames only; a selection inside an embedded frame (often another origin)
    // is out of its reach.
    if (frameId !== undefined && frameId !== 0) return tellProblem(tabId, 'in-frame');
    try {
      // The snippet UI is part of the lazily injected lens: inject, then ask.
      await lens.ensureLens(tabId);
    } catch (error) {
      // A page the browser protects (a browser page, the web store).
      return { ok: false, problem: 'no-text', detail: toMessageError(error).message };
    }
    const capture = await requestTab(tabId, 'captureSelection');
    // No content script in the tab (a tab opened before install).
    if (!capture.ok) return { ok: false, problem: 'no-text', detail: capture.error.message };
    if (!capture.data.ok) return tellProblem(tabId, capture.data.problem, capture.data.detail);
    try {
      const snippet = await handlers.saveSnippet(capture.data.draft, { senderTabId: tabId });
      await requestTab(tabId, 'showSavedSnippet', { snippet });
      return { ok: true, id: snippet.id };
    } catch (error) {
      return tellProblem(tabId, 'save-failed', toMessageError(error).message);
    }
  };

  const commands: SnippetCommands = {
    saveFromTab,
    async onMenuClicked(info, tab) {
      if (info.menuItemId !== SAVE_SNIPPET_MENU_ID || tab?.id === undefined) return undefined;
      return saveFromTab(tab.id, info.frameId);
    },
    async onCommand(command, tab) {
      if (command !== SAVE_SNIPPET_COMMAND) return undefined;
      const tabId = tab?.id ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
      return tabId === undefined ? undefined : saveFromTab(tabId);
    },
  };

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create(
      {
        id: SAVE_SNIPPET_MENU_ID,
        title: browser.i18n.getMessage('snippetMenuSave') || 'Save to Report Lens',
        contexts: ['selection'],
      },
      // Re-creating on update reports "duplicate id" through lastError; reading it keeps the console quiet.
      () => void browser.runtime.lastError,
    );
  });
  browser.contextMenus.onClicked.addListener((info, tab) => void commands.onMenuClicked(info, tab));
  browser.commands?.onCommand.addListener((command, tab) => void commands.onCommand(command, tab));

  // Real context-menu clicks and shortcuts cannot be driven in headless Chromium; the end-to-end tests call these
  // very listener functions in the service worker (`reportLensSnippetCommands.onMenuClicked(info, tab)`). Only test
  // builds carry the hook (scripts/e2e.mjs builds with WXT_TEST_HOOKS=1; `npm run build` and `zip` do not).
  if ((import.meta.env as Record<string, unknown>).WXT_TEST_HOOKS)
    Object.assign(globalThis, { reportLensSnippetCommands: commands });
  return commands;
}
