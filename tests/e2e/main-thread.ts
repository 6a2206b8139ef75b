// How long a page's main thread is held at a time, measured in Chromium from outside: a trace of the page's
// main thread (CDP Tracing) split into script tasks and rendering tasks (style, layout, paint), and a probe in the
// page that times its own 0 ms timer loop (works in Firefox too). Used by the hostile-page e2e (a 5 MB article)
// and by `npm run bench -- huge-page`.
import type { Page } from 'playwright-core';
import { sleep } from './harness';

/**
 * Put first in <head>: records the load time, counts each <report-lens-mark> added, and every stall of a 0 ms
 * timer loop started at load (a gap between two turns of it is a task that held the thread). console.timeStamp
 * puts DOMContentLoaded, load and the first mark in Chromium's trace. With #write, 3 s after load the page itself
 * wraps one phrase of its 41st paragraph in an element of its own, as a mark would (the cost of any DOM write).
 */
export const MAIN_THREAD_PROBE = `<script>(function(){var r=window.__rl={load:0,first:0,count:0,gaps:[]};
addEventListener('load',function(){r.load=performance.now();console.timeStamp('rl-load');var prev=r.load;
(function tick(){var t=performance.now();if(t-prev>20)r.gaps.push([prev,t-prev]);prev=t;if(!r.stop)setTimeout(tick,0);})();
if(location.hash==='#write')setTimeout(function(){var p=document.querySelectorAll('article p')[40];var t=p.firstChild;
t.splitText(4);var b=document.createElement('b');p.insertBefore(b,t.nextSibling);b.appendChild(b.nextSibling);
console.timeStamp('rl-page-write');},3000);});
document.addEventListener('DOMContentLoaded',function(){console.timeStamp('rl-dcl');new MutationObserver(function(list){for(var i=0;i<list.length;i++){
var a=list[i].addedNodes;for(var j=0;j<a.length;j++){if(a[j].nodeName==='REPORT-LENS-MARK'){if(!r.count)console.timeStamp('rl-first-mark');
r.count++;}}}}).observe(document.body,{childList:true,subtree:true});});})();</script>`;

export interface ProbeRecord {
  load: number;
  first: number;
  count: number;
  gaps: Array<[number, number]>;
}

/** Reads the probe's record (Playwright or Puppeteer page). */
export const probeRecord = (page: { evaluate(expression: string): Promise<unknown> }) =>
  page.evaluate('window.__rl') as Promise<ProbeRecord>;

/** Waits until marks have appeared and none was added for `quietMs`; the probe's record. */
export async function settleMarks(
  page: { evaluate(expression: string): Promise<unknown> },
  quietMs = 2500,
  timeoutMs = 90_000,
): Promise<ProbeRecord> {
  const started = Date.now();
  let last = -1;
  let since = Date.now();
  for (;;) {
    const r = await probeRecord(page);
    if (r.count !== last) {
      last = r.count;
      since = Date.now();
    } else if (r.count > 0 && Date.now() - since >= quietMs) return r;
    if (Date.now() - started > timeoutMs) return r;
    await sleep(200);
  }
}

/** The longest stall the page's timer loop saw after load (ms). */
export const longestGap = (r: ProbeRecord): number => Math.max(0, ...r.gaps.map(([, d]) => d));

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { message?: string }; beginData?: { url?: string } };
}

/** Runs `load` with the page's renderer traced; the trace's events. */
export async function traceMainThread(page: Page, load: () => Promise<void>): Promise<TraceEvent[]> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
  await cdp.send('Tracing.start', {
    categories: 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  try {
    await load();
  } finally {
    await cdp.send('Tracing.end');
    await done;
    await cdp.detach();
  }
  return events;
}

export interface Longest {
  /** Wall and thread-CPU time, ms. */
  wall: number;
  cpu: number;
}

export interface MainThreadTasks {
  /** The longest task with script in it: from DOMContentLoaded on, the page runs none but the probe's timer. */
  script: Longest;
  /** The longest task of style, layout and paint from the first DOM write on (before it, the page's own). */
  rendering: Longest;
  /** Rendering tasks from the first write on (on a 5 MB page each is a layout of the whole page). */
  renderings: number;
  scriptOver50: number;
  renderingOver50: number;
}

const RENDERING = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit']);
const SCRIPT = new Set(['FunctionCall', 'EvaluateScript', 'RunMicrotasks', 'TimerFire', 'Receive mojo message']);

/**
 * The page's main-thread tasks, longest of each kind, given the probe's time stamp of the first DOM write
 * (`rl-first-mark` for our marks, `rl-page-write` for the page's own). Null when the trace lacks the page or a stamp.
 */
export function longestTasks(events: TraceEvent[], writeStamp: string): MainThreadTasks | null {
  const parse = events.find((e) => e.name === 'ParseHTML' && (e.args?.beginData?.url ?? '').startsWith('http'));
  const stamp = (message: string) => events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === message);
  const dcl = stamp('rl-dcl');
  const write = stamp(writeStamp);
  if (!parse || !dcl || !write) return null;
  const thread = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X');
  const runs = thread.filter((e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask');
  const end = (e: TraceEvent) => e.ts + (e.dur ?? 0);
  // Outermost tasks only (a task can run nested ones).
  const top = runs.filter(
    (t) =>
      t.ts >= dcl.ts && !runs.some((o) => o !== t && o.ts <= t.ts && end(o) >= end(t) && (o.dur ?? 0) > (t.dur ?? 0)),
  );
  const out: MainThreadTasks = {
    script: { wall: 0, cpu: 0 },
    rendering: { wall: 0, cpu: 0 },
    renderings: 0,
    scriptOver50: 0,
    renderingOver50: 0,
  };
  for (const t of top) {
    const inside = thread.filter((e) => e !== t && e.ts >= t.ts && e.ts < end(t));
    const rendering = inside.some((e) => RENDERING.has(e.name)) && !inside.some((e) => SCRIPT.has(e.name));
    if (rendering && t.ts < write.ts) continue;
    const wall = (t.dur ?? 0) / 1000;
    const cpu = (t.tdur ?? t.dur ?? 0) / 1000;
    const slot = rendering ? out.rendering : out.script;
    slot.wall = Math.max(slot.wall, wall);
    slot.cpu = Math.max(slot.cpu, cpu);
    if (rendering) out.renderings++;
    if (wall > 50) {
      if (rendering) out.renderingOver50++;
      else out.scriptOver50++;
    }
  }
  return out;
}
