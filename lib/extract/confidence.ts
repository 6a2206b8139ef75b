// Confidence: how far to trust a statement, from where its year, kind, region and subject came from and from what
// the figure turned out to be. A product of factors, each ≤ 1: explicit evidence in the clause keeps a statement
// near 1; evidence from far away, from the page as a whole or from no word at all lowers it; a figure that is
// probably not one year's own (a milestone, a span, a multi-year review) falls well below CONFIDENT.
// The factors were calibrated on ../shared/corpus and the official texts (npm run eval, npm run eval:reports) so
// that statements at or above CONFIDENT are right at least 97% of the time there.
import type { TimeEvidence } from './scopes.ts';

export interface Evidence {
  time: TimeEvidence;
  /** 'clause': named with the figure (or a list, a roundup); 'page': the page's own region, not named here. */
  region: 'clause' | 'sentence' | 'page' | 'page-contested';
  /** How the figure found its subject. */
  link: 'near' | 'far' | 'chain' | 'target-phrase' | 'roundup';
  flags: Flag[];
  /** Facts worth telling that do not change the confidence (a fall read as a negative value). */
  notes: string[];
}

export type Flag =
  | 'implausible'
  | 'milestone'
  | 'milestone-alone'
  | 'near'
  | 'period'
  | 'period-level'
  | 'span-start'
  | 'span-end'
  | 'respectively-unlisted';

/** Where the year and kind came from (the reason itself is the statement's first `why`). */
const TIME: Record<TimeEvidence, number> = {
  clause: 1,
  'kind-word': 0.95,
  paragraph: 0.95,
  section: 0.9,
  'old-year': 0.55,
  qualifier: 0.75,
  default: 0.7,
};
const REGION: Record<Evidence['region'], [number, string]> = {
  clause: [1, 'region named with the figure'],
  sentence: [0.9, 'region: the place the sentence is about'],
  page: [0.95, "region: the page's"],
  'page-contested': [0.8, "region: the page's, though the sentence names another place"],
};
const LINK: Record<Evidence['link'], [number, string | null]> = {
  near: [1, null],
  far: [0.9, 'subject several words before the figure'],
  chain: [0.95, null],
  'target-phrase': [0.9, 'growth target without a named indicator'],
  roundup: [0.9, 'an item of a roundup'],
};
const FLAG: Record<Flag, [number, string]> = {
  implausible: [0.5, 'a value outside the range a year’s figure stays in'],
  milestone: [0.35, 'a milestone passed (突破/迈上…); the page gives the exact figure elsewhere'],
  'milestone-alone': [0.7, 'a milestone passed (突破/迈上…): the year’s total is at least this'],
  near: [0.35, 'a round total neared (接近/近), not reached'],
  period: [0.3, 'in a multi-year review: a sum or rate over the span'],
  'period-level': [0.8, 'a level at the end of a multi-year review'],
  'span-start': [0.3, 'start of a 从…到 span'],
  'span-end': [0.8, 'end of a 从…到 span'],
  'respectively-unlisted': [0.4, '分别 after a list that was not read'],
};

/** The confidence (0–1, two decimals) and the reasons that lowered it. */
export function confidenceOf(e: Evidence): { confidence: number; why: string[] } {
  const why: string[] = [];
  let c = TIME[e.time];
  const r = REGION[e.region];
  c *= r[0];
  why.push(r[1]);
  const l = LINK[e.link];
  c *= l[0];
  if (l[1]) why.push(l[1]);
  for (const f of e.flags) {
    c *= FLAG[f][0];
    why.push(FLAG[f][1]);
  }
  why.push(...e.notes);
  return { confidence: Math.round(c * 100) / 100, why };
}
