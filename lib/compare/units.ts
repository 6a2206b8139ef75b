// Units as written in reports (`%`, `个百分点`, `亿元`, `万亿元`, `万人`, `亿斤`, `万吨` …) and how to compare them.
//
// A unit is read as an optional magnitude prefix (万, 亿, 万亿 …) and a base (元, 人, 斤 …). Two units compare when
// their bases measure the same thing; the value is then scaled exactly (万亿元 → 亿元 is ×10 000). Bases we do not
// know still compare with themselves, so `万套` and `套` scale even though `套` is in no table here.

/** What a unit measures and how big one of it is, in that dimension's base unit. */
export interface UnitInfo {
  /** `percent`, `points`, `money`, `people`, `mass`, … or the base as written when the base is unknown. */
  dimension: string;
  /** Multiply a value in this unit by `factor` to get it in the dimension's base unit. */
  factor: number;
}

// Longest first, so 万亿 wins over 万 and 亿.
const PREFIXES: [string, number][] = [
  ['万亿', 1e12],
  ['千亿', 1e11],
  ['百亿', 1e10],
  ['十亿', 1e9],
  ['千万', 1e7],
  ['百万', 1e6],
  ['十万', 1e5],
  ['亿', 1e8],
  ['万', 1e4],
  ['千', 1e3],
  ['百', 1e2],
  ['兆', 1e12], // Taiwanese usage: 兆 = 万亿
];

// Bases whose name starts with what looks like a prefix (千瓦, 千克, 百分点) must be matched as a whole, so the
// table is searched as a suffix before any prefix is stripped.
const BASES: Record<string, UnitInfo> = {
  '%': { dimension: 'percent', factor: 1 },
  个百分点: { dimension: 'points', factor: 1 },
  百分点: { dimension: 'points', factor: 1 },
  元: { dimension: 'money', factor: 1 },
  元人民币: { dimension: 'money', factor: 1 },
  美元: { dimension: 'usd', factor: 1 },
  人: { dimension: 'people', factor: 1 },
  人次: { dimension: 'visits', factor: 1 },
  // 1 斤 = 0.5 kg exactly, so grain in 亿斤 and in 万吨 compare.
  斤: { dimension: 'mass', factor: 1 },
  公斤: { dimension: 'mass', factor: 2 },
  千克: { dimension: 'mass', factor: 2 },
  吨: { dimension: 'mass', factor: 2000 },
  千瓦: { dimension: 'power', factor: 1 },
  千瓦时: { dimension: 'energy', factor: 1 },
  度: { dimension: 'energy', factor: 1 },
};
const BASE_NAMES = Object.keys(BASES).sort((a, b) => b.length - a.length);

/** Folds the forms a page may still carry: full-width ％, 兆元 written for 万亿元, surrounding spaces. */
function clean(unit: string): string {
  return unit.trim().replace(/％/g, '%').replace(/\s+/g, '');
}

// Units are few and read often (every comparison reads two): remember each reading.
const cache = new Map<string, UnitInfo | null>();

/** Reads a unit; null for the empty unit of qualitative figures. */
export function parseUnit(unit: string): UnitInfo | null {
  let info = cache.get(unit);
  if (info === undefined) {
    info = readUnit(unit);
    if (cache.size > 1000) cache.clear(); // page text can invent units; keep the memory bounded
    cache.set(unit, info);
  }
  return info;
}

function readUnit(unit: string): UnitInfo | null {
  const u = clean(unit);
  if (!u) return null;
  for (const base of BASE_NAMES) {
    if (!u.endsWith(base)) continue;
    const prefix = u.slice(0, u.length - base.length);
    const scale = prefixScale(prefix);
    if (scale !== null) return { dimension: BASES[base].dimension, factor: scale * BASES[base].factor };
  }
  for (const [prefix, scale] of PREFIXES) {
    if (u.length > prefix.length && u.startsWith(prefix)) return { dimension: u.slice(prefix.length), factor: scale };
  }
  return { dimension: u, factor: 1 };
}

function prefixScale(prefix: string): number | null {
  if (prefix === '') return 1;
  for (const [p, scale] of PREFIXES) if (p === prefix) return scale;
  return null;
}

/** True when values in `a` and `b` can be compared after scaling (`万亿元` and `亿元`, `亿斤` and `万吨`). */
export function unitsCompatible(a: string, b: string): boolean {
  const ua = parseUnit(a);
  const ub = parseUnit(b);
  return ua !== null && ub !== null && ua.dimension === ub.dimension;
}

/** `value` in unit `from` expressed in unit `to`; null when the units do not compare. */
export function convert(value: number, from: string, to: string): number | null {
  const uf = parseUnit(from);
  const ut = parseUnit(to);
  if (!uf || !ut || uf.dimension !== ut.dimension) return null;
  if (uf.factor === ut.factor) return value;
  return clean12((value * uf.factor) / ut.factor);
}

/**
 * True for rates written in percent or percentage points: their differences are percentage points and their
 * tolerance is absolute (0.3 pp), where a tolerance for 万人 or 亿斤 has to be relative.
 */
export function isRateUnit(unit: string): boolean {
  const u = parseUnit(unit);
  return u !== null && (u.dimension === 'percent' || u.dimension === 'points');
}

/** Drops binary floating-point noise (1.4 × 10¹² / 10⁸ = 14000.000000000002) by keeping 12 significant digits. */
export function clean12(x: number): number {
  return Number.isFinite(x) ? Number(x.toPrecision(12)) : x;
}

/** Number of decimals a value was written with (5 → 0, 5.25 → 2). */
export function decimalsOf(x: number): number {
  const s = String(clean12(x));
  if (s.includes('e')) return 0;
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

/**
 * True when `a` and `b` state the same quantity. Rates must be equal. Amounts may differ only by the rounding of the
 * coarser one: a page's "1.4万亿斤" agrees with a record of 14130亿斤, because 1.413 rounds to 1.4 at the page's
 * precision. Rates get no such allowance: a growth rate of 5% is not the same statement as 5.2%.
 */
export function sameQuantity(a: { value: number; unit: string }, b: { value: number; unit: string }): boolean {
  const bInA = convert(b.value, b.unit, a.unit);
  if (bInA === null) return false;
  if (nearlyEqual(a.value, bInA)) return true;
  if (isRateUnit(a.unit)) return false;
  const ua = parseUnit(a.unit)!;
  const ub = parseUnit(b.unit)!;
  // The coarser figure is the one whose last written digit is worth more.
  const stepA = ua.factor * 10 ** -decimalsOf(a.value);
  const stepB = ub.factor * 10 ** -decimalsOf(b.value);
  if (stepA >= stepB) return nearlyEqual(a.value, roundTo(bInA, decimalsOf(a.value)));
  const aInB = convert(a.value, a.unit, b.unit)!;
  return nearlyEqual(b.value, roundTo(aInB, decimalsOf(b.value)));
}

function roundTo(x: number, decimals: number): number {
  const k = 10 ** decimals;
  return Math.round(clean12(x * k)) / k;
}

function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
