// The badge's actions on the site and the page's text: "Don't run on this site" and "Save report text".
import { t } from '@/components/i18n';
import { request } from '@/lib/messages';
import type { Detection } from '@/lib/model';
// The key only (a plain read keeps WXT's storage wrapper out of the lens); the item is declared there.
import { DISABLED_SITES_KEY } from '@/lib/storage-items';

/** Whether the user switched the overlay off on this host (read from extension storage; false when unreadable). */
export async function siteDisabled(hostname: string): Promise<boolean> {
  try {
    const stored = await browser.storage.local.get(DISABLED_SITES_KEY);
    return ((stored[DISABLED_SITES_KEY] as string[] | undefined) ?? []).includes(hostname);
  } catch {
    return false;
  }
}

/** Switches the overlay off on this host through the background (which writes the list one change at a time; the
 * library can switch it back on). Resolves to an error line for the badge, or null when done. */
export async function disableSite(hostname: string): Promise<string | null> {
  const reply = await request('setSiteDisabled', { host: hostname, disabled: true });
  return reply.ok ? null : t('errorReach', reply.error.message);
}

/** A report's full text (not an article quoting it): long, with many statements. */
export function isFullText(text: string, statements: number): boolean {
  return text.length >= 8000 && statements >= 8;
}

/** Keeps the page's full text for the popup's year-to-year diff; resolves to the badge's note. */
export async function saveReportText(text: string, detection: Detection & { year: number }): Promise<string> {
  const reply = await request('saveReportText', {
    region: detection.regions[0] ?? '全国',
    year: detection.year,
    section: '全文',
    text,
    source: { url: location.href, title: document.title },
  });
  return reply.ok ? t('badgeSavedReport', text.length) : t('errorReach', reply.error.message);
}
