// A fresh element to render Preact views into, per test, with UI strings shown as their keys (t() falls back to the
// key when the browser has no message). Call at the top of a test file; use host() inside tests.
import { render } from 'preact';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

export function useRenderHost(): () => HTMLElement {
  let host: HTMLElement;
  beforeEach(() => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(() => '');
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    render(null, host);
    host.remove();
  });
  return () => host;
}
