import { t, UI_LANGUAGE_KEY, UI_LANGUAGES, type UiLanguage } from './i18n';

// Each language is named in itself, so anyone can find theirs whatever the page is in now.
const NAMES: Record<Exclude<UiLanguage, 'auto'>, string> = { zh_CN: '简体中文', zh_TW: '繁體中文', en: 'English' };

/** The in-app language switch (popup and library): stored per browser profile; the page reloads in that language. */
export function LanguageSwitch({ current }: { current: UiLanguage }) {
  return (
    <label class="rl-language">
      <span class="rl-sr">{t('trustLanguage')}</span>
      <select
        data-testid="language"
        value={current}
        title={t('trustLanguage')}
        onChange={async (e) => {
          const language = (e.currentTarget as HTMLSelectElement).value as UiLanguage;
          await browser.storage.local.set({ [UI_LANGUAGE_KEY]: language });
          location.reload();
        }}
      >
        {UI_LANGUAGES.map((l) => (
          <option key={l} value={l}>
            {l === 'auto' ? t('trustLanguageAuto') : NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
