import { useEffect, useState } from 'preact/hooks';
import type { RecordChanges } from '@/lib/api/records';
import { request } from '@/lib/messages';
import {
  type FigureRecord,
  type Indicator,
  ORIGINS,
  type Origin,
  type RecordFacets,
  type RecordFilter,
  type RecordSort,
  type StatementKind,
} from '@/lib/model';
import { EmptyState } from '../EmptyState';
import { indicatorName, t } from '../i18n';
import { originName } from './labels';
import { RecordForm } from './RecordForm';
import { RecordRows } from './RecordRows';
import { Pager } from './Pager';
import { Toast, type ToastState } from './Toast';
import { QueryStatus } from './QueryStatus';
import { useQuery } from './useQuery';

const PAGE = 100;
const SORTS: RecordSort[] = ['year-desc', 'year-asc', 'region', 'indicator', 'updated-desc'];

type Filter = Omit<RecordFilter, 'limit' | 'offset'>;

function FilterSelect<T extends string | number>({
  label,
  value,
  options,
  name,
  onChange,
  testId,
}: {
  label: string;
  value: T | undefined;
  options: readonly T[];
  name: (option: T) => string;
  onChange: (value: T | undefined) => void;
  testId: string;
}) {
  return (
    <label>
      {label}
      <select
        data-testid={testId}
        value={value === undefined ? '' : String(value)}
        onChange={(event) => {
          const raw = event.currentTarget.value;
          const found = options.find((o) => String(o) === raw);
          onChange(raw === '' ? undefined : found);
        }}
      >
        <option value="">{t('libraryAll')}</option>
        {options.map((o) => (
          <option key={String(o)} value={String(o)}>
            {name(o)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The Records tab: filter, sort, page, edit in place, delete with undo, add by hand. */
export function RecordsPanel({ initialRegion }: { initialRegion?: string }) {
  const [filter, setFilter] = useState<Filter>({ region: initialRegion, sort: 'year-desc' });
  const [offset, setOffset] = useState(0);
  const [version, setVersion] = useState(0);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [formError, setFormError] = useState<string>();
  const [toast, setToast] = useState<ToastState | null>(null);
  const [conflicts, setConflicts] = useState<Record<string, FigureRecord[] | undefined>>({});
  const [facets, setFacets] = useState<RecordFacets>({ regions: [], years: [], indicators: [] });

  const reload = () => setVersion((v) => v + 1);
  const list = useQuery(
    () => request('listRecords', { ...filter, limit: PAGE, offset }),
    [JSON.stringify(filter), offset, version],
  );
  useEffect(() => {
    request('recordFacets').then((result) => result.ok && setFacets(result.data));
  }, [version]);

  const update = (patch: Partial<Filter>) => {
    setFilter({ ...filter, ...patch });
    setOffset(0);
  };

  const remove = async (record: FigureRecord) => {
    const result = await request('deleteRecords', { ids: [record.id] });
    if (!result.ok) return setToast({ message: result.error.message });
    reload();
    const { deleted } = result.data;
    setToast({
      message: t('libraryDeleted', `${record.region} ${record.year} ${indicatorName(record.indicator)}`),
      onUndo: async () => {
        const restored = await request('restoreRecords', { records: deleted });
        setToast(restored.ok ? { message: t('libraryRestored') } : { message: restored.error.message });
        reload();
      },
    });
  };

  const save = async (record: FigureRecord, changes: RecordChanges) => {
    const result = await request('updateRecord', { id: record.id, changes });
    if (!result.ok) return setFormError(result.error.message);
    setEditingId(null);
    setFormError(undefined);
    setToast({ message: t('librarySaved') });
    reload();
  };

  const add = async (draft: RecordChanges) => {
    const result = await request('addRecord', { record: draft });
    if (!result.ok) return setFormError(result.error.message);
    setAdding(false);
    setFormError(undefined);
    setToast({ message: t('librarySaved') });
    reload();
  };

  const toggleConflict = async (record: FigureRecord) => {
    if (record.id in conflicts) {
      const { [record.id]: _closed, ...rest } = conflicts;
      return setConflicts(rest);
    }
    setConflicts({ ...conflicts, [record.id]: undefined });
    const result = await request('getRecords', { ids: record.conflictsWith ?? [] });
    setConflicts((current) =>
      record.id in current ? { ...current, [record.id]: result.ok ? result.data.records : [] } : current,
    );
  };

  const regions =
    filter.region && !facets.regions.includes(filter.region) ? [filter.region, ...facets.regions] : facets.regions;

  return (
    <section aria-label={t('libraryRecordsTab')}>
      <div class="rl-filters">
        <FilterSelect
          label={t('colRegion')}
          value={filter.region}
          options={regions}
          name={(r) => r}
          onChange={(region) => update({ region })}
          testId="filter-region"
        />
        <FilterSelect
          label={t('colYear')}
          value={filter.year}
          options={facets.years}
          name={String}
          onChange={(year) => update({ year })}
          testId="filter-year"
        />
        <FilterSelect
          label={t('colIndicator')}
          value={filter.indicator}
          options={facets.indicators as Indicator[]}
          name={indicatorName}
          onChange={(indicator) => update({ indicator })}
          testId="filter-indicator"
        />
        <FilterSelect<StatementKind>
          label={t('colKind')}
          value={filter.kind}
          options={['target', 'result']}
          name={(k) => (k === 'target' ? t('kindTarget') : t('kindResult'))}
          onChange={(kind) => update({ kind })}
          testId="filter-kind"
        />
        <FilterSelect<Origin>
          label={t('libraryOrigin')}
          value={filter.origin}
          options={ORIGINS}
          name={originName}
          onChange={(origin) => update({ origin })}
          testId="filter-origin"
        />
        <label>
          {t('librarySort')}
          <select value={filter.sort} onChange={(event) => update({ sort: event.currentTarget.value as RecordSort })}>
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`librarySort_${s.replace('-', '_')}` as never)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          class="rl-primary rl-add"
          onClick={() => {
            setAdding(!adding);
            setFormError(undefined);
          }}
          aria-expanded={adding}
        >
          {t('libraryAddRecord')}
        </button>
      </div>

      {adding && (
        <div class="rl-add-panel">
          <h2>{t('libraryAddRecord')}</h2>
          <RecordForm
            initial={{
              region: filter.region,
              year: filter.year ?? new Date().getFullYear(),
              indicator: filter.indicator,
              kind: filter.kind,
            }}
            regions={facets.regions}
            onSubmit={add}
            onCancel={() => setAdding(false)}
            error={formError}
            submitLabel={t('libraryAdd')}
          />
        </div>
      )}

      <QueryStatus query={list} />
      {list.data && list.data.total === 0 && (
        <EmptyState
          title={
            filter.region || filter.year || filter.indicator || filter.kind || filter.origin
              ? t('libraryNoMatch')
              : t('emptyRecordsTitle')
          }
        >
          {t('emptyRecordsHelp')}
        </EmptyState>
      )}
      {list.data && list.data.total > 0 && (
        <>
          <p class="rl-muted" data-testid="records-total">
            {t('recordsTotal', list.data.total)}
            {list.data.total > PAGE &&
              ` · ${t('libraryShowing', offset + 1, Math.min(offset + PAGE, list.data.total))}`}
          </p>
          <RecordRows
            records={list.data.records}
            conflicts={conflicts}
            onToggleConflict={toggleConflict}
            onEdit={(r) => {
              setEditingId(editingId === r.id ? null : r.id);
              setFormError(undefined);
            }}
            onDelete={remove}
            editingId={editingId}
            renderEditor={(r) => (
              <RecordForm
                initial={r}
                regions={facets.regions}
                onSubmit={(changes) => save(r, changes)}
                onCancel={() => setEditingId(null)}
                error={formError}
                submitLabel={t('librarySave')}
              />
            )}
          />
          <Pager offset={offset} size={PAGE} total={list.data.total} onChange={setOffset} />
        </>
      )}
      <Toast toast={toast} onClose={() => setToast(null)} />
    </section>
  );
}
