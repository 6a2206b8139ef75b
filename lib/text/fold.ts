// Character folding for matching: full-width → half-width, dash variants → '-', traditional → simplified.
// Every function here maps one UTF-16 code unit to one code unit, so offsets never move.
import { T2S_FROM, T2S_TO } from './t2s.generated.ts';

let table: Uint16Array | null = null;

/**
 * A 64 K lookup table built once on first use: faster in the hot loop than a Map. 0 means "unchanged" (code 0
 * folds to itself anyway), so building it touches only the few thousand codes that fold: filling all 65,536
 * entries cost ~2.5 ms of every report page's first read in a fresh page, where the loop runs unoptimised.
 */
function foldTable(): Uint16Array {
  if (table) return table;
  const t = new Uint16Array(65536);
  for (let i = 0; i < T2S_FROM.length; i++) t[T2S_FROM.charCodeAt(i)] = T2S_TO.charCodeAt(i);
  // Full-width ASCII (！ … ～) → ASCII; the ideographic space → space.
  for (let c = 0xff01; c <= 0xff5e; c++) t[c] = c - 0xfee0;
  t[0x3000] = 0x20;
  // Dashes used in ranges (4.5%—5%, 4.5%－5%, 4.5%–5%) → '-'; wave dashes → '~'.
  for (const c of [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63]) t[c] = 0x2d;
  t[0x301c] = 0x7e; // 〜
  t[0x2236] = 0x3a; // ∶ ratio colon
  table = t;
  return t;
}

/** Folds one code unit (see the module comment). */
export function foldCode(code: number): number {
  return foldTable()[code] || code;
}

/** Strings up to this length are built by concatenation: a typed array and fromCharCode.apply cost more there. */
const SHORT = 64;

/** Folds a whole string, keeping its length: `foldText(s).length === s.length`. */
export function foldText(s: string): string {
  const t = foldTable();
  const n = s.length;
  // What folding leaves unchanged (most names, ASCII) comes back as it is. Measured: the gazetteer folds a few
  // thousand names when it loads, and the typed-array path made that ~10 ms of every report page's first read.
  let i = 0;
  while (i < n && t[s.charCodeAt(i)] === 0) i++;
  if (i === n) return s;
  if (n <= SHORT) {
    let out = s.slice(0, i);
    for (; i < n; i++) {
      const c = s.charCodeAt(i);
      out += String.fromCharCode(t[c] || c);
    }
    return out;
  }
  const out = new Uint16Array(n);
  for (let k = 0; k < n; k++) {
    const c = s.charCodeAt(k);
    out[k] = t[c] || c;
  }
  return fromCodes(out, n);
}

/** Traditional → simplified only (no width or dash folding), length-preserving. */
export function toSimplified(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const k = T2S_FROM.indexOf(s[i]);
    out += k >= 0 ? T2S_TO[k] : s[i];
  }
  return out;
}

/** Builds a string from the first n codes of a buffer, in chunks (fromCharCode has an argument limit). */
export function fromCodes(buf: Uint16Array, n: number): string {
  let s = '';
  for (let i = 0; i < n; i += 8192)
    s += String.fromCharCode.apply(null, buf.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
  return s;
}
