import { ErrorNotice } from '../ErrorNotice';
import { t } from '../i18n';
import type { Query } from './useQuery';

/** "Loading…" until the first answer, then the error if the last request failed; the list itself is the caller's. */
export function QueryStatus<T>({ query }: { query: Query<T> }) {
  return (
    <>
      {query.loading && !query.data && <p class="rl-muted">{t('loading')}</p>}
      {query.error && <ErrorNotice error={query.error} />}
    </>
  );
}
