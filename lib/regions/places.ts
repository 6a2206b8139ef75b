// The GB/T 2260 divisions beyond the hand-made regions: every prefecture-level and county-level division, unpacked
// from the compact string that scripts/gen-places.mjs writes (places.generated.ts). Why packed: 3,000 places ride in
// the content script; a string of names is a third of the size of as many objects.
//
// Format: one line per province, `省;group;group…`; a group is `prefecture,county,county…`, the prefecture empty for
// municipal districts and counties under the province directly, `=名` when the prefecture is a hand-made region.
// A record is `[*][!^@-]short[.suffix][<left][>right][+extra…]`: the full name is short + suffix; '*' lets the
// short name match alone in running text, '!' gives a prefecture its full name (吉林市, 海南州) as canonical name,
// '^' gives a county its short name (兰考, 义乌, 长阳),
// '@' puts the parent's name in front (沈阳和平区), '-' keeps an everyday or two-character full name (城区, 沙县)
// out of running text unless its city's name comes right before it; `left`/`right` are characters that may not
// stand before/after the short name matched alone; extras are traditional spellings folding does not bring back.
import { PLACES } from './places.generated.ts';
import type { RegionLevel } from './types.ts';

/** A place: its gazetteer facts and what the matcher needs. Plain fields (a RegionEntry is made on demand): the
 * reader unpacks 3,000 of these on every report page. */
export interface Place {
  /** Canonical name: the `region` of its statements. */
  name: string;
  fullName: string;
  /** The name without its suffix (平顶山, 延边, 海淀). */
  short: string;
  level: RegionLevel;
  /** Provincial-level parent. */
  parent: string;
  /** Prefecture-level parent of a county or district (null under a municipality or a province directly). */
  city: string | null;
  /** The short name may be matched alone in running text. */
  alone: boolean;
  /** The full name is an everyday or two-character word (城区, 沙县): matched only right after its city's name. */
  everydayFull: boolean;
  /** Other spellings (traditional forms folding does not reach, 延边州 for an autonomous prefecture), or null. */
  names: string[] | null;
  /** Characters that may not stand right before / right after the short name matched alone (长白山, 宁德时代). */
  left: string;
  right: string;
}

const COUNTY_LEVEL: Record<string, RegionLevel> = {
  林区: 'forest_area',
  特区: 'special_district',
  新区: 'district',
  区: 'district',
  县: 'county',
  市: 'county_city',
  旗: 'banner',
};

/** The level from the record's suffix (the last character when the short name is the full name: 赵县, 城区). */
function levelOf(suffix: string, prefecture: boolean): RegionLevel {
  if (prefecture) {
    if (suffix.endsWith('自治州')) return 'autonomous_prefecture';
    if (suffix === '地区') return 'prefecture';
    if (suffix === '盟') return 'league';
    return 'prefecture_city';
  }
  if (suffix.endsWith('自治县')) return 'autonomous_county';
  if (suffix.endsWith('自治旗')) return 'autonomous_banner';
  return COUNTY_LEVEL[suffix] ?? COUNTY_LEVEL[suffix.slice(-1)] ?? 'county';
}

/** Position of the first of `<`, `>`, `+` in a record from `from` on, or its length. */
function fieldEnd(raw: string, from: number): number {
  for (let i = from; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0x3c || c === 0x3e || c === 0x2b) return i;
  }
  return raw.length;
}

function parseRecord(raw: string, province: string, city: string | null, prefecture: boolean): Place {
  let f = 0;
  while ('*!@^-'.includes(raw[f])) f++;
  const flags = raw.slice(0, f);
  const headEnd = fieldEnd(raw, f);
  const dot = raw.indexOf('.', f);
  const short = dot >= 0 && dot < headEnd ? raw.slice(f, dot) : raw.slice(f, headEnd);
  const suffix = dot >= 0 && dot < headEnd ? raw.slice(dot + 1, headEnd) : '';
  let left = '';
  let right = '';
  const names: string[] = [];
  for (let at = headEnd; at < raw.length; ) {
    const end = fieldEnd(raw, at + 1);
    const value = raw.slice(at + 1, end);
    if (raw[at] === '<') left = value;
    else if (raw[at] === '>') right = value;
    else names.push(value);
    at = end;
  }
  const full = short + suffix;
  const level = levelOf(suffix || full.slice(-1), prefecture);
  let name: string;
  if (prefecture) name = !flags.includes('!') ? short : level === 'autonomous_prefecture' ? `${short}州` : full;
  else if (flags.includes('@')) name = `${city ?? province}${full}`;
  else name = flags.includes('^') ? short : full;
  if (level === 'autonomous_prefecture') names.push(`${short}州`);
  return {
    name,
    fullName: full,
    short,
    level,
    parent: province,
    city,
    alone: flags.includes('*'),
    everydayFull: flags.includes('-'),
    names: names.length ? names : null,
    left,
    right,
  };
}

/** Every place of the packed list, prefectures before their counties. */
export function unpackPlaces(packed: string = PLACES): Place[] {
  const out: Place[] = [];
  for (const line of packed.split('\n')) {
    const [province, ...groups] = line.split(';');
    for (const group of groups) {
      const [first, ...counties] = group.split(',');
      let city: string | null = null;
      if (first.startsWith('=')) city = first.slice(1);
      else if (first) {
        const p = parseRecord(first, province, null, true);
        out.push(p);
        city = p.name;
      }
      for (const c of counties) out.push(parseRecord(c, province, city, false));
    }
  }
  return out;
}
