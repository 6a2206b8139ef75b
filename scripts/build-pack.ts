// npm run build:pack — turns the shared data (../shared/data, ../shared/corpus) into assets/pack/starter-pack.json.
// The output is committed, so a fresh clone without ../shared still has the pack; it is deterministic (sorted rows,
// ids from content, the date taken from the data), so running this again on the same data changes nothing.
//   tsx scripts/build-pack.ts [--shared DIR] [--out FILE] [--check] [--verbose]
//   --check: build in memory and exit 1 if the committed file differs (for CI).
//   --verbose: list every cell the bars count as missing or wrong.
// The official report texts (../shared/data/reports) are read with the project's own reader; the figures read from
// them are checked against the hand-gathered ones, and the bars of lib/pack/bars.ts are printed.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import type { OfficialText } from '../lib/pack/adapters/official-texts';
import { gdpReach, handPrecision, priorPairs, type Ratio, share } from '../lib/pack/bars';
import { buildPack } from '../lib/pack/build';
import { coverageYears, readCell } from '../lib/pack/coverage';
import { INDICATORS } from '../lib/model';
import { parsePack, serializePack } from '../lib/pack/format';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const shared = resolve(root, option('--shared') ?? '../shared');
const out = resolve(root, option('--out') ?? 'assets/pack/starter-pack.json');
const check = args.includes('--check');
const verbose = args.includes('--verbose');

function die(message: string): never {
  console.error(`build-pack: ${message}`);
  process.exit(1);
}

if (!existsSync(join(shared, 'data'))) {
  die(
    `no shared data at ${join(shared, 'data')}.\n` +
      '  The pack is built from ../shared/data (beside the repository). Without it, keep the committed\n' +
      '  assets/pack/starter-pack.json, or pass --shared DIR to point at a copy.',
  );
}

function read(rel: string, required = false): unknown {
  const file = join(shared, rel);
  if (!existsSync(file)) {
    if (required) die(`${file} is missing; it is required to build the pack.`);
    console.warn(`build-pack: ${rel} not found; skipped.`);
    return undefined;
  }
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    die(`${file} is not valid JSON: ${(e as Error).message}`);
  }
}

// Traditional → simplified for topics and other: names (Hong Kong and Taiwan forms included).
const hk = OpenCC.Converter({ from: 'hk', to: 'cn' });
const tw = OpenCC.Converter({ from: 'tw', to: 'cn' });
const fold = (s: string) => tw(hk(s));

/** data/reports: index.json lists region, year, file, url, title; each file starts with a front matter block. */
function readOfficialTexts(): OfficialText[] {
  const dir = join(shared, 'data', 'reports');
  const index = read('data/reports/index.json');
  if (!Array.isArray(index)) return [];
  return (index as Record<string, unknown>[]).map((e) => {
    const raw = readFileSync(join(dir, String(e.file)), 'utf8');
    const front = /^---\n([\s\S]*?)\n---\n/.exec(raw);
    const field = (name: string) =>
      front ? new RegExp(`^${name}:\\s*(.+)$`, 'm').exec(front[1])?.[1].trim() : undefined;
    return {
      region: String(e.region),
      year: Number(e.year),
      file: String(e.file),
      url: (e.url as string | null) ?? field('source') ?? null,
      title: (e.title as string | null) ?? field('title') ?? null,
      origin: (e.origin as string | null) ?? null,
      // The body only, at its own offsets: quotes are exact spans of what the reader was given.
      text: front ? raw.slice(front[0].length) : raw,
    };
  });
}

const started = performance.now();
const officialTexts = readOfficialTexts();
const corpusProposals = [read('corpus/proposals.json'), read('data/proposals-corpus.json')].filter(
  (x) => x !== undefined,
);
const { pack, summary, parts } = buildPack({
  regions: read('data/regions.json', true),
  provincialReportFacts: read('data/provincial-report-facts.json'),
  indicatorFacts: read('data/indicator-facts.json'),
  gdpTargets: read('data/gdp-targets.json'),
  gdpFacts: read('data/gdp-facts.json'),
  seedProposals: read('data/proposals-seed.json'),
  corpusProposals,
  corpusIndex: read('corpus/index.json'),
  officialTexts,
  fold,
});
const buildMs = performance.now() - started;

const parsed = parsePack(pack);
if (!parsed.ok) {
  die(
    `the built pack does not pass its own validator:\n${parsed.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`,
  );
}

const json = serializePack(pack);
const where = relative(process.cwd(), out) || out;
if (check) {
  const current = existsSync(out) ? readFileSync(out, 'utf8') : '';
  if (current !== json) die(`${where} is out of date: run npm run build:pack and commit it.`);
  console.log(`${where} is up to date.`);
} else {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, json);
  const bytes = Buffer.byteLength(json);
  console.log(
    `wrote ${where} (${(bytes / 1024).toFixed(0)} KB, ${(gzipSync(json, { level: 9 }).length / 1024).toFixed(0)} KB gzipped, created ${pack.createdAt})`,
  );
}

const dropped = Object.entries(summary.dropped)
  .map(([reason, n]) => `${reason} ${n}`)
  .join(', ');
console.log(
  [
    `records     ${summary.records} (${Object.entries(summary.bySource)
      .filter(([k]) => !k.includes('proposals'))
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')})`,
    `proposals   ${summary.proposals}`,
    `regions     ${summary.regions}: ${pack.header.regions.join(' ')}`,
    `qualitative ${summary.qualitative}, estimates ${summary.estimates}`,
    `conflicts   ${summary.conflictingRecords} records in ${summary.conflictGroups} facts`,
    `official    ${summary.official.texts} texts read in ${(buildMs / 1000).toFixed(1)} s → ${summary.official.records} figures, ${summary.official.merged} of them joined to a hand-gathered record`,
    `dropped     ${dropped || 'none'}`,
  ].join('\n'),
);

// ---- coverage and the bars (lib/pack/bars.ts) ----
const coverage = pack.header.coverage;
if (coverage) {
  const years = coverageYears(coverage);
  let cells = 0;
  let withBoth = 0;
  let gdpBoth = 0;
  for (const region of Object.keys(coverage.regions)) {
    for (const y of years) {
      const cell = readCell(coverage, region, y);
      if (cell.targets.length + cell.results.length === 0) continue;
      cells++;
      if (cell.both.length) withBoth++;
      if (cell.both.includes('gdp_growth')) gdpBoth++;
    }
  }
  console.log(
    `coverage    ${Object.keys(coverage.regions).length} regions × ${years[0]}–${years.at(-1)}: ${cells} region-years hold figures, ${withBoth} a target and a result of one indicator, ${gdpBoth} both for GDP growth`,
  );
}
const pct = (r: Ratio) => `${(share(r) * 100).toFixed(1)}% (${r.hit}/${r.total})`;
const list = (name: string, r: Ratio) => {
  if (verbose && r.misses.length) console.log(`  ${name}:\n${r.misses.map((m) => `    ${m}`).join('\n')}`);
};
const readReports = new Set(officialTexts.map((t) => `${t.region}|${t.year}`));
const barRegions = [...new Set(officialTexts.map((t) => t.region))];
if (officialTexts.length) {
  const years = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];
  const reach = gdpReach(pack.records, barRegions, years);
  const pairs = priorPairs(pack.records, [2025, 2026], new Set(INDICATORS));
  const precision = handPrecision(parts.hand, parts.official, (region, year) => readReports.has(`${region}|${year}`));
  const both: Ratio = {
    hit: reach.targets.hit + reach.results.hit,
    total: reach.targets.total + reach.results.total,
    misses: [],
  };
  console.log(
    [
      `bar 1 (≥95%) GDP growth, ${barRegions.length} regions × ${years[0]}–${years.at(-1)}: targets ${pct(reach.targets)}, results ${years[0] - 1}–${years.at(-1)! - 1} ${pct(reach.results)}, together ${pct(both)}`,
      `bar 2 (≥75%) 2025–2026 standard targets with last year's target and result: ${pct(pairs)}`,
      `bar 3 (≥97%) hand-gathered cells whose report was read: ${precision.cells}; filled by the texts ${pct(precision.filled)}; only the right value ${pct(precision.right)}; same qualifier ${pct(precision.qualifier)}`,
    ].join('\n'),
  );
  list('GDP targets missing', reach.targets);
  list('GDP results missing', reach.results);
  list("targets without last year's pair", pairs);
  list('hand-gathered cells not filled', precision.filled);
  list('cells with a wrong value', precision.right);
  list('cells with another qualifier', precision.qualifier);
}
if (summary.records < 300 || summary.regions < 25) {
  die(
    `the pack is too thin (${summary.records} records over ${summary.regions} regions; want several hundred over 25+).`,
  );
}
