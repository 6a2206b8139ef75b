// Saved snippets highlighted again on the page: every snippet of this address is re-anchored (exact quote first,
// then fuzzy; lib/anchor/quote.ts) and wrapped in <report-lens-snippet>; a snippet not found is flagged orphaned for
// the library, and un-flagged once found again. A click on a highlight opens its editor.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { unwrapAll, wrapSpans } from '@/lib/anchor/highlight';
import { prepareText, quoteToRange } from '@/lib/anchor/quote';
import { request } from '@/lib/messages';
import type { Snippet } from '@/lib/model';
import { readPage } from '@/lib/page';
import { pageDefined } from './ui-host';

export const SNIPPET_TAG = 'report-lens-snippet';

/**
 * The highlight's look, inline and !important: page CSS can neither restyle nor hide it (an inline !important
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

/** Only an id and the look: the note and tags stay in the extension (the page can read its own DOM). */
function markAttributes(snippet: Snippet): Record<string, string> {
  return { 'data-id': snippet.id, style: MARK_STYLE };
}

export class SnippetMarks {
  /** The snippets this page holds, by id (what a click on a highlight opens). */
  private readonly known = new Map<string, Snippet>();
  private clicksHeard = false;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly onOpen: (snippet: Snippet) => void,
  ) {}

  /** Reads the page once and wraps every snippet found (synchronously: nothing can split text nodes meanwhile). */
  anchor(snippets: Snippet[]): void {
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
    if (spans.length) this.listenToClicks();
    // Never dropped: a snippet that cannot be found is flagged for the library, and un-flagged once found again.
    if (lost.length) void request('markOrphaned', { ids: lost, orphaned: true });
    if (foundAgain.length) void request('markOrphaned', { ids: foundAgain, orphaned: false });
  }

  /** Wraps one newly saved snippet (it was just selected, so the exact tier finds it at its position). */
  markOne(snippet: Snippet): void {
    this.known.set(snippet.id, snippet);
    if (pageDefined(document, SNIPPET_TAG)) return;
    if (document.querySelector(`${SNIPPET_TAG}[data-id="${CSS.escape(snippet.id)}"]`)) return;
    const page = readPage(document, location.href);
    const match = quoteToRange(page.text, snippet.selector);
    if (!match) return;
    wrapSpans(
      document,
      page.segments,
      [{ start: match.start, end: match.end, attributes: markAttributes(snippet) }],
      SNIPPET_TAG,
    );
    this.listenToClicks();
  }

  /** The user edited a snippet: a later click opens the edited one. */
  updated(snippet: Snippet): void {
    this.known.set(snippet.id, snippet);
  }

  /** The user deleted a snippet: its highlight goes, the page's text stays as it was. */
  unmark(snippet: Snippet): void {
    this.known.delete(snippet.id);
    for (const el of Array.from(document.querySelectorAll(`${SNIPPET_TAG}[data-id="${CSS.escape(snippet.id)}"]`))) {
      el.replaceWith(...Array.from(el.childNodes));
    }
  }

  private listenToClicks(): void {
    if (this.clicksHeard) return;
    this.clicksHeard = true;
    this.ctx.addEventListener(document, 'click', (event) => {
      // Only the user opens the editor: a page's own .click() on a highlight (isTrusted false) does nothing.
      if (!event.isTrusted) return;
      const target = event.target as Element | null;
      const id = target?.closest?.(SNIPPET_TAG)?.getAttribute('data-id');
      const snippet = id ? this.known.get(id) : undefined;
      // A click that ends a selection inside a highlight is the user selecting, not opening.
      if (!snippet || !document.getSelection()?.isCollapsed) return;
      this.onOpen(snippet);
    });
  }
}
