// The report overlay: wires its controllers together. page-run.ts reads the page and compares it (gate → read →
// the background's reader → marks → badge → compare); overlay-marks.ts owns the marks, card-controller.ts the
// cards, review-controller.ts the review list and corrections, overlay-view.tsx what is shown in the shadow root.
// Unrelated pages stop at the gate: no DOM change, no message.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CardController } from './card-controller';
import { onNewAddress } from './location-change';
import { OverlayMarks } from './overlay-marks';
import { listenToOverlayCommands } from './overlay-tab-messages';
import { OverlayView } from './overlay-view';
import { LateContent } from './page-changes';
import { PageRun } from './page-run';
import { ReviewController } from './review-controller';
import { disableSite, saveReportText } from './site-actions';

export interface Overlay {
  run: PageRun;
  view: OverlayView;
  marks: OverlayMarks;
  card: CardController;
  review: ReviewController;
  late: LateContent;
  /** Marks on/off (the badge's button, Alt+Shift+M). */
  toggleMarks(): void;
}

export async function startOverlay(ctx: ContentScriptContext): Promise<Overlay> {
  const overlay = createOverlay(ctx);
  listen(ctx, overlay);
  await overlay.run.run();
  return overlay;
}

/** The controllers, wired; nothing listens and nothing runs yet. */
export function createOverlay(ctx: ContentScriptContext): Overlay {
  const view = new OverlayView(ctx);
  const marks = new OverlayMarks(document);
  const card = new CardController(ctx, view, marks);
  const late = new LateContent(ctx);

  /** Takes every mark and the overlay's UI off the page. */
  const clear = () => {
    card.stop();
    marks.clear();
    view.clear();
  };
  const toggleMarks = () => {
    marks.setVisible(!marks.visible);
    if (!marks.visible) card.close(false);
    if (view.state) view.state.badge.marksOn = marks.visible;
    view.render();
  };
  /** Reads the page again from scratch (after a correction); the badge stays where it was. */
  const reread = async () => {
    card.close(false);
    late.resetReruns();
    await run.run();
  };

  const review: ReviewController = new ReviewController(view, card, { reread, recompare: () => run.recompare() });
  const run: PageRun = new PageRun(ctx, view, marks, late, {
    toggleMarks,
    openReview: (mode, indices) => review.open(mode, indices),
    setPage: (region, year) => void review.correct({ type: 'page', region, year }),
    restoreHidden: () => void review.correct({ type: 'unhide-all' }),
    togglePanel: () => view.togglePanel(),
    disableSite: async () => {
      const error = await disableSite(location.hostname);
      if (error) view.note(error);
      else clear();
    },
    saveReport: async (text, detection) => {
      if (!view.state) return;
      view.note(await saveReportText(text, detection));
    },
    clear,
    keysChanged: (keys) => review.setKeys(keys),
  });

  view.on = {
    onDismissBadge: () => view.dismissBadge(),
    onCloseCard: () => card.close(true),
    onSave: (index) => review.open('save', [index]),
    onEdit: (index) => review.open('edit', [index]),
    onWrong: (index) => void review.markWrong(index),
    onReviewChange: (rows) => review.change(rows),
    onReviewConfirm: () => void review.confirm(),
    onReviewCancel: () => review.cancel(),
    onGoToMark: (index) => {
      const el = marks.first({ type: 'statement', index });
      if (!el) return;
      if (!marks.visible) toggleMarks();
      card.goTo(el);
    },
    onClosePanel: () => view.togglePanel(false),
    onTabOut: (direction) => card.tabOut(direction),
    onCardPointer: (inside) => card.pointer(inside),
  };
  ctx.onInvalidated(clear);
  return { run, view, marks, card, review, late, toggleMarks };
}

/** The page events and tab messages the overlay answers. */
function listen(ctx: ContentScriptContext, overlay: Overlay): void {
  overlay.card.listen();
  // Single-page apps: read the new page; never mark twice (run() clears first).
  onNewAddress(ctx, () => {
    overlay.late.resetReruns();
    void overlay.run.run();
  });
  overlay.late.watch(() => void overlay.run.run());
  listenToOverlayCommands(ctx, { hasPage: () => !!overlay.view.state, toggleMarks: overlay.toggleMarks });
}
