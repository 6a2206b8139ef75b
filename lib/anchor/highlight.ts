// Wraps text spans of a page in custom elements (`<report-lens-mark>`, `<report-lens-snippet>`), given the
// text-offset ↔ Text-node segments that lib/page produced.
//
// Why a custom element: page CSS written for <mark>/<span> cannot reach it, and removing ours never disturbs theirs.
// Why whitespace-only pieces are skipped: wrapping the text between table cells or list items breaks their layout.
// Why spans are applied from the last to the first: splitting a Text node only shortens the segment it belongs
// to, so the offsets of every earlier span stay valid without re-reading the page.
import type { TextSegment } from '../page';
import { SLICE_MS, type YieldToPage, yieldByTimeout } from '../page/slices';

export interface SpanToWrap {
  start: number;
  end: number;
  /** Attributes set on every element of this span (data-*, aria-*, tabindex …). */
  attributes: Record<string, string>;
}

export interface WrappedSpan {
  span: SpanToWrap;
  /** The elements that now hold the span's text, in document order (more than one when it crossed nodes). */
  elements: HTMLElement[];
}

/** The spans to wrap, by start, without overlaps (the earlier-starting, then the longer, wins). */
export function nonOverlapping(spans: SpanToWrap[]): SpanToWrap[] {
  const ordered = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: SpanToWrap[] = [];
  let reach = -1;
  for (const span of ordered) {
    if (span.start >= reach) {
      kept.push(span);
      reach = span.end;
    }
  }
  return kept;
}

export { SLICE_MS };

/**
 * wrapSpans in slices: from the last span to the first (earlier offsets stay valid), yielding to the page every
 * SLICE_MS, so a page with thousands of spans never gets a long task from us. Same result as wrapSpans.
 */
export async function wrapSpansInSlices(
  doc: Document,
  segments: TextSegment[],
  spans: SpanToWrap[],
  tagName: string,
  yieldToPage: YieldToPage = yieldByTimeout,
  now: () => number = () => performance.now(),
): Promise<WrappedSpan[]> {
  const kept = nonOverlapping(spans);
  const out: WrappedSpan[] = [];
  let end = kept.length;
  while (end > 0) {
    const started = now();
    // 16 spans at a time, as many times as fit in the slice.
    do {
      const start = Math.max(0, end - 16);
      out.unshift(...wrapSpans(doc, segments, kept.slice(start, end), tagName));
      end = start;
    } while (end > 0 && now() - started < SLICE_MS);
    if (end > 0) await yieldToPage();
  }
  return out;
}

/** First segment whose end is after `offset` (segments are sorted and do not overlap). */
function firstSegmentEndingAfter(segments: TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Wraps every span (overlapping spans: the earlier-starting one wins) and returns the elements created.
 * `segments` is updated in place so it keeps describing the page's text nodes.
 */
export function wrapSpans(doc: Document, segments: TextSegment[], spans: SpanToWrap[], tagName: string): WrappedSpan[] {
  const kept = nonOverlapping(spans);
  const wrapped: WrappedSpan[] = [];
  for (let k = kept.length - 1; k >= 0; k--) {
    const span = kept[k];
    const elements: HTMLElement[] = [];
    let i = firstSegmentEndingAfter(segments, span.start);
    const pieces: Array<{ index: number; from: number; to: number }> = [];
    for (; i < segments.length && segments[i].start < span.end; i++) {
      const seg = segments[i];
      pieces.push({
        index: i,
        from: Math.max(span.start, seg.start) - seg.start,
        to: Math.min(span.end, seg.end) - seg.start,
      });
    }
    // Last piece first, for the same reason as the spans.
    for (let p = pieces.length - 1; p >= 0; p--) {
      const { index, from, to } = pieces[p];
      const element = wrapPiece(doc, segments, index, from, to, span, tagName);
      if (element) elements.unshift(element);
    }
    if (elements.length) wrapped.unshift({ span, elements });
  }
  return wrapped;
}

function wrapPiece(
  doc: Document,
  segments: TextSegment[],
  index: number,
  from: number,
  to: number,
  span: SpanToWrap,
  tagName: string,
): HTMLElement | null {
  const seg = segments[index];
  const original = seg.node;
  let node = original;
  if (!node.parentNode || /^\s*$/.test(node.data.slice(from, to))) return null;
  const created: Text[] = [];
  if (to < node.data.length) {
    created.push(node.splitText(to)); // the tail becomes a new node after `node`; offsets before `to` are unchanged
    seg.end = seg.start + to;
  }
  if (from > 0) {
    node = node.splitText(from);
    created.push(node);
    seg.end = seg.start + from; // the segment keeps describing the head, which stays unwrapped
  }
  const element = doc.createElement(tagName);
  for (const [name, value] of Object.entries(span.attributes)) element.setAttribute(name, value);
  node.parentNode!.insertBefore(element, node);
  element.appendChild(node);
  splits.set(element, original);
  for (const t of created) splitPieces.add(t);
  return element;
}

/**
 * The page's own Text node each wrapper split, and the nodes the split made. Unwrapping puts their text back into
 * that same node (a framework such as React or Vue keeps a reference to it and updates it later), and touches no
 * other node: no normalize(), which would merge text nodes the page keeps apart on purpose.
 */
const splits = new WeakMap<Element, Text>();
const splitPieces = new WeakSet<Text>();

/** Whether `node` is a piece of a page Text node that wrapSpans split off (not text the page added). */
export function madeBySplit(node: Text): boolean {
  return splitPieces.has(node);
}

/** Removes wrappers made by `wrapSpans`, putting their text back into the page's own Text nodes. */
export function unwrapAll(root: ParentNode, tagName: string): number {
  const elements = Array.from(root.querySelectorAll(tagName));
  for (const element of elements) {
    const parent = element.parentNode;
    if (!parent) continue;
    while (element.firstChild) parent.insertBefore(element.firstChild, element);
    parent.removeChild(element);
    const original = splits.get(element);
    if (!original) continue;
    splits.delete(element);
    // Join back only pieces our splits made, while they follow the original (a piece still wrapped stops it).
    let next = original.nextSibling;
    while (next && next.nodeType === 3 && splitPieces.has(next as Text)) {
      original.appendData((next as Text).data);
      const after = next.nextSibling;
      next.parentNode?.removeChild(next);
      next = after;
    }
  }
  return elements.length;
}
