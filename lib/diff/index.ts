// Year-to-year text diff of two report texts: jsdiff over Chinese word segments, with a time limit.
// See README.md for the traps (engine-dependent word boundaries, whitespace, long texts).
import { diffArrays, diffChars, diffWords } from 'diff';
import { chunkedSegmenter, engineWordSegmenter, splitSentences, type WordSegmenter } from './segment';

export { chunkedSegmenter, engineWordSegmenter, MAX_CHUNK, splitSentences, type WordSegmenter } from './segment';

export type DiffPartKind = 'common' | 'removed' | 'added';

export interface DiffPart {
  kind: DiffPartKind;
  text: string;
}

/**
 * The unit the diff was made of: `words` (engine word segments), `chars` (no segmenter here), `sentences` (the word
 * diff ran out of time), or `none` (the sentence diff ran out of time too: the whole of A removed, all of B added).
 */
export type DiffLevel = 'words' | 'chars' | 'sentences' | 'none';

export interface TextDiff {
  /** In text order; a removed part comes before the added part that replaces it. */
  parts: DiffPart[];
  level: DiffLevel;
  /** True when a diff gave up at the time limit (`level` is then `sentences` or `none`). */
  timedOut: boolean;
  /** Characters only in A, and only in B (whitespace included). */
  removedChars: number;
  addedChars: number;
}

export interface TextDiffOptions {
  /**
   * Time limit of the fine diff, in ms (default 1000). When it runs out, the sentence diff gets the same time again;
   * so the whole call takes at most about twice this (plus segmenting, which is linear).
   */
  timeoutMs?: number;
  /**
   * The word segmenter; default the engine's `Intl.Segmenter('zh', { granularity: 'word' })`. `null` forces the
   * character diff (what engines without a segmenter get).
   */
  segmenter?: WordSegmenter | null;
}

export const DEFAULT_DIFF_TIMEOUT_MS = 1000;

interface Change {
  value: string;
  added?: boolean;
  removed?: boolean;
}

/** Compares two texts (A the older, B the newer). Never throws on long input: it degrades and says so. */
export function diffTexts(a: string, b: string, options: TextDiffOptions = {}): TextDiff {
  const timeout = Math.max(1, options.timeoutMs ?? DEFAULT_DIFF_TIMEOUT_MS);
  if (a === b) return finish(a ? [{ kind: 'common', text: a }] : [], 'words', false);
  const inner = options.segmenter === undefined ? engineWordSegmenter() : options.segmenter;

  const fine: Change[] | undefined = inner
    ? diffWords(a, b, { intlSegmenter: chunkedSegmenter(inner), timeout })
    : diffChars(a, b, { timeout });
  if (fine) return finish(fromChanges(fine), inner ? 'words' : 'chars', false);

  const sentences = diffArrays(splitSentences(a), splitSentences(b), { timeout });
  if (sentences) {
    const parts = fromChanges(sentences.map((c) => ({ value: c.value.join(''), added: c.added, removed: c.removed })));
    return finish(parts, 'sentences', true);
  }
  const whole: DiffPart[] = [];
  if (a) whole.push({ kind: 'removed', text: a });
  if (b) whole.push({ kind: 'added', text: b });
  return finish(whole, 'none', true);
}

function fromChanges(changes: readonly Change[]): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const c of changes) {
    if (!c.value) continue;
    const kind: DiffPartKind = c.added ? 'added' : c.removed ? 'removed' : 'common';
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += c.value;
    else parts.push({ kind, text: c.value });
  }
  return parts;
}

function finish(parts: DiffPart[], level: DiffLevel, timedOut: boolean): TextDiff {
  let removedChars = 0;
  let addedChars = 0;
  for (const p of parts) {
    if (p.kind === 'removed') removedChars += p.text.length;
    else if (p.kind === 'added') addedChars += p.text.length;
  }
  return { parts, level, timedOut, removedChars, addedChars };
}

/** The text of one side: A is the common and removed parts, B the common and added ones. */
export function sideText(diff: TextDiff, side: 'a' | 'b'): string {
  const skip: DiffPartKind = side === 'a' ? 'added' : 'removed';
  return diff.parts
    .filter((p) => p.kind !== skip)
    .map((p) => p.text)
    .join('');
}
