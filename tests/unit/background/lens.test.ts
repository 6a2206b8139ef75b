// @vitest-environment node
// The background's share of the two-stage content script: it injects the lens into the asking frame only (the
// first stage's `loadLens` message, through the router), and before it asks a tab for a selection it makes sure the
// lens runs there (inject first, then ask) — once.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setupLensLoader } from '@/entrypoints/background/lens';
import {
  claimLens,
  LENS_FILE,
  LENS_STATE_KEY,
  type LensState,
  lensState,
  probeLens,
  releaseLens,
} from '@/lib/api/lens';
import { createDbAccess } from '@/lib/db/open';
import { ReportLensDb } from '@/lib/db/schema';
import { createHandlers } from '@/lib/service/handlers';
import { route, type Sender } from '@/lib/service/router';

type Injection = {
  target: { tabId: number; frameIds?: number[] };
  files?: string[];
  func?: (...args: never[]) => unknown;
  args?: unknown[];
};
const global = globalThis as unknown as Record<string, LensState | undefined>;
let injected: Injection[];
let refuse: string | null;

beforeEach(() => {
  fakeBrowser.reset();
  delete global[LENS_STATE_KEY];
  injected = [];
  refuse = null;
  // executeScript as the browser runs it, with this test's globalThis standing in for the frame's isolated world.
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (injection: Injection) => {
    if (refuse) throw new Error(refuse);
    injected.push(injection);
    if (injection.func)
      return [{ result: await (injection.func as (...a: unknown[]) => unknown)(...(injection.args ?? [])) }];
    // The lens file: it claims the frame if nobody did and starts.
    claimLens(LENS_STATE_KEY);
    const state = lensState() as LensState;
    state.phase = 'ready';
    for (const waiter of state.waiters.splice(0)) waiter();
    return [{ result: undefined }];
  }) as never);
});
afterEach(() => {
  vi.restoreAllMocks();
  delete global[LENS_STATE_KEY];
});

const files = () => injected.filter((i) => i.files).map((i) => ({ target: i.target, files: i.files }));

/** The first stage's `loadLens`, answered by the router as the background answers it. */
function loadLens(sender: Sender) {
  const lens = setupLensLoader();
  const handlers = createHandlers(
    createDbAccess(() => new ReportLensDb('lens-test')),
    '1',
    {
      openPage: async () => {},
      injectLens: lens.inject,
    },
  );
  return route(handlers, 'loadLens', undefined, sender, { extensionOrigin: 'chrome-extension://test/' });
}

describe("the first stage's request", () => {
  const page = { url: 'https://news.example/a.html', tab: { id: 7, url: 'https://news.example/a.html' } };

  it('injects the lens into the asking frame of the asking tab', async () => {
    expect(await loadLens({ ...page, frameId: 2 })).toEqual({ ok: true, data: { loaded: true } });
    expect(files()).toEqual([{ target: { tabId: 7, frameIds: [2] }, files: [LENS_FILE] }]);
  });

  it('says why when the browser refuses (a page it protects)', async () => {
    refuse = 'Cannot access contents of the page.';
    expect(await loadLens({ ...page, frameId: 0 })).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Error: Cannot access contents of the page.' },
    });
  });

  it('injects nothing for a sender without a tab', async () => {
    expect(await loadLens({ url: 'chrome-extension://test/popup.html' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(injected).toEqual([]);
  });
});

describe('inject first, then ask', () => {
  it('injects into a frame without the lens, and only once for two requests at the same time', async () => {
    const loader = setupLensLoader();
    await Promise.all([loader.ensureLens(3), loader.ensureLens(3)]);
    expect(files()).toEqual([{ target: { tabId: 3, frameIds: [0] }, files: [LENS_FILE] }]);
    await loader.ensureLens(3);
    expect(files()).toHaveLength(1);
  });

  it('waits for a lens the first stage is already loading', async () => {
    const loader = setupLensLoader();
    expect(claimLens(LENS_STATE_KEY)).toBe(true); // the first stage asked; the injection is on its way
    let done = false;
    const ensured = loader.ensureLens(3).then(() => {
      done = true;
    });
    await new Promise((r) => setTimeout(r, 10));
    expect(done).toBe(false);
    const state = lensState() as LensState;
    state.phase = 'ready';
    for (const waiter of state.waiters.splice(0)) waiter();
    await ensured;
    expect(files()).toEqual([]);
  });

  it('gives the frame back when the injection fails, and says so', async () => {
    const loader = setupLensLoader();
    vi.mocked(fakeBrowser.scripting.executeScript).mockImplementation((async (injection: Injection) => {
      if (injection.files) throw new Error('Cannot access contents of the page.');
      return [{ result: await (injection.func as (...a: unknown[]) => unknown)(...(injection.args ?? [])) }];
    }) as never);
    await expect(loader.ensureLens(3)).rejects.toThrow('Cannot access');
    expect(lensState()).toBeUndefined();
  });
});

describe('the claim', () => {
  it('is taken once, waited on while loading, and released only while loading', async () => {
    expect(probeLens(LENS_STATE_KEY, 1000)).toBe('claimed');
    expect(claimLens(LENS_STATE_KEY)).toBe(false);
    expect(await probeLens(LENS_STATE_KEY, 5)).toBe('timeout');
    (lensState() as LensState).phase = 'ready';
    expect(probeLens(LENS_STATE_KEY, 1000)).toBe('ready');
    releaseLens(LENS_STATE_KEY);
    expect(lensState()?.phase).toBe('ready');
  });
});
