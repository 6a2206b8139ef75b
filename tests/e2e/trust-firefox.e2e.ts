// Correcting a page in Firefox ESR: the badge sets the page's region and year and the page is read again
// with them; "This reading is wrong" hides a mark and stays hidden after a reload.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type FirefoxSession,
  launchFirefox,
  pollUntil,
  type StaticServer,
  screenshot,
  startStaticServer,
  ui,
} from './harness';

let server: StaticServer;
let firefox: FirefoxSession;

beforeAll(async () => {
  server = await startStaticServer();
  firefox = await launchFirefox();
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

const marks = (page: Page, selector = '') =>
  page.evaluate(
    (sel) => [...document.querySelectorAll(`report-lens-mark${sel}`)].map((el) => el.getAttribute('data-state')),
    selector,
  );

/** Waits until the page has marks and none is waiting for the background. */
const settled = (page: Page, selector = '') =>
  pollUntil(
    () => marks(page, selector),
    (m) => m.length > 0 && m.every((s) => s !== 'pending'),
    20_000,
  );

describe('correcting a page in Firefox', () => {
  it('sets the page’s region and year from the badge, and the page is read again with them', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(server.url('trust-region.html'), { waitUntil: 'load' });
    await ui.waitFor(page, '[data-action="fix-page"]', 'visible', 20_000);
    expect(await marks(page)).toEqual([]);
    await ui.click(page, '[data-action="fix-page"]');
    await ui.fill(page, '[data-field="page-region"]', '江西');
    await ui.fill(page, '[data-field="page-year"]', '2025');
    await ui.click(page, '[data-action="page-apply"]');
    const found = await settled(page, '[data-region="江西"]');
    expect(found.length).toBeGreaterThanOrEqual(2);
    await screenshot(page, 'firefox-trust-page-fix');
    await page.reload({ waitUntil: 'load' });
    expect((await settled(page, '[data-region="江西"]')).length).toBe(found.length);
    await page.close();
  });

  it('hides a reading marked wrong, also after a reload', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(server.url('report-zh-hans.html'), { waitUntil: 'load' });
    const before = (await settled(page, '[tabindex="0"]')).length;
    await page.evaluate(() =>
      document
        .querySelector('report-lens-mark[data-indicator="cpi"][data-kind="target"]')
        ?.scrollIntoView({ block: 'center' }),
    );
    const at = await page.evaluate(() => {
      const r = document
        .querySelector('report-lens-mark[data-indicator="cpi"][data-kind="target"]')
        ?.getBoundingClientRect();
      return r ? { x: r.left + 4, y: r.top + r.height / 2 } : null;
    });
    expect(at).not.toBeNull();
    await page.mouse.click(at!.x, at!.y);
    await ui.waitFor(page, '[data-testid="card"]');
    await ui.click(page, '[data-testid="card"] [data-action="wrong-reading"]');
    await pollUntil(
      () => marks(page, '[tabindex="0"]'),
      (m) => m.length === before - 1,
      10_000,
    );
    await page.reload({ waitUntil: 'load' });
    await settled(page, '[tabindex="0"]');
    expect((await marks(page, '[tabindex="0"]')).length).toBe(before - 1);
    await page.close();
  });
});
