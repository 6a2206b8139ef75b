// npm run bench -- huge-page: how long the extension blocks a page's main thread at a time on a 5 MB article (the
// hostile page of tests/e2e/hostile.e2e.ts: our own report sentences repeated), in real browsers with the built
// extension (.output/chrome-mv3, .output/firefox-mv2; built first when missing). The aim: no task over 50 ms.
//   - Chromium, from a trace of the page's main thread after its load event (the page itself is static then):
//     the longest script task (ours: reading the page in slices, parsing the background's replies, marking) and the
//     longest rendering task (style, layout and paint after our DOM writes), wall and thread-CPU time. Beside them,
//     the same page turned down by the gate (so no work of ours) where the page's own script makes one DOM write:
//     what any change to a 5 MB document costs to lay out again.
//   - Firefox ESR (no trace of an add-on's scripts there): the longest stall the page's own 0 ms timer loop sees
//     after load, with the extension and on the turned-down page with its one write.
// Each figure: min and median of RUNS fresh loads. Benchmarks print; they assert nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findBrowsers } from '../../scripts/ensure-browsers.mjs';
import { launchChromium, launchFirefox, ROOT, sleep, startStaticServer } from '../e2e/harness';
import {
  longestGap,
  longestTasks,
  MAIN_THREAD_PROBE,
  probeRecord,
  settleMarks,
  traceMainThread,
} from '../e2e/main-thread';

const RUNS = Number(process.env.HUGE_PAGE_RUNS ?? 5);
/** Loads of the turned-down page (the page's own cost of one DOM write). */
const CONTROL_RUNS = Math.max(3, Math.ceil(RUNS / 2));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (xs: number[]) =>
  xs.length ? `min ${Math.min(...xs).toFixed(0)}, median ${median(xs).toFixed(0)} ms` : 'n/a';

/** The 5 MB article of the hostile-page e2e; `report: false` gives the same page with a title the gate turns down. */
function hugePage(report: boolean): string {
  const paragraph =
    '<p>今年发展主要预期目标是：国内生产总值增长5%左右，城镇新增就业1200万人以上，城镇调查失业率5.5%左右。过去一年，国内生产总值增长5%，居民消费价格上涨0.2%，人工智能与低空经济加快发展。</p>';
  const body = paragraph.repeat(Math.ceil(5_000_000 / paragraph.length));
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">${MAIN_THREAD_PROBE}<title>政府工作报告：今年经济增长预期目标5%左右</title>
<meta property="article:published_time" content="2025-03-05"></head><body><article><h1>政府工作报告要点</h1>${body}</article></body></html>`;
  return report ? html : html.replace(/政府工作报告/g, '体育新闻').replace('<title>', '<title>体育 ');
}

async function chromiumFigures(origin: string) {
  const ours = {
    script: [] as number[],
    scriptCpu: [] as number[],
    rendering: [] as number[],
    renderingCpu: [] as number[],
    counts: [] as string[],
    gap: [] as number[],
    marks: 0,
  };
  const page0 = {
    script: [] as number[],
    scriptCpu: [] as number[],
    rendering: [] as number[],
    renderingCpu: [] as number[],
    gap: [] as number[],
  };
  const session = await launchChromium({ waitForRecords: true });
  try {
    for (let i = 0; i < RUNS; i++) {
      const page = await session.context.newPage();
      let record = { count: 0 } as Awaited<ReturnType<typeof settleMarks>>;
      const events = await traceMainThread(page, async () => {
        await page.goto(`${origin}/huge.html`, { timeout: 120_000 });
        record = await settleMarks(page);
      });
      await page.close();
      const tasks = longestTasks(events, 'rl-first-mark');
      if (!tasks || record.count === 0)
        throw new Error('no mark on the 5 MB page in Chromium: is the extension working?');
      ours.marks = record.count;
      ours.script.push(tasks.script.wall);
      ours.scriptCpu.push(tasks.script.cpu);
      ours.rendering.push(tasks.rendering.wall);
      ours.renderingCpu.push(tasks.rendering.cpu);
      ours.counts.push(`${tasks.scriptOver50}/${tasks.renderingOver50}/${tasks.renderings}`);
      ours.gap.push(longestGap(record));
    }
    for (let i = 0; i < CONTROL_RUNS; i++) {
      const page = await session.context.newPage();
      let record = { count: 0 } as Awaited<ReturnType<typeof probeRecord>>;
      const events = await traceMainThread(page, async () => {
        await page.goto(`${origin}/control.html#write`, { timeout: 120_000 });
        await sleep(5000);
        record = await probeRecord(page);
      });
      await page.close();
      const tasks = longestTasks(events, 'rl-page-write');
      if (record.count > 0) throw new Error('the turned-down page got marks');
      if (!tasks) throw new Error('the control page wrote nothing');
      page0.script.push(tasks.script.wall);
      page0.scriptCpu.push(tasks.script.cpu);
      page0.rendering.push(tasks.rendering.wall);
      page0.renderingCpu.push(tasks.rendering.cpu);
      page0.gap.push(longestGap(record));
    }
  } finally {
    await session.close();
  }
  return { ours, page0 };
}

async function firefoxFigures(origin: string): Promise<{ ours: number[]; write: number[]; marks: number } | string> {
  const dir = join(ROOT, '.output', 'firefox-mv2');
  if (!existsSync(join(dir, 'manifest.json'))) {
    const r = spawnSync(join(ROOT, 'node_modules', '.bin', 'wxt'), ['build', '-b', 'firefox'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    if (r.status !== 0) return 'wxt build -b firefox failed';
  }
  if (!findBrowsers({ firefox: true }).firefox)
    return 'no Firefox ESR here (node scripts/ensure-browsers.mjs --firefox)';
  const firefox = await launchFirefox();
  const out = { ours: [] as number[], write: [] as number[], marks: 0 };
  try {
    // The add-on loads its starter pack on install: one load first, so the timed ones find the database ready.
    for (let i = 0; i <= RUNS; i++) {
      const page = await firefox.browser.newPage();
      await page.goto(`${origin}/huge.html`, { timeout: 120_000 });
      const r = await settleMarks(page);
      await page.close();
      if (r.count === 0) return 'no mark appeared in Firefox';
      out.marks = r.count;
      if (i > 0) out.ours.push(longestGap(r));
    }
    for (let i = 0; i < CONTROL_RUNS; i++) {
      const page = await firefox.browser.newPage();
      await page.goto(`${origin}/control.html#write`, { timeout: 120_000 });
      await sleep(5000);
      const r = await probeRecord(page);
      await page.close();
      out.write.push(longestGap(r));
    }
  } finally {
    await firefox.close();
  }
  return out;
}

export async function run(): Promise<void> {
  if (!existsSync(join(ROOT, '.output', 'chrome-mv3', 'manifest.json'))) {
    const r = spawnSync(join(ROOT, 'node_modules', '.bin', 'wxt'), ['build'], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('wxt build failed');
  }
  const dir = mkdtempSync(join(tmpdir(), 'report-lens-huge-'));
  writeFileSync(join(dir, 'huge.html'), hugePage(true));
  writeFileSync(join(dir, 'control.html'), hugePage(false));
  const server = await startStaticServer(dir);
  try {
    const { ours, page0 } = await chromiumFigures(server.origin);
    console.log(
      `5 MB article, ${ours.marks} marks; ${RUNS} loads with us, ${CONTROL_RUNS} of the page turned down by the gate (aim: no task over 50 ms)`,
    );
    console.log(
      'Chromium, main-thread tasks (trace): script from DOMContentLoaded on, rendering from the first DOM write on',
    );
    console.log(
      `  longest script task, ours                ${fmt(ours.script)} wall; ${fmt(ours.scriptCpu)} thread CPU`,
    );
    console.log(
      `  longest rendering task after our writes  ${fmt(ours.rendering)} wall; ${fmt(ours.renderingCpu)} thread CPU`,
    );
    console.log(
      `  per load: script tasks > 50 ms / rendering tasks > 50 ms / rendering tasks: ${ours.counts.join(', ')}`,
    );
    console.log(
      `  without us, the page's own one DOM write: rendering ${fmt(page0.rendering)} wall; ${fmt(page0.renderingCpu)} thread CPU (its script: ${fmt(page0.script)} wall)`,
    );
    console.log(
      `  longest stall the page's 0 ms timer saw after load: ${fmt(ours.gap)} with us; ${fmt(page0.gap)} without us (one write)`,
    );
    const ff = await firefoxFigures(server.origin).catch((error: unknown) => `Firefox run failed: ${error}`);
    if (typeof ff === 'string') console.log(`Firefox ESR: ${ff}`);
    else {
      console.log(`Firefox ESR (${ff.marks} marks), longest stall the page's timer loop saw after load:`);
      console.log(`  with us ${fmt(ff.ours)}; the same page without us, one DOM write of its own: ${fmt(ff.write)}`);
    }
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
