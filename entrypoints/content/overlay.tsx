import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Badge } from '@/components/Badge';
import { judgePage } from './gate';

/** The report overlay: gate → read → badge. Unrelated pages stop at the gate: no DOM change, no message. */
export async function startOverlay(ctx: ContentScriptContext): Promise<void> {
  const verdict = judgePage(document, location.href);
  if (!verdict.isReport) return;

  const ui = await createShadowRootUi(ctx, {
    name: 'report-lens-ui',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container) {
      render(<Badge facts={{}} onDismiss={() => ui.remove()} />, container);
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  if (ctx.isValid) ui.mount();
}
