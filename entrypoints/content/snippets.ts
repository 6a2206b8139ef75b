// Saved snippets on the page: re-highlighting on revisit (snippet-marks.ts), the save button beside a selection
// (snippet-button.ts), the quick editor and notices (snippet-view.tsx), and the content side of the context-menu /
// keyboard-command path (snippet-tab-messages.ts). This file wires them together and owns the save itself.
//
// Cost on a page that holds no snippet and is no report page: a listener for the background's tab messages, a
// passive mouseup/keyup listener, and one small browser.storage.local read (the "pages with snippets" mirror, one
// key per page) — no message to the background, no DOM change. The context menu and Alt+Shift+S work everywhere.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { captureSelection } from '@/lib/anchor/capture';
import { type SelectionProblem, savedPageKey } from '@/lib/api/snippets';
import { request } from '@/lib/messages';
import type { Snippet } from '@/lib/model';
import { onNewAddress } from './location-change';
import { SnippetButton } from './snippet-button';
import { SnippetMarks } from './snippet-marks';
import { listenToSnippetCommands } from './snippet-tab-messages';
import { SnippetViewController } from './snippet-view';

/** Entry point, called by the lens for every page it runs on. */
export async function startSnippets(ctx: ContentScriptContext): Promise<SnippetsOnPage> {
  const snippets = new SnippetsOnPage(ctx);
  listenToSnippetCommands(ctx, snippets);
  await snippets.restore();
  onNewAddress(ctx, () => void snippets.restore());
  return snippets;
}

export class SnippetsOnPage {
  readonly view: SnippetViewController;
  private readonly marks: SnippetMarks;
  private readonly button: SnippetButton;

  constructor(private readonly ctx: ContentScriptContext) {
    this.view = new SnippetViewController(ctx, {
      onSave: () => void this.saveSelection(),
      onClose: () => this.view.show({ kind: 'hidden' }),
      onUpdated: (s) => this.marks.updated(s),
      onDeleted: (s) => {
        this.marks.unmark(s);
        this.view.show({ kind: 'hidden' });
      },
    });
    this.marks = new SnippetMarks(ctx, (snippet) => this.view.show({ kind: 'editor', snippet }));
    this.button = new SnippetButton(ctx, this.view);
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
      this.marks.anchor(reply.data);
    }
    this.button.reset(holds);
    this.button.watch();
  }

  /** The button path: capture here, save through the background, then highlight and edit. */
  async saveSelection(): Promise<void> {
    const capture = captureSelection(document, location.href);
    if (!capture.ok) return this.showProblem(capture.problem, capture.detail);
    const reply = await request('saveSnippet', capture.draft);
    if (!reply.ok) return this.showProblem('save-failed', reply.error.message);
    this.showSaved(reply.data);
  }

  /** A snippet was saved (here or through the context menu): highlight it and open its editor. */
  showSaved(snippet: Snippet): void {
    this.marks.markOne(snippet);
    document.getSelection()?.removeAllRanges();
    this.button.allow();
    this.view.show({ kind: 'editor', snippet });
  }

  showProblem(problem: SelectionProblem, detail?: string): void {
    this.view.show({ kind: 'notice', problem, detail });
  }
}
