import { render } from 'preact';
import '@/assets/styles/page.css';
import '@/assets/styles/library.css';
import { LibraryApp } from '@/components/LibraryApp';
import { loadUiLanguage, t } from '@/components/i18n';

// The language chosen in the app (stored per profile) before anything renders; the browser's otherwise.
void loadUiLanguage().then(({ language, lang }) => {
  document.documentElement.lang = lang;
  document.title = t('libraryTitle');
  render(<LibraryApp language={language} />, document.getElementById('app')!);
});
