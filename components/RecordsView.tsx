import { request } from '@/lib/messages';
import { EmptyState } from './EmptyState';
import { ErrorNotice } from './ErrorNotice';
import { t } from './i18n';
import { RecordTable } from './RecordTable';
import { useRequest } from './useRequest';

/** The stored records, or an empty state that says how to get some. Shared by the popup and the library page. */
export function RecordsView({ limit }: { limit: number }) {
  const records = useRequest(() => request('listRecords', { limit }), [limit]);
  if (records.state === 'loading') return <p class="rl-muted">{t('loading')}</p>;
  if (records.state === 'error') return <ErrorNotice error={records.error} />;
  const { records: rows, total } = records.data;
  if (total === 0) return <EmptyState title={t('emptyRecordsTitle')}>{t('emptyRecordsHelp')}</EmptyState>;
  return (
    <>
      <p class="rl-muted" data-testid="records-total">
        {t('recordsTotal', total)}
      </p>
      <RecordTable records={rows} />
    </>
  );
}
