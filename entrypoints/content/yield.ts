// How the lens gives the page its main thread back between slices of its work (reading a long page, placing marks):
// scheduler.yield() where the browser has it (Chromium 129+: input and rendering run, then our work goes on before
// other queued tasks), else a 0 ms timeout (Firefox ESR).
import { type YieldToPage, yieldByTimeout } from '@/lib/page/slices';

type Scheduler = { yield?: () => Promise<void> };

export const yieldToPage: YieldToPage = () => {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  return typeof scheduler?.yield === 'function' ? scheduler.yield() : yieldByTimeout();
};
