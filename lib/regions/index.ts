// lib/regions — the gazetteer: provincial-level divisions and major cities with simplified, traditional and alias
// names (generated from shared/data/regions.json), every other prefecture-level and county-level division of
// GB/T 2260 (places.ts), name → canonical simplified short name, and a scanner that finds region mentions in
// matching text. Imports lib/text only; no DOM, no browser APIs.
//
// Why one-character abbreviations (京, 沪, 新, 宁 …) are never matched alone in running text: 新 (新疆) and 宁
// (宁夏, 南京, 宁波) are everyday characters. They count only inside known compounds (京津冀, 苏浙沪 …) and in
// `findRegion`, where the caller hands over a whole name and an unambiguous one-character abbreviation is fine.
// The same care for the 3,000 divisions: a short name (平顶山, 兰考) is matched alone only when no other place has
// it and it is no everyday word (安康, 长治, 合作, 新兴); otherwise only with its suffix (安康市, 新兴县). A full
// name several places share (和平区, 鼓楼区) is resolved by the other places the same text names (沈阳 → 沈阳和平区),
// or dropped. A name one of the hand-made regions owns (吉林, 海南) stays theirs: the city is 吉林市, 海南州.
import { foldText } from '../text/fold.ts';
import { type Place, PlaceTable } from './places.ts';
import { AMBIGUOUS_ABBR, REGIONS } from './regions.generated.ts';
import type { RegionEntry } from './types.ts';

export type { RegionEntry } from './types.ts';
/** The hand-made regions: provincial-level divisions, the listed major cities and new areas. Region pickers and
 * peer lists show these (and regions with records); the GB/T 2260 places are reached by name (findRegion). */
export { REGIONS };

import { NATIONAL } from './national.ts';

export { compareRegions, NATIONAL } from './national.ts';

const byName = new Map<string, RegionEntry>();
for (const r of REGIONS) byName.set(r.name, r);

/** Every name, full name and multi-character alias (folded to simplified) → canonical name, '' when ambiguous. */
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
for (const n of ['全国', '中国', '国家', '国务院', '中央', '我国', '内地', '大陆', '中国内地'])
  nameIndex.set(n, NATIONAL);

/** The GB/T 2260 places (places.ts), split on first use; a record is parsed when a lookup reaches it. */
let table: PlaceTable | null = null;
function places(): PlaceTable {
  table ??= new PlaceTable();
  return table;
}

/** Places whose full name, short name, canonical name or usual name (延边州) is `f` (folded), by record index. */
function placesNamed(f: string): number[] {
  const t = places();
  const out: number[] = [];
  if (f.length >= 2) {
    const c0 = f.charCodeAt(0);
    const c1 = f.charCodeAt(1);
    for (let i = t.lowerBound(c0, c1); t.startsWith(i, c0, c1); i++) {
      const p = t.place(i);
      if (p.fullName === f || p.short === f || p.name === f || p.zhou === f) out.push(i);
    }
  }
  const spelled = t.spellings.get(f);
  if (spelled !== undefined) out.push(spelled);
  return out;
}

/** Canonical names met so far → record index (-1: no place has that name). */
const placeIndex = new Map<string, number>();

/** The place whose canonical name is `name`, or null. */
function placeByName(name: string): Place | null {
  let i = placeIndex.get(name);
  if (i === undefined) {
    i = placesNamed(name).find((k) => places().place(k).name === name) ?? -1;
    // 沈阳和平区: a name with its parent in front is found through the parent.
    if (i < 0 && within(name) === name) i = placeIndex.get(name) ?? -1;
    placeIndex.set(name, i);
  }
  return i >= 0 ? places().place(i) : null;
}

/** The RegionEntry of a place, made when first asked for. */
function placeEntry(p: Place): RegionEntry {
  const e: RegionEntry = {
    name: p.name,
    nameTc: p.name,
    fullName: p.fullName,
    fullNameTc: p.fullName,
    level: p.level,
    en: '',
    abbr: [],
    aliases: [],
    parent: p.parent,
    city: p.city,
  };
  byName.set(p.name, e);
  return e;
}

const SUFFIX = /(?:省|市|自治区|特别行政区|壮族自治区|回族自治区|维吾尔自治区|地区)$/;

/** The one place a folded name stands for: a place's own canonical name wins; several others make it ambiguous
 * (''); null when no place has it. */
function placeFor(f: string): string | null {
  const hits = placesNamed(f);
  if (hits.length === 0) return null;
  const names = new Set<string>();
  for (const i of hits) {
    const name = places().place(i).name;
    names.add(name);
    placeIndex.set(name, i);
  }
  if (names.has(f)) return f;
  return names.size === 1 ? [...names][0] : '';
}

/**
 * Canonical simplified short name for any name, full name, alias or traditional form ('廣東省' → '广东',
 * '滬' → '上海', '全國' → '全国', '平頂山市' → '平顶山', '沈阳市和平区' → '沈阳和平区'); null when unknown or
 * ambiguous ('宁', '新', '和平区'). The hand-made regions' spellings come first (吉林 is the province).
 */
export function findRegion(name: string): string | null {
  const f = foldText(name.trim()).replace(/\s+/g, '').toLowerCase();
  if (!f) return null;
  const exact = nameIndex.get(f);
  if (exact) return exact;
  if (f.length === 1) return oneCharIndex.get(f) || null;
  // A place's own spelling before a hand-made region's name without its suffix: 吉林市 is the city.
  const place = placeFor(f);
  if (place) return place;
  const stripped = nameIndex.get(f.replace(SUFFIX, ''));
  if (stripped && place === null) return stripped;
  return within(f);
}

/** '沈阳市和平区', '河南省平顶山市': a parent's name in front of a place picks that parent's place. */
function within(f: string): string | null {
  for (let k = f.length - 2; k >= 2; k--) {
    const head = f.slice(0, k);
    const parent = nameIndex.get(head) || nameIndex.get(head.replace(SUFFIX, '')) || placeFor(head);
    if (!parent) continue;
    const inside = placesNamed(f.slice(k)).filter((i) => {
      const p = places().place(i);
      return p.parent === parent || p.city === parent;
    });
    const names = new Set(inside.map((i) => places().place(i).name));
    if (names.size === 1) {
      const [name] = names;
      placeIndex.set(name, inside[0]);
      return name;
    }
  }
  return null;
}

/** True when `name` lies in `parent` (a province or a prefecture-level city), or is it. */
export function isWithin(name: string, parent: string): boolean {
  if (name === parent) return true;
  const hand = byName.get(name);
  if (hand && hand.city === undefined) return hand.parent === parent;
  const p = placeByName(name);
  return !!p && (p.parent === parent || p.city === parent);
}

/** The gazetteer row of a canonical name. */
export function regionEntry(name: string): RegionEntry | undefined {
  const hit = byName.get(name);
  if (hit) return hit;
  const p = placeByName(name);
  return p ? placeEntry(p) : undefined;
}

/** True for the regions of the hand-made list (provincial-level divisions, major cities, new areas): the set that
 * region pickers and peer lists offer. */
export function isListed(name: string): boolean {
  return name === NATIONAL || REGIONS.some((r) => r.name === name);
}

/** True for the 31 mainland provincial-level divisions (those that deliver a 政府工作报告). */
export function isProvincial(name: string): boolean {
  const r = byName.get(name);
  return (
    !!r &&
    (r.level === 'province' || r.level === 'municipality' || r.level === 'autonomous_region') &&
    r.name !== '台湾'
  );
}

/** Provincial-level parent of a city or county (or the region itself). */
export function provinceOf(name: string): string {
  return byName.get(name)?.parent ?? placeByName(name)?.parent ?? name;
}

/** The character of 全X a report uses for its whole region (全省, 全区, 全市, 全县, 全州, 全盟, 全旗), or null. */
export function wholeWord(name: string): string | null {
  const level = regionEntry(name)?.level;
  switch (level) {
    case 'province':
      return '省';
    case 'autonomous_region':
    case 'district':
    case 'new_area':
    case 'special_district':
    case 'forest_area':
      return '区';
    case 'municipality':
    case 'sub_provincial_city':
    case 'prefecture_city':
    case 'county_city':
      return '市';
    case 'county':
    case 'autonomous_county':
      return '县';
    case 'autonomous_prefecture':
      return '州';
    case 'league':
      return '盟';
    case 'banner':
    case 'autonomous_banner':
      return '旗';
    default:
      return null;
  }
}

export interface RegionMention {
  region: string;
  start: number;
  end: number;
}

/** After a place's short name matched alone: a street (延安路, 咸阳路) is named after the city, it is not it. */
const STREET = '路街';

/** A name ending in a suffix is no name when the suffix begins a word: 吉林市场, 河北区域, 旗舰. */
const SUFFIX_WORD: Record<string, RegExp> = { 市: /^场/, 区: /^(?:域|位|块|间|划)/, 旗: /^(?:舰|帜)/ };

/** The hand-made regions' names (names, full names, aliases that begin like the name; 内蒙, 香港特区, 雄安 are
 * safe, 首都, 中原, 山城 are everyday words and stay out) and the places' extra spellings, by their first two code
 * units, longest first. */
let handPairs: Map<number, [string, string][]> | null = null;
/** 1 for every code unit that begins a hand-made name (HAND), a place's name (FIRST), either (ANY). */
const HAND = new Uint8Array(65536);
/** Two code units → the first record whose name starts with them (where a binary search found it before). */
const firstRecord = new Map<number, number>();
const FIRST = new Uint8Array(65536);
const ANY = new Uint8Array(65536);
/** 1 where some name's first two code units hash to (pairHash): a position no name starts at costs two reads. */
const PAIR = new Uint8Array(65536);
const pairHash = (c0: number, c1: number) => (c0 * 31 + c1) & 0xffff;

function scanIndex(): Map<number, [string, string][]> {
  if (handPairs) return handPairs;
  const names = new Map<string, string>();
  for (const r of REGIONS) {
    const all = [r.name, r.nameTc, r.fullName, r.fullNameTc];
    for (const a of r.aliases) if (a[0] === r.name[0] || a[0] === r.nameTc[0]) all.push(a);
    for (const raw of all) {
      const f = foldText(raw);
      if (f.length >= 2 && !names.has(f)) names.set(f, r.name);
    }
  }
  const t = places();
  for (const [spelling, i] of t.spellings) {
    const f = foldText(spelling);
    if (!names.has(f)) names.set(f, t.place(i).name);
  }
  handPairs = new Map();
  for (const [name, region] of names) {
    const k = name.charCodeAt(0) * 65536 + name.charCodeAt(1);
    const list = handPairs.get(k) ?? [];
    list.push([name, region]);
    handPairs.set(k, list);
    HAND[name.charCodeAt(0)] = 1;
    ANY[name.charCodeAt(0)] = 1;
  }
  for (const list of handPairs.values()) if (list.length > 1) list.sort((a, b) => b[0].length - a[0].length);
  for (const r of t.records) {
    FIRST[r.charCodeAt(0)] = 1;
    ANY[r.charCodeAt(0)] = 1;
    PAIR[pairHash(r.charCodeAt(0), r.charCodeAt(1))] = 1;
  }
  for (const name of names.keys()) PAIR[pairHash(name.charCodeAt(0), name.charCodeAt(1))] = 1;
  return handPairs;
}

/** True when the name at `i` stands free of the words around it (吉林市场, 长白山, 宁德时代, 延安路). */
function free(text: string, i: number, name: string, left: string, right: string): boolean {
  const next = text.charAt(i + name.length);
  if (SUFFIX_WORD[name[name.length - 1]]?.test(next)) return false;
  if (left && i > 0 && left.includes(text.charAt(i - 1))) return false;
  return !(right && next && right.includes(next));
}

/**
 * All region mentions in (folded) text, left to right, longest name first at each position (a hand-made region's
 * name before a place's of the same length). A full name several places share counts when the text's other
 * mentions point to exactly one of them (its city, else its province). Linear: each position costs two table
 * reads, and a binary search where a place's name can start.
 */
export function scanRegions(text: string): RegionMention[] {
  const hand = scanIndex();
  const t = places();
  const out: RegionMention[] = [];
  const open: { at: number; candidates: number[] }[] = [];
  const n = text.length - 1;
  for (let i = 0; i < n; i++) {
    const c0 = text.charCodeAt(i);
    if (ANY[c0] === 0) continue;
    const c1 = text.charCodeAt(i + 1);
    // pairHash written out: this line runs for a third of all characters, often before the engine optimises it.
    if (PAIR[(c0 * 31 + c1) & 0xffff] === 0) continue;
    let len = 0;
    let region = '';
    const list = HAND[c0] ? hand.get(c0 * 65536 + c1) : undefined;
    if (list) {
      for (const [name, r] of list) {
        if (text.startsWith(name, i) && free(text, i, name, '', '')) {
          len = name.length;
          region = r;
          break;
        }
      }
    }
    let candidates: number[] | null = null;
    if (FIRST[c0]) {
      const key = c0 * 65536 + c1;
      let from = firstRecord.get(key);
      if (from === undefined) {
        from = t.lowerBound(c0, c1);
        firstRecord.set(key, from);
      }
      const previous = out.length ? out[out.length - 1] : null;
      for (let k = from; t.startsWith(k, c0, c1); k++) {
        const p = t.place(k);
        let got = 0;
        // 磁县, 城区: only right after the city's name (邯郸市磁县).
        const afterCity = previous !== null && previous.end === i && previous.region === p.city;
        const full = p.fullName;
        if (
          (!p.everydayFull || afterCity) &&
          full.length >= len &&
          text.startsWith(full, i) &&
          free(text, i, full, p.left, '')
        )
          got = full.length;
        else if (p.zhou && p.zhou.length > len && text.startsWith(p.zhou, i) && free(text, i, p.zhou, '', ''))
          got = p.zhou.length;
        else if (
          p.alone &&
          p.short.length > len &&
          text.startsWith(p.short, i) &&
          free(text, i, p.short, p.left, p.right + STREET)
        )
          got = p.short.length;
        if (got === 0 || got < len || (got === len && !candidates)) continue;
        if (got > len) {
          len = got;
          candidates = [k];
        } else candidates!.push(k);
      }
    }
    if (len === 0) continue;
    if (candidates) {
      const names = new Set(candidates.map((k) => t.place(k).name));
      if (names.size === 1) {
        region = t.place(candidates[0]).name;
        placeIndex.set(region, candidates[0]);
      } else {
        region = '';
        open.push({ at: out.length, candidates });
      }
    }
    out.push({ region, start: i, end: i + len });
    i += len - 1;
  }
  if (open.length === 0) return out;
  // Context: every region named unambiguously, with its province and city.
  const context = new Set<string>();
  for (const m of out) {
    if (!m.region) continue;
    context.add(m.region);
    const e = byName.get(m.region);
    const p = e ? null : placeByName(m.region);
    const parent = e ? e.parent : p?.parent;
    if (parent) context.add(parent);
    if (p?.city) context.add(p.city);
  }
  for (const { at, candidates } of open) {
    const byCity = candidates.filter((k) => context.has(t.place(k).city ?? '\0'));
    const byProvince = candidates.filter((k) => context.has(t.place(k).parent));
    const pick = byCity.length === 1 ? byCity[0] : byCity.length === 0 && byProvince.length === 1 ? byProvince[0] : -1;
    if (pick >= 0) {
      out[at].region = t.place(pick).name;
      placeIndex.set(out[at].region, pick);
    }
  }
  return out.filter((m) => m.region);
}
