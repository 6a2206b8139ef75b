#!/usr/bin/env node
// `npm run test:e2e`: finds (or installs) Chromium, Firefox ESR and a CJK font, builds both extension targets, then
// runs the end-to-end tests in real browsers (vitest.e2e.config.ts, tests/e2e/*.e2e.ts).
//   npm run test:e2e                       everything
//   npm run test:e2e -- --skip-build       reuse .output/ as it is (a test build: see WXT_TEST_HOOKS below)
//   npm run test:e2e -- chromium           extra arguments go to Vitest (here: a file filter)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBrowsers, MissingBrowserError } from './ensure-browsers.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);

function run(label, command, args, env = process.env) {
  const started = Date.now();
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`✗ ${label} failed (exit ${result.status ?? result.signal}, ${seconds} s)`);
    return result.status || 1;
  }
  console.log(`✓ ${label} (${seconds} s)`);
  return 0;
}

const argv = process.argv.slice(2);
const skipBuild = argv.includes('--skip-build');
const vitestArgs = argv.filter((arg) => arg !== '--skip-build');

try {
  const found = await ensureBrowsers({ firefox: true });
  console.log(`browsers: chromium=${found.chromium} firefox=${found.firefox}`);
} catch (error) {
  console.error(error instanceof MissingBrowserError ? error.message : `e2e: ${error?.message ?? error}`);
  process.exit(1);
}

if (!skipBuild) {
  // Test builds: WXT_TEST_HOOKS=1 keeps the hooks the tests drive (the snippet commands on the service worker's
  // global: real context-menu clicks cannot be made headless); `npm run build` and `npm run zip` leave them out.
  const testBuild = { ...process.env, WXT_TEST_HOOKS: '1' };
  for (const [label, args] of [
    ['wxt build (chrome-mv3, test build)', ['build']],
    ['wxt build -b firefox (firefox-mv2, test build)', ['build', '-b', 'firefox']],
  ]) {
    const status = run(label, bin('wxt'), args, testBuild);
    if (status !== 0) process.exit(status);
  }
}

// Test a private copy of the builds: on a shared machine another build may rewrite .output during the run.
const copies = mkdtempSync(join(tmpdir(), 'report-lens-e2e-builds-'));
const env = { ...process.env };
for (const [name, variable] of [
  ['chrome-mv3', 'REPORT_LENS_CHROME_DIR'],
  ['firefox-mv2', 'REPORT_LENS_FIREFOX_DIR'],
]) {
  if (env[variable]) continue; // the developer chose a build already
  const source = join(root, '.output', name);
  if (!existsSync(join(source, 'manifest.json'))) continue; // the harness says what is missing
  cpSync(source, join(copies, name), { recursive: true });
  env[variable] = join(copies, name);
}
if (env.REPORT_LENS_CHROME_DIR) env.REPORT_LENS_CHROME_BUILD = env.REPORT_LENS_CHROME_DIR;
const status = run('vitest e2e', bin('vitest'), ['run', '-c', 'vitest.e2e.config.ts', ...vitestArgs], env);
rmSync(copies, { recursive: true, force: true });
process.exit(status);
