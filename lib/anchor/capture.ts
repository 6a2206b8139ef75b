// A selection on the page as a draft snippet: the quote, its anchor in the page's text (exact + prefix/suffix +
// position) and, on a report page, the region and year. Plain DOM over a Document handed in, so it runs in Node
// with happy-dom as it does in the content script.
import { type CaptureResult, normalizeSnippetUrl, SNIPPET_TEXT_LIMIT, type SnippetDraft } from '../api/snippets';
import { detectReport } from '../detect/index';
import { passesGate } from '../detect/page-gate';
import { readPage } from '../page';
import { positionFromRange } from './position';
import { quoteFromRange } from './quote';

/** Inside a form field or an editable region: the selection is the user's typing, not the page's text. */
function isEditable(node: Node | null): boolean {
  const el = node && (node.nodeType === 1 ? (node as Element) : node.parentElement);
  if (!el) return false;
  if (el.closest('input, textarea, select')) return true;
  return (
    (el as HTMLElement).isContentEditable === true || !!el.closest('[contenteditable]:not([contenteditable="false"])')
  );
}

/** The selection of `doc` as a draft snippet, or why it cannot be one. */
export function captureSelection(doc: Document, url: string): CaptureResult {
  const active = doc.activeElement;
  // Tag names, not instanceof: the document may come from another window (a frame, a test's parser).
  const activeTag = active?.tagName.toUpperCase();
  if (activeTag === 'IFRAME' || activeTag === 'FRAME') return { ok: false, problem: 'in-frame' };
  if (activeTag === 'INPUT' || activeTag === 'TEXTAREA') return { ok: false, problem: 'in-input' };
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed || !selection.toString().trim()) {
    return { ok: false, problem: active && isEditable(active) ? 'in-input' : 'no-selection' };
  }
  if (isEditable(selection.anchorNode) || isEditable(selection.focusNode)) return { ok: false, problem: 'in-input' };
  const page = readPage(doc, url);
  if (!page.text.trim()) return { ok: false, problem: 'no-text' };
  const position = positionFromRange(page.segments, selection.getRangeAt(0));
  if (!position) return { ok: false, problem: 'outside-article' };
  // Leading and trailing whitespace is not part of the quote.
  let { start, end } = position;
  while (start < end && /\s/.test(page.text[start])) start++;
  while (end > start && /\s/.test(page.text[end - 1])) end--;
  if (end <= start) return { ok: false, problem: 'no-selection' };
  if (end - start > SNIPPET_TEXT_LIMIT) return { ok: false, problem: 'too-long', detail: String(end - start) };
  const draft: SnippetDraft = {
    url: normalizeSnippetUrl(url),
    title: page.title || doc.title || url,
    text: page.text.slice(start, end),
    selector: quoteFromRange(page.text, { start, end }),
  };
  // Region and year only when the page is a report (the cheap gate first, the full detection after).
  if (passesGate(doc, url)) {
    const detection = detectReport({ title: page.title, url, text: page.text, publishedAt: page.publishedAt });
    if (detection.isReport) {
      if (detection.regions[0]) draft.region = detection.regions[0];
      if (detection.year) draft.year = detection.year;
    }
  }
  return { ok: true, draft };
}
