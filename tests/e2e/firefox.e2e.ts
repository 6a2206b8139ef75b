// The built MV2 extension in Firefox ESR (puppeteer-core, temporary add-on): it installs, shows the badge on a report
// page and leaves an unrelated page alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bodyHtml,
  type FirefoxSession,
  launchFirefox,
  readReportLensUi,
  type StaticServer,
  screenshot,
  sleep,
  startStaticServer,
  waitForBadge,
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

describe('Firefox ESR', () => {
  it('installs the extension', () => {
    expect(firefox.addonId).toBe('report-lens@report-lens.dev');
  });

  it('shows the badge on a report page', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(server.url('report-zh-hans.html'), { waitUntil: 'load' });
    const ui = await waitForBadge(page, 15_000);
    expect(ui).toMatchObject({ hosts: 1, hasShadowRoot: true });
    expect(ui.badgeText).toBeTruthy();
    await screenshot(page, 'firefox-report-zh-hans');
    await page.close();
  });

  it('adds nothing to an unrelated page', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(server.url('unrelated.html'), { waitUntil: 'load' });
    const before = await bodyHtml(page);
    await sleep(1500);
    expect((await readReportLensUi(page)).hosts).toBe(0);
    expect(await bodyHtml(page)).toBe(before);
    await screenshot(page, 'firefox-unrelated');
    await page.close();
  });
});
