import { useEffect } from 'preact/hooks';
import { SNIPPET_TEXT_LIMIT, type SelectionProblem } from '@/lib/api/snippets';
import { t } from '../i18n';

/** How long a notice stays before it closes itself. */
const NOTICE_MS = 8000;

/** Why a selection could not be saved, in the user's words. */
export function problemText(problem: SelectionProblem, detail?: string): string {
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

/** The on-page notice when a selection cannot be saved; it closes itself after a few seconds. */
export function SnippetNotice({
  problem,
  detail,
  onClose,
}: {
  problem: SelectionProblem;
  detail?: string;
  onClose: () => void;
}) {
  const text = problemText(problem, detail);
  useEffect(() => {
    const timer = setTimeout(onClose, NOTICE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  return (
    <div class="rl-snip-notice" role="alert" data-testid="snippet-notice" data-problem={problem}>
      <span>{text}</span>
      <button
        type="button"
        class="rl-snip-x"
        aria-label={t('snippetEditorClose')}
        title={t('snippetEditorClose')}
        onClick={onClose}
      >
        ×
      </button>
    </div>
  );
}
