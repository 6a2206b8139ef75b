// What the background asks of the overlay in this tab: Marks on/off (Alt+Shift+M). The popup's page info is answered
// by the first stage, with this overlay's reading (page-info.ts), for every page alike.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { answerTab } from '@/lib/messages';

export function listenToOverlayCommands(
  ctx: ContentScriptContext,
  commands: { toggleMarks(): void; hasPage(): boolean },
): void {
  const stop = answerTab('toggleMarks', () => {
    if (commands.hasPage()) commands.toggleMarks();
  });
  ctx.onInvalidated(stop);
}
