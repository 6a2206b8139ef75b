import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Saved snippets: selection button, re-highlighting on revisit. (Filled in by the snippets work.) */
export async function startSnippets(_ctx: ContentScriptContext): Promise<void> {}
