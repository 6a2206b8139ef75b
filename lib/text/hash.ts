// FNV-1a: a small, stable, non-cryptographic hash for ids that must depend only on content (pack rows, snippets).

const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** 32-bit FNV-1a over the UTF-16 code units, from `seed` (the standard offset basis unless another is given). */
export function fnv1a32(text: string, seed: number = FNV_OFFSET): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME) >>> 0;
  return h;
}

/** A 32-bit hash as 8 hex digits. */
export const hex8 = (h: number): string => (h >>> 0).toString(16).padStart(8, '0');
