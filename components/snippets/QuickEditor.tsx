import { useEffect, useRef, useState } from 'preact/hooks';
import { parseTags } from '@/lib/io/tags';
import { request } from '@/lib/messages';
import type { Snippet } from '@/lib/model';
import { t } from '../i18n';

/** Keys typed in our fields must not reach the page's own shortcuts. */
const stop = (event: Event) => event.stopPropagation();

/** The on-page editor of a snippet just saved (or clicked): tags and note, Done, Delete. */
export function QuickEditor(props: {
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
        <button
          type="button"
          class="rl-snip-x"
          aria-label={t('snippetEditorClose')}
          title={t('snippetEditorClose')}
          onClick={props.onClose}
        >
          ×
        </button>
      </h2>
      <p class="rl-snip-quote">{snippet.text.length > 160 ? `${snippet.text.slice(0, 160)}…` : snippet.text}</p>
      <label for="rl-snip-tags">{t('snippetTagsLabel')}</label>
      <input
        id="rl-snip-tags"
        ref={tagsInput}
        value={tags}
        onInput={(e) => setTags(e.currentTarget.value)}
        data-field="tags"
      />
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
