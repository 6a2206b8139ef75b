#!/usr/bin/env node
// `npm run demo`: builds the extension, serves our own demo pages (tests/fixtures/pages) on 127.0.0.1 and opens them
// in Chromium with the extension loaded.
//   npm run demo                              headful when a display exists (DISPLAY / WAYLAND_DISPLAY); Ctrl+C quits
//   npm run demo -- --headless --out DIR      no window: writes the screenshots below to DIR, prints their paths, exits
//   npm run demo -- --skip-build              reuse .output/chrome-mv3
//   npm run demo -- --lang zh-CN|zh-TW|en     the browser's language (Chromium's --lang), so the extension's too;
//                                             default zh-CN
// Without a display (and without --out) the screenshots go to screenshots/demo.
// To show more, add an entry to SHOTS.
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { ensureBrowsers, MissingBrowserError } from './ensure-browsers.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * What the demo shows, in order. Each shot opens `open(ctx)` (a URL) in its own tab, waits until `ready(page, h)`
 * resolves (throwing there marks the shot as failed), optionally does something (`act`), then is screenshotted.
 * `ctx` = { server, extensionUrl }, `h` = the e2e harness (tests/e2e/harness.ts).
 */
const SHOTS = [
  {
    name: 'report-zh-hans',
    title: 'Simplified-script report article (national 2025) with the badge',
    open: ({ server }) => server.url('report-zh-hans.html'),
    ready: async (page, h) => {
      const ui = await h.waitForBadge(page, 10_000);
      if (ui.badgeText === null) throw new Error('no badge appeared');
    },
  },
  {
    name: 'report-card',
    title: "The card for this year's GDP target, compared with the records",
    open: ({ server }) => server.url('report-zh-hans.html'),
    ready: async (page, h) => {
      await h.waitForBadge(page, 10_000);
      await page.locator('report-lens-mark').first().waitFor({ state: 'attached', timeout: 15_000 });
      // Marks start as data-state="pending" until the background has compared them with the records.
      const end = Date.now() + 15_000;
      while ((await page.locator('report-lens-mark[data-state="pending"]').count()) > 0 && Date.now() < end) {
        await h.sleep(100);
      }
    },
    act: async (page, h) => {
      const selector = 'p report-lens-mark[data-kind="target"][data-indicator="gdp_growth"]';
      // Scroll the mark to mid-screen so the card has room below it (the overlay may re-render marks meanwhile,
      // hence a fresh lookup in the page rather than a held element).
      await page.evaluate((sel) => document.querySelector(sel)?.scrollIntoView({ block: 'center' }), selector);
      await page.locator(selector).first().click();
      // The card lives in the extension's closed shadow root: the harness reaches it the way the e2e tests do.
      await h.ui.waitFor(page, '[data-testid="card"]', 'visible', 10_000);
    },
  },
  {
    name: 'report-zh-hant',
    title: 'Traditional-script report article (Beijing 2025) with the badge',
    open: ({ server }) => server.url('report-zh-hant.html'),
    ready: async (page, h) => {
      const ui = await h.waitForBadge(page, 10_000);
      if (ui.badgeText === null) throw new Error('no badge appeared');
    },
  },
  {
    name: 'popup',
    title: 'The popup for the national report (opened as a tab at popup size)',
    open: ({ extensionUrl }) => extensionUrl(`popup.html?region=${encodeURIComponent('全国')}&year=2025`),
    viewport: { width: 800, height: 600 },
    ready: (page) =>
      page
        .locator('[data-testid="comparison-table"], [data-testid="records-total"], .rl-empty, .rl-error')
        .first()
        .waitFor({ timeout: 15_000 }),
  },
  {
    name: 'library',
    title: 'The library (options) page',
    open: ({ extensionUrl }) => extensionUrl('options.html'),
    ready: (page) => page.locator('[data-testid="records-total"], .rl-empty, .rl-error').first().waitFor(),
  },
];

/** --lang → the browser locale Chromium is started with (its UI language, and so chrome.i18n's). */
const LANGUAGES = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', en: 'en-US' };

function parseArgs(argv) {
  const options = { headless: false, out: null, skipBuild: false, lang: 'zh-CN' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--headless') options.headless = true;
    else if (arg === '--headful') options.headless = false;
    else if (arg === '--skip-build') options.skipBuild = true;
    else if (arg === '--lang') options.lang = argv[++i];
    else if (arg.startsWith('--lang=')) options.lang = arg.slice('--lang='.length);
    else if (arg === '--out') options.out = argv[++i];
    else if (arg.startsWith('--out=')) options.out = arg.slice('--out='.length);
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: npm run demo -- [--headless] [--out DIR] [--skip-build] [--lang zh-CN|zh-TW|en]');
      process.exit(0);
    } else {
      console.error(`demo: unknown argument ${arg}`);
      process.exit(2);
    }
  }
  if (!Object.hasOwn(LANGUAGES, options.lang ?? '')) {
    console.error(`demo: --lang takes ${Object.keys(LANGUAGES).join(', ')}`);
    process.exit(2);
  }
  if (options.out === undefined || options.out === '') {
    console.error('demo: --out needs a folder');
    process.exit(2);
  }
  const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  if (!hasDisplay) options.headless = true;
  if (!options.out && options.headless) options.out = join(root, 'screenshots', 'demo');
  return options;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));

  let browsers;
  try {
    browsers = await ensureBrowsers();
  } catch (error) {
    console.error(error instanceof MissingBrowserError ? error.message : `demo: ${error?.message ?? error}`);
    process.exit(1);
  }

  if (!options.skipBuild) {
    console.log('▶ wxt build');
    const build = spawnSync(join(root, 'node_modules', '.bin', 'wxt'), ['build'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) {
      console.error('demo: the build failed');
      process.exit(build.status || 1);
    }
  }

  // The harness is TypeScript; tsx (a devDependency) lets plain Node load it, so the demo and the e2e tests launch
  // the browser the same way.
  const { register } = await import('tsx/esm/api');
  register();
  const h = await import('../tests/e2e/harness.ts');

  const server = await h.startStaticServer();
  const locale = LANGUAGES[options.lang];
  const session = await h.launchChromium({
    headless: options.headless,
    executablePath: browsers.chromium,
    locale,
    args: [`--lang=${locale}`],
  });
  const ctx = { server, extensionUrl: session.extensionUrl };
  console.log(`Serving ${h.PAGES_DIR} at ${server.origin}/`);
  console.log(`Chromium ${options.headless ? '(headless)' : ''} in ${locale} with Report Lens ${session.extensionId}`);

  let failures = 0;
  const written = [];
  const pages = [];
  if (options.out) mkdirSync(resolve(options.out), { recursive: true });
  for (const shot of SHOTS) {
    const page = await session.context.newPage();
    pages.push(page);
    if (shot.viewport) await page.setViewportSize(shot.viewport);
    const url = shot.open(ctx);
    try {
      await page.goto(url, { waitUntil: 'load' });
      await shot.ready?.(page, h);
      await shot.act?.(page, h);
      console.log(`  ✓ ${shot.name}: ${shot.title}\n      ${url}`);
    } catch (error) {
      failures++;
      console.error(`  ✗ ${shot.name}: ${shot.title} — ${error?.message ?? error}`);
    }
    if (options.out) {
      written.push(await h.screenshot(page, shot.name, { dir: resolve(options.out) }));
    }
  }

  if (options.out) {
    console.log('\nScreenshots:');
    for (const file of written) console.log(file);
    await session.close();
    await server.close();
    process.exit(failures ? 1 : 0);
  }

  await pages[0]?.bringToFront();
  console.log(`\nThe demo pages are open (${server.origin}/ lists them). Close the browser or press Ctrl+C to quit.`);
  const quit = async () => {
    await session.close();
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', quit);
  process.once('SIGTERM', quit);
  session.context.once('close', () => {
    server.close().then(() => process.exit(0));
  });
}

await main();
