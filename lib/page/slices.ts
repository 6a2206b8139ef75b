// Long work on a page's main thread, in slices. The work is written once as a generator that yields now and then
// (every few hundred steps, so the check costs nothing); run it to the end at once (the CLI, tests) or in slices
// that give the page its thread back whenever one has run SLICE_MS (the content script). Both give the same result.
// Framework-free: the caller passes how to yield (setTimeout, scheduler.yield …) and, in tests, a clock.

/** Milliseconds of work before the page gets its main thread back (a long task is 50 ms). */
export const SLICE_MS = 12;

/** Gives the page its main thread back; resolves when we may go on. */
export type YieldToPage = () => Promise<void>;

export interface SliceOptions {
  yieldToPage?: YieldToPage;
  now?: () => number;
  sliceMs?: number;
}

export const yieldByTimeout: YieldToPage = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Runs the steps to the end without yielding. */
export function runToEnd<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs the steps, yielding to the page at a step once the current slice has run `sliceMs`. */
export async function runInSlices<T>(steps: Generator<void, T, void>, options: SliceOptions = {}): Promise<T> {
  const yieldToPage = options.yieldToPage ?? yieldByTimeout;
  const now = options.now ?? (() => performance.now());
  const sliceMs = options.sliceMs ?? SLICE_MS;
  let started = now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (now() - started >= sliceMs) {
      await yieldToPage();
      started = now();
    }
  }
}
