import { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * WXT stops an older copy of a content script when a newer one announces itself with a document event. A page can
 * send that event too (the name is public: extension id + entry name) and so switch the extension off on its pages.
 * A genuine newer copy only comes after an update or reload, when this copy has lost its extension context; while
 * the context is alive the announcement is stopped before WXT's listener on the document hears it.
 */
export function ignoreForgedStops(): void {
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
