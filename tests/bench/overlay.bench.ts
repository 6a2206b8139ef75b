// The on-page pipeline in real Chromium, on the longest corpus page (doc 089, the full 2024 national report) or a
// synthetic long article when ../shared is absent: time from start to marks in place, as a ratio to one bare
// TreeWalker pass over the same page, and mark.js 8 marking the same spans. Also the content script's size.
// Each figure is the median of several fresh page loads.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { findBrowsers } from '../../scripts/ensure-browsers.mjs';
import { CHROMIUM_FLAGS, ROOT } from '../e2e/harness';

const RUNS = 7;

/** What overlay-entry.ts puts on the page's window. */
interface BenchWindow {
  __bench: {
    treeWalkerPass(): number;
    pipeline(): { marks: number; read: number; extract: number; mark: number; warm: number };
    spansForMarkJs(): Array<{ start: number; length: number }>;
    markJs(ranges: Array<{ start: number; length: number }>): Promise<number>;
    coverage(): { statements: number; marked: number };
  };
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function benchPage(): { html: string; name: string } {
  const doc = join(ROOT, '..', 'shared', 'corpus', 'docs', '089.html');
  if (existsSync(doc)) return { html: readFileSync(doc, 'utf8'), name: 'corpus doc 089' };
  const para =
    '<p>今年发展主要预期目标是：国内生产总值增长5%左右；城镇调查失业率5.5%左右；城镇新增就业1200万人以上；居民消费价格涨幅2%左右。去年国内生产总值增长5.2%。</p>';
  return {
    html: `<html><head><title>政府工作报告</title></head><body><article>${para.repeat(300)}</article></body></html>`,
    name: 'synthetic article',
  };
}

export async function run(): Promise<void> {
  const bundle = await build({
    entryPoints: [join(ROOT, 'tests/bench/overlay-entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    alias: { '@': ROOT },
    logLevel: 'error',
  });
  const script = bundle.outputFiles[0].text;
  const { html, name } = benchPage();
  const { chromium: executablePath } = findBrowsers();
  if (!executablePath) throw new Error('no Chromium found: run `node scripts/ensure-browsers.mjs`');
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_FLAGS });
  const page = await browser.newPage();
  await page.route('http://bench.local/**', (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
  );
  const load = async () => {
    await page.goto('http://bench.local/page.html');
    await page.addScriptTag({ content: script });
  };

  const walker: number[] = [];
  const ours: number[] = [];
  const stages: Array<{ read: number; extract: number; mark: number; warm: number }> = [];
  const markjs: number[] = [];
  let marks = 0;
  for (let i = 0; i < RUNS; i++) {
    await load();
    walker.push(
      await page.evaluate(() => {
        const t = performance.now();
        (window as unknown as BenchWindow).__bench.treeWalkerPass();
        return performance.now() - t;
      }),
    );
    const r = await page.evaluate(() => {
      const t = performance.now();
      const stage = (window as unknown as BenchWindow).__bench.pipeline();
      return { ms: performance.now() - t - stage.warm, stage };
    });
    ours.push(r.ms);
    stages.push(r.stage);
    marks = r.stage.marks;
    await load();
    markjs.push(
      await page.evaluate(async () => {
        const ranges = (window as unknown as BenchWindow).__bench.spansForMarkJs();
        const t = performance.now();
        await (window as unknown as BenchWindow).__bench.markJs(ranges);
        return performance.now() - t;
      }),
    );
  }
  // Coverage: on every corpus page, does each statement the reader finds get a mark in the real DOM?
  const docsDir = join(ROOT, '..', 'shared', 'corpus', 'docs');
  if (existsSync(docsDir)) {
    let statements = 0;
    let marked = 0;
    const short: string[] = [];
    for (const file of readdirSync(docsDir)
      .filter((f) => f.endsWith('.html'))
      .sort()) {
      const body = readFileSync(join(docsDir, file), 'utf8');
      await page.route('http://bench.local/**', (route) =>
        route.fulfill({ contentType: 'text/html; charset=utf-8', body }),
      );
      await page.goto('http://bench.local/page.html');
      await page.addScriptTag({ content: script });
      const c = await page.evaluate(() => (window as unknown as BenchWindow).__bench.coverage());
      statements += c.statements;
      marked += c.marked;
      if (c.marked < c.statements) short.push(`${file} ${c.marked}/${c.statements}`);
      await page.unroute('http://bench.local/**');
    }
    console.log(
      `marks cover ${marked} of ${statements} statements on the corpus pages${short.length ? ` (short: ${short.join(', ')})` : ''}`,
    );
  }
  await browser.close();

  const w = median(walker);
  const o = median(ours);
  const m = median(markjs);
  console.log(
    `page: ${name} (${(html.length / 1024).toFixed(0)} KB of HTML), ${marks} statements marked, median of ${RUNS} loads`,
  );
  console.log(`bare TreeWalker pass           ${w.toFixed(2)} ms`);
  const stage = (k: 'read' | 'extract' | 'mark' | 'warm') => median(stages.map((x) => x[k]));
  console.log(
    `gate → read → extract → marks  ${o.toFixed(2)} ms  = ${(o / Math.max(w, 0.01)).toFixed(1)}× the TreeWalker pass`,
  );
  console.log(
    `  of which: gate + read page ${stage('read').toFixed(2)} ms, detect + extract ${stage('extract').toFixed(2)} ms (warm: ${stage('warm').toFixed(2)} ms), wrap marks ${stage('mark').toFixed(2)} ms`,
  );
  console.log(
    `mark.js 8 markRanges, same spans ${m.toFixed(2)} ms  (our wrapping alone: ${stage('mark').toFixed(2)} ms, ${(m / Math.max(stage('mark'), 0.01)).toFixed(1)}× faster)`,
  );

  const content = join(ROOT, '.output', 'chrome-mv3', 'content-scripts', 'content.js');
  if (existsSync(content)) {
    const bytes = readFileSync(content);
    console.log(
      `content script: ${(statSync(content).size / 1024).toFixed(1)} KB, ${(gzipSync(bytes).length / 1024).toFixed(1)} KB gzipped (built .output/chrome-mv3)`,
    );
  } else {
    console.log('content script size: build first (npm run build)');
  }
}
