#!/usr/bin/env node
// `npm run test:e2e`: finds (or installs) Chromium, Firefox ESR and a CJK font, builds both extension targets, then
// runs the end-to-end tests in real browsers (vitest.e2e.config.ts, tests/e2e/*.e2e.ts).
//   npm run test:e2e                       everything
//   npm run test:e2e -- --skip-build       reuse .output/ as it is
//   npm run test:e2e -- chromium           extra arguments go to Vitest (here: a file filter)
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBrowsers, MissingBrowserError } from './ensure-browsers.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);

function run(label, command, args) {
  const started = Date.now();
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`✗ ${label} failed (exit ${result.status ?? result.signal}, ${seconds} s)`);
    process.exit(result.status || 1);
  }
  console.log(`✓ ${label} (${seconds} s)`);
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
  run('wxt build (chrome-mv3)', bin('wxt'), ['build']);
  run('wxt build -b firefox (firefox-mv2)', bin('wxt'), ['build', '-b', 'firefox']);
}
run('vitest e2e', bin('vitest'), ['run', '-c', 'vitest.e2e.config.ts', ...vitestArgs]);
