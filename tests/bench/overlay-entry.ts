// Bundled by overlay.bench.ts and run inside a Chromium page: the overlay's page work (gate → read → extract →
// wrap) next to one bare TreeWalker pass and mark.js 8 marking the same spans.
import Mark from 'mark.js';
import { GATE_HEAD_CHARS, gateReport } from '@/lib/detect/gate';
import { readPage } from '@/lib/page';
import { readHead } from '@/lib/page/head';
import { readReport } from '@/lib/reader';
import { placeMarks } from '@/entrypoints/content/marks';

/** The baseline: visit every text node once and add up its length. */
function treeWalkerPass(): number {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let n = 0;
  while (walker.nextNode()) n += (walker.currentNode as Text).data.length;
  return n;
}

/** What the content script does before marks are in place, timed by stage (ms). */
function pipeline(): { marks: number; read: number; extract: number; mark: number; warm: number } {
  const t0 = performance.now();
  if (!gateReport({ title: document.title, url: location.href, head: readHead(document, GATE_HEAD_CHARS) }))
    throw new Error('gate said no');
  const page = readPage(document, location.href);
  const t1 = performance.now();
  const { detection, statements } = readReport({
    title: page.title,
    url: page.url,
    text: page.text,
    publishedAt: page.publishedAt,
  });
  if (!detection.isReport) throw new Error('not a report');
  const t2 = performance.now();
  const marks = placeMarks(document, page.segments, statements, () => '').size;
  const t3 = performance.now();
  // The same reading again, warm: what the first run spends compiling and building tables.
  readReport({ title: page.title, url: page.url, text: page.text, publishedAt: page.publishedAt });
  const warm = performance.now() - t3;
  return { marks, read: t1 - t0, extract: t2 - t1, mark: t3 - t2, warm };
}

/** How many of the reader's statements got a mark on this page (coverage on real pages). */
function coverage(): { statements: number; marked: number } {
  const page = readPage(document, location.href);
  const { detection, statements } = readReport({
    title: page.title,
    url: page.url,
    text: page.text,
    publishedAt: page.publishedAt,
  });
  if (!detection.isReport) return { statements: 0, marked: 0 };
  const placed = placeMarks(document, page.segments, statements, () => '');
  // Statements that overlap an earlier one share its mark (the card lists the first); count those as covered.
  let marked = 0;
  statements.forEach((s, i) => {
    if (placed.has(i) || statements.some((o, j) => j !== i && placed.has(j) && o.start < s.end && s.start < o.end))
      marked++;
  });
  return { statements: statements.length, marked };
}

/** The same spans, in mark.js's own text model (every text node outside script/style, concatenated). */
function spansForMarkJs(): Array<{ start: number; length: number }> {
  const page = readPage(document, location.href);
  const { statements } = readReport({
    title: page.title,
    url: page.url,
    text: page.text,
    publishedAt: page.publishedAt,
  });
  const offsets = new Map<Text, number>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let total = 0;
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    const tag = node.parentElement?.tagName;
    if (tag === 'SCRIPT' || tag === 'STYLE') continue;
    offsets.set(node, total);
    total += node.data.length;
  }
  const ranges: Array<{ start: number; length: number }> = [];
  for (const s of statements) {
    const seg = page.segments.find((g) => g.start <= s.start && s.start < g.end);
    const base = seg ? offsets.get(seg.node) : undefined;
    if (seg && base !== undefined) ranges.push({ start: base + (s.start - seg.start), length: s.end - s.start });
  }
  return ranges;
}

function markJs(ranges: Array<{ start: number; length: number }>): Promise<number> {
  return new Promise((resolve) => {
    let n = 0;
    new Mark(document.body).markRanges(ranges, { each: () => n++, done: () => resolve(n) });
  });
}

Object.assign(window, { __bench: { treeWalkerPass, pipeline, spansForMarkJs, markJs, coverage } });
