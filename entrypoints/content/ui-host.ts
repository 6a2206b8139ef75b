// The one <report-lens-ui> host of a page (DESIGN.md: all extension UI on the page lives in one shadow root), shared
// by the overlay (badge, cards) and snippets (save button, quick editor, notices). Created on first request, never
// before: a page where no feature shows anything gets no host.
//
// Each feature renders into its own slot (a <div data-rl-slot="…"> in the shadow root) and removes only that slot,
// so dismissing the badge does not take the snippet editor with it.
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

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

let pending: Promise<UiHost> | null = null;

/** The page's UI host, created (with the content script's CSS inside) on the first call. */
export function getUiHost(ctx: ContentScriptContext): Promise<UiHost> {
  if (!pending) {
    pending = createHost(ctx).catch((error: unknown) => {
      pending = null;
      throw error;
    });
  }
  return pending;
}

async function createHost(ctx: ContentScriptContext): Promise<UiHost> {
  // A host mounted by code that does not use this helper yet: join it instead of adding a second one.
  const existing = document.querySelector(UI_HOST_NAME);
  if (existing instanceof HTMLElement && existing.shadowRoot) {
    const root = existing.shadowRoot;
    return hostApi(existing, root, root.querySelector('body') ?? root, () => undefined);
  }
  const ui = await createShadowRootUi(ctx, {
    name: UI_HOST_NAME,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount: (container) => container,
  });
  ui.mount();
  ctx.onInvalidated(() => {
    pending = null;
  });
  return hostApi(ui.shadowHost, ui.shadow, ui.uiContainer, () => {
    ui.remove();
    pending = null;
  });
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
