// The built MV3 extension in Debian Chromium: the content script mounts its UI only on report pages, the popup and
// the library page render, and a message from an extension page reaches the database in the background.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bodyHtml,
  type ChromiumSession,
  launchChromium,
  openLibrary,
  openPopup,
  readReportLensUi,
  type StaticServer,
  screenshot,
  sendExtensionMessage,
  sleep,
  startStaticServer,
  ui as uiParts,
  waitForBadge,
} from './harness';

let server: StaticServer;
let chrome: ChromiumSession;

beforeAll(async () => {
  server = await startStaticServer();
  chrome = await launchChromium();
});

afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

describe('content script on our demo pages', () => {
  it.each([
    ['report-zh-hans.html', 'chromium-report-zh-hans'],
    ['report-zh-hant.html', 'chromium-report-zh-hant'],
  ])('mounts one <report-lens-ui> host with the badge on %s', async (file, shot) => {
    const page = await chrome.context.newPage();
    await page.goto(server.url(file), { waitUntil: 'load' });
    const ui = await waitForBadge(page);
    expect(ui.hosts).toBe(1);
    expect(ui.hasShadowRoot).toBe(true);
    // Closed: the page's own scripts cannot reach inside.
    expect(ui.pageSeesShadowRoot).toBe(false);
    expect(ui.badgeText).toBeTruthy();
    // The badge lives in the shadow root, not in the page's light DOM.
    expect(await page.locator('report-lens-ui').count()).toBe(1);
    expect(await page.evaluate(() => document.querySelectorAll('[data-testid="badge"]').length)).toBe(0);
    await expect.poll(() => uiParts.visible(page, '[data-testid="badge"]')).toBe(true);
    await screenshot(page, shot);
    await page.close();
  });

  it('adds nothing to an unrelated page', async () => {
    const page = await chrome.context.newPage();
    await page.goto(server.url('unrelated.html'), { waitUntil: 'domcontentloaded' });
    const before = await bodyHtml(page);
    // The content script runs at document_idle; give it ample time to (not) act.
    await page.waitForLoadState('load');
    await sleep(1500);
    const ui = await readReportLensUi(page);
    expect(ui.hosts).toBe(0);
    expect(await bodyHtml(page)).toBe(before);
    await screenshot(page, 'chromium-unrelated');
    // The positive probe in the same test: the content script does run in this browser (else the above proves nothing).
    await page.goto(server.url('report-zh-hans.html'), { waitUntil: 'load' });
    expect((await waitForBadge(page)).badgeText).toBeTruthy();
    await page.close();
  });
});

describe('extension pages', () => {
  it('the popup renders its heading and what it read from the database', async () => {
    const popup = await openPopup(chrome.context, chrome.extensionId);
    await expect.poll(() => popup.locator('h1').first().textContent()).toBeTruthy();
    // The starter pack is loaded (the harness waited for records): the popup shows them, not its empty state.
    const content = popup.locator('[data-testid="comparison"], [data-testid="records-total"]');
    await content.first().waitFor({ state: 'visible', timeout: 15_000 });
    expect(await popup.locator('.rl-empty').count()).toBe(0);
    expect(await popup.locator('.rl-error, [role="alert"]').count()).toBe(0);
    await popup.setViewportSize({ width: 800, height: 600 });
    await screenshot(popup, 'chromium-popup');
    await popup.close();
  });

  it('a message round trip from an extension page returns database data', async () => {
    const page = await openPopup(chrome.context, chrome.extensionId);
    const ping = await sendExtensionMessage<{ ok: boolean; data: { version: string } }>(page, 'ping');
    expect(ping).toMatchObject({ ok: true, data: { version: expect.any(String) } });

    const counts = await sendExtensionMessage<{ ok: boolean; data: Record<string, number> }>(page, 'getCounts');
    expect(counts.ok).toBe(true);
    expect(counts.data).toMatchObject({
      records: expect.any(Number),
      proposals: expect.any(Number),
      reports: expect.any(Number),
      snippets: expect.any(Number),
    });

    // Write one record straight into the extension's IndexedDB (same origin as the background), then read it back
    // through the background's router: the answer must come from the database, not from a stub.
    const region = 'E2E测试区';
    await page.evaluate(async (region) => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const open = indexedDB.open('report-lens');
        open.onsuccess = () => ok(open.result);
        open.onerror = () => fail(open.error);
      });
      await new Promise<void>((ok, fail) => {
        const tx = db.transaction('records', 'readwrite');
        tx.objectStore('records').put({
          id: `e2e:${region}:2025:gdp_growth:target`,
          region,
          year: 2025,
          indicator: 'gdp_growth',
          kind: 'target',
          value: 5,
          unit: '%',
          qualifier: '左右',
          source: { url: 'http://127.0.0.1/report-zh-hans.html', title: 'e2e' },
          origin: 'user',
          updatedAt: Date.now(),
        });
        tx.oncomplete = () => ok();
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    }, region);

    const listed = await sendExtensionMessage<{
      ok: boolean;
      data: { total: number; records: { region: string; value: number; qualifier: string }[] };
    }>(page, 'listRecords', { region });
    expect(listed.ok).toBe(true);
    expect(listed.data.total).toBe(1);
    expect(listed.data.records[0]).toMatchObject({ region, value: 5, qualifier: '左右' });

    // At least one more (the starter pack may still be loading after install, so not exactly one more).
    const after = await sendExtensionMessage<{ ok: boolean; data: { records: number } }>(page, 'getCounts');
    expect(after.data.records).toBeGreaterThanOrEqual(counts.data.records + 1);

    // A type nobody handles gets no answer, which the sender hears at once.
    const unknown = await sendExtensionMessage<{ ok: boolean; error: { code: string } }>(page, 'noSuchMessage');
    expect(unknown).toMatchObject({ ok: false, error: { code: 'disconnected' } });

    await page.close();
  });

  it('the library (options) page renders', async () => {
    const page = await openLibrary(chrome.context, chrome.extensionId);
    await expect.poll(() => page.locator('h1').first().textContent()).toBeTruthy();
    await page.locator('[role="tabpanel"]').waitFor({ state: 'visible' });
    await page.locator('[data-testid="records-total"], .rl-empty').first().waitFor({ state: 'visible' });
    await screenshot(page, 'chromium-library');
    await page.close();
  });
});
