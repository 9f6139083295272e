import { RECORD_RULES, type Child, type Run, type RuleHealth, type RuleName } from './types.js';

// What the console says of a child's health. The parent's own report (children[].health) decides when
// the node sends it; a node without it (older, or this branch before the health work merges) still
// gets a state and a last good run per rule from the runs the child reported.

export type ShownHealth = RuleHealth & { fromRuns: boolean };

/** Per rule: the child's health report, else what its reported runs (newest first) say. */
export function ruleHealth(child: Child, runs: Run[], rule: RuleName): ShownHealth {
  const reported = child.health?.rules?.[rule];
  if (reported) return { ...reported, fromRuns: false };
  const mine = runs.filter((r) => r.rule === rule && r.status !== 'running');
  const last = mine[0];
  const good = mine.find((r) => r.status === 'ok');
  return {
    lastAttemptAt: last?.started ?? null,
    lastSuccessAt: good ? new Date(new Date(good.started).getTime() + good.durationMs).toISOString() : null,
    lagSequences: null,
    lagSeconds: null,
    lastError: last && last.status !== 'ok' ? last.error ?? { code: last.status.toUpperCase(), message: `run ${last.status}` } : null,
    fromRuns: true,
  };
}

/** A child's state: its health report's; else failing when a rule's last run failed, unknown when it never reported. */
export function stateOf(child: Child, runs: Run[]): string {
  if (child.health?.state) return child.health.state;
  if (!child.lastSeen) return 'unknown';
  return RECORD_RULES.some((rule) => ruleHealth(child, runs, rule).lastError) ? 'failing' : 'ok';
}
