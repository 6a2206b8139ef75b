import { render } from 'preact';
import { Badge } from '@/components/Badge';
import { judgePage } from './gate';
import './style.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    // Unrelated pages stop here: no DOM change, no message.
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
  },
});
