// lib/page — the one text reader shared by the content script and the CLI: Document → the article's visible text,
// the map from text offsets to DOM Text nodes (for highlighting), and the page's URL, title and publish date.
// Takes the Document as an argument (no `document` global) so it runs on happy-dom in Node. No Preact, no browser.*.
//
// Why one TreeWalker pass: it runs on every report page before anything else; walking once and skipping whole
// subtrees (nav, aside, hidden elements …) keeps it a small multiple of reading textContent. The walk is a generator
// so that the content script can run it in slices on a huge page (readPageInSlices) and the CLI at once (readPage).
import { runInSlices, runToEnd, type SliceOptions } from './slices';

export interface TextSegment {
  node: Text;
  /** Offsets of this node's text inside PageText.text. */
  start: number;
  end: number;
}

export interface PageText {
  title: string;
  url: string;
  /** ISO date (YYYY-MM-DD or a full timestamp as the page gave it), or null. */
  publishedAt: string | null;
  text: string;
  segments: TextSegment[];
}

/** Elements whose whole subtree is not article text. */
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'NAV',
  'ASIDE',
  'FOOTER',
  'HEAD',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'BUTTON',
  'OPTION',
  'FORM',
  'MENU',
  'DIALOG',
  'REPORT-LENS-UI',
]);
/** Elements after which a line break separates the text (block boundaries). */
const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'UL',
  'OL',
  'TR',
  'TD',
  'TH',
  'TABLE',
  'TBODY',
  'THEAD',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'BLOCKQUOTE',
  'PRE',
  'BR',
  'HR',
  'DD',
  'DT',
  'DL',
  'FIGURE',
  'FIGCAPTION',
  'CAPTION',
  'ADDRESS',
  'CENTER',
  'BODY',
]);
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
/** A site header is skipped only when it is a menu bar (holds nav or a list of links), not an article header. */
const MENU_HEADER = /(?:^|\s)(?:site|nav|menu|masthead|topbar|top-bar|banner|global)/i;

const isCell = (el: Element): boolean => {
  const tag = el.tagName.toUpperCase();
  return tag === 'TD' || tag === 'TH';
};

function skipElement(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIP_TAGS.has(tag)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style && HIDDEN_STYLE.test(style)) return true;
  const ce = el.getAttribute('contenteditable');
  if (ce !== null && ce !== 'false') return true;
  const role = el.getAttribute('role');
  if (role === 'navigation' || role === 'menu' || role === 'menubar' || role === 'banner') return true;
  if (tag === 'HEADER') {
    if (el.querySelector('nav') || MENU_HEADER.test(el.getAttribute('class') ?? '')) return true;
  }
  return false;
}

export interface ReadOptions {
  /** Stop the walk once this much text is read (the node that crosses it is kept whole, so offsets stay exact). */
  maxChars?: number;
}

/** Nodes walked between two chances to yield (a check that costs nothing next to the walk). */
const STEP_NODES = 256;

/**
 * Reads a page: visible article text with line breaks at block boundaries, its Text-node segments, and metadata.
 * `url` is used when the page names no canonical URL.
 */
export function readPage(doc: Document, url = '', options: ReadOptions = {}): PageText {
  return runToEnd(readPageSteps(doc, url, options));
}

/**
 * readPage in slices that give the page its main thread back (lib/page/slices.ts): the same result, for a page
 * whose text is long enough that one walk over it would be a long task. The page may change between slices; the
 * caller checks that (the overlay watches for mutations while it reads).
 */
export function readPageInSlices(doc: Document, url = '', options: ReadOptions & SliceOptions = {}): Promise<PageText> {
  return runInSlices(readPageSteps(doc, url, options), options);
}

function* readPageSteps(doc: Document, url: string, options: ReadOptions): Generator<void, PageText, void> {
  const maxChars = options.maxChars ?? Number.POSITIVE_INFINITY;
  version++; // metadata is read afresh for each call (the page may have changed since)
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let lastChar = '\n';
  const breakLine = () => {
    if (lastChar !== '\n' && length > 0) {
      parts.push('\n');
      length += 1;
      lastChar = '\n';
    }
  };
  // Table cells are separate fields: a tab between them (not a line break, which the reader may join across, as
  // in 国内\n生产总值) tells the reader that a subject in one cell and a number in the next are not one statement.
  const closeBlock = (el: Element) => (isCell(el) ? breakCell() : breakLine());
  const breakCell = () => {
    if (lastChar !== '\n' && lastChar !== '\t' && length > 0) {
      parts.push('\t');
      length += 1;
      lastChar = '\t';
    }
  };
  const root = doc.body ?? doc.documentElement;
  // A document in design mode is being edited as a whole: like a contenteditable element, it is not read.
  const editing = (doc as { designMode?: string }).designMode === 'on';
  if (root && !editing) {
    // NodeFilter constants by value: happy-dom and browsers agree, and no global is needed.
    const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
    const walker = doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT);
    let node: Node | null = walker.currentNode;
    const blockStack: Element[] = [];
    let steps = 0;
    while (node && length < maxChars) {
      if (++steps % STEP_NODES === 0) yield;
      if (node.nodeType === 1) {
        const el = node as Element;
        if (node !== root && skipElement(el)) {
          // Skip the subtree: go to the next sibling or an ancestor's sibling.
          if (BLOCK_TAGS.has(el.tagName.toUpperCase())) breakLine();
          node = nextOutside(walker, el, root, blockStack, closeBlock);
          continue;
        }
        const tag = el.tagName.toUpperCase();
        if (BLOCK_TAGS.has(tag)) {
          if (isCell(el)) breakCell();
          else breakLine();
          if (tag !== 'BR' && tag !== 'HR' && el.firstChild) blockStack.push(el);
        }
      } else if (node.nodeType === 3) {
        const t = node as Text;
        const data = t.data;
        if (data.length > 0) {
          // Collapse runs of layout whitespace the way a browser renders them, but keep the node's own text so
          // offsets stay exact: whitespace-only nodes between blocks add nothing.
          if (!/^\s*$/.test(data) || (lastChar !== '\n' && lastChar !== ' ')) {
            const text = /^\s*$/.test(data) ? ' ' : data;
            if (text === data) segments.push({ node: t, start: length, end: length + data.length });
            parts.push(text);
            length += text.length;
            lastChar = text[text.length - 1];
          }
        }
      }
      const next = walker.nextNode();
      // Leaving blocks: a block ends when the next node is not inside it.
      while (blockStack.length && (!next || !blockStack[blockStack.length - 1].contains(next))) {
        const left = blockStack.pop()!;
        if (isCell(left)) breakCell();
        else breakLine();
      }
      node = next;
    }
  }
  const text = parts.join('');
  yield* headFactsSteps(doc); // the metadata below reads these; walked here so that walk is sliced too
  return {
    title: pageTitle(doc),
    url: canonicalUrl(doc) || url,
    publishedAt: publishDate(doc, text),
    text,
    segments,
  };
}

/** Moves the walker past `el`'s subtree, closing any blocks it leaves. */
function nextOutside(
  walker: TreeWalker,
  el: Element,
  root: Node,
  blockStack: Element[],
  closeBlock: (el: Element) => void,
): Node | null {
  let cur: Node | null = el;
  while (cur && cur !== root) {
    if (cur.nextSibling) {
      walker.currentNode = cur.nextSibling;
      const next = cur.nextSibling;
      while (blockStack.length && !blockStack[blockStack.length - 1].contains(next)) {
        closeBlock(blockStack.pop()!);
      }
      return next;
    }
    cur = cur.parentNode;
  }
  while (blockStack.length) {
    closeBlock(blockStack.pop()!);
  }
  return null;
}

/**
 * The elements metadata comes from, found in one iterative walk. Not querySelector: some DOM libraries (happy-dom,
 * used by the CLI) implement it recursively and overflow the stack on a page nested thousands of levels deep.
 */
interface HeadFacts {
  metas: Element[];
  canonical: string | null;
  h1: string | null;
  time: string | null;
  /** The first <title>'s text (document.title, without the DOM library's recursive lookup). */
  title: string | null;
}

const facts = new WeakMap<Document, { version: number; value: HeadFacts }>();
let version = 0;

function headFacts(doc: Document): HeadFacts {
  return runToEnd(headFactsSteps(doc));
}

function* headFactsSteps(doc: Document): Generator<void, HeadFacts, void> {
  const cached = facts.get(doc);
  if (cached && cached.version === version) return cached.value;
  const readFor = version; // another read may start while this one is sliced: it must not take these as its own
  const value: HeadFacts = { metas: [], canonical: null, h1: null, time: null, title: null };
  const root = doc.documentElement;
  if (root) {
    const walker = doc.createTreeWalker(root, 0x1);
    let steps = 0;
    for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
      if (++steps % STEP_NODES === 0) yield;
      const el = node as Element;
      const tag = el.tagName.toUpperCase();
      if (tag === 'META') value.metas.push(el);
      else if (
        tag === 'LINK' &&
        value.canonical === null &&
        /(^|\s)canonical(\s|$)/i.test(el.getAttribute('rel') ?? '')
      ) {
        value.canonical = el.getAttribute('href');
      } else if (tag === 'H1' && value.h1 === null) value.h1 = el.textContent;
      else if (tag === 'TITLE' && value.title === null && el.namespaceURI === 'http://www.w3.org/1999/xhtml') {
        value.title = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      } else if (tag === 'TIME' && value.time === null && el.hasAttribute('datetime'))
        value.time = el.getAttribute('datetime');
    }
  }
  facts.set(doc, { version: readFor, value });
  return value;
}

function meta(doc: Document, ...keys: string[]): string {
  const metas = headFacts(doc).metas;
  for (const k of keys) {
    for (const el of metas) {
      if (el.getAttribute('property') !== k && el.getAttribute('name') !== k && el.getAttribute('itemprop') !== k)
        continue;
      const v = el.getAttribute('content')?.trim();
      if (v) return v;
    }
  }
  return '';
}

function pageTitle(doc: Document): string {
  const og = meta(doc, 'og:title', 'twitter:title');
  if (og) return og;
  const h1 = headFacts(doc).h1?.trim();
  return (headFacts(doc).title || h1 || '').trim();
}

function canonicalUrl(doc: Document): string {
  const link = headFacts(doc).canonical?.trim();
  const found = link || meta(doc, 'og:url');
  if (!found) return '';
  // A relative canonical ("/2025/0115/a.html") is resolved against the document's own URL when it has one.
  try {
    return new URL(found, doc.URL && doc.URL !== 'about:blank' ? doc.URL : undefined).href;
  } catch {
    return found;
  }
}

const DATE_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'datePublished',
  'pubdate',
  'publishdate',
  'PubDate',
  'publish_date',
  'publishDate',
  'sailthru.date',
  'dc.date',
  'DC.date.issued',
  'date',
  'article:modified_time',
];
/** A date line such as 2024-01-22, 2024/1/22 or 2024年1月22日. */
const DATE_LINE = /((?:19|20)\d\d)\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})/;

function publishDate(doc: Document, text: string): string | null {
  const m = meta(doc, ...DATE_KEYS);
  if (m) return m;
  const time = headFacts(doc).time?.trim();
  if (time) return time;
  const line = DATE_LINE.exec(text.slice(0, 3000));
  if (line) return `${line[1]}-${line[2].padStart(2, '0')}-${line[3].padStart(2, '0')}`;
  return null;
}
