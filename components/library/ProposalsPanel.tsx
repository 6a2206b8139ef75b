import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import type { ProposalChanges } from '@/lib/api/records';
import { request } from '@/lib/messages';
import type { Proposal } from '@/lib/model';
import { findRegion } from '@/lib/regions';
import { EmptyState } from '../EmptyState';
import { t } from '../i18n';
import { FormFooter } from './FormFooter';
import { isWebUrl } from '@/lib/io/web-url';
import { NATIONAL } from '@/lib/regions/national';
import { originName } from './labels';
import { Pager } from './Pager';
import { Toast, type ToastState } from './Toast';
import { QueryStatus } from './QueryStatus';
import { useQuery } from './useQuery';

const PAGE = 100;

interface Fields {
  region: string;
  year: string;
  author: string;
  role: string;
  title: string;
  summary: string;
  topics: string;
  url: string;
  sourceTitle: string;
}

function toFields(p: Partial<Proposal>): Fields {
  return {
    region: p.region ?? '',
    year: p.year === undefined ? '' : String(p.year),
    author: p.author ?? '',
    role: p.role ?? '',
    title: p.title ?? '',
    summary: p.summary ?? '',
    topics: (p.topics ?? []).join('、'),
    url: p.source?.url ?? '',
    sourceTitle: p.source?.title ?? '',
  };
}

function toChanges(f: Fields, base?: Proposal): ProposalChanges {
  const source: Proposal['source'] = { ...(base?.source ?? {}), url: f.url.trim() };
  if (f.sourceTitle.trim()) source.title = f.sourceTitle.trim();
  else delete source.title;
  return {
    region: f.region.trim(),
    year: Number(f.year),
    author: f.author.trim(),
    role: f.role.trim(),
    title: f.title.trim(),
    summary: f.summary.trim() || null,
    // Topics are typed separated by 、 , ; or spaces; the background folds them to simplified.
    topics: f.topics.split(/[、,，;；\s]+/).filter(Boolean),
    source,
  };
}

function ProposalForm({
  initial,
  onSubmit,
  onCancel,
  error,
  submitLabel,
}: {
  initial: Partial<Proposal>;
  onSubmit: (changes: ProposalChanges) => void;
  onCancel: () => void;
  error?: string;
  submitLabel: string;
}) {
  const [fields, setFields] = useState<Fields>(() => toFields(initial));
  const input = (key: keyof Fields, label: string, extra: Record<string, unknown> = {}) => (
    <label class={extra.class as string | undefined}>
      {label}
      <input
        value={fields[key]}
        onInput={(event) => setFields({ ...fields, [key]: event.currentTarget.value })}
        {...{ ...extra, class: undefined }}
      />
    </label>
  );
  return (
    <form
      class="rl-record-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(toChanges(fields, initial.id ? (initial as Proposal) : undefined));
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      {input('region', t('colRegion'), { required: true })}
      {input('year', t('colYear'), { type: 'number', min: 1949, max: 2100, required: true })}
      {input('author', t('libraryAuthor'), { required: true })}
      {input('role', t('libraryRole'))}
      {input('title', t('libraryProposalTitle'), { required: true, class: 'rl-full' })}
      {input('summary', t('librarySummary'), { class: 'rl-full' })}
      {input('topics', t('libraryTopics'), { class: 'rl-wide', placeholder: '养老、托育' })}
      {input('url', t('librarySourceUrl'), { class: 'rl-wide', type: 'url', placeholder: 'https://' })}
      {input('sourceTitle', t('librarySourceTitle'), { class: 'rl-wide' })}
      <FormFooter error={error} submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}

/** The Proposals tab: proposals by deputies and members, by region, year or topic; add, edit, delete with undo. */
export function ProposalsPanel({ initialRegion }: { initialRegion?: string }) {
  const [region, setRegion] = useState(initialRegion ?? '');
  const [topic, setTopic] = useState('');
  const [offset, setOffset] = useState(0);
  const [version, setVersion] = useState(0);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [formError, setFormError] = useState<string>();
  const [toast, setToast] = useState<ToastState | null>(null);
  const reload = () => setVersion((v) => v + 1);
  const list = useQuery(
    () =>
      request('listProposals', {
        region: region.trim() ? (findRegion(region) ?? region.trim()) : undefined,
        topic: topic.trim() || undefined,
        limit: PAGE,
        offset,
      }),
    [region, topic, offset, version],
  );

  const remove = async (p: Proposal) => {
    const result = await request('deleteProposals', { ids: [p.id] });
    if (!result.ok) return setToast({ message: result.error.message });
    reload();
    const { deleted } = result.data;
    setToast({
      message: t('libraryDeleted', p.title),
      onUndo: async () => {
        const restored = await request('restoreProposals', { proposals: deleted });
        setToast(restored.ok ? { message: t('libraryRestored') } : { message: restored.error.message });
        reload();
      },
    });
  };
  const done = () => {
    setAdding(false);
    setEditingId(null);
    setFormError(undefined);
    setToast({ message: t('librarySaved') });
    reload();
  };

  return (
    <section aria-label={t('libraryProposalsTab')}>
      <div class="rl-filters">
        <label>
          {t('colRegion')}
          <input
            value={region}
            onInput={(e) => {
              setRegion(e.currentTarget.value);
              setOffset(0);
            }}
            placeholder="全国"
          />
        </label>
        <label>
          {t('libraryTopic')}
          <input
            value={topic}
            onInput={(e) => {
              setTopic(e.currentTarget.value);
              setOffset(0);
            }}
            placeholder="养老"
          />
        </label>
        <button type="button" class="rl-primary rl-add" aria-expanded={adding} onClick={() => setAdding(!adding)}>
          {t('libraryAddProposal')}
        </button>
      </div>
      {adding && (
        <div class="rl-add-panel">
          <h2>{t('libraryAddProposal')}</h2>
          <ProposalForm
            initial={{ region: region || NATIONAL, year: new Date().getFullYear() }}
            onSubmit={async (proposal) => {
              const result = await request('addProposal', { proposal });
              if (result.ok) done();
              else setFormError(result.error.message);
            }}
            onCancel={() => setAdding(false)}
            error={formError}
            submitLabel={t('libraryAdd')}
          />
        </div>
      )}
      <QueryStatus query={list} />
      {list.data && list.data.total === 0 && (
        <EmptyState title={t('libraryNoProposals')}>{t('libraryNoProposalsHelp')}</EmptyState>
      )}
      {list.data && list.data.total > 0 && (
        <>
          <p class="rl-muted" data-testid="proposals-total">
            {t('libraryProposalsTotal', list.data.total)}
          </p>
          <table class="rl-table" data-testid="library-proposals">
            <thead>
              <tr>
                <th scope="col">{t('colYear')}</th>
                <th scope="col">{t('colRegion')}</th>
                <th scope="col">{t('libraryAuthor')}</th>
                <th scope="col">{t('libraryProposalTitle')}</th>
                <th scope="col">{t('libraryTopics')}</th>
                <th scope="col">{t('colSource')}</th>
                <th scope="col">
                  <span class="rl-visually-hidden">{t('libraryActions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.data.proposals.map((p) => (
                <Fragment key={p.id}>
                  <tr data-proposal-id={p.id}>
                    <td>{p.year}</td>
                    <td>{p.region}</td>
                    <td>
                      {p.author}
                      {p.role && <span class="rl-muted rl-block">{p.role}</span>}
                    </td>
                    <td>
                      {p.title}
                      {p.summary && <span class="rl-muted rl-block">{p.summary}</span>}
                    </td>
                    <td>
                      {p.topics.map((topicWord) => (
                        <button key={topicWord} type="button" class="rl-chip" onClick={() => setTopic(topicWord)}>
                          {topicWord}
                        </button>
                      ))}
                    </td>
                    <td class="rl-source">
                      {isWebUrl(p.source.url) ? (
                        <a href={p.source.url} target="_blank" rel="noreferrer noopener">
                          {p.source.title || t('sourceLink')}
                        </a>
                      ) : (
                        p.source.title
                      )}
                      <span class="rl-muted rl-block">{originName(p.origin)}</span>
                    </td>
                    <td class="rl-actions">
                      <button
                        type="button"
                        onClick={() => {
                          setEditingId(editingId === p.id ? null : p.id);
                          setFormError(undefined);
                        }}
                      >
                        {t('libraryEdit')}
                      </button>
                      <button type="button" onClick={() => remove(p)}>
                        {t('libraryDelete')}
                      </button>
                    </td>
                  </tr>
                  {editingId === p.id && (
                    <tr class="rl-edit-row">
                      <td colSpan={7}>
                        <ProposalForm
                          initial={p}
                          onSubmit={async (changes) => {
                            const result = await request('updateProposal', { id: p.id, changes });
                            if (result.ok) done();
                            else setFormError(result.error.message);
                          }}
                          onCancel={() => setEditingId(null)}
                          error={formError}
                          submitLabel={t('librarySave')}
                        />
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
          <Pager offset={offset} size={PAGE} total={list.data.total} onChange={setOffset} />
        </>
      )}
      <Toast toast={toast} onClose={() => setToast(null)} />
    </section>
  );
}
