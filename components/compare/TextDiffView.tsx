import { useState } from 'preact/hooks';
import type { DiffPart, TextDiff } from '@/lib/diff';
import { t } from '../i18n';

/** Unchanged runs longer than this are folded to their ends, with a button that shows them whole. */
const FOLD_OVER = 240;
const KEEP = 60;

function Common({ text }: { text: string }) {
  const [open, setOpen] = useState(false);
  if (open || text.length <= FOLD_OVER) return <span>{text}</span>;
  return (
    <span>
      {text.slice(0, KEEP)}
      <button
        type="button"
        class="rl-fold"
        onClick={() => setOpen(true)}
        aria-label={t('cmpShowUnchanged', text.length - 2 * KEEP)}
      >
        … {t('cmpUnchangedChars', text.length - 2 * KEEP)} …
      </button>
      {text.slice(-KEEP)}
    </span>
  );
}

/** One side: A shows common and removed text, B common and added. Text only: never inserted as HTML. */
function Side({ parts, side }: { parts: DiffPart[]; side: 'a' | 'b' }) {
  return (
    <>
      {parts.map((p, i) => {
        if (p.kind === 'common') return <Common key={i} text={p.text} />;
        if (side === 'a' && p.kind === 'removed') return <del key={i}>{p.text}</del>;
        if (side === 'b' && p.kind === 'added') return <ins key={i}>{p.text}</ins>;
        return null;
      })}
    </>
  );
}

/** The two report texts side by side, removed text struck through on the left, added text marked on the right. */
export function TextDiffView({ diff, yearA, yearB }: { diff: TextDiff; yearA: number; yearB: number }) {
  return (
    <div data-testid="text-diff" data-level={diff.level}>
      <p class="rl-status" role="status">
        {diff.timedOut
          ? diff.level === 'none'
            ? t('cmpDiffGaveUp')
            : t('cmpDiffBySentence')
          : t('cmpDiffCounts', diff.removedChars, diff.addedChars)}
      </p>
      <div class="rl-textdiff">
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must take focus so the keyboard can scroll it */}
        <section class="rl-side" tabIndex={0} aria-label={t('cmpTextOfYear', yearA)} data-side="a">
          <Side parts={diff.parts} side="a" />
        </section>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must take focus so the keyboard can scroll it */}
        <section class="rl-side" tabIndex={0} aria-label={t('cmpTextOfYear', yearB)} data-side="b">
          <Side parts={diff.parts} side="b" />
        </section>
      </div>
    </div>
  );
}
