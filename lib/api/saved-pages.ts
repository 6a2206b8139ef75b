// Which pages hold saved snippets, as the first stage of the content script checks it on every page: one
// browser.storage.local key per page (the background keeps them: lib/storage-items.ts). No imports on purpose: the
// first stage stays a few KB.

/** The page a snippet belongs to: the URL without its hash (the query selects the page, so it stays). */
export function normalizeSnippetUrl(url: string): string {
  const hash = url.indexOf('#');
  return hash >= 0 ? url.slice(0, hash) : url;
}

/**
 * `browser.storage.local` key present (value: how many snippets) for every page that holds saved snippets.
 * One key per page, read by exact name, keeps the content script's check to one small storage read — no message to
 * the background and no list of every saved page loaded into every tab.
 */
export function savedPageKey(url: string): string {
  return `snippets:page:${normalizeSnippetUrl(url)}`;
}
export const SAVED_PAGE_KEY_PREFIX = 'snippets:page:';
