// The page-facing host of the extension's UI (entrypoints/content/ui-host.ts) against a hostile page.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { getUiHost, HostUnavailable, pageDefined, UI_HOST_NAME } from '@/entrypoints/content/ui-host';

const invalidators: Array<() => void> = [];
const ctx = {
  onInvalidated: (fn: () => void) => invalidators.push(fn),
  isValid: true,
} as unknown as ContentScriptContext;

afterEach(() => {
  for (const fn of invalidators.splice(0)) fn();
  document.body.innerHTML = '';
});

describe('the UI host', () => {
  it('has a closed shadow root: the page cannot read the cards through host.shadowRoot', async () => {
    const ui = await getUiHost(ctx);
    ui.slot('overlay').textContent = 'a card';
    expect(document.querySelector(UI_HOST_NAME)).toBe(ui.host);
    expect(ui.host.shadowRoot).toBeNull();
    expect(ui.shadow.textContent).toContain('a card');
    // The CSS is inside the root (inlined), and nothing was added to the page's head.
    expect(ui.shadow.querySelector('style')?.textContent).toContain(':host');
    expect(document.head.querySelector('style, link')).toBeNull();
  });

  it('stops clicks and keys the page dispatches itself before they reach a button inside', async () => {
    const ui = await getUiHost(ctx);
    const button = document.createElement('button');
    const clicked = vi.fn();
    button.addEventListener('click', clicked);
    button.addEventListener('keydown', clicked);
    ui.slot('overlay').appendChild(button);
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(clicked).not.toHaveBeenCalled();
  });

  it('never adopts a <report-lens-ui> the page planted', async () => {
    const planted = document.createElement(UI_HOST_NAME);
    planted.attachShadow({ mode: 'open' }).innerHTML = '<div>page</div>';
    document.body.appendChild(planted);
    const ui = await getUiHost(ctx);
    expect(ui.host).not.toBe(planted);
    expect(ui.shadow.textContent).not.toContain('page');
  });

  it('puts its host back when the page removes it', async () => {
    const ui = await getUiHost(ctx);
    ui.slot('overlay').textContent = 'kept';
    ui.host.remove();
    const again = await getUiHost(ctx);
    expect(again.host.isConnected).toBe(true);
    expect(again.shadow.textContent).toContain('kept');
  });

  it('backs off with a clear error when the page defined the element name first', async () => {
    const name = 'report-lens-probe';
    expect(pageDefined(document, name)).toBe(false);
    customElements.define(name, class extends HTMLElement {});
    expect(pageDefined(document, name)).toBe(true);
    customElements.define(
      UI_HOST_NAME,
      class extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'open' });
        }
      },
    );
    await expect(getUiHost(ctx)).rejects.toBeInstanceOf(HostUnavailable);
  });
});
