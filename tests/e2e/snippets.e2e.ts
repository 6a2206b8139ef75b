// Snippets in the built MV3 extension in Debian Chromium: save a selection by the context-menu path, the keyboard
// command path and the button beside a selection; reload and find the marks again; edit the page (text inserted
// before, whitespace changed) and still find them; remove the text and see the snippet orphaned in the library.
//
// Real context-menu clicks and extension shortcuts are browser UI that headless Chromium cannot drive, so the tests
// call the very listener functions the background registers for them (`onMenuClicked`, `onCommand`, exposed on the
// service worker's global as `reportLensSnippetCommands`) with the arguments Chromium would pass.
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHROME_EXTENSION_DIR,
  type ChromiumSession,
  launchChromium,
  openLibrary,
  openPopup,
  PAGES_DIR,
  pollUntil,
  ROOT,
  type StaticServer,
  screenshot,
  pageInfoOf,
  sendExtensionMessage,
  sleep,
  startStaticServer,
  ui,
} from './harness';

const MENU_ID = 'report-lens-save-snippet';
const TARGET = '全国计划新开工改造城镇老旧小区2.5万个';
const REPEATED = '坚持先民生后提升';

let server: StaticServer;
let session: ChromiumSession;
let worker: Worker;
let siteDir: string;
let extensionDir: string;
const original = readFileSync(join(PAGES_DIR, 'snippet-article.html'), 'utf8');

/** A test page that only mounts <SnippetsTab /> (or <PageSnippets url> with ?url=), bundled into the built extension (for when the library lacks it). */
async function addSnippetsTabTestPage(extensionDir: string): Promise<void> {
  await build({
    stdin: {
      contents: `import { render } from 'preact';
        import '@/assets/styles/page.css';
        import { SnippetsTab } from '@/components/snippets/SnippetsTab';
        import { PageSnippets } from '@/components/snippets/PageSnippets';
        import { jsx } from 'preact/jsx-runtime';
        const url = new URLSearchParams(location.search).get('url');
        const view = url ? jsx('div', { style: 'width: 560px', children: jsx(PageSnippets, { url }) }) : jsx(SnippetsTab, {});
        render(jsx('main', { children: view }), document.getElementById('app'));`,
      resolveDir: ROOT,
      loader: 'tsx',
    },
    bundle: true,
    format: 'esm',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    alias: { '@': ROOT },
    outfile: join(extensionDir, 'snippets-tab-test.js'),
    logLevel: 'silent',
  });
  writeFileSync(
    join(extensionDir, 'snippets-tab-test.html'),
    '<!doctype html><meta charset="utf-8"><title>Snippets</title><link rel="stylesheet" href="snippets-tab-test.css"><div id="app"></div><script type="module" src="snippets-tab-test.js"></script>',
  );
}

beforeAll(async () => {
  // The article is served from a folder of its own so the test can rewrite it between visits.
  siteDir = mkdtempSync(join(tmpdir(), 'report-lens-snippets-'));
  writeFileSync(join(siteDir, 'article.html'), original);
  copyFileSync(join(PAGES_DIR, 'snippet-report.html'), join(siteDir, 'report.html'));
  server = await startStaticServer(siteDir);
  // A private copy of the build: other test files (or a rebuild) may replace .output while this one runs.
  // (A rebuild running elsewhere empties the folder for a few seconds: wait for it.)
  // REPORT_LENS_CHROME_BUILD points at another build (a developer's private copy while others rebuild .output).
  const source = process.env.REPORT_LENS_CHROME_BUILD ?? CHROME_EXTENSION_DIR;
  const built = await pollUntil(
    async () => existsSync(join(source, 'manifest.json')),
    (ok) => ok,
    60_000,
  );
  if (!built) throw new Error('Build the extension first (npx wxt build).');
  await sleep(500);
  extensionDir = mkdtempSync(join(tmpdir(), 'report-lens-snippets-ext-'));
  cpSync(source, extensionDir, { recursive: true });
  await addSnippetsTabTestPage(extensionDir);
  session = await launchChromium({ extensionDir });
  worker = session.context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))!;
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  rmSync(siteDir, { recursive: true, force: true });
  if (extensionDir) rmSync(extensionDir, { recursive: true, force: true });
});

/** Selects the `occurrence`-th appearance of `phrase` inside `scope` (it may cross element boundaries). */
async function selectText(page: Page, scope: string, phrase: string, occurrence = 0): Promise<void> {
  await page.evaluate(
    ([scope, phrase, occurrence]) => {
      const root = document.querySelector(scope as string)!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      let text = '';
      const starts: number[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push(n as Text);
        starts.push(text.length);
        text += (n as Text).data;
      }
      let at = -1;
      for (let i = 0; i <= (occurrence as number); i++) at = text.indexOf(phrase as string, at + 1);
      if (at < 0) throw new Error(`"${phrase}" not found in ${scope}`);
      const point = (offset: number, end: boolean): [Text, number] => {
        for (let i = nodes.length - 1; i >= 0; i--) {
          if (end ? starts[i] < offset : starts[i] <= offset) return [nodes[i], offset - starts[i]];
        }
        return [nodes[0], 0];
      };
      const range = document.createRange();
      range.setStart(...point(at, false));
      range.setEnd(...point(at + (phrase as string).length, true));
      (document.activeElement as HTMLElement | null)?.blur?.();
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    },
    [scope, phrase, occurrence] as const,
  );
}

async function tabIdOf(page: Page): Promise<number> {
  await page.bringToFront();
  const url = page.url();
  return worker.evaluate(async (url) => {
    // biome-ignore lint/suspicious/noExplicitAny: the worker's chrome global is untyped here
    const tabs: any = (globalThis as any).chrome.tabs;
    const all: Array<{ id: number; url?: string }> = await tabs.query({});
    // Without the "tabs" permission urls are hidden; the active tab of the focused window is the page brought forward.
    const active: Array<{ id: number }> = await tabs.query({ active: true, lastFocusedWindow: true });
    return (all.find((t) => t.url === url) ?? active[0]).id;
  }, url);
}

/** Waits until the content script of the tab answers (the popup's question: every page's first stage answers it). */
async function waitForContentScript(tabId: number): Promise<void> {
  const ready = await pollUntil(
    async () => (await pageInfoOf(worker, tabId)) !== null,
    (ok) => ok,
    10_000,
  );
  expect(ready).toBe(true);
}

async function openArticle(): Promise<{ page: Page; tabId: number }> {
  const page = await session.context.newPage();
  await page.goto(server.url('article.html'), { waitUntil: 'load' });
  const tabId = await tabIdOf(page);
  await waitForContentScript(tabId);
  return { page, tabId };
}

type SaveResult = { ok: true; id: string } | { ok: false; problem: string; detail?: string };

function clickMenu(tabId: number, frameId = 0): Promise<SaveResult> {
  return worker.evaluate(
    ([tabId, frameId, menuItemId]) =>
      // biome-ignore lint/suspicious/noExplicitAny: the test hook on the worker's global
      (globalThis as any).reportLensSnippetCommands.onMenuClicked(
        { menuItemId, frameId, selectionText: '' },
        { id: tabId },
      ),
    [tabId, frameId, MENU_ID] as const,
  );
}

function pressShortcut(tabId: number): Promise<SaveResult> {
  return worker.evaluate(
    // biome-ignore lint/suspicious/noExplicitAny: the test hook on the worker's global
    (tabId) => (globalThis as any).reportLensSnippetCommands.onCommand('save-snippet', { id: tabId }),
    tabId,
  );
}

/** The marks on the page: id, text, and the id of the paragraph holding them. */
function readMarks(page: Page) {
  return page.evaluate(() => {
    const byId = new Map<string, { text: string; paragraph: string; before: string }>();
    for (const el of document.querySelectorAll('report-lens-snippet')) {
      const id = el.getAttribute('data-id')!;
      const entry = byId.get(id) ?? { text: '', paragraph: el.closest('p')?.id ?? '', before: '' };
      if (!byId.has(id)) {
        const p = el.closest('p');
        const range = document.createRange();
        if (p) {
          range.setStart(p, 0);
          range.setEndBefore(el);
          entry.before = range.toString();
        }
      }
      entry.text += el.textContent ?? '';
      byId.set(id, entry);
    }
    return [...byId].map(([id, v]) => ({ id, ...v }));
  });
}

async function listSnippets(): Promise<
  Array<{ id: string; text: string; tags: string[]; note?: string; orphaned?: boolean; region?: string; year?: number }>
> {
  const page = await openPopup(session.context, session.extensionId);
  const reply = await sendExtensionMessage<{ ok: boolean; data: { snippets: never[] } }>(page, 'listSnippets', {});
  await page.close();
  expect(reply.ok).toBe(true);
  return reply.data.snippets;
}

let targetId = '';
let repeatedId = '';

describe('saving a selection', () => {
  it('by the context menu: the mark appears and the quick editor takes tags and a note', async () => {
    const { page, tabId } = await openArticle();
    await selectText(page, '#target', TARGET);
    const saved = await clickMenu(tabId);
    expect(saved.ok).toBe(true);
    targetId = saved.ok ? saved.id : '';
    await expect
      .poll(() => readMarks(page))
      .toEqual([{ id: targetId, text: TARGET, paragraph: 'target', before: '据统计，' }]);

    const editor = '[data-testid="snippet-editor"]';
    await ui.waitFor(page, editor);
    await ui.fill(page, `${editor} [data-field="tags"]`, '住房，城市更新');
    await ui.fill(page, `${editor} [data-field="note"]`, '今年目标：2.5万个');
    await screenshot(page, 'snippets-editor-after-context-menu');
    await ui.click(page, `${editor} [data-action="update-snippet"]`);
    await ui.waitFor(page, editor, 'detached');
    // The note stays inside the extension: no mark in the page carries it.
    expect(await page.evaluate(() => document.body.outerHTML)).not.toContain('今年目标');
    const stored = (await listSnippets()).find((s) => s.id === targetId);
    expect(stored).toMatchObject({ text: TARGET, tags: ['住房', '城市更新'], note: '今年目标：2.5万个' });
    expect(stored?.region).toBeUndefined(); // not a report page
    await page.close();
  });

  it('by the keyboard command: the right one of a repeated phrase is marked', async () => {
    const { page, tabId } = await openArticle();
    await selectText(page, '#repeat', REPEATED, 1);
    const saved = await pressShortcut(tabId);
    expect(saved.ok).toBe(true);
    repeatedId = saved.ok ? saved.id : '';
    await expect
      .poll(async () => (await readMarks(page)).find((m) => m.id === repeatedId))
      .toEqual({
        id: repeatedId,
        text: REPEATED,
        paragraph: 'repeat',
        before: `专家认为，${REPEATED}，才能让改造真正落到居民心坎上；`,
      });
    await page.close();
  });

  it('by the button beside a selection on a report page, with the region and year detected', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('report.html'), { waitUntil: 'load' });
    await waitForContentScript(await tabIdOf(page));
    // A real drag across the figure's words, so the page's own mouseup brings the button.
    const box = (await page.locator('#goal').boundingBox())!;
    await page.mouse.move(box.x + 2, box.y + 6);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.6, box.y + 6, { steps: 8 });
    await page.mouse.up();
    const button = '[data-action="save-snippet"]';
    await ui.waitFor(page, button);
    await screenshot(page, 'snippets-save-button');
    const selected = await page.evaluate(() => document.getSelection()!.toString().trim());
    expect(selected.length).toBeGreaterThan(5);
    await ui.click(page, button);
    await expect.poll(async () => (await readMarks(page)).map((m) => m.text)).toEqual([selected]);
    await ui.waitFor(page, '[data-testid="snippet-editor"]');
    const stored = (await listSnippets()).find((s) => s.text === selected);
    expect(stored).toMatchObject({ region: '北京', year: 2026 });
    await page.close();
  });

  it('says why when a selection cannot be saved: inside a text field, inside a frame, too long', async () => {
    const { page, tabId } = await openArticle();
    const NOTICE = '[data-testid="snippet-notice"]';
    const notice = {
      getAttribute: (name: string) => ui.attr(page, NOTICE, name),
      textContent: () => ui.text(page, NOTICE),
    };

    await page.locator('#comment').focus();
    await page.evaluate(() => (document.querySelector('#comment') as HTMLTextAreaElement).select());
    expect(await pressShortcut(tabId)).toEqual({ ok: false, problem: 'in-input' });
    await expect.poll(() => notice.getAttribute('data-problem')).toBe('in-input');
    expect(await notice.textContent()).toMatch(/输入框|input fields/);

    expect(await clickMenu(tabId, 7)).toEqual({ ok: false, problem: 'in-frame' });
    await expect.poll(() => notice.getAttribute('data-problem')).toBe('in-frame');
    expect(await notice.textContent()).toMatch(/框架|frame/);

    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'long';
      p.textContent = '很长的段落。'.repeat(1000);
      document.querySelector('article')!.append(p);
    });
    await selectText(page, '#long', '很长的段落。'.repeat(1000));
    expect(await clickMenu(tabId)).toEqual({ ok: false, problem: 'too-long', detail: '6000' });
    await expect.poll(() => notice.getAttribute('data-problem')).toBe('too-long');
    expect(await notice.textContent()).toMatch(/6000.*5000/);
    await screenshot(page, 'snippets-too-long-notice');
    await page.close();
  });
});

describe('finding snippets again', () => {
  it('after a reload the marks are back', async () => {
    const { page } = await openArticle();
    await expect
      .poll(async () => (await readMarks(page)).map((m) => [m.id, m.text, m.paragraph]).sort())
      .toEqual(
        [
          [targetId, TARGET, 'target'],
          [repeatedId, REPEATED, 'repeat'],
        ].sort(),
      );
    // The page's own CSS sets `report-lens-snippet { background: none }`; the mark's inline style still wins.
    const background = await page.evaluate(
      () => getComputedStyle(document.querySelector('report-lens-snippet')!).backgroundColor,
    );
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    await screenshot(page, 'snippets-marks-after-reload');
    // Clicking a mark opens its editor with what was saved.
    await page.locator(`report-lens-snippet[data-id="${targetId}"]`).first().click();
    await ui.waitFor(page, '[data-testid="snippet-editor"]');
    expect(await ui.value(page, '[data-testid="snippet-editor"] [data-field="note"]')).toBe('今年目标：2.5万个');
    await page.close();
  });

  it('after the page was edited (a paragraph inserted before, whitespace changed) they are still found', async () => {
    const edited = original
      .replace(
        '<p id="intro">',
        `<p id="inserted">编者按：本文${REPEATED}一节有更新，坚持先民生后提升的说法不变。</p>\n  <p id="intro">`,
      )
      .replace(TARGET, '全国计划新开工改造\n      城镇老旧小区 2.5万个');
    writeFileSync(join(siteDir, 'article.html'), edited);
    const { page } = await openArticle();
    await expect
      .poll(async () => (await readMarks(page)).map((m) => [m.id, m.text.replace(/\s+/g, ''), m.paragraph]).sort())
      .toEqual(
        [
          [targetId, TARGET, 'target'],
          [repeatedId, REPEATED, 'repeat'],
        ].sort(),
      );
    const repeated = (await readMarks(page)).find((m) => m.id === repeatedId);
    expect(repeated?.before).toBe(`专家认为，${REPEATED}，才能让改造真正落到居民心坎上；`);
    await page.close();
  });

  it('when the text was removed, the snippet is kept and shown as not found in the library', async () => {
    writeFileSync(join(siteDir, 'article.html'), original.replace(/<p id="target">.*?<\/p>/, ''));
    const { page } = await openArticle();
    await expect.poll(async () => (await readMarks(page)).map((m) => m.id)).toEqual([repeatedId]);
    const orphaned = await pollUntil(
      async () => (await listSnippets()).find((s) => s.id === targetId),
      (s) => s?.orphaned === true,
    );
    expect(orphaned).toMatchObject({ text: TARGET, orphaned: true });
    await page.close();
  });
});

describe('the library Snippets tab', () => {
  it('lists, searches and exports snippets', async () => {
    let library = await openLibrary(session.context, session.extensionId, '?tab=snippets');
    const inLibrary = await library
      .locator('[data-testid="snippets-tab"]')
      .waitFor({ state: 'visible', timeout: 5000 })
      .then(() => true)
      .catch(() => false);
    if (!inLibrary) {
      // The library page does not mount the tab yet: the test page holds just <SnippetsTab />.
      await library.close();
      library = await openPopup(session.context, session.extensionId, 'snippets-tab-test.html');
    }
    await library.setViewportSize({ width: 1100, height: 820 });
    const tab = library.locator('[data-testid="snippets-tab"]');
    await expect.poll(() => tab.locator('[data-testid="snippet"]').count()).toBe(3);
    await expect.poll(() => tab.locator('.rl-snippet-orphaned').count()).toBe(1);
    await sleep(200);
    await screenshot(library, 'snippets-library-tab', { fullPage: true });

    await tab.locator('[data-testid="snippets-search"]').fill('住房');
    await expect.poll(() => tab.locator('[data-testid="snippet"]').count()).toBe(1);
    await screenshot(library, 'snippets-library-search');

    // Delete, then undo: the snippet comes back with its tags.
    await tab.locator('[data-testid="snippet"] [data-action="delete-snippet"]').click();
    await expect.poll(() => tab.locator('[data-testid="snippet"]').count()).toBe(0);
    await tab.locator('[data-action="undo-delete"]').click();
    await expect.poll(() => tab.locator('[data-testid="snippet"]').count()).toBe(1);
    expect(await tab.locator('.rl-snippet-tags li').allTextContents()).toEqual(['住房', '城市更新']);

    const download = library.waitForEvent('download');
    await tab.locator('[data-action="export-all"]').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^report-lens-snippets-\d{4}-\d\d-\d\d\.md$/);
    const markdown = readFileSync((await file.path())!, 'utf8');
    expect(markdown).toContain(`> ${TARGET}`);
    expect(markdown).toContain('**Tags:** #住房 #城市更新');
    await library.close();
  });
});

describe("the popup's list of this page's snippets", () => {
  it('shows the snippets saved on one page', async () => {
    const url = server.url('article.html');
    const popup = await openPopup(
      session.context,
      session.extensionId,
      `snippets-tab-test.html?url=${encodeURIComponent(url)}`,
    );
    await popup.setViewportSize({ width: 600, height: 520 });
    const list = popup.locator('[data-testid="page-snippets"]');
    await expect.poll(() => list.locator('[data-testid="snippet"]').count()).toBe(2);
    await screenshot(popup, 'snippets-popup-page-list');
    await popup.close();
  });
});
