import { expect, it } from 'vitest';
import { fromEnv, runCampaign } from './faults/campaign.js';

// A short, seeded run of the fault campaign (test/faults/): a few faults of
// each kind against a three-tier tree of real node processes behind fault
// proxies, each followed by a clean run down the tree and the convergence
// checks. The long campaign is `npm run test:faults`; the FAULT_* variables
// described in test/faults/full.faults.ts work here too (FAULT_SEED=n plays
// another schedule).

it('a three-tier tree converges after each fault of a short seeded campaign', async () => {
  const options = fromEnv({
    seed: 1014,
    plan: { 'kill-run': 2, 'kill-import': 1, cut: 3, stall: 1, restore: 1, damage: 1, loop: 1, 'rule-change': 1 },
    bulletins: 300,
    topLanguages: ['en-US', 'de-DE', 'fr-FR', 'ja-JP', 'es-ES', 'zh-CN'],
    midLanguages: ['en-US', 'de-DE', 'fr-FR', 'ja-JP'],
    leaves: [{ name: 'leaf-a', languages: ['de-DE', 'ja-JP'] }, { name: 'leaf-b', languages: ['en-US'] }],
    idleTimeoutMs: 2000,
    maxRunMs: 30_000,
  });
  // Printed in one piece at the end, so it does not interleave with other test files' output.
  const lines: string[] = [];
  const result = await runCampaign({ ...options, log: (line) => lines.push(line) });
  process.stdout.write(`${lines.join('\n')}\n`);
  expect(result.problems, `replay with: ${options.replay} npx vitest run test/fault-campaign.test.ts${result.logsDir ? `; node logs in ${result.logsDir}` : ''}`).toEqual([]);
}, 170_000);
