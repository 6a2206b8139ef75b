// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WHY_KEYS, whyKey, whyKeys } from '@/components/overlay/why';

describe('the reader’s reasons in the user’s words', () => {
  it('reads what a reason is about and where it came from, in prose or code-like notes', () => {
    expect(whyKey('year from the publish date')).toBe('trustWhyYearPublished');
    expect(whyKey('year:publish-date')).toBe('trustWhyYearPublished');
    expect(whyKey('region not named in the sentence')).toBe('trustWhyRegionMissing');
    expect(whyKey('region from the page')).toBe('trustWhyRegionPage');
    expect(whyKey('year from 2024年')).toBe('trustWhyYearStated');
    expect(whyKey('kind carried from the previous sentence')).toBe('trustWhyKindCarried');
    expect(whyKey('region: title')).toBe('trustWhyRegionTitle');
  });

  it('falls back to a plainer sentence for reasons it does not know', () => {
    expect(whyKey('zzz')).toBe('trustWhyOther');
    expect(whyKey('value ambiguous')).toBe('trustWhyValueGuessed');
    expect(whyKeys(['zzz', 'qqq'])).toEqual(['trustWhyOther']);
    expect(whyKeys(undefined)).toEqual([]);
  });

  it('puts reasons that lower confidence before those that confirm', () => {
    expect(whyKeys(['year from 2024年', 'region from the page'])).toEqual(['trustWhyRegionPage', 'trustWhyYearStated']);
  });

  it('has every reason in every language', () => {
    for (const locale of ['en', 'zh_CN', 'zh_TW']) {
      const messages = JSON.parse(readFileSync(`assets/public/_locales/${locale}/messages.json`, 'utf8'));
      for (const key of WHY_KEYS) expect(messages[key]?.message, `${locale} ${key}`).toBeTruthy();
    }
  });
});
