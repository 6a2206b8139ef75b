import { defineConfig } from 'vitest/config';

// Node 20: Vitest prints failures with Map.groupBy (Node 21+); the polyfill runs in this (main) process, where the
// reporter runs.
import './scripts/node20-polyfills.mjs';

// End-to-end tests in real browsers (tests/e2e/*.e2e.ts). Run through `npm run test:e2e`, which finds or installs
// the browsers and builds both extension targets first; `npx vitest run -c vitest.e2e.config.ts` reuses the builds.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    // One browser at a time: files share the machine's CPU and the built extension folders.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
