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
import { type Place, unpackPlaces } from './places.ts';
import { AMBIGUOUS_ABBR, REGIONS } from './regions.generated.ts';
import type { RegionEntry } from './types.ts';

export type { RegionEntry } from './types.ts';
/** The hand-made regions: provincial-level divisions, the listed major cities and new areas. Region pickers and
 * peer lists show these (and regions with records); the GB/T 2260 places are reached by name (findRegion). */
export { REGIONS };

/** The national report's region. */
export const NATIONAL = '全国';

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
for (const n of ['全国', '中国', '国家', '国务院', '中央', '我国', '内地', '大陆', '中国内地']) nameIndex.set(n, NATIONAL);

/** The GB/T 2260 places by canonical name, unpacked on first use (a few milliseconds). */
let places: Map<string, Place> | null = null;
/** Full names several places share (和平区) → their canonical names. */
const shared = new Map<string, string[]>();

function loadPlaces(): Map<string, Place> {
  if (places) return places;
  const list = unpackPlaces();
  places = new Map(list.map((p) => [p.name, p]));
  const handMade = new Set(nameIndex.keys()); // every spelling of the hand-made regions stays theirs
  const firstByFull = new Map<string, string>();
  // Canonical names first: each resolves to itself whatever else shares a spelling with it. The generated names
  // are simplified already (the generator checks), so they need no folding; extra spellings do.
  for (const p of list) if (!handMade.has(p.name)) nameIndex.set(p.name, p.name);
  const claim = (f: string, name: string) => {
    if (handMade.has(f)) return;
    const seen = nameIndex.get(f);
    if (seen === undefined) nameIndex.set(f, name);
    else if (seen !== name && !places!.has(f)) nameIndex.set(f, ''); // shared by two places: ambiguous
  };
  for (const p of list) {
    claim(p.fullName, p.name);
    claim(p.short, p.name);
    if (p.names) for (const n of p.names) claim(foldText(n), p.name);
    const first = firstByFull.get(p.fullName);
    if (first === undefined) firstByFull.set(p.fullName, p.name);
    else shared.set(p.fullName, [...(shared.get(p.fullName) ?? [first]), p.name]);
  }
  return places;
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

/**
 * Canonical simplified short name for any name, full name, alias or traditional form ('廣東省' → '广东',
 * '滬' → '上海', '全國' → '全国', '平頂山市' → '平顶山', '沈阳市和平区' → '沈阳和平区'); null when unknown or
 * ambiguous ('宁', '新', '和平区').
 */
export function findRegion(name: string): string | null {
  loadPlaces();
  const f = foldText(name.trim()).replace(/\s+/g, '').toLowerCase();
  if (!f) return null;
  const hit = nameIndex.get(f) ?? nameIndex.get(f.replace(SUFFIX, ''));
  if (hit) return hit;
  if (hit === '') return within(f);
  if (f.length === 1) return oneCharIndex.get(f) || null;
  return within(f);
}

/** '沈阳市和平区', '河南省平顶山市': a parent's name in front of a place picks that parent's place. */
function within(f: string): string | null {
  for (let k = f.length - 2; k >= 2; k--) {
    const parent = nameIndex.get(f.slice(0, k)) || nameIndex.get(f.slice(0, k).replace(SUFFIX, ''));
    if (!parent) continue;
    const rest = f.slice(k);
    const candidates = shared.get(rest) ?? [nameIndex.get(rest) || nameIndex.get(rest.replace(SUFFIX, '')) || ''];
    const inside = candidates.filter((c) => c && isWithin(c, parent));
    if (inside.length === 1) return inside[0];
  }
  return null;
}

/** True when `name` lies in `parent` (a province or a prefecture-level city), or is it. */
export function isWithin(name: string, parent: string): boolean {
  if (name === parent) return true;
  const p = loadPlaces().get(name);
  return p ? p.parent === parent || p.city === parent : byName.get(name)?.parent === parent;
}

/** The gazetteer row of a canonical name. */
export function regionEntry(name: string): RegionEntry | undefined {
  const hit = byName.get(name);
  if (hit) return hit;
  const p = loadPlaces().get(name);
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
  return !!r && (r.level === 'province' || r.level === 'municipality' || r.level === 'autonomous_region') &&
    r.name !== '台湾';
}

/** Provincial-level parent of a city or county (or the region itself). */
export function provinceOf(name: string): string {
  return byName.get(name)?.parent ?? loadPlaces().get(name)?.parent ?? name;
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

/** What a name found in text stands for: one region, or the places that share the name (resolved by context),
 * and the characters that may not stand right before or after it (长白山 is no 白山, 延安路 no 延安). */
interface ScanName {
  target: string | string[];
  left: string;
  right: string;
}

/** After any place's short name matched alone: a street (延安路, 咸阳路) is named after the city, it is not it. */
const STREET = '路街';

/** Names a scanner may match in running text: names, full names, and aliases that begin like the name, and the
 * places' full names and (when safe alone) short names. */
function scanNames(): Map<string, ScanName> {
  const m = new Map<string, ScanName>();
  for (const r of REGIONS) {
    const names = [r.name, r.nameTc, r.fullName, r.fullNameTc];
    // 内蒙, 香港特区, 雄安, 浦东 are safe; 首都, 中原, 天府, 山城 are everyday words and stay out.
    for (const a of r.aliases) if (a[0] === r.name[0] || a[0] === r.nameTc[0]) names.push(a);
    for (const raw of names) {
      const f = foldText(raw);
      if (f.length >= 2 && !m.has(f)) m.set(f, { target: r.name, left: '', right: '' });
    }
  }
  const own = new Set(m.keys()); // the hand-made regions' names are theirs alone
  /** `f` is folded already: the generated names are simplified, extra spellings are folded by the caller. */
  const add = (f: string, region: string, left = '', right = '') => {
    if (f.length < 2 || own.has(f)) return;
    const seen = m.get(f);
    if (seen === undefined) m.set(f, { target: region, left, right });
    else if (seen.target !== region) {
      const all = new Set([...(typeof seen.target === 'string' ? [seen.target] : seen.target), region]);
      m.set(f, { target: [...all], left: seen.left + left, right: seen.right + right });
    }
  };
  for (const p of loadPlaces().values()) {
    if (!p.everydayFull) add(p.fullName, p.name, p.left); // 亚运城市 is no 运城市
    else if (p.city) {
      // 城区, 沙县: only right after the city's name (阳泉城区, 三明市沙县).
      add(`${p.city}${p.fullName}`, p.name);
      add(`${byName.get(p.city)?.fullName ?? places!.get(p.city)?.fullName ?? p.city}${p.fullName}`, p.name);
    }
    if (p.name !== p.short && p.name !== p.fullName) add(p.name, p.name); // 沈阳和平区, 吉林市, 海南州
    if (p.names) for (const n of p.names) add(foldText(n), p.name);
    if (p.alone) add(p.short, p.name, p.left, p.right + STREET);
  }
  return m;
}

/** A name ending in a suffix is no name when the suffix begins a word: 吉林市场, 河北区域, 旗舰. */
const SUFFIX_WORD: Record<string, RegExp> = { 市: /^场/, 区: /^(?:域|位|块|间|划)/, 旗: /^(?:舰|帜)/ };

/** Names by their first two code units, longest first: a scan tries only the few names that can start there. */
let byPair: Map<number, [string, ScanName][]> | null = null;
/** 1 for every code unit that begins some name: most characters are rejected by one array read. */
const FIRST = new Uint8Array(65536);

function scanIndex(): Map<number, [string, ScanName][]> {
  if (byPair) return byPair;
  byPair = new Map();
  for (const [name, entry] of scanNames()) {
    const k = name.charCodeAt(0) * 65536 + name.charCodeAt(1);
    const list = byPair.get(k) ?? [];
    list.push([name, entry]);
    byPair.set(k, list);
    FIRST[name.charCodeAt(0)] = 1;
  }
  for (const list of byPair.values()) if (list.length > 1) list.sort((a, b) => b[0].length - a[0].length);
  return byPair;
}

/**
 * All region mentions in (folded) text, left to right, longest name first at each position. A name several places
 * share counts when the text's other mentions point to exactly one of them (its city, else its province). Linear.
 */
export function scanRegions(text: string): RegionMention[] {
  const index = scanIndex();
  const out: RegionMention[] = [];
  const open: { at: number; candidates: string[] }[] = [];
  const n = text.length - 1;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (FIRST[code] === 0) continue;
    const list = index.get(code * 65536 + text.charCodeAt(i + 1));
    if (!list) continue;
    for (let k = 0; k < list.length; k++) {
      const [name, { target, left, right }] = list[k];
      if (!text.startsWith(name, i)) continue;
      const next = text.charAt(i + name.length);
      if (SUFFIX_WORD[name[name.length - 1]]?.test(next)) continue;
      if ((left && i > 0 && left.includes(text.charAt(i - 1))) || (right && next && right.includes(next))) continue;
      if (typeof target !== 'string') open.push({ at: out.length, candidates: target });
      out.push({ region: typeof target === 'string' ? target : '', start: i, end: i + name.length });
      i += name.length - 1;
      break;
    }
  }
  if (open.length === 0) return out;
  // Context: every region named unambiguously, with its province and city.
  const context = new Set<string>();
  const all = loadPlaces();
  for (const m of out) {
    if (!m.region) continue;
    context.add(m.region);
    const p = all.get(m.region);
    const parent = p ? p.parent : byName.get(m.region)?.parent;
    if (parent) context.add(parent);
    if (p?.city) context.add(p.city);
  }
  for (const { at, candidates } of open) {
    const byCity = candidates.filter((c) => context.has(all.get(c)?.city ?? '\0'));
    const byProvince = candidates.filter((c) => context.has(all.get(c)?.parent ?? '\0'));
    const pick = byCity.length === 1 ? byCity[0] : byCity.length === 0 && byProvince.length === 1 ? byProvince[0] : '';
    out[at].region = pick;
  }
  return out.filter((m) => m.region);
}
