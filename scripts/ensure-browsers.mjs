#!/usr/bin/env node
// Finds the real browsers (and a CJK font) that the demo, the end-to-end tests and .ci/run need; on Debian/Ubuntu
// installs what is missing when apt-get can be used (root, or password-less sudo), otherwise stops with one line that
// names the exact install command. Never downloads a browser from anywhere else.
//
//   node scripts/ensure-browsers.mjs [--firefox] [--check] [--json]
//     --firefox  also require Firefox (FIREFOX_PATH, /usr/bin/firefox-esr, firefox)
//     --check    only look; never install (exit 1 with the install command when something is missing)
//     --json     print the result as JSON instead of text
//
//   import { ensureBrowsers, findBrowsers } from './ensure-browsers.mjs';
//   const { chromium, firefox } = await ensureBrowsers({ firefox: true });
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, realpathSync, statSync } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const APT_PACKAGES = { chromium: 'chromium', firefox: 'firefox-esr', font: 'fonts-noto-cjk' };

/** Thrown when something stays missing; `command` is the one install command to run by hand. */
export class MissingBrowserError extends Error {
  constructor(message, command) {
    super(message);
    this.name = 'MissingBrowserError';
    this.command = command;
  }
}

function isExecutableFile(path) {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** An absolute path as it is, or a bare name looked up on PATH. */
function resolveExecutable(nameOrPath) {
  if (!nameOrPath) return null;
  if (isAbsolute(nameOrPath) || nameOrPath.includes('/')) return isExecutableFile(nameOrPath) ? nameOrPath : null;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, nameOrPath);
    if (isExecutableFile(candidate)) return candidate;
  }
  return null;
}

function firstFound(envName, candidates) {
  const fromEnv = process.env[envName];
  if (fromEnv) {
    const found = resolveExecutable(fromEnv);
    if (found) return found;
    console.warn(`ensure-browsers: ${envName}=${fromEnv} is not an executable file; looking elsewhere`);
  }
  for (const candidate of candidates) {
    const found = resolveExecutable(candidate);
    if (found) return found;
  }
  return null;
}

export function findChromium() {
  return firstFound('CHROME_PATH', [
    '/usr/bin/chromium',
    'google-chrome',
    'chromium-browser',
    'chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ]);
}

export function findFirefox() {
  return firstFound('FIREFOX_PATH', [
    '/usr/bin/firefox-esr',
    'firefox-esr',
    'firefox',
    '/Applications/Firefox.app/Contents/MacOS/firefox',
  ]);
}

/** True when a font covering Chinese is installed. Only Linux needs checking (macOS and Windows ship CJK fonts). */
export function hasCjkFont() {
  if (process.platform !== 'linux') return true;
  const result = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.trim().length > 0;
}

/** What is there now, without installing anything. */
export function findBrowsers({ firefox = false } = {}) {
  return {
    chromium: findChromium(),
    firefox: firefox ? findFirefox() : null,
    cjkFont: hasCjkFont(),
  };
}

function missingPackages(found, wantFirefox) {
  const packages = [];
  if (!found.chromium) packages.push(APT_PACKAGES.chromium);
  if (wantFirefox && !found.firefox) packages.push(APT_PACKAGES.firefox);
  if (!found.cjkFont) packages.push(APT_PACKAGES.font);
  return packages;
}

/** How apt-get can be run here: [] as root, ['sudo', '-n'] with password-less sudo, null when it cannot. */
function aptRunner() {
  if (process.platform !== 'linux' || !resolveExecutable('apt-get')) return null;
  if (typeof process.getuid === 'function' && process.getuid() === 0) return [];
  if (resolveExecutable('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0) {
    return ['sudo', '-n'];
  }
  return null;
}

let aptUpdated = false;

function runApt(prefix, args, log) {
  const [command, ...rest] = [...prefix, 'apt-get', ...args];
  log(`ensure-browsers: ${[command, ...rest].join(' ')}`);
  const result = spawnSync(command, rest, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) {
    throw new Error(`${[command, ...rest].join(' ')} failed with exit code ${result.status ?? result.signal}`);
  }
}

function installCommand(packages) {
  const sudo = typeof process.getuid === 'function' && process.getuid() === 0 ? '' : 'sudo ';
  return `${sudo}apt-get update && ${sudo}apt-get install -y ${packages.join(' ')}`;
}

/**
 * Makes sure Chromium (and Firefox when asked) and a CJK font are present, installing the missing Debian packages
 * when apt-get can be used. Resolves to the executable paths; rejects with MissingBrowserError otherwise.
 * @param {{ firefox?: boolean, install?: boolean, log?: (line: string) => void }} [options]
 * @returns {Promise<{ chromium: string, firefox: string | null, cjkFont: boolean }>}
 */
export async function ensureBrowsers({ firefox = false, install = true, log = (line) => console.log(line) } = {}) {
  let found = findBrowsers({ firefox });
  let packages = missingPackages(found, firefox);
  if (packages.length === 0) return found;

  const prefix = install ? aptRunner() : null;
  if (prefix) {
    log(`ensure-browsers: missing ${packages.join(', ')}; installing with apt-get`);
    if (!aptUpdated) {
      runApt(prefix, ['update'], log);
      aptUpdated = true;
    }
    runApt(prefix, ['install', '-y', ...packages], log);
    found = findBrowsers({ firefox });
    packages = missingPackages(found, firefox);
    if (packages.length === 0) {
      log(`ensure-browsers: installed; chromium=${found.chromium}${firefox ? ` firefox=${found.firefox}` : ''}`);
      return found;
    }
  }
  const what = [
    !found.chromium && 'Chromium (or set CHROME_PATH)',
    firefox && !found.firefox && 'Firefox ESR (or set FIREFOX_PATH)',
    !found.cjkFont && 'a CJK font',
  ]
    .filter(Boolean)
    .join(', ');
  const command = installCommand(packages);
  throw new MissingBrowserError(`Report Lens needs ${what}: run \`${command}\``, command);
}

async function main(argv) {
  const wantFirefox = argv.includes('--firefox');
  const json = argv.includes('--json');
  try {
    const found = await ensureBrowsers({
      firefox: wantFirefox,
      install: !argv.includes('--check'),
      log: json ? (line) => console.error(line) : (line) => console.log(line),
    });
    if (json) console.log(JSON.stringify(found));
    else {
      console.log(`chromium: ${found.chromium}`);
      if (wantFirefox) console.log(`firefox: ${found.firefox}`);
      console.log(`cjk font: ${found.cjkFont ? 'yes' : 'no'}`);
    }
  } catch (error) {
    console.error(error instanceof MissingBrowserError ? error.message : `ensure-browsers: ${error.message ?? error}`);
    process.exit(1);
  }
}

if (
  process.argv[1] &&
  existsSync(process.argv[1]) &&
  realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)
) {
  await main(process.argv.slice(2));
}
