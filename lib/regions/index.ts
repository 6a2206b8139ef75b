// lib/regions — the gazetteer: provincial-level divisions and major cities with simplified, traditional and alias
// names (generated from shared/data/regions.json), name → canonical simplified short name, and a scanner that
// finds region mentions in matching text. Imports lib/text only; no DOM, no browser APIs.
//
// Why one-character abbreviations (京, 沪, 新, 宁 …) are never matched alone in running text: 新 (新疆) and 宁
// (宁夏, 南京, 宁波) are everyday characters. They count only inside known compounds (京津冀, 苏浙沪 …) and in
// `findRegion`, where the caller hands over a whole name and an unambiguous one-character abbreviation is fine.
import { foldText } from '../text/fold.ts';
import { AMBIGUOUS_ABBR, REGIONS } from './regions.generated.ts';
import type { RegionEntry } from './types.ts';

export type { RegionEntry } from './types.ts';
export { REGIONS };

/** The national report's region. */
export const NATIONAL = '全国';

const byName = new Map<string, RegionEntry>();
for (const r of REGIONS) byName.set(r.name, r);

/** Every name, full name and multi-character alias (folded to simplified) → canonical name. */
const nameIndex = new Map<string, string>();
/** One-character abbreviations and aliases → canonical name, or '' when two regions share it. */
const oneCharIndex = new Map<string, string>();
for (const r of REGIONS) {
  for (const raw of [r.name, r.nameTc, r.fullName, r.fullNameTc, ...r.aliases, ...r.abbr]) {
    const f = foldText(raw);
    if (f.length >= 2) {
      if (!nameIndex.has(f)) nameIndex.set(f, r.name);
    } else if (f.length === 1) {
      const seen = oneCharIndex.get(f);
      oneCharIndex.set(f, seen === undefined || seen === r.name ? r.name : '');
    }
  }
  if (r.en) nameIndex.set(r.en.toLowerCase(), r.name);
}
// A one-character abbreviation is ambiguous when the data says so (新, 宁, 青 …), when it is another region's
// one-character alias (宁 for 南京), or when another region's name starts with it (苏 → 苏州, 青 → 青岛).
for (const c of AMBIGUOUS_ABBR) oneCharIndex.set(foldText(c), '');
for (const [c, owner] of oneCharIndex) {
  if (owner && REGIONS.some((r) => r.name !== owner && foldText(r.name).startsWith(c))) oneCharIndex.set(c, '');
}
for (const n of ['全国', '中国', '国家', '国务院', '中央', '我国', '内地', '大陆', '中国内地']) nameIndex.set(n, NATIONAL);

const SUFFIX = /(?:省|市|自治区|特别行政区|壮族自治区|回族自治区|维吾尔自治区|地区)$/;

/**
 * Canonical simplified short name for any name, full name, alias or traditional form ('廣東省' → '广东',
 * '滬' → '上海', '全國' → '全国'); null when unknown or ambiguous ('宁', '新').
 */
export function findRegion(name: string): string | null {
  const f = foldText(name.trim()).replace(/\s+/g, '').toLowerCase();
  if (!f) return null;
  const hit = nameIndex.get(f) ?? nameIndex.get(f.replace(SUFFIX, ''));
  if (hit) return hit;
  if (f.length === 1) return oneCharIndex.get(f) || null;
  return null;
}

/** The gazetteer row of a canonical name. */
export function regionEntry(name: string): RegionEntry | undefined {
  return byName.get(name);
}

/** True for the 31 mainland provincial-level divisions (those that deliver a 政府工作报告). */
export function isProvincial(name: string): boolean {
  const r = byName.get(name);
  return !!r && (r.level === 'province' || r.level === 'municipality' || r.level === 'autonomous_region') &&
    r.name !== '台湾';
}

/** Provincial-level parent of a city (or the region itself). */
export function provinceOf(name: string): string {
  return byName.get(name)?.parent ?? name;
}

export interface RegionMention {
  region: string;
  start: number;
  end: number;
}

/** Names a scanner may match in running text: names, full names, and aliases that begin like the name. */
function scanNames(): Map<string, string> {
  const m = new Map<string, string>();
  for (const r of REGIONS) {
    const names = [r.name, r.nameTc, r.fullName, r.fullNameTc];
    // 内蒙, 香港特区, 雄安, 浦东 are safe; 首都, 中原, 天府, 山城 are everyday words and stay out.
    for (const a of r.aliases) if (a[0] === r.name[0] || a[0] === r.nameTc[0]) names.push(a);
    for (const raw of names) {
      const f = foldText(raw);
      if (f.length >= 2 && !m.has(f)) m.set(f, r.name);
    }
  }
  return m;
}

/** Names by their first character, longest first: a scan tries only the few names that can start at a position. */
let byFirst: Map<number, [string, string][]> | null = null;
/** 1 for every code unit that begins some name: most characters are rejected by one array read. */
const FIRST = new Uint8Array(65536);

/** All region mentions in (folded) text, left to right, longest name first at each position. Linear. */
export function scanRegions(text: string): RegionMention[] {
  if (!byFirst) {
    byFirst = new Map();
    for (const [name, region] of scanNames()) {
      const k = name.charCodeAt(0);
      const list = byFirst.get(k) ?? [];
      list.push([name, region]);
      byFirst.set(k, list);
    }
    for (const [k, list] of byFirst) {
      list.sort((a, b) => b[0].length - a[0].length);
      FIRST[k] = 1;
    }
  }
  const out: RegionMention[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (FIRST[code] === 0) continue;
    const list = byFirst.get(code);
    if (!list) continue;
    for (let k = 0; k < list.length; k++) {
      const name = list[k][0];
      if (text.startsWith(name, i)) {
        out.push({ region: list[k][1], start: i, end: i + name.length });
        i += name.length - 1;
        break;
      }
    }
  }
  return out;
}
