// The GB/T 2260 divisions beyond the hand-made regions: every prefecture-level and county-level division, packed by
// scripts/gen-places.mjs into one string of records sorted by name (places.generated.ts). Why sorted and parsed on
// demand: 3,000 places ride in the content script, and unpacking them all on every report page cost more than
// reading the page; a binary search finds the few records a name can start and only those are parsed.
//
// A record is `short[.suffix]flags province [city] [<left] [>right]`: the full name is short + suffix (the names are
// the non-ASCII runs); province is one character (an index into REGIONS), city a two-character reference
// (encodeRef: below PLACE_BASE an index into REGIONS, from it a record).
// Flags: '&' prefecture-level; '*' the short name may match alone in running text; '!' a prefecture's canonical
// name is its full name (吉林市) or, for an autonomous prefecture, short + 州 (海南州); '^' a county's canonical name
// is its short name (兰考, 义乌); '@' the parent's name goes in front (沈阳和平区); '-' the full name (城区, 磁县)
// matches only right after its city's name. `left`/`right` are characters that may not stand right before/after
// the short name matched alone (长白山 is no 白山, 宁德时代 no 宁德).
import { PLACE_SPELLINGS, PLACES } from './places.generated.ts';
import { REGIONS } from './regions.generated.ts';
import type { RegionLevel } from './types.ts';

/** A place: its gazetteer facts and what the matcher needs. */
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
  /** The full name is an everyday or two-character word (城区, 磁县): matched only right after its city's name. */
  everydayFull: boolean;
  /** The usual name of an autonomous prefecture (延边州), or null. */
  zhou: string | null;
  /** Characters that may not stand right before / right after the short name matched alone. */
  left: string;
  right: string;
}

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz#%';
/** References below this are indexes into REGIONS (the hand-made regions); from it, records. */
export const PLACE_BASE = 100;
const DIGIT = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DIGIT[ALPHABET.charCodeAt(i)] = i;

/** One character for a hand-made region's index below 64 (the provinces). */
export function encodeProvince(v: number): string {
  return ALPHABET[v];
}
/** Two characters for a reference 0–4095. */
export function encodeRef(v: number): string {
  return ALPHABET[v >> 6] + ALPHABET[v & 63];
}
function digitAt(s: string, at: number): number {
  const c = s.charCodeAt(at);
  return c < 128 ? DIGIT[c] : -1;
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

/** The packed places, parsed one record at a time as they are asked for. */
export class PlaceTable {
  readonly records: string[];
  private readonly parsed: (Place | undefined)[];
  /** Extra spellings (traditional forms folding does not reach, 干安 for 乾安) → record index. */
  readonly spellings = new Map<string, number>();

  constructor(packed: string = PLACES, spellings: string = PLACE_SPELLINGS) {
    this.records = packed.split(',');
    this.parsed = new Array(this.records.length);
    if (spellings) {
      for (const s of spellings.split(',')) {
        const at = s.lastIndexOf('~');
        this.spellings.set(s.slice(0, at), digitAt(s, at + 1) * 64 + digitAt(s, at + 2));
      }
    }
  }

  get size(): number {
    return this.records.length;
  }

  /** The canonical name of a reference (a hand-made region or a record). */
  refName(v: number): string {
    return v < PLACE_BASE ? REGIONS[v].name : this.place(v - PLACE_BASE).name;
  }

  /** The first record whose name starts with the code units c0 c1 at or after it, by binary search. */
  lowerBound(c0: number, c1: number): number {
    const key = c0 * 65536 + c1;
    let lo = 0;
    let hi = this.records.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const r = this.records[mid];
      if (r.charCodeAt(0) * 65536 + r.charCodeAt(1) < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** True when record i's name starts with c0 c1. */
  startsWith(i: number, c0: number, c1: number): boolean {
    const r = this.records[i];
    return r !== undefined && r.charCodeAt(0) === c0 && r.charCodeAt(1) === c1;
  }

  place(i: number): Place {
    const done = this.parsed[i];
    if (done) return done;
    const rec = this.records[i];
    // The name is the leading run of non-ASCII characters, then '.' and the suffix when there is one.
    let j = 0;
    while (rec.charCodeAt(j) > 127) j++;
    const short = rec.slice(0, j);
    let suffix = '';
    if (rec[j] === '.') {
      const from = ++j;
      while (rec.charCodeAt(j) > 127) j++;
      suffix = rec.slice(from, j);
    }
    const flagsFrom = j;
    while ('&*!^@-'.includes(rec[j])) j++;
    const flags = rec.slice(flagsFrom, j);
    const province = REGIONS[digitAt(rec, j)].name;
    j += 1;
    let city: string | null = null;
    if (digitAt(rec, j) >= 0) {
      city = this.refName(digitAt(rec, j) * 64 + digitAt(rec, j + 1));
      j += 2;
    }
    let left = '';
    let right = '';
    if (rec[j] === '<') {
      const end = rec.indexOf('>', j);
      left = rec.slice(j + 1, end < 0 ? rec.length : end);
      j = end < 0 ? rec.length : end;
    }
    if (rec[j] === '>') right = rec.slice(j + 1);
    const prefecture = flags.includes('&');
    const full = short + suffix;
    const level = levelOf(suffix || full.slice(-1), prefecture);
    let name: string;
    if (prefecture) name = !flags.includes('!') ? short : level === 'autonomous_prefecture' ? `${short}州` : full;
    else if (flags.includes('@')) name = `${city ?? province}${full}`;
    else name = flags.includes('^') ? short : full;
    const place: Place = {
      name,
      fullName: full,
      short,
      level,
      parent: province,
      city,
      alone: flags.includes('*'),
      everydayFull: flags.includes('-'),
      zhou: level === 'autonomous_prefecture' ? `${short}州` : null,
      left,
      right,
    };
    this.parsed[i] = place;
    return place;
  }
}

/** Every place of a packed list, in record order (the generator's read-back check, tests). */
export function unpackPlaces(packed: string = PLACES, spellings: string = PLACE_SPELLINGS): Place[] {
  const table = new PlaceTable(packed, spellings);
  const out: Place[] = [];
  for (let i = 0; i < table.size; i++) out.push(table.place(i));
  return out;
}
