// Stable ids for pack rows. A pack is rebuilt from the same data many times and loaded into databases that already
// hold the previous build, so an id must depend only on what the row says (never on order, time or randomness):
// loading the rebuilt pack then replaces each row in place instead of adding a twin.

import { FNV_PRIME, fnv1a32, hex8 } from '../text/hash';

/**
 * 64 bits over the UTF-16 code units, as two 32-bit halves: plain FNV-1a, and an FNV-1a variant from another offset
 * that also folds its high bits back in. Not cryptographic. Changing either half changes every pack id.
 */
function hash64(text: string): string {
  let b = FNV_PRIME ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) b = Math.imul(b ^ text.charCodeAt(i), FNV_PRIME) ^ (b >>> 15);
  return hex8(fnv1a32(text)) + hex8(b);
}

type IdPart = string | number | boolean | null | undefined;

/**
 * `prefix-` + 16 hex digits from the parts joined with `|` (absent parts as empty strings), e.g.
 * `stableId('rec', ['北京', 2024, 'gdp_growth', 'target', url, 5])` → `rec-3f0c…`.
 */
export function stableId(prefix: string, parts: readonly IdPart[]): string {
  const key = parts.map((p) => (p === null || p === undefined ? '' : String(p))).join('|');
  return `${prefix}-${hash64(key)}`;
}
