// What the popup and the background ask of the overlay in this tab: its page info, and Marks on/off (Alt+Shift+M).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { currentPageInfo } from './page-info';

export function listenToOverlayCommands(ctx: ContentScriptContext, commands: { toggleMarks(): void; hasPage(): boolean }): void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
    const type = (message as { type?: string } | null)?.type;
    if (type === 'rl:toggle-marks' && commands.hasPage()) {
      commands.toggleMarks();
      return undefined;
    }
    if (type === 'rl:page-info') {
      sendResponse(currentPageInfo());
      return true;
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener as never);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener as never));
}
