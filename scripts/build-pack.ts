// npm run build:pack — turns the shared data (../shared/data, ../shared/corpus) into assets/pack/starter-pack.json.
// The output is committed, so a fresh clone without ../shared still has the pack; it is deterministic (sorted rows,
// ids from content, the date taken from the data), so running this again on the same data changes nothing.
//   tsx scripts/build-pack.ts [--shared DIR] [--out FILE] [--check]
//   --check: build in memory and exit 1 if the committed file differs (for CI).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { buildPack } from '../lib/pack/build';
import { parsePack } from '../lib/pack/format';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const shared = resolve(root, option('--shared') ?? '../shared');
const out = resolve(root, option('--out') ?? 'assets/pack/starter-pack.json');
const check = args.includes('--check');

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

const corpusProposals = [read('corpus/proposals.json'), read('data/proposals-corpus.json')].filter((x) => x !== undefined);
const { pack, summary } = buildPack({
  regions: read('data/regions.json', true),
  provincialReportFacts: read('data/provincial-report-facts.json'),
  indicatorFacts: read('data/indicator-facts.json'),
  gdpTargets: read('data/gdp-targets.json'),
  gdpFacts: read('data/gdp-facts.json'),
  seedProposals: read('data/proposals-seed.json'),
  corpusProposals,
  corpusIndex: read('corpus/index.json'),
  fold,
});

const parsed = parsePack(pack);
if (!parsed.ok) {
  die(`the built pack does not pass its own validator:\n${parsed.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`);
}

const json = `${JSON.stringify(pack, null, 1)}\n`;
const where = relative(process.cwd(), out) || out;
if (check) {
  const current = existsSync(out) ? readFileSync(out, 'utf8') : '';
  if (current !== json) die(`${where} is out of date: run npm run build:pack and commit it.`);
  console.log(`${where} is up to date.`);
} else {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, json);
  console.log(`wrote ${where} (${(json.length / 1024).toFixed(0)} KB, created ${pack.createdAt})`);
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
    `dropped     ${dropped || 'none'}`,
  ].join('\n'),
);
if (summary.records < 300 || summary.regions < 25) {
  die(`the pack is too thin (${summary.records} records over ${summary.regions} regions; want several hundred over 25+).`);
}
