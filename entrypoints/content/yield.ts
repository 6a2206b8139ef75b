// How the lens gives the page its main thread back between slices of its work (reading a long page, placing marks):
// a 0 ms timeout, which queues our next slice behind whatever the page has queued (its own timers included).
// Not scheduler.yield(): its continuation runs ahead of the page's queued tasks, so a page's timer would wait for
// all our slices in a row (on a 5 MB article the page's 0 ms timer then stalled several hundred ms at a time).
import { type YieldToPage, yieldByTimeout } from '@/lib/page/slices';

export const yieldToPage: YieldToPage = yieldByTimeout;
