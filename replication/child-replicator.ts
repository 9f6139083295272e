import type { Logger } from 'pino';
import { PatchtreeError } from '../protocol/index.js';
import type { RecordStore } from '../catalog/index.js';
import { runRule, type RunResult, type SyncTransport } from './child-run.js';
import type { RuleName } from './scope.js';
import type { HelloAck, HelloReport } from './http-transport.js';
import type { Rules, RuleSet } from './rules.js';

export type PullRule = RuleName | 'content';

export interface RunRecord extends Partial<Omit<RunResult, 'rule'>> {
  id: number;
  rule: PullRule;
  trigger: string;
  started: string;
  durationMs: number;
  status: 'ok' | 'failed';
  error?: { code: string; message: string };
}

export interface PullOptions {
  rules?: PullRule[];
  mode?: 'differential' | 'complete';
  verifyPercent?: number;
  trigger?: string;
}

const RUNS = 'runs:history';
const RUN_NOW_SEEN = 'runnow:seen';
const KEEP_RUNS = 200;

/**
 * The child side of a node: pulls rules from its parent one at a time, keeps
 * the run history, and logs the parent going offline and coming back once per
 * transition. A failed run leaves the last good data in place.
 */
export class ChildReplicator {
  private tail: Promise<unknown> = Promise.resolve();
  private online: boolean | undefined;
  private nextRunId = 0;

  constructor(
    private readonly store: RecordStore,
    private readonly transport: SyncTransport,
    private readonly options: {
      nodeId: string;
      childId: string;
      languages: () => Promise<string[]>;
      logger: Logger;
      batchSize?: number;
      /** Reports languages to the parent and brings back its rules and run-now counters. */
      hello?: (report: HelloReport) => Promise<HelloAck>;
      /** What this node's own children need (a mid-tier node reports them up). */
      descendants?: () => Promise<HelloReport['descendants']>;
      /** Where the parent's rules are kept, so this node passes them on to its own children. */
      rules?: Rules;
      /** Called with the parent's rules after each report, to reschedule runs. */
      onRules?: (rules: Partial<RuleSet>) => void;
      /** Tells the parent how each run went. */
      reportRun?: (run: RunRecord) => Promise<void>;
      /** The content rule (package files), when this node replicates content. */
      runContent?: (mode: 'differential' | 'complete', verifyPercent: number) => Promise<Omit<RunResult, 'rule'>>;
    },
  ) {}

  private unmanagedLogged = '';

  /**
   * Reports this node's languages (and its descendants') to the parent; takes
   * back the rules and starts any run the parent admin asked for.
   */
  async hello(): Promise<HelloAck | undefined> {
    const { hello, descendants, rules, onRules, logger } = this.options;
    if (!hello) return undefined;
    let ack: HelloAck;
    try {
      ack = await hello({ languages: await this.options.languages(), descendants: descendants ? await descendants() : [] });
    } catch (err) {
      const e = err as PatchtreeError;
      if (e.code === 'REPL_PARENT_UNREACHABLE') this.setOnline(false, e.message);
      else logger.error({ code: e.code, err: e.message }, 'language report refused by the parent');
      return undefined;
    }
    this.setOnline(true);
    await rules?.inherit(ack.rules);
    onRules?.(ack.rules);
    const unmanaged = ack.unmanaged.join(',');
    if (unmanaged && unmanaged !== this.unmanagedLogged) logger.warn({ languages: ack.unmanaged }, 'the parent does not manage languages this node needs; it raised an alert');
    this.unmanagedLogged = unmanaged;
    const seen = ((await this.store.state.get(RUN_NOW_SEEN)) ?? {}) as Record<string, number>;
    const due = ack.runNow.filter((r) => ['catalog', 'policies', 'content'].includes(r.rule) && r.counter > (seen[r.rule] ?? 0));
    for (const r of ack.runNow) seen[r.rule] = Math.max(seen[r.rule] ?? 0, r.counter);
    await this.store.state.put(RUN_NOW_SEEN, seen);
    const ruleSet = await rules?.all();
    for (const r of due) {
      const setting = ruleSet?.[r.rule as PullRule];
      void this.pull({ rules: [r.rule as PullRule], mode: r.mode, verifyPercent: setting?.verification.enabled ? setting.verification.percent : 0, trigger: 'parent' });
    }
    return ack;
  }

  /** Pulls the given rules now (one run each, in order); resolves with their run records. */
  pull(options: PullOptions = {}): Promise<RunRecord[]> {
    const next = this.tail.then(() => this.pullNow(options));
    this.tail = next.catch(() => undefined);
    return next;
  }

  async runs(): Promise<RunRecord[]> {
    return ((await this.store.state.get(RUNS)) as RunRecord[] | undefined) ?? [];
  }

  private async pullNow(options: PullOptions): Promise<RunRecord[]> {
    const records: RunRecord[] = [];
    const languages = await this.options.languages();
    const rules = await this.options.rules?.all();
    // This node and everything below it: a parent that is among them would be replicating from its own descendant.
    const via = [...new Set([this.options.nodeId, ...(this.options.descendants ? (await this.options.descendants()).map((d) => d.nodeId) : [])])];
    for (const rule of options.rules ?? (this.options.runContent ? ['catalog', 'policies', 'content'] as PullRule[] : ['catalog', 'policies'] as PullRule[])) {
      const started = Date.now();
      const record: RunRecord = { id: 0, rule, trigger: options.trigger ?? 'manual', started: new Date(started).toISOString(), durationMs: 0, status: 'ok' };
      const verifyPercent = options.verifyPercent ?? (rules ? (rules[rule].verification.enabled ? rules[rule].verification.percent : 0) : 5);
      try {
        if (rule === 'content') {
          if (!this.options.runContent) throw new PatchtreeError('REPL_BAD_REQUEST', 'this node does not replicate content');
          Object.assign(record, await this.options.runContent(options.mode ?? 'differential', verifyPercent), { rule });
          this.setOnline(true);
          records.push(await this.keep(record));
          await this.options.reportRun?.(record).catch(() => undefined);
          continue;
        }
        const result = await runRule(this.store, this.transport, {
          childId: this.options.childId,
          via,
          scope: { rule, languages, policyIds: rule === 'policies' ? rules?.policies.policyIds ?? [] : [] },
          mode: options.mode ?? 'differential',
          verifyPercent, // unless told otherwise, as the parent's rule says
          batchSize: this.options.batchSize,
        });
        Object.assign(record, result);
        this.setOnline(true);
      } catch (err) {
        const e = err as PatchtreeError;
        record.status = 'failed';
        record.error = { code: e.code ?? 'INTERNAL', message: e.message };
        if (e.code === 'REPL_PARENT_UNREACHABLE') this.setOnline(false, e.message);
        else this.options.logger.error({ rule, code: e.code, err: e.message }, 'replication run failed; the last good data stays in place');
      }
      record.durationMs = Date.now() - started;
      records.push(await this.keep(record));
      if (record.error?.code !== 'REPL_PARENT_UNREACHABLE') {
        await this.options.reportRun?.(record).catch((err) => this.options.logger.warn({ err: (err as Error).message }, 'could not report the run to the parent'));
      }
      if (record.status === 'failed' && record.error?.code === 'REPL_PARENT_UNREACHABLE') break;
    }
    return records;
  }

  private async keep(record: RunRecord): Promise<RunRecord> {
    const history = await this.runs();
    if (!this.nextRunId) this.nextRunId = (history[0]?.id ?? 0) + 1;
    record.id = this.nextRunId++;
    history.unshift(record);
    await this.store.state.put(RUNS, history.slice(0, KEEP_RUNS));
    return record;
  }

  /** Logs the offline/online transitions once each, not every failed attempt. */
  private setOnline(online: boolean, reason?: string) {
    if (this.online === online) return;
    if (online && this.online === false) this.options.logger.info('parent online again');
    if (!online) this.options.logger.warn({ reason }, 'parent offline; serving the last good data');
    this.online = online;
  }
}
