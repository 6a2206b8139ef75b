import { browser } from 'wxt/browser';
import { t } from './i18n';
import { RecordsView } from './RecordsView';

export function PopupApp() {
  return (
    <div class="rl-popup" style={{ width: '560px', maxWidth: '800px' }}>
      <header class="rl-header">
        <h1>{t('extName')}</h1>
        <a class="rl-button" href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
          {t('popupOpenLibrary')}
        </a>
      </header>
      <main>
        <h2 style={{ fontSize: '14px', margin: '0 0 4px' }}>{t('popupHeading')}</h2>
        <RecordsView limit={50} />
      </main>
    </div>
  );
}
