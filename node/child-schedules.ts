import { Cron } from 'croner';
import type { Logger } from 'pino';
import type { ChildReplicator, RuleSet } from '../replication/index.js';

/**
 * A child's timers: each rule's croner schedule as its parent set it (runs
 * never stack: a run still going when the next is due is skipped), and a
 * short poll that reports languages and picks up rule changes and run-now
 * requests from the parent.
 */
export class ChildSchedules {
  private jobs = new Map<string, Cron>();
  private poll?: NodeJS.Timeout;
  private current = '';

  constructor(private readonly replicator: ChildReplicator, private readonly logger: Logger) {}

  start(pollSeconds: number): void {
    this.poll = setInterval(() => void this.replicator.hello(), pollSeconds * 1000);
    this.poll.unref();
  }

  /** Replaces the jobs when the parent's rules changed. */
  apply(rules: Partial<RuleSet>): void {
    const signature = JSON.stringify(rules);
    if (signature === this.current) return;
    this.current = signature;
    for (const job of this.jobs.values()) job.stop();
    this.jobs.clear();
    for (const [name, rule] of Object.entries(rules)) {
      if (!rule?.schedule) continue;
      const run = name === 'language-alerting'
        ? () => this.replicator.hello()
        : () => this.replicator.pull({ rules: [name as 'catalog' | 'policies'], mode: rule.mode, verifyPercent: rule.verification.enabled ? rule.verification.percent : 0, trigger: 'schedule' });
      // The rules were validated when they came (Rules, ChildReplicator); should one still not run, it is left out, never thrown.
      try {
        this.jobs.set(name, new Cron(rule.schedule, { protect: true, catch: (err) => this.logger.error({ rule: name, err }, 'scheduled run failed') }, async () => { await run(); }));
      } catch (err) {
        this.logger.error({ rule: name, schedule: rule.schedule.slice(0, 100), err: (err as Error).message }, 'a replication schedule cannot run; the rule runs only when asked');
      }
    }
    this.logger.info({ rules: Object.fromEntries(Object.entries(rules).map(([n, r]) => [n, r?.schedule])) }, 'replication schedules set from the parent');
  }

  stop(): void {
    if (this.poll) clearInterval(this.poll);
    for (const job of this.jobs.values()) job.stop();
    this.jobs.clear();
  }
}
