// The background's answers for the year comparison: plain functions over a DbAccess, so they run in Node
// tests as in the worker. Region names in requests may be any name or alias; answers use the canonical name.
import { type CompareApi, REPORT_TEXT_LIMIT, type ReportSummary, type ReportTextDraft } from '../api/compare';
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
import { type DomainHandlers, RequestError } from '../messages';
import type { ReportText } from '../model';
import { findRegion, NATIONAL } from '../regions';

function invalid(message: string): never {
  throw new RequestError('invalid-request', message);
}

function object(value: unknown, what: string): Record<string, unknown> {
  if (!value || typeof value !== 'object') invalid(`${what} expects an object.`);
  return value as Record<string, unknown>;
}

/** The canonical name for any name or alias; an unknown name is kept as typed (user records may use it). */
export function canonicalRegion(value: unknown, what: string): string {
  if (typeof value !== 'string' || !value.trim()) invalid(`${what} needs a region name.`);
  return findRegion(value) ?? value.trim();
}

function year(value: unknown, what: string): number {
  if (!Number.isInteger(value) || (value as number) < 1949 || (value as number) > 2200) invalid(`${what} needs a year (e.g. 2025).`);
  return value as number;
}

/** Stable id: one text per region, year and section, so saving again replaces it. */
export function reportId(region: string, year: number, section: string): string {
  return `report:${region}:${year}:${section}`;
}

export function summarize(report: ReportText): ReportSummary {
  const { text, ...rest } = report;
  return { ...rest, length: text.length };
}

function checkDraft(request: unknown): ReportTextDraft & { section: string } {
  const d = object(request, 'saveReportText');
  const region = canonicalRegion(d.region, 'saveReportText');
  const y = year(d.year, 'saveReportText');
  if (typeof d.text !== 'string' || !d.text.trim()) invalid('saveReportText needs the text.');
  if (d.text.length > REPORT_TEXT_LIMIT) {
    invalid(`A report text holds at most ${REPORT_TEXT_LIMIT} characters; this one has ${d.text.length}.`);
  }
  const section = typeof d.section === 'string' && d.section.trim() ? d.section.trim() : '全文';
  const source = object(d.source, 'saveReportText.source');
  if (typeof source.url !== 'string') invalid('saveReportText needs source.url (the page the text comes from).');
  return { region, year: y, section, text: d.text, source: { ...(source as unknown as ReportText['source']) } };
}

export function compareHandlers({ withDb, write }: DbAccess, clock: () => number = Date.now): DomainHandlers<CompareApi> {
  return {
    regionComparison: async (request) => {
      const r = object(request, 'regionComparison');
      const region = canonicalRegion(r.region, 'regionComparison');
      let years: number[] | undefined;
      if (r.years !== undefined) {
        if (!Array.isArray(r.years)) invalid('regionComparison: years should be a list of years.');
        years = r.years.map((y) => year(y, 'regionComparison.years'));
      }
      return withDb(async (db) => {
        const records = await recordsOfRegion(db, region, years);
        const shown = years ?? [...new Set(records.map((x) => x.year))];
        const national = region === NATIONAL || shown.length === 0 ? [] : await recordsOfRegion(db, NATIONAL, shown);
        return { region, records, national, years: [...new Set(shown)].sort((a, b) => a - b) };
      });
    },

    peerTargets: async (request) => {
      const r = object(request, 'peerTargets');
      const y = year(r.year, 'peerTargets');
      if (typeof r.indicator !== 'string' || !r.indicator) invalid('peerTargets needs an indicator.');
      const indicator = r.indicator as CompareApi['peerTargets']['request']['indicator'];
      const rows = await withDb((db) => recordsForIndicatorYear(db, indicator, y));
      return { records: rows.filter((x) => x.kind === 'target') };
    },

    regionsWithRecords: async () => ({ regions: await withDb((db) => regionCounts(db)) }),

    recordsForPage: async (request) => {
      const r = object(request, 'recordsForPage');
      if (typeof r.url !== 'string' || !r.url) invalid('recordsForPage needs a url.');
      const url = r.url;
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
      const r = object(request, 'listReports');
      const region = canonicalRegion(r.region, 'listReports');
      const rows = await withDb((db) => reportsOfRegion(db, region));
      return { reports: rows.map(summarize) };
    },

    getReports: async (request) => {
      const r = object(request, 'getReports');
      if (!Array.isArray(r.ids) || !r.ids.every((id) => typeof id === 'string')) invalid('getReports expects { ids: string[] }.');
      return { reports: await withDb((db) => reportsByIds(db, r.ids as string[])) };
    },

    deleteReport: async (request) => {
      const r = object(request, 'deleteReport');
      if (typeof r.id !== 'string') invalid('deleteReport expects { id }.');
      const id = r.id;
      const deleted = await write((db) => deleteReport(db, id));
      return { deleted };
    },
  };
}
