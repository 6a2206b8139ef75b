// The overlay's controllers in happy-dom, with WXT's fake browser carrying the messages to a fake background that
// runs the real reader: what a page gets, and how its cards open and close.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startOverlay } from '@/entrypoints/content/overlay';
import { currentPageInfo } from '@/entrypoints/content/page-info';
import { requestTab } from '@/lib/messages';
import { deliverTabMessages } from '../helpers/tab-messages';
import { contentContext, fakeBackground, openPage, trusted } from '../helpers/fake-background';

const REPORT_TITLE = '政府工作报告：今年经济增长预期目标5%左右';
const REPORT_BODY = `<article><h1>政府工作报告要点</h1>
<p>今年发展主要预期目标是：国内生产总值增长5%左右，城镇新增就业1200万人以上。</p>
<p>过去一年，国内生产总值增长5%，城镇新增就业1256万人。</p></article>`;

const marks = () => [...document.querySelectorAll<HTMLElement>('report-lens-mark')];
const tabStops = () => marks().filter((m) => m.getAttribute('tabindex') === '0');

beforeEach(() => {
  fakeBrowser.reset();
  // UI text shows as its message key (the fake browser has no message files).
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(() => '');
});
afterEach(() => {
  vi.restoreAllMocks();
});

async function reportPage() {
  openPage(REPORT_TITLE, REPORT_BODY, { published: '2025-03-05' });
  const background = fakeBackground();
  const overlay = await startOverlay(contentContext());
  return { overlay, background };
}

describe('the page run', () => {
  it('leaves a page that is not about a report alone: no DOM change, no message', async () => {
    openPage('城市马拉松今日开跑', '<article><p>两万名选手参加比赛，交通管制将在中午结束。</p></article>');
    const background = fakeBackground();
    const before = document.body.innerHTML;
    await startOverlay(contentContext());
    expect(document.body.innerHTML).toBe(before);
    expect(document.querySelector('report-lens-ui')).toBeNull();
    expect(background.sent).toEqual([]);
    expect(currentPageInfo()).toEqual({ detection: null, statements: 0 });
  });

  it('marks a report page’s statements with the page contract and colours them once compared', async () => {
    const { overlay, background } = await reportPage();
    expect(background.requests.map((r) => r.type)).toEqual(['readReport', 'getCorrections', 'comparePage']);
    const gdpTarget = marks().find((m) => m.dataset.kind === 'target' && m.dataset.indicator === 'gdp_growth');
    expect(gdpTarget?.dataset).toMatchObject({ year: '2025', region: '全国', state: 'new', confidence: 'high' });
    expect(gdpTarget?.getAttribute('tabindex')).toBe('0');
    expect(marks().some((m) => m.dataset.kind === 'result')).toBe(true);
    expect(marks().every((m) => m.dataset.state !== 'pending')).toBe(true);
    expect(overlay.view.state?.badge.facts).toMatchObject({ region: '全国', year: 2025, compared: 0, conflicts: 0 });
    expect(document.querySelector('report-lens-ui')).not.toBeNull();
    expect(currentPageInfo().detection?.regions[0]).toBe('全国');
  });

  it('does nothing on a site the user switched off', async () => {
    openPage(REPORT_TITLE, REPORT_BODY, { published: '2025-03-05' });
    await fakeBrowser.storage.local.set({ disabledSites: [location.hostname] });
    const background = fakeBackground();
    await startOverlay(contentContext());
    expect(marks()).toEqual([]);
    expect(background.sent).toEqual([]);
  });

  it('marks nothing and takes no badge when the background cannot read the page', async () => {
    openPage(REPORT_TITLE, REPORT_BODY, { published: '2025-03-05' });
    fakeBackground({
      readReport: () => {
        throw new Error('the worker went away');
      },
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await startOverlay(contentContext());
    expect(marks()).toEqual([]);
    expect(document.querySelector('report-lens-ui')).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('could not read this page'));
  });

  it('switches marks off and on from the tab message (Alt+Shift+M), and keeps what the popup is told of the page', async () => {
    deliverTabMessages();
    const { overlay } = await reportPage();
    await requestTab(1, 'toggleMarks');
    expect(overlay.marks.visible).toBe(false);
    expect(tabStops()).toEqual([]);
    expect(marks()[0].getAttribute('style')).toContain('all: unset');
    await requestTab(1, 'toggleMarks');
    expect(overlay.marks.visible).toBe(true);
    expect(tabStops().length).toBeGreaterThan(0);

    // The first stage answers the popup's pageInfo with this (first-stage.test.ts).
    expect(currentPageInfo()).toMatchObject({
      detection: { isReport: true, year: 2025 },
      statements: marks().filter((m) => m.hasAttribute('aria-label')).length,
    });
  });
});

describe('cards', () => {
  it('opens a card when the user rests the pointer on a mark, and ignores the page’s own synthetic events', async () => {
    const { overlay } = await reportPage();
    const mark = tabStops()[0];
    mark.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    mark.click();
    mark.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await new Promise((r) => setTimeout(r, 250));
    expect(overlay.view.state?.card).toBeNull();

    mark.dispatchEvent(trusted(new MouseEvent('mouseover', { bubbles: true })));
    await vi.waitFor(() => expect(overlay.view.state?.card?.target).toEqual({ type: 'statement', index: 0 }));
    expect(overlay.view.query('[data-testid="card"]')).not.toBeNull();
  });

  it('pins a card on the user’s click and closes it on Escape, focus back on its mark', async () => {
    const { overlay } = await reportPage();
    const mark = tabStops()[1];
    mark.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));
    expect(overlay.view.state?.card?.target).toEqual({ type: 'statement', index: 1 });
    // A pinned card stays when the pointer leaves.
    mark.dispatchEvent(new MouseEvent('mouseout', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 450));
    expect(overlay.view.state?.card).not.toBeNull();
    document.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(overlay.view.state?.card).toBeNull();
    expect(document.activeElement).toBe(mark);
  });

  it('Tab past the card’s last control moves on to the next mark with its card open', async () => {
    const { overlay } = await reportPage();
    const [first, second] = tabStops();
    first.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));
    overlay.view.on.onTabOut(1);
    expect(document.activeElement).toBe(second);
    expect(overlay.view.state?.card?.target.index).toBe(1);
    overlay.view.on.onTabOut(-1);
    expect(overlay.view.state?.card).toBeNull();
    expect(document.activeElement).toBe(second);
  });

  it('opens no card while marks are switched off', async () => {
    const { overlay } = await reportPage();
    overlay.toggleMarks();
    tabStops()[0]?.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));
    marks()[0].dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));
    expect(overlay.view.state?.card).toBeNull();
  });

  // A browser marks the focus events of a script's mark.focus() as trusted, like the user's own.
  const focusEvent = () => trusted(new FocusEvent('focusin', { bubbles: true }));

  it('opens no card when the page’s own script focuses a mark', async () => {
    const { overlay } = await reportPage();
    const mark = tabStops()[0];
    mark.focus();
    mark.dispatchEvent(focusEvent());
    expect(overlay.view.state?.card).toBeNull();
  });

  it('opens a mark’s card when the user’s Tab (or Shift+Tab, or an arrow) brought focus there', async () => {
    const { overlay } = await reportPage();
    const [first, second] = tabStops();
    window.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true })));
    first.dispatchEvent(focusEvent());
    expect(overlay.view.state?.card?.target).toEqual({ type: 'statement', index: 0 });
    document.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    window.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true })));
    second.dispatchEvent(focusEvent());
    expect(overlay.view.state?.card?.target).toEqual({ type: 'statement', index: 1 });
  });

  it('opens a mark’s card when the user’s pointer press brought focus there', async () => {
    const { overlay } = await reportPage();
    const mark = tabStops()[0];
    mark.dispatchEvent(trusted(new MouseEvent('mousedown', { bubbles: true, composed: true })));
    mark.dispatchEvent(focusEvent());
    expect(overlay.view.state?.card?.target).toEqual({ type: 'statement', index: 0 });
  });

  it('a key the page dispatches itself, or a key that does not move focus, does not count as the user’s', async () => {
    const { overlay } = await reportPage();
    const mark = tabStops()[0];
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    mark.dispatchEvent(focusEvent());
    expect(overlay.view.state?.card).toBeNull();
    window.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'a', bubbles: true })));
    mark.dispatchEvent(focusEvent());
    expect(overlay.view.state?.card).toBeNull();
  });

  it('a Tab long ago does not make a later scripted focus the user’s', async () => {
    const { overlay } = await reportPage();
    vi.useFakeTimers({ toFake: ['performance'] });
    try {
      window.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true })));
      vi.advanceTimersByTime(2000);
      tabStops()[0].dispatchEvent(focusEvent());
      expect(overlay.view.state?.card).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
