// The core of the hostile-page suite in Firefox ESR: a page cannot reach the closed shadow root, its
// synthetic clicks open nothing, no moz-extension:// address reaches the page, page CSS and patched globals change
// nothing, and 50,000 nested elements are read. Pages are written here into a temporary folder.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FIREFOX_EXTENSION_DIR,
  type FirefoxSession,
  launchFirefox,
  pollUntil,
  readReportLensUi,
  type StaticServer,
  sleep,
  startStaticServer,
  ui,
} from './harness';

let server: StaticServer;
let firefox: FirefoxSession;
const dir = mkdtempSync(join(tmpdir(), 'rl-hostile-ff-'));

function reportHtml(extraHead = '', extraBody = ''): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>政府工作报告：今年经济增长预期目标5%左右</title>
<meta property="article:published_time" content="2025-03-05">${extraHead}</head><body><article><h1>政府工作报告要点</h1>
<p>今年发展主要预期目标是：国内生产总值增长5%左右，城镇新增就业1200万人以上，城镇调查失业率5.5%左右。</p>
<p>过去一年，国内生产总值增长5%，城镇新增就业1256万人，居民消费价格上涨0.2%。</p></article>${extraBody}</body></html>`;
}

beforeAll(async () => {
  writeFileSync(join(dir, 'plain.html'), reportHtml());
  writeFileSync(
    join(dir, 'patched.html'),
    reportHtml(`<style>report-lens-ui, report-lens-ui * { display: none !important; } report-lens-mark { background: none !important; }</style>
<script>Element.prototype.attachShadow = function () { throw new Error('patched'); }; JSON.parse = () => ({}); JSON.stringify = () => '{}';
window.fetch = () => Promise.reject(new Error('patched')); Array.prototype.map = function () { return []; };</script>`),
  );
  writeFileSync(
    join(dir, 'deep.html'),
    reportHtml('', `${'<div>'.repeat(50_000)}<p>今年国内生产总值增长5%左右。</p>${'</div>'.repeat(50_000)}`),
  );
  server = await startStaticServer(dir);
  firefox = await launchFirefox();
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function open(file: string): Promise<Page> {
  const page = await firefox.browser.newPage();
  await page.goto(server.url(file), { waitUntil: 'load' });
  await pollUntil(
    () => page.evaluate(() => document.querySelectorAll('report-lens-mark:not([data-state="pending"])').length),
    (n) => n > 0,
    20_000,
  );
  return page;
}

describe('hostile pages in Firefox ESR', () => {
  it('cannot reach the closed root or open cards by script; no extension address in the page', async () => {
    const page = await open('plain.html');
    const seen = await page.evaluate(async () => {
      for (const m of Array.from(document.querySelectorAll<HTMLElement>('report-lens-mark'))) {
        m.click();
        m.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      }
      await new Promise((r) => setTimeout(r, 500));
      return {
        root: document.querySelector('report-lens-ui')?.shadowRoot ?? null,
        html: document.documentElement.outerHTML,
      };
    });
    expect(seen.root).toBeNull();
    expect(seen.html).not.toContain('moz-extension:');
    expect(await ui.count(page, '[data-testid="card"]')).toBe(0);
    expect((await readReportLensUi(page)).pageSeesShadowRoot).toBe(false);
    // Nor can it fetch a file of ours to fingerprint the install: the manifest lists no web-accessible resource.
    expect(
      JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')).web_accessible_resources,
    ).toBeUndefined();
    await page.click('report-lens-mark');
    await pollUntil(
      () => ui.count(page, '[data-testid="card"]'),
      (n) => n === 1,
      10_000,
    );
    const card = (await ui.text(page, '[data-testid="card"]')) ?? '';
    expect(card).toContain('2024');
    await page.close();
  });

  it('opens no card when the page focuses a mark by script; the user’s Tab onto a mark still does', async () => {
    const page = await open('plain.html');
    await page.evaluate(async () => {
      for (const mark of Array.from(document.querySelectorAll<HTMLElement>('report-lens-mark[tabindex="0"]'))) {
        mark.focus();
        await new Promise((r) => setTimeout(r, 30));
      }
      await new Promise((r) => setTimeout(r, 400));
    });
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('report-lens-mark');
    expect(await ui.count(page, '[data-testid="card"]')).toBe(0);
    await page.evaluate(() => {
      const start = document.createElement('button');
      start.id = 'start';
      start.textContent = '开始';
      document.body.prepend(start);
      start.focus();
    });
    await page.keyboard.press('Tab');
    await pollUntil(
      () => ui.count(page, '[data-testid="card"]'),
      (n) => n === 1,
      10_000,
    );
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('report-lens-mark');
    await page.close();
  });

  it('page CSS aimed at our elements and patched globals change nothing', async () => {
    const page = await open('patched.html');
    const background = await page.evaluate(
      () => getComputedStyle(document.querySelector('report-lens-mark')!).backgroundColor,
    );
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    expect((await readReportLensUi(page)).badgeText).not.toBeNull();
    expect(await ui.visible(page, '[data-testid="badge"]')).toBe(true);
    await page.close();
  });

  it('reads a page nested 50,000 elements deep', async () => {
    const page = await open('deep.html');
    await sleep(200);
    expect(await page.evaluate(() => document.querySelectorAll('report-lens-mark').length)).toBeGreaterThan(0);
    await page.close();
  });
});
