// Records library benchmarks (npm run bench -- records): importing 10,000 records, and a region's comparison query
// with 100,000 records and 10,000 proposals stored. fake-indexeddb in Node: absolute figures are slower than a
// browser's IndexedDB; what matters is that a region's query reads only its index range, so it stays in the
// milliseconds whatever the table holds.
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { createDbAccess } from '../../lib/db/open';
import { listProposals, listRecords, recordsForRegionIndicator, recordsForRegionYears } from '../../lib/db/queries';
import { ReportLensDb } from '../../lib/db/schema';
import { makePack } from '../../lib/io/export';
import { INDICATORS, type FigureRecord, type Proposal } from '../../lib/model';
import { parsePack } from '../../lib/pack/format';
import { recordHandlers } from '../../lib/service/records';

const REGIONS = [
  '全国',
  '北京',
  '天津',
  '河北',
  '山西',
  '内蒙古',
  '辽宁',
  '吉林',
  '黑龙江',
  '上海',
  '江苏',
  '浙江',
  '安徽',
  '福建',
  '江西',
  '山东',
  '河南',
  '湖北',
  '湖南',
  '广东',
  '广西',
  '海南',
  '重庆',
  '四川',
  '贵州',
  '云南',
  '西藏',
  '陕西',
  '甘肃',
  '青海',
  '宁夏',
  '新疆',
  '深圳',
  '厦门',
];

function makeRecords(n: number, seed = 'r'): FigureRecord[] {
  return Array.from({ length: n }, (_, i) => {
    const region = REGIONS[i % REGIONS.length];
    const indicator = INDICATORS[Math.floor(i / REGIONS.length) % INDICATORS.length];
    const year = 2000 + (Math.floor(i / (REGIONS.length * INDICATORS.length)) % 27);
    return {
      id: `${seed}-${i}`,
      region,
      year,
      indicator,
      kind: i % 2 ? 'result' : 'target',
      value: 5 + (i % 10) / 10,
      unit: '%',
      qualifier: i % 3 ? '左右' : null,
      source: {
        url: `https://news.example.test/${region}/${year}/${i % 500}`,
        title: `${region}${year}年政府工作报告`,
        quote: `${region}地区生产总值增长${5 + (i % 10) / 10}%左右`,
        type: 'news',
      },
      origin: 'import',
      updatedAt: 1_700_000_000_000 + i,
    };
  });
}

function makeProposals(n: number): Proposal[] {
  const topics = ['养老', '托育', '新质生产力', '乡村振兴', '就业', '教育', '医疗', '住房', '数字经济', '生态'];
  return Array.from({ length: n }, (_, i) => ({
    id: `p-${i}`,
    region: REGIONS[i % REGIONS.length],
    year: 2015 + (i % 12),
    author: `代表${i}`,
    role: '全国人大代表',
    title: `关于${topics[i % topics.length]}的建议（${i}）`,
    topics: [topics[i % topics.length], topics[(i * 7) % topics.length]],
    source: { url: `https://proposals.example.test/${i}`, title: '提案' },
    origin: 'import',
    updatedAt: 1,
  }));
}

async function time<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
}

async function median(runs: number, work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await time(work))[1]);
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const ms = (x: number) => `${x.toFixed(1)} ms`;

export async function run(): Promise<void> {
  // 1. Importing 10,000 records: the whole path of the Import button after the file is read (parse + validate +
  //    merge + write in one transaction), into an empty library and again into one that holds them.
  {
    const db = new ReportLensDb(`bench-import-${Date.now()}`);
    const handlers = recordHandlers(createDbAccess(() => db));
    const text = JSON.stringify(makePack(makeRecords(10_000), []));
    const [, checking] = await time(async () => parsePack(text));
    console.log(
      `check a 10,000-record file (JSON.parse + parsePack, what the page does before sending): ${ms(checking)}`,
    );
    const [first, fresh] = await time(async () => handlers.importPack({ text }, {}));
    const [second, again] = await time(async () => handlers.importPack({ text }, {}));
    if (first.records.added !== 10_000 || second.records.unchanged !== 10_000) {
      throw new Error('import benchmark: unexpected outcome');
    }
    console.log(
      `import 10,000 records (${(text.length / 1e6).toFixed(1)} MB) into an empty library (check + merge + write, one transaction): ${ms(fresh)}`,
    );
    console.log(`import the same 10,000 again (all merged, nothing written): ${ms(again)}`);
    await db.delete();
  }

  // 2. A region's comparison with 100,000 records and 10,000 proposals stored.
  {
    const db = new ReportLensDb(`bench-query-${Date.now()}`);
    const [, seeded] = await time(async () => {
      const records = makeRecords(100_000);
      for (let i = 0; i < records.length; i += 10_000) await db.records.bulkPut(records.slice(i, i + 10_000));
      await db.proposals.bulkPut(makeProposals(10_000));
    });
    console.log(`stored 100,000 records and 10,000 proposals (setup): ${ms(seeded)}`);
    const comparison = await recordsForRegionIndicator(db, '北京', 'gdp_growth');
    const t1 = await median(21, () => recordsForRegionIndicator(db, '北京', 'gdp_growth'));
    console.log(
      `comparison 北京 × gdp_growth over the years ([region+indicator+year]; ${comparison.length} rows): median ${ms(t1)}`,
    );
    const pageYear = await recordsForRegionYears(db, '北京', [2023, 2024]);
    const t2 = await median(21, () => recordsForRegionYears(db, '北京', [2023, 2024]));
    console.log(`page match 北京 2023–2024 ([region+year]; ${pageYear.length} rows): median ${ms(t2)}`);
    const t3 = await median(11, () => listRecords(db, { region: '北京', limit: 100 }));
    console.log(
      `library page, region filter (region index, sorted, first 100 of ${(await listRecords(db, { region: '北京' })).total}): median ${ms(t3)}`,
    );
    const t4 = await median(11, () => listRecords(db, { limit: 100 }));
    console.log(`library page, no filter (year index, first 100 of 100,000): median ${ms(t4)}`);
    const t5 = await median(11, () => listProposals(db, { topic: '养老', region: undefined, limit: 50 }));
    console.log(`proposals on a topic (*topics multi-entry index, 10,000 stored): median ${ms(t5)}`);
    await db.delete();
  }
}

// Direct run (`npx tsx tests/bench/records.bench.ts`); `npm run bench` imports the module and calls run() itself.
if (import.meta.url === `file://${process.argv[1]}`) {
  run().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
