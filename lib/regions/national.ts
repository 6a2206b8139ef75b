// The national report's region and the order every region list uses. Kept apart from the gazetteer (index.ts) so a
// module that only sorts or names 全国 does not build the name tables.

/** The national report's region. */
export const NATIONAL = '全国';

/** 全国 first, then the regions in Chinese collation order: the order of every picker and list. */
export function compareRegions(a: string, b: string): number {
  if (a === b) return 0;
  if (a === NATIONAL) return -1;
  if (b === NATIONAL) return 1;
  return a.localeCompare(b, 'zh');
}
