import { startOverlay } from './overlay';
import { startSnippets } from './snippets';

// Two independent features share one content script: the report overlay (report pages only) and saved
// snippets (any page that holds one, or where the user saves one). Each decides for itself whether to act.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // The UI's CSS is inlined into the closed shadow root (ui-host.ts): no CSS file in the page, none web-accessible.
  cssInjectionMode: 'manual',
  async main(ctx) {
    await Promise.all([startOverlay(ctx), startSnippets(ctx)]);
  },
});
