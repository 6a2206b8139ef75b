// The current page's confident figures, not yet saved, shown in the popup's comparison beside the stored records.
// They are a source of their own ("from this page"): never saved by being shown, and never in place of a stored figure.
import { statementToRecord } from '@/lib/io/statements';
import { isConfident } from '@/lib/match/confidence';
import type { PageFigure } from '@/lib/api/page';
import type { FigureRecord, Statement } from '@/lib/model';

/** `source.type` of a figure read from the open page and not stored. */
export const THIS_PAGE = 'this-page';

export type { PageFigure } from '@/lib/api/page';

/** A page never sends more than this many figures (a message stays small on a huge page). */
export const MAX_PAGE_FIGURES = 300;

/** The page's confident statements, trimmed for the popup; uncertain readings are never compared as facts. */
export function confidentPageFigures(statements: readonly Statement[]): PageFigure[] {
  return statements
    .filter(isConfident)
    .slice(0, MAX_PAGE_FIGURES)
    .map((s) => {
      const f: PageFigure = {
        region: s.region,
        year: s.year,
        indicator: s.indicator,
        kind: s.kind,
        value: s.value,
        unit: s.unit,
        qualifier: s.qualifier,
        quote: s.quote,
      };
      if (s.valueMax !== undefined) f.valueMax = s.valueMax;
      if (s.extraQualifier) f.extraQualifier = s.extraQualifier;
      if (s.estimate) f.estimate = true;
      return f;
    });
}

const isFigure = (x: unknown): x is PageFigure => {
  const f = x as PageFigure | null;
  return (
    !!f &&
    typeof f === 'object' &&
    typeof f.region === 'string' &&
    Number.isInteger(f.year) &&
    typeof f.indicator === 'string' &&
    (f.kind === 'target' || f.kind === 'result') &&
    Number.isFinite(f.value) &&
    typeof f.unit === 'string' &&
    typeof f.quote === 'string'
  );
};

/** The page's figures as records labelled "from this page" (anything malformed in the message is dropped). */
export function pageFigureRecords(figures: unknown, url: string | undefined, title?: string): FigureRecord[] {
  if (!Array.isArray(figures)) return [];
  return figures
    .filter(isFigure)
    .slice(0, MAX_PAGE_FIGURES)
    .map((f) => {
      const record = statementToRecord(
        { ...f, qualifier: f.qualifier ?? null, start: 0, end: 0 },
        { url: url ?? '', title },
        Date.now(),
      );
      record.source.type = THIS_PAGE;
      record.id = `${THIS_PAGE}:${record.id}`;
      return record;
    });
}

export const isFromThisPage = (r: Pick<FigureRecord, 'source'>): boolean => r.source.type === THIS_PAGE;

const factKey = (r: Pick<FigureRecord, 'region' | 'year' | 'indicator' | 'kind'>) =>
  `${r.region}|${r.year}|${r.indicator}|${r.kind}`;

/**
 * The stored records of a region with the page's figures for facts nothing stored states (one per fact, first
 * wins): a stored figure always keeps its cell, the page fills gaps only. Years grow by the page's.
 */
export function mergePageFigures(
  stored: readonly FigureRecord[],
  years: readonly number[],
  page: readonly FigureRecord[],
  region: string,
): { records: FigureRecord[]; years: number[]; added: number } {
  const taken = new Set(stored.map(factKey));
  const extra: FigureRecord[] = [];
  for (const r of page) {
    if (r.region !== region || taken.has(factKey(r))) continue;
    taken.add(factKey(r));
    extra.push(r);
  }
  if (!extra.length) return { records: [...stored], years: [...years], added: 0 };
  const allYears = [...new Set([...years, ...extra.map((r) => r.year)])].sort((a, b) => a - b);
  return { records: [...stored, ...extra], years: allYears, added: extra.length };
}
