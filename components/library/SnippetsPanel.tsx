import { EmptyState } from '../EmptyState';
import { t } from '../i18n';

/** Placeholder until the snippets work fills this tab. */
export function SnippetsPanel() {
  return <EmptyState title={t('libraryNoSnippets')}>{t('libraryNoSnippetsHelp')}</EmptyState>;
}
