// Messages for saved snippets, and the small rules every side of them shares (URL normalisation, the selection
// cap, the storage key that tells a content script "this page holds snippets" without a message).
import type { Snippet } from '../model';

// The URL rules and the storage key are in their own import-free module: the first stage (on every page) reads them.
export { normalizeSnippetUrl, SAVED_PAGE_KEY_PREFIX, savedPageKey } from './saved-pages';

/** Longest selection saved as a snippet, in characters; longer ones are refused with a message saying so. */
export const SNIPPET_TEXT_LIMIT = 5000;

/** What a page sends to save a selection. */
export type SnippetDraft = Pick<Snippet, 'url' | 'title' | 'text' | 'selector' | 'region' | 'year' | 'note'> & {
  tags?: string[];
};

export interface SnippetQuery {
  /** Words looked up in the text, note, tags and page title (traditional and simplified alike, any case). */
  search?: string;
  tag?: string;
  region?: string;
  year?: number;
  /** A host name, e.g. `www.gov.cn`. */
  site?: string;
  orphaned?: boolean;
  /** Default 100. */
  limit?: number;
  offset?: number;
}

export interface SnippetFacets {
  tags: string[];
  regions: string[];
  years: number[];
  sites: string[];
}

export type SnippetExportFormat = 'markdown' | 'csv' | 'json';

export interface SnippetExport {
  filename: string;
  mimeType: string;
  content: string;
  count: number;
}

export interface SnippetImportSummary {
  /** New snippets stored. */
  added: number;
  /** Snippets already in the library (same id, or same page and quote) merged into the stored ones. */
  merged: number;
}

export interface SnippetsApi {
  saveSnippet: { request: SnippetDraft; response: Snippet };
  updateSnippet: { request: { id: string; tags?: string[]; note?: string }; response: Snippet };
  /** Answers the deleted rows, so the caller can offer undo with restoreSnippets. */
  deleteSnippets: { request: { ids: string[] }; response: { deleted: Snippet[] } };
  restoreSnippets: { request: { snippets: Snippet[] }; response: { restored: number } };
  listSnippets: {
    request: SnippetQuery;
    response: { snippets: Snippet[]; total: number; facets: SnippetFacets };
  };
  /** The snippets saved on one page (the URL is normalised: the hash is dropped, the query kept). */
  snippetsForUrl: { request: { url: string }; response: Snippet[] };
  markOrphaned: { request: { ids: string[]; orphaned: boolean }; response: { updated: number } };
  exportSnippets: { request: { format: SnippetExportFormat; ids?: string[] }; response: SnippetExport };
  /** A JSON export; refused as a whole (nothing stored) when any entry is invalid. */
  importSnippets: { request: { json: string }; response: SnippetImportSummary };
}

/** Why a selection cannot be saved; each has a message the page shows. */
export type SelectionProblem =
  | 'no-selection'
  | 'too-long'
  | 'in-input'
  | 'in-frame'
  | 'no-text'
  | 'outside-article'
  | 'save-failed';

export type CaptureResult =
  | { ok: true; draft: SnippetDraft }
  | { ok: false; problem: SelectionProblem; detail?: string };

/**
 * Messages the background sends to a tab's content script (requestTab in lib/messages.ts) for the context-menu and
 * keyboard paths: the page captures its own selection (only it can see the DOM), the background saves it, and the
 * page shows the mark and the quick editor.
 */
export interface SnippetsTabApi {
  captureSelection: { request: undefined; response: CaptureResult };
  showSavedSnippet: { request: { snippet: Snippet }; response: undefined };
  showSnippetProblem: { request: { problem: SelectionProblem; detail?: string }; response: undefined };
}
