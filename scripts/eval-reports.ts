// npm run eval:reports [-- --verbose --min-recall X --min-agree Y --region 北京]
// Reads every official report text in ../shared/data/reports with the project's reader, as a user meets the page
// (title, source URL and text; no region or year handed over), and holds the confident statements against every
// hand-gathered fact in ../shared/data whose report text is there:
//   recall     facts whose cell (region, year, indicator, kind) and value the reader found in that report
//   agreement  of the reader's statements in cells those facts cover, the share whose value is one of the facts'
// A target for year Y is checked in the report of year Y, a result for year Y in the report of year Y + 1.
// Without ../shared it says so and succeeds, so clones without the data are not blocked.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFIDENT, INDICATORS, type Statement } from '../lib/model.ts';
import { measureFromNote } from '../lib/pack/normalize.ts';
import { readReport } from '../lib/reader.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const data = join(root, '..', 'shared', 'data');
const reportsDir = join(data, 'reports');
const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const verbose = args.includes('--verbose');
const onlyRegion = opt('--region');

if (!existsSync(join(reportsDir, 'index.json'))) {
  console.log(`eval:reports: skipped — no ${reportsDir}/index.json; nothing to score.`);
  process.exit(0);
}

interface Fact {
  region: string;
  year: number;
  indicator: string;
  kind: 'target' | 'result';
  value: number;
  valueMax: number | null;
  unit: string;
  from: string;
}

// ---- units: every figure in one canonical unit so 1.4万亿斤 and 14000亿斤 compare equal ----
const UNITS: Record<string, [string, number]> = {
  '%': ['%', 1],
  个百分点: ['pp', 1],
  亿元: ['亿元', 1],
  万亿元: ['亿元', 1e4],
  万亿: ['亿元', 1e4],
  亿: ['亿元', 1],
  万人: ['万人', 1],
  亿斤: ['亿斤', 1],
  万亿斤: ['亿斤', 1e4],
  万吨: ['万吨', 1],
};
function canon(unit: string | null | undefined, value: number | null | undefined): [string, number | null] {
  const u = (unit ?? '')
    .replace(/億/g, '亿')
    .replace(/萬/g, '万')
    .replace(/噸/g, '吨')
    .replace(/個百分點/, '个百分点');
  const [cu, k] = UNITS[u] ?? [u, 1];
  return [cu, value == null ? null : Math.round(value * k * 1e6) / 1e6];
}
const valueKey = (unit: string, value: number, valueMax: number | null | undefined) => {
  const [u, v] = canon(unit, value);
  const [, m] = canon(unit, valueMax ?? null);
  return `${u}|${v}|${m ?? ''}`;
};
const cellKey = (s: { region: string; year: number; indicator: string; kind: string }) =>
  `${s.region}|${s.year}|${s.indicator}|${s.kind}`;

// ---- the hand-gathered facts ----
const STANDARD = new Set<string>(INDICATORS);
const load = (file: string) => JSON.parse(readFileSync(join(data, file), 'utf8'));
const facts: Fact[] = [];
// The facts files file urban income under the all-resident indicator when a report gives only urban and rural
// ("value = urban" in the note); the reader names that figure for what it is, so the fact is checked as urban income.
const URBAN_INCOME = 'other:城镇居民人均可支配收入增长';
const push = (f: Omit<Fact, 'kind'> & { kind: string; note?: string | null }) => {
  if (!STANDARD.has(f.indicator) || typeof f.value !== 'number' || !f.unit) return;
  const { note, ...fact } = f;
  const urban = measureFromNote(note ?? undefined, f.indicator) === '城镇居民';
  facts.push({
    ...fact,
    indicator: urban ? URBAN_INCOME : f.indicator,
    kind: f.kind === 'actual' ? 'result' : (f.kind as Fact['kind']),
  });
};
if (existsSync(join(data, 'gdp-targets.json'))) {
  for (const e of load('gdp-targets.json').entries ?? []) {
    if (e.value_low == null) continue;
    push({
      region: e.region,
      year: e.year,
      indicator: 'gdp_growth',
      kind: e.kind,
      value: e.value_low,
      valueMax: e.value_high !== e.value_low ? e.value_high : null,
      unit: '%',
      from: 'gdp-targets',
    });
  }
}
if (existsSync(join(data, 'gdp-facts.json'))) {
  for (const f of load('gdp-facts.json').facts ?? []) {
    for (const s of f.sources ?? []) {
      if (s.label_suspect || s.doc_suspect) continue;
      push({
        region: f.region,
        year: f.year,
        indicator: f.indicator,
        kind: f.kind,
        value: s.value,
        valueMax: s.value_high ?? null,
        unit: s.unit,
        from: 'gdp-facts',
      });
    }
  }
}
for (const file of ['indicator-facts.json', 'provincial-report-facts.json']) {
  if (!existsSync(join(data, file))) continue;
  for (const f of load(file).facts ?? []) {
    push({
      region: f.region,
      year: f.year,
      indicator: f.indicator,
      kind: f.kind,
      value: f.value,
      valueMax: f.value_high ?? null,
      unit: f.unit,
      note: f.note,
      from: file.replace('.json', ''),
    });
  }
}

// ---- the reports those facts come from ----
interface ReportEntry {
  region: string;
  year: number;
  file: string;
  url: string | null;
  title: string | null;
}
const index: ReportEntry[] = JSON.parse(readFileSync(join(reportsDir, 'index.json'), 'utf8'));
const reportOf = new Map(index.map((r) => [`${r.region}|${r.year}`, r]));
const reportFor = (f: { region: string; year: number; kind: string }) =>
  reportOf.get(`${f.region}|${f.kind === 'target' ? f.year : f.year + 1}`);

/** The page a reader would see: front matter gives title and URL; markdown marks are not part of the text. */
function pageOf(r: ReportEntry): { title: string; url: string; text: string } {
  let raw = readFileSync(join(reportsDir, r.file), 'utf8');
  let title = r.title ?? '';
  let url = r.url ?? '';
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(raw);
  if (fm) {
    raw = raw.slice(fm[0].length);
    title ||= /^title:\s*(.*)$/m.exec(fm[1])?.[1]?.trim() ?? '';
    url ||= /^source:\s*(.*)$/m.exec(fm[1])?.[1]?.trim() ?? '';
  }
  const text = raw.replace(/\*\*/g, '').replace(/^#+\s*/gm, '');
  if (!title) title = (text.split('\n').find((l) => l.trim()) ?? '').trim().slice(0, 80);
  return { title, url, text };
}

const checkable = facts.filter((f) => reportFor(f) && (!onlyRegion || f.region === onlyRegion));
const factValues = new Map<string, Set<string>>();
for (const f of checkable) {
  const k = cellKey(f);
  if (!factValues.has(k)) factValues.set(k, new Set());
  factValues.get(k)?.add(valueKey(f.unit, f.value, f.valueMax));
}

const wanted = new Set(checkable.map((f) => reportFor(f) as ReportEntry));
let totalChars = 0;
let totalStatements = 0;
let uncertain = 0;
let notDetected = 0;
const started = performance.now();
const read = new Map<ReportEntry, Statement[]>();
for (const r of index) {
  if (onlyRegion && r.region !== onlyRegion) continue;
  const page = pageOf(r);
  totalChars += page.text.length;
  const { detection, statements } = readReport(page);
  if (!detection.isReport) notDetected++;
  const confident = statements.filter((s) => (s.confidence ?? 1) >= CONFIDENT);
  uncertain += statements.length - confident.length;
  totalStatements += confident.length;
  if (wanted.has(r)) read.set(r, confident);
}
const ms = performance.now() - started;

// ---- score ----
const lines: string[] = [];
let found = 0;
const seenFact = new Set<string>();
let factCells = 0;
for (const f of checkable) {
  const k = `${cellKey(f)}|${valueKey(f.unit, f.value, f.valueMax)}`;
  if (seenFact.has(k)) continue; // the same fact from two files counts once
  seenFact.add(k);
  factCells++;
  const r = reportFor(f) as ReportEntry;
  const hit = (read.get(r) ?? []).some(
    (s) => cellKey(s) === cellKey(f) && valueKey(s.unit, s.value, s.valueMax) === valueKey(f.unit, f.value, f.valueMax),
  );
  if (hit) found++;
  else lines.push(`missed  ${r.file}  ${k}  (${f.from})`);
}
let inCells = 0;
let agree = 0;
for (const [r, statements] of read) {
  const said = new Set<string>();
  for (const s of statements) {
    const k = cellKey(s);
    const values = factValues.get(k);
    if (!values || reportFor(s) !== r) continue;
    const v = valueKey(s.unit, s.value, s.valueMax);
    if (said.has(`${k}|${v}`)) continue; // a figure repeated in one report counts once
    said.add(`${k}|${v}`);
    inCells++;
    if (values.has(v)) agree++;
    else
      lines.push(
        `wrong   ${r.file}  ${k}|${v}  facts ${[...values].join(' / ')}  «${s.quote.replace(/\s+/g, '').slice(0, 50)}»`,
      );
  }
}
const recall = found / Math.max(1, factCells);
const agreement = agree / Math.max(1, inCells);
if (verbose) for (const l of lines.sort()) console.log(l);
console.log(
  `reports ${read.size} checked of ${onlyRegion ? index.filter((r) => r.region === onlyRegion).length : index.length} read ` +
    `(${(totalChars / 1e6).toFixed(1)} M chars in ${(ms / 1000).toFixed(1)} s; ${notDetected} not detected as a report); ` +
    `${totalStatements} confident statements, ${uncertain} uncertain left out`,
);
console.log(`facts ${factCells}, found ${found}; statements in covered cells ${inCells}, agreeing ${agree}`);
console.log(`recall ${recall.toFixed(3)} agreement ${agreement.toFixed(3)}`);
const minRecall = opt('--min-recall');
const minAgree = opt('--min-agree');
process.exit((minRecall && recall < Number(minRecall)) || (minAgree && agreement < Number(minAgree)) ? 1 : 0);
