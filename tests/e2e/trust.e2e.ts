// Trust and corrections in Debian Chromium: the review list before anything is saved, "This reading is
// wrong" remembered over a reload, setting the page's region re-reads the page, and an uncertain reading looks
// uncertain. Each test uses its own fixture page; the profile (and its database) is this file's alone.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ChromiumSession,
  launchChromium,
  openLibrary,
  openPopup,
  type StaticServer,
  screenshot,
  sendExtensionMessage,
  startStaticServer,
  ui,
  uiEval,
  openFixture,
  marksSettled,
} from './harness';

let server: StaticServer;
let chrome: ChromiumSession;

beforeAll(async () => {
  server = await startStaticServer();
  chrome = await launchChromium({ locale: 'en-US', args: ['--lang=en-US'] });
});
afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

/** Focuses an element inside the extension's closed root (what Tab would do), for keyboard steps. */
const focusUi = (page: Page, selector: string) =>
  uiEval(page, (root, sel) => (root?.querySelector(sel) as HTMLElement | null)?.focus(), selector);

const open = (file: string) => openFixture(chrome, server, file);

const settled = marksSettled;

const CARD = '[data-testid="card"]';
const REVIEW = '[data-testid="review"]';
const row = (n: number, selector = '') => `${REVIEW} [data-testid="review-row"]:nth-of-type(${n}) ${selector}`.trim();

async function recordsOf(region: string) {
  const extensionPage = await openPopup(chrome.context, chrome.extensionId);
  const reply = await sendExtensionMessage<{
    ok: boolean;
    data: { records: Array<{ indicator: string; value: number; valueMax?: number; origin: string }> };
  }>(extensionPage, 'listRecords', { region });
  await extensionPage.close();
  expect(reply.ok).toBe(true);
  return reply.data.records;
}

describe('the review list', () => {
  it('saves nothing before confirming, then only the ticked rows, as edited', async () => {
    const page = await open('trust-review.html');
    await settled(page);
    await ui.click(page, '[data-action="save-all"]');
    await ui.waitFor(page, REVIEW);
    expect(await ui.count(page, `${REVIEW} [data-testid="review-row"]`)).toBe(3);
    await screenshot(page, 'trust-review-list');
    // Nothing is stored while the list is open.
    expect(await recordsOf('无锡')).toEqual([]);
    // Edit the GDP target's value, untick the fiscal revenue row.
    await ui.fill(page, row(1, '[data-field="value"]'), '5–5.5');
    await ui.click(page, row(2, '[data-field="include"]'));
    expect(await ui.attr(page, row(2), 'data-include')).toBe('false');
    await ui.click(page, `${REVIEW} [data-action="review-confirm"]`);
    await ui.waitFor(page, REVIEW, 'detached');
    const stored = await recordsOf('无锡');
    expect(stored.map((r) => r.indicator).sort()).toEqual(['gdp_growth', 'urban_unemployment']);
    const gdp = stored.find((r) => r.indicator === 'gdp_growth');
    expect([gdp?.value, gdp?.valueMax]).toEqual([5, 5.5]);
    // The page shows the edited reading, compared with what was just saved.
    await settled(page);
    const mark = page.locator('report-lens-mark[data-indicator="gdp_growth"]').first();
    expect(await mark.getAttribute('data-state')).toBe('compared');
    await mark.click();
    await ui.waitFor(page, CARD);
    expect(await ui.count(page, `${CARD} [data-testid="edited"]`)).toBe(1);
    await page.close();
  });

  it('a card’s "Save to my records" goes through the same editor, and Cancel saves nothing', async () => {
    const page = await open('overlay-city.html');
    await settled(page);
    const mark = page.locator('report-lens-mark[data-indicator="urban_unemployment"]').first();
    await mark.click();
    await ui.waitFor(page, CARD);
    await ui.click(page, `${CARD} [data-action="save-statement"]`);
    await ui.waitFor(page, REVIEW);
    expect(await ui.count(page, `${REVIEW} [data-testid="review-row"]`)).toBe(1);
    // The keyboard stays inside the list (a modal): Tab from its last control wraps to its first.
    await uiEval(
      page,
      (root, sel) => (root?.querySelector(sel) as HTMLElement | null)?.focus(),
      `${REVIEW} [data-action="review-cancel"]`,
    );
    await page.keyboard.press('Tab');
    expect(await uiEval(page, (root) => root?.activeElement?.getAttribute('data-field') ?? null, null)).toBe('include');
    await ui.click(page, `${REVIEW} [data-action="review-cancel"]`);
    await ui.waitFor(page, REVIEW, 'detached');
    // Focus is back on the mark whose card opened it.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-indicator')))
      .toBe('urban_unemployment');
    expect((await recordsOf('苏州')).filter((r) => r.indicator === 'urban_unemployment')).toEqual([]);
    await page.close();
  });
});

describe('correcting the page', () => {
  it('"This reading is wrong" hides the mark, and it stays hidden after a reload until shown again', async () => {
    const page = await open('report-zh-hans.html');
    await settled(page);
    const selector = 'report-lens-mark[data-indicator="cpi"][data-kind="target"]';
    const before = await page.locator(selector).count();
    expect(before).toBeGreaterThan(0);
    const total = await page.locator('report-lens-mark[tabindex="0"]').count();
    await page.locator(selector).first().click();
    await ui.waitFor(page, CARD);
    await ui.click(page, `${CARD} [data-action="wrong-reading"]`);
    await expect
      .poll(() => page.locator('report-lens-mark[tabindex="0"]').count(), { timeout: 10_000 })
      .toBe(total - 1);
    await page.reload({ waitUntil: 'load' });
    await settled(page);
    expect(await page.locator('report-lens-mark[tabindex="0"]').count()).toBe(total - 1);
    expect(await ui.text(page, '[data-testid="badge-facts"]')).toMatch(/1/);
    await ui.click(page, '[data-action="restore-hidden"]');
    await expect.poll(() => page.locator('report-lens-mark[tabindex="0"]').count(), { timeout: 10_000 }).toBe(total);
    await page.close();
  });

  it('setting the page’s region and year from the badge re-reads the page with them, and is remembered', async () => {
    const page = await open('trust-region.html');
    // The reader finds the report but no region: no statement can be placed.
    await ui.waitFor(page, '[data-testid="badge"]', 'visible', 15_000);
    expect(await page.locator('report-lens-mark').count()).toBe(0);
    await ui.click(page, '[data-action="fix-page"]');
    await ui.fill(page, '[data-field="page-region"]', '江西省');
    await ui.fill(page, '[data-field="page-year"]', '2025');
    await screenshot(page, 'trust-page-fix');
    await ui.click(page, '[data-action="page-apply"]');
    await settled(page);
    expect(
      await page.locator('report-lens-mark[data-region="江西"][data-indicator="gdp_growth"][data-year="2025"]').count(),
    ).toBe(1);
    expect(
      await page.locator('report-lens-mark[data-region="江西"][data-indicator="gdp_growth"][data-year="2024"]').count(),
    ).toBe(1);
    await page.reload({ waitUntil: 'load' });
    await settled(page);
    expect(await page.locator('report-lens-mark[data-region="江西"]').count()).toBeGreaterThan(0);
    await page.close();
  });
});

describe('how sure the reading is', () => {
  it('draws an uncertain statement as uncertain, says why, and never calls its difference from a record a conflict', async () => {
    // A stored record that disagrees with the page's uncertain milestone (突破600亿斤, read as last year's total).
    const extensionPage = await openPopup(chrome.context, chrome.extensionId);
    const added = await sendExtensionMessage<{ ok: boolean }>(extensionPage, 'addRecord', {
      record: {
        region: '湖南',
        year: 2024,
        indicator: 'grain_output',
        kind: 'result',
        value: 617,
        unit: '亿斤',
        source: { url: 'https://example.test/hunan' },
      },
    });
    expect(added.ok).toBe(true);
    await extensionPage.close();

    const page = await open('trust-uncertain.html');
    await settled(page);
    const uncertain = page.locator('report-lens-mark[data-indicator="grain_output"]').first();
    expect(await uncertain.getAttribute('data-confidence')).toBe('low');
    expect(await uncertain.getAttribute('data-state')).not.toBe('conflict');
    expect(await uncertain.evaluate((el) => getComputedStyle(el).borderBottomStyle)).toBe('dotted');
    expect(await uncertain.getAttribute('aria-label')).toMatch(/uncertain/);
    // A confident statement on the same page is drawn as before.
    const sure = page.locator('report-lens-mark[data-indicator="gdp_growth"]').first();
    expect(await sure.getAttribute('data-confidence')).toBe('high');
    expect(await sure.evaluate((el) => getComputedStyle(el).borderBottomStyle)).not.toBe('dotted');

    await uncertain.click();
    await ui.waitFor(page, CARD);
    expect(await ui.count(page, `${CARD} [data-testid="uncertain"] li`)).toBeGreaterThanOrEqual(2);
    expect(await ui.text(page, `${CARD} [data-testid="uncertain"]`)).toMatch(/milestone/);
    expect(await ui.count(page, `${CARD} [data-agreement="differs"]`)).toBeGreaterThanOrEqual(1);
    expect(await ui.count(page, `${CARD} [data-agreement="conflicts"]`)).toBe(0);
    // A verdict on it says it rests on an uncertain reading.
    expect(await ui.count(page, `${CARD} [data-testid="verdict-uncertain"]`)).toBe(1);
    await screenshot(page, 'trust-uncertain-card');
    // In the review list it starts unticked.
    await page.keyboard.press('Escape');
    await ui.click(page, '[data-action="save-all"]');
    await ui.waitFor(page, REVIEW);
    expect(await ui.attr(page, `${REVIEW} [data-testid="review-row"][data-confidence="low"]`, 'data-include')).toBe(
      'false',
    );
    await ui.click(page, `${REVIEW} [data-action="review-cancel"]`);
    await page.close();
  });
});

describe('the keyboard through cards', () => {
  it('a card opens with focus on its title, and Tab from its last control goes on to the next mark', async () => {
    const page = await open('trust-review.html');
    await settled(page);
    const marks = page.locator('report-lens-mark[tabindex="0"]');
    await marks.first().focus();
    await page.keyboard.press('Enter');
    await ui.waitFor(page, CARD);
    await expect.poll(() => uiEval(page, (root) => root?.activeElement?.className ?? null, null)).toBe('rl-card-title');
    const second = await marks.nth(1).getAttribute('data-indicator');
    let reached = false;
    for (let i = 0; i < 15 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(
        (indicator) =>
          document.activeElement?.tagName.toLowerCase() === 'report-lens-mark' &&
          document.activeElement.getAttribute('data-indicator') === indicator,
        second,
      );
    }
    expect(reached).toBe(true);
    // Shift+Tab from the next card's title goes back to its mark.
    await page.keyboard.press('Enter');
    await ui.waitFor(page, CARD);
    await expect.poll(() => uiEval(page, (root) => root?.activeElement?.className ?? null, null)).toBe('rl-card-title');
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-indicator'))).toBe(second);
    await page.close();
  });
});

describe('a page about several regions', () => {
  it('names each mark’s region, lists the regions on the badge, and the page panel lists every mark and goes to it', async () => {
    const page = await open('trust-regions.html');
    await settled(page);
    const marks = page.locator('report-lens-mark[tabindex="0"]');
    const count = await marks.count();
    expect(count).toBe(4);
    expect(await page.locator('report-lens-mark[data-region="河南"]').first().getAttribute('aria-label')).toMatch(
      /河南/,
    );
    const regions = (await ui.text(page, '[data-testid="badge-regions"]')) ?? '';
    for (const r of ['四川', '浙江', '河南']) expect(regions).toContain(r);

    // The panel opens from the badge with the keyboard.
    await focusUi(page, '[data-action="page-panel"]');
    await page.keyboard.press('Enter');
    await ui.waitFor(page, '[data-testid="page-panel"]');
    expect(await ui.count(page, '[data-testid="panel-item"]')).toBe(count);
    expect(await ui.count(page, '[data-testid="page-panel"] section[data-region]')).toBe(3);
    await screenshot(page, 'trust-page-panel');
    // A click goes to the mark: it gets focus and its card opens.
    await ui.click(page, '[data-testid="page-panel"] section[data-region="河南"] [data-action="go-to-mark"]');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-region')), { timeout: 5_000 })
      .toBe('河南');
    await ui.waitFor(page, CARD);
    expect(await ui.text(page, `${CARD} .rl-card-title`)).toContain('河南');
    await page.close();
  });
});

describe('screens in Chinese and English, light and dark', () => {
  it('shows the zh-CN card, review list and page panel, light and dark', async () => {
    const zh = await launchChromium({ locale: 'zh-CN', args: ['--lang=zh-CN'] });
    try {
      const page = await zh.context.newPage();
      await page.setViewportSize({ width: 1200, height: 900 });
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(server.url('report-zh-hans.html'), { waitUntil: 'load' });
        await settled(page);
        await page.locator('report-lens-mark[data-indicator="cpi"][data-kind="result"]').first().click();
        await ui.waitFor(page, CARD);
        // The CPI result under its ceiling is "within the ceiling" in Chinese, with 个百分点.
        expect(await ui.text(page, `${CARD} [data-verdict]`)).toMatch(/控制在目标以内.*个百分点/);
        await screenshot(page, `trust-card-zh-cn-${scheme}`);
        await page.keyboard.press('Escape');
        await ui.click(page, '[data-action="save-all"]');
        await ui.waitFor(page, REVIEW);
        expect(await ui.text(page, `${REVIEW} h2`)).toBe('保存前核对');
        await screenshot(page, `trust-review-zh-cn-${scheme}`);
        await ui.click(page, `${REVIEW} [data-action="review-cancel"]`);
        await ui.click(page, '[data-action="page-panel"]');
        await ui.waitFor(page, '[data-testid="page-panel"]');
        await screenshot(page, `trust-panel-zh-cn-${scheme}`);
      }
    } finally {
      await zh.close();
    }
  });

  it('shows the English card in the dark', async () => {
    const page = await open('report-zh-hans.html');
    await page.emulateMedia({ colorScheme: 'dark' });
    await settled(page);
    await page.locator('report-lens-mark[data-indicator="cpi"][data-kind="result"]').first().click();
    await ui.waitFor(page, CARD);
    expect(await ui.text(page, `${CARD} [data-verdict]`)).toMatch(/within the ceiling.* pp below it/);
    await screenshot(page, 'trust-card-en-dark');
    await page.close();
  });
});

describe('the in-app language', () => {
  it('switches the popup to 繁體中文 in an English browser, remembers it for the library, and goes back to the browser’s', async () => {
    const popup = await openPopup(chrome.context, chrome.extensionId);
    await popup.locator('header h1').waitFor();
    expect(await popup.locator('header h1').textContent()).toBe('Report Lens');
    await Promise.all([popup.waitForEvent('load'), popup.locator('[data-testid="language"]').selectOption('zh_TW')]);
    await expect.poll(() => popup.locator('header h1').textContent(), { timeout: 10_000 }).toBe('政報透鏡');
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('zh-TW');
    await screenshot(popup, 'trust-popup-zh-tw');
    const library = await openLibrary(chrome.context, chrome.extensionId);
    await expect.poll(() => library.locator('header h1').textContent(), { timeout: 10_000 }).toBe('政報透鏡資料庫');
    await Promise.all([library.waitForEvent('load'), library.locator('[data-testid="language"]').selectOption('auto')]);
    await expect
      .poll(() => library.locator('header h1').textContent(), { timeout: 10_000 })
      .toBe('Report Lens library');
    await library.close();
    await popup.close();
  });
});
