// One pass over the page: gate → site switch → read the page → the background reads the report (and the user's
// corrections) → marks → badge → compare with the stored records → colours and topic underlines. Passes never
// overlap: a navigation or late text that arrives during one queues one more pass after it. A page that is not (or
// no longer, after an SPA navigation) a report page keeps nothing of an earlier one.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { confidentPageFigures } from '@/components/compare/pageFigures';
import { t } from '@/components/i18n';
import type { OverlayState } from '@/components/overlay/OverlayApp';
import { MAX_READ_TEXT } from '@/lib/api/page';
import { applyCorrections } from '@/lib/corrections';
import { passesGate } from '@/lib/detect/page-gate';
import { topicsForRegions } from '@/lib/match';
import { request } from '@/lib/messages';
import type { Detection } from '@/lib/model';
import { readPageInSlices, type TextSegment } from '@/lib/page';
import { comparePageInParts } from './compare-parts';
import { loadCorrections } from './corrections';
import { markLabel } from './mark-label';
import { MARK_TAG, MAX_STATEMENT_MARKS, MAX_TOPIC_MARKS, TOPIC_TAG } from './marks';
import type { OverlayMarks } from './overlay-marks';
import type { OverlayView } from './overlay-view';
import { type LateContent, watchChanges } from './page-changes';
import { NOT_A_REPORT_PAGE } from '@/lib/api/page';
import { setPageInfo } from './page-info';
import { isFullText, siteDisabled } from './site-actions';
import { pageDefined } from './ui-host';
import { yieldToPage } from './yield';

/** Reads in a row that found the page's text changed under them before marking what is there anyway. */
const MAX_UNSTABLE_READS = 3;

/** What the badge and cards can ask of the rest of the overlay (wired in overlay.ts). */
export interface PageActions {
  toggleMarks(): void;
  openReview(mode: 'save' | 'edit', indices: number[]): void;
  setPage(region: string | null, year: number | null): void;
  restoreHidden(): void;
  togglePanel(): void;
  disableSite(): void;
  saveReport(text: string, detection: Detection & { year: number }): void;
  /** Takes the overlay off the page (marks, card, badge) before a read, or when the page is no report page. */
  clear(): void;
  /** The statements now on the page have these keys (lib/corrections). */
  keysChanged(keys: string[]): void;
}

export class PageRun {
  private running = false;
  private again = false;
  private unstable = 0;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly view: OverlayView,
    private readonly marks: OverlayMarks,
    private readonly late: LateContent,
    private readonly actions: PageActions,
  ) {}

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

  private async read(): Promise<void> {
    const url = location.href;
    const forget = () => {
      this.actions.clear();
      setPageInfo(NOT_A_REPORT_PAGE);
    };
    if (!passesGate(document, url)) return forget();
    if (await siteDisabled(location.hostname)) return forget();

    if (pageDefined(document, MARK_TAG) || pageDefined(document, TOPIC_TAG)) {
      console.warn(`Report Lens: this page defines <${MARK_TAG}> or <${TOPIC_TAG}> itself; no marks here.`);
      return forget();
    }

    this.actions.clear();
    // Watched from before the read: on a long page the read itself is sliced, and the page may change between slices.
    const changed = watchChanges();
    let page = await readPageInSlices(document, url, { maxChars: MAX_READ_TEXT, yieldToPage });
    this.late.readStarts();
    if (!this.ctx.isValid || location.href !== url) return void changed.stop();
    // The reader runs in the background: a long article costs this tab a message, not a long task.
    const input = { title: page.title, url: page.url, text: page.text, publishedAt: page.publishedAt };
    let reply = await request('readReport', input);
    if (!this.ctx.isValid || location.href !== url) return void changed.stop();
    // The user's corrections of this page (asked only of a report page): its region and year (the page is read again
    // with them), readings marked wrong (left out) and readings edited by hand.
    const corrections = reply.ok && reply.data.detection.isReport ? await loadCorrections(url) : null;
    const override =
      corrections && (corrections.region || corrections.year)
        ? { region: corrections.region, year: corrections.year }
        : undefined;
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
    setPageInfo({ detection, statements: found.length });
    if (!detection.isReport) return forget();
    if (mutated) {
      // The page changed while the background read it: the offsets hold only if its text is still the same.
      const rechecked = watchChanges();
      const again = await readPageInSlices(document, url, { maxChars: MAX_READ_TEXT, yieldToPage });
      if (rechecked.stop() || again.text !== page.text) {
        // A page whose text never holds still (a mutation storm) is marked after a few tries on what it shows then.
        if (this.unstable++ < MAX_UNSTABLE_READS) {
          this.again = true;
          return;
        }
      }
      page = again;
    }
    this.unstable = 0;
    const corrected = applyCorrections(found, corrections);
    const statements = corrected.statements.map((c) => c.statement);
    setPageInfo({ detection, statements: found.length, figures: confidentPageFigures(statements) });
    const regions = [...new Set(statements.map((s) => s.region))];
    const multiRegion = regions.length > 1;

    await this.marks.placeStatements(page.segments, statements, (s) => markLabel(s, multiRegion));
    if (!this.ctx.isValid || location.href !== url) return;
    // The badge, the UI host and the compare requests in a task of their own, after the marks' last slice.
    await yieldToPage();
    if (!this.ctx.isValid || location.href !== url) return;

    this.actions.keysChanged(corrected.statements.map((c) => c.key));
    const { actions } = this;
    const year = detection.year;
    await this.view.show({
      statements,
      comparison: null,
      badge: {
        visible: true,
        facts: {
          region: detection.regions[0],
          year,
          statements: statements.length,
          regions: multiRegion ? orderRegions(regions, detection.regions[0]) : undefined,
          hidden: corrected.hidden,
        },
        marksOn: this.marks.visible,
        onToggleMarks: () => actions.toggleMarks(),
        onSaveAll: statements.length
          ? () =>
              actions.openReview(
                'save',
                statements.map((_, i) => i),
              )
          : undefined,
        onRestoreHidden: () => actions.restoreHidden(),
        onTogglePanel: statements.length ? () => actions.togglePanel() : undefined,
        pageFix: { setByUser: !!override, onSet: (region, y) => actions.setPage(region, y) },
        onDisableSite: () => actions.disableSite(),
        onSaveReport:
          isFullText(page.text, statements.length) && year
            ? () => actions.saveReport(page.text, { ...detection, year })
            : undefined,
      },
      card: null,
      saveStates: {},
      edited: new Set(corrected.statements.flatMap((c, i) => (c.edited ? [i] : []))),
      review: null,
      panelOpen: false,
      onCompare: (region) => void request('openLibrary', { region, year: year ?? undefined }),
    });
    await this.compare(page.text, page.segments);
  }

  /** Asks the background how each statement compares with the stored records, then colours the marks. */
  private async compare(text: string, segments: TextSegment[]): Promise<void> {
    const state = this.view.state;
    if (!state) return;
    const reply = await comparePageInParts((part) => request('comparePage', part), state.statements, text);
    if (!this.ctx.isValid || this.view.state !== state) return;
    if (!reply.ok) {
      this.marks.colourAllNew(state.statements);
      this.view.note(t('errorReach', reply.error.message));
      return;
    }
    // Topics only for proposals of the page's regions or the national level (lib/match topicsForRegions).
    const regions = [
      ...new Set([
        ...(state.badge.facts.regions ?? []),
        state.badge.facts.region ?? '',
        ...state.statements.map((s) => s.region),
      ]),
    ];
    state.comparison = {
      ...reply.data,
      ...topicsForRegions(reply.data.topics, reply.data.proposals, regions.filter(Boolean)),
    };
    this.colour(state);
    // Topics: only where they are not already inside a statement's mark. Segments are still valid: the statement
    // marks only split text nodes they own, and the page's segments were kept up to date by wrapSpans.
    await this.marks.placeTopics(
      segments,
      state.comparison.topics.slice(0, MAX_TOPIC_MARKS),
      state.statements,
      (term) => t('topicLabel', term),
    );
    if (!this.ctx.isValid || this.view.state !== state) return;
    this.view.render();
  }

  /** After saving: ask again how the statements compare (topics are unchanged) and recolour the marks. */
  async recompare(): Promise<void> {
    const state = this.view.state;
    if (!state) return;
    const reply = await comparePageInParts((part) => request('comparePage', part), state.statements);
    if (!reply.ok || this.view.state !== state) return;
    state.comparison = {
      ...reply.data,
      topics: state.comparison?.topics ?? [],
      proposals: state.comparison?.proposals ?? {},
    };
    this.colour(state);
    this.view.render();
  }

  private colour(state: OverlayState): void {
    if (!state.comparison) return;
    const counts = this.marks.colour(state.comparison.comparisons);
    state.badge.facts = { ...state.badge.facts, ...counts };
  }
}

/** The page's regions for the badge: the main one first, then in the order the page states them. */
function orderRegions(regions: string[], main: string | undefined): string[] {
  return main && regions.includes(main) ? [main, ...regions.filter((r) => r !== main)] : regions;
}
