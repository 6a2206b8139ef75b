// The report overlay: gate → read the page → detect → extract → marks + badge → compare with the stored records
// (one message) → cards. Unrelated pages stop at the gate: no DOM change, no message.
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { confidentPageFigures } from '@/components/compare/pageFigures';
import { indicatorName, t } from '@/components/i18n';
import { OverlayApp, type OverlayState, type ReviewState } from '@/components/overlay/OverlayApp';
import { reviewOutcome, reviewRows } from '@/components/overlay/review';
import { madeBySplit } from '@/lib/anchor/highlight';
import { formatFigure } from '@/lib/compare/format';
import { applyCorrections, type CorrectionChange } from '@/lib/corrections';
import { isConfident, type StatementComparison, topicsForRegions } from '@/lib/match';
import { answerTab, request } from '@/lib/messages';
import { MAX_READ_TEXT, type PageInfo } from '@/lib/api/page';
import type { Detection, Statement } from '@/lib/model';
import { readPage, type TextSegment } from '@/lib/page';
import { loadCorrections, saveCorrection } from './corrections';
import {
  MARK_TAG,
  MAX_STATEMENT_MARKS,
  MAX_TOPIC_MARKS,
  placeMarksInSlices,
  placeTopicsInSlices,
  removeMarks,
  setMarkState,
  setMarksVisible,
  TOPIC_TAG,
} from './marks';
import { passesGate } from './gate';
import { getUiHost, pageDefined, type UiHost } from './ui-host';

const SLOT = 'overlay';
const DISABLED_SITES_KEY = 'disabledSites';
/** Re-reads when the article arrives late: at most this many times, only while the text keeps growing. */
const MAX_RERUNS = 8;
const RERUN_DEBOUNCE_MS = 700;
/** Reads in a row that found the page's text changed under them before marking what is there anyway. */
const MAX_UNSTABLE_READS = 3;
/** Re-read only when the page gained at least this many characters (a short news item is a few hundred). */
const LATE_TEXT_MIN_GROWTH = 40;

let lastInfo: PageInfo = { detection: null, statements: 0 };
export const currentPageInfo = () => lastInfo;

export async function startOverlay(ctx: ContentScriptContext): Promise<void> {
  const overlay = new Overlay(ctx);
  overlay.listen();
  await overlay.run();
}

class Overlay {
  private host: UiHost | null = null;
  private state: OverlayState | null = null;
  private marks = new Map<number, HTMLElement[]>();
  private topicMarks = new Map<number, HTMLElement[]>();
  private markOwner = new WeakMap<Element, { type: 'statement' | 'topic'; index: number }>();
  private marksOn = true;
  private badgeDismissed = false;
  private openTimer = 0;
  private closeTimer = 0;
  private pinned = false;
  private pointerInCard = false;
  private cardMark: HTMLElement | null = null;
  /** Text the page added (minus what it removed) since the last read, as the watcher counted it. */
  private grown = 0;
  private reruns = 0;
  private running = false;
  private quietFocus = false;
  /** Each statement's key on the page (lib/corrections), by index. */
  private keys: string[] = [];
  /** The mark whose card opened the review list (focus goes back to it), or null when the badge did. */
  private reviewReturn: HTMLElement | null = null;

  constructor(private readonly ctx: ContentScriptContext) {}

  /** One pass over the page. Returns quietly when the page is not a report page or the site is switched off. */
  async run(): Promise<void> {
    if (!this.ctx.isValid) return;
    // A navigation (or late text) that arrives during a run is queued: one more pass after this one, not dropped.
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    try {
      do {
        this.again = false;
        await this.read();
      } while (this.again && this.ctx.isValid);
    } finally {
      this.running = false;
    }
  }

  private again = false;
  private unstable = 0;

  /** Asks for another pass soon (the page changed under a read). */
  private schedule() {
    this.again = true;
  }

  private async read(): Promise<void> {
    const url = location.href;
    // A page that is not (or no longer, after an SPA navigation) a report page keeps nothing of an earlier one.
    const forget = () => {
      this.clear();
      lastInfo = { detection: null, statements: 0 };
    };
    if (!passesGate(document, url)) return forget();
    if (await siteDisabled(location.hostname)) return forget();

    if (pageDefined(document, MARK_TAG) || pageDefined(document, TOPIC_TAG)) {
      console.warn(`Report Lens: this page defines <${MARK_TAG}> or <${TOPIC_TAG}> itself; no marks here.`);
      return forget();
    }

    this.clear();
    let page = readPage(document, url, { maxChars: MAX_READ_TEXT });
    this.grown = 0;
    // The reader runs in the background: a long article costs this tab a message, not a long task.
    const changed = watchChanges();
    const input = { title: page.title, url: page.url, text: page.text, publishedAt: page.publishedAt };
    let reply = await request('readReport', input);
    if (!this.ctx.isValid || location.href !== url) return void changed.stop();
    // The user's corrections of this page (asked only of a report page): its region and year (the page is read again
    // with them), readings marked wrong (left out) and readings edited by hand.
    const corrections = reply.ok && reply.data.detection.isReport ? await loadCorrections(url) : null;
    const override = corrections && (corrections.region || corrections.year) ? { region: corrections.region, year: corrections.year } : undefined;
    if (override) reply = await request('readReport', { ...input, override });
    const mutated = changed.stop();
    if (!this.ctx.isValid || location.href !== url) return;
    if (!reply.ok) {
      console.warn(`Report Lens: could not read this page (${reply.error.message})`);
      return forget();
    }
    const { detection } = reply.data;
    // Bounded work on a huge page: the first MAX_STATEMENT_MARKS statements are marked, counted and compared.
    const found = reply.data.statements.slice(0, MAX_STATEMENT_MARKS);
    lastInfo = { detection, statements: found.length };
    if (!detection.isReport) return forget();
    if (mutated) {
      // The page changed while the background read it: the offsets hold only if its text is still the same.
      const again = readPage(document, url, { maxChars: MAX_READ_TEXT });
      if (again.text !== page.text) {
        // A page whose text never holds still (a mutation storm) is marked after a few tries on what it shows then.
        if (this.unstable++ < MAX_UNSTABLE_READS) return this.schedule();
      }
      page = again;
    }
    this.unstable = 0;
    const corrected = applyCorrections(found, corrections);
    const statements = corrected.statements.map((c) => c.statement);
    lastInfo = { detection, statements: found.length, figures: confidentPageFigures(statements) };
    const regions = [...new Set(statements.map((s) => s.region))];
    const multiRegion = regions.length > 1;

    this.marks = await placeMarksInSlices(document, page.segments, statements, (s) => markLabel(s, multiRegion));
    if (!this.ctx.isValid || location.href !== url) return;
    for (const [index, elements] of this.marks) for (const el of elements) this.markOwner.set(el, { type: 'statement', index });
    if (!this.marksOn) setMarksVisible(document, false);

    this.keys = corrected.statements.map((c) => c.key);
    this.state = {
      statements,
      comparison: null,
      badge: {
        visible: !this.badgeDismissed,
        facts: {
          region: detection.regions[0],
          year: detection.year,
          statements: statements.length,
          regions: multiRegion ? orderRegions(regions, detection.regions[0]) : undefined,
          hidden: corrected.hidden,
        },
        marksOn: this.marksOn,
        onToggleMarks: () => this.toggleMarks(),
        onSaveAll: statements.length ? () => this.openReview('save', statements.map((_, i) => i)) : undefined,
        onRestoreHidden: () => void this.correct({ type: 'unhide-all' }, true),
        onTogglePanel: statements.length ? () => this.togglePanel() : undefined,
        pageFix: {
          setByUser: !!override,
          onSet: (region, year) => void this.correct({ type: 'page', region, year }, true),
        },
        onDisableSite: () => void this.disableSite(),
        onSaveReport: isFullText(page.text, statements.length) && detection.year
          ? () => void this.saveReport(page.text, detection)
          : undefined,
      },
      card: null,
      saveStates: {},
      edited: new Set(corrected.statements.flatMap((c, i) => (c.edited ? [i] : []))),
      review: null,
      panelOpen: false,
      onCompare: (region) => void request('openLibrary', { region, year: detection.year ?? undefined }),
    };
    try {
      this.host = await getUiHost(this.ctx);
    } catch (error) {
      // The page took our element name or refused the shadow root: marks still get their colours, no badge or card.
      console.warn(error instanceof Error ? error.message : error);
      this.host = null;
    }
    this.render();
    await this.compare(page.text, page.segments);
  }

  /** Asks the background how each statement compares with the stored records, then colours the marks. */
  private async compare(text: string, segments: TextSegment[]): Promise<void> {
    const state = this.state;
    if (!state) return;
    const reply = await request('comparePage', { statements: state.statements, text });
    if (!this.ctx.isValid || this.state !== state) return;
    if (!reply.ok) {
      for (const [index, elements] of this.marks) setMarkState(elements, state.statements[index].kind, 'new', this.marksOn);
      state.badge.note = t('errorReach', reply.error.message);
      this.render();
      return;
    }
    // Topics only for proposals of the page's regions or the national level (lib/match topicsForRegions).
    const regions = [...new Set([...(state.badge.facts.regions ?? []), state.badge.facts.region ?? '', ...state.statements.map((s) => s.region)])];
    state.comparison = { ...reply.data, ...topicsForRegions(reply.data.topics, reply.data.proposals, regions.filter(Boolean)) };
    this.applyStates(reply.data.comparisons);
    // Topics: only where they are not already inside a statement's mark. Segments are still valid: the statement
    // marks only split text nodes they own, and readPage's segments were kept up to date by wrapSpans.
    this.topicMarks = await placeTopicsInSlices(document, segments, state.comparison.topics.slice(0, MAX_TOPIC_MARKS), state.statements, (term) =>
      t('topicLabel', term),
    );
    if (!this.ctx.isValid || this.state !== state) return;
    for (const [index, elements] of this.topicMarks) for (const el of elements) this.markOwner.set(el, { type: 'topic', index });
    if (!this.marksOn) setMarksVisible(document, false);
    this.render();
  }

  private render() {
    if (!this.host || !this.state || !this.ctx.isValid) return;
    render(
      <OverlayApp
        state={this.state}
        on={{
          onDismissBadge: () => {
            this.badgeDismissed = true;
            if (this.state) this.state.badge.visible = false;
            this.render();
          },
          onCloseCard: () => this.closeCard(true),
          onSave: (index) => this.openReview('save', [index]),
          onEdit: (index) => this.openReview('edit', [index]),
          onWrong: (index) => void this.markWrong(index),
          onReviewChange: (rows) => {
            if (this.state?.review) this.state.review = { ...this.state.review, rows, error: undefined };
            this.render();
          },
          onReviewConfirm: () => void this.confirmReview(),
          onReviewCancel: () => this.closeReview(),
          onGoToMark: (index) => this.goToMark(index),
          onClosePanel: () => this.togglePanel(false),
          onTabOut: (direction) => this.tabOut(direction),
          onCardPointer: (inside) => {
            this.pointerInCard = inside;
            if (inside) clearTimeout(this.closeTimer);
            else this.scheduleClose();
          },
        }}
      />,
      this.host.slot(SLOT),
    );
  }

  // ---- cards ----

  private ownerOf(target: EventTarget | null) {
    const el = target instanceof Element ? target.closest(`${MARK_TAG}, ${TOPIC_TAG}`) : null;
    const owner = el ? this.markOwner.get(el) : undefined;
    return owner && el ? { el: el as HTMLElement, owner } : null;
  }

  private openCard(el: HTMLElement, owner: { type: 'statement' | 'topic'; index: number }, pin: boolean) {
    if (!this.state || !this.marksOn) return;
    clearTimeout(this.closeTimer);
    const first = (owner.type === 'statement' ? this.marks : this.topicMarks).get(owner.index)?.[0] ?? el;
    this.cardMark = first;
    this.pinned = this.pinned || pin;
    this.state.card = { target: owner, ...cardPosition(el.getBoundingClientRect()) };
    this.render();
  }

  private closeCard(returnFocus: boolean) {
    if (!this.state?.card) return;
    // Focus goes back to the mark before the card leaves the DOM: removing the focused card first would drop focus
    // to <body>. The focus this causes must not reopen the card.
    if (returnFocus && this.cardMark) {
      this.quietFocus = true;
      this.cardMark.focus();
      this.quietFocus = false;
    }
    this.state.card = null;
    this.pinned = false;
    this.render();
  }

  private scheduleClose() {
    clearTimeout(this.closeTimer);
    this.closeTimer = window.setTimeout(() => {
      if (!this.pinned && !this.pointerInCard) this.closeCard(false);
    }, 350);
  }

  /** Moves focus into the open card: onto its title, so a screen reader starts with what the card is about. */
  private focusCard() {
    requestAnimationFrame(() => {
      const card = this.host?.shadow.querySelector<HTMLElement>('[data-testid="card"]');
      (card?.querySelector<HTMLElement>('.rl-card-title') ?? card)?.focus();
    });
  }

  /** Tab past the card's last control: on to the next mark (its card opens as it gets focus); Shift+Tab: back. */
  private tabOut(direction: 1 | -1) {
    const from = this.cardMark;
    if (direction < 0 || !from) return this.closeCard(true);
    const marks = [...document.querySelectorAll<HTMLElement>(`${MARK_TAG}[tabindex="0"], ${TOPIC_TAG}[tabindex="0"]`)];
    const next = marks[marks.indexOf(from) + 1];
    if (!next) return this.closeCard(true);
    this.closeCard(false);
    next.focus();
  }

  listen() {
    const { ctx } = this;
    // Only the user opens cards: a page's own dispatchEvent/.click() (isTrusted false) is ignored.
    ctx.addEventListener(document, 'mouseover', (event) => {
      if (!event.isTrusted) return;
      const hit = this.ownerOf(event.target);
      if (!hit) return;
      clearTimeout(this.openTimer);
      clearTimeout(this.closeTimer);
      this.openTimer = window.setTimeout(() => this.openCard(hit.el, hit.owner, false), 150);
    });
    ctx.addEventListener(document, 'mouseout', (event) => {
      if (!this.ownerOf(event.target)) return;
      clearTimeout(this.openTimer);
      this.scheduleClose();
    });
    ctx.addEventListener(document, 'focusin', (event) => {
      if (!event.isTrusted) return;
      const hit = this.ownerOf(event.target);
      if (hit && !this.quietFocus) this.openCard(hit.el, hit.owner, false);
    });
    ctx.addEventListener(document, 'focusout', (event) => {
      const next = (event as FocusEvent).relatedTarget;
      if (this.ownerOf(event.target) && !(next instanceof Element && next.tagName.toLowerCase() === 'report-lens-ui')) {
        if (!this.pinned) this.scheduleClose();
      }
    });
    ctx.addEventListener(document, 'click', (event) => {
      if (!event.isTrusted) return;
      const hit = this.ownerOf(event.target);
      if (hit) this.openCard(hit.el, hit.owner, true);
    });
    ctx.addEventListener(document, 'keydown', (event) => {
      if (!event.isTrusted) return;
      const key = (event as KeyboardEvent).key;
      if (key === 'Escape' && this.state?.card) {
        event.stopPropagation();
        this.closeCard(true);
        return;
      }
      const hit = this.ownerOf(event.target);
      if (hit && (key === 'Enter' || key === ' ')) {
        event.preventDefault();
        this.openCard(hit.el, hit.owner, true);
        this.focusCard();
      }
    });
    ctx.addEventListener(window, 'scroll', () => {
      if (!this.state?.card || !this.cardMark) return;
      if (!this.pinned) return this.closeCard(false);
      this.state.card = { ...this.state.card, ...cardPosition(this.cardMark.getBoundingClientRect()) };
      this.render();
    }, { passive: true, capture: true });

    // Single-page apps: read the new page; never mark twice (run() clears first).
    // A page can dispatch this event itself: only WXT's own event (it carries the new URL, which a page's copy
    // cannot give us across worlds) for an address not read yet starts a new read.
    let seenUrl = location.href;
    ctx.addEventListener(window, 'wxt:locationchange', (event) => {
      const next = newUrlOf(event);
      if (!next || next === seenUrl) return;
      seenUrl = next;
      this.reruns = 0;
      // The Navigation API announces a pushState before location.href changes: read once it has.
      ctx.setTimeout(() => void this.run(), 0);
    });
    this.watchLateContent();

    // The Alt+Shift+M command (the popup's page info is answered by the first stage, with currentPageInfo).
    const stopToggle = answerTab('toggleMarks', () => {
      if (this.state) this.toggleMarks();
    });
    ctx.onInvalidated(() => {
      stopToggle();
      this.clear();
    });
  }

  /** The article body may arrive after document_idle: re-read, debounced, while the text keeps growing. */
  private watchLateContent() {
    if (!document.body) return;
    let timer = 0;
    const observer = new MutationObserver((records) => {
      if (this.reruns >= MAX_RERUNS) return observer.disconnect();
      // Only what the mutations added and removed is measured (never the whole page's textContent: on a 5 MB
      // article that alone is a long task); our own marks and the text nodes our splits made do not count.
      let delta = 0;
      for (const r of records) {
        for (const n of Array.from(r.addedNodes)) delta += pageTextLength(n);
        for (const n of Array.from(r.removedNodes)) delta -= pageTextLength(n);
      }
      if (delta === 0) return;
      this.grown += delta;
      clearTimeout(timer);
      timer = window.setTimeout(() => {
        if (this.grown > LATE_TEXT_MIN_GROWTH) {
          this.reruns++;
          this.grown = 0;
          void this.run();
        }
      }, RERUN_DEBOUNCE_MS);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    this.ctx.onInvalidated(() => observer.disconnect());
    // Stop watching after a minute: a page still growing by then is a feed, not an article loading.
    this.ctx.setTimeout(() => observer.disconnect(), 60_000);
  }

  // ---- actions ----

  private toggleMarks() {
    this.marksOn = !this.marksOn;
    setMarksVisible(document, this.marksOn);
    if (!this.marksOn) this.closeCard(false);
    if (this.state) this.state.badge.marksOn = this.marksOn;
    this.render();
  }

  // ---- the page panel ----

  private togglePanel(open = !this.state?.panelOpen) {
    const state = this.state;
    if (!state) return;
    state.panelOpen = open;
    state.badge.panelOpen = open;
    this.render();
  }

  /** Scrolls to a statement's mark and focuses it (which opens its card), marks switched on if they were off. */
  private goToMark(index: number) {
    const el = this.marks.get(index)?.[0];
    if (!el) return;
    if (!this.marksOn) this.toggleMarks();
    el.scrollIntoView({ block: 'center' });
    // Focus after the scroll's event has passed (a scroll closes an unpinned card), so the card opens at the mark.
    requestAnimationFrame(() => requestAnimationFrame(() => el.focus({ preventScroll: true })));
  }

  // ---- review, corrections ----

  /** Opens the review list (Save all, or one card's Save) or the one-reading editor (a card's Edit). */
  private openReview(mode: ReviewState['mode'], indices: number[]) {
    const state = this.state;
    if (!state) return;
    // Opened from a card, focus returns to its mark afterwards; from the badge, to the badge.
    this.reviewReturn = state.card ? this.cardMark : null;
    this.closeCard(false);
    state.review = { mode, rows: reviewRows(indices.map((index) => ({ statement: state.statements[index], key: this.keys[index], index }))) };
    this.render();
  }

  private closeReview() {
    if (!this.state?.review) return;
    this.state.review = null;
    this.render();
    this.focusAfterReview();
  }

  /** When the review list closes, focus goes back where it came from: the card's mark, or the badge's Save all. */
  private focusAfterReview() {
    const mark = this.reviewReturn;
    this.reviewReturn = null;
    if (mark?.isConnected) {
      this.quietFocus = true;
      mark.focus();
      this.quietFocus = false;
      return;
    }
    this.host?.shadow.querySelector<HTMLElement>('[data-action="save-all"]')?.focus();
  }

  /**
   * Confirms the review: edited readings are remembered for the page, ticked rows are saved as edited. Nothing is
   * saved before this. The page is then read again so marks and cards show the corrected readings.
   */
  private async confirmReview() {
    const state = this.state;
    const review = state?.review;
    if (!state || !review || review.busy) return;
    const outcome = reviewOutcome(review.rows, state.statements);
    if (!outcome.ok) return;
    state.review = { ...review, busy: true, error: undefined };
    this.render();
    for (const edit of outcome.edits) {
      const error = await saveCorrection(location.href, { type: 'edit', edit });
      if (error) return this.reviewFailed(t('errorReach', error));
    }
    let note: string | undefined;
    if (review.mode === 'save') {
      const reply = await request('saveStatements', { statements: outcome.statements, source: { url: location.href, title: document.title } });
      if (!reply.ok) return this.reviewFailed(t('errorReach', reply.error.message));
      note = t('badgeSavedAll', reply.data.saved);
    }
    if (this.state !== state) return;
    state.review = null;
    if (outcome.edits.length) {
      await this.reread();
      if (note && this.state) this.state.badge.note = note;
      this.render();
    } else {
      state.badge.note = note;
      if (review.mode === 'save' && review.rows.length === 1) state.saveStates = { ...state.saveStates, [review.rows[0].index]: 'saved' };
      this.render();
      this.focusAfterReview();
      await this.recompare();
    }
  }

  private reviewFailed(error: string) {
    if (this.state?.review) this.state.review = { ...this.state.review, busy: false, error };
    this.render();
  }

  /** "This reading is wrong": remembered for the page, and its mark goes. */
  private async markWrong(index: number) {
    const key = this.keys[index];
    if (key === undefined) return;
    await this.correct({ type: 'hide', key }, true);
  }

  /** Stores one correction of the page, then reads the page again with every correction. */
  private async correct(change: CorrectionChange, reread: boolean) {
    const error = await saveCorrection(location.href, change);
    if (error) {
      if (this.state) this.state.badge.note = t('errorReach', error);
      return this.render();
    }
    if (reread) await this.reread();
  }

  /** Reads the page again from scratch (after a correction), keeping focus sensible: the badge stays where it was. */
  private async reread() {
    this.closeCard(false);
    this.reruns = 0;
    await this.run();
  }

  /** After saving: ask again how the statements compare (topics are unchanged) and recolour the marks. */
  private async recompare() {
    const state = this.state;
    if (!state) return;
    const reply = await request('comparePage', { statements: state.statements });
    if (!reply.ok || this.state !== state) return;
    state.comparison = { ...reply.data, topics: state.comparison?.topics ?? [], proposals: state.comparison?.proposals ?? {} };
    this.applyStates(reply.data.comparisons);
    this.render();
  }

  private applyStates(comparisons: StatementComparison[]) {
    const state = this.state;
    if (!state) return;
    let compared = 0;
    let conflicts = 0;
    comparisons.forEach((c, index) => {
      if (c.state === 'compared') compared++;
      if (c.state === 'conflict') conflicts++;
      const elements = this.marks.get(index);
      if (elements) setMarkState(elements, c.statement.kind, c.state, this.marksOn);
    });
    state.badge.facts = { ...state.badge.facts, compared, conflicts };
  }

  private async saveReport(text: string, detection: Detection) {
    const state = this.state;
    if (!state || !detection.year) return;
    const reply = await request('saveReportText', {
      region: detection.regions[0] ?? '全国',
      year: detection.year,
      section: '全文',
      text,
      source: { url: location.href, title: document.title },
    });
    state.badge.note = reply.ok ? t('badgeSavedReport', text.length) : t('errorReach', reply.error.message);
    this.render();
  }

  /** Through the background, which writes the list one change at a time (the library can switch it back on). */
  private async disableSite() {
    const reply = await request('setSiteDisabled', { host: location.hostname, disabled: true });
    if (!reply.ok) {
      if (this.state) this.state.badge.note = t('errorReach', reply.error.message);
      return this.render();
    }
    this.clear();
  }

  /** Takes every mark and the overlay's UI off the page. */
  private clear() {
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
    removeMarks(document);
    this.marks.clear();
    this.topicMarks.clear();
    this.state = null;
    if (this.host) {
      render(null, this.host.slot(SLOT));
      this.host.release(SLOT);
      this.host = null;
    }
  }
}

/**
 * The mark's accessible name: kind, indicator and figure; the region first when the page has several; "uncertain"
 * for a reading below CONFIDENT.
 */
function markLabel(s: Statement, withRegion: boolean): string {
  const name = indicatorName(s.indicator, s.region);
  const indicator = withRegion ? `${s.region === '全国' ? t('badgeNational') : s.region} ${name}` : name;
  const label = t('markLabel', s.kind === 'target' ? t('cardTarget') : t('cardResult'), indicator, formatFigure(s));
  return isConfident(s) ? label : `${t('trustUncertainMark')} · ${label}`;
}

/** The page's regions for the badge: the main one first, then in the order the page states them. */
function orderRegions(regions: string[], main: string | undefined): string[] {
  return main && regions.includes(main) ? [main, ...regions.filter((r) => r !== main)] : regions;
}

/** The new address a WXT location-change event carries, or null for an event without one (a page's forgery). */
export function newUrlOf(event: Event): string | null {
  const url = (event as { newUrl?: unknown }).newUrl;
  return url instanceof URL ? url.href : null;
}

/** Characters of page text in a node that came or went (0 for our own elements and the pieces our splits made). */
function pageTextLength(node: Node): number {
  if (node.nodeType === 3) return madeBySplit(node as Text) ? 0 : (node as Text).data.length;
  if (node.nodeType !== 1) return 0;
  if ((node as Element).tagName.startsWith('REPORT-LENS-')) return 0;
  return node.textContent?.length ?? 0;
}

/** Counts the page's own changes (text and nodes) until stop(); stop() says whether any happened. */
function watchChanges(): { stop(): boolean } {
  let changed = false;
  const observer = new MutationObserver(() => {
    changed = true;
    observer.disconnect();
  });
  if (document.body) observer.observe(document.body, { childList: true, characterData: true, subtree: true });
  return {
    stop() {
      observer.disconnect();
      return changed;
    },
  };
}

/** A report's full text (not an article quoting it): long, with many statements. */
export function isFullText(text: string, statements: number): boolean {
  return text.length >= 8000 && statements >= 8;
}

async function siteDisabled(hostname: string): Promise<boolean> {
  try {
    const stored = await browser.storage.local.get(DISABLED_SITES_KEY);
    return ((stored[DISABLED_SITES_KEY] as string[] | undefined) ?? []).includes(hostname);
  } catch {
    return false;
  }
}

/** Below the mark when there is room, else above; kept inside the viewport. */
function cardPosition(rect: DOMRect): { top: number; left: number } {
  const width = Math.min(340, window.innerWidth - 16);
  const left = Math.max(8, Math.min(rect.left, window.innerWidth - width - 8));
  const below = rect.bottom + 6;
  const top = below + 260 < window.innerHeight || rect.top < 280 ? below : Math.max(8, rect.top - 6 - 300);
  return { top, left };
}
