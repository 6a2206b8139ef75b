// Shared vocabulary of the adapters: how the source files' words for qualifiers, indicators, units and source types
// become the pack's. Each source file was gathered by a different hand, so the same idea arrives spelled several
// ways ('左右(预计)', '突破', '迈上…新台阶(≥)'); this module is the one place that decides what each means.

import { INDICATORS, type Indicator, QUALIFIERS, type Qualifier, type StatementKind } from '../model';

/** Counts of input figures left out of the pack, by reason (see README: "Dropped figures"). */
export type DropCounts = Record<string, number>;

export function countDrop(dropped: DropCounts, reason: string, n = 1): void {
  dropped[reason] = (dropped[reason] ?? 0) + n;
}

export function addDrops(into: DropCounts, from: DropCounts): void {
  for (const [reason, n] of Object.entries(from)) countDrop(into, reason, n);
}

/** Why an input figure was left out. Stable strings: they are the keys of the pack header's `dropped`. */
export const DROP = {
  spam: 'spam-source',
  lowConfidence: 'low-confidence',
  suspectStatement: 'suspect-statement',
  suspectPage: 'suspect-page',
  noUrl: 'no-source-url',
  unknownRegion: 'unknown-region',
  unknownIndicator: 'unknown-indicator',
  noValue: 'no-value-or-text',
  malformed: 'malformed-entry',
  duplicate: 'duplicate',
  proposalNotAProposal: 'proposal-not-a-proposal',
  proposalNoYear: 'proposal-no-year',
  proposalSuspectPage: 'proposal-suspect-page',
  proposalNoUrl: 'proposal-no-source-url',
} as const;

const STANDARD = new Set<string>(INDICATORS);

/** Indicator ids some files use that are not in DESIGN.md's list, and the `other:` name they become. */
const EXTRA_INDICATORS: Record<string, string> = {
  rd_spending_growth: 'other:研发经费增长',
};

/** A standard id as is, a known extra id as `other:<中文名>`, an `other:` id with its name folded; else null. */
export function toIndicator(raw: unknown, fold: (s: string) => string): Indicator | null {
  if (typeof raw !== 'string') return null;
  const id = raw.trim();
  if (STANDARD.has(id)) return id as Indicator;
  if (EXTRA_INDICATORS[id]) return EXTRA_INDICATORS[id] as Indicator;
  if (id.startsWith('other:') && id.length > 'other:'.length) return `other:${fold(id.slice('other:'.length).trim())}`;
  return null;
}

export function toKind(raw: unknown): StatementKind | null {
  if (raw === 'target') return 'target';
  if (raw === 'result' || raw === 'actual') return 'result';
  return null;
}

/** What a raw qualifier string (plus an optional separate modifier) means for a record. */
export interface QualifierReading {
  qualifier: Qualifier | null;
  extraQualifier?: string;
  estimate?: boolean;
  /** The data states no number, only these words (the '无数字:…' forms). */
  text?: string;
  /** The raw upper value is a stretch goal, not the top of a range ('以上(力争8%)'). */
  upperIsStretch?: boolean;
}

const KNOWN_QUALIFIERS = new Set<string>(QUALIFIERS);
/** Words for "passed the mark" in results: the figure is a floor. The data itself maps 突破/跨越/跨过 to 以上. */
const FLOOR_WORDS = ['突破', '超过', '迈上', '跨上', '跨越', '跨过', '跃上', '首次跃上'];

/** Reads the qualifier and modifier as written in the data files (see README for the table). */
export function readQualifier(raw: unknown, extra?: unknown): QualifierReading {
  const out: QualifierReading = { qualifier: null };
  let q = typeof raw === 'string' ? raw.trim() : '';
  const qualitative = /^无(?:数字|增速)[:：](.+)$/.exec(q);
  if (qualitative) return { qualifier: null, text: qualitative[1].trim() };
  if (q.includes('预计')) {
    out.estimate = true;
    q = q.replace(/[(（]?预计[)）]?/, '').trim();
  }
  const stretch = /^(以上|左右)[(（](力争.+)[)）]$/.exec(q);
  if (stretch) {
    q = stretch[1];
    out.extraQualifier = stretch[2];
    out.upperIsStretch = true;
  }
  if (KNOWN_QUALIFIERS.has(q)) out.qualifier = q as Qualifier;
  else if (q === '以下') {
    out.qualifier = '以内'; // both are ceilings; the judge treats them alike
    out.extraQualifier = '以下';
  } else if (q && q !== '区间') out.extraQualifier = q; // kept verbatim: nothing read into it

  if (typeof extra === 'string' && extra.trim()) {
    // '迈上…新台阶(≥)' → '迈上': the ellipsis form is the data's annotation, the word is what the source said.
    const word = extra
      .trim()
      .replace(/….*$/, '')
      .replace(/[(（]≥[)）]$/, '');
    out.extraQualifier = out.extraQualifier ? `${out.extraQualifier} ${word}` : word;
    if (out.qualifier === null && FLOOR_WORDS.some((w) => word.startsWith(w))) out.qualifier = '以上';
  }
  return out;
}

/** Units as written, folded to simplified; '兆' is the Taiwanese 万亿. */
export function toUnit(raw: unknown, fold: (s: string) => string): string {
  if (typeof raw !== 'string') return '';
  return fold(raw.trim()).replace(/^兆/, '万亿');
}

/**
 * Source types of the pack. The files use slightly different words; the pack keeps one vocabulary so the UI can
 * say "official text" or "mirror site" the same way for every figure.
 */
export const SOURCE_TYPES = [
  'official',
  'official_text',
  'official_via_repo',
  'news',
  'hk_media',
  'macau_media',
  'tw_media',
  'aggregator',
  'mirror',
  'spun',
  'unknown',
] as const;

export function toSourceType(raw: unknown): string {
  if (typeof raw !== 'string' || !raw) return 'unknown';
  const t = raw.trim();
  if ((SOURCE_TYPES as readonly string[]).includes(t)) return t;
  if (t === 'official/primary') return 'official';
  if (t === 'major-media') return 'news';
  if (t === 'mirror/aggregator') return 'mirror';
  return t;
}

/** A finite number or undefined (null, '', NaN → undefined). */
export function num(raw: unknown): number | undefined {
  return typeof raw === 'number' && Number.isFinite(raw) ? raw : undefined;
}

/** A non-empty string exactly as written (quotes stay verbatim, whitespace and all), or undefined. */
export function verbatim(raw: unknown): string | undefined {
  return typeof raw === 'string' && raw.trim() ? raw : undefined;
}

/** A trimmed non-empty string or undefined. */
export function str(raw: unknown): string | undefined {
  return typeof raw === 'string' && raw.trim() ? raw.trim() : undefined;
}

/**
 * The measure a note names, when a figure exists in several measures that must not be compared with each other:
 * unemployment at year-end vs the annual average, income of urban residents vs all residents.
 */
export function measureFromNote(note: string | undefined, indicator: string): string | undefined {
  if (!note) return undefined;
  const patterns: [RegExp, string][] =
    indicator === 'urban_unemployment'
      ? [
          [/year-end|年末/i, '年末'],
          [/annual average|平均|均值/i, '年均'],
        ]
      : indicator === 'disposable_income_growth'
        ? [
            [/value\s*=\s*urban|value is (?:the )?urban|urban[^;]*\(value\)/i, '城镇居民'],
            [/全体居民|all residents/i, '全体居民'],
          ]
        : [];
  // Notes often name the other measure too ("year-end rate, not annual average"): the one named first is this one.
  let best: { at: number; measure: string } | undefined;
  for (const [re, measure] of patterns) {
    const at = note.search(re);
    if (at >= 0 && (!best || at < best.at)) best = { at, measure };
  }
  return best?.measure;
}

/**
 * The repository file a `via` note names ("github yqcao/China-Fiscal-Data data/prov-reports/text/2026_JS.txt"),
 * as a link. Used only where the data has no page URL for a quote but says where its text is stored.
 */
export function viaToUrl(via: string | undefined): string | undefined {
  if (!via) return undefined;
  const m = /github\s+([\w.-]+\/[\w.-]+)\s+(\S+)/i.exec(via);
  return m ? `https://github.com/${m[1]}/blob/HEAD/${m[2]}` : undefined;
}
