// The background's answers about saved snippets: plain functions over a DbAccess (they run in Node tests as in the
// worker). The snippet table's queries live here with the handlers: nothing else reads this table.
//
// "Which pages hold snippets" is also kept outside the database (SavedPages) so a content script can tell, with one
// storage read and no message, whether the page it runs on needs re-anchoring. The background wiring
// (entrypoints/background/saved-pages.ts) plugs in browser.storage.local; lib/ itself stays free of browser globals.
import {
  normalizeSnippetUrl,
  type SnippetDraft,
  type SnippetExport,
  type SnippetFacets,
  type SnippetQuery,
  type SnippetsApi,
} from '../api/snippets';
import type { DbAccess } from '../db/open';
import type { ReportLensDb } from '../db/schema';
import {
  cleanSnippet,
  mergeSnippets,
  normalizeTags,
  parseSnippetsJson,
  sameQuoteKey,
  siteOf,
  snippetsToCsv,
  snippetsToJson,
  snippetsToMarkdown,
} from '../io/snippets';
import { type DomainHandlers, RequestError } from '../messages';
import type { Snippet } from '../model';
import { foldText } from '../text/fold';
import { FNV_PRIME, fnv1a32, hex8 } from '../text/hash';
import { sizeProblem } from '../io/limits';
import { refusedFile } from './refusals';

/** Where the set of pages holding snippets is mirrored (browser.storage.local in the extension). */
export interface SavedPages {
  /** Sets how many snippets each given page holds (0 removes the page). */
  update(counts: Map<string, number>): Promise<void>;
  /** Replaces the whole set (after an import, or at start-up in case it drifted). */
  replace(counts: Map<string, number>): Promise<void>;
}

let savedPages: SavedPages | null = null;

/** Called once by the background wiring; until then (and in tests that do not care) the mirror is skipped. */
export function useSavedPages(pages: SavedPages | null): void {
  savedPages = pages;
}

/** Stable id from the page and the quote: saving the same selection twice keeps one snippet. */
export function snippetId(url: string, selector: Snippet['selector']): string {
  const key = `${url}\u0000${selector.prefix}\u0000${selector.exact}\u0000${selector.suffix}`;
  return `snip-${hex8(fnv1a32(key))}${hex8(fnv1a32(key, FNV_PRIME))}`;
}

export function snippetHandlers({ withDb, write }: DbAccess, clock: () => number = Date.now): DomainHandlers<SnippetsApi> {
  return {
    saveSnippet: (draft) => write((db) => saveSnippet(db, draft, clock())),

    updateSnippet: ({ id, tags, note }) =>
      write(async (db) => {
        // One transaction: an edit made meanwhile (another tab, the library) is never overwritten by a stale read.
        return db.transaction('rw', db.snippets, async () => {
        const stored = await db.snippets.get(id);
        if (!stored) throw new RequestError('not-found', `No snippet with id ${id}.`);
        const next: Snippet = { ...stored };
        if (tags !== undefined) next.tags = normalizeTags(tags);
        if (note !== undefined) {
          if (note.trim()) next.note = note.trim();
          else delete next.note;
        }
        await db.snippets.put(next);
        return next;
        });
      }),

    deleteSnippets: ({ ids: wanted }) =>
      write(async (db) => {
        const deleted = await db.transaction('rw', db.snippets, async () => {
          const rows = (await db.snippets.bulkGet(wanted)).filter((s): s is Snippet => !!s);
          await db.snippets.bulkDelete(rows.map((s) => s.id));
          return rows;
        });
        await mirrorPages(db, deleted.map((s) => s.url));
        return { deleted };
      }),

    restoreSnippets: (request) =>
      write(async (db) => {
        // The rows come back as deleteSnippets answered them, checked by the router as an import's entries are.
        const parsed = { snippets: request.snippets.map(cleanSnippet) };
        // Like restoreRecords: a row whose id is stored again (saved anew since the delete) is left as it is.
        const restored = await db.transaction('rw', db.snippets, async () => {
          const present = new Set((await db.snippets.bulkGet(parsed.snippets.map((s) => s.id))).filter(Boolean).map((s) => s!.id));
          const rows = parsed.snippets.filter((s) => !present.has(s.id));
          await db.snippets.bulkPut(rows);
          return rows;
        });
        await mirrorPages(db, restored.map((s) => s.url));
        return { restored: restored.length };
      }),

    listSnippets: (query) => withDb((db) => listSnippets(db, query ?? {})),

    snippetsForUrl: ({ url }) => withDb((db) => snippetsForUrl(db, url)),

    markOrphaned: ({ ids: wanted, orphaned }) =>
      write(async (db) => {
        const flag = orphaned === true;
        let updated = 0;
        await db.transaction('rw', db.snippets, async () => {
          for (const s of await db.snippets.bulkGet(wanted)) {
            if (!s || !!s.orphaned === flag) continue;
            if (flag) s.orphaned = true;
            else delete s.orphaned;
            await db.snippets.put(s);
            updated++;
          }
        });
        return { updated };
      }),

    exportSnippets: ({ format, ids }) =>
      withDb(async (db) => {
        const rows = ids === undefined ? await db.snippets.orderBy('createdAt').toArray() : await byIds(db, ids);
        return exportFile(rows, format, clock());
      }),

    importSnippets: ({ json }) =>
      write(async (db) => {
        // The same limit as records (lib/io/limits.ts): a 50 MB file is refused before it is parsed.
        const tooBig = sizeProblem(json.length);
        if (tooBig) throw refusedFile([{ path: '', message: tooBig }], 'too-large');
        const parsed = parseSnippetsJson(json);
        if (!parsed.ok) throw refusedFile(parsed.problems);
        const summary = await importSnippets(db, parsed.snippets);
        await mirrorAllPages(db);
        return summary;
      }),
  };
}

// ---------------------------------------------------------------------------------------------------------------

async function saveSnippet(db: ReportLensDb, draft: SnippetDraft, now: number): Promise<Snippet> {
  const url = normalizeSnippetUrl(draft.url);
  const selector: Snippet['selector'] = { exact: draft.selector.exact, prefix: draft.selector.prefix, suffix: draft.selector.suffix };
  if (Number.isInteger(draft.selector.start)) selector.start = draft.selector.start;
  if (Number.isInteger(draft.selector.end)) selector.end = draft.selector.end;
  const id = snippetId(url, selector);
  // The page is marked in the mirror before the write: a worker stopped between the two then leaves at worst a page
  // that asks for snippets and finds none, never a saved snippet its page does not show.
  await markPageFirst(url);
  const snippet = await db.transaction('rw', db.snippets, async () => {
    const stored = await db.snippets.get(id);
    // Saving the same selection again is not a new snippet; it finds the stored one again (and un-orphans it).
    const base: Snippet = stored ?? {
      id,
      url,
      title: (draft.title ?? '').trim() || url,
      text: draft.text,
      selector,
      tags: [],
      createdAt: now,
    };
    const next: Snippet = { ...base, selector };
    delete next.orphaned;
    if (draft.region && !next.region) next.region = draft.region;
    if (Number.isInteger(draft.year) && next.year === undefined) next.year = draft.year;
    if (draft.tags?.length) next.tags = normalizeTags([...next.tags, ...draft.tags]);
    if (draft.note?.trim() && !next.note) next.note = draft.note.trim();
    await db.snippets.put(next);
    return next;
  });
  await mirrorPages(db, [url]);
  return snippet;
}

async function snippetsForUrl(db: ReportLensDb, url: string): Promise<Snippet[]> {
  const rows = await db.snippets.where('url').equals(normalizeSnippetUrl(url)).toArray();
  return rows.sort((a, b) => a.createdAt - b.createdAt);
}

async function byIds(db: ReportLensDb, ids: string[]): Promise<Snippet[]> {
  return (await db.snippets.bulkGet(ids)).filter((s): s is Snippet => !!s);
}

/** Folded for search: traditional and simplified, full- and half-width, upper and lower case all meet. */
function searchable(text: string): string {
  return foldText(text).toLowerCase();
}

/**
 * Snippets newest first. Tag, region and year narrow through their indexes; the words of `search` must all appear
 * in the text, note, tags or title. Ten thousand snippets filter in memory in a few milliseconds.
 */
export async function listSnippets(
  db: ReportLensDb,
  query: SnippetQuery,
): Promise<{ snippets: Snippet[]; total: number; facets: SnippetFacets }> {
  const { tag, region, year, site, orphaned, search, limit = 100, offset = 0 } = query;
  let rows: Snippet[];
  if (tag) rows = await db.snippets.where('tags').equals(tag).toArray();
  else if (region) rows = await db.snippets.where('region').equals(region).toArray();
  else if (year !== undefined) rows = await db.snippets.where('year').equals(year).toArray();
  else rows = await db.snippets.toArray();
  const words = search ? searchable(search).split(/\s+/).filter(Boolean) : [];
  const wantedSite = site?.toLowerCase();
  rows = rows.filter((s) => {
    if (region && s.region !== region) return false;
    if (year !== undefined && s.year !== year) return false;
    if (wantedSite && siteOf(s.url) !== wantedSite) return false;
    if (orphaned !== undefined && !!s.orphaned !== orphaned) return false;
    if (words.length) {
      const hay = searchable(`${s.text}\n${s.note ?? ''}\n${s.tags.join(' ')}\n${s.title}`);
      if (!words.every((w) => hay.includes(w))) return false;
    }
    return true;
  });
  rows.sort((a, b) => b.createdAt - a.createdAt || a.id.localeCompare(b.id));
  return { snippets: rows.slice(offset, offset + limit), total: rows.length, facets: await snippetFacets(db) };
}

/** The values the library's filter pickers offer, from index keys (sites from the url index's distinct keys). */
async function snippetFacets(db: ReportLensDb): Promise<SnippetFacets> {
  const [tags, regions, years, urls] = await Promise.all([
    db.snippets.orderBy('tags').uniqueKeys(),
    db.snippets.orderBy('region').uniqueKeys(),
    db.snippets.orderBy('year').uniqueKeys(),
    db.snippets.orderBy('url').uniqueKeys(),
  ]);
  const sites = [...new Set((urls as string[]).map(siteOf).filter(Boolean))].sort();
  return {
    tags: tags as string[],
    regions: regions as string[],
    years: (years as number[]).slice().reverse(),
    sites,
  };
}

export function exportFile(rows: Snippet[], format: unknown, now: number): SnippetExport {
  const stamp = new Date(now).toISOString().slice(0, 10);
  switch (format) {
    case 'markdown':
      return { filename: `report-lens-snippets-${stamp}.md`, mimeType: 'text/markdown;charset=utf-8', content: snippetsToMarkdown(rows, now), count: rows.length };
    case 'csv':
      return { filename: `report-lens-snippets-${stamp}.csv`, mimeType: 'text/csv;charset=utf-8', content: snippetsToCsv(rows), count: rows.length };
    case 'json':
      return { filename: `report-lens-snippets-${stamp}.json`, mimeType: 'application/json', content: snippetsToJson(rows, now), count: rows.length };
    default:
      throw new RequestError('invalid-request', 'format should be markdown, csv or json.');
  }
}

/**
 * Stores validated snippets in one transaction: a duplicate (same id, or the same quote on the same page) merges
 * into the stored one. Any failure rolls the whole import back.
 */
export async function importSnippets(db: ReportLensDb, incoming: Snippet[]): Promise<{ added: number; merged: number }> {
  return db.transaction('rw', db.snippets, async () => {
    const stored = new Map<string, Snippet>();
    const byQuote = new Map<string, Snippet>();
    const urls = [...new Set(incoming.map((s) => normalizeSnippetUrl(s.url)))];
    const [sameIds, samePages] = await Promise.all([
      db.snippets.bulkGet(incoming.map((s) => s.id)),
      db.snippets.where('url').anyOf(urls).toArray(),
    ]);
    for (const s of [...samePages, ...sameIds]) {
      if (!s) continue;
      stored.set(s.id, s);
      byQuote.set(sameQuoteKey(s), s);
    }
    let added = 0;
    let merged = 0;
    const out = new Map<string, Snippet>();
    for (const raw of incoming) {
      const s = { ...raw, url: normalizeSnippetUrl(raw.url) };
      const existing = out.get(s.id) ?? stored.get(s.id) ?? byQuote.get(sameQuoteKey(s));
      if (existing) {
        const next = mergeSnippets(existing, s);
        out.set(next.id, next);
        stored.set(next.id, next);
        byQuote.set(sameQuoteKey(next), next);
        merged++;
      } else {
        out.set(s.id, s);
        stored.set(s.id, s);
        byQuote.set(sameQuoteKey(s), s);
        added++;
      }
    }
    await db.snippets.bulkPut([...out.values()]);
    return { added, merged };
  });
}

/** Says in the mirror that `url` holds a snippet, before one is written (failures: as in mirrorPages). */
async function markPageFirst(url: string): Promise<void> {
  try {
    await savedPages?.update(new Map([[url, 1]]));
  } catch {
    // See mirrorPages.
  }
}

/** Brings the storage mirror up to date for some pages. Failures there never fail the save itself. */
async function mirrorPages(db: ReportLensDb, urls: string[]): Promise<void> {
  if (!savedPages || urls.length === 0) return;
  try {
    const counts = new Map<string, number>();
    for (const url of new Set(urls)) counts.set(url, await db.snippets.where('url').equals(url).count());
    await savedPages.update(counts);
  } catch {
    // The mirror only spares a message; the next start-up rebuilds it.
  }
}

/** Rebuilds the whole mirror from the database. */
export async function mirrorAllPages(db: ReportLensDb): Promise<void> {
  if (!savedPages) return;
  try {
    const counts = new Map<string, number>();
    await db.snippets.orderBy('url').eachKey((url) => {
      counts.set(url as string, (counts.get(url as string) ?? 0) + 1);
    });
    await savedPages.replace(counts);
  } catch {
    // See mirrorPages.
  }
}
