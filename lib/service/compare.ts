// The background's answers for the year comparison: plain functions over a DbAccess, so they run in Node
// tests as in the worker. Region names in requests may be any name or alias; answers use the canonical name.
import type { CompareApi, ReportSummary, ReportTextDraft } from '../api/compare';
import {
  deleteReport,
  putReport,
  recordsForIndicatorYear,
  recordsFromUrl,
  recordsOfRegion,
  regionCounts,
  reportsByIds,
  reportsOfRegion,
} from '../db/compare-queries';
import type { DbAccess } from '../db/open';
import type { DomainHandlers } from '../messages';
import type { ReportText } from '../model';
import { findRegion, NATIONAL } from '../regions';

/** The canonical name for any name or alias; an unknown name is kept as typed (user records may use it). */
export function canonicalRegion(value: string): string {
  return findRegion(value) ?? value.trim();
}

/** Stable id: one text per region, year and section, so saving again replaces it. */
export function reportId(region: string, year: number, section: string): string {
  return `report:${region}:${year}:${section}`;
}

export function summarize(report: ReportText): ReportSummary {
  const { text, ...rest } = report;
  return { ...rest, length: text.length };
}

function checkDraft(d: ReportTextDraft): ReportTextDraft & { section: string } {
  const section = d.section?.trim() || '全文';
  return { region: canonicalRegion(d.region), year: d.year, section, text: d.text, source: { ...d.source } };
}

export function compareHandlers(
  { withDb, write }: DbAccess,
  clock: () => number = Date.now,
): DomainHandlers<CompareApi> {
  return {
    regionComparison: async (request) => {
      const region = canonicalRegion(request.region);
      const { years } = request;
      return withDb(async (db) => {
        const records = await recordsOfRegion(db, region, years);
        const shown = years ?? [...new Set(records.map((x) => x.year))];
        const national = region === NATIONAL || shown.length === 0 ? [] : await recordsOfRegion(db, NATIONAL, shown);
        return { region, records, national, years: [...new Set(shown)].sort((a, b) => a - b) };
      });
    },

    peerTargets: async (request) => {
      const { year: y, indicator } = request;
      const rows = await withDb((db) => recordsForIndicatorYear(db, indicator, y));
      return { records: rows.filter((x) => x.kind === 'target') };
    },

    regionsWithRecords: async () => ({ regions: await withDb((db) => regionCounts(db)) }),

    recordsForPage: async (request) => {
      const { url } = request;
      const hash = url.indexOf('#');
      const bare = hash >= 0 ? url.slice(0, hash) : url;
      const records = await withDb(async (db) => {
        const lists = await Promise.all([...new Set([url, bare])].map((u) => recordsFromUrl(db, u)));
        const seen = new Set<string>();
        return lists.flat().filter((x) => !seen.has(x.id) && seen.add(x.id));
      });
      records.sort((a, b) => b.year - a.year || a.indicator.localeCompare(b.indicator) || a.kind.localeCompare(b.kind));
      return { records };
    },

    saveReportText: async (request) => {
      const draft = checkDraft(request);
      const report: ReportText = {
        id: reportId(draft.region, draft.year, draft.section),
        region: draft.region,
        year: draft.year,
        section: draft.section,
        text: draft.text,
        source: draft.source,
        updatedAt: clock(),
      };
      await write((db) => putReport(db, report));
      return { report: summarize(report) };
    },

    listReports: async (request) => {
      const region = canonicalRegion(request.region);
      const rows = await withDb((db) => reportsOfRegion(db, region));
      return { reports: rows.map(summarize) };
    },

    getReports: async (request) => {
      return { reports: await withDb((db) => reportsByIds(db, request.ids)) };
    },

    deleteReport: async (request) => {
      const { id } = request;
      const deleted = await write((db) => deleteReport(db, id));
      return { deleted };
    },
  };
}
