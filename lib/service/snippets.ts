// The background's answers about saved snippets: the rules (what a save merges, what a search matches, what an
// import deduplicates) over the queries of lib/db/snippets.ts. Plain functions over a DbAccess, so they run in Node
// tests as in the worker.
//
// "Which pages hold snippets" is also kept outside the database (SavedPages) so a content script can tell, with one
// storage read and no message, whether the page it runs on needs re-anchoring. The background passes the mirror in
// (lib/storage-items.ts keeps it in browser.storage.local); without one (tests that do not care) it is skipped.
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
  allSnippets,
  deleteSnippets,
  mergeSnippets,
  putSnippetWith,
  restoreMissingSnippets,
  setOrphaned,
  snippetCandidates,
  snippetCountsByPage,
  snippetCountsOf,
  snippetIndexKeys,
  snippetsByIds,
  snippetsOfPage,
} from '../db/snippets';
import {
  cleanSnippet,
  mergeSnippets as mergeSnippetPair,
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
import type { SavedPages } from '../storage-items';
import { refusedFile } from './refusals';

export type { SavedPages };

export interface SnippetCollaborators {
  /** The pages-with-snippets mirror; absent, it is not kept. */
  pages?: SavedPages | null;
  clock?: () => number;
}

/** Stable id from the page and the quote: saving the same selection twice keeps one snippet. */
export function snippetId(url: string, selector: Snippet['selector']): string {
  const key = `${url}\u0000${selector.prefix}\u0000${selector.exact}\u0000${selector.suffix}`;
  return `snip-${hex8(fnv1a32(key))}${hex8(fnv1a32(key, FNV_PRIME))}`;
}

export function snippetHandlers(
  { withDb, write }: DbAccess,
  { pages = null, clock = Date.now }: SnippetCollaborators = {},
): DomainHandlers<SnippetsApi> {
  return {
    saveSnippet: (draft) => write((db) => saveSnippet(db, pages, draft, clock())),

    updateSnippet: ({ id, tags, note }) =>
      write((db) => {
        return putSnippetWith(db, id, (stored) => {
          if (!stored) throw new RequestError('not-found', `No snippet with id ${id}.`);
          const next: Snippet = { ...stored };
          if (tags !== undefined) next.tags = normalizeTags(tags);
          if (note !== undefined) {
            if (note.trim()) next.note = note.trim();
            else delete next.note;
          }
          return next;
        });
      }),

    deleteSnippets: ({ ids: wanted }) =>
      write(async (db) => {
        const deleted = await deleteSnippets(db, wanted);
        await mirrorPages(
          db,
          pages,
          deleted.map((s) => s.url),
        );
        return { deleted };
      }),

    restoreSnippets: (request) =>
      write(async (db) => {
        // The rows come back as deleteSnippets answered them, checked by the router as an import's entries are.
        const parsed = { snippets: request.snippets.map(cleanSnippet) };
        // Like restoreRecords: a row whose id is stored again (saved anew since the delete) is left as it is.
        const restored = await restoreMissingSnippets(db, parsed.snippets);
        await mirrorPages(
          db,
          pages,
          restored.map((s) => s.url),
        );
        return { restored: restored.length };
      }),

    listSnippets: (query) => withDb((db) => listSnippets(db, query ?? {})),

    snippetsForUrl: ({ url }) => withDb((db) => snippetsOfPage(db, normalizeSnippetUrl(url))),

    markOrphaned: ({ ids, orphaned }) =>
      write(async (db) => ({ updated: await setOrphaned(db, ids, orphaned === true) })),

    exportSnippets: ({ format, ids }) =>
      withDb(async (db) => {
        const rows = ids === undefined ? await allSnippets(db) : await snippetsByIds(db, ids);
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
        await mirrorAllPages(db, pages);
        return summary;
      }),
  };
}

// ---------------------------------------------------------------------------------------------------------------

async function saveSnippet(
  db: ReportLensDb,
  pages: SavedPages | null,
  draft: SnippetDraft,
  now: number,
): Promise<Snippet> {
  const url = normalizeSnippetUrl(draft.url);
  const selector: Snippet['selector'] = {
    exact: draft.selector.exact,
    prefix: draft.selector.prefix,
    suffix: draft.selector.suffix,
  };
  if (Number.isInteger(draft.selector.start)) selector.start = draft.selector.start;
  if (Number.isInteger(draft.selector.end)) selector.end = draft.selector.end;
  const id = snippetId(url, selector);
  // The page is marked in the mirror before the write: a worker stopped between the two then leaves at worst a page
  // that asks for snippets and finds none, never a saved snippet its page does not show.
  await markPageFirst(pages, url);
  const snippet = await putSnippetWith(db, id, (stored) => {
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
    return next;
  });
  await mirrorPages(db, pages, [url]);
  return snippet;
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
  let rows = await snippetCandidates(db, { tag, region, year });
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
  const { tags, regions, years, urls } = await snippetIndexKeys(db);
  return { tags, regions, years, sites: [...new Set(urls.map(siteOf).filter(Boolean))].sort() };
}

export function exportFile(rows: Snippet[], format: unknown, now: number): SnippetExport {
  const stamp = new Date(now).toISOString().slice(0, 10);
  switch (format) {
    case 'markdown':
      return {
        filename: `report-lens-snippets-${stamp}.md`,
        mimeType: 'text/markdown;charset=utf-8',
        content: snippetsToMarkdown(rows, now),
        count: rows.length,
      };
    case 'csv':
      return {
        filename: `report-lens-snippets-${stamp}.csv`,
        mimeType: 'text/csv;charset=utf-8',
        content: snippetsToCsv(rows),
        count: rows.length,
      };
    case 'json':
      return {
        filename: `report-lens-snippets-${stamp}.json`,
        mimeType: 'application/json',
        content: snippetsToJson(rows, now),
        count: rows.length,
      };
    default:
      throw new RequestError('invalid-request', 'format should be markdown, csv or json.');
  }
}

/**
 * Stores validated snippets in one transaction: a duplicate (same id, or the same quote on the same page) merges
 * into the stored one. Any failure rolls the whole import back.
 */
export function importSnippets(db: ReportLensDb, incoming: Snippet[]): Promise<{ added: number; merged: number }> {
  const urls = [...new Set(incoming.map((s) => normalizeSnippetUrl(s.url)))];
  return mergeSnippets(
    db,
    incoming.map((s) => s.id),
    urls,
    (storedRows) => {
      const stored = new Map<string, Snippet>();
      const byQuote = new Map<string, Snippet>();
      for (const s of storedRows) {
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
          const next = mergeSnippetPair(existing, s);
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
      return { put: [...out.values()], result: { added, merged } };
    },
  );
}

/** Says in the mirror that `url` holds a snippet, before one is written (failures: as in mirrorPages). */
async function markPageFirst(pages: SavedPages | null, url: string): Promise<void> {
  try {
    await pages?.update(new Map([[url, 1]]));
  } catch {
    // See mirrorPages.
  }
}

/** Brings the storage mirror up to date for some pages. Failures there never fail the save itself. */
async function mirrorPages(db: ReportLensDb, pages: SavedPages | null, urls: string[]): Promise<void> {
  if (!pages || urls.length === 0) return;
  try {
    await pages.update(await snippetCountsOf(db, urls));
  } catch {
    // The mirror only spares a message; the next start-up rebuilds it.
  }
}

/** Rebuilds the whole mirror from the database. */
export async function mirrorAllPages(db: ReportLensDb, pages: SavedPages | null | undefined): Promise<void> {
  if (!pages) return;
  try {
    await pages.replace(await snippetCountsByPage(db));
  } catch {
    // See mirrorPages.
  }
}
