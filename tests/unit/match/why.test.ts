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

  it('says the notes the reader writes today in the user’s words', () => {
    expect(whyKey("region: the page's")).toBe('trustWhyRegionPage');
    expect(whyKey('region named with the figure')).toBe('trustWhyRegionStated');
    expect(whyKey('year from an earlier paragraph (2024年)')).toBe('trustWhyYearCarried');
    expect(whyKey('year from this paragraph (今年)')).toBe('trustWhyYearParagraph');
    expect(whyKey('target qualifier 左右, no year word')).toBe('trustWhyKindQualifier');
    expect(whyKey('no year or kind word: read as last year')).toBe('trustWhyNoYearKind');
    expect(whyKey('a milestone passed (突破/迈上…); the page gives the exact figure elsewhere')).toBe(
      'trustWhyMilestone',
    );
    expect(whyKey('in a multi-year review: a sum or rate over the span')).toBe('trustWhyPeriod');
    expect(whyKey('start of a span (从2020年)')).toBe('trustWhySpan');
    expect(whyKey('分别 after a list that was not read')).toBe('trustWhyRespectively');
    expect(whyKeys(['target word; a roundup of targets', "region: the page's"])).toEqual([
      'trustWhyRoundup',
      'trustWhyRegionPage',
      'trustWhyKindStated',
    ]);
  });

  it('falls back to a plainer sentence for reasons it does not know', () => {
    expect(whyKey('zzz')).toBe('trustWhyOther');
    expect(whyKey('value ambiguous')).toBe('trustWhyValueGuessed');
    expect(whyKeys(['zzz', 'qqq'])).toEqual(['trustWhyOther']);
    expect(whyKeys(undefined)).toEqual([]);
  });

  it('puts reasons that lower confidence before those that confirm', () => {
    expect(whyKeys(['year from 2024年', 'region from the page'])).toEqual(['trustWhyRegionPage', 'trustWhyYearStated']);
    expect(whyKeys(['region named with the figure', 'subject several words before the figure'])).toEqual([
      'trustWhyIndicatorFar',
      'trustWhyRegionStated',
    ]);
  });

  it('has every reason in every language', () => {
    expect(WHY_KEYS.length).toBeGreaterThan(0);
    for (const locale of ['en', 'zh_CN', 'zh_TW']) {
      const messages = JSON.parse(readFileSync(`assets/public/_locales/${locale}/messages.json`, 'utf8'));
      for (const key of WHY_KEYS) expect(messages[key]?.message, `${locale} ${key}`).toBeTruthy();
    }
  });
});
