// Reusable helpers for end-to-end tests in real browsers: a static server for our own test pages, Debian Chromium
// (playwright-core) and Firefox ESR (puppeteer-core) with the built extension loaded, and screenshots.
// Launch facts follow ../shared/TOOLCHAIN.md. Run through `npm run test:e2e`, which builds both targets first.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core';
import { expect } from 'vitest';
import { findBrowsers } from '../../scripts/ensure-browsers.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const PAGES_DIR = join(ROOT, 'tests', 'fixtures', 'pages');
// The builds under test. scripts/e2e.mjs points these at a private copy of .output, so a rebuild elsewhere on the
// machine cannot swap the extension out from under a running test (REPORT_LENS_CHROME_BUILD: older name).
export const CHROME_EXTENSION_DIR = resolve(
  process.env.REPORT_LENS_CHROME_DIR || process.env.REPORT_LENS_CHROME_BUILD || join(ROOT, '.output', 'chrome-mv3'),
);
export const FIREFOX_EXTENSION_DIR = resolve(
  process.env.REPORT_LENS_FIREFOX_DIR || join(ROOT, '.output', 'firefox-mv2'),
);
export const SCREENSHOT_DIR = join(ROOT, 'screenshots');

// ---------------------------------------------------------------------------------------------------------------
// Static server

export interface StaticServer {
  /** e.g. http://127.0.0.1:43117 */
  origin: string;
  port: number;
  /** Absolute URL of a file under the served folder: `server.url('report-zh-hans.html')`. */
  url(path: string): string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
};

/** Serves `dir` (default tests/fixtures/pages) on 127.0.0.1 at a random free port; `/` lists the files. */
export async function startStaticServer(dir: string = PAGES_DIR): Promise<StaticServer> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const file = normalize(join(root, pathname));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    if (file === root || pathname === '/') {
      const names = listPages(root);
      const items = names.map((name) => `<li><a href="/${encodeURI(name)}">${name}</a></li>`).join('\n');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(`<!doctype html><meta charset="utf-8"><title>Report Lens test pages</title><ul>\n${items}\n</ul>`);
      return;
    }
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    url: (path) => new URL(path.replace(/^\/+/, ''), `${origin}/`).href,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

function listPages(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSafe(d)) {
      const full = join(d, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.html?$/i.test(entry)) out.push(relative(root, full).split(sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}

function readdirSafe(d: string): string[] {
  try {
    return readdirSync(d);
  } catch {
    return [];
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Chromium (playwright-core)

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  /** chrome-extension://ID/<path> */
  extensionUrl(path: string): string;
  userDataDir: string;
  /** Closes the browser and deletes the temporary profile. */
  close(): Promise<void>;
}

export interface ChromiumOptions {
  /** Default true; the demo passes false when a display exists. */
  headless?: boolean;
  /** Built extension folder; default .output/chrome-mv3. */
  extensionDir?: string;
  /** Default: ensure-browsers' lookup (CHROME_PATH, /usr/bin/chromium, google-chrome, chromium-browser). */
  executablePath?: string;
  /** UI language of the browser (and so of the extension's i18n); default zh-CN. */
  locale?: string;
  viewport?: { width: number; height: number };
  /** Extra command-line flags. */
  args?: string[];
  /**
   * Wait (up to 30 s) until the database holds records, i.e. the install hook has loaded the starter pack, so a
   * page read right away is compared with them. Default true; pass false to see the state before that.
   */
  waitForRecords?: boolean;
}

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Fails with a clear message when the build is missing or Chromium would refuse it. Both would otherwise show only
 * as a timeout: headless Chromium skips a broken extension silently, a headful one blocks on an error dialog.
 */
export function assertBuilt(extensionDir: string, buildCommand: string): void {
  const manifest = join(extensionDir, 'manifest.json');
  if (!existsSync(manifest)) {
    throw new Error(`No extension build at ${manifest}. Run \`${buildCommand}\` first (npm run test:e2e does).`);
  }
  const problems = extensionProblems(extensionDir);
  if (problems.length > 0) {
    throw new Error(`The extension in ${extensionDir} would not load:\n  - ${problems.join('\n  - ')}`);
  }
}

/** Problems browsers reject an extension for, found without a browser: bad JSON, invalid _locales message names. */
export function extensionProblems(extensionDir: string): string[] {
  const problems: string[] = [];
  const readJson = (file: string): unknown => {
    try {
      return JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      problems.push(`${relative(extensionDir, file)}: ${(error as Error).message}`);
      return undefined;
    }
  };
  const manifest = readJson(join(extensionDir, 'manifest.json')) as { default_locale?: string } | undefined;
  const localesDir = join(extensionDir, '_locales');
  if (manifest?.default_locale && !existsSync(join(localesDir, manifest.default_locale, 'messages.json'))) {
    problems.push(
      `default_locale "${manifest.default_locale}" has no _locales/${manifest.default_locale}/messages.json`,
    );
  }
  for (const locale of readdirSafe(localesDir)) {
    const file = join(localesDir, locale, 'messages.json');
    if (!existsSync(file)) continue;
    const messages = readJson(file);
    if (!messages || typeof messages !== 'object') continue;
    for (const [name, entry] of Object.entries(messages)) {
      // Chrome accepts only ASCII letters, digits, _ and @ in message names.
      if (!/^[A-Za-z0-9_@]+$/.test(name)) problems.push(`_locales/${locale}: invalid message name "${name}"`);
      else if (!entry || typeof (entry as { message?: unknown }).message !== 'string') {
        problems.push(`_locales/${locale}: message "${name}" has no "message" string`);
      }
    }
  }
  return problems;
}

function browserPath(kind: 'chromium' | 'firefox', given?: string): string {
  if (given) return given;
  const found = findBrowsers({ firefox: kind === 'firefox' });
  const path = found[kind];
  if (!path) {
    throw new Error(
      `No ${kind === 'chromium' ? 'Chromium' : 'Firefox'} found. Run \`node scripts/ensure-browsers.mjs${
        kind === 'firefox' ? ' --firefox' : ''
      }\` (it installs it on Debian/Ubuntu or prints the command).`,
    );
  }
  return path;
}

/** Launches Debian Chromium with the built MV3 extension in a fresh temporary profile. */
export async function launchChromium(options: ChromiumOptions = {}): Promise<ChromiumSession> {
  const extensionDir = resolve(options.extensionDir ?? CHROME_EXTENSION_DIR);
  assertBuilt(extensionDir, 'npx wxt build');
  const executablePath = browserPath('chromium', options.executablePath);
  const locale = options.locale ?? 'zh-CN';
  const userDataDir = mkdtempSync(join(tmpdir(), 'report-lens-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: options.headless ?? true,
      timeout: 60_000,
      locale,
      viewport: options.viewport ?? { width: 1280, height: 900 },
      // Chromium on Linux takes its UI language (and so chrome.i18n.getMessage) from LANGUAGE, not from --lang, and
      // only for locales it ships: Debian's chromium has en-US alone unless chromium-l10n is installed.
      env: { ...process.env, LANGUAGE: locale.replace('-', '_') },
      args: [
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        ...CHROMIUM_FLAGS,
        ...(options.args ?? []),
      ],
    });
  } catch (error) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw new Error(
      `Chromium (${executablePath}) did not start with the extension from ${extensionDir}${
        options.headless === false ? ' (a headful Chromium waits on an error dialog when it refuses an extension)' : ''
      }: ${error}`,
    );
  }
  const close = async () => {
    await context.close().catch(() => undefined);
    rmSync(userDataDir, { recursive: true, force: true });
  };
  try {
    const worker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', {
        predicate: (w) => w.url().startsWith('chrome-extension://'),
        timeout: 20_000,
      }));
    const extensionId = new URL(worker.url()).host;
    if (options.waitForRecords !== false) {
      const records = await waitForRecords(context, extensionId);
      if (records === 0) console.warn('harness: the extension database is still empty after 30 s (no starter pack?)');
    }
    return {
      context,
      extensionId,
      extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\/+/, '')}`,
      userDataDir,
      close,
    };
  } catch (error) {
    await close();
    throw new Error(`The extension in ${extensionDir} did not start (no service worker appeared): ${error}`);
  }
}

/** Opens an extension page (default the popup) in a new tab and waits until it has loaded. */
/** A fixture page in a new Chromium tab at a desktop size, loaded. */
export async function openFixture(chrome: ChromiumSession, server: StaticServer, file: string): Promise<Page> {
  const page = await chrome.context.newPage();
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(server.url(file), { waitUntil: 'load' });
  return page;
}

/** Waits until the page has marks and every one has left the 'pending' state (the background answered). */
export async function marksSettled(page: Page): Promise<void> {
  await page.locator('report-lens-mark').first().waitFor({ state: 'attached', timeout: 15_000 });
  await expect.poll(() => page.locator('report-lens-mark[data-state="pending"]').count(), { timeout: 15_000 }).toBe(0);
}

export async function openPopup(context: BrowserContext, extensionId: string, path = 'popup.html'): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${path}`, { waitUntil: 'load' });
  return page;
}

/** The full-page library (the extension's options page). */
export function openLibrary(context: BrowserContext, extensionId: string, query = ''): Promise<Page> {
  return openPopup(context, extensionId, `options.html${query}`);
}

/**
 * Polls the background's `getCounts` until the database holds at least `min` records; resolves to the last count
 * (which is below `min` when the time ran out). The starter pack loads asynchronously after install.
 */
export async function waitForRecords(
  context: BrowserContext,
  extensionId: string,
  { min = 1, timeoutMs = 30_000 }: { min?: number; timeoutMs?: number } = {},
): Promise<number> {
  const page = await openPopup(context, extensionId);
  try {
    const read = async () => {
      const reply = await sendExtensionMessage<{ ok: boolean; data?: { records: number } }>(page, 'getCounts').catch(
        () => undefined,
      );
      return reply?.ok ? (reply.data?.records ?? 0) : 0;
    };
    return await pollUntil(read, (n) => n >= min, timeoutMs);
  } finally {
    await page.close().catch(() => undefined);
  }
}

/**
 * The tests talk to the extension as its own code does: through @webext-core/messaging's public API, loaded into the
 * extension page or worker from the package's self-contained build (the page's CSP does not apply to what the
 * DevTools protocol evaluates), so no test knows the library's wire format.
 */
const MESSAGING_BUILD = readFileSync(
  join(ROOT, 'node_modules', '@webext-core', 'messaging', 'dist', 'index.iife.js'),
  'utf8',
);

/** An extension page or the service worker: both evaluate the same way (typed as a page for the compiler). */
type Context = Page | Worker;
const asPage = (target: Context) => target as Page;

async function withMessaging(target: Context): Promise<void> {
  // biome-ignore lint/suspicious/noExplicitAny: the extension's global is untyped here
  if (await asPage(target).evaluate(() => typeof (globalThis as any).webExtCoreMessaging !== 'undefined')) return;
  await asPage(target).evaluate(
    `globalThis.webExtCoreMessaging = (function () { ${MESSAGING_BUILD}; return webExtCoreMessaging; })()`,
  );
}

/**
 * Sends one typed message to the background from an extension page (or the worker, to a tab when `tabId` is given)
 * and returns the Result it answered (`{ ok: true, data }` or `{ ok: false, error }`); a message nobody answers
 * comes back as `{ ok: false, error: { code: 'disconnected' } }`, as request() in lib/messages.ts says it.
 */
export async function sendExtensionMessage<T = unknown>(
  from: Context,
  type: string,
  data?: unknown,
  tabId?: number,
): Promise<T> {
  await withMessaging(from);
  return asPage(from).evaluate(
    async ([type, data, tabId]) => {
      // biome-ignore lint/suspicious/noExplicitAny: the extension's global is untyped here
      const messenger = (globalThis as any).webExtCoreMessaging.defineExtensionMessaging();
      try {
        return await (tabId === undefined
          ? messenger.sendMessage(type, data)
          : messenger.sendMessage(type, data, { tabId, frameId: 0 }));
      } catch (error) {
        return { ok: false, error: { code: 'disconnected', message: String(error) } };
      }
    },
    [type, data, tabId] as [string, unknown, number | undefined],
  ) as Promise<T>;
}

/** Asks a tab's content script (TabApi in lib/messages.ts) from an extension page or the worker. */
export function sendTabMessage<T = unknown>(from: Context, tabId: number, type: string, data?: unknown): Promise<T> {
  return sendExtensionMessage<T>(from, type, data, tabId);
}

/** The page info a tab's content script gives the popup, or null when nobody answers there. */
export async function pageInfoOf(from: Context, tabId: number): Promise<PageInfoReply | null> {
  const reply = await sendTabMessage<{ ok: boolean; data?: PageInfoReply }>(from, tabId, 'pageInfo');
  return reply.ok ? (reply.data ?? null) : null;
}

export interface PageInfoReply {
  detection: { isReport: boolean; regions: string[] } | null;
  statements: number;
  figures?: Array<{ region: string; year: number; indicator: string; kind: string }>;
}

/** Every tab's id, as an extension page or the worker sees them (without the tabs permission: no URLs). */
export function tabIds(from: Context): Promise<number[]> {
  return asPage(from).evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: the extension's global is untyped here
    const tabs: Array<{ id?: number }> = await (globalThis as any).chrome.tabs.query({});
    return tabs.map((t) => t.id).filter((id): id is number => id !== undefined);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Firefox ESR (puppeteer-core over WebDriver BiDi)

export interface FirefoxSession {
  browser: PuppeteerBrowser;
  /** The add-on id (browser_specific_settings.gecko.id). */
  addonId: string;
  close(): Promise<void>;
}

export interface FirefoxOptions {
  headless?: boolean;
  /** Built extension folder; default .output/firefox-mv2. */
  extensionDir?: string;
  /** Default: ensure-browsers' lookup (FIREFOX_PATH, /usr/bin/firefox-esr, firefox). */
  executablePath?: string;
}

/** Launches Firefox ESR and installs the built MV2 extension as a temporary add-on. */
export async function launchFirefox(options: FirefoxOptions = {}): Promise<FirefoxSession> {
  const extensionDir = resolve(options.extensionDir ?? FIREFOX_EXTENSION_DIR);
  assertBuilt(extensionDir, 'npx wxt build -b firefox');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: browserPath('firefox', options.executablePath),
    headless: options.headless ?? true,
    defaultViewport: { width: 1280, height: 900 },
  });
  try {
    const addonId = await browser.installExtension(extensionDir);
    return { browser, addonId, close: () => browser.close().catch(() => undefined) };
  } catch (error) {
    await browser.close().catch(() => undefined);
    throw new Error(`Firefox refused the extension in ${extensionDir}: ${error}`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Page inspection (works with Playwright and Puppeteer pages)

type AnyPage = Page | PuppeteerPage;

export interface ReportLensUiState {
  /** How many <report-lens-ui> hosts the page has. */
  hosts: number;
  /** Whether the extension's host has a shadow root (reached through the browser's debugging protocol). */
  hasShadowRoot: boolean;
  /** What the page's own scripts see: `host.shadowRoot` (null for a closed root). */
  pageSeesShadowRoot: boolean;
  /** Text of the badge inside the host's shadow root, or null. */
  badgeText: string | null;
}

// ---- The closed shadow root, for tests only ----
// The extension's <report-lens-ui> has a closed shadow root: page scripts (and so page.evaluate) cannot reach it.
// Tests go in through the browser's debugging protocol, which no web page has: CDP's DOM domain in Chromium
// (DOM.describeNode with pierce lists closed roots), WebDriver BiDi's serialization with includeShadowTree "all" in
// Firefox. `fn` runs in the page with the root (or null when there is no host) and a JSON-serialisable argument.

type RootFn<A, R> = (root: ShadowRoot | null, arg: A) => R;

function isPlaywright(page: AnyPage): page is Page {
  return typeof (page as Page).context === 'function' && typeof (page as Page).context().newCDPSession === 'function';
}

const cdpSessions = new WeakMap<Page, Promise<import('playwright-core').CDPSession>>();

async function chromiumUiEval<A, R>(page: Page, fn: RootFn<A, R>, arg: A): Promise<R> {
  let pending = cdpSessions.get(page);
  if (!pending) {
    pending = page.context().newCDPSession(page);
    cdpSessions.set(page, pending);
  }
  const session = await pending;
  const call = `(${fn.toString()})`;
  const hosts = await session.send('Runtime.evaluate', {
    expression: 'Array.from(document.querySelectorAll("report-lens-ui"))',
  });
  let rootId: string | undefined;
  if (hosts.result.objectId) {
    const props = await session.send('Runtime.getProperties', { objectId: hosts.result.objectId, ownProperties: true });
    for (const prop of props.result) {
      if (!/^\d+$/.test(prop.name) || !prop.value?.objectId) continue;
      const { node } = await session.send('DOM.describeNode', {
        objectId: prop.value.objectId,
        pierce: true,
        depth: 1,
      });
      const root = node.shadowRoots?.find((r) => r.shadowRootType === 'closed') ?? node.shadowRoots?.[0];
      if (!root) continue;
      const { object } = await session.send('DOM.resolveNode', { backendNodeId: root.backendNodeId });
      rootId = object.objectId;
      break;
    }
  }
  const reply = rootId
    ? await session.send('Runtime.callFunctionOn', {
        objectId: rootId,
        functionDeclaration: `function (arg) { return ${call}(this, arg); }`,
        arguments: [{ value: arg }],
        returnByValue: true,
        awaitPromise: true,
      })
    : await session.send('Runtime.evaluate', {
        expression: `${call}(null, ${JSON.stringify(arg ?? null)})`,
        returnByValue: true,
        awaitPromise: true,
      });
  if (reply.exceptionDetails)
    throw new Error(`uiEval: ${reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text}`);
  return reply.result.value as R;
}

interface BidiSession {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

async function firefoxUiEval<A, R>(page: PuppeteerPage, fn: RootFn<A, R>, arg: A): Promise<R> {
  // puppeteer-core's BiDi objects: the frame's browsing context and the connection's session.
  const context = (
    page.mainFrame() as unknown as {
      browsingContext: { id: string; userContext: { browser: { session: BidiSession } } };
    }
  ).browsingContext;
  const session = context.userContext.browser.session;
  // A sandbox realm: the page's own globals (a page may patch JSON, Array …) do not reach the test's code there.
  const target = { context: context.id, sandbox: 'report-lens-tests' };
  const located = await session.send('script.callFunction', {
    functionDeclaration: '() => Array.from(document.querySelectorAll("report-lens-ui"))',
    awaitPromise: false,
    target,
    resultOwnership: 'root',
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 1, maxObjectDepth: 1 },
  });
  type Remote = { type: string; value?: unknown; sharedId?: string };
  const hosts = ((located.result as { result?: Remote }).result?.value as Remote[] | undefined) ?? [];
  let root: { sharedId: string } | null = null;
  for (const host of hosts) {
    const shadow = (host.value as { shadowRoot?: Remote | null } | undefined)?.shadowRoot;
    if (shadow?.sharedId) {
      root = { sharedId: shadow.sharedId };
      break;
    }
  }
  const reply = await session.send('script.callFunction', {
    functionDeclaration: `(root, json) => JSON.stringify((${fn.toString()})(root ?? null, JSON.parse(json)) ?? null)`,
    awaitPromise: true,
    target,
    arguments: [root ?? { type: 'null' }, { type: 'string', value: JSON.stringify(arg ?? null) }],
    resultOwnership: 'none',
  });
  const result = reply.result as { type: string; result?: { value?: string }; exceptionDetails?: { text?: string } };
  if (result.type === 'exception') throw new Error(`uiEval: ${result.exceptionDetails?.text}`);
  return JSON.parse(result.result?.value ?? 'null') as R;
}

/** Runs `fn` in the page with the extension's closed shadow root (tests only; see above). */
export function uiEval<A, R>(page: AnyPage, fn: RootFn<A, R>, arg: A): Promise<R> {
  return isPlaywright(page) ? chromiumUiEval(page, fn, arg) : firefoxUiEval(page as PuppeteerPage, fn, arg);
}

/** What the extension shows inside its closed root, read the way tests need it. */
export const ui = {
  count: (page: AnyPage, selector: string) =>
    uiEval(page, (root, sel) => root?.querySelectorAll(sel).length ?? 0, selector),
  text: (page: AnyPage, selector: string) =>
    uiEval(page, (root, sel) => root?.querySelector(sel)?.textContent ?? null, selector),
  attr: (page: AnyPage, selector: string, name: string) =>
    uiEval(page, (root, [sel, n]) => root?.querySelector(sel)?.getAttribute(n) ?? null, [selector, name] as [
      string,
      string,
    ]),
  value: (page: AnyPage, selector: string) =>
    uiEval(page, (root, sel) => (root?.querySelector(sel) as HTMLInputElement | null)?.value ?? null, selector),
  visible: (page: AnyPage, selector: string) =>
    uiEval(
      page,
      (root, sel) => {
        const el = root?.querySelector(sel);
        if (!el) return false;
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0;
      },
      selector,
    ),
  /** The data-testid / data-action of the element focused inside the root, if any. */
  focused: (page: AnyPage) =>
    uiEval(
      page,
      (root) => {
        const el = root?.activeElement;
        return el
          ? (el.getAttribute('data-testid') ?? el.getAttribute('data-action') ?? el.tagName.toLowerCase())
          : null;
      },
      null,
    ),
  /** The centre of an element in viewport pixels (scrolled into view first), or null. */
  centre: (page: AnyPage, selector: string) =>
    uiEval(
      page,
      (root, sel) => {
        const el = root?.querySelector(sel);
        if (!el) return null;
        el.scrollIntoView({ block: 'center', inline: 'center' });
        const r = el.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      },
      selector,
    ),
  /** A real (trusted) mouse click on an element inside the root. */
  async click(page: AnyPage, selector: string): Promise<void> {
    const at = await pollUntil(
      () => ui.centre(page, selector),
      (c) => c !== null,
      10_000,
    );
    if (!at) throw new Error(`ui.click: nothing matches ${selector} in the extension's UI`);
    await (page.mouse as { click(x: number, y: number): Promise<void> }).click(at.x, at.y);
  },
  /** Replaces a field's text by typing, as a user would. */
  async fill(page: AnyPage, selector: string, text: string): Promise<void> {
    await ui.click(page, selector);
    await uiEval(page, (root, sel) => (root?.querySelector(sel) as HTMLInputElement | null)?.select(), selector);
    const keyboard = page.keyboard as {
      press(key: string): Promise<void>;
      sendCharacter?(c: string): Promise<void>;
      insertText?(c: string): Promise<void>;
    };
    await keyboard.press('Delete');
    if (keyboard.insertText) await keyboard.insertText(text);
    // Puppeteer's Firefox sends one character at a time.
    else for (const c of text) await keyboard.sendCharacter?.(c);
  },
  async waitFor(
    page: AnyPage,
    selector: string,
    state: 'visible' | 'detached' = 'visible',
    timeoutMs = 10_000,
  ): Promise<void> {
    const want = state === 'visible';
    const seen = await pollUntil(
      () => ui.visible(page, selector),
      (v) => v === want,
      timeoutMs,
    );
    if (seen !== want) throw new Error(`ui.waitFor: ${selector} did not become ${state} in ${timeoutMs} ms`);
  },
};

export async function readReportLensUi(page: AnyPage): Promise<ReportLensUiState> {
  // Inside first: a host seen there is still in the page a moment later (the other order can race its creation).
  const inside = await uiEval(
    page,
    (root) => (root ? { badge: root.querySelector('[data-testid="badge"]')?.textContent ?? null } : null),
    null,
  );
  const seen = await evaluateIn(page, () => {
    const hosts = document.querySelectorAll('report-lens-ui');
    return { hosts: hosts.length, pageSeesShadowRoot: Array.from(hosts).some((h) => h.shadowRoot !== null) };
  });
  return { ...seen, hasShadowRoot: inside !== null, badgeText: inside?.badge ?? null };
}

function evaluateIn<R>(page: AnyPage, fn: () => R): Promise<R> {
  return (page as unknown as { evaluate(f: () => R): Promise<R> }).evaluate(fn);
}

/** Polls `read` until `done` holds or the time runs out; returns the last value either way. */
export async function pollUntil<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < end) {
    await sleep(100);
    value = await read();
  }
  return value;
}

/** Waits for the badge inside the <report-lens-ui> shadow root; returns the state it ended with. */
export function waitForBadge(page: AnyPage, timeoutMs = 10_000): Promise<ReportLensUiState> {
  return pollUntil(
    () => readReportLensUi(page),
    (s) => s.badgeText !== null,
    timeoutMs,
  );
}

export function bodyHtml(page: AnyPage): Promise<string> {
  return evaluateIn(page, () => document.body.innerHTML);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((ok) => setTimeout(ok, ms));
}

/** Saves a PNG under screenshots/ (git-ignored) and returns its path. */
export async function screenshot(page: AnyPage, name: string, options: { fullPage?: boolean; dir?: string } = {}) {
  const dir = options.dir ?? SCREENSHOT_DIR;
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name.replace(/[^\w.-]+/g, '-').replace(/\.png$/i, '')}.png`);
  await (page as unknown as { screenshot(o: { path: string; fullPage: boolean }): Promise<unknown> }).screenshot({
    path: file,
    fullPage: options.fullPage ?? false,
  });
  return file;
}
