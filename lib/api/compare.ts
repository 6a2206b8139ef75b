// Messages of the year comparison (the popup and the library's full-size view): one region's records,
// every region's target for peers, the picker's regions, and stored report texts for the text diff.
// Handlers: lib/service/compare.ts; queries: lib/db/compare-queries.ts.
import type { FigureRecord, Indicator, ReportText, Source } from '../model';

export interface RegionCount {
  region: string;
  /** Records stored for the region. */
  count: number;
}

/** A stored report text without its text (the list is small even when the texts are long). */
export type ReportSummary = Omit<ReportText, 'text'> & { length: number };

export interface ReportTextDraft {
  /** Any name or alias (北京市, 京, Beijing); stored as the canonical short name. */
  region: string;
  year: number;
  /** What part of the report: `全文`, `主要预期目标`, `重点任务` … (default `全文`). */
  section?: string;
  text: string;
  source: Source;
}

/** Longest report text stored, in characters (a national report is about 20,000–40,000). */
export const REPORT_TEXT_LIMIT = 500_000;

export interface CompareApi {
  /**
   * One region's records (all years, or only `years`), through the region indexes. `national` holds the 全国
   * records for the same years when the region is not 全国 (the national line beside a province's), else [].
   */
  regionComparison: {
    request: { region: string; years?: number[] };
    response: { region: string; records: FigureRecord[]; national: FigureRecord[]; years: number[] };
  };
  /** Every region's targets (全国 included) for one year and indicator: the peers of a target. */
  peerTargets: { request: { year: number; indicator: Indicator }; response: { records: FigureRecord[] } };
  /** Regions with at least one record, and how many, 全国 first. */
  regionsWithRecords: { request: undefined; response: { regions: RegionCount[] } };
  /** The records saved from one page (their `source.url`), e.g. the popup's "this page's records". */
  recordsForPage: { request: { url: string }; response: { records: FigureRecord[] } };
  /** Stores a report text; the same region, year and section replaces the stored one. */
  saveReportText: { request: ReportTextDraft; response: { report: ReportSummary } };
  /** The stored report texts of a region (without the texts), newest year first. */
  listReports: { request: { region: string }; response: { reports: ReportSummary[] } };
  /** Full report texts by id (for the diff). */
  getReports: { request: { ids: string[] }; response: { reports: ReportText[] } };
  deleteReport: { request: { id: string }; response: { deleted: boolean } };
}
