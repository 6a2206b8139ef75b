// The reader's budgets (DESIGN.md "Budgets"): extraction throughput on the longest corpus text (doc 089, the full
// 2024 national report) or, without ../shared, on a synthetic report of our own sentences; the gate's cost on a
// 50 KB page that is not a report; and how extraction time scales from 1× to 10× input.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { gateReport, GATE_HEAD_CHARS } from '../../lib/detect/gate.ts';
import { readPage } from '../../lib/page/index.ts';
import { extractStatements } from '../../lib/extract/index.ts';
import { readReport } from '../../lib/reader.ts';

const here = dirname(fileURLToPath(import.meta.url));
const longest = join(here, '..', '..', '..', 'shared', 'corpus', 'docs', '089.txt');

/** Our own report-style paragraphs, repeated with filler, when the corpus is not there. */
function syntheticReport(bytes: number): string {
  const paragraphs = [
    '各位代表：现在，我代表省人民政府，向大会报告工作，请予审议。',
    '过去一年，全省地区生产总值达到3.62万亿元，增长5.1%；一般公共预算收入增长4.2%；城镇新增就业52.3万人；居民消费价格上涨0.3%。',
    '全省坚持稳中求进工作总基调，扎实推进高质量发展，产业结构持续优化，科技创新能力稳步提升，民生保障水平不断提高。',
    '今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右；城镇新增就业50万人以上；城镇调查失业率5.5%左右；居民消费价格涨幅2%左右；粮食产量稳定在430亿斤以上。',
    '我们将深化重点领域改革，持续优化营商环境，扩大高水平对外开放，推动城乡区域协调发展，加强生态环境保护。',
  ];
  let s = '';
  for (let i = 0; s.length * 3 < bytes; i++) s += `${paragraphs[i % paragraphs.length]}\n`;
  return s;
}

function nonReport(bytes: number): string {
  const lines = [
    '今日天气晴转多云，气温较昨日明显回升。',
    '市民可关注交通出行提示，注意错峰出行。',
    '博物馆周末延长开放时间，欢迎预约参观。',
  ];
  let s = '';
  for (let i = 0; Buffer.byteLength(s) < bytes; i++) s += lines[i % lines.length];
  return s;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const cpuMs = (): number => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

/**
 * CPU time of one call of fn (ms): the median over 7 batches, each batch long enough (≥ 25 ms) that the clock's
 * granularity does not matter, after `warm` untimed calls. CPU time rather than wall time: on a shared machine other
 * processes steal the core, and the reader is synchronous and single-threaded.
 */
function time(fn: () => void, _runs = 7, warm = 3): number {
  for (let i = 0; i < warm; i++) fn();
  const t0 = cpuMs();
  fn();
  const once = Math.max(0.001, cpuMs() - t0);
  const perBatch = Math.max(1, Math.ceil(25 / once));
  const ts: number[] = [];
  for (let b = 0; b < 7; b++) {
    const c0 = cpuMs();
    for (let i = 0; i < perBatch; i++) fn();
    ts.push((cpuMs() - c0) / perBatch);
  }
  return median(ts);
}

export async function run(): Promise<void> {
  const fromCorpus = existsSync(longest);
  const base = fromCorpus ? readFileSync(longest, 'utf8') : syntheticReport(60_000);
  const label = fromCorpus ? 'doc 089 (full 2024 national report)' : 'synthetic report (../shared absent)';
  const detection = { regions: ['全国'], year: 2024 };
  const mb = Buffer.byteLength(base) / 1e6;

  // Let the JIT settle first: the content script reads many pages, so steady state is what a user gets.
  for (let i = 0; i < 40; i++) {
    extractStatements(base, detection);
    readReport({ title: '政府工作报告', text: base });
  }
  const tExtract = time(() => extractStatements(base, detection), 21, 10);
  const tRead = time(() => readReport({ title: '政府工作报告', text: base }), 21, 10);
  const count = extractStatements(base, detection).length;
  console.log(`extraction on ${label}: ${(mb * 1000).toFixed(1)} KB, ${base.length} chars, ${count} statements`);
  console.log(`  extractStatements  ${tExtract.toFixed(2)} ms   ${(mb / (tExtract / 1000)).toFixed(1)} MB/s`);
  console.log(`  readReport (gate+detect+extract)  ${tRead.toFixed(2)} ms   ${(mb / (tRead / 1000)).toFixed(1)} MB/s`);

  const big = base.repeat(Math.ceil(2_000_000 / Buffer.byteLength(base)));
  const bigMb = Buffer.byteLength(big) / 1e6;
  const tBig = time(() => extractStatements(big, detection), 5, 1);
  console.log(
    `  on ${bigMb.toFixed(1)} MB (repeated)  ${tBig.toFixed(1)} ms   ${(bigMb / (tBig / 1000)).toFixed(1)} MB/s`,
  );

  const page = nonReport(50_000);
  const input = { title: '本地新闻 天气与出行', url: 'https://news.example/local/2025/0123/weather.html', head: page };
  const tGate = time(() => gateReport(input), 7, 200);
  const tGateHead = time(() => gateReport({ ...input, head: page.slice(0, GATE_HEAD_CHARS) }), 7, 200);
  const tNonReport = time(() => readReport({ title: input.title, url: input.url, text: page }), 51);
  console.log(
    `gate on a ${(Buffer.byteLength(page) / 1000).toFixed(0)} KB non-report page: ${(tGate * 1000).toFixed(2)} µs per call` +
      ` (${(tGateHead * 1000).toFixed(2)} µs with the head pre-cut), says ${gateReport(input) ? 'maybe' : 'no'}; readReport ${(tNonReport * 1000).toFixed(1)} µs`,
  );

  // The page reader against the floor it is measured by: one plain TreeWalker pass over the same document.
  const html = fromCorpus
    ? readFileSync(longest.replace(/\.txt$/, '.html'), 'utf8')
    : `<html><body><nav>首页</nav><article>${base
        .split('\n')
        .map((p) => `<p>${p}</p>`)
        .join('')}</article></body></html>`;
  const window = new Window();
  window.document.write(html);
  const doc = window.document as unknown as Document;
  const tPage = time(() => readPage(doc), 21, 5);
  const tWalk = time(
    () => {
      const walker = doc.createTreeWalker(doc.body, 0x4);
      while (walker.nextNode()) {}
    },
    21,
    5,
  );
  console.log(
    `readPage (happy-dom) ${tPage.toFixed(2)} ms vs a plain TreeWalker pass ${tWalk.toFixed(2)} ms (${(tPage / tWalk).toFixed(1)}×)`,
  );
  await window.happyDOM.close();

  // The 1× unit is a few hundred KB so that fixed costs (JIT, first allocations) do not flatter or spoil the ratio.
  const unit = base.repeat(Math.max(1, Math.round(200_000 / Buffer.byteLength(base))));
  const t1 = time(() => extractStatements(unit, detection), 9);
  const rows: string[] = [];
  for (const k of [1, 2, 5, 10]) {
    const text = unit.repeat(k);
    const t = k === 1 ? t1 : time(() => extractStatements(text, detection), k >= 5 ? 5 : 7, 1);
    rows.push(`${k}× ${t.toFixed(1)} ms (${(t / t1).toFixed(2)}×)`);
  }
  console.log(
    `scaling 1×→10× (1× = ${(Buffer.byteLength(unit) / 1000).toFixed(0)} KB): ${rows.join(', ')}  (linear means 10× input ≤ 11× time)`,
  );
}
