import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The fuzz suite (npm run test:fuzz): at least 10,000 generated and mutated
// inputs against real node processes, with a tally printed at the end. Kept
// out of `npm test` (whose include pattern is test/**/*.test.ts): its files
// end in .fuzz.ts; a short seeded run is test/fuzz-short.test.ts.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/fuzz/**/*.fuzz.ts'],
    testTimeout: 60 * 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
