import { render } from 'preact';
import '@/assets/styles/page.css';
import '@/assets/styles/library.css';
import { LibraryApp } from '@/components/LibraryApp';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = browser.i18n.getMessage('libraryTitle');
render(<LibraryApp />, document.getElementById('app')!);
