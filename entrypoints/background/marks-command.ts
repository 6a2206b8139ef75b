// The overlay's keyboard command (Alt+Shift+M): the page's lens owns the marks, so the tab gets the toggle.
import { browser } from 'wxt/browser';
import { requestTab } from '@/lib/messages';

export const TOGGLE_MARKS_COMMAND = 'toggle-marks';

export function setupMarksCommand(): void {
  browser.commands?.onCommand.addListener((command, tab) => {
    // A tab without the lens (no report page) has nobody to answer: nothing to toggle there.
    if (command === TOGGLE_MARKS_COMMAND && tab?.id !== undefined) void requestTab(tab.id, 'toggleMarks');
  });
}
