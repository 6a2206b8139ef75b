import { render } from 'preact';
import '@/assets/styles/page.css';
import { PopupApp } from '@/components/PopupApp';

document.documentElement.lang = browser.i18n.getUILanguage();
render(<PopupApp />, document.getElementById('app')!);
