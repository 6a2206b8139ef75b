import { useState } from 'preact/hooks';
import { parseTags, siteOf, textFragmentUrl } from '@/lib/io/snippets';
import type { Snippet } from '@/lib/model';
import { t } from '../i18n';

/** The date a snippet was saved, in the reader's locale. */
function savedDate(time: number): string {
  return new Date(time).toLocaleDateString();
}

export interface SnippetCardProps {
  snippet: Snippet;
  /** Shown with a checkbox when set (the library's bulk selection). */
  selected?: boolean;
  onSelect?: (selected: boolean) => void;
  /** Saves tags and note; resolves to an error message or null. */
  onEdit: (changes: { tags: string[]; note: string }) => Promise<string | null>;
  onDelete: () => void;
  /** The popup's compact form leaves out the page title and site. */
  compact?: boolean;
}

/** One snippet: the quote, its note and tags, where it came from, a link back to it, edit and delete. */
export function SnippetCard({ snippet, selected, onSelect, onEdit, onDelete, compact }: SnippetCardProps) {
  const [editing, setEditing] = useState(false);
  const [tags, setTags] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const start = () => {
    setTags(snippet.tags.join(', '));
    setNote(snippet.note ?? '');
    setError(null);
    setEditing(true);
  };
  const save = async () => {
    const problem = await onEdit({ tags: parseTags(tags), note });
    if (problem) setError(problem);
    else setEditing(false);
  };
  const report = [snippet.region, snippet.year].filter((x) => x !== undefined && x !== '').join(' ');
  return (
    <article
      class={`rl-snippet${snippet.orphaned ? ' rl-snippet-orphaned' : ''}${onSelect ? ' rl-snippet-selectable' : ''}`}
      data-testid="snippet"
      data-id={snippet.id}
    >
      <div class="rl-snippet-head">
        {onSelect && (
          <input
            type="checkbox"
            checked={selected}
            aria-label={t('snippetsSelect')}
            onChange={(e) => onSelect(e.currentTarget.checked)}
          />
        )}
        <blockquote class="rl-snippet-quote">{snippet.text}</blockquote>
      </div>
      {!editing && snippet.note && <p class="rl-snippet-note">{snippet.note}</p>}
      {!editing && snippet.tags.length > 0 && (
        <ul class="rl-snippet-tags" aria-label={t('snippetTagsLabel')}>
          {snippet.tags.map((tag) => (
            <li key={tag}>{tag}</li>
          ))}
        </ul>
      )}
      {editing && (
        <div class="rl-snippet-edit">
          <label>
            {t('snippetTagsLabel')}
            <input value={tags} onInput={(e) => setTags(e.currentTarget.value)} data-field="tags" />
          </label>
          <label>
            {t('snippetNoteLabel')}
            <textarea value={note} onInput={(e) => setNote(e.currentTarget.value)} data-field="note" rows={3} />
          </label>
          {error && (
            <p class="rl-snippet-error" role="alert">
              {error}
            </p>
          )}
        </div>
      )}
      <footer class="rl-snippet-meta">
        {!compact && <span class="rl-snippet-title">{snippet.title}</span>}
        {!compact && <span>{siteOf(snippet.url)}</span>}
        {report && <span>{report}</span>}
        <span>{t('snippetsSavedOn', savedDate(snippet.createdAt))}</span>
        {snippet.orphaned && (
          <span class="rl-snippet-flag" title={t('snippetsOrphaned')}>
            {t('snippetsOrphaned')}
          </span>
        )}
        <span class="rl-snippet-actions">
          <a href={textFragmentUrl(snippet)} target="_blank" rel="noreferrer" data-action="open-source">
            {t('snippetsOpenSource')}
          </a>
          {editing ? (
            <>
              <button type="button" class="rl-primary" onClick={() => void save()}>
                {t('snippetsSave')}
              </button>
              <button type="button" onClick={() => setEditing(false)}>
                {t('snippetsCancel')}
              </button>
            </>
          ) : (
            <>
              <button type="button" onClick={start} data-action="edit-snippet">
                {t('snippetsEdit')}
              </button>
              <button type="button" onClick={onDelete} data-action="delete-snippet">
                {t('snippetsDelete')}
              </button>
            </>
          )}
        </span>
      </footer>
    </article>
  );
}

/** Styles of the snippet views, scoped by class; colours come from the extension pages' variables (page.css). */
export const SNIPPET_STYLES = `
.rl-snippets-toolbar { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-bottom: 10px; }
.rl-snippets-toolbar input[type="search"] { flex: 1 1 240px; min-width: 180px; font: inherit; padding: 5px 8px;
  border: 1px solid var(--rl-line); border-radius: 6px; background: var(--rl-bg); color: var(--rl-fg); }
.rl-snippets-toolbar select { font: inherit; padding: 4px 6px; border: 1px solid var(--rl-line); border-radius: 6px;
  background: var(--rl-bg); color: var(--rl-fg); max-width: 200px; }
.rl-snippets-actions { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 0 0 10px; }
.rl-snippets-actions .rl-spacer { flex: 1; }
.rl-snippets-actions .rl-muted { margin: 0; }
.rl-snippets-toolbar label, .rl-snippets-actions label { display: inline-flex; gap: 4px; align-items: center; }
.rl-snippets-notice { border: 1px solid var(--rl-line); border-radius: 8px; padding: 6px 10px; margin: 0 0 10px;
  display: flex; gap: 10px; align-items: center; background: var(--rl-row); }
.rl-snippets-notice.rl-bad { border-color: var(--rl-conflict); }
.rl-snippets-notice ul { margin: 4px 0 0; padding-left: 18px; }
.rl-snippet-list { display: grid; gap: 10px; }
.rl-snippet { border: 1px solid var(--rl-line); border-radius: 8px; padding: 10px 12px; background: var(--rl-bg); }
.rl-snippet-orphaned { border-style: dashed; }
.rl-snippet-head { display: flex; gap: 8px; align-items: flex-start; }
.rl-snippet-head input { margin-top: 4px; }
.rl-snippet-quote { margin: 0; padding: 2px 0 2px 10px; border-left: 3px solid #e3b341; white-space: pre-wrap;
  overflow-wrap: anywhere; flex: 1; font-size: 15px; line-height: 1.6; color: var(--rl-fg); }
.rl-snippet-note { margin: 6px 0 0; color: var(--rl-fg); white-space: pre-wrap; font-size: 14px; }
.rl-snippet-tags { list-style: none; display: flex; flex-wrap: wrap; gap: 4px; margin: 6px 0 0; padding: 0; }
.rl-snippet-tags li { font-size: 12px; padding: 1px 8px; border-radius: 10px; background: var(--rl-row);
  border: 1px solid var(--rl-line); }
.rl-snippet-meta { display: flex; flex-wrap: wrap; gap: 4px 12px; align-items: center; margin: 8px 0 0;
  font-size: 12px; color: var(--rl-muted); }
.rl-snippet-title { color: var(--rl-fg); font-weight: 600; }
.rl-snippet-flag { color: var(--rl-conflict); font-weight: 600; }
.rl-snippet-actions { margin-left: auto; display: flex; gap: 6px; align-items: center; }
.rl-snippet-actions button { font-size: 12px; padding: 2px 8px; }
.rl-snippet-edit { display: grid; gap: 6px; margin-top: 8px; }
.rl-snippet-edit label { display: grid; gap: 2px; font-size: 12px; color: var(--rl-muted); }
.rl-snippet-edit input, .rl-snippet-edit textarea { font: inherit; padding: 4px 6px; border: 1px solid var(--rl-line);
  border-radius: 6px; background: var(--rl-bg); color: var(--rl-fg); }
.rl-snippet-selectable .rl-snippet-note, .rl-snippet-selectable .rl-snippet-tags, .rl-snippet-selectable .rl-snippet-meta,
.rl-snippet-selectable .rl-snippet-edit { margin-left: 28px; }
.rl-snippet-error { color: var(--rl-conflict); margin: 0; }
`;
