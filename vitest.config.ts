// Node 20: Vitest prints failures with Map.groupBy (Node 21+); the polyfill runs in this (main) process, where the
// reporter runs, so `npx vitest` works without the npm script.
import './scripts/node20-polyfills.mjs';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // Views and page code need a DOM; a test file without one starts with `// @vitest-environment node` (faster: no
    // happy-dom window per file). fake-indexeddb and the setup file apply in both.
    environment: 'happy-dom',
    setupFiles: ['fake-indexeddb/auto', './tests/unit/setup.ts'],
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    testTimeout: 20_000,
    // A test in which no assertion ran fails: a check inside a loop or a branch that ran zero times proves nothing.
    expect: { requireAssertions: true },
  },
});
