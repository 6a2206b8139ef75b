// What kind of source a figure comes from, as a reader judges it: the government's own full text, a news outlet, or a
// mirror or spun copy. The card labels each source with it and lists the official ones first, so a mirror is never
// the only thing shown without saying so.
import type { Source } from '../model';

export type SourceKind = 'official' | 'news' | 'mirror';

const KINDS: Record<string, SourceKind> = {
  official: 'official',
  official_via_repo: 'official',
  official_text: 'official',
  'report-fulltext': 'official',
  news: 'news',
  hk_media: 'news',
  tw_media: 'news',
  macau_media: 'news',
  aggregator: 'news',
  mirror: 'mirror',
  spun: 'mirror',
  spam: 'mirror',
  ai_content: 'mirror',
};

/** The kind of a stored source, or null when the record does not say (the user's own, a page saved by hand). */
export function sourceKind(source: Pick<Source, 'type'> | undefined): SourceKind | null {
  return (source?.type && KINDS[source.type]) || null;
}

const RANK: Record<SourceKind | 'unknown', number> = { official: 0, news: 1, unknown: 2, mirror: 3 };

/** Orders items by their source's kind, official first and mirrors last; stable otherwise. */
export function officialFirst<T>(items: readonly T[], sourceOf: (item: T) => Pick<Source, 'type'> | undefined): T[] {
  const rank = (item: T) => RANK[sourceKind(sourceOf(item)) ?? 'unknown'];
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => rank(a.item) - rank(b.item) || a.i - b.i)
    .map(({ item }) => item);
}
