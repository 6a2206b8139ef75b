// The snippets' slot in the shared UI host: renders the save button, the quick editor or a notice
// (components/snippets/SelectionSnippetUi.tsx). The host is created on the first thing shown, never before.
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { SelectionSnippetUi, type SnippetUiActions, type SnippetView } from '@/components/snippets/SelectionSnippetUi';
import { getUiHost } from './ui-host';

const SLOT = 'snippets';

export class SnippetViewController {
  private view: SnippetView = { kind: 'hidden' };
  private hostReady = false;
  /** Renders run one after the other: the host is created once, and the last view shown wins. */
  private rendering: Promise<void> = Promise.resolve();

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly actions: SnippetUiActions,
  ) {}

  get kind(): SnippetView['kind'] {
    return this.view.kind;
  }

  show(view: SnippetView): void {
    this.view = view;
    // Hiding what was never shown needs no host.
    if (view.kind === 'hidden' && !this.hostReady) return;
    this.rendering = this.rendering.then(async () => {
      let host: Awaited<ReturnType<typeof getUiHost>>;
      try {
        host = await getUiHost(this.ctx);
      } catch (error) {
        console.warn(error instanceof Error ? error.message : error);
        return;
      }
      this.hostReady = true;
      if (!this.ctx.isValid) return;
      render(<SelectionSnippetUi view={this.view} {...this.actions} />, host.slot(SLOT));
    });
  }

  /** Resolves once every view asked for so far is on screen (for callers and tests that need the DOM). */
  settled(): Promise<void> {
    return this.rendering;
  }
}
