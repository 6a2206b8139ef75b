// The background as the content controllers see it in unit tests: WXT's fake browser carries the typed messages to
// handlers the test gives (the real reader by default), and every request is counted.
import { afterEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageComparison } from '@/lib/api/page';
import { compareStatement } from '@/lib/match';
import type { Handler, MessageType } from '@/lib/messages';
import { readReport } from '@/lib/reader';
import { registerRouter } from '@/lib/service/router';

export type FakeHandlers = { [K in MessageType]?: Handler<K> };

/** Answers like the background with no records stored: every statement new, no topics. */
export const noRecords = ({
  statements,
}: {
  statements: Parameters<typeof compareStatement>[0][];
}): PageComparison => ({
  comparisons: statements.map((s) => compareStatement(s, [])),
  topics: [],
  proposals: {},
});

/** Registers `handlers` (readReport runs the real reader unless replaced) and records the requests made. */
export function fakeBackground(handlers: FakeHandlers = {}) {
  const requests: Array<{ type: MessageType; data: unknown }> = [];
  const all: FakeHandlers = {
    readReport: (input) => readReport(input),
    comparePage: noRecords,
    getCorrections: () => null,
    ...handlers,
  };
  const counted = Object.fromEntries(
    Object.entries(all).map(([type, handler]) => [
      type,
      (data: unknown, context: unknown) => {
        requests.push({ type: type as MessageType, data });
        return (handler as (d: unknown, c: unknown) => unknown)(data, context);
      },
    ]),
  );
  const unregister = registerRouter(counted as never);
  afterEachOnce(unregister);
  // Every message sent, answered or not.
  const sent: string[] = [];
  const listener = (message: unknown) => {
    sent.push(String((message as { type?: unknown } | null)?.type));
  };
  fakeBrowser.runtime.onMessage.addListener(listener);
  afterEachOnce(() => fakeBrowser.runtime.onMessage.removeListener(listener));
  return { requests, sent };
}

/** A content script context for one test, invalidated after it (which takes our host and listeners away). */
export function contentContext(): ContentScriptContext {
  const ctx = new ContentScriptContext(`unit-${Math.random().toString(36).slice(2)}`);
  afterEachOnce(() => ctx.abort());
  return ctx;
}

/** Marks an event as the user's (happy-dom's events are never trusted; a browser's from real input are). */
export function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

/** A page at `path` of the test document's origin (history cannot leave it), with `title`, `body` and its date. */
export function openPage(title: string, body: string, options: { path?: string; published?: string } = {}): void {
  history.replaceState(null, '', options.path ?? '/news/1.html');
  document.head.innerHTML = options.published
    ? `<meta property="article:published_time" content="${options.published}">`
    : '';
  document.title = title;
  document.body.innerHTML = body;
}

const cleanups: Array<() => void> = [];
function afterEachOnce(fn: () => void) {
  cleanups.push(fn);
}
afterEach(() => {
  for (const fn of cleanups.splice(0).reverse()) fn();
  document.body.innerHTML = '';
  document.head.innerHTML = '';
});
