// The corrections store: one row per page URL (schema version 3).
import type { PageCorrections } from '../corrections';
import type { ReportLensDb } from './schema';

export async function getCorrections(db: ReportLensDb, url: string): Promise<PageCorrections | null> {
  return (await db.corrections.get(url)) ?? null;
}

/**
 * Reads a page's corrections, lets `change` decide the next row, and writes it, in one transaction: two changes at
 * once never lose one. `change` answers null for a row that holds nothing, which is then deleted.
 */
export function changeCorrections(
  db: ReportLensDb,
  url: string,
  change: (stored: PageCorrections | undefined) => PageCorrections | null,
): Promise<PageCorrections | null> {
  return db.transaction('rw', db.corrections, async () => {
    const next = change(await db.corrections.get(url));
    if (next) await db.corrections.put(next);
    else await db.corrections.delete(url);
    return next;
  });
}
