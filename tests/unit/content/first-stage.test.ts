// The first stage of the content script: on a page that is not about a report and holds no snippet it sends
// nothing and writes nothing; otherwise it asks the background, once, to inject the lens into its frame.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startFirstStage } from '@/entrypoints/content/first-stage';
import { LENS_STATE_KEY, type LensState, lensState } from '@/lib/api/lens';
import { NOT_A_REPORT_PAGE, type PageInfo } from '@/lib/api/page';
import { savedPageKey } from '@/lib/api/saved-pages';
import { RequestError, requestTab } from '@/lib/messages';
import { registerRouter } from '@/lib/service/router';
import { deliverTabMessages } from '../helpers/tab-messages';

const api = fakeBrowser as never;
let ctx: ContentScriptContext;
let lensRequests: number;

const global = globalThis as unknown as Record<string, LensState | undefined>;

/** A page at `path` (on the test document's own origin: history cannot leave it). */
function page(title: string, body: string, path = '/a/1.html') {
  history.replaceState(null, '', path);
  document.title = title;
  document.body.innerHTML = body;
}

/** The lens as it starts in the frame (entrypoints/lens.content.tsx does this). */
function lensStarts(info = { detection: { isReport: true }, statements: 3 } as unknown as PageInfo) {
  const state = lensState();
  if (!state) throw new Error('nobody claimed the frame');
  state.pageInfo = () => info;
  state.phase = 'ready';
  for (const waiter of state.waiters.splice(0)) waiter();
}

/** Asks the page what the popup asks (requestTab, as the popup does), and returns the answer. */
const askPageInfo = () => requestTab(1, 'pageInfo');
let stopBackground = () => {};

beforeEach(() => {
  fakeBrowser.reset();
  delete global[LENS_STATE_KEY];
  lensRequests = 0;
  background = inject;
  deliverTabMessages();
  // The background's side of the lens request (the `loadLens` message), reduced to what the page sees.
  stopBackground = registerRouter({ loadLens: () => background() } as never);
  ctx = new ContentScriptContext('first-stage-test');
});
afterEach(() => {
  ctx.abort();
  stopBackground();
  vi.restoreAllMocks();
  delete global[LENS_STATE_KEY];
});

/** What the fake background does with a lens request: inject (the lens starts), refuse, or never answer. */
let background: () => Promise<{ loaded: true }>;
const inject = async () => {
  lensRequests++;
  lensStarts();
  return { loaded: true as const };
};
const refuse = async (): Promise<never> => {
  lensRequests++;
  throw new RequestError('internal', 'Cannot access contents of the page.');
};
const neverAnswer = () => {
  lensRequests++;
  return new Promise<never>(() => {});
};

describe('a page that is not about a report and holds no snippet', () => {
  it('sends nothing, writes nothing, and tells the popup it is no report page', async () => {
    page('城市马拉松今日开跑', '<article><p>两万名选手参加比赛，交通管制将在中午结束。</p></article>');
    const before = document.documentElement.outerHTML;
    const stage = startFirstStage(ctx, api);
    await stage.check();
    expect(lensRequests).toBe(0);
    expect(lensState()).toBeUndefined();
    expect(document.documentElement.outerHTML).toBe(before);
    expect(await askPageInfo()).toEqual({ ok: true, data: NOT_A_REPORT_PAGE });
    // The snippet messages are the lens's alone: without it nobody answers (the background injects it before it asks).
    expect(await requestTab(1, 'captureSelection')).toMatchObject({ ok: false, error: { code: 'disconnected' } });
  });
});

describe('loading the lens', () => {
  it('asks once on a page whose title names the report, however often it is checked', async () => {
    page('政府工作报告全文', '<p>今年发展主要预期目标是：国内生产总值增长5%左右。</p>');
    const stage = startFirstStage(ctx, api);
    await stage.check();
    await stage.check();
    expect(lensRequests).toBe(1);
    expect(lensState()?.phase).toBe('ready');
  });

  it('asks on a page the gate turns down when it holds saved snippets', async () => {
    page('读书笔记', '<p>一段与报告无关的文字。</p>', '/notes?id=7#top');
    await fakeBrowser.storage.local.set({ [savedPageKey(location.href)]: 2 });
    await startFirstStage(ctx, api).check();
    expect(lensRequests).toBe(1);
  });

  it('checks again after client-side navigation', async () => {
    page('今日要闻', '<p>周末天气晴好。</p>');
    const stage = startFirstStage(ctx, api);
    await stage.check();
    expect(lensRequests).toBe(0);
    page('政府工作报告解读', '<p>今年经济增长预期目标5%左右。</p>', '/a/2.html');
    await stage.check();
    expect(lensRequests).toBe(1);
  });

  it('gives the frame back when the background cannot inject, so a later check may try again', async () => {
    background = refuse;
    page('政府工作报告', '<p>主要预期目标</p>');
    const stage = startFirstStage(ctx, api);
    await stage.check();
    expect(await stage.loading).toBe(false);
    expect(lensState()).toBeUndefined();
    background = inject;
    await stage.check();
    expect(lensRequests).toBe(2);
    expect(lensState()?.phase).toBe('ready');
  });

  it('re-gates when the article body arrives after the page loaded', async () => {
    vi.useFakeTimers();
    try {
      page('快讯', '<main id="main"><p>正在加载……</p></main>');
      const stage = startFirstStage(ctx, api);
      await stage.check();
      expect(lensRequests).toBe(0);
      const p = document.createElement('p');
      p.textContent = '国务院总理作政府工作报告，今年发展主要预期目标是国内生产总值增长5%左右。';
      document.getElementById('main')?.append(p);
      await vi.advanceTimersByTimeAsync(1000);
      expect(lensRequests).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("the popup's question while the lens is on its way", () => {
  it('waits for the lens and answers with what it read', async () => {
    background = neverAnswer;
    page('政府工作报告', '<p>主要预期目标</p>');
    void startFirstStage(ctx, api).check();
    await vi.waitFor(() => expect(lensRequests).toBe(1));
    const answer = askPageInfo();
    const read = { detection: { isReport: true, regions: ['全国'], year: 2025, confidence: 1 }, statements: 18 };
    lensStarts(read);
    expect(await answer).toEqual({ ok: true, data: read });
    // Once the lens runs, the answer is the lens's reading at once.
    expect(await askPageInfo()).toEqual({ ok: true, data: read });
  });

  it('answers "no report here" when the lens could not be injected', async () => {
    let fail!: () => void;
    background = () => {
      lensRequests++;
      return new Promise<never>((_, reject) => {
        fail = () => reject(new RequestError('internal', 'Cannot access contents of the page.'));
      });
    };
    page('政府工作报告', '<p>主要预期目标</p>');
    const stage = startFirstStage(ctx, api);
    void stage.check();
    await vi.waitFor(() => expect(fail).toBeTypeOf('function'));
    const answer = askPageInfo();
    fail();
    expect(await answer).toEqual({ ok: true, data: NOT_A_REPORT_PAGE });
    expect(lensState()).toBeUndefined();
  });
});
