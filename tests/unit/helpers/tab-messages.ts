// WXT's fake browser has no tabs.sendMessage: this one delivers a tab message to the runtime.onMessage listeners
// of the same test (where the content script's listeners are), as the browser delivers it to a tab's top frame,
// with the callback @webext-core/messaging passes.
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Callback = (reply: unknown) => void;

export function deliverTabMessages() {
  return vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(((
    tabId: number,
    message: unknown,
    options?: { frameId?: number },
    callback?: Callback,
  ) => {
    let answered = false;
    const respond = (reply: unknown) => {
      if (answered) return;
      answered = true;
      callback?.(reply);
    };
    const sender = { tab: { id: tabId }, frameId: options?.frameId ?? 0 };
    void fakeBrowser.runtime.onMessage.trigger(message, sender as never, respond).then((results: unknown[]) => {
      // Nobody kept the channel open: the browser answers "no receiver" (undefined to a callback).
      if (!results.some((r) => r === true)) respond(undefined);
    });
  }) as never);
}
