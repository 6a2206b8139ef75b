import { render } from 'preact';
import '@/assets/styles/page.css';
import { PopupApp } from '@/components/PopupApp';
import { loadUiLanguage } from '@/components/i18n';

// The language chosen in the app (stored per profile) before anything renders; the browser's otherwise.
void loadUiLanguage().then(({ language, lang }) => {
  document.documentElement.lang = lang;
  render(<PopupApp language={language} />, document.getElementById('app')!);
});
