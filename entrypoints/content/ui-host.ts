// The one <report-lens-ui> host of a page (DESIGN.md: all extension UI on the page lives in one shadow root), shared
// by the overlay (badge, cards) and snippets (save button, quick editor, notices). Created on first request, never
// before: a page where no feature shows anything gets no host.
//
// Hostile pages (docs/security.md): the shadow root is closed, so page scripts cannot read cards or editors through
// `host.shadowRoot`; the CSS is inlined (no web-accessible file a page could fetch to fingerprint the install); a
// <report-lens-ui> the page planted is never adopted; an element name the page defined first makes us back off; and
// events the page dispatches itself (isTrusted false) never reach our buttons.
//
// Each feature renders into its own slot (a <div data-rl-slot="…"> in the shadow root) and removes only that slot,
// so dismissing the badge does not take the snippet editor with it.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import uiCss from './style.css?inline';

export const UI_HOST_NAME = 'report-lens-ui';

export interface UiHost {
  /** The <report-lens-ui> element in the page. */
  host: HTMLElement;
  shadow: ShadowRoot;
  /** A feature's own element inside the shadow root, created on first use. */
  slot(name: string): HTMLElement;
  /** Removes a feature's slot (and the host once no slot is left). */
  release(name: string): void;
}

/** Events that can make our UI act: the page's own synthetic copies (isTrusted false) are stopped at the root. */
export const GUARDED_EVENTS = [
  'click',
  'dblclick',
  'auxclick',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'keydown',
  'keyup',
  'keypress',
  'input',
  'change',
  'submit',
  'beforeinput',
] as const;

let pending: Promise<UiHost> | null = null;
/** The host we created (a module variable, not a DOM lookup: a host the page planted is never ours). */
let ours: HTMLElement | null = null;

/** The page's UI host, created (with the content script's CSS inside) on the first call. */
export function getUiHost(ctx: ContentScriptContext): Promise<UiHost> {
  // A page that removed our host gets the same host back (its shadow content is intact).
  if (ours && !ours.isConnected) (document.body ?? document.documentElement).appendChild(ours);
  if (!pending) {
    pending = createHost(ctx).catch((error: unknown) => {
      pending = null;
      throw error;
    });
  }
  return pending;
}

/** Whether the page registered `tag` as a custom element of its own (its class would run on every element we make). */
export function pageDefined(doc: Document, tag: string): boolean {
  try {
    // Chromium gives content scripts no registry (customElements is null in the isolated world); the element's
    // :defined state tells in every browser.
    const registry = (globalThis as { customElements?: CustomElementRegistry | null }).customElements;
    if (registry?.get(tag)) return true;
    return doc.createElement(tag).matches(':defined');
  } catch {
    return true;
  }
}

export class HostUnavailable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HostUnavailable';
  }
}

async function createHost(ctx: ContentScriptContext): Promise<UiHost> {
  if (pageDefined(document, UI_HOST_NAME)) {
    throw new HostUnavailable(
      `Report Lens: this page defines <${UI_HOST_NAME}> itself; the extension shows nothing here.`,
    );
  }
  const host = document.createElement(UI_HOST_NAME);
  let shadow: ShadowRoot;
  try {
    shadow = host.attachShadow({ mode: 'closed' });
  } catch (error) {
    throw new HostUnavailable(`Report Lens: could not attach its UI to this page (${String(error)}).`);
  }
  // Page CSS aimed at the host cannot resize, hide or move what is inside (all: initial on :host is in the sheet).
  const style = document.createElement('style');
  style.textContent = `:host{all:initial !important;}\n${uiCss.replaceAll(':root', ':host')}`;
  shadow.appendChild(style);
  const container = document.createElement('div');
  container.setAttribute('data-rl-container', '');
  shadow.appendChild(container);
  guardEvents(shadow);
  (document.body ?? document.documentElement).appendChild(host);
  ours = host;
  const remove = () => {
    host.remove();
    if (ours === host) ours = null;
    pending = null;
  };
  ctx.onInvalidated(remove);
  return hostApi(host, shadow, container, remove);
}

/** Stops every untrusted event of GUARDED_EVENTS before it reaches an element inside the shadow root. */
export function guardEvents(root: ShadowRoot | HTMLElement): void {
  for (const type of GUARDED_EVENTS) {
    root.addEventListener(
      type,
      (event) => {
        if (event.isTrusted) return;
        event.stopImmediatePropagation();
        event.preventDefault();
      },
      true,
    );
  }
}

function hostApi(host: HTMLElement, shadow: ShadowRoot, container: ParentNode, removeHost: () => void): UiHost {
  const slots = new Map<string, HTMLElement>();
  return {
    host,
    shadow,
    slot(name) {
      let el = slots.get(name);
      if (!el) {
        el = document.createElement('div');
        el.setAttribute('data-rl-slot', name);
        container.appendChild(el);
        slots.set(name, el);
      }
      return el;
    },
    release(name) {
      slots.get(name)?.remove();
      slots.delete(name);
      if (slots.size === 0) removeHost();
    },
  };
}
