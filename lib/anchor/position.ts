// The text-position adapter: a DOM Range ↔ offsets into the text lib/page read, through its segments.
//   positionFromRange(segments, range) → { start, end } | null
//   positionToRange(doc, segments, { start, end }) → Range | null
// Takes the Document and the segments as arguments (no globals), so it runs on happy-dom in Node.
//
// Why boundaries outside the segments are resolved by document order: a selection often starts or ends on an
// element (a triple-click selects a whole paragraph) or inside text the reader skipped (a whitespace-only node, a
// hidden span); the nearest article text inward is what the reader meant.
import type { TextSegment } from '../page';
import type { TextRange } from './quote';

/** Offsets of a DOM range in the page text, or null when it holds none of the article's text. */
export function positionFromRange(segments: TextSegment[], range: Range): TextRange | null {
  if (segments.length === 0) return null;
  const start = boundaryOffset(segments, range.startContainer, range.startOffset, 'start');
  const end = boundaryOffset(segments, range.endContainer, range.endOffset, 'end');
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

/** A DOM Range covering text offsets [start, end), or null when the offsets fall outside the segments. */
export function positionToRange(doc: Document, segments: TextSegment[], position: TextRange): Range | null {
  const first = segmentAt(segments, position.start, 'start');
  const last = segmentAt(segments, position.end, 'end');
  if (first < 0 || last < 0 || last < first) return null;
  const a = segments[first];
  const b = segments[last];
  const range = doc.createRange();
  range.setStart(a.node, Math.max(0, position.start - a.start));
  range.setEnd(b.node, Math.min(b.node.data.length, position.end - b.start));
  return range;
}

/** Index of the segment holding `offset`: for a start the one it begins in, for an end the one it ends in. */
function segmentAt(segments: TextSegment[], offset: number, side: 'start' | 'end'): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const past = side === 'start' ? segments[mid].end <= offset : segments[mid].end < offset;
    if (past) lo = mid + 1;
    else hi = mid;
  }
  if (lo >= segments.length) return side === 'end' && segments.length ? segments.length - 1 : -1;
  return lo;
}

function boundaryOffset(
  segments: TextSegment[],
  container: Node,
  offset: number,
  side: 'start' | 'end',
): number | null {
  if (container.nodeType === 3) {
    const own = segments.find((s) => s.node === container);
    if (own) return own.start + Math.min(offset, own.end - own.start);
  }
  // The boundary sits on an element or on text the reader skipped: take the first segment after it (a start) or
  // the last one before it (an end), by document order.
  const doc = container.ownerDocument ?? (container as Document);
  const point = doc.createRange();
  point.setStart(container, offset);
  point.collapse(true);
  // First segment whose node lies at or after the point.
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (point.comparePoint(segments[mid].node, 0) < 0) lo = mid + 1;
    else hi = mid;
  }
  if (side === 'start') return lo < segments.length ? segments[lo].start : null;
  return lo > 0 ? segments[lo - 1].end : null;
}
