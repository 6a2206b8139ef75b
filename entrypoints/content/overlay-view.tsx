// The overlay's slot in the shared UI host: holds what the badge, card, page panel and review list show
// (OverlayState) and renders it with components/overlay/OverlayApp. Controllers change the state, then call render().
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { type OverlayCallbacks, OverlayApp, type OverlayState } from '@/components/overlay/OverlayApp';
import { getUiHost, type UiHost } from './ui-host';

const SLOT = 'overlay';

export class OverlayView {
  state: OverlayState | null = null;
  /** What the rendered UI calls back; set once by the wiring (overlay.ts). */
  on!: OverlayCallbacks;
  private host: UiHost | null = null;
  private badgeDismissed = false;

  constructor(private readonly ctx: ContentScriptContext) {}

  /** Shows `state` (the badge stays away if the user dismissed it on this page). */
  async show(state: OverlayState): Promise<void> {
    state.badge.visible = !this.badgeDismissed;
    this.state = state;
    try {
      this.host = await getUiHost(this.ctx);
    } catch (error) {
      // The page took our element name or refused the shadow root: marks still get their colours, no badge or card.
      console.warn(error instanceof Error ? error.message : error);
      this.host = null;
    }
    this.render();
  }

  render(): void {
    if (!this.host || !this.state || !this.ctx.isValid) return;
    render(<OverlayApp state={this.state} on={this.on} />, this.host.slot(SLOT));
  }

  /** A short line on the badge (what was saved, or why something failed). */
  note(text: string | undefined): void {
    if (this.state) this.state.badge.note = text;
    this.render();
  }

  dismissBadge(): void {
    this.badgeDismissed = true;
    if (this.state) this.state.badge.visible = false;
    this.render();
  }

  /** Opens or closes the page panel (every statement by region). */
  togglePanel(open = !this.state?.panelOpen): void {
    const state = this.state;
    if (!state) return;
    state.panelOpen = open;
    state.badge.panelOpen = open;
    this.render();
  }

  /** An element inside our shadow root (closed: the page cannot query it). */
  query<E extends HTMLElement = HTMLElement>(selector: string): E | null {
    return this.host?.shadow.querySelector<E>(selector) ?? null;
  }

  /** Takes the overlay's UI off the page. */
  clear(): void {
    this.state = null;
    if (this.host) {
      render(null, this.host.slot(SLOT));
      this.host.release(SLOT);
      this.host = null;
    }
  }
}
