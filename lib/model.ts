// The nouns of Report Lens, shared by the reader, the database, the messages and the views.
// Plain types only: no runtime code, no browser globals.

/** Standard indicators (DESIGN.md); anything else is `other:<中文名>`. */
export const INDICATORS = [
  'gdp_growth',
  'gdp_total',
  'cpi',
  'urban_unemployment',
  'new_urban_jobs',
  'fiscal_revenue_growth',
  'retail_sales_growth',
  'fixed_investment_growth',
  'disposable_income_growth',
  'energy_intensity',
  'grain_output',
  'rd_intensity',
  'industrial_value_added_growth',
  'foreign_trade_growth',
  'deficit_ratio',
  'carbon_intensity',
] as const;
export type StandardIndicator = (typeof INDICATORS)[number];
export type Indicator = StandardIndicator | `other:${string}`;

export type StatementKind = 'target' | 'result';
/** The words that qualify a target figure, as stored. 不低于 is written before the number, the others after it. */
export const QUALIFIERS = ['左右', '以上', '以内', '不低于', '上下'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** One numeric statement read from a page (the statement contract in DESIGN.md). */
export interface Statement {
  /** Canonical simplified short region name, `全国` for the national report. */
  region: string;
  /** The year the figure is for (a 2024 report's "去年…" is 2023). */
  year: number;
  indicator: Indicator;
  kind: StatementKind;
  value: number;
  valueMax?: number;
  /** As written, folded to simplified: `%`, `个百分点`, `亿元`, `万亿元`, `万人`, `亿斤` … */
  unit: string;
  qualifier: Qualifier | null;
  /** Other modifiers that do not change the judgement (约, 力争, 超过 …). */
  extraQualifier?: string;
  /** True for last year's figure stated as an estimate (预计…). */
  estimate?: boolean;
  /** Exact text of the span, and its offsets into the text the extractor was given. */
  quote: string;
  start: number;
  end: number;
  /** How sure the reader is that region, year, kind and value are right (0–1); see CONFIDENT. */
  confidence?: number;
  /** Short reasons for that confidence: where region, year and kind came from ("year from 2024年", …). */
  why?: string[];
}

/** Statements at or above this confidence are shown as facts; below it they are "uncertain" (never a conflict,
 * never saved without review, left out of the CLI's output and of the starter pack). */
export const CONFIDENT = 0.6;

export interface Detection {
  isReport: boolean;
  /** Canonical region names, the main one first. */
  regions: string[];
  /** The report's year (the year the report is delivered), or null when unknown. */
  year: number | null;
  /** 0..1 */
  confidence: number;
}

export interface Source {
  url: string;
  title?: string;
  quote?: string;
  publishedAt?: string;
  /** Where the figure came from, e.g. 'official', 'news', 'report-fulltext'. */
  type?: string;
  /** Where the quoted text is actually stored when that differs from `url` (e.g. a repository holding the report). */
  via?: string;
}

export const ORIGINS = ['pack', 'page', 'user', 'import'] as const;
export type Origin = (typeof ORIGINS)[number];

/** One stored figure. */
export interface FigureRecord {
  id: string;
  region: string;
  year: number;
  indicator: Indicator;
  kind: StatementKind;
  /**
   * The number as written. Absent only on qualitative records (与经济增长同步, 完成国家下达任务), which carry `text`
   * instead; every record with a value has a non-empty `unit`.
   */
  value?: number;
  valueMax?: number;
  /** As written (`%`, `万人`, `万亿元` …); '' on qualitative records. */
  unit: string;
  qualifier?: Qualifier | null;
  /** The wording of a qualitative figure (与经济增长同步); set exactly when `value` is absent. */
  text?: string;
  /** Other modifiers that do not change the judgement (约, 力争, 突破, 确保 …). */
  extraQualifier?: string;
  /** The measure when a figure exists in more than one (年末 vs 年均, 城镇居民 vs 全体居民); records of different measures never conflict. */
  measure?: string;
  /** Caveats from the source data (e.g. "value is urban; rural 5.5%"). */
  note?: string;
  estimate?: boolean;
  source: Source;
  /** Further sources that state the same figure (a hand-gathered page beside the official text it agrees with). */
  sources?: Source[];
  origin: Origin;
  /** Set when sources disagree on this figure: ids of the other records for the same fact. */
  conflictsWith?: string[];
  /** True once the user edited the record: pack updates never overwrite it. */
  userEdited?: boolean;
  updatedAt: number;
}

export interface Proposal {
  id: string;
  region: string;
  year: number;
  author: string;
  role: string;
  title: string;
  summary?: string;
  /** Topic terms folded to simplified, for matching. */
  topics: string[];
  source: Source;
  origin: Origin;
  updatedAt: number;
}

/** Report text for year-to-year diffs: a region's report (or a section of it) for one year. */
export interface ReportText {
  id: string;
  region: string;
  year: number;
  section: string;
  text: string;
  source: Source;
  updatedAt: number;
}

export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
  start?: number;
  end?: number;
}

export interface Snippet {
  id: string;
  url: string;
  title: string;
  text: string;
  selector: TextQuoteSelector;
  region?: string;
  year?: number;
  tags: string[];
  note?: string;
  createdAt: number;
  /** Set by re-anchoring when the snippet can no longer be found on its page. */
  orphaned?: boolean;
}

// What the library's views ask of the database (through the messages) and what they get back for their pickers.

export type RecordSort = 'year-desc' | 'year-asc' | 'region' | 'indicator' | 'updated-desc';

export interface RecordFilter {
  region?: string;
  year?: number;
  indicator?: Indicator;
  kind?: StatementKind;
  origin?: Origin;
  /** Default 'year-desc' (newest first, then region, indicator). */
  sort?: RecordSort;
  limit?: number;
  offset?: number;
}

/** The values the library's filter pickers offer. */
export interface RecordFacets {
  regions: string[];
  years: number[];
  indicators: string[];
}

export interface ProposalFilter {
  region?: string;
  year?: number;
  /** A topic word folded to simplified (the multi-entry index holds folded topics). */
  topic?: string;
  limit?: number;
  offset?: number;
}

/** How many rows each store holds. */
export interface Counts {
  records: number;
  proposals: number;
  reports: number;
  snippets: number;
}
