// Hostile pages in Debian Chromium (issue 13): what a web page's own scripts try against the extension, and what a
// user keeps. Pages are built here (served through Playwright's routing), never copied from real sites.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ChromiumSession,
  launchChromium,
  openPopup,
  readReportLensUi,
  type StaticServer,
  sendExtensionMessage,
  sleep,
  startStaticServer,
  ui,
  uiEval,
} from './harness';

let server: StaticServer;
let chrome: ChromiumSession;
let extensionPage: Page;

beforeAll(async () => {
  server = await startStaticServer();
  chrome = await launchChromium();
  extensionPage = await openPopup(chrome.context, chrome.extensionId);
});
afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

const send = <T = { ok: boolean; data?: unknown }>(type: string, data?: unknown) => sendExtensionMessage<T>(extensionPage, type, data);

/** Serves `html` at a fresh path of the test origin and opens it. */
async function openHtml(name: string, html: string): Promise<Page> {
  const url = `${server.origin}/hostile/${name}-${Math.random().toString(36).slice(2)}.html`;
  await chrome.context.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  const page = await chrome.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** A report-looking article of our own words: a national report with a few targets and results. */
function reportHtml(extraHead = '', extraBody = ''): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>政府工作报告：今年经济增长预期目标5%左右</title>
<meta property="article:published_time" content="2025-03-05">${extraHead}</head><body><article><h1>政府工作报告要点</h1>
<p>今年发展主要预期目标是：国内生产总值增长5%左右，城镇新增就业1200万人以上，城镇调查失业率5.5%左右。</p>
<p>过去一年，国内生产总值增长5%，城镇新增就业1256万人，居民消费价格上涨0.2%。</p>
<p>居民消费价格涨幅2%左右，粮食产量1.4万亿斤左右。</p></article>${extraBody}</body></html>`;
}

async function settled(page: Page) {
  await page.locator('report-lens-mark').first().waitFor({ state: 'attached', timeout: 15_000 });
  await expect.poll(() => page.locator('report-lens-mark[data-state="pending"]').count(), { timeout: 15_000 }).toBe(0);
}

describe('a page that tries to read the user’s records', () => {
  it('cannot open cards or reach the shadow root, and a real card holds nothing of other sites', async () => {
    // A figure the user saved from another site earlier: its URL, title and quote are the user's browsing history.
    const saved = await send('saveStatements', {
      statements: [
        { region: '全国', year: 2024, indicator: 'gdp_growth', kind: 'result', value: 5, unit: '%', quote: '私密引文甲', start: 0, end: 6 },
      ],
      source: { url: 'https://private-elsewhere.example/secret-path', title: '私密标题乙' },
    });
    expect(saved.ok).toBe(true);
    const before = await send<{ ok: boolean; data: { records: number } }>('getCounts');

    const page = await openHtml('reader', reportHtml());
    await settled(page);
    const stolen = await page.evaluate(async () => {
      const host = document.querySelector('report-lens-ui');
      for (const mark of Array.from(document.querySelectorAll<HTMLElement>('report-lens-mark, report-lens-topic'))) {
        mark.click();
        mark.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
        mark.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      }
      (host as HTMLElement | null)?.click();
      await new Promise((r) => setTimeout(r, 600));
      return { shadowRoot: host?.shadowRoot ? host.shadowRoot.innerHTML : null, html: document.documentElement.outerHTML };
    });
    expect(stolen.shadowRoot).toBeNull();
    expect(stolen.html).not.toMatch(/private-elsewhere|私密标题乙|私密引文甲|chrome-extension:/);
    expect(await ui.count(page, '[data-testid="card"]')).toBe(0);
    expect((await readReportLensUi(page)).pageSeesShadowRoot).toBe(false);

    // The user's own click opens the card; it says the figure is stored but not where the user saved it from.
    await page.locator('report-lens-mark[data-kind="result"][data-indicator="gdp_growth"]').first().click();
    await ui.waitFor(page, '[data-testid="card"]');
    const card = await uiEval(page, (root) => root?.querySelector('[data-testid="card"]')?.innerHTML ?? '', null);
    expect(card).toContain('5%');
    expect(card).not.toMatch(/private-elsewhere|私密标题乙|私密引文甲|chrome-extension:/);
    // Nothing was saved by the page's clicks.
    expect(await send('getCounts')).toEqual(before);
    await page.close();
  });
});

describe('a page that defines our element names first', () => {
  it('gets no UI and no marks, and the extension says why in the console', async () => {
    const messages: string[] = [];
    const page = await chrome.context.newPage();
    page.on('console', (m) => messages.push(m.text()));
    const url = `${server.origin}/hostile/defined-${Math.random()}.html`;
    await chrome.context.route(url, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: reportHtml(
          `<script>customElements.define('report-lens-mark', class extends HTMLElement { constructor() { super(); this.attachShadow({ mode: 'open' }); } });
customElements.define('report-lens-ui', class extends HTMLElement { constructor() { super(); this.attachShadow({ mode: 'open' }); } });</script>`,
        ),
      }),
    );
    await page.goto(url, { waitUntil: 'load' });
    await expect.poll(() => messages.some((m) => m.includes('Report Lens') && m.includes('report-lens-mark')), { timeout: 10_000 }).toBe(true);
    expect(await page.locator('report-lens-mark').count()).toBe(0);
    await page.close();
  });

  it('never adopts a <report-lens-ui> host the page planted', async () => {
    const page = await openHtml(
      'planted',
      reportHtml('', `<report-lens-ui id="planted"></report-lens-ui><script>document.getElementById('planted').attachShadow({ mode: 'open' });</script>`),
    );
    await settled(page);
    await expect.poll(() => page.locator('report-lens-ui').count()).toBe(2);
    expect(await page.evaluate(() => document.getElementById('planted')?.shadowRoot?.innerHTML)).toBe('');
    await sleep(100);
    await page.close();
  });
});
