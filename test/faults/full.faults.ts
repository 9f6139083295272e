import { expect, it } from 'vitest';
import { FULL_PLAN, fromEnv, runCampaign } from './campaign.js';

// The full fault campaign: npm run test:faults (10-30 minutes). A new seed
// each run unless FAULT_SEED is set; the seed is printed first, and a failure
// names the variables that replay it. Other knobs (see fromEnv in campaign.ts):
//   FAULT_ROUNDS=n          n faults in FULL_PLAN's proportions
//   FAULT_KINDS=cut,kill-run  only these kinds
//   FAULT_SKIP_CHECKS=reports,repairs  leave out checks (see OPTIONAL_CHECKS)
//   FAULT_KEEP_GOING=1      report every round's problems instead of stopping at the first
//   FAULT_KEEP=1            keep the data directories
//   FAULT_NO_IDLE_TIMEOUT=1 leave syncIdleTimeoutMs out of the configs (a node that does not know the key)
//   FAULT_NO_LANGUAGE_MOVES=1, FAULT_BULLETINS=n, FAULT_IDLE_TIMEOUT_MS=n

it('the tree converges after every fault of the full campaign', async () => {
  const options = fromEnv({
    seed: Math.floor(Math.random() * 2 ** 31),
    plan: FULL_PLAN,
    bulletins: 2000, // ~22k updates: past the 20,000 records of one import batch, so imports are journaled
    topLanguages: ['en-US', 'de-DE', 'fr-FR', 'ja-JP', 'es-ES', 'zh-CN'],
    midLanguages: ['en-US', 'de-DE', 'fr-FR', 'ja-JP'],
    leaves: [{ name: 'leaf-a', languages: ['de-DE', 'ja-JP'] }, { name: 'leaf-b', languages: ['en-US'] }],
    idleTimeoutMs: 2000,
    maxRunMs: 120_000,
  });
  const result = await runCampaign(options);
  expect(result.problems, `replay with: ${options.replay} npm run test:faults${result.logsDir ? `; node logs in ${result.logsDir}` : ''}`).toEqual([]);
  if (options.plan === FULL_PLAN) {
    // The campaign's own promise: the default mix really injected this much.
    const { tally } = result;
    expect(tally.sigkills).toBeGreaterThanOrEqual(30);
    expect(tally.count('cut')).toBeGreaterThanOrEqual(100);
    expect(tally.count('stall')).toBeGreaterThanOrEqual(10);
    expect(tally.count('restore')).toBeGreaterThanOrEqual(5);
    expect(tally.count('damage')).toBeGreaterThanOrEqual(10);
    expect(tally.count('loop')).toBeGreaterThanOrEqual(3);
  }
});
