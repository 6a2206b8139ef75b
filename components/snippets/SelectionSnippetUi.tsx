// What the snippets feature shows on a page, inside the shared shadow root: the save button beside a selection, the
// quick editor of a saved snippet, or a notice saying why a selection cannot be saved. Styles: the .rl-snip rules of
// entrypoints/content/style.css (sizes in px: rem would follow the page's root font size).
import type { SelectionProblem } from '@/lib/api/snippets';
import type { Snippet } from '@/lib/model';
import { t } from '../i18n';
import { QuickEditor } from './QuickEditor';
import { SnippetNotice } from './SnippetNotice';

export type SnippetView =
  | { kind: 'hidden' }
  | { kind: 'button'; x: number; y: number }
  | { kind: 'editor'; snippet: Snippet }
  | { kind: 'notice'; problem: SelectionProblem; detail?: string };

export interface SnippetUiActions {
  onSave: () => void;
  onClose: () => void;
  onUpdated: (snippet: Snippet) => void;
  onDeleted: (snippet: Snippet) => void;
}

export function SelectionSnippetUi({ view, ...actions }: { view: SnippetView } & SnippetUiActions) {
  return (
    <div class="rl-snip">
      {view.kind === 'button' && (
        <button
          type="button"
          class="rl-snip-save"
          data-action="save-snippet"
          style={{ left: `${view.x}px`, top: `${view.y}px` }}
          // Keeps the page's selection: a mousedown on a button would otherwise clear it before the click.
          onMouseDown={(event) => event.preventDefault()}
          onClick={actions.onSave}
        >
          {t('snippetSaveButton')}
        </button>
      )}
      {view.kind === 'editor' && <QuickEditor key={view.snippet.id} {...actions} snippet={view.snippet} />}
      {view.kind === 'notice' && (
        <SnippetNotice problem={view.problem} detail={view.detail} onClose={actions.onClose} />
      )}
    </div>
  );
}
