// lib/text — normalisation for matching: full-width → half-width, traditional → simplified folding (a
// length-preserving single-character table generated at build time from OpenCC's data by scripts/gen-t2s.mjs),
// Chinese numerals, removal of injected pinyin and of whitespace inside words and numbers, with a map from the
// clean text back to the original so every quote is an exact span. Imports nothing else from lib/; no DOM.
//
// Size (measured 2026-11 with `node scripts/gen-t2s.mjs` and esbuild --minify, gzip -9): t2s.generated.ts holds
// 2,978 pairs — 18.3 KB as generated, 13.4 KB gzipped; minified 13.0 KB gzipped (14.3 KB when the bundler
// escapes it to \uXXXX) — against ~52 KB gzipped for opencc-js's whole t2cn preset. The whole reader
// (lib/reader.ts with text, regions, detect, extract) is 29 KB gzipped minified (31 KB escaped); the gate alone (lib/detect/gate.ts) is 0.6 KB and imports none of this, so a
// content script that imports only the gate up front and lib/reader lazily keeps its first chunk small.
export { foldCode, foldText, toSimplified } from './fold.ts';
export { cleanText, originalSpan, type CleanText } from './clean.ts';
export { parseChineseNumber } from './numerals.ts';
