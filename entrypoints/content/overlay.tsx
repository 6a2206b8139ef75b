// The report overlay: gate → read the page → detect → extract → marks + badge → compare with the stored records
// (one message) → cards. Unrelated pages stop at the gate: no DOM change, no message.
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { indicatorName, t } from '@/components/i18n';
import { OverlayApp, type OverlayState } from '@/components/overlay/OverlayApp';
import { madeBySplit } from '@/lib/anchor/highlight';
import { formatFigure } from '@/lib/compare/export';
import type { StatementComparison } from '@/lib/match';
import { request } from '@/lib/messages';
import { MAX_READ_TEXT } from '@/lib/api/page';
import type { Detection, Statement } from '@/lib/model';
import { readPage, type TextSegment } from '@/lib/page';
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

/** What the popup asks the page: is it a report page, and of which region and year. */
export interface PageInfo {
  detection: Detection | null;
  statements: number;
}

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
    const reply = await request('readReport', { title: page.title, url: page.url, text: page.text, publishedAt: page.publishedAt });
    const mutated = changed.stop();
    if (!this.ctx.isValid || location.href !== url) return;
    if (!reply.ok) {
      console.warn(`Report Lens: could not read this page (${reply.error.message})`);
      return forget();
    }
    const { detection } = reply.data;
    // Bounded work on a huge page: the first MAX_STATEMENT_MARKS statements are marked, counted and compared.
    const statements = reply.data.statements.slice(0, MAX_STATEMENT_MARKS);
    lastInfo = { detection, statements: statements.length };
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

    const label = (s: Statement) =>
      t('markLabel', s.kind === 'target' ? t('cardTarget') : t('cardResult'), indicatorName(s.indicator), formatFigure(s));
    this.marks = await placeMarksInSlices(document, page.segments, statements, label);
    if (!this.ctx.isValid || location.href !== url) return;
    for (const [index, elements] of this.marks) for (const el of elements) this.markOwner.set(el, { type: 'statement', index });
    if (!this.marksOn) setMarksVisible(document, false);

    this.state = {
      statements,
      comparison: null,
      badge: {
        visible: !this.badgeDismissed,
        facts: { region: detection.regions[0], year: detection.year, statements: statements.length },
        marksOn: this.marksOn,
        onToggleMarks: () => this.toggleMarks(),
        onSaveAll: statements.length ? () => void this.saveAll() : undefined,
        onDisableSite: () => void this.disableSite(),
        onSaveReport: isFullText(page.text, statements.length) && detection.year
          ? () => void this.saveReport(page.text, detection)
          : undefined,
      },
      card: null,
      saveStates: {},
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
    state.comparison = reply.data;
    this.applyStates(reply.data.comparisons);
    // Topics: only where they are not already inside a statement's mark. Segments are still valid: the statement
    // marks only split text nodes they own, and readPage's segments were kept up to date by wrapSpans.
    this.topicMarks = await placeTopicsInSlices(document, segments, reply.data.topics.slice(0, MAX_TOPIC_MARKS), state.statements, (term) =>
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
          onSave: (index) => void this.save(index),
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

  private focusCard() {
    requestAnimationFrame(() => {
      const card = this.host?.shadow.querySelector<HTMLElement>('[data-testid="card"]');
      (card?.querySelector<HTMLElement>('button:not(.rl-card-close), a') ?? card)?.focus();
    });
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

    browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
      const type = (message as { type?: string } | null)?.type;
      if (type === 'rl:toggle-marks' && this.state) {
        this.toggleMarks();
        return undefined;
      }
      if (type === 'rl:page-info') {
        sendResponse(lastInfo);
        return true;
      }
      return undefined;
    });
    ctx.onInvalidated(() => this.clear());
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

  private async save(index: number) {
    const state = this.state;
    if (!state) return;
    state.saveStates = { ...state.saveStates, [index]: 'saving' };
    this.render();
    const reply = await request('saveStatements', { statements: [state.statements[index]], source: { url: location.href, title: document.title } });
    state.saveStates = { ...state.saveStates, [index]: reply.ok ? 'saved' : { error: reply.error.message } };
    if (reply.ok) {
      const elements = this.marks.get(index);
      if (elements) setMarkState(elements, state.statements[index].kind, 'compared', this.marksOn);
    }
    this.render();
  }

  private async saveAll() {
    const state = this.state;
    if (!state) return;
    const reply = await request('saveStatements', { statements: state.statements, source: { url: location.href, title: document.title } });
    state.badge.note = reply.ok ? t('badgeSavedAll', reply.data.saved) : t('errorReach', reply.error.message);
    this.render();
    if (reply.ok) await this.recompare();
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
