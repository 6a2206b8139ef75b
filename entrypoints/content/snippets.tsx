// Saved snippets on the page: re-anchoring on revisit, the save button beside a selection, the quick editor, and
// the content side of the context-menu / keyboard-command path.
//
// Cost on a page that holds no snippet and is no report page: a listener for the background's tab messages, a
// passive mouseup/keyup listener, and one small browser.storage.local read (the "pages with snippets" mirror, one
// key per page) — no message to the background, no DOM change. The save button is offered only on report pages and
// pages that hold snippets (DESIGN.md: other pages get nothing on their DOM), and whether this is a report page is
// asked of the gate only once the reader has selected something; the context menu and Alt+Shift+S work everywhere.
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { t } from '@/components/i18n';
import { unwrapAll, wrapSpans } from '@/lib/anchor/highlight';
import { positionFromRange } from '@/lib/anchor/position';
import { prepareText, quoteFromRange, quoteToRange } from '@/lib/anchor/quote';
import {
  type CaptureResult,
  normalizeSnippetUrl,
  type SelectionProblem,
  SNIPPET_TEXT_LIMIT,
  type SnippetDraft,
  savedPageKey,
} from '@/lib/api/snippets';
import { detectReport } from '@/lib/detect/index';
import { parseTags } from '@/lib/io/tags';
import { answerTab, request } from '@/lib/messages';
import type { Snippet } from '@/lib/model';
import { readPage } from '@/lib/page';
import { passesGate } from './gate';
import { newUrlOf } from './overlay';
import { getUiHost, pageDefined } from './ui-host';

export const SNIPPET_TAG = 'report-lens-snippet';
const SLOT = 'snippets';

/**
 * The mark's look, inline and !important: page CSS can neither restyle nor hide it (an inline !important
 * declaration beats every author rule), and nothing is added to the page's stylesheets.
 */
const MARK_STYLE = [
  'background-color: rgba(255, 214, 10, 0.38) !important',
  'box-shadow: inset 0 -2px 0 rgba(191, 120, 0, 0.85) !important',
  'color: inherit !important',
  'border-radius: 2px !important',
  'box-decoration-break: clone !important',
  '-webkit-box-decoration-break: clone !important',
  'cursor: pointer !important',
  'text-decoration: none !important',
].join('; ');

type View =
  | { kind: 'hidden' }
  | { kind: 'button'; x: number; y: number }
  | { kind: 'editor'; snippet: Snippet }
  | { kind: 'notice'; problem: SelectionProblem; detail?: string };

/** Entry point, called by the content script for every page. */
export async function startSnippets(ctx: ContentScriptContext): Promise<void> {
  const feature = new SnippetsOnPage(ctx);
  feature.listenToBackground();
  await feature.restore();
  // A page can dispatch this event itself: only WXT's own event for a new address re-anchors (see overlay.tsx).
  let seenUrl = location.href;
  ctx.addEventListener(window, 'wxt:locationchange', (event) => {
    const next = newUrlOf(event);
    if (!next || next === seenUrl) return;
    seenUrl = next;
    ctx.setTimeout(() => void feature.restore(), 0);
  });
}

class SnippetsOnPage {
  private readonly known = new Map<string, Snippet>();
  private view: View = { kind: 'hidden' };
  private watching = false;
  /** Whether the save button may appear here: the page holds snippets, or (decided on first use) is a report page. */
  private offerHere: boolean | undefined;

  constructor(private readonly ctx: ContentScriptContext) {}

  /** The background's side of the context menu and Alt+Shift+S (SnippetsTabApi): capture, then show the outcome. */
  listenToBackground(): void {
    const stops = [
      answerTab('captureSelection', () => captureSelection(document, location.href)),
      answerTab('showSavedSnippet', ({ snippet }) => this.showSaved(snippet)),
      answerTab('showSnippetProblem', ({ problem, detail }) => this.show({ kind: 'notice', problem, detail })),
    ];
    this.ctx.onInvalidated(() => {
      for (const stop of stops) stop();
    });
  }

  /** Re-anchors this page's snippets when the mirror says it holds some; marks the ones not found as orphaned. */
  async restore(): Promise<void> {
    const key = savedPageKey(location.href);
    let holds = false;
    try {
      holds = !!(await browser.storage.local.get(key))[key];
    } catch {
      return; // the extension was reloaded under us
    }
    if (holds) {
      const reply = await request('snippetsForUrl', { url: location.href });
      if (!reply.ok || !this.ctx.isValid) return;
      this.anchor(reply.data);
    }
    this.offerHere = holds ? true : undefined;
    this.watchSelection();
  }

  /** Reads the page once and wraps every snippet found (synchronously: nothing can split text nodes meanwhile). */
  private anchor(snippets: Snippet[]): void {
    if (pageDefined(document, SNIPPET_TAG)) {
      console.warn(`Report Lens: this page defines <${SNIPPET_TAG}> itself; saved snippets are not highlighted here.`);
      return;
    }
    unwrapAll(document, SNIPPET_TAG);
    const page = readPage(document, location.href);
    const prepared = prepareText(page.text);
    const spans = [];
    const lost: string[] = [];
    const foundAgain: string[] = [];
    for (const snippet of snippets) {
      this.known.set(snippet.id, snippet);
      const match = quoteToRange(prepared, snippet.selector);
      if (!match) {
        if (!snippet.orphaned) lost.push(snippet.id);
        continue;
      }
      if (snippet.orphaned) foundAgain.push(snippet.id);
      spans.push({ start: match.start, end: match.end, attributes: markAttributes(snippet) });
    }
    wrapSpans(document, page.segments, spans, SNIPPET_TAG);
    if (spans.length) this.listenToMarks();
    // Never dropped: a snippet that cannot be found is flagged for the library, and un-flagged once found again.
    if (lost.length) void request('markOrphaned', { ids: lost, orphaned: true });
    if (foundAgain.length) void request('markOrphaned', { ids: foundAgain, orphaned: false });
  }

  /** Wraps one newly saved snippet (it was just selected, so the exact tier finds it at its position). */
  private markOne(snippet: Snippet): void {
    this.known.set(snippet.id, snippet);
    if (pageDefined(document, SNIPPET_TAG)) return;
    if (document.querySelector(`${SNIPPET_TAG}[data-id="${CSS.escape(snippet.id)}"]`)) return;
    const page = readPage(document, location.href);
    const match = quoteToRange(page.text, snippet.selector);
    if (!match) return;
    wrapSpans(document, page.segments, [{ start: match.start, end: match.end, attributes: markAttributes(snippet) }], SNIPPET_TAG);
    this.listenToMarks();
  }

  private marksListened = false;

  /** A click on a mark opens its editor. */
  private listenToMarks(): void {
    if (this.marksListened) return;
    this.marksListened = true;
    this.ctx.addEventListener(document, 'click', (event) => {
      // Only the user opens the editor: a page's own .click() on a mark (isTrusted false) does nothing.
      if (!event.isTrusted) return;
      const target = event.target as Element | null;
      const mark = target?.closest?.(SNIPPET_TAG);
      const id = mark?.getAttribute('data-id');
      const snippet = id ? this.known.get(id) : undefined;
      if (!snippet || !document.getSelection()?.isCollapsed) return;
      this.show({ kind: 'editor', snippet });
    });
  }

  /** The save button beside a selection: shown after a mouse or keyboard selection ends, hidden when it goes. */
  private watchSelection(): void {
    if (this.watching) return;
    this.watching = true;
    const update = (event: Event) => {
      // A selection the page made itself plus a synthetic mouseup must not offer the save button.
      if (!event.isTrusted) return;
      if (event.composedPath().some((n) => n instanceof Element && n.tagName === 'REPORT-LENS-UI')) return;
      // After the browser has settled the selection for this event.
      this.ctx.setTimeout(() => this.offerButton(), 0);
    };
    this.ctx.addEventListener(document, 'mouseup', update);
    this.ctx.addEventListener(document, 'keyup', (event) => {
      if (event.shiftKey || event.key === 'Shift') update(event);
    });
    this.ctx.addEventListener(document, 'selectionchange', () => {
      if (this.view.kind === 'button' && document.getSelection()?.isCollapsed) this.show({ kind: 'hidden' });
    });
    this.ctx.addEventListener(window, 'scroll', () => {
      if (this.view.kind === 'button') this.show({ kind: 'hidden' });
    }, { passive: true, capture: true });
  }

  private offerButton(): void {
    const selection = document.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0 || !selection.toString().trim()) {
      if (this.view.kind === 'button') this.show({ kind: 'hidden' });
      return;
    }
    this.offerHere ??= passesGate(document, location.href);
    if (!this.offerHere) return;
    if (this.view.kind === 'editor') return;
    const rects = selection.getRangeAt(0).getClientRects();
    const last = rects[rects.length - 1];
    if (!last) return;
    const x = Math.min(window.innerWidth - 120, Math.max(4, last.right + 4));
    const y = Math.min(window.innerHeight - 36, Math.max(4, last.bottom + 4));
    this.show({ kind: 'button', x, y });
  }

  /** The button path: capture here, save through the background, then mark and edit. */
  private async saveFromButton(): Promise<void> {
    const capture = captureSelection(document, location.href);
    if (!capture.ok) {
      this.show({ kind: 'notice', problem: capture.problem, detail: capture.detail });
      return;
    }
    const reply = await request('saveSnippet', capture.draft);
    if (!reply.ok) {
      this.show({ kind: 'notice', problem: 'save-failed', detail: reply.error.message });
      return;
    }
    this.showSaved(reply.data);
  }

  private showSaved(snippet: Snippet): void {
    this.markOne(snippet);
    document.getSelection()?.removeAllRanges();
    this.offerHere = true;
    this.show({ kind: 'editor', snippet });
  }

  private rendering: Promise<void> = Promise.resolve();

  private show(view: View): void {
    this.view = view;
    if (view.kind === 'hidden' && !this.hostReady) return;
    this.rendering = this.rendering.then(async () => {
      let host: Awaited<ReturnType<typeof getUiHost>>;
      try {
        host = await getUiHost(this.ctx);
      } catch (error) {
        console.warn(error instanceof Error ? error.message : error);
        return;
      }
      this.hostReady = true;
      if (!this.ctx.isValid) return;
      render(
        <SnippetUi
          view={this.view}
          onSave={() => void this.saveFromButton()}
          onClose={() => this.show({ kind: 'hidden' })}
          onUpdated={(s) => {
            this.known.set(s.id, s);
          }}
          onDeleted={(s) => {
            this.known.delete(s.id);
            for (const el of Array.from(document.querySelectorAll(`${SNIPPET_TAG}[data-id="${CSS.escape(s.id)}"]`))) {
              el.replaceWith(...Array.from(el.childNodes));
            }
            this.show({ kind: 'hidden' });
          }}
        />,
        host.slot(SLOT),
      );
    });
  }

  private hostReady = false;
}

/** Only an id and the look: the note and tags stay in the extension (the page can read its own DOM). */
function markAttributes(snippet: Snippet): Record<string, string> {
  return { 'data-id': snippet.id, style: MARK_STYLE };
}

// ---------------------------------------------------------------------------------------------------------------
// Capturing the selection

function isEditable(node: Node | null): boolean {
  const el = node && (node.nodeType === 1 ? (node as Element) : node.parentElement);
  if (!el) return false;
  if (el.closest('input, textarea, select')) return true;
  return (el as HTMLElement).isContentEditable === true || !!el.closest('[contenteditable]:not([contenteditable="false"])');
}

/** The selection of `doc` as a draft snippet, or why it cannot be one. */
export function captureSelection(doc: Document, url: string): CaptureResult {
  const active = doc.activeElement;
  if (active instanceof HTMLIFrameElement || active instanceof HTMLFrameElement) return { ok: false, problem: 'in-frame' };
  if (active && (active.tagName === 'INPUT' || active.tagName === 'TEXTAREA')) return { ok: false, problem: 'in-input' };
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
  const text = page.text.slice(start, end);
  const draft: SnippetDraft = {
    url: normalizeSnippetUrl(url),
    title: page.title || doc.title || url,
    text,
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

// ---------------------------------------------------------------------------------------------------------------
// The shadow-root UI (sizes in px: rem would follow the page's root font size)

const CSS_TEXT = `
.rl-snip { font: 13px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif;
  color: #1d1f23; }
.rl-snip-save { position: fixed; z-index: 2147483646; font: 600 12px/1 system-ui, "Noto Sans CJK SC", sans-serif;
  color: #fff; background: #b3261e; border: none; border-radius: 14px; padding: 7px 12px; cursor: pointer;
  box-shadow: 0 2px 8px rgba(0,0,0,.25); }
.rl-snip-save:hover { background: #8c1d17; }
.rl-snip-save:focus-visible, .rl-snip button:focus-visible, .rl-snip input:focus-visible, .rl-snip textarea:focus-visible {
  outline: 2px solid #1f5fbf; outline-offset: 1px; }
.rl-snip-panel { position: fixed; right: 16px; bottom: 100px; z-index: 2147483646; width: 340px; box-sizing: border-box;
  background: #fff; border: 1px solid #d0d4da; border-left: 4px solid #d99a00; border-radius: 8px; padding: 10px 12px;
  box-shadow: 0 6px 24px rgba(0,0,0,.22); }
.rl-snip-panel h2 { font-size: 13px; margin: 0 0 6px; display: flex; justify-content: space-between; align-items: center; }
.rl-snip-quote { margin: 0 0 8px; padding: 4px 8px; border-left: 3px solid #e3c55a; color: #3c4049; max-height: 72px;
  overflow: hidden; white-space: pre-wrap; }
.rl-snip label { display: block; font-size: 12px; color: #5b6270; margin: 6px 0 2px; }
.rl-snip input, .rl-snip textarea { box-sizing: border-box; width: 100%; font: inherit; color: inherit; background: #fff;
  border: 1px solid #c4c9d2; border-radius: 4px; padding: 4px 6px; }
.rl-snip textarea { min-height: 56px; resize: vertical; }
.rl-snip-actions { display: flex; gap: 6px; justify-content: flex-end; margin-top: 8px; }
.rl-snip-actions button, .rl-snip-x { font: inherit; border: 1px solid #c4c9d2; background: #f6f7f9; color: inherit;
  border-radius: 4px; padding: 3px 10px; cursor: pointer; }
.rl-snip-actions .rl-snip-primary { background: #b3261e; border-color: #b3261e; color: #fff; }
.rl-snip-x { border: none; background: transparent; width: 24px; padding: 0; }
.rl-snip-status { font-size: 12px; color: #1e7b45; margin-right: auto; align-self: center; }
.rl-snip-notice { position: fixed; right: 16px; bottom: 100px; z-index: 2147483646; max-width: 360px; background: #fff;
  border: 1px solid #d0d4da; border-left: 4px solid #b3261e; border-radius: 8px; padding: 8px 10px;
  box-shadow: 0 6px 24px rgba(0,0,0,.22); display: flex; gap: 8px; align-items: flex-start; }
@media (prefers-color-scheme: dark) {
  .rl-snip { color: #e8eaed; }
  .rl-snip-panel, .rl-snip-notice { background: #1e2126; border-color: #3a3f47; }
  .rl-snip-quote { color: #c4c9d2; }
  .rl-snip input, .rl-snip textarea { background: #16181c; border-color: #3a3f47; }
  .rl-snip-actions button, .rl-snip-x { background: #2a2e35; border-color: #3a3f47; }
}
`;

function problemText(problem: SelectionProblem, detail?: string): string {
  switch (problem) {
    case 'no-selection':
      return t('snippetProblemNoSelection');
    case 'too-long':
      return t('snippetProblemTooLong', detail ?? '?', SNIPPET_TEXT_LIMIT);
    case 'in-input':
      return t('snippetProblemInInput');
    case 'in-frame':
      return t('snippetProblemInFrame');
    case 'no-text':
      return t('snippetProblemNoText');
    case 'outside-article':
      return t('snippetProblemOutsideArticle');
    default:
      return t('snippetProblemSaveFailed', detail ?? '');
  }
}

/** Keys typed in our fields must not reach the page's own shortcuts. */
const stop = (event: Event) => event.stopPropagation();

function SnippetUi(props: {
  view: View;
  onSave: () => void;
  onClose: () => void;
  onUpdated: (snippet: Snippet) => void;
  onDeleted: (snippet: Snippet) => void;
}) {
  const { view } = props;
  return (
    <div class="rl-snip">
      <style>{CSS_TEXT}</style>
      {view.kind === 'button' && (
        <button
          type="button"
          class="rl-snip-save"
          data-action="save-snippet"
          style={{ left: `${view.x}px`, top: `${view.y}px` }}
          // Keeps the page's selection: a mousedown on a button would otherwise clear it before the click.
          onMouseDown={(event) => event.preventDefault()}
          onClick={props.onSave}
        >
          {t('snippetSaveButton')}
        </button>
      )}
      {view.kind === 'editor' && <QuickEditor key={view.snippet.id} {...props} snippet={view.snippet} />}
      {view.kind === 'notice' && <Notice problem={view.problem} text={problemText(view.problem, view.detail)} onClose={props.onClose} />}
    </div>
  );
}

function Notice({ problem, text, onClose }: { problem: SelectionProblem; text: string; onClose: () => void }) {
  useEffect(() => {
    const timer = setTimeout(onClose, 8000);
    return () => clearTimeout(timer);
  }, [text]);
  return (
    <div class="rl-snip-notice" role="alert" data-testid="snippet-notice" data-problem={problem}>
      <span>{text}</span>
      <button type="button" class="rl-snip-x" aria-label={t('snippetEditorClose')} title={t('snippetEditorClose')} onClick={onClose}>
        ×
      </button>
    </div>
  );
}

function QuickEditor(props: {
  snippet: Snippet;
  onClose: () => void;
  onUpdated: (snippet: Snippet) => void;
  onDeleted: (snippet: Snippet) => void;
}) {
  const { snippet } = props;
  const [tags, setTags] = useState(snippet.tags.join(', '));
  const [note, setNote] = useState(snippet.note ?? '');
  const [status, setStatus] = useState<string>(t('snippetSaved'));
  const tagsInput = useRef<HTMLInputElement>(null);
  useEffect(() => tagsInput.current?.focus(), []);

  const done = async () => {
    const reply = await request('updateSnippet', { id: snippet.id, tags: parseTags(tags), note });
    if (!reply.ok) {
      setStatus(reply.error.message);
      return;
    }
    props.onUpdated(reply.data);
    setStatus(t('snippetEditorUpdated'));
    props.onClose();
  };
  const remove = async () => {
    const reply = await request('deleteSnippets', { ids: [snippet.id] });
    if (reply.ok) props.onDeleted(snippet);
    else setStatus(reply.error.message);
  };

  return (
    <div
      class="rl-snip-panel"
      role="dialog"
      aria-label={t('snippetSaved')}
      data-testid="snippet-editor"
      onKeyDown={(event) => {
        stop(event);
        if (event.key === 'Escape') props.onClose();
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void done();
      }}
      onKeyUp={stop}
      onKeyPress={stop}
    >
      <h2>
        <span>{t('extName')}</span>
        <button type="button" class="rl-snip-x" aria-label={t('snippetEditorClose')} title={t('snippetEditorClose')} onClick={props.onClose}>
          ×
        </button>
      </h2>
      <p class="rl-snip-quote">{snippet.text.length > 160 ? `${snippet.text.slice(0, 160)}…` : snippet.text}</p>
      <label for="rl-snip-tags">{t('snippetTagsLabel')}</label>
      <input id="rl-snip-tags" ref={tagsInput} value={tags} onInput={(e) => setTags(e.currentTarget.value)} data-field="tags" />
      <label for="rl-snip-note">{t('snippetNoteLabel')}</label>
      <textarea id="rl-snip-note" value={note} onInput={(e) => setNote(e.currentTarget.value)} data-field="note" />
      <div class="rl-snip-actions">
        <span class="rl-snip-status" role="status">
          {status}
        </span>
        <button type="button" onClick={() => void remove()} data-action="delete-snippet">
          {t('snippetsDelete')}
        </button>
        <button type="button" class="rl-snip-primary" onClick={() => void done()} data-action="update-snippet">
          {t('snippetEditorDone')}
        </button>
      </div>
    </div>
  );
}
