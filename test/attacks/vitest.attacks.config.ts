import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The attack suite (npm run test:attacks): issue 11's numbered findings, each
// played against real node processes. Kept out of `npm test` (whose include
// pattern is test/**/*.test.ts): its files end in .attack.ts.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/attacks/**/*.attack.ts'],
    testTimeout: 5 * 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
