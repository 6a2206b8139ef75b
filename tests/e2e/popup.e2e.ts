// The popup in the built MV3 extension: with the starter pack installed (the install hook loads it) and the
// national 2025 report page open in a tab, the popup opens on 全国 and 2025 with the stored figures; the text diff
// shows two stored report texts side by side; the region picker works from the keyboard.
//
// A popup opened as a tab (chrome-extension://ID/popup.html) has no current tab of its own: the test passes the
// report tab's id as `?tab=<id>` and its address as `&url=` (see findPageTab in components/PopupApp.tsx).
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ChromiumSession,
  launchChromium,
  openPopup,
  pollUntil,
  type StaticServer,
  screenshot,
  pageInfoOf,
  type PageInfoReply,
  sendExtensionMessage,
  tabIds,
  startStaticServer,
  waitForBadge,
} from './harness';

let chrome: ChromiumSession;
let server: StaticServer;
let reportTabId: number;

type Reply<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };

/** The popup for the report tab, in a window as narrow as a real popup. */
async function openReportPopup(query = ''): Promise<Page> {
  const url = encodeURIComponent(server.url('report-zh-hans.html'));
  const page = await openPopup(chrome.context, chrome.extensionId, `popup.html?tab=${reportTabId}&url=${url}${query}`);
  await page.setViewportSize({ width: 800, height: 600 });
  await page.locator('[data-testid="comparison-table"]').waitFor({ timeout: 15_000 });
  return page;
}

beforeAll(async () => {
  chrome = await launchChromium();
  server = await startStaticServer();

  // The install hook loads the starter pack in the background: wait until its regions answer.
  const probe = await openPopup(chrome.context, chrome.extensionId, 'popup.html');
  const loaded = await pollUntil(
    () => sendExtensionMessage<Reply<{ regions: { region: string; count: number }[] }>>(probe, 'regionsWithRecords'),
    (r) => r.ok && r.data.regions.length > 10,
    20_000,
  );
  if (!loaded.ok || loaded.data.regions.length <= 10) throw new Error('The starter pack never loaded');

  const report = await chrome.context.newPage();
  await report.goto(server.url('report-zh-hans.html'), { waitUntil: 'load' });
  await waitForBadge(report);
  // Without the tabs permission no tab's URL is visible to the extension: find the tab whose content script
  // says it reads a report.
  reportTabId = await findTab(probe, (info) => !!info.detection?.isReport, 'No tab reads a report');
  await probe.close();
});

/** The tab whose content script answers the popup's question with what `wanted` looks for. */
async function findTab(probe: Page, wanted: (info: PageInfoReply) => boolean, failure: string): Promise<number> {
  for (const tabId of await tabIds(probe)) {
    const info = await pageInfoOf(probe, tabId);
    if (info && wanted(info)) return tabId;
  }
  throw new Error(failure);
}

afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

describe('popup on a report page', () => {
  it('opens on the page’s region and report year, with the stored figures', async () => {
    const page = await openReportPopup();
    expect(await page.locator('[data-testid="comparison"]').getAttribute('data-region')).toBe('全国');
    expect(await page.locator('.rl-popup').getAttribute('data-from')).toBe('page');
    expect(await page.locator('[data-testid="popup-origin"]').textContent()).toContain('2025');

    // The table's columns: the report year is the focus column, with the years before it.
    const years = await page.locator('[data-testid="comparison-table"] thead th[data-year]').allTextContents();
    expect(years).toContain('2025');
    expect(years).toContain('2024');
    expect(await page.locator('thead th.rl-focus').textContent()).toBe('2025');

    // GDP growth: 2025 target 5%左右 against the result 5% → met; 2024 the same.
    const gdp = page.locator('tr[data-indicator="gdp_growth"]');
    const cell2025 = gdp.locator('td .rl-cell[data-year="2025"]');
    expect(await cell2025.textContent()).toContain('5%左右');
    expect(await cell2025.locator('[data-verdict]').getAttribute('data-verdict')).toBe('met');
    // Every figure links to its source.
    expect(await cell2025.locator('a[href^="http"]').count()).toBeGreaterThanOrEqual(2);
    // CPI 2025: the target is 2%左右, lowered from 3%左右 in 2024.
    expect(await page.locator('tr[data-indicator="cpi"] .rl-cell[data-year="2025"]').textContent()).toMatch(
      /2%左右[\s\S]*−1 pp/,
    );

    // The page's own sections, and the full-size link.
    await page.locator('[data-testid="page-snippets"]').waitFor();
    await page.locator('[data-testid="page-records"]').waitFor();
    const full = await page.locator('[data-testid="open-full-view"]').getAttribute('href');
    expect(decodeURIComponent(full ?? '')).toMatch(/options\.html\?region=全国&view=compare/);
    expect(await page.locator('.rl-error').count()).toBe(0);

    // The popup stays within Chrome's 800 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(800);
    await screenshot(page, 'popup-national-2025');
    await screenshot(page, 'popup-national-2025-full', { fullPage: true });
    // Dark: the page's colours follow the system.
    await page.emulateMedia({ colorScheme: 'dark' });
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(22, 24, 28)');
    await screenshot(page, 'popup-national-2025-dark');
    await page.close();
  });

  it('gets the page’s confident figures, and never lets them stand in for a stored one', async () => {
    const page = await openReportPopup();
    // The content script answers with the page's figures (every one of them is stored in the starter pack).
    const figures = (await pageInfoOf(page, reportTabId))?.figures ?? [];
    expect(figures.length).toBeGreaterThan(3);
    expect(figures.every((f) => f.region === '全国')).toBe(true);
    // Stored figures keep their cells: nothing is shown as "from this page", and no note about it.
    expect(await page.locator('[data-testid="comparison-table"] [data-source="this-page"]').count()).toBe(0);
    expect(await page.locator('[data-testid="page-figures-note"]').count()).toBe(0);
    await page.close();
  });

  it('shows a page’s unsaved figures as “from this page” where nothing is stored', async () => {
    const city = await chrome.context.newPage();
    await city.goto(server.url('overlay-city.html'), { waitUntil: 'load' });
    await waitForBadge(city);
    const probe = await openPopup(chrome.context, chrome.extensionId, 'popup.html');
    const cityTab = await findTab(
      probe,
      (info) => !!info.detection?.isReport && info.detection.regions[0] !== '全国' && !!info.figures?.length,
      'No tab reads the city report',
    );
    await probe.close();
    const url = encodeURIComponent(server.url('overlay-city.html'));
    const page = await openPopup(chrome.context, chrome.extensionId, `popup.html?tab=${cityTab}&url=${url}`);
    await page.setViewportSize({ width: 800, height: 600 });
    await page.locator('[data-testid="comparison-table"]').waitFor({ timeout: 15_000 });
    const fromPage = page.locator('[data-testid="comparison-table"] [data-source="this-page"]');
    expect(await fromPage.count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('[data-testid="page-figures-note"]').count()).toBe(1);
    // A page figure is not a stored record: it links nowhere and the record counts stay as they were.
    expect(await fromPage.locator('a').count()).toBe(0);
    await screenshot(page, 'popup-from-this-page');
    await page.close();
    await city.close();
  });

  it('shows what changed and peers for the report year', async () => {
    const page = await openReportPopup();
    const changes = page.locator('[data-testid="what-changed"]');
    await changes.waitFor();
    expect(await changes.locator('[data-group="lowered"] li[data-indicator="cpi"]').count()).toBe(1);
    const peers = page.locator('[data-testid="peers"]');
    await peers.waitFor({ timeout: 10_000 });
    expect(await peers.locator('circle').count()).toBeGreaterThan(5);
    // Trends open from the keyboard: one chart per indicator with two or more years of numbers.
    await page.locator('summary:has(#rl-cmp-trend-h)').focus();
    await page.keyboard.press('Enter');
    const gdpTrend = page.locator('[data-testid="trends"] figure[data-indicator="gdp_growth"]');
    await gdpTrend.waitFor();
    expect(await gdpTrend.locator('circle').count()).toBeGreaterThan(3);
    await page.locator('[data-testid="trends"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'popup-trends');
    await page.close();
  });

  it('downloads the table as CSV and Markdown, with sources', async () => {
    const page = await openReportPopup();
    const [csvFile] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /CSV/ }).nth(1).click(),
    ]);
    expect(csvFile.suggestedFilename()).toMatch(/^report-lens-全国-\d{4}-\d{4}\.csv$/);
    const csv = readFileSync((await csvFile.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toMatch(/全国,[^\n]*,2025,5%左右,5%,/);
    expect(csv).toContain('https://');
    const [mdFile] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('button', { name: /Markdown/ })
        .nth(1)
        .click(),
    ]);
    const md = readFileSync((await mdFile.path())!, 'utf8');
    expect(md).toMatch(/^\| [^|]+ \| 20\d\d \|/);
    expect(md).toMatch(/\n1\. /);
    await page.close();
  });

  it('“Open full size” opens the same view in the library page, every year at once', async () => {
    const popup = await openReportPopup();
    const [full] = await Promise.all([
      chrome.context.waitForEvent('page'),
      popup.locator('[data-testid="open-full-view"]').click(),
    ]);
    await full.waitForLoadState('load');
    await full.setViewportSize({ width: 1280, height: 900 });
    const view = full.locator('.rl-compare-wide[data-testid="comparison"]');
    await view.locator('[data-testid="comparison-table"]').waitFor({ timeout: 15_000 });
    expect(await view.getAttribute('data-region')).toBe('全国');
    const years = await view.locator('thead th[data-year]').allTextContents();
    expect(years.length).toBeGreaterThan(4);
    expect(years).toEqual([...years].sort());
    await screenshot(full, 'library-compare-national');
    await full.close();
    await popup.close();
  });

  it('diffs two stored report texts side by side', async () => {
    const probe = await openPopup(chrome.context, chrome.extensionId, 'popup.html');
    const source = { url: server.url('report-zh-hans.html'), title: '政府工作报告' };
    const a = '今年发展主要预期目标是：国内生产总值增长5%左右；居民消费价格涨幅3%左右。推进乡村全面振兴。';
    const b = '今年发展主要预期目标是：国内生产总值增长5%左右；居民消费价格涨幅2%左右。加快发展新质生产力。';
    for (const [year, text] of [
      [2024, a],
      [2025, b],
    ] as const) {
      const saved = await sendExtensionMessage<Reply<unknown>>(probe, 'saveReportText', {
        region: '全國',
        year,
        text,
        source,
      });
      expect(saved.ok).toBe(true);
    }
    await probe.close();

    const page = await openReportPopup();
    const diff = page.locator('[data-testid="text-diff"]');
    await diff.waitFor({ timeout: 10_000 });
    const removed = (await diff.locator('[data-side="a"] del').allTextContents()).join('');
    const added = (await diff.locator('[data-side="b"] ins').allTextContents()).join('');
    // Assert the text, not where the engine's word boundaries fall.
    expect(removed).toContain('3');
    expect(removed).toContain('乡村');
    expect(added).toContain('2');
    expect(added).toContain('新质生产力');
    expect(removed).not.toContain('国内生产总值');
    expect(await diff.locator('[data-side="a"]').textContent()).toBe(a);
    expect(await diff.locator('[data-side="b"]').textContent()).toBe(b);
    await diff.scrollIntoViewIfNeeded();
    await screenshot(page, 'popup-text-diff');
    await page.close();
  });

  it('picks another region from the keyboard, by its traditional name', async () => {
    const page = await openReportPopup();
    const picker = page.locator('[data-testid="region-picker"]');
    await picker.focus();
    await picker.pressSequentially('廣東');
    await page.locator('[role="option"]', { hasText: '广东' }).first().waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-testid="comparison"]').getAttribute('data-region')).toBe('广东');
    await page.locator('[data-testid="comparison-table"]').waitFor();
    expect(await page.locator('tr[data-indicator="gdp_growth"]').count()).toBe(1);
    await page.locator('summary:has(#rl-cmp-trend-h)').click();
    // A province's growth chart carries the national target as a reference line.
    await page.locator('figure[data-indicator="gdp_growth"] path.rl-nline').waitFor();
    await screenshot(page, 'popup-guangdong', { fullPage: true });
    await page.close();

    // Remembered: without a report tab the popup opens on the last region.
    const again = await openPopup(chrome.context, chrome.extensionId, 'popup.html?tab=999999');
    await expect
      .poll(() => again.locator('[data-testid="comparison"]').getAttribute('data-region'), { timeout: 10_000 })
      .toBe('广东');
    expect(await again.locator('.rl-popup').getAttribute('data-from')).toBe('last');
    await again.close();
  });
});
