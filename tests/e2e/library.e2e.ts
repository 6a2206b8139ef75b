// The library page on a fresh install, in the built MV3 extension: the starter pack is loaded by the install hook
// and shown; the region deep link, the keyboard tabs, delete with undo and a refused import work end to end.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type ChromiumSession, launchChromium, openLibrary, screenshot } from './harness';

let chrome: ChromiumSession;

beforeAll(async () => {
  // REPORT_LENS_CHROME_DIR: a private copy of the build, for a machine where others rebuild .output meanwhile.
  chrome = await launchChromium({ extensionDir: process.env.REPORT_LENS_CHROME_DIR || undefined });
});

afterAll(async () => {
  await chrome?.close();
});

/** The total the page shows ("1053 records" / "1053 条记录"), as a number. */
async function shownTotal(page: Page): Promise<number> {
  const text = (await page.locator('[data-testid="records-total"]').textContent()) ?? '';
  return Number(/\d+/.exec(text)?.[0] ?? Number.NaN);
}

/** The install hook loads the pack in the background; reload until its records show (a few hundred ms). */
async function openLoadedLibrary(query = ''): Promise<Page> {
  const page = await openLibrary(chrome.context, chrome.extensionId, query);
  for (let attempt = 0; attempt < 20; attempt++) {
    const total = page.locator('[data-testid="records-total"]');
    if ((await total.count()) > 0 && (await shownTotal(page)) > 0) return page;
    await page.waitForTimeout(500);
    await page.reload({ waitUntil: 'load' });
  }
  throw new Error('The starter pack never appeared in the library');
}

describe('library page after a fresh install', () => {
  it('shows the starter pack’s records, with a known region among them', async () => {
    const page = await openLoadedLibrary();
    expect(await shownTotal(page)).toBeGreaterThan(300);
    await expect
      .poll(() => page.locator('[data-testid="library-records"] tbody tr[data-record-id]').count())
      .toBeGreaterThan(50);
    // Newest year first: the national figures are there, and the region picker offers 北京.
    expect(await page.locator('tr[data-region="全国"]').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('[data-testid="filter-region"] option').allTextContents()).toContain('北京');
    expect(await page.locator('.rl-error').count()).toBe(0);
    await screenshot(page, 'library-records');
    await page.close();
  });

  it('?tab=records&region= opens one region’s records, by any of its names', async () => {
    const page = await openLoadedLibrary(`?tab=records&region=${encodeURIComponent('北京市')}`);
    const regions = await page
      .locator('tr[data-record-id]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-region')));
    expect(regions.length).toBeGreaterThan(0);
    expect(new Set(regions)).toEqual(new Set(['北京']));
    expect(await page.locator('[data-testid="filter-region"]').inputValue()).toBe('北京');
    await screenshot(page, 'library-region-beijing');
    await page.close();
  });

  it('shows conflicting sources side by side', async () => {
    const page = await openLoadedLibrary();
    const conflict = page.locator('[data-testid="conflict"]').first();
    await conflict.click();
    await expect.poll(() => page.locator('.rl-conflict-detail li').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('tabs follow the arrow keys', async () => {
    const page = await openLoadedLibrary();
    await page.locator('#tab-records').focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('#tab-proposals').getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-proposals');
    await expect.poll(() => page.locator('[data-testid="library-proposals"] tbody tr').count()).toBeGreaterThan(0);
    await screenshot(page, 'library-proposals');
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('#tab-snippets').getAttribute('aria-selected')).toBe('true');
    await page.locator('[data-testid="snippets-tab"]').waitFor({ state: 'visible', timeout: 10_000 });
    await page.keyboard.press('End');
    expect(await page.locator('#tab-coverage').getAttribute('aria-selected')).toBe('true');
    await page.close();
  });

  it('delete offers Undo, and Undo brings the record back', async () => {
    const page = await openLoadedLibrary();
    const before = await shownTotal(page);
    const firstRow = page.locator('tr[data-record-id]').first();
    const id = await firstRow.getAttribute('data-record-id');
    await firstRow.locator('.rl-actions button').nth(1).click();
    await expect.poll(() => shownTotal(page)).toBe(before - 1);
    await page.locator('[data-testid="toast"] button.rl-primary').click();
    await expect.poll(() => shownTotal(page)).toBe(before);
    expect(await page.locator(`tr[data-record-id="${id}"]`).count()).toBe(1);
    await page.close();
  });

  it.each([
    ['export-pack', 'pack.json'],
    ['export-csv', 'records.csv'],
  ])('%s downloads a file that imports back with every row already stored', async (button, name) => {
    const page = await openLoadedLibrary();
    const before = await shownTotal(page);
    await page.locator('#tab-transfer').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(`[data-testid="${button}"]`).click(),
    ]);
    const path = await download.path();
    expect(path).toBeTruthy();
    await page.locator('[data-testid="import-file"]').setInputFiles({
      name,
      mimeType: name.endsWith('.csv') ? 'text/csv' : 'application/json',
      buffer: readFileSync(path),
    });
    const status = page.locator('[data-testid="transfer-status"] .rl-ok');
    await status.waitFor({ state: 'visible', timeout: 20_000 });
    // Nothing new: every record is merged into itself ("0 added, 0 updated, N already stored").
    expect(await status.textContent()).toMatch(new RegExp(`\\b0\\b[^\\d]+\\b0\\b[^\\d]+${before}\\b`));
    await page.locator('#tab-records').click();
    await expect.poll(() => shownTotal(page)).toBe(before);
    await page.close();
  });

  it('Back up everything, delete a record, Restore: the record is back and the counts match', async () => {
    const page = await openLoadedLibrary();
    const before = await shownTotal(page);
    await page.locator('#tab-transfer').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="backup"]').click(),
    ]);
    const backup = readFileSync(await download.path());
    await page.locator('#tab-records').click();
    await page.locator('tr[data-record-id] .rl-actions button').nth(1).click();
    await expect.poll(() => shownTotal(page)).toBe(before - 1);
    await page.locator('#tab-transfer').click();
    page.once('dialog', (dialog) => dialog.accept());
    await page
      .locator('[data-testid="restore-file"]')
      .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: backup });
    await page.locator('[data-testid="transfer-status"] .rl-ok').waitFor({ state: 'visible', timeout: 20_000 });
    await screenshot(page, 'library-restored');
    await page.locator('#tab-records').click();
    await expect.poll(() => shownTotal(page)).toBe(before);
    await page.close();
  });

  it('a broken import is refused with its problems listed, and nothing changes', async () => {
    const page = await openLoadedLibrary();
    const before = await shownTotal(page);
    await page.locator('#tab-transfer').click();
    const broken = JSON.stringify({
      format: 'report-lens-pack',
      version: 1,
      createdAt: '2026-03-05',
      header: { description: '', counts: { records: 1, proposals: 0 }, dropped: {}, regions: [] },
      records: [{ id: 'x', region: '北京', year: 'soon' }],
      proposals: [],
    });
    await page
      .locator('[data-testid="import-file"]')
      .setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
    await page.locator('.rl-problems li').first().waitFor({ state: 'visible', timeout: 10_000 });
    expect(await page.locator('.rl-problems li').first().textContent()).toMatch(/records\[0\]/);
    await screenshot(page, 'library-import-refused');
    await page.locator('#tab-records').click();
    await expect.poll(() => shownTotal(page)).toBe(before);
    await page.close();
  });
});
