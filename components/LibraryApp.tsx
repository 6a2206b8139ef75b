import { t } from './i18n';
import { RecordsView } from './RecordsView';

/** The full-page library (the extension's options page). Tabs for proposals and snippets join later. */
export function LibraryApp() {
  return (
    <div class="rl-library">
      <header class="rl-header">
        <h1>{t('libraryTitle')}</h1>
      </header>
      <div class="rl-tabs" role="tablist">
        <button type="button" role="tab" aria-selected="true" id="tab-records">
          {t('libraryRecordsTab')}
        </button>
      </div>
      <div role="tabpanel" aria-labelledby="tab-records" class="rl-panel">
        <RecordsView limit={1000} />
      </div>
    </div>
  );
}
