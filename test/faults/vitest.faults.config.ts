import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The long fault campaign (npm run test:faults), kept out of `npm test`
// (whose include pattern is test/**/*.test.ts): its files end in .faults.ts.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/faults/**/*.faults.ts'],
    testTimeout: 2 * 60 * 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
