import { useEffect, useState } from 'preact/hooks';
import { type MessageError, request } from '@/lib/messages';
import type { Snippet } from '@/lib/model';
import { ErrorNotice } from '../ErrorNotice';
import { t } from '../i18n';
import { SNIPPET_STYLES, SnippetCard } from './SnippetCard';

/** "This page's snippets" in the popup: what was saved on the current tab's page, with edit, delete and undo. */
export function PageSnippets({ url }: { url: string }) {
  const [rows, setRows] = useState<Snippet[] | null>(null);
  const [error, setError] = useState<MessageError | null>(null);
  const [deleted, setDeleted] = useState<Snippet[] | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    request('snippetsForUrl', { url }).then((reply) => {
      if (!live) return;
      if (reply.ok) {
        setRows(reply.data);
        setError(null);
      } else setError(reply.error);
    });
    return () => {
      live = false;
    };
  }, [url, version]);

  const reload = () => setVersion((v) => v + 1);

  return (
    <section class="rl-page-snippets" data-testid="page-snippets">
      <style>{SNIPPET_STYLES}</style>
      <h2 style={{ fontSize: '14px', margin: '0 0 6px' }}>{t('snippetsPageHeading')}</h2>
      {error && <ErrorNotice error={error} />}
      {deleted && (
        <div class="rl-snippets-notice" role="status">
          <span>{t('snippetsDeleted', deleted.length)}</span>
          <button
            type="button"
            onClick={async () => {
              await request('restoreSnippets', { snippets: deleted });
              setDeleted(null);
              reload();
            }}
          >
            {t('snippetsUndo')}
          </button>
        </div>
      )}
      {rows === null && !error && <p class="rl-muted">{t('loading')}</p>}
      {rows?.length === 0 && <p class="rl-muted">{t('snippetsPageEmpty')}</p>}
      <div class="rl-snippet-list">
        {rows?.map((snippet) => (
          <SnippetCard
            key={snippet.id}
            snippet={snippet}
            compact
            onEdit={async ({ tags, note }) => {
              const reply = await request('updateSnippet', { id: snippet.id, tags, note });
              if (!reply.ok) return reply.error.message;
              reload();
              return null;
            }}
            onDelete={async () => {
              const reply = await request('deleteSnippets', { ids: [snippet.id] });
              if (reply.ok) setDeleted(reply.data.deleted);
              reload();
            }}
          />
        ))}
      </div>
    </section>
  );
}
