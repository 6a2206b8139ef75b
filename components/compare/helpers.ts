// Pure helpers of the comparison views and the popup: no Preact, no browser globals, so unit tests call them as is.
import type { RegionCount } from '@/lib/api/compare';
import type { ComparisonTable } from '@/lib/compare';
import type { FigureRecord } from '@/lib/model';
import { isWebUrl } from '@/lib/io/web-url';
import { findRegion, isProvincial, NATIONAL, regionEntry } from '@/lib/regions';
import { foldText } from '@/lib/text/fold';

/** Folded for search: traditional and simplified, full- and half-width, any case meet. */
const fold = (s: string) => foldText(s.trim()).toLowerCase();

/**
 * The regions (with records) a picker query matches: by name, traditional name, full name, alias, abbreviation or
 * English name, anywhere in the name; an exact hit through the gazetteer (京, 滬, 廣東省) comes first.
 */
export function matchRegions(query: string, regions: readonly RegionCount[]): RegionCount[] {
  const q = fold(query);
  if (!q) return [...regions];
  const exact = findRegion(query);
  const hits = regions.filter((r) => {
    if (r.region === exact) return true;
    const e = regionEntry(r.region);
    const names = e ? [e.name, e.nameTc, e.fullName, e.fullNameTc, e.en, ...e.aliases, ...e.abbr] : [r.region];
    return names.some((n) => fold(n).includes(q));
  });
  return hits.sort((a, b) => (a.region === exact ? -1 : b.region === exact ? 1 : 0));
}

/**
 * What the popup's address may carry: `?tab=<tabId>` (the tab to read; see PopupApp) with `&url=` (its address),
 * `?region=`, `?year=`.
 */
export interface PopupParams {
  tabId?: number;
  /** The tab's address, when the opener knows it (without the `tabs` permission a tab's URL is hidden from us). */
  url?: string;
  region?: string;
  year?: number;
}

export function readPopupParams(search: string): PopupParams {
  const params = new URLSearchParams(search);
  const out: PopupParams = {};
  const tab = Number(params.get('tab'));
  if (params.has('tab') && Number.isInteger(tab) && tab >= 0) out.tabId = tab;
  const url = params.get('url');
  if (isWebUrl(url)) out.url = url;
  const region = params.get('region')?.trim();
  if (region) out.region = findRegion(region) ?? region;
  const year = Number(params.get('year'));
  if (params.has('year') && Number.isInteger(year) && year > 1949) out.year = year;
  return out;
}

import type { PageInfo } from '@/lib/api/page';

export type { PageInfo };

/**
 * Where the popup opens: the address's region; else the current tab's report (its main region and report year);
 * else the region viewed last; else nothing (the picker). A region must have records to be opened, except one
 * the address names.
 */
export function initialRegion(input: {
  params: PopupParams;
  page: PageInfo | null;
  lastRegion: string | null;
  regions: readonly RegionCount[] | null;
}): { region: string | null; year?: number; from: 'address' | 'page' | 'last' | 'none' } {
  const { params, page, lastRegion, regions } = input;
  const known = (r: string | null | undefined): r is string => !!r && (!regions || regions.some((x) => x.region === r));
  // The page's own region opens even with nothing stored when the page has figures of it to compare.
  const onPage = (r: string) =>
    Array.isArray(page?.figures) && page.figures.some((f) => (f as { region?: unknown } | null)?.region === r);
  if (params.region) return { region: params.region, year: params.year, from: 'address' };
  const d = page?.detection;
  if (d?.isReport && d.regions.length > 0) {
    const main = d.regions.find((r) => known(r)) ?? d.regions.find(onPage);
    if (main) return { region: main, year: d.year ?? undefined, from: 'page' };
  }
  if (known(lastRegion)) return { region: lastRegion, from: 'last' };
  return { region: null, from: 'none' };
}

/** The library page's full-size comparison (a path for `browser.runtime.getURL`). */
export function fullViewPath(region: string, year?: number): string {
  const params = new URLSearchParams({ region, view: 'compare' });
  if (year !== undefined) params.set('year', String(year));
  return `/options.html?${params.toString()}`;
}

/** The library page's records of a region (`?region=` alone opens the comparison there). */
export function libraryRegionPath(region: string): string {
  return `/options.html?${new URLSearchParams({ tab: 'records', region }).toString()}`;
}

/** Only http(s) addresses become links (imported data may hold `javascript:` or anything else). */
export function safeUrl(url: string | undefined): string | null {
  return isWebUrl(url) ? url : null;
}

// Signed amounts use the UI's unit word (个百分点 / pp): one wording for card, popup and library.
export { signedAmount } from './verdicts';

/**
 * The focus year: the one asked for when the table has it, else the latest year with a target, else the latest.
 */
export function focusYear(years: readonly number[], records: readonly FigureRecord[], wanted?: number): number | null {
  if (wanted !== undefined && years.includes(wanted)) return wanted;
  const targets = records.filter((r) => r.kind === 'target').map((r) => r.year);
  if (targets.length > 0) return Math.max(...targets);
  return years.length ? Math.max(...years) : null;
}

/**
 * The columns shown: at most `max` years ending with `end` (in the popup: the report year first, since a year's column
 * holds both its target and its result), or the latest years when `end` is not stored. Wide views show every year.
 */
export function visibleYears(years: readonly number[], end: number | null, max: number): number[] {
  const sorted = [...years].sort((a, b) => a - b);
  if (sorted.length <= max) return sorted;
  let last = end === null ? -1 : sorted.indexOf(end);
  if (last < 0) last = sorted.length - 1;
  last = Math.max(max - 1, last);
  return sorted.slice(last - max + 1, last + 1);
}

/** The stored year before or after `year` (for the table's earlier / later buttons), or null at either end. */
export function stepYear(years: readonly number[], year: number, step: -1 | 1): number | null {
  const sorted = [...years].sort((a, b) => a - b);
  const i = sorted.indexOf(year);
  const next = sorted[i + step];
  return i < 0 || next === undefined ? null : next;
}

/** The two years "What changed" compares by default: the focus year and the stored year before it. */
export function defaultYearPair(years: readonly number[], focus: number | null): [number, number] | null {
  const sorted = [...years].sort((a, b) => a - b);
  if (sorted.length < 2) return null;
  const b = focus !== null && sorted.includes(focus) ? focus : sorted[sorted.length - 1];
  const before = sorted.filter((y) => y < b);
  const a = before.length ? before[before.length - 1] : sorted.find((y) => y > b)!;
  return a < b ? [a, b] : [b, a];
}

/** Who counts as a peer: provinces compare with provincial-level divisions, cities with cities. */
export function peerFilter(region: string): (other: string) => boolean {
  if (region === NATIONAL || isProvincial(region)) return (other) => isProvincial(other);
  return (other) => !isProvincial(other) && other !== NATIONAL;
}

/** Indicators with a target in the year, in table order: the peers picker's choices. */
export function indicatorsWithTarget(
  table: ComparisonTable,
  year: number,
): ComparisonTable['rows'][number]['indicator'][] {
  const col = table.years.indexOf(year);
  if (col < 0) return [];
  return table.rows.filter((r) => r.cells[col]?.target).map((r) => r.indicator);
}

/** Where a value sits on an axis [lo, hi] mapped to [0, width]; a degenerate axis puts everything in the middle. */
export function scale(value: number, lo: number, hi: number, width: number): number {
  if (!(hi > lo)) return width / 2;
  return ((value - lo) / (hi - lo)) * width;
}

/** Filename-safe stem for downloads: `report-lens-北京-2021-2026`. */
export function exportName(region: string, years: readonly number[]): string {
  const span = years.length ? `-${Math.min(...years)}-${Math.max(...years)}` : '';
  return `report-lens-${region.replace(/[\\/:*?"<>|\s]+/g, '_')}${span}`;
}

/**
 * What the library page's address asks of the comparison: `?view=compare` opens it, `region=` (any name, alias or
 * traditional form) and `year=` say where. For the library's wiring: `readCompareLocation(location.search)`.
 */
export function readCompareLocation(search: string): { compare: boolean; region?: string; year?: number } {
  const params = new URLSearchParams(search);
  const { region, year } = readPopupParams(search);
  return { compare: params.get('view') === 'compare', ...(region ? { region } : {}), ...(year ? { year } : {}) };
}
