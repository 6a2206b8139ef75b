import { defineConfig } from 'vitest/config';

// Vitest 5 groups failures with Map.groupBy (Node >= 21) when it prints them; on this project's Node 20 a failing run
// would show only "Map.groupBy is not a function". The reporter runs in this (main) process, so fill it in here.
if (typeof Map.groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    configurable: true,
    writable: true,
    value: <K, T>(items: Iterable<T>, keyOf: (item: T, index: number) => K): Map<K, T[]> => {
      const groups = new Map<K, T[]>();
      let index = 0;
      for (const item of items) {
        const key = keyOf(item, index++);
        const group = groups.get(key);
        if (group) group.push(item);
        else groups.set(key, [item]);
      }
      return groups;
    },
  });
}

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
