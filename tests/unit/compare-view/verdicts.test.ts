// @vitest-environment node
// Verdicts by the indicator's meaning, in the words each language shows (docs/verdicts.md).
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { signedAmount, verdictWords } from '@/components/compare/verdicts';
import { indicatorName } from '@/components/i18n';
import { judgeTarget } from '@/lib/compare/judge';
import { pct } from '../helpers/builders';

/** Serves a locale's messages the way browser.i18n does ($1 … placeholders). */
function speak(locale: 'en' | 'zh_CN' | 'zh_TW') {
  const messages = JSON.parse(readFileSync(`assets/public/_locales/${locale}/messages.json`, 'utf8')) as Record<
    string,
    { message: string; placeholders?: Record<string, { content: string }> }
  >;
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string[]) => {
    const m = messages[key];
    if (!m) return '';
    return m.message.replace(/\$([A-Z0-9_]+)\$/gi, (_, name: string) => {
      const content = m.placeholders?.[name.toLowerCase()]?.content ?? '';
      return content.replace(/\$(\d)/g, (_x, n: string) => subs?.[Number(n) - 1] ?? '');
    });
  }) as never);
}
afterEach(() => vi.restoreAllMocks());

describe('verdicts in words', () => {
  it('a CPI rise under its ceiling is "within the ceiling", never "met +2.8"', () => {
    const j = judgeTarget(pct('cpi', 3, '左右'), pct('cpi', 0.2));
    expect(j.direction).toBe('ceiling');
    speak('zh_CN');
    expect(verdictWords(j)).toBe('控制在目标以内，低于目标2.8个百分点');
    speak('en');
    expect(verdictWords(j)).toBe('within the ceiling, 2.8 pp below it');
  });

  it('unemployment above its ceiling is "above the ceiling"; within the 左右 tolerance it says the allowance', () => {
    speak('zh_CN');
    expect(verdictWords(judgeTarget(pct('urban_unemployment', 5.5, '以内'), pct('urban_unemployment', 5.7)))).toBe(
      '超出目标上限0.2个百分点',
    );
    speak('en');
    expect(verdictWords(judgeTarget(pct('urban_unemployment', 5.5, '左右'), pct('urban_unemployment', 5.7)))).toBe(
      'roughly within the ceiling, 0.2 pp over (左右 allows 0.3 pp)',
    );
  });

  it('a growth target: met above it, short of it, and a range judged by its bounds', () => {
    speak('en');
    expect(verdictWords(judgeTarget(pct('gdp_growth', 5, '左右'), pct('gdp_growth', 5.2)))).toBe(
      'met, 0.2 pp above the target',
    );
    expect(verdictWords(judgeTarget(pct('gdp_growth', 5, '左右'), pct('gdp_growth', 4.8)))).toBe(
      'roughly met, 0.2 pp short (左右 allows 0.3 pp)',
    );
    expect(verdictWords(judgeTarget(pct('gdp_growth', 5), pct('gdp_growth', 4.5)))).toBe('missed, 0.5 pp short');
    const inside = judgeTarget(pct('gdp_growth', 4.5, null, 5), pct('gdp_growth', 4.8));
    expect(inside.inBand).toBe(true);
    expect(verdictWords(inside)).toBe('met, inside the target range');
    const above = judgeTarget(pct('gdp_growth', 4.5, null, 5), pct('gdp_growth', 5.4));
    expect(above.inBand).toBe(false);
    expect(verdictWords(above)).toBe('met, 0.9 pp above the target');
    speak('zh_TW');
    expect(verdictWords(judgeTarget(pct('gdp_growth', 5), pct('gdp_growth', 5)))).toBe('完成，恰好持平');
  });

  it('one unit word for percentage points in each language', () => {
    speak('zh_CN');
    expect(signedAmount(-0.25, 'pp')).toBe('−0.25个百分点');
    speak('zh_TW');
    expect(signedAmount(0.5, 'pp')).toBe('+0.5個百分點');
    speak('en');
    expect(signedAmount(0.5, 'pp')).toBe('+0.5 pp');
  });

  it('the national report’s GDP is 国内生产总值, a region’s 地区生产总值', () => {
    speak('zh_CN');
    expect(indicatorName('gdp_growth', '全国')).toBe('国内生产总值增长');
    expect(indicatorName('gdp_total', '全国')).toBe('国内生产总值');
    expect(indicatorName('gdp_growth', '北京')).toBe('地区生产总值增长');
    speak('zh_TW');
    expect(indicatorName('gdp_growth', '全国')).toBe('國內生產總值增長');
  });

  it('says "not stored" the same way in the card and in the comparison table', () => {
    for (const locale of ['en', 'zh_CN', 'zh_TW'] as const) {
      const messages = JSON.parse(readFileSync(`assets/public/_locales/${locale}/messages.json`, 'utf8'));
      expect(messages.cardMissing.message).toBe(messages.cmpMissing.message);
    }
  });
});
