// Word segments and sentences for the text diff.

/** The part of `Intl.Segmenter` jsdiff's `diffWords` reads (see its `intlSegmenter` option). */
export interface WordSegmenter {
  resolvedOptions(): { granularity: string; locale?: string };
  segment(text: string): Iterable<{ segment: string; index: number }>;
}

/** Longest piece of text handed to the engine's segmenter at once (see `chunkedSegmenter`). */
export const MAX_CHUNK = 256;

/** A sentence ends after 。！？；!?; or a line break (the closing quote or bracket stays with it). */
const SENTENCE_END = /(?:[。！？；!?;\n][”’」』）)]*)+/g;

/**
 * Cuts text into sentences, each with its ending punctuation; the pieces joined give the text back exactly.
 * A sentence longer than `max` characters is cut every `max` characters.
 */
export function splitSentences(text: string, max = Number.POSITIVE_INFINITY): string[] {
  const out: string[] = [];
  let start = 0;
  const push = (end: number) => {
    for (let i = start; i < end; i += max) out.push(text.slice(i, Math.min(end, i + max)));
    start = end;
  };
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) push(m.index + m[0].length);
  if (start < text.length) push(text.length);
  return out;
}

/** The engine's Chinese word segmenter, or null where there is none (Firefox before 125, old engines). */
export function engineWordSegmenter(): WordSegmenter | null {
  const Segmenter = (globalThis as { Intl?: { Segmenter?: new (locale: string, options: object) => WordSegmenter } })
    .Intl?.Segmenter;
  if (typeof Segmenter !== 'function') return null;
  try {
    return new Segmenter('zh', { granularity: 'word' });
  } catch {
    return null;
  }
}

/**
 * Wraps a word segmenter so it only ever sees short pieces: the text is cut into sentences of at most `MAX_CHUNK`
 * characters, each segmented on its own, with indexes into the whole text. Why: in some V8 versions every segment
 * object copies the whole input, so one 60,000-character report exhausts memory. A word is never longer than a
 * sentence; only a run of `MAX_CHUNK` characters without any punctuation may see one word cut in two.
 */
export function chunkedSegmenter(inner: WordSegmenter): WordSegmenter {
  return {
    resolvedOptions: () => ({ ...inner.resolvedOptions(), granularity: 'word' }),
    segment(text: string) {
      const out: { segment: string; index: number }[] = [];
      let offset = 0;
      for (const piece of splitSentences(text, MAX_CHUNK)) {
        for (const s of inner.segment(piece)) out.push({ segment: s.segment, index: offset + s.index });
        offset += piece.length;
      }
      return out;
    },
  };
}
