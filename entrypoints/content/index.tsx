import { startFirstStage } from './first-stage';
import { ignoreForgedStops } from './forged-stops';

// The first stage of the content script, on every http(s) page: the gate and the snippets check only (a few KB).
// The lens — reader, marks, cards and the snippet UI (entrypoints/lens.content.tsx) — is injected by the background
// into this frame when either says yes, when the user saves a selection, or never. See first-stage.ts.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // From the start of parsing: the URL and then the title are gated as soon as they exist, so on a report page the
  // lens is injected while the page still parses; the full gate runs at DOMContentLoaded (see first-stage.ts).
  runAt: 'document_start',
  // WXT would otherwise announce every start to the page with window.postMessage.
  noScriptStartedPostMessage: true,
  main(ctx) {
    ignoreForgedStops();
    startFirstStage(ctx, browser as never);
  },
});
