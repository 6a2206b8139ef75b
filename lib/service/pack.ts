// The pack's messages: the load's progress (kept in memory by the background while it loads the pack) and the
// coverage of what is stored — every record, the user's included, so the table shows what the extension knows.
import type { PackApi } from '../api/pack';
import type { DbAccess } from '../db/open';
import { recordCells } from '../db/pack';
import type { DomainHandlers } from '../messages';
import { coverageOf } from '../pack/coverage';
import { isProvincial, NATIONAL, regionEntry } from '../regions/index';
import type { PackStatusTracker } from './pack-install';

/** 全国 first, then the provincial-level regions, then the cities, each group in pinyin order. */
const collator = new Intl.Collator('zh-Hans-CN');
export function regionRank(name: string): number {
  if (name === NATIONAL) return 0;
  if (isProvincial(name)) return 1;
  return regionEntry(name)?.level === 'sub_provincial_city' ? 2 : 3;
}
export function compareRegions(a: string, b: string): number {
  return regionRank(a) - regionRank(b) || collator.compare(a, b);
}

export function packHandlers({ withDb }: DbAccess, status: PackStatusTracker): DomainHandlers<PackApi> {
  return {
    getPackStatus: () => status.get(),
    getCoverage: () =>
      withDb(async (db) => {
        const coverage = coverageOf(await recordCells(db));
        const names = Object.keys(coverage.regions).sort(compareRegions);
        return {
          indicators: coverage.indicators,
          regions: Object.fromEntries(names.map((n) => [n, coverage.regions[n]])),
        };
      }),
  };
}
