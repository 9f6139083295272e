import type { Logger } from 'pino';
import type { RunReportData } from './wire.js';

/**
 * The one line a run ends with, on the child (`replication run`; the
 * parent's `child run reported` line repeats it with the child's id): flat
 * fields an operator's log pipeline can index, `status` telling the outcome. A failed run is an error (its last good data stays
 * in place), except when the parent is only unreachable (a warning: the
 * uplink logs the outage once), or the node was stopping.
 */
export function logRun(logger: Logger, run: RunReportData, message = 'replication run', extra: Record<string, unknown> = {}): void {
  const level = run.status === 'ok' ? 'info' : run.status === 'failed' && run.error?.code !== 'REPL_PARENT_UNREACHABLE' ? 'error' : 'warn';
  logger[level]({ ...extra, ...runLogFields(run) }, message);
}

/** A run's figures as log fields (no secret: none is in a run record). */
export function runLogFields(run: RunReportData): Record<string, unknown> {
  const v = run.verification;
  return {
    run: run.id, rule: run.rule, mode: run.mode, requestedMode: run.requestedMode, reason: run.reason || undefined, trigger: run.trigger, status: run.status,
    received: run.received ?? 0, applied: run.applied ?? 0, deleted: run.deleted ?? 0, bytes: run.bytes ?? 0, durationMs: run.durationMs,
    ...(v ? { sampled: v.sampled, mismatched: v.mismatched, repaired: v.repaired, digestEqual: v.digestEqual, fellBack: v.fellBackToComplete } : {}),
    ...(run.error ? { code: run.error.code, err: run.error.message } : {}),
  };
}
