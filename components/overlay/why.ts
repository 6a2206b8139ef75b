// The reader's reasons (`Statement.why`) in the user's words. The reader writes short technical notes ("year from
// the publish date", "region:page", …); we read what each is about and where it came from, so wording changes in
// the reader degrade to a plainer sentence instead of showing its English notes on a Chinese card.
import type { MessageKey } from '../i18n';

type Subject = 'region' | 'year' | 'kind' | 'value' | 'indicator';

/** What a reason names, by its words (English notes, code-like `year:publish-date`, or Chinese). */
const SUBJECTS: Array<[Subject, RegExp]> = [
  ['region', /region|place|地区|地方/i],
  ['year', /year|年份/i],
  ['kind', /kind|target|result|目标|结果/i],
  ['indicator', /indicator|subject|指标/i],
  ['value', /value|number|figure|amount|数值/i],
];

/** Where the reader took it from, most specific first. `stated` sources are good news, the rest lower confidence. */
const SOURCES: Array<[RegExp, string]> = [
  [/publish|date|发布/i, 'Published'],
  [/title|标题/i, 'Title'],
  [/carr|previous|earlier|context|inherit|上文|前文/i, 'Carried'],
  [/page|report|default|main|document|全文|页面/i, 'Page'],
  [/guess|infer|assum|no marker|unmarked|推断|猜/i, 'Guessed'],
  [/missing|not named|not stated|unnamed|none|absent|未/i, 'Missing'],
  [/ambig|several|multiple|多个/i, 'Ambiguous'],
  [/\d{4}\s*年|今年|去年|明年|this year|last year/i, 'Stated'],
  [/estimate|预计/i, 'Estimate'],
  [/sentence|stated|explicit|named|clause|本句|句/i, 'Stated'],
];

/** The message keys the locale files hold for reasons (the test checks that each exists in every language). */
export const WHY_KEYS = [
  'trustWhyRegionTitle',
  'trustWhyRegionCarried',
  'trustWhyRegionPage',
  'trustWhyRegionGuessed',
  'trustWhyRegionMissing',
  'trustWhyRegionAmbiguous',
  'trustWhyRegionStated',
  'trustWhyYearPublished',
  'trustWhyYearTitle',
  'trustWhyYearCarried',
  'trustWhyYearPage',
  'trustWhyYearGuessed',
  'trustWhyYearMissing',
  'trustWhyYearStated',
  'trustWhyKindGuessed',
  'trustWhyKindCarried',
  'trustWhyKindMissing',
  'trustWhyKindStated',
  'trustWhyKindEstimate',
  'trustWhyIndicatorGuessed',
  'trustWhyValueGuessed',
  'trustWhyOther',
] as const satisfies readonly MessageKey[];

type WhyKey = (typeof WHY_KEYS)[number];
const KNOWN: ReadonlySet<string> = new Set(WHY_KEYS);

/** One reason → the message that says it; `trustWhyOther` when we cannot tell what it is about. */
export function whyKey(reason: string): WhyKey {
  const subject = SUBJECTS.find(([, re]) => re.test(reason))?.[0];
  const source = SOURCES.find(([re]) => re.test(reason))?.[1];
  if (!subject) return source === 'Estimate' ? 'trustWhyKindEstimate' : 'trustWhyOther';
  const name = `trustWhy${subject[0].toUpperCase()}${subject.slice(1)}${source ?? 'Guessed'}`;
  if (KNOWN.has(name)) return name as WhyKey;
  const guessed = `trustWhy${subject[0].toUpperCase()}${subject.slice(1)}Guessed`;
  return KNOWN.has(guessed) ? (guessed as WhyKey) : 'trustWhyOther';
}

/** The reasons to show, in order, each said once; reasons that only confirm ("stated in the sentence") go last. */
export function whyKeys(reasons: readonly string[] | undefined): WhyKey[] {
  const keys = [...new Set((reasons ?? []).map(whyKey))];
  const confirming = (k: WhyKey) => k.endsWith('Stated');
  return [...keys.filter((k) => !confirming(k)), ...keys.filter(confirming)];
}
