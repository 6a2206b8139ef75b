import type { FigureRecord } from '../model';

type Keyed = Pick<FigureRecord, 'region' | 'year' | 'indicator' | 'kind' | 'value' | 'valueMax' | 'text'> & {
  source: { url: string };
};

/**
 * Two records with this key say the same thing from the same page: region, year, indicator, kind, the figure and
 * the source url. Saving a statement twice, or importing a file that holds a record under another id, merges on it.
 */
export function recordContentKey(r: Keyed): string {
  const figure = r.value === undefined ? `text:${r.text ?? ''}` : `${r.value}~${r.valueMax ?? r.value}`;
  return [r.region, r.year, r.indicator, r.kind, figure, r.source.url].join('|');
}
