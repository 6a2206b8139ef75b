import { useEffect, useRef, useState } from 'preact/hooks';
import type { SnippetExportFormat, SnippetFacets, SnippetQuery } from '@/lib/api/snippets';
import { type MessageError, request } from '@/lib/messages';
import type { Snippet } from '@/lib/model';
import { EmptyState } from '../EmptyState';
import { downloadText } from '../download';
import { ErrorNotice } from '../ErrorNotice';
import { t } from '../i18n';
import { SNIPPET_STYLES, SnippetCard } from './SnippetCard';

const PAGE = 100;

type Notice =
  | { kind: 'deleted'; snippets: Snippet[] }
  | { kind: 'info'; text: string }
  | { kind: 'problem'; text: string; lines?: string[] };

/** The library page's Snippets tab: search, filters, edit, delete with undo, export and import. */
export function SnippetsTab() {
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState<SnippetQuery>({});
  const [limit, setLimit] = useState(PAGE);
  const [rows, setRows] = useState<Snippet[] | null>(null);
  const [total, setTotal] = useState(0);
  const [facets, setFacets] = useState<SnippetFacets>({ tags: [], regions: [], years: [], sites: [] });
  const [error, setError] = useState<MessageError | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [format, setFormat] = useState<SnippetExportFormat>('markdown');
  const [notice, setNotice] = useState<Notice | null>(null);
  const [version, setVersion] = useState(0);
  const fileInput = useRef<HTMLInputElement>(null);

  // The search box waits for a pause in typing before asking.
  useEffect(() => {
    const timer = setTimeout(() => setQuery((q) => ({ ...q, search: search.trim() || undefined })), 200);
    return () => clearTimeout(timer);
  }, [search]);

  useEffect(() => {
    let live = true;
    request('listSnippets', { ...query, limit }).then((reply) => {
      if (!live) return;
      if (!reply.ok) {
        setError(reply.error);
        return;
      }
      setError(null);
      setRows(reply.data.snippets);
      setTotal(reply.data.total);
      setFacets(reply.data.facets);
    });
    return () => {
      live = false;
    };
  }, [query, limit, version]);

  const reload = () => setVersion((v) => v + 1);
  const filter = (changes: Partial<SnippetQuery>) => {
    setQuery((q) => ({ ...q, ...changes }));
    setLimit(PAGE);
  };

  const remove = async (ids: string[]) => {
    const reply = await request('deleteSnippets', { ids });
    if (!reply.ok) return setNotice({ kind: 'problem', text: reply.error.message });
    setSelected(new Set());
    setNotice({ kind: 'deleted', snippets: reply.data.deleted });
    reload();
  };
  const undo = async (snippets: Snippet[]) => {
    const reply = await request('restoreSnippets', { snippets });
    setNotice(reply.ok ? null : { kind: 'problem', text: reply.error.message });
    reload();
  };
  const exportSnippets = async (ids?: string[]) => {
    const reply = await request('exportSnippets', { format, ids });
    if (!reply.ok) return setNotice({ kind: 'problem', text: reply.error.message });
    downloadText(reply.data.filename, reply.data.content, reply.data.mimeType);
  };
  const importFile = async (file: File) => {
    const reply = await request('importSnippets', { json: await file.text() });
    if (!reply.ok) {
      // A refused file: its sentence, then every problem listed (where, why) one per line.
      const lines = (reply.error.problems ?? []).map((p) => (p.path ? `${p.path}: ${p.message}` : p.message));
      setNotice({ kind: 'problem', text: reply.error.message, lines });
      return;
    }
    setNotice({ kind: 'info', text: t('snippetsImported', reply.data.added, reply.data.merged) });
    reload();
  };

  const shown = rows ?? [];
  const allShownSelected = shown.length > 0 && shown.every((s) => selected.has(s.id));
  const filtered = !!(
    query.search ||
    query.tag ||
    query.region ||
    query.year !== undefined ||
    query.site ||
    query.orphaned
  );

  return (
    <section class="rl-snippets" data-testid="snippets-tab">
      <style>{SNIPPET_STYLES}</style>
      <div class="rl-snippets-toolbar">
        <input
          type="search"
          value={search}
          placeholder={t('snippetsSearch')}
          aria-label={t('snippetsSearch')}
          onInput={(e) => setSearch(e.currentTarget.value)}
          data-testid="snippets-search"
        />
        <select
          aria-label={t('snippetsAllTags')}
          value={query.tag ?? ''}
          onChange={(e) => filter({ tag: e.currentTarget.value || undefined })}
        >
          <option value="">{t('snippetsAllTags')}</option>
          {facets.tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
        <select
          aria-label={t('snippetsAllRegions')}
          value={query.region ?? ''}
          onChange={(e) => filter({ region: e.currentTarget.value || undefined })}
        >
          <option value="">{t('snippetsAllRegions')}</option>
          {facets.regions.map((region) => (
            <option key={region} value={region}>
              {region}
            </option>
          ))}
        </select>
        <select
          aria-label={t('snippetsAllYears')}
          value={query.year === undefined ? '' : String(query.year)}
          onChange={(e) => filter({ year: e.currentTarget.value ? Number(e.currentTarget.value) : undefined })}
        >
          <option value="">{t('snippetsAllYears')}</option>
          {facets.years.map((year) => (
            <option key={year} value={String(year)}>
              {year}
            </option>
          ))}
        </select>
        <select
          aria-label={t('snippetsAllSites')}
          value={query.site ?? ''}
          onChange={(e) => filter({ site: e.currentTarget.value || undefined })}
        >
          <option value="">{t('snippetsAllSites')}</option>
          {facets.sites.map((site) => (
            <option key={site} value={site}>
              {site}
            </option>
          ))}
        </select>
        <label>
          <input
            type="checkbox"
            checked={query.orphaned === true}
            onChange={(e) => filter({ orphaned: e.currentTarget.checked ? true : undefined })}
          />{' '}
          {t('snippetsOnlyOrphaned')}
        </label>
      </div>

      <div class="rl-snippets-actions">
        <label>
          <input
            type="checkbox"
            checked={allShownSelected}
            disabled={shown.length === 0}
            onChange={(e) => setSelected(e.currentTarget.checked ? new Set(shown.map((s) => s.id)) : new Set())}
          />{' '}
          {t('snippetsSelectAll')}
        </label>
        <span class="rl-muted" data-testid="snippets-total">
          {t('snippetsTotal', total)}
        </span>
        <span class="rl-spacer" />
        <select
          aria-label={t('snippetsFormat')}
          value={format}
          onChange={(e) => setFormat(e.currentTarget.value as SnippetExportFormat)}
        >
          <option value="markdown">Markdown</option>
          <option value="csv">CSV</option>
          <option value="json">JSON</option>
        </select>
        <button
          type="button"
          disabled={selected.size === 0}
          onClick={() => void exportSnippets([...selected])}
          data-action="export-selected"
        >
          {t('snippetsExportSelected', selected.size)}
        </button>
        <button type="button" class="rl-primary" onClick={() => void exportSnippets()} data-action="export-all">
          {t('snippetsExportAll')}
        </button>
        <button
          type="button"
          disabled={selected.size === 0}
          onClick={() => void remove([...selected])}
          data-action="delete-selected"
        >
          {t('snippetsDeleteSelected', selected.size)}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()} data-action="import">
          {t('snippetsImport')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          data-testid="snippets-import-file"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>

      {notice && <NoticeBar notice={notice} onUndo={(s) => void undo(s)} onClose={() => setNotice(null)} />}
      {error && <ErrorNotice error={error} />}
      {rows === null && !error && <p class="rl-muted">{t('loading')}</p>}
      {rows !== null && total === 0 && !filtered && (
        <EmptyState title={t('snippetsEmptyTitle')}>{t('snippetsEmptyHelp')}</EmptyState>
      )}
      {rows !== null && total === 0 && filtered && <p class="rl-muted">{t('snippetsNoMatch')}</p>}

      <div class="rl-snippet-list">
        {shown.map((snippet) => (
          <SnippetCard
            key={snippet.id}
            snippet={snippet}
            selected={selected.has(snippet.id)}
            onSelect={(on) =>
              setSelected((current) => {
                const next = new Set(current);
                if (on) next.add(snippet.id);
                else next.delete(snippet.id);
                return next;
              })
            }
            onEdit={async ({ tags, note }) => {
              const reply = await request('updateSnippet', { id: snippet.id, tags, note });
              if (!reply.ok) return reply.error.message;
              reload();
              return null;
            }}
            onDelete={() => void remove([snippet.id])}
          />
        ))}
      </div>
      {shown.length < total && (
        <p>
          <button type="button" onClick={() => setLimit((n) => n + PAGE)}>
            {t('snippetsMore')}
          </button>
        </p>
      )}
    </section>
  );
}

function NoticeBar({
  notice,
  onUndo,
  onClose,
}: {
  notice: Notice;
  onUndo: (snippets: Snippet[]) => void;
  onClose: () => void;
}) {
  if (notice.kind === 'deleted') {
    return (
      <div class="rl-snippets-notice" role="status">
        <span>{t('snippetsDeleted', notice.snippets.length)}</span>
        <button type="button" onClick={() => onUndo(notice.snippets)} data-action="undo-delete">
          {t('snippetsUndo')}
        </button>
      </div>
    );
  }
  return (
    <div
      class={`rl-snippets-notice${notice.kind === 'problem' ? ' rl-bad' : ''}`}
      role={notice.kind === 'problem' ? 'alert' : 'status'}
    >
      <div>
        <span>{notice.text}</span>
        {notice.kind === 'problem' && notice.lines && notice.lines.length > 0 && (
          <ul>
            {notice.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </div>
      <button type="button" onClick={onClose} aria-label={t('snippetEditorClose')}>
        ×
      </button>
    </div>
  );
}
