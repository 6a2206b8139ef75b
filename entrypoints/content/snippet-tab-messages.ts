// The content side of the context-menu / keyboard-command path: the background asks this tab for its selection,
// then tells it what was saved (or why nothing was).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { captureSelection } from '@/lib/anchor/capture';
import { type SelectionProblem, SNIPPETS_TAB_CHANNEL, type SnippetsTabApi, type TabMessage } from '@/lib/api/snippets';
import type { Snippet } from '@/lib/model';

/** What the commands do on the page once the background has saved, or failed to. */
export interface SnippetCommandTarget {
  showSaved(snippet: Snippet): void;
  showProblem(problem: SelectionProblem, detail?: string): void;
}

export function listenToSnippetCommands(ctx: ContentScriptContext, snippets: SnippetCommandTarget): void {
  const answer = async (message: TabMessage): Promise<SnippetsTabApi[keyof SnippetsTabApi]['response']> => {
    switch (message.type) {
      case 'captureSelection':
        return captureSelection(document, location.href);
      case 'showSavedSnippet': {
        const { snippet } = message.data as SnippetsTabApi['showSavedSnippet']['request'];
        snippets.showSaved(snippet);
        return undefined;
      }
      case 'showSnippetProblem': {
        const { problem, detail } = message.data as SnippetsTabApi['showSnippetProblem']['request'];
        snippets.showProblem(problem, detail);
        return undefined;
      }
      default:
        return undefined;
    }
  };
  const listener = (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
    const m = message as Partial<TabMessage> | null;
    if (!m || m.channel !== SNIPPETS_TAB_CHANNEL || !ctx.isValid) return undefined;
    answer(m as TabMessage).then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  browser.runtime.onMessage.addListener(listener as never);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener as never));
}
