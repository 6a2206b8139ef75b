// npm run bench -- pageload: what a person waits for, measured from outside the extension in real browsers with
// the built extension loaded (.output/chrome-mv3 and .output/firefox-mv2; built first when missing).
//   - the initial content script's size (raw and gzipped), and the lens the background injects where needed;
//   - main-thread time the extension's content script spends on a page that is not about a report (Chromium trace:
//     every script task attributed to the extension's URL; thread CPU time, which a busy machine inflates less than
//     wall time, and wall time beside it);
//   - on the full 2024 national report (corpus doc 089, or a synthetic article without ../shared): time from
//     DOMContentLoaded to the first and the last <report-lens-mark>, recorded by the page's own script with a
//     MutationObserver, as the page would see it — in Chromium and in Firefox ESR; and the page's own
//     DOMContentLoaded (from navigation start) with and without the extension, so work moved before it shows;
//   - baselines on the same page without the extension: one bare TreeWalker pass, and mark.js 8 marking the same
//     spans (tests/bench/overlay-entry.ts).
// Each figure is the median of RUNS fresh page loads. Firefox gives no trace of an add-on's scripts to puppeteer,
// so its line has the page-side figures only.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { findBrowsers } from '../../scripts/ensure-browsers.mjs';
import { CHROMIUM_FLAGS, launchChromium, launchFirefox, ROOT, sleep, startStaticServer } from '../e2e/harness';

const RUNS = 5;
const EXTENSION = join(ROOT, '.output', 'chrome-mv3');
const FIREFOX_EXTENSION = join(ROOT, '.output', 'firefox-mv2');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs first in <head>: DOMContentLoaded and every <report-lens-mark> added, in the page's own clock. */
const OBSERVER = `<script>(function(){var r=window.__rl={dcl:0,first:0,last:0,count:0};
document.addEventListener('DOMContentLoaded',function(){r.dcl=performance.now();});
new MutationObserver(function(list){var t=performance.now();for(var i=0;i<list.length;i++){var a=list[i].addedNodes;
for(var j=0;j<a.length;j++){var n=a[j];var k=n.nodeName==='REPORT-LENS-MARK'?1:(n.querySelectorAll?n.querySelectorAll('report-lens-mark').length:0);
if(k){if(!r.first)r.first=t;r.last=t;r.count+=k;}}}}).observe(document.documentElement,{childList:true,subtree:true});})();</script>`;

function reportPage(): { html: string; name: string } {
  const doc = join(ROOT, '..', 'shared', 'corpus', 'docs', '089.html');
  if (existsSync(doc)) return { html: readFileSync(doc, 'utf8'), name: 'corpus doc 089 (full 2024 national report)' };
  const para =
    '<p>今年发展主要预期目标是：国内生产总值增长5%左右；城镇调查失业率5.5%左右；城镇新增就业1200万人以上；居民消费价格涨幅2%左右。去年国内生产总值增长5.2%。</p>';
  return {
    html: `<html><head><title>政府工作报告</title></head><body><article>${para.repeat(300)}</article></body></html>`,
    name: 'synthetic article',
  };
}

/** A news page about something else, about 50 KB of text. */
function otherPage(): string {
  const para =
    '<p>本市今日举行城市马拉松比赛，两万名选手参加。组委会表示，赛道沿线设置了补给站和医疗点，交通管制将在中午结束。</p>';
  return `<html><head><title>城市马拉松今日开跑</title></head><body><nav>首页 新闻 体育</nav><article>${para.repeat(400)}</article></body></html>`;
}

function withObserver(html: string): string {
  return /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (m) => m + OBSERVER) : OBSERVER + html;
}

interface PageRecord {
  /** DOMContentLoaded, ms from navigation start. */
  dcl: number;
  first: number;
  last: number;
  count: number;
}

/** Waits until no mark has been added for `quietMs` (or `timeoutMs` passed); returns the page's record. */
async function settle(page: { evaluate(expression: string): Promise<unknown> }, quietMs = 1500, timeoutMs = 15_000) {
  const started = Date.now();
  let last = -1;
  let since = Date.now();
  for (;;) {
    const r = (await page.evaluate('window.__rl')) as PageRecord;
    if (r.count !== last) {
      last = r.count;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return r;
    if (Date.now() - started > timeoutMs) return r;
    await sleep(100);
  }
}

/** Main-thread milliseconds (thread CPU and wall) of script tasks attributed to the extension while `load` runs. */
async function extensionScriptTime(page: Page, load: () => Promise<void>): Promise<{ cpu: number; wall: number }> {
  const cdp = await page.context().newCDPSession(page);
  const events: Array<{
    name: string;
    ph: string;
    dur?: number;
    tdur?: number;
    args?: { data?: { url?: string; scriptName?: string } };
  }> = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as typeof events)));
  const done = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8', transferMode: 'ReportEvents' });
  await load();
  await sleep(1000);
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  const ours = (e: (typeof events)[number]) => {
    const url = e.args?.data?.url ?? e.args?.data?.scriptName ?? '';
    return url.startsWith('chrome-extension://');
  };
  // Top-level script tasks only (EvaluateScript for the content script itself, FunctionCall for its callbacks);
  // v8.compile of the same script is counted inside EvaluateScript.
  const tasks = events.filter(
    (e) => e.ph === 'X' && (e.name === 'EvaluateScript' || e.name === 'FunctionCall') && ours(e),
  );
  return {
    cpu: tasks.reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0) / 1000, 0),
    wall: tasks.reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0),
  };
}

/** The same report page in Firefox ESR with the add-on: DOMContentLoaded → first and last mark, RUNS loads. */
async function firefoxMarks(url: string): Promise<{ first: number[]; last: number[]; dcl: number[] } | string> {
  if (!existsSync(join(FIREFOX_EXTENSION, 'manifest.json'))) {
    const r = spawnSync(join(ROOT, 'node_modules', '.bin', 'wxt'), ['build', '-b', 'firefox'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    if (r.status !== 0) return 'wxt build -b firefox failed';
  }
  if (!findBrowsers({ firefox: true }).firefox)
    return 'no Firefox ESR here (node scripts/ensure-browsers.mjs --firefox)';
  const firefox = await launchFirefox();
  const out = { first: [] as number[], last: [] as number[], dcl: [] as number[] };
  try {
    // The add-on loads its starter pack on install; one load first so the timed ones find the database ready.
    for (let i = 0; i <= RUNS; i++) {
      const page = await firefox.browser.newPage();
      await page.goto(url);
      const r = await settle(page);
      await page.close();
      if (r.count === 0) return 'no mark appeared in Firefox';
      if (i === 0) continue;
      out.first.push(r.first - r.dcl);
      out.last.push(r.last - r.dcl);
      out.dcl.push(r.dcl);
    }
  } finally {
    await firefox.close();
  }
  return out;
}

export async function run(): Promise<void> {
  if (!existsSync(join(EXTENSION, 'manifest.json'))) {
    console.log('building the extension (npx wxt build) …');
    const r = spawnSync(join(ROOT, 'node_modules', '.bin', 'wxt'), ['build'], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('wxt build failed');
  }
  const manifest = JSON.parse(readFileSync(join(EXTENSION, 'manifest.json'), 'utf8'));
  const initial: string[] = manifest.content_scripts?.flatMap((c: { js?: string[] }) => c.js ?? []) ?? [];
  let raw = 0;
  let gz = 0;
  for (const file of initial) {
    const bytes = readFileSync(join(EXTENSION, file));
    raw += bytes.length;
    gz += gzipSync(bytes).length;
  }
  const later = readdirSync(join(EXTENSION, 'content-scripts'))
    .filter((f) => f.endsWith('.js') && !initial.includes(`content-scripts/${f}`))
    .map((f) => {
      const bytes = readFileSync(join(EXTENSION, 'content-scripts', f));
      return `${f} ${(bytes.length / 1024).toFixed(1)} KB / ${(gzipSync(bytes).length / 1024).toFixed(1)} KB gz`;
    });
  console.log(
    `initial content script: ${initial.join(', ')} ${(raw / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gzipped (aim ≤ 15 KB gz)`,
  );
  console.log(`injected by the background where needed: ${later.join(', ') || 'none'}`);

  const dir = mkdtempSync(join(tmpdir(), 'report-lens-pageload-'));
  const { html, name } = reportPage();
  writeFileSync(join(dir, 'report.html'), withObserver(html));
  writeFileSync(join(dir, 'other.html'), otherPage());
  const server = await startStaticServer(dir);
  const session = await launchChromium({ waitForRecords: true });
  const first: number[] = [];
  const last: number[] = [];
  const dclWith: number[] = [];
  const gate: Array<{ cpu: number; wall: number }> = [];
  let count = 0;
  let firefox: Awaited<ReturnType<typeof firefoxMarks>> = 'not run';
  const { chromium: executablePath } = findBrowsers();
  const browser = await chromium.launch({
    executablePath: executablePath ?? undefined,
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  const walker: number[] = [];
  const markjs: number[] = [];
  const dclWithout: number[] = [];
  try {
    try {
      for (let i = 0; i < RUNS; i++) {
        const page = await session.context.newPage();
        await page.goto(`${server.origin}/report.html`);
        const r = await settle(page);
        if (r.count === 0) throw new Error('no mark appeared on the report page: is the extension working?');
        first.push(r.first - r.dcl);
        last.push(r.last - r.dcl);
        dclWith.push(r.dcl);
        count = r.count;
        await page.close();
      }
      for (let i = 0; i < RUNS; i++) {
        const page = await session.context.newPage();
        gate.push(await extensionScriptTime(page, async () => void (await page.goto(`${server.origin}/other.html`))));
        await page.close();
      }
    } finally {
      await session.close();
    }
    // The same page, same server, in a browser without the extension: its own DOMContentLoaded.
    const plain = await browser.newPage();
    for (let i = 0; i < RUNS; i++) {
      await plain.goto(`${server.origin}/report.html`);
      dclWithout.push(((await plain.evaluate('window.__rl')) as PageRecord).dcl);
    }
    await plain.close();
    firefox = await firefoxMarks(`${server.origin}/report.html`).catch(
      (error: unknown) => `Firefox run failed: ${error}`,
    );
  } catch (error) {
    await browser.close();
    throw error;
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }

  // Baselines in a browser without the extension: one TreeWalker pass, and mark.js on the reader's spans.
  const bundle = await build({
    entryPoints: [join(ROOT, 'tests/bench/overlay-entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    alias: { '@': ROOT },
    logLevel: 'error',
  });
  try {
    const page = await browser.newPage();
    await page.route('http://bench.local/**', (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
    );
    for (let i = 0; i < RUNS; i++) {
      await page.goto('http://bench.local/page.html');
      await page.addScriptTag({ content: bundle.outputFiles[0].text });
      type B = {
        __bench: {
          treeWalkerPass(): number;
          spansForMarkJs(): Array<{ start: number; length: number }>;
          markJs(r: Array<{ start: number; length: number }>): Promise<number>;
        };
      };
      walker.push(
        await page.evaluate(() => {
          const t = performance.now();
          (window as unknown as B).__bench.treeWalkerPass();
          return performance.now() - t;
        }),
      );
      markjs.push(
        await page.evaluate(async () => {
          const ranges = (window as unknown as B).__bench.spansForMarkJs();
          const t = performance.now();
          await (window as unknown as B).__bench.markJs(ranges);
          return performance.now() - t;
        }),
      );
    }
  } finally {
    await browser.close();
  }

  const w = median(walker);
  const l = median(last);
  console.log(`page: ${name}, ${count} marks; median of ${RUNS} loads`);
  const cpu = median(gate.map((g) => g.cpu));
  const wall = median(gate.map((g) => g.wall));
  console.log(
    `non-report page: content script main-thread time ${cpu.toFixed(2)} ms thread CPU, ${wall.toFixed(2)} ms wall (aim ≤ 0.3 ms)`,
  );
  console.log('Chromium:');
  console.log(`  DOMContentLoaded → first mark  ${median(first).toFixed(1)} ms`);
  console.log(
    `  DOMContentLoaded → last mark   ${l.toFixed(1)} ms (aim ≤ 100 ms)  = ${(l / Math.max(w, 0.01)).toFixed(0)}× a bare TreeWalker pass (${w.toFixed(2)} ms), ${(l / Math.max(median(markjs), 0.01)).toFixed(1)}× mark.js 8 on the same spans (${median(markjs).toFixed(1)} ms)`,
  );
  console.log(
    `  the page's own DOMContentLoaded ${median(dclWith).toFixed(1)} ms from navigation start with the extension, ${median(dclWithout).toFixed(1)} ms without; navigation start → last mark ${median(last.map((x, i) => x + dclWith[i])).toFixed(1)} ms`,
  );
  if (typeof firefox === 'string') console.log(`Firefox ESR: ${firefox}`);
  else {
    console.log('Firefox ESR:');
    console.log(`  DOMContentLoaded → first mark  ${median(firefox.first).toFixed(1)} ms`);
    const total = median(firefox.last.map((x, i) => x + firefox.dcl[i]));
    console.log(
      `  DOMContentLoaded → last mark   ${median(firefox.last).toFixed(1)} ms (aim ≤ 100 ms); the page's own DOMContentLoaded ${median(firefox.dcl).toFixed(1)} ms; navigation start → last mark ${total.toFixed(1)} ms`,
    );
  }
}
