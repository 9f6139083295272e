import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { ChildWithHealth, RunReportData } from '../replication/index.js';

/** What /metrics reads at scrape time: stored facts, so no figure is kept twice. */
export interface MetricSources {
  records(): Record<string, number>;
  lastSeq(): number;
  /** This node's children with their health (replication/parent/child-health.ts). */
  children(): Promise<ChildWithHealth[]>;
  /** The import history, newest first (`at` is when each import ended). */
  imports(): Promise<Array<{ source?: unknown; status?: unknown; at?: unknown }>>;
}

export type Role = 'parent' | 'child';

/** Seconds, from a quick differential run to a long complete one or import. */
const DURATION_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600];

/**
 * The node's metrics, exposed at /metrics in Prometheus text format by
 * prom-client (which escapes label values). One registry per node: tests
 * run several nodes in one process. Counters count as things happen; the
 * gauges of stored state (records, children's lag and last success, last
 * import) are read at scrape time from where that state lives.
 */
export class Metrics {
  readonly registry = new Registry();
  /** Counters created by name at their first count (count()). */
  private readonly counters = new Map<string, Counter>();
  private readonly runDuration: Histogram;
  private readonly importDuration: Histogram;
  /** The children with their health, read once per scrape for the gauges that need them. */
  private scrapeChildren?: ReturnType<MetricSources['children']>;

  constructor(sources: MetricSources) {
    const registers = [this.registry];
    const children = () => (this.scrapeChildren ??= sources.children());
    collectDefaultMetrics({ register: this.registry });
    // Gauges named like counters, which promtool check metrics refuses; the same figures stay, by type, in
    // nodejs_active_handles, nodejs_active_requests and nodejs_active_resources.
    for (const name of ['nodejs_active_handles_total', 'nodejs_active_requests_total', 'nodejs_active_resources_total']) this.registry.removeSingleMetric(name);
    this.runDuration = new Histogram({ name: 'patchtree_replication_run_duration_seconds', help: 'Replication runs by duration: this node\'s own (role child) and its children\'s as they reported them (role parent)', labelNames: ['rule', 'mode', 'role'], buckets: DURATION_BUCKETS, registers });
    this.importDuration = new Histogram({ name: 'patchtree_import_duration_seconds', help: 'Catalog imports by duration, failed ones too', labelNames: ['source'], buckets: DURATION_BUCKETS, registers });
    for (const [name, help, labelNames] of COUNTERS) this.counter(name, help, labelNames);

    new Gauge({ name: 'patchtree_records', help: 'Live records by kind', labelNames: ['kind'], registers, collect() {
      this.reset();
      for (const [kind, value] of Object.entries(sources.records())) this.set({ kind }, value);
    } });
    new Gauge({ name: 'patchtree_last_sequence', help: 'Last change-log sequence number', registers, collect() {
      this.set(sources.lastSeq());
    } });
    new Gauge({ name: 'patchtree_child_lag_sequences', help: 'Sequence numbers of this node\'s change log a child does not hold yet, per rule (catalog and policies; from its last successful run)', labelNames: ['child', 'rule'], registers, async collect() {
      this.reset();
      for (const child of await children()) {
        for (const [rule, health] of Object.entries(child.health.rules)) if (health.lagSequences !== null) this.set({ child: child.id, rule }, health.lagSequences);
      }
    } });
    new Gauge({ name: 'patchtree_child_last_success_timestamp_seconds', help: 'When a child\'s last successful run of a rule started (Unix seconds)', labelNames: ['child', 'rule'], registers, async collect() {
      this.reset();
      for (const child of await children()) {
        for (const [rule, health] of Object.entries(child.health.rules)) if (health.lastSuccessAt) this.set({ child: child.id, rule }, Date.parse(health.lastSuccessAt) / 1000);
      }
    } });
    new Gauge({ name: 'patchtree_import_last_success_timestamp_seconds', help: 'When the last successful import of a source ended (Unix seconds)', labelNames: ['source'], registers, async collect() {
      this.reset();
      const seen = new Set<string>();
      for (const entry of await sources.imports()) {
        if (typeof entry.source !== 'string' || entry.status === 'failed' || seen.has(entry.source) || typeof entry.at !== 'string') continue;
        seen.add(entry.source);
        this.set({ source: entry.source }, Date.parse(entry.at) / 1000);
      }
    } });
  }

  /** Adds to a counter, created at its first use with these label names. */
  count(name: string, help: string, labels: Record<string, string> = {}, by = 1): void {
    this.counter(name, help, Object.keys(labels)).inc(labels, by);
  }

  /**
   * One ended replication run: this node's own (role child), or one its
   * child reported (role parent, once per report).
   */
  replicationRun(role: Role, run: RunReportData): void {
    const rule = run.rule;
    this.runDuration.observe({ rule, mode: run.mode ?? 'differential', role }, run.durationMs / 1000);
    this.count('patchtree_replication_records_total', '', { rule, role }, run.received ?? 0);
    this.count('patchtree_replication_bytes_total', '', { rule, role }, run.bytes ?? 0);
    if (role === 'child') {
      this.count('patchtree_verification_mismatches_total', '', { rule }, run.verification?.mismatched ?? 0);
      this.count('patchtree_verification_repaired_total', '', { rule }, run.verification?.repaired ?? 0);
    }
  }

  /** A staging run of a bulletin: the bytes it downloaded and the code of each file (or the whole run) that failed. */
  staging(bytes: number, failureCodes: readonly string[]): void {
    this.count('patchtree_staging_bytes_total', '', {}, bytes);
    for (const code of failureCodes) this.count('patchtree_staging_failures_total', '', { code });
  }

  /**
   * Runs a staging of a bulletin and counts what it downloaded and what
   * failed (each file's code, or the whole run's when it fails).
   */
  async stagingOf<T extends { failures: ReadonlyArray<{ code: string }> }>(stage: (progress: (p: { bytes: number }) => void) => Promise<T>, report: (p: unknown) => void): Promise<T> {
    let bytes = 0;
    try {
      const result = await stage((p) => {
        bytes = p.bytes;
        report(p);
      });
      this.staging(bytes, result.failures.map((f) => f.code));
      return result;
    } catch (err) {
      this.staging(bytes, [(err as { code?: string }).code ?? 'INTERNAL']);
      throw err;
    }
  }

  /** An answer of the /content/ route with a package file, by status (200, 206, 304). */
  contentAnswered(status: number): void {
    this.count('patchtree_content_served_total', '', { status: String(status) });
  }

  /** Bytes of a package file as they leave at /content/. */
  contentBytes(bytes: number): void {
    this.count('patchtree_content_served_bytes_total', '', {}, bytes);
  }

  import(source: string, seconds: number): void {
    this.importDuration.observe({ source }, seconds);
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  async text(): Promise<string> {
    try {
      return await this.registry.metrics();
    } finally {
      this.scrapeChildren = undefined;
    }
  }

  private counter(name: string, help: string, labelNames: readonly string[]): Counter {
    let counter = this.counters.get(name);
    if (!counter) this.counters.set(name, (counter = new Counter({ name, help: help || name, labelNames: [...labelNames], registers: [this.registry] })));
    return counter;
  }
}

/** Counters declared up front: their help text, and present at 0 before anything happened when they have no labels. */
const COUNTERS: ReadonlyArray<[string, string, string[]]> = [
  ['patchtree_replication_records_total', 'Records received by replication runs (content: files); role child: this node\'s runs, role parent: its children\'s as reported', ['rule', 'role']],
  ['patchtree_replication_bytes_total', 'Bytes received by replication runs; role child: this node\'s runs, role parent: its children\'s as reported', ['rule', 'role']],
  ['patchtree_verification_mismatches_total', 'Records (content: files) this node\'s runs found different from the parent\'s', ['rule']],
  ['patchtree_verification_repaired_total', 'Mismatched records (content: files) this node\'s runs repaired', ['rule']],
  ['patchtree_staging_bytes_total', 'Bytes of update files downloaded by staging', []],
  ['patchtree_staging_failures_total', 'Update files that failed to stage, by error code', ['code']],
  ['patchtree_content_served_total', 'Answers with a package file at /content/ (status 200 whole, 206 a range, 304 not modified), to children, caches and clients', ['status']],
  ['patchtree_content_served_bytes_total', 'Bytes of package files sent at /content/', []],
];
