// The reader's reasons (`Statement.why`, lib/extract) in the user's words. The reader writes short English notes
// ("year from 2024年", "region: the page's", "a milestone passed (突破/迈上…)…"); a table turns the ones it writes
// today into messages, and anything else is read by what it is about and where it came from, so a reworded note
// still gives a sensible sentence instead of English notes on a Chinese card.
import type { MessageKey } from '../i18n';

/** The reader's notes as it writes them (lib/extract/scopes.ts, confidence.ts), most specific first. */
const KNOWN_NOTES: Array<[RegExp, WhyKey]> = [
  [/^region named with the figure/i, 'trustWhyRegionStated'],
  [/^region: the page/i, 'trustWhyRegionPage'],
  [/^year from an earlier paragraph/i, 'trustWhyYearCarried'],
  [/^year from this paragraph/i, 'trustWhyYearParagraph'],
  [/^year from [^ ]*(?:\d|年)/i, 'trustWhyYearStated'],
  [/^year: the last of the review/i, 'trustWhyYearReview'],
  [/^estimate word/i, 'trustWhyKindEstimate'],
  [/^review word/i, 'trustWhyKindReview'],
  [/^target word/i, 'trustWhyKindStated'],
  [/^target qualifier .*no year word/i, 'trustWhyKindQualifier'],
  [/^no year or kind word/i, 'trustWhyNoYearKind'],
  [/^subject several words before/i, 'trustWhyIndicatorFar'],
  [/^growth target without a named indicator/i, 'trustWhyIndicatorGuessed'],
  [/roundup/i, 'trustWhyRoundup'],
  [/milestone/i, 'trustWhyMilestone'],
  [/^a level at the end of a multi-year review/i, 'trustWhyPeriodLevel'],
  [/multi-year review/i, 'trustWhyPeriod'],
  [/\bspan\b/i, 'trustWhySpan'],
  [/分别/, 'trustWhyRespectively'],
  [/^base of a comparison/i, 'trustWhyBase'],
  [/^a fall/i, 'trustWhyFall'],
];

type Subject = 'Region' | 'Year' | 'Kind' | 'Value' | 'Indicator';

/** For other notes: what a reason names, by its words (English notes, code-like `year:publish-date`, or Chinese). */
const SUBJECTS: Array<[Subject, RegExp]> = [
  ['Region', /region|place|地区|地方/i],
  ['Year', /year|年份/i],
  ['Kind', /kind|target|result|目标|结果/i],
  ['Indicator', /indicator|subject|指标/i],
  ['Value', /value|number|figure|amount|数值/i],
];

/** … and where the reader took it from. */
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

/** The message keys the locale files hold for reasons (a test checks each exists in every language). */
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
  'trustWhyYearParagraph',
  'trustWhyYearPage',
  'trustWhyYearGuessed',
  'trustWhyYearMissing',
  'trustWhyYearStated',
  'trustWhyYearReview',
  'trustWhyKindGuessed',
  'trustWhyKindCarried',
  'trustWhyKindMissing',
  'trustWhyKindStated',
  'trustWhyKindEstimate',
  'trustWhyKindReview',
  'trustWhyKindQualifier',
  'trustWhyNoYearKind',
  'trustWhyIndicatorGuessed',
  'trustWhyIndicatorFar',
  'trustWhyRoundup',
  'trustWhyMilestone',
  'trustWhyPeriod',
  'trustWhyPeriodLevel',
  'trustWhySpan',
  'trustWhyRespectively',
  'trustWhyBase',
  'trustWhyFall',
  'trustWhyValueGuessed',
  'trustWhyOther',
] as const satisfies readonly MessageKey[];

type WhyKey = (typeof WHY_KEYS)[number];
const KNOWN: ReadonlySet<string> = new Set(WHY_KEYS);

/** Reasons that confirm rather than doubt (shown after the others). */
const CONFIRMING: ReadonlySet<WhyKey> = new Set<WhyKey>([
  'trustWhyRegionStated',
  'trustWhyYearStated',
  'trustWhyKindStated',
]);

/** One reason → the message that says it; `trustWhyOther` when we cannot tell what it is about. */
export function whyKey(reason: string): WhyKey {
  const note = reason.trim();
  const known = KNOWN_NOTES.find(([re]) => re.test(note));
  if (known) return known[1];
  const subject = SUBJECTS.find(([, re]) => re.test(note))?.[0];
  const source = SOURCES.find(([re]) => re.test(note))?.[1];
  if (!subject) return source === 'Estimate' ? 'trustWhyKindEstimate' : 'trustWhyOther';
  const name = `trustWhy${subject}${source ?? 'Guessed'}`;
  if (KNOWN.has(name)) return name as WhyKey;
  return KNOWN.has(`trustWhy${subject}Guessed`) ? (`trustWhy${subject}Guessed` as WhyKey) : 'trustWhyOther';
}

/**
 * The reasons to show, in order, each said once; a note holding several ("…; a roundup of targets") counts as
 * several. Reasons that only confirm ("the region is named with the figure") go last.
 */
export function whyKeys(reasons: readonly string[] | undefined): WhyKey[] {
  const keys = [
    ...new Set(
      (reasons ?? [])
        .flatMap((r) => r.split(/;\s*/))
        .filter((r) => r.trim())
        .map(whyKey),
    ),
  ];
  return [...keys.filter((k) => !CONFIRMING.has(k)), ...keys.filter((k) => CONFIRMING.has(k))];
}
