// lib/text — normalisation for matching: full-width → half-width, traditional → simplified folding (a
// length-preserving single-character table generated at build time from OpenCC's data by scripts/gen-t2s.mjs),
// Chinese numerals, removal of injected pinyin and of whitespace inside words and numbers, with a map from the
// clean text back to the original so every quote is an exact span. Imports nothing else from lib/; no DOM.
//
// Size: t2s.generated.ts holds 2,978 pairs, 18.3 KB raw and 13.4 KB gzipped (measured with
// `node scripts/gen-t2s.mjs`), against ~52 KB gzipped for opencc-js's whole t2cn preset. The gate
// (lib/detect/gate.ts) does not import it, so the content script's first chunk does not carry it.
export { foldCode, foldText, toSimplified } from './fold.ts';
export { cleanText, originalSpan, type CleanText } from './clean.ts';
export { parseChineseNumber } from './numerals.ts';
