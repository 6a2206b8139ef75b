import { ContentScriptContext } from 'wxt/utils/content-script-context';
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
    ignoreForgedStops();
    await Promise.all([startOverlay(ctx), startSnippets(ctx)]);
  },
});

/**
 * WXT stops an older copy of this script when a newer one announces itself with a document event. A page can send
 * that event too (the name is public: extension id + entry name) and so switch the extension off on its pages. A
 * genuine newer copy only comes after an update or reload, when this copy has lost its extension context; while the
 * context is alive the announcement is stopped before WXT's listener on the document hears it.
 */
function ignoreForgedStops() {
  // The name is a private static in WXT's typings, public at run time.
  const name = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
  window.addEventListener(
    name,
    (event) => {
      if (browser.runtime?.id) event.stopImmediatePropagation();
    },
    true,
  );
}
