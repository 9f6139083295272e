import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.js';
import { startFixtureServer, type FixtureServer } from './engine/fixtures.js';
import { runTarget, type FuzzInput, type FuzzTarget } from './engine/runner.js';
import { Tally } from './engine/tally.js';
import { syncTarget } from './targets/sync.js';
import { adminTarget } from './targets/admin.js';
import { importersTarget } from './targets/importers.js';
import { parentToChildTarget } from './targets/child.js';

/**
 * The fuzz suite as vitest runs it: each target in turn against its own
 * fresh node processes, the tally printed at the end. `npm run test:fuzz`
 * runs it in full (test/fuzz/fuzz.fuzz.ts), `npm test` a short seeded run
 * (test/fuzz-short.test.ts).
 *
 * Environment: FUZZ_SEED (default below), FUZZ_TARGETS (a comma list of
 * target names), FUZZ_ONLY (comma list of input indices: replay), FUZZ_UPTO
 * (replay every input up to this index), FUZZ_SCALE (multiplies the counts).
 */
export const DEFAULT_SEED = 'patchtree-11';

export type Counts = Record<'sync' | 'admin' | 'importers' | 'parent-to-child', number>;

export function defineFuzzSuite(options: { counts: Counts; minimumInputs: number; seed?: string }): void {
  const seed = process.env.FUZZ_SEED || options.seed || DEFAULT_SEED;
  const only = process.env.FUZZ_ONLY ? process.env.FUZZ_ONLY.split(',').map(Number) : undefined;
  const upto = process.env.FUZZ_UPTO ? Number(process.env.FUZZ_UPTO) : undefined;
  const selected = process.env.FUZZ_TARGETS ? new Set(process.env.FUZZ_TARGETS.split(',')) : undefined;
  const scale = Number(process.env.FUZZ_SCALE || 1);
  const replaying = only !== undefined || upto !== undefined || selected !== undefined || scale < 1;
  const tally = new Tally();
  let dir: string;
  let cleanup: () => Promise<void>;
  let server: FixtureServer;

  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir('patchtree-fuzz-'));
    server = await startFixtureServer();
  });
  afterAll(async () => {
    process.stdout.write(`\n${tally.table(seed)}\n`);
    await server?.close();
    await cleanup?.();
  });

  const fuzz = <I extends FuzzInput>(name: keyof Counts, make: () => Promise<FuzzTarget<I> & { close(): Promise<void> }>) => {
    const run = selected && !selected.has(name) ? it.skip : it;
    run(`${name}: ${Math.round(options.counts[name] * scale)} inputs, no crash, hang, unhandled error, 5xx or unstable code; refusals change nothing`, async () => {
      const target = await make();
      try {
        await runTarget(target, { seed, count: Math.round(options.counts[name] * scale), tally, only, upto });
      } finally {
        await target.close();
      }
      const failures = tally.failures.filter((f) => f.target === name);
      expect(failures.map((f) => `#${f.index} [${f.label}] ${f.reason.slice(0, 500)}`)).toEqual([]);
    });
  };

  describe(`fuzz (FUZZ_SEED=${seed})`, () => {
    fuzz('sync', () => syncTarget(dir, server));
    fuzz('admin', () => adminTarget(dir, server));
    fuzz('importers', () => importersTarget(dir, server));
    fuzz('parent-to-child', () => parentToChildTarget(dir, server));
    it.skipIf(replaying)(`runs at least ${options.minimumInputs} inputs in all`, () => {
      expect(tally.inputs).toBeGreaterThanOrEqual(options.minimumInputs);
    });
  });
}
