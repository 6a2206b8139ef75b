// Stable ids for pack rows. A pack is rebuilt from the same data many times and loaded into databases that already
// hold the previous build, so an id must depend only on what the row says (never on order, time or randomness):
// loading the rebuilt pack then replaces each row in place instead of adding a twin.

/** 64 bits of FNV-1a over the UTF-16 code units, as two 32-bit halves with different offsets. Not cryptographic. */
function hash64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
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
