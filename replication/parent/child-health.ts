import type { PullRule, RunReportData } from '../wire.js';

/**
 * A child's health as its parent sees it, computed from what the parent
 * stored: when the child was last heard from (any authenticated sync call),
 * and per rule the newest run it reported and the newest that succeeded.
 * Every view of it (the admin API, the stale alert, the metrics) calls the
 * functions here; none keeps figures of its own.
 */

export const HEALTH_RULES: readonly PullRule[] = ['catalog', 'policies', 'content'];

export interface HealthSettings {
  /** Not heard from for longer than this: offline (config childOfflineSeconds). */
  offlineAfterMs: number;
  /** A rule without a success for longer than this raises CHILD_STALE (config childStaleSeconds). */
  staleAfterMs: number;
}

/** A reported run as kept for health: its times, outcome, and the parent sequence it reached. */
export interface RunFact {
  /** When the run started (the child's clock, never later than when the parent received the report). */
  at: string;
  status: RunReportData['status'];
  uptoSeq: number;
  error?: { code: string; message: string };
}

/** Per rule: the newest reported run, and the newest that succeeded. Stored per child by Children.recordRun. */
export type RunFacts = Partial<Record<PullRule, { lastAttempt?: RunFact; lastSuccess?: RunFact }>>;

export interface RuleHealth {
  lastAttemptAt: string | null;
  lastSuccessAt: string | null;
  /** Sequence numbers of this node's change log the child does not hold yet (null: no success yet, or content, which has none). */
  lagSequences: number | null;
  /** 0 when current; else how old the snapshot of this node the child holds is, in seconds. */
  lagSeconds: number | null;
  lastError: { code: string; message: string } | null;
}

/** Offline after 5 minutes without a word (10 missed reports at the default pollSeconds of 30); stale after 6 hours. */
export const DEFAULT_HEALTH_SETTINGS: Readonly<HealthSettings> = { offlineAfterMs: 5 * 60_000, staleAfterMs: 6 * 3600_000 };

export type HealthState = 'ok' | 'failing' | 'offline' | 'unknown';

export interface ChildHealth {
  state: HealthState;
  offlineSince: string | null;
  rules: Record<PullRule, RuleHealth>;
}

/** The facts health is computed from. */
export interface HealthInput {
  lastSeen?: string;
  registered: string;
  runs: RunFacts;
  /** This node's last change-log sequence. */
  lastSeq: number;
  now: number;
}

const time = (iso: string | undefined) => (iso === undefined ? Number.NaN : Date.parse(iso));

/**
 * Folds one reported run into a child's facts. A run that started before
 * the newest one already kept (an old report arriving late, or sent again)
 * changes nothing it is older than. Its start is taken no later than
 * `receivedAt`: a child whose clock runs ahead cannot keep itself fresh.
 */
export function foldRun(facts: RunFacts, run: RunReportData, receivedAt: number): RunFacts {
  const started = time(run.started);
  const at = new Date(Number.isFinite(started) ? Math.min(started, receivedAt) : receivedAt).toISOString();
  const fact: RunFact = { at, status: run.status, uptoSeq: run.uptoSeq ?? 0, ...(run.error ? { error: run.error } : {}) };
  const previous = facts[run.rule] ?? {};
  const newer = (kept?: RunFact) => !kept || time(kept.at) <= time(at);
  return {
    ...facts,
    [run.rule]: {
      lastAttempt: newer(previous.lastAttempt) ? fact : previous.lastAttempt,
      lastSuccess: run.status === 'ok' && newer(previous.lastSuccess) ? fact : previous.lastSuccess,
    },
  };
}

/** One rule's health. Content has no change log: its lag is null. */
export function ruleHealth(rule: PullRule, facts: RunFacts[PullRule], lastSeq: number, now: number): RuleHealth {
  const attempt = facts?.lastAttempt;
  const success = facts?.lastSuccess;
  let lagSequences: number | null = null;
  let lagSeconds: number | null = null;
  if (success && rule !== 'content') {
    lagSequences = Math.max(0, lastSeq - success.uptoSeq);
    // The child holds this node's store as it was when that run started: behind by that long once anything changed since.
    lagSeconds = lagSequences === 0 ? 0 : Math.max(0, Math.round((now - time(success.at)) / 1000));
  }
  return {
    lastAttemptAt: attempt?.at ?? null,
    lastSuccessAt: success?.at ?? null,
    lagSequences,
    lagSeconds,
    lastError: attempt && attempt.status !== 'ok' ? (attempt.error ?? { code: 'REPL_RUN_FAILED', message: `the run ended ${attempt.status}` }) : null,
  };
}

/**
 * 'unknown': never heard from; 'offline': not heard from for longer than
 * offlineAfterMs (offlineSince is the last contact); 'failing': some rule's
 * newest run did not succeed; else 'ok'.
 */
export function childHealth(input: HealthInput, settings: Pick<HealthSettings, 'offlineAfterMs'>): ChildHealth {
  const rules = Object.fromEntries(HEALTH_RULES.map((rule) => [rule, ruleHealth(rule, input.runs[rule], input.lastSeq, input.now)])) as Record<PullRule, RuleHealth>;
  const seen = time(input.lastSeen);
  let state: HealthState;
  let offlineSince: string | null = null;
  if (!Number.isFinite(seen)) state = 'unknown';
  else if (input.now - seen > settings.offlineAfterMs) {
    state = 'offline';
    offlineSince = new Date(seen).toISOString();
  } else state = HEALTH_RULES.some((rule) => rules[rule].lastError) ? 'failing' : 'ok';
  return { state, offlineSince, rules };
}

export interface StaleAlert {
  kind: 'child-stale';
  code: 'CHILD_STALE';
  child: string;
  /** The rules without a success for longer than childStaleSeconds. */
  rules: PullRule[];
  /** The oldest last success among them (null: one never succeeded). */
  lastSuccessAt: string | null;
  message: string;
}

/**
 * CHILD_STALE when some rule of a child has not succeeded for longer than
 * staleAfterMs (counted from its registration when it never has).
 */
export function staleAlert(child: { id: string; registered: string }, runs: RunFacts, now: number, settings: Pick<HealthSettings, 'staleAfterMs'>): StaleAlert | undefined {
  const stale = HEALTH_RULES.filter((rule) => now - time(runs[rule]?.lastSuccess?.at ?? child.registered) > settings.staleAfterMs);
  if (!stale.length) return undefined;
  const successes = stale.map((rule) => runs[rule]?.lastSuccess?.at);
  const lastSuccessAt = successes.some((s) => s === undefined) ? null : successes.sort()[0]!;
  const hours = Math.round(settings.staleAfterMs / 36_000) / 100;
  return {
    kind: 'child-stale',
    code: 'CHILD_STALE',
    child: child.id,
    rules: stale,
    lastSuccessAt,
    message: `child ${child.id} has not replicated ${stale.join(', ')} successfully for more than ${hours} h (childStaleSeconds)${lastSuccessAt ? `; last success ${lastSuccessAt}` : '; never'}: see its health and its reported runs`,
  };
}
