// The starter pack read from the official report texts, seen in the built MV3 extension: two provinces and one
// sub-provincial city show every year 2019–2026 in the full-size comparison with no empty column, and the Coverage
// tab draws its regions × years grid (keyboard and click lead to a region's comparison), in light and dark.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type ChromiumSession, launchChromium, openLibrary, screenshot } from './harness';

let chrome: ChromiumSession;

beforeAll(async () => {
  chrome = await launchChromium({ extensionDir: process.env.REPORT_LENS_CHROME_DIR || undefined });
});

afterAll(async () => {
  await chrome?.close();
});

const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];

/** The install hook loads the pack in the background: reload until `ready` holds (the pack takes a second or two). */
async function openWhen(query: string, ready: (page: Page) => Promise<boolean>): Promise<Page> {
  const page = await openLibrary(chrome.context, chrome.extensionId, query);
  for (let attempt = 0; attempt < 15; attempt++) {
    // The view renders after its message round trip: give it a moment after each load before reloading.
    for (let look = 0; look < 10; look++) {
      if (await ready(page)) return page;
      await page.waitForTimeout(200);
    }
    await page.reload({ waitUntil: 'load' });
  }
  throw new Error(`the library never became ready for ${query}`);
}

/** Years of the comparison table that have a figure in at least one row. */
async function filledYears(page: Page): Promise<number[]> {
  return page
    .locator('[data-testid="comparison-table"] .rl-cell[data-year]')
    .evaluateAll((cells) => [...new Set(cells.map((c) => Number(c.getAttribute('data-year'))))].sort());
}

describe('the starter pack in the library', () => {
  // The aim is under 2 s (about 1 s of writes on an idle machine); the guard is looser because a shared CI machine
  // under load takes twice as long. The figure is printed for the README's table.
  it('loads on install, timed by the background from fetch to last write', async () => {
    const page = await openLibrary(chrome.context, chrome.extensionId, '?tab=coverage');
    type Stats = { ms: number; records: number; phases?: Record<string, number> } | undefined;
    type Storage = { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } };
    const read = () =>
      page.evaluate(
        async () =>
          (await (globalThis as unknown as Storage).chrome.storage.local.get('starterPackLastLoad'))
            .starterPackLastLoad as Stats,
      );
    await expect.poll(read, { timeout: 30_000 }).toBeTruthy();
    const stats = (await read()) as NonNullable<Stats>;
    console.log(
      `starter pack first install in Chromium: ${stats.ms} ms for ${stats.records} records (${JSON.stringify(stats.phases)})`,
    );
    expect(stats.records).toBeGreaterThan(3000);
    expect(stats.ms).toBeLessThan(8000);
    await page.close();
  });

  for (const [region, slug] of [
    ['浙江', 'zhejiang'],
    ['河南', 'henan'],
    ['深圳', 'shenzhen'],
  ]) {
    it(`${region}: every year 2019–2026 has figures`, async () => {
      const page = await openWhen(`?region=${encodeURIComponent(region)}`, async (p) =>
        (await filledYears(p)).includes(2026),
      );
      const header = await page
        .locator('[data-testid="comparison-table"] thead th[data-year]')
        .evaluateAll((ths) => ths.map((th) => Number(th.getAttribute('data-year'))));
      expect(header).toEqual(expect.arrayContaining(YEARS));
      expect(await filledYears(page)).toEqual(expect.arrayContaining(YEARS));
      await screenshot(page, `pack-compare-${slug}`, { fullPage: true });
      await page.close();
    });
  }

  it('the Coverage tab draws regions × years and leads to a region’s comparison', async () => {
    const page = await openWhen(
      '?tab=coverage',
      async (p) => (await p.locator('.rl-coverage-grid tbody tr').count()) >= 40,
    );
    const rows = await page.locator('.rl-coverage-grid tbody th').allTextContents();
    expect(rows[0]).toBe('全国');
    expect(rows).toEqual(expect.arrayContaining(['北京', '广东', '深圳', '哈尔滨']));
    const years = await page.locator('.rl-coverage-grid thead th').allTextContents();
    expect(years).toEqual(expect.arrayContaining(YEARS.map(String)));
    // Most region-years of 2019–2026 are well covered (a target and a result of several indicators).
    const full = await page.locator('.rl-coverage-4, .rl-coverage-3').count();
    expect(full).toBeGreaterThan(200);
    await screenshot(page, 'library-coverage', { fullPage: true });

    // Keyboard: one cell in the Tab order, arrows move, Enter opens the comparison of that region and year.
    const first = page.locator('.rl-coverage-grid a[tabindex="0"]');
    await first.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(focused).toMatch(/region=.+&year=\d{4}/);
    await Promise.all([page.waitForURL(/region=/), page.keyboard.press('Enter')]);
    await expect
      .poll(() => page.locator('[data-testid="comparison-table"]').count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    await page.close();

    const dark = await openLibrary(chrome.context, chrome.extensionId, '?tab=coverage');
    await dark.emulateMedia({ colorScheme: 'dark' });
    await expect
      .poll(() => dark.locator('.rl-coverage-grid tbody tr').count(), { timeout: 10_000 })
      .toBeGreaterThan(40);
    await screenshot(dark, 'library-coverage-dark', { fullPage: true });
    await dark.close();
  });
});
