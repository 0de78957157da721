import { defineConfig } from 'vitest/config';

/** `npm run bench`: figures, never assertions. See scripts/bench.mjs. */
export default defineConfig({
  test: {
    include: ['test/bench/suite.bench-run.ts'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 900_000,
    hookTimeout: 300_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
