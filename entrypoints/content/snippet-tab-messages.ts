// The content side of the context-menu / keyboard-command path: the background asks this tab for its selection,
// then tells it what was saved (or why nothing was) — SnippetsTabApi in lib/api/snippets.ts.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { captureSelection } from '@/lib/anchor/capture';
import type { SelectionProblem } from '@/lib/api/snippets';
import { answerTab } from '@/lib/messages';
import type { Snippet } from '@/lib/model';

/** What the commands do on the page once the background has saved, or failed to. */
export interface SnippetCommandTarget {
  showSaved(snippet: Snippet): void;
  showProblem(problem: SelectionProblem, detail?: string): void;
}

export function listenToSnippetCommands(ctx: ContentScriptContext, snippets: SnippetCommandTarget): void {
  const stops = [
    answerTab('captureSelection', () => captureSelection(document, location.href)),
    answerTab('showSavedSnippet', ({ snippet }) => snippets.showSaved(snippet)),
    answerTab('showSnippetProblem', ({ problem, detail }) => snippets.showProblem(problem, detail)),
  ];
  ctx.onInvalidated(() => {
    for (const stop of stops) stop();
  });
}
