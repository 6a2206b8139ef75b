import { browser } from 'wxt/browser';
import type en from '@/assets/public/_locales/en/messages.json';
import type { Indicator } from '@/lib/model';

export type MessageKey = keyof typeof en;

/** A UI string in the browser's language (zh_CN, zh_TW or en). Falls back to the key so a gap is visible. */
export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  const text = browser.i18n?.getMessage(key, substitutions.map(String));
  return text || key;
}

/** The reader-facing name of an indicator; `other:名称` shows its Chinese name. */
export function indicatorName(indicator: Indicator): string {
  if (indicator.startsWith('other:')) return indicator.slice('other:'.length);
  return t(`indicator_${indicator}` as MessageKey);
}
