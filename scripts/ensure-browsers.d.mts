// Types for scripts/ensure-browsers.mjs, so TypeScript (tests/e2e, scripts) can import it.
export interface FoundBrowsers {
  chromium: string | null;
  firefox: string | null;
  cjkFont: boolean;
}

export interface EnsuredBrowsers extends FoundBrowsers {
  chromium: string;
}

export interface EnsureOptions {
  /** Also require Firefox (FIREFOX_PATH, /usr/bin/firefox-esr, firefox). */
  firefox?: boolean;
  /** Install missing Debian packages with apt-get when possible (default true). */
  install?: boolean;
  log?: (line: string) => void;
}

export class MissingBrowserError extends Error {
  readonly command: string;
  constructor(message: string, command: string);
}

export function findChromium(): string | null;
export function findFirefox(): string | null;
export function hasCjkFont(): boolean;
export function findBrowsers(options?: { firefox?: boolean }): FoundBrowsers;
export function ensureBrowsers(options?: EnsureOptions): Promise<EnsuredBrowsers>;
