// Region names in the pack are the canonical simplified short names of ../shared/data/regions.json (`name`), with
// `全国` for the national report. Sources spell regions every way (traditional script, full names, nicknames), so
// every adapter resolves through one index built from that file.

import { NATIONAL } from '../regions/national';

const NATIONAL_NAMES = ['全国', '全國', '中国', '中國', '国家', '國家', 'national'];

/** One entry of regions.json as far as the pack needs it. */
export interface RegionEntry {
  name: string;
  name_tc?: string;
  full_name?: string;
  full_name_tc?: string;
  aliases?: string[] | null;
}

export interface RegionIndex {
  /** Canonical name for any known spelling, or null. */
  resolve(name: string): string | null;
  /** Sort rank: 全国 first, then the order of regions.json; unknown names last. */
  rank(name: string): number;
}

/** Builds the index from the parsed regions.json (`{ regions: RegionEntry[] }`) or a bare list of entries. */
export function buildRegionIndex(data: unknown): RegionIndex {
  const list = Array.isArray(data) ? data : (data as { regions?: unknown } | null)?.regions;
  if (!Array.isArray(list)) throw new Error('regions.json: expected an object with a "regions" list');
  const byName = new Map<string, string>();
  const rank = new Map<string, number>([[NATIONAL, 0]]);
  for (const n of NATIONAL_NAMES) byName.set(n, NATIONAL);
  list.forEach((raw, i) => {
    const r = raw as RegionEntry;
    if (typeof r?.name !== 'string' || !r.name) throw new Error(`regions.json: regions[${i}] has no name`);
    rank.set(r.name, i + 1);
    const spellings = [r.name, r.name_tc, r.full_name, r.full_name_tc];
    // One-character aliases (申, 秦, 深 …) are ambiguous in running text; a figure's region field never needs them.
    for (const alias of r.aliases ?? []) if (alias.length > 1) spellings.push(alias);
    for (const s of spellings) if (s && !byName.has(s)) byName.set(s, r.name);
  });
  return {
    resolve: (name) => byName.get(name.trim()) ?? null,
    rank: (name) => rank.get(name) ?? Number.MAX_SAFE_INTEGER,
  };
}
