// The quote selector of a saved snippet (the W3C annotation model's TextQuoteSelector with a TextPositionSelector
// hint folded in): the exact text, ~32 characters either side, and the offsets it had when it was saved.
// Pure string work: offsets are into the text lib/page read; the DOM side maps them through its segments.
//
// Two verbs, as for every selector adapter in lib/anchor:
//   quoteFromRange(text, range)      → selector
//   quoteToRange(page, selector)     → range | null (null: the snippet is orphaned, never a guess)
//
// Matching runs in tiers, cheapest first, so the common case (the page did not change) costs one indexOf:
//   1. the exact text, every occurrence scored by how well its surroundings agree with prefix/suffix and how close it
//      is to the saved position (a phrase such as 稳中求进 repeats on a report page: context picks the right one);
//   2. a fuzzy match in a window around the saved position (pages usually change near the top: a line inserted);
//   3. a fuzzy match over the whole page, bounded in text size and time.
// All tiers compare a *folded* view of both sides: whitespace removed (editors reflow lines, add or drop spaces
// between Han characters) and traditional → simplified, full-width → half-width (mirrors republish the same article
// in the other script). Offsets are mapped back to the page text at the end.
import search from 'approx-string-match';
import type { TextQuoteSelector } from '../model';
import { foldCode } from '../text/fold';

/** Characters of context stored either side of the exact text. */
export const CONTEXT_LENGTH = 32;

export interface TextRange {
  start: number;
  end: number;
}

export interface QuoteMatch extends TextRange {
  /** How the match was found. */
  tier: 'exact' | 'near-position' | 'fuzzy';
  /** 0..1: share of the quote that matched (1 for exact), lowered by disagreeing context for fuzzy matches. */
  quality: number;
  /** Edit distance between the folded quote and the folded match. */
  errors: number;
}

export interface MatchOptions {
  /** Largest page (in folded characters) the whole-page fuzzy tier will scan. Default 2,000,000. */
  maxFuzzyTextLength?: number;
  /** Longest quote (folded) the fuzzy tiers try. Default 5,000. */
  maxFuzzyQuoteLength?: number;
  /** Wall-clock budget of the whole-page fuzzy tier in ms; past it the best match so far (or null) stands. */
  timeBudgetMs?: number;
  /** Share of the quote's length that may differ. Default 0.2. */
  errorRate?: number;
  /** Clock for the budget (tests pass a fake). */
  now?: () => number;
}

/** Creates the selector for `range` of `text`. */
export function quoteFromRange(text: string, range: TextRange, contextLength = CONTEXT_LENGTH): TextQuoteSelector {
  const start = clamp(range.start, 0, text.length);
  const end = clamp(range.end, start, text.length);
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - contextLength), start),
    suffix: text.slice(end, Math.min(text.length, end + contextLength)),
    start,
    end,
  };
}

/**
 * A page text prepared for matching: folded once, so anchoring twenty snippets on one page folds it once.
 * `origin[i]` is the page offset of folded character i (with one extra entry: the page length).
 */
export interface PreparedText {
  text: string;
  folded: string;
  origin: Int32Array;
}

export function prepareText(text: string): PreparedText {
  const { folded, origin } = foldWithMap(text);
  return { text, folded, origin };
}

/** Finds the selector's text in the page, or null when nothing is good enough (the snippet is orphaned). */
export function quoteToRange(
  page: PreparedText | string,
  selector: TextQuoteSelector,
  options: MatchOptions = {},
): QuoteMatch | null {
  const prepared = typeof page === 'string' ? prepareText(page) : page;
  const quote = foldWithMap(selector.exact).folded;
  if (quote.length === 0) return null;
  const prefix = foldWithMap(selector.prefix).folded;
  const suffix = foldWithMap(selector.suffix).folded;
  const hint = selector.start !== undefined ? foldedOffset(prepared, selector.start) : undefined;
  const query: Query = { quote, prefix, suffix, hint };

  const exact = exactTier(prepared, query);
  if (exact) return toPage(prepared, exact, 'exact');

  const errorRate = options.errorRate ?? 0.2;
  const maxErrors = Math.floor(quote.length * errorRate);
  if (maxErrors === 0 || quote.length > (options.maxFuzzyQuoteLength ?? 5000)) return null;

  if (hint !== undefined) {
    const slack = quote.length + maxErrors + 256;
    const from = Math.max(0, hint - slack);
    const to = Math.min(prepared.folded.length, hint + quote.length + slack);
    const near = fuzzyIn(prepared.folded, from, to, query, maxErrors);
    if (near && acceptable(near, query)) return toPage(prepared, near, 'near-position');
  }

  if (prepared.folded.length > (options.maxFuzzyTextLength ?? 2_000_000)) return null;
  const now = options.now ?? (() => Date.now());
  const deadline = now() + (options.timeBudgetMs ?? 150);
  const best = fuzzyChunked(prepared.folded, query, maxErrors, deadline, now);
  return best && acceptable(best, query) ? toPage(prepared, best, 'fuzzy') : null;
}

// ---------------------------------------------------------------------------------------------------------------

interface Query {
  quote: string;
  prefix: string;
  suffix: string;
  /** The saved start, as a folded offset into the current page (a hint only: the page may have changed). */
  hint?: number;
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
  /** 0..1 agreement of the surrounding text with prefix and suffix (1 when the selector stored no context). */
  context: number;
  score: number;
}

/** Every occurrence we look at for a repeated phrase; a page repeating one quote more often is not a real page. */
const MAX_EXACT_CANDIDATES = 1000;

function exactTier(page: PreparedText, q: Query): Candidate | null {
  let best: Candidate | null = null;
  let seen = 0;
  for (
    let at = page.folded.indexOf(q.quote);
    at >= 0 && seen < MAX_EXACT_CANDIDATES;
    at = page.folded.indexOf(q.quote, at + 1)
  ) {
    seen++;
    const c = scored(page.folded, at, at + q.quote.length, 0, q);
    if (!best || c.score > best.score) best = c;
    // A perfect context at the saved position cannot be beaten.
    if (c.context === 1 && q.hint === at) break;
  }
  return best;
}

/** Scores a candidate: context agreement weighs most, then closeness to the saved position, then fewer errors. */
function scored(folded: string, start: number, end: number, errors: number, q: Query): Candidate {
  const context = contextAgreement(folded, start, end, q);
  const distance = q.hint === undefined ? 0 : Math.abs(start - q.hint);
  const closeness = q.hint === undefined ? 0 : 1 / (1 + distance / 64);
  const score = context * 4 + closeness - (errors / Math.max(1, q.quote.length)) * 8;
  return { start, end, errors, context, score };
}

function contextAgreement(folded: string, start: number, end: number, q: Query): number {
  let total = 0;
  let agreed = 0;
  if (q.prefix.length) {
    const before = folded.slice(Math.max(0, start - q.prefix.length), start);
    total += q.prefix.length;
    agreed += q.prefix.length - Math.min(q.prefix.length, editDistance(q.prefix, before));
  }
  if (q.suffix.length) {
    const after = folded.slice(end, end + q.suffix.length);
    total += q.suffix.length;
    agreed += q.suffix.length - Math.min(q.suffix.length, editDistance(q.suffix, after));
  }
  return total === 0 ? 1 : agreed / total;
}

/** Levenshtein distance of two short strings (context pieces of ≤ ~32 characters: at most ~1,000 steps). */
function editDistance(a: string, b: string): number {
  const n = a.length;
  const m = b.length;
  if (n === 0) return m;
  if (m === 0) return n;
  let prev = new Array<number>(m + 1);
  let cur = new Array<number>(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[m];
}

/** The best fuzzy match in folded[from, to). */
function fuzzyIn(folded: string, from: number, to: number, q: Query, maxErrors: number): Candidate | null {
  const slice = folded.slice(from, to);
  let best: Candidate | null = null;
  for (const m of bestMatches(slice, q.quote, maxErrors)) {
    const c = scored(folded, from + m.start, from + m.end, m.errors, q);
    if (!best || c.score > best.score) best = c;
  }
  return best;
}

/** approx-string-match can return thousands of near-identical end positions on repetitive text: keep the top few. */
function bestMatches(text: string, pattern: string, maxErrors: number) {
  const matches = search(text, pattern, maxErrors);
  if (matches.length <= 64) return matches;
  return matches.sort((a, b) => a.errors - b.errors).slice(0, 64);
}

/** Size of one slice of the whole-page scan; the clock is read between slices. */
const CHUNK = 65_536;

function fuzzyChunked(
  folded: string,
  q: Query,
  maxErrors: number,
  deadline: number,
  now: () => number,
): Candidate | null {
  const overlap = q.quote.length + maxErrors;
  let best: Candidate | null = null;
  let budget = maxErrors;
  for (let from = 0; from < folded.length; from += CHUNK) {
    const to = Math.min(folded.length, from + CHUNK + overlap);
    // Later slices only need to beat the best error count so far, which makes them faster.
    const found = fuzzyIn(folded, from, to, q, budget);
    if (found && (!best || found.score > best.score)) {
      best = found;
      budget = Math.min(budget, found.errors + Math.ceil(q.quote.length * 0.05));
    }
    if (to >= folded.length || now() > deadline) break;
  }
  return best;
}

/**
 * Whether a fuzzy match is good enough to show as the saved snippet. Short quotes need their context to agree: a
 * four-character phrase with one changed character matches half the page otherwise.
 */
function acceptable(c: Candidate, q: Query): boolean {
  const similarity = 1 - c.errors / q.quote.length;
  if (similarity < 0.75) return false;
  if (q.quote.length < 24) return c.context >= 0.5;
  return c.context >= 0.25 || similarity >= 0.9;
}

function toPage(page: PreparedText, c: Candidate, tier: QuoteMatch['tier']): QuoteMatch {
  const start = page.origin[c.start];
  // The page offset just after the last matched folded character (whitespace after it stays outside the range).
  const end = c.end > c.start ? page.origin[c.end - 1] + 1 : start;
  const similarity = 1 - c.errors / Math.max(1, c.end - c.start, 1);
  const quality = tier === 'exact' ? 1 : Math.max(0, Math.min(1, similarity * (0.5 + c.context / 2)));
  return { start, end, tier, quality, errors: c.errors };
}

/** Folded offset of a page offset: the first folded character at or after it. */
function foldedOffset(page: PreparedText, offset: number): number {
  const o = page.origin;
  let lo = 0;
  let hi = page.folded.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (o[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function isSpace(code: number): boolean {
  // ASCII whitespace, NBSP, the ideographic space, zero-width and line/paragraph separators.
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x3000 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0xfeff
  );
}

function foldWithMap(text: string): { folded: string; origin: Int32Array } {
  const n = text.length;
  const codes = new Uint16Array(n);
  const origin = new Int32Array(n + 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) continue;
    let folded = foldCode(code);
    // Latin letters compare case-insensitively (headlines change case more often than words).
    if (folded >= 0x41 && folded <= 0x5a) folded += 0x20;
    codes[k] = folded;
    origin[k] = i;
    k++;
  }
  origin[k] = n;
  let folded = '';
  for (let i = 0; i < k; i += 8192) {
    folded += String.fromCharCode.apply(null, codes.subarray(i, Math.min(k, i + 8192)) as unknown as number[]);
  }
  return { folded, origin: origin.subarray(0, k + 1) };
}

function clamp(value: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, Math.trunc(Number.isFinite(value) ? value : lo)));
}
