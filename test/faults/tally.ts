/**
 * What the campaign did and saw, printed at the end (and on failure): the
 * faults injected by kind, how the faulted runs ended (error codes by fault
 * kind, so a wrong code shows up as a pattern even where no check asserts
 * it), the clean runs and convergence checks, and the records compared.
 */
export class Tally {
  readonly faults = new Map<string, number>();
  /** Details of faults (cut directions, kill victims...): "kind: detail" -> count. */
  readonly details = new Map<string, number>();
  /** How the runs of faulted pulls ended: "kind: status/code" -> count. */
  readonly outcomes = new Map<string, number>();
  sigkills = 0;
  runs = 0;
  cleanRuns = 0;
  convergences = 0;
  checks = 0;
  recordsCompared = 0;
  imports = 0;
  /** Clean runs whose verification had to repair something (after damage or a restore, where that is allowed). */
  repairs = new Map<string, number>();
  /** `once` faults that no connection took (the run made no new connection through the proxy). */
  undelivered = 0;
  /** Runs read back as 'interrupted' after their node was killed. */
  interrupted = 0;
  startedAt = Date.now();

  private static add(map: Map<string, number>, key: string, n = 1) {
    map.set(key, (map.get(key) ?? 0) + n);
  }

  fault(kind: string, detail?: string): void {
    Tally.add(this.faults, kind);
    if (detail) Tally.add(this.details, `${kind}: ${detail}`);
  }

  outcome(kind: string, runs: Array<{ status: string; error?: { code: string } }>): void {
    this.runs += runs.length;
    for (const r of runs) Tally.add(this.outcomes, `${kind}: ${r.status}${r.error ? ` ${r.error.code}` : ''}`);
  }

  repaired(kind: string): void {
    Tally.add(this.repairs, kind);
  }

  count(kind: string): number {
    return this.faults.get(kind) ?? 0;
  }

  format(): string {
    const list = (map: Map<string, number>) => [...map].sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `    ${k}: ${n}`).join('\n') || '    (none)';
    const minutes = ((Date.now() - this.startedAt) / 60_000).toFixed(1);
    return [
      `faults by kind (${[...this.faults.values()].reduce((a, b) => a + b, 0)} in ${minutes} min; ${this.sigkills} SIGKILLs):`,
      list(this.faults),
      '  details:',
      list(this.details),
      '  faulted runs ended as:',
      list(this.outcomes),
      `  runs: ${this.runs} (clean: ${this.cleanRuns}); imports: ${this.imports}; checks: ${this.checks}, convergences: ${this.convergences}; records compared: ${this.recordsCompared}`,
      `  clean runs that repaired something (allowed after these faults): ${[...this.repairs].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`,
      `  once-faults no connection took: ${this.undelivered}; runs read back 'interrupted' after a kill: ${this.interrupted}`,
    ].join('\n');
  }
}
