// The snippets table: reads by page, id and index, and the transactions that change it. The rules (what a save
// merges, how an import deduplicates, what a search matches) stay with the caller (lib/service/snippets.ts), which
// hands them in as plain functions; every read-decide-write below runs in one transaction.
import type { Snippet } from '../model';
import type { ReportLensDb } from './schema';

/**
 * Reads the snippet stored under `id` (if any), lets `decide` build the row to store, and stores it — one
 * transaction, so an edit made meanwhile (another tab, the library) is never overwritten by a stale read. `decide`
 * may throw (e.g. "not found") to change nothing.
 */
export function putSnippetWith(
  db: ReportLensDb,
  id: string,
  decide: (stored: Snippet | undefined) => Snippet,
): Promise<Snippet> {
  return db.transaction('rw', db.snippets, async () => {
    const next = decide(await db.snippets.get(id));
    await db.snippets.put(next);
    return next;
  });
}

/** Deletes the snippets with these ids and answers the rows that were there (for undo). */
export function deleteSnippets(db: ReportLensDb, ids: string[]): Promise<Snippet[]> {
  return db.transaction('rw', db.snippets, async () => {
    const rows = (await db.snippets.bulkGet(ids)).filter((s): s is Snippet => !!s);
    await db.snippets.bulkDelete(rows.map((s) => s.id));
    return rows;
  });
}

/** Puts back the rows whose id is not stored (a row saved anew since the delete is left as it is); answers them. */
export function restoreMissingSnippets(db: ReportLensDb, rows: Snippet[]): Promise<Snippet[]> {
  return db.transaction('rw', db.snippets, async () => {
    const present = new Set((await db.snippets.bulkGet(rows.map((s) => s.id))).filter(Boolean).map((s) => s!.id));
    const missing = rows.filter((s) => !present.has(s.id));
    await db.snippets.bulkPut(missing);
    return missing;
  });
}

/** Sets or clears the orphaned flag; answers how many rows changed. */
export function setOrphaned(db: ReportLensDb, ids: string[], orphaned: boolean): Promise<number> {
  return db.transaction('rw', db.snippets, async () => {
    let updated = 0;
    for (const s of await db.snippets.bulkGet(ids)) {
      if (!s || !!s.orphaned === orphaned) continue;
      if (orphaned) s.orphaned = true;
      else delete s.orphaned;
      await db.snippets.put(s);
      updated++;
    }
    return updated;
  });
}

/** The snippets of one page (its URL as stored), oldest first. */
export async function snippetsOfPage(db: ReportLensDb, url: string): Promise<Snippet[]> {
  const rows = await db.snippets.where('url').equals(url).toArray();
  return rows.sort((a, b) => a.createdAt - b.createdAt);
}

export async function snippetsByIds(db: ReportLensDb, ids: string[]): Promise<Snippet[]> {
  return (await db.snippets.bulkGet(ids)).filter((s): s is Snippet => !!s);
}

/** Every snippet, oldest first. */
export function allSnippets(db: ReportLensDb): Promise<Snippet[]> {
  return db.snippets.orderBy('createdAt').toArray();
}

/**
 * The rows a search has to look at: through the tag, region or year index when one is given (in that order of
 * preference), else the whole table. The caller checks the other conditions on these rows.
 */
export function snippetCandidates(
  db: ReportLensDb,
  narrow: { tag?: string; region?: string; year?: number },
): Promise<Snippet[]> {
  if (narrow.tag) return db.snippets.where('tags').equals(narrow.tag).toArray();
  if (narrow.region) return db.snippets.where('region').equals(narrow.region).toArray();
  if (narrow.year !== undefined) return db.snippets.where('year').equals(narrow.year).toArray();
  return db.snippets.toArray();
}

/** Distinct tags, regions, years (newest first) and page URLs, from index keys only. */
export async function snippetIndexKeys(
  db: ReportLensDb,
): Promise<{ tags: string[]; regions: string[]; years: number[]; urls: string[] }> {
  const [tags, regions, years, urls] = await Promise.all([
    db.snippets.orderBy('tags').uniqueKeys(),
    db.snippets.orderBy('region').uniqueKeys(),
    db.snippets.orderBy('year').uniqueKeys(),
    db.snippets.orderBy('url').uniqueKeys(),
  ]);
  return {
    tags: tags as string[],
    regions: regions as string[],
    years: (years as number[]).slice().reverse(),
    urls: urls as string[],
  };
}

/**
 * An import in one transaction: reads the stored snippets that share an id or a page with the incoming ones, lets
 * `merge` decide what to store, and stores it. Any failure rolls the whole import back.
 */
export function mergeSnippets<R>(
  db: ReportLensDb,
  ids: string[],
  urls: string[],
  merge: (stored: Snippet[]) => { put: Snippet[]; result: R },
): Promise<R> {
  return db.transaction('rw', db.snippets, async () => {
    const [sameIds, samePages] = await Promise.all([
      db.snippets.bulkGet(ids),
      db.snippets.where('url').anyOf(urls).toArray(),
    ]);
    const { put, result } = merge([...samePages, ...sameIds.filter((s): s is Snippet => !!s)]);
    await db.snippets.bulkPut(put);
    return result;
  });
}

/** How many snippets each of these pages holds (0 for a page that holds none). */
export async function snippetCountsOf(db: ReportLensDb, urls: string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const url of new Set(urls)) counts.set(url, await db.snippets.where('url').equals(url).count());
  return counts;
}

/** How many snippets every page that holds any has, from the url index's keys. */
export async function snippetCountsByPage(db: ReportLensDb): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  await db.snippets.orderBy('url').eachKey((url) => {
    counts.set(url as string, (counts.get(url as string) ?? 0) + 1);
  });
  return counts;
}
