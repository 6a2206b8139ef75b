// @vitest-environment node
// When a card opens and closes by itself (entrypoints/content/card-timers.ts), on fake timers.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CARD_CLOSE_GRACE_MS, CardTimers, HOVER_OPEN_MS } from '@/entrypoints/content/card-timers';

let close: ReturnType<typeof vi.fn<() => void>>;
let open: ReturnType<typeof vi.fn<() => void>>;
let timers: CardTimers;

beforeEach(() => {
  vi.useFakeTimers();
  close = vi.fn<() => void>();
  open = vi.fn<() => void>();
  timers = new CardTimers(close);
});
afterEach(() => vi.useRealTimers());

describe('card timers', () => {
  it('opens a hovered mark’s card after the pause, not before', () => {
    timers.hover(open);
    vi.advanceTimersByTime(HOVER_OPEN_MS - 1);
    expect(open).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(open).toHaveBeenCalledOnce();
  });

  it('opens nothing when the pointer only passes over the mark', () => {
    timers.hover(open);
    vi.advanceTimersByTime(HOVER_OPEN_MS / 2);
    timers.leave();
    vi.advanceTimersByTime(HOVER_OPEN_MS * 10);
    expect(open).not.toHaveBeenCalled();
  });

  it('closes an unpinned card after the grace once the pointer leaves its mark', () => {
    timers.opened(false);
    timers.leave();
    vi.advanceTimersByTime(CARD_CLOSE_GRACE_MS - 1);
    expect(close).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(close).toHaveBeenCalledOnce();
  });

  it('keeps the card while the pointer is inside it, and closes it after the grace when the pointer leaves', () => {
    timers.opened(false);
    timers.leave();
    timers.pointer(true);
    vi.advanceTimersByTime(CARD_CLOSE_GRACE_MS * 4);
    expect(close).not.toHaveBeenCalled();
    timers.pointer(false);
    vi.advanceTimersByTime(CARD_CLOSE_GRACE_MS);
    expect(close).toHaveBeenCalledOnce();
  });

  it('never closes a pinned card by itself, and the next card starts unpinned', () => {
    timers.opened(true);
    expect(timers.pinned).toBe(true);
    timers.leave();
    timers.blur();
    vi.advanceTimersByTime(CARD_CLOSE_GRACE_MS * 4);
    expect(close).not.toHaveBeenCalled();
    timers.closed();
    expect(timers.pinned).toBe(false);
    timers.opened(false);
    timers.blur();
    vi.advanceTimersByTime(CARD_CLOSE_GRACE_MS);
    expect(close).toHaveBeenCalledOnce();
  });

  it('keeps a card pinned when the pointer then hovers it open again', () => {
    timers.opened(true);
    timers.opened(false);
    expect(timers.pinned).toBe(true);
  });

  it('a new hover cancels a pending close (the pointer went from the mark to the next one)', () => {
    timers.opened(false);
    timers.leave();
    timers.hover(open);
    vi.advanceTimersByTime(CARD_CLOSE_GRACE_MS * 2);
    expect(close).not.toHaveBeenCalled();
    expect(open).toHaveBeenCalledOnce();
  });

  it('stop() cancels a pending open and a pending close', () => {
    timers.hover(open);
    timers.stop();
    timers.opened(false);
    timers.leave();
    timers.stop();
    vi.advanceTimersByTime(CARD_CLOSE_GRACE_MS * 4);
    expect(open).not.toHaveBeenCalled();
    expect(close).not.toHaveBeenCalled();
  });
});
