// The overlay in Debian Chromium: marks at the statements with the contract's data attributes, a card with the
// stored prior-year figures, the keyboard path, a conflict, saving a new statement, and SPA navigation.
// Records come from the starter pack the extension installs on first run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ChromiumSession,
  launchChromium,
  openPopup,
  type StaticServer,
  screenshot,
  sendExtensionMessage,
  sendTabMessage,
  tabIds,
  startStaticServer,
  ui,
  openFixture,
  marksSettled,
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

const markSelector = (attrs: Record<string, string>) =>
  `report-lens-mark${Object.entries(attrs)
    .map(([k, v]) => `[data-${k}="${v}"]`)
    .join('')}`;

const open = (file: string) => openFixture(chrome, server, file);

const settled = marksSettled;

const CARD = '[data-testid="card"]';
/** The card's parts, read through the closed shadow root (harness.ui). */
const inCard = (selector = '') => `${CARD} ${selector}`.trim();

describe('marks and cards on a national report article', () => {
  it('marks this year’s GDP target with the contract’s data attributes and compares it with stored records', async () => {
    const page = await open('report-zh-hans.html');
    await settled(page);
    const gdp = page
      .locator(markSelector({ kind: 'target', indicator: 'gdp_growth', year: '2025', region: '全国' }))
      .first();
    expect(await gdp.textContent()).toContain('5%');
    expect(await gdp.getAttribute('data-state')).toBe('compared');
    expect(await gdp.getAttribute('tabindex')).toBe('0');
    // Last year's result is marked as a result of 2024.
    expect(
      await page.locator(markSelector({ kind: 'result', indicator: 'gdp_growth', year: '2024' })).count(),
    ).toBeGreaterThan(0);
    // The badge counts statements and comparisons.
    const facts = await ui.text(page, '[data-testid="badge-facts"]');
    expect(facts).toMatch(/2025/);

    await gdp.hover();
    await ui.waitFor(page, CARD);
    const text = (await ui.text(page, CARD)) ?? '';
    // The stored 2024 target (5%左右) and result (5%), with a verdict.
    expect(text).toMatch(/2024/);
    expect(await ui.count(page, inCard('[data-section="last-year"] [data-verdict]'))).toBe(1);
    expect(await ui.count(page, inCard('a.rl-source'))).toBeGreaterThan(0);
    await screenshot(page, 'overlay-card-hover');
    await page.close();
  });

  it('opens a card from the keyboard and returns focus on Escape', async () => {
    const page = await open('report-zh-hans.html');
    await settled(page);
    const first = page.locator('report-lens-mark[tabindex="0"]').first();
    await first.focus();
    await page.keyboard.press('Enter');
    await ui.waitFor(page, CARD);
    // Focus moved into the card (inside the shadow root, so the page sees the host focused).
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('report-lens-ui');
    await page.keyboard.press('Escape');
    await ui.waitFor(page, CARD, 'detached');
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('report-lens-mark');
    await page.close();
  });
});

describe('states', () => {
  it('shows a figure that disagrees with the record as a conflict, side by side with the record', async () => {
    const page = await open('overlay-conflict.html');
    await settled(page);
    const mark = page.locator(markSelector({ indicator: 'gdp_growth', year: '2025', region: '全国' })).first();
    expect(await mark.getAttribute('data-state')).toBe('conflict');
    await mark.click();
    await ui.waitFor(page, CARD);
    expect(await ui.count(page, inCard('[data-agreement="conflicts"]'))).toBeGreaterThan(0);
    expect(await ui.text(page, CARD)).toContain('5.5%');
    await screenshot(page, 'overlay-conflict');
    await page.close();
  });

  it('saves a statement with no record and finds it compared on the next visit', async () => {
    const page = await open('overlay-city.html');
    await settled(page);
    const mark = page.locator(markSelector({ indicator: 'gdp_growth', region: '苏州', kind: 'target' })).first();
    expect(await mark.getAttribute('data-state')).toBe('new');
    await mark.click();
    await ui.waitFor(page, CARD);
    await screenshot(page, 'overlay-new-card');
    await ui.click(page, inCard('[data-action="save-statement"]'));
    // Saving goes through the editor: nothing is stored until the user confirms.
    await ui.click(page, '[data-testid="review"] [data-action="review-confirm"]');
    await expect.poll(() => mark.getAttribute('data-state'), { timeout: 10_000 }).toBe('compared');
    await page.reload({ waitUntil: 'load' });
    await settled(page);
    expect(
      await page
        .locator(markSelector({ indicator: 'gdp_growth', region: '苏州', kind: 'target' }))
        .first()
        .getAttribute('data-state'),
    ).toBe('compared');
    await page.close();
  });
});

describe('proposals', () => {
  it('underlines a topic that stored proposals of the page’s region share and lists those proposals in its card', async () => {
    const page = await open('topics-beijing.html');
    await settled(page);
    // The starter pack holds a Beijing member's proposal on 人工智能 (from the seed article).
    const topic = page.locator('report-lens-topic[data-topic="人工智能"]').first();
    await topic.waitFor({ state: 'attached', timeout: 15_000 });
    await topic.click();
    await ui.waitFor(page, CARD);
    expect(await ui.count(page, inCard('.rl-proposals li'))).toBeGreaterThan(0);
    await screenshot(page, 'overlay-topic-card');
    await page.close();
  });

  it('does not underline a topic whose proposals are about another region', async () => {
    const page = await open('overlay-city.html');
    await settled(page);
    // 苏州's page mentions 人工智能 too, but the stored proposal on it is a Beijing member's.
    await page.waitForTimeout(500);
    expect(await page.locator('report-lens-topic').count()).toBe(0);
    await page.close();
  });
});

describe('dynamic pages', () => {
  it('reads an article body that arrives after the page loaded', async () => {
    const page = await open('late.html');
    expect(await page.locator('report-lens-mark').count()).toBe(0);
    await page.locator('report-lens-mark').first().waitFor({ state: 'attached', timeout: 15_000 });
    await settled(page);
    // The headline and the body both state the target; each is marked once.
    expect(await page.locator('report-lens-mark[data-indicator="gdp_growth"][data-year="2025"]').count()).toBe(2);
    expect(await page.locator('report-lens-mark report-lens-mark').count()).toBe(0);
    expect(await page.locator('report-lens-ui').count()).toBe(1);
    await page.close();
  });

  it('reads an article that arrives by client-side navigation, marking it once', async () => {
    const page = await open('spa.html');
    await page.waitForTimeout(800);
    expect(await page.locator('report-lens-mark').count()).toBe(0);
    await page.click('#open');
    await page.locator('report-lens-mark').first().waitFor({ state: 'attached', timeout: 15_000 });
    await settled(page);
    const count = await page.locator('report-lens-mark').count();
    await page.waitForTimeout(1500);
    expect(await page.locator('report-lens-mark').count()).toBe(count);
    expect(await page.locator('report-lens-mark report-lens-mark').count()).toBe(0);
    expect(await page.locator('report-lens-ui').count()).toBe(1);
    await page.close();
  });
});

describe('full report texts', () => {
  it('offers "Save report text" on a full-text page and stores the text for the year diff', async () => {
    // A long page built here: a full text is long and states many figures.
    const paragraphs = [
      '今年发展主要预期目标是：国内生产总值增长5%左右；城镇调查失业率5.5%左右；城镇新增就业1200万人以上；居民消费价格涨幅2%左右。',
      '过去一年，国内生产总值增长5%，城镇新增就业1256万人，居民消费价格上涨0.2%，粮食产量1.4万亿斤。',
      '我们要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，扎实推动高质量发展。',
    ];
    const body = Array.from({ length: 150 }, (_, i) => `<p>${paragraphs[i % 3]}（第${i + 1}段）</p>`).join('');
    const url = `${server.origin}/fulltext-2025.html`;
    await chrome.context.route(url, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<html><head><title>政府工作报告（全文）</title><meta property="article:published_time" content="2025-03-12"></head><body><article><h1>政府工作报告</h1>${body}</article></body></html>`,
      }),
    );
    const page = await chrome.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await ui.waitFor(page, '[data-action="save-report"]', 'visible', 15_000);
    await ui.click(page, '[data-action="save-report"]');
    await expect.poll(() => ui.text(page, '.rl-badge-note'), { timeout: 10_000 }).toMatch(/\d{4,}/);
    const extensionPage = await openPopup(chrome.context, chrome.extensionId);
    const reply = await sendExtensionMessage<{
      ok: boolean;
      data: { reports: Array<{ year: number; length: number }> };
    }>(extensionPage, 'listReports', { region: '全国' });
    expect(reply.ok).toBe(true);
    expect(reply.data.reports.some((r) => r.year === 2025 && r.length > 8000)).toBe(true);
    await extensionPage.close();
    await page.close();
  });
});

describe('switching marks off', () => {
  it('hides the marks from the badge button and from the keyboard command, and shows them again', async () => {
    const page = await open('report-zh-hans.html');
    await settled(page);
    const background = () =>
      page
        .locator('report-lens-mark')
        .first()
        .evaluate((el) => getComputedStyle(el).backgroundColor);
    const shown = await background();
    expect(shown).not.toBe('rgba(0, 0, 0, 0)');
    await ui.click(page, '[data-action="toggle-marks"]');
    await expect.poll(background).toBe('rgba(0, 0, 0, 0)');
    expect(await page.locator('report-lens-mark[tabindex="0"]').count()).toBe(0);
    // The Alt+Shift+M command arrives from the background as a tab message (a real key press can't reach the
    // browser's command system headless, so the test sends what the command handler sends).
    const [worker] = chrome.context.serviceWorkers();
    // This test's page is the only open tab: without the "tabs" permission the worker can't filter by URL.
    for (const tabId of await tabIds(worker)) await sendTabMessage(worker, tabId, 'toggleMarks');
    await expect.poll(background).toBe(shown);
    await page.close();
  });
});

describe('languages', () => {
  it('speaks the browser’s language: simplified Chinese in a zh-CN browser', async () => {
    const zh = await launchChromium({ locale: 'zh-CN', args: ['--lang=zh-CN'] });
    try {
      const page = await zh.context.newPage();
      await page.goto(server.url('report-zh-hans.html'), { waitUntil: 'load' });
      await settled(page);
      expect(await ui.text(page, '[data-testid="badge-facts"]')).toMatch(/条表述/);
      await page.locator('report-lens-mark[data-indicator="gdp_growth"][data-year="2025"]').first().click();
      await ui.waitFor(page, CARD);
      expect(await ui.text(page, CARD)).toMatch(/上一年（2024）/);
      await screenshot(page, 'overlay-card-zh-cn');
    } finally {
      await zh.close();
    }
  });
});
