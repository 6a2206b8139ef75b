// Telling the user's focus from a script's (entrypoints/content/focus-intent.ts): only a trusted focus key or pointer
// press just before counts.
import { describe, expect, it } from 'vitest';
import { FocusIntent, USER_FOCUS_WINDOW_MS } from '@/entrypoints/content/focus-intent';
import { trusted } from '../helpers/fake-background';

function watched() {
  let now = 1000;
  const intent = new FocusIntent(() => now);
  const target = new EventTarget();
  intent.watch(target);
  return { intent, target, later: (ms: number) => (now += ms) };
}

describe('FocusIntent', () => {
  it('knows nothing of the user before any input', () => {
    expect(watched().intent.fromUser()).toBe(false);
  });

  it.each(['Tab', 'ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight'])(
    'counts a trusted %s for a short while',
    (key) => {
      const { intent, target, later } = watched();
      target.dispatchEvent(trusted(new KeyboardEvent('keydown', { key })));
      expect(intent.fromUser()).toBe(true);
      later(USER_FOCUS_WINDOW_MS + 1);
      expect(intent.fromUser()).toBe(false);
    },
  );

  it('counts a trusted pointer or mouse press', () => {
    for (const type of ['pointerdown', 'mousedown']) {
      const { intent, target } = watched();
      target.dispatchEvent(trusted(new Event(type)));
      expect(intent.fromUser()).toBe(true);
    }
  });

  it('ignores keys the page dispatches, and keys that do not move focus', () => {
    const { intent, target } = watched();
    target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
    target.dispatchEvent(new Event('pointerdown'));
    target.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Enter' })));
    target.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'a' })));
    expect(intent.fromUser()).toBe(false);
  });

  it('stops listening when its signal aborts', () => {
    let now = 0;
    const intent = new FocusIntent(() => now);
    const target = new EventTarget();
    const stop = new AbortController();
    intent.watch(target, stop.signal);
    stop.abort();
    now = 5000;
    target.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Tab' })));
    expect(intent.fromUser()).toBe(false);
  });
});
