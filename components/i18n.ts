import { browser } from 'wxt/browser';
import type en from '@/assets/public/_locales/en/messages.json';
import type { Indicator } from '@/lib/model';
import { NATIONAL } from '@/lib/regions/national';

export type MessageKey = keyof typeof en;

/** A locale's messages.json, as the extension ships it. */
export type LocaleMessages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** The language chosen in the popup or library (stored per browser profile); `auto` follows the browser. */
export type UiLanguage = 'auto' | 'zh_CN' | 'zh_TW' | 'en';
export const UI_LANGUAGES: readonly UiLanguage[] = ['auto', 'zh_CN', 'zh_TW', 'en'];
export const UI_LANGUAGE_KEY = 'uiLanguage';

// browser.i18n cannot switch language at runtime: a chosen language is served from its own message file.
let chosen: LocaleMessages | null = null;

/** Uses these messages instead of the browser's language (null: back to the browser's). */
export function useMessages(messages: LocaleMessages | null): void {
  chosen = messages;
}

/** A message with its $NAME$ placeholders filled the way browser.i18n fills them ($1 … from the substitutions). */
export function formatMessage(entry: LocaleMessages[string], substitutions: readonly string[]): string {
  const fill = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content;
      return content === undefined ? whole : fill(content);
    })
    .replace(/\$\$/g, '$');
}

/** A UI string in the chosen language, else the browser's (zh_CN, zh_TW or en). Falls back to the key so a gap is visible. */
export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  const own = chosen?.[key];
  if (own) return formatMessage(own, substitutions.map(String));
  const text = browser.i18n?.getMessage(key, substitutions.map(String));
  return text || key;
}

/**
 * Extension pages (popup, library): reads the stored language and, unless it is `auto`, loads its messages. Answers
 * the choice and the page's `lang`. Never throws: any failure leaves the browser's language.
 */
export async function loadUiLanguage(): Promise<{ language: UiLanguage; lang: string }> {
  let browserLang = 'en';
  try {
    browserLang = browser.i18n.getUILanguage();
  } catch {
    // keep 'en'
  }
  try {
    const stored = (await browser.storage.local.get(UI_LANGUAGE_KEY))[UI_LANGUAGE_KEY] as UiLanguage | undefined;
    const language = stored && UI_LANGUAGES.includes(stored) ? stored : 'auto';
    if (language === 'auto') return { language, lang: browserLang };
    const response = await fetch(browser.runtime.getURL(`/_locales/${language}/messages.json` as never));
    useMessages((await response.json()) as LocaleMessages);
    return { language, lang: language.replace('_', '-') };
  } catch {
    return { language: 'auto', lang: browserLang };
  }
}

/** A region as the reader sees it: 全国 in the reader's language, any other region by its (Chinese) name. */
export function regionName(region: string): string {
  return region === NATIONAL ? t('badgeNational') : region;
}

/**
 * The reader-facing name of an indicator; `other:名称` shows its Chinese name. With `region` 全国, GDP is the
 * country's 国内生产总值, not a region's 地区生产总值.
 */
export function indicatorName(indicator: Indicator, region?: string): string {
  if (indicator.startsWith('other:')) return indicator.slice('other:'.length);
  if (region === NATIONAL && indicator === 'gdp_growth') return t('verdictNationalGdpGrowth');
  if (region === NATIONAL && indicator === 'gdp_total') return t('verdictNationalGdpTotal');
  return t(`indicator_${indicator}` as MessageKey);
}
