import { browser } from 'wxt/browser';
import type en from '@/assets/public/_locales/en/messages.json';
import type { Indicator } from '@/lib/model';

export type MessageKey = keyof typeof en;

/** A UI string in the browser's language (zh_CN, zh_TW or en). Falls back to the key so a gap is visible. */
export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  const text = browser.i18n?.getMessage(key, substitutions.map(String));
  return text || key;
}

/**
 * The reader-facing name of an indicator; `other:名称` shows its Chinese name. With `region` 全国, GDP is the
 * country's 国内生产总值, not a region's 地区生产总值.
 */
export function indicatorName(indicator: Indicator, region?: string): string {
  if (indicator.startsWith('other:')) return indicator.slice('other:'.length);
  if (region === '全国' && indicator === 'gdp_growth') return t('verdictNationalGdpGrowth');
  if (region === '全国' && indicator === 'gdp_total') return t('verdictNationalGdpTotal');
  return t(`indicator_${indicator}` as MessageKey);
}
