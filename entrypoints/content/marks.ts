// The page side of the overlay: <report-lens-mark> and <report-lens-topic> elements around what the reader found.
// Their look is inline and !important so page CSS can neither restyle nor hide them, and nothing is added to the
// page's stylesheets; switching marks off only changes that inline style.
import { MAX_PAGE_STATEMENTS } from '@/lib/api/page';
import { type SpanToWrap, unwrapAll, type WrappedSpan, wrapSpans, wrapSpansInSlices } from '@/lib/anchor/highlight';
import type { MatchState, TopicMention } from '@/lib/match';
import { isConfident } from '@/lib/match/confidence';
import type { Statement } from '@/lib/model';
import type { TextSegment } from '@/lib/page';
import { runInSlices, runToEnd } from '@/lib/page/slices';
import { yieldToPage } from './yield';

export const MARK_TAG = 'report-lens-mark';
export const TOPIC_TAG = 'report-lens-topic';

const COLORS = {
  target: { fill: 'rgba(47, 111, 209, 0.16)', line: '#2f6fd1' },
  result: { fill: 'rgba(46, 157, 91, 0.17)', line: '#2e9d5b' },
  conflict: { fill: 'rgba(208, 54, 43, 0.18)', line: '#d0362b' },
};

/** `data-confidence` (DESIGN.md): how sure the reader is; a `low` mark is drawn dotted and muted. */
export type MarkConfidence = 'high' | 'low';

export const confidenceOf = (s: Statement): MarkConfidence => (isConfident(s) ? 'high' : 'low');

export function markStyle(
  kind: Statement['kind'],
  state: MatchState | 'pending',
  visible: boolean,
  confidence: MarkConfidence = 'high',
): string {
  if (!visible) return 'all: unset !important; display: inline !important;';
  const c = state === 'conflict' ? COLORS.conflict : COLORS[kind];
  // An uncertain reading: no fill line, a dotted underline and a paler fill, so it reads as "maybe" at a glance.
  const low = confidence === 'low';
  return [
    'display: inline !important',
    `background-color: ${low ? c.fill.replace(/[\d.]+\)$/, '0.06)') : c.fill} !important`,
    low ? 'box-shadow: none !important' : `box-shadow: inset 0 -2px 0 ${c.line} !important`,
    low
      ? `border-bottom: 2px dotted ${c.line} !important`
      : state === 'conflict'
        ? `border-bottom: 1px dashed ${c.line} !important`
        : 'border: none !important',
    'color: inherit !important',
    'border-radius: 2px !important',
    // Each line of a mark that wraps gets its own background and underline (Firefox otherwise draws one box).
    'box-decoration-break: clone !important',
    '-webkit-box-decoration-break: clone !important',
    'cursor: help !important',
    'text-decoration: none !important',
    'visibility: visible !important',
    'opacity: 1 !important',
  ].join('; ');
}

const TOPIC_STYLE_ON =
  'display: inline !important; border-bottom: 1px dotted currentColor !important; cursor: help !important; color: inherit !important; background: none !important;';

/**
 * At most this many statements and topic mentions are marked on one page. A full national report has 150–250
 * statements and a few dozen topic mentions; a page past these is not a report to read mark by mark (a
 * 5 MB article had 5,220 marks and 7,126 topic marks), and every mark costs the page layout time. The background
 * sends no more statements than this (MAX_PAGE_STATEMENTS).
 */
export const MAX_STATEMENT_MARKS = MAX_PAGE_STATEMENTS;
export const MAX_TOPIC_MARKS = 300;

function statementSpans(statements: Statement[]): SpanToWrap[] {
  return statements.map((s, index) => ({
    start: s.start,
    end: s.end,
    attributes: {
      'data-kind': s.kind,
      'data-indicator': s.indicator,
      'data-year': String(s.year),
      'data-region': s.region,
      'data-state': 'pending',
      'data-confidence': confidenceOf(s),
      'data-index': String(index),
      style: markStyle(s.kind, 'pending', true, confidenceOf(s)),
    },
  }));
}

function topicSpans(mentions: TopicMention[], taken: Array<{ start: number; end: number }>): SpanToWrap[] {
  const overlaps = (m: TopicMention) => taken.some((s) => m.start < s.end && s.start < m.end);
  return mentions
    .map((m, index) => ({ m, index }))
    .filter(({ m }) => !overlaps(m))
    .map(({ m, index }) => ({
      start: m.start,
      end: m.end,
      attributes: { 'data-topic': m.term, 'data-index': String(index), style: TOPIC_STYLE_ON },
    }));
}

/** Makes the first element of each span a labelled button in the Tab order; maps span index → elements. */
function focusable(wrapped: WrappedSpan[], labelOf: (index: number) => string): Map<number, HTMLElement[]> {
  return runToEnd(focusableSteps(wrapped, labelOf));
}

/** focusable in slices: labelling 600 marks (an i18n lookup each) is itself a task the page should not wait for. */
function focusableInSlices(
  wrapped: WrappedSpan[],
  labelOf: (index: number) => string,
): Promise<Map<number, HTMLElement[]>> {
  return runInSlices(focusableSteps(wrapped, labelOf), { yieldToPage });
}

function* focusableSteps(
  wrapped: WrappedSpan[],
  labelOf: (index: number) => string,
): Generator<void, Map<number, HTMLElement[]>, void> {
  const placed = new Map<number, HTMLElement[]>();
  for (const { span, elements } of wrapped) {
    yield;
    const index = Number(span.attributes['data-index']);
    elements.forEach((el, i) => {
      el.setAttribute('tabindex', i === 0 ? '0' : '-1');
      el.setAttribute('role', 'button');
      if (i === 0) el.setAttribute('aria-label', labelOf(index));
    });
    placed.set(index, elements);
  }
  return placed;
}

/** Wraps every statement of the page; the first element of each is in the Tab order. */
export function placeMarks(
  doc: Document,
  segments: TextSegment[],
  statements: Statement[],
  labelOf: (s: Statement) => string,
): Map<number, HTMLElement[]> {
  return focusable(wrapSpans(doc, segments, statementSpans(statements), MARK_TAG), (i) => labelOf(statements[i]));
}

/** placeMarks in slices that give the page its main thread back (lib/anchor/highlight.ts wrapSpansInSlices). */
export async function placeMarksInSlices(
  doc: Document,
  segments: TextSegment[],
  statements: Statement[],
  labelOf: (s: Statement) => string,
): Promise<Map<number, HTMLElement[]>> {
  const wrapped = await wrapSpansInSlices(doc, segments, statementSpans(statements), MARK_TAG, yieldToPage);
  return focusableInSlices(wrapped, (i) => labelOf(statements[i]));
}

/** Underlines proposal topics outside the statements (spans inside a statement mark are left to its card). */
export function placeTopics(
  doc: Document,
  segments: TextSegment[],
  mentions: TopicMention[],
  taken: Array<{ start: number; end: number }>,
  labelOf: (term: string) => string,
): Map<number, HTMLElement[]> {
  return focusable(wrapSpans(doc, segments, topicSpans(mentions, taken), TOPIC_TAG), (i) => labelOf(mentions[i].term));
}

export async function placeTopicsInSlices(
  doc: Document,
  segments: TextSegment[],
  mentions: TopicMention[],
  taken: Array<{ start: number; end: number }>,
  labelOf: (term: string) => string,
): Promise<Map<number, HTMLElement[]>> {
  const wrapped = await wrapSpansInSlices(doc, segments, topicSpans(mentions, taken), TOPIC_TAG, yieldToPage);
  return focusableInSlices(wrapped, (i) => labelOf(mentions[i].term));
}

const markConfidence = (el: Element): MarkConfidence => (el.getAttribute('data-confidence') === 'low' ? 'low' : 'high');

export function setMarkState(elements: HTMLElement[], kind: Statement['kind'], state: MatchState, visible: boolean) {
  for (const el of elements) {
    el.setAttribute('data-state', state);
    el.setAttribute('style', markStyle(kind, state, visible, markConfidence(el)));
  }
}

export function setMarksVisible(doc: Document, visible: boolean) {
  for (const el of Array.from(doc.querySelectorAll<HTMLElement>(MARK_TAG))) {
    const kind = el.getAttribute('data-kind') === 'result' ? 'result' : 'target';
    const state = (el.getAttribute('data-state') ?? 'pending') as MatchState | 'pending';
    el.setAttribute('style', markStyle(kind, state, visible, markConfidence(el)));
    if (el.hasAttribute('aria-label')) el.setAttribute('tabindex', visible ? '0' : '-1');
  }
  for (const el of Array.from(doc.querySelectorAll<HTMLElement>(TOPIC_TAG))) {
    el.setAttribute('style', visible ? TOPIC_STYLE_ON : 'all: unset !important; display: inline !important;');
    if (el.hasAttribute('aria-label')) el.setAttribute('tabindex', visible ? '0' : '-1');
  }
}

export function removeMarks(doc: Document) {
  if (doc.body) {
    unwrapAll(doc.body, MARK_TAG);
    unwrapAll(doc.body, TOPIC_TAG);
  }
}
