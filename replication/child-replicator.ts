import type { Logger } from 'pino';
import { PatchtreeError } from '../protocol/index.js';
import type { RecordStore } from '../catalog/index.js';
import { runRule, type RunResult, type SyncTransport } from './child-run.js';
import type { RuleName } from './scope.js';

export interface RunRecord extends Partial<RunResult> {
  id: number;
  rule: RuleName;
  trigger: string;
  started: string;
  durationMs: number;
  status: 'ok' | 'failed';
  error?: { code: string; message: string };
}

export interface PullOptions {
  rules?: RuleName[];
  mode?: 'differential' | 'complete';
  verifyPercent?: number;
  trigger?: string;
}

const RUNS = 'runs:history';
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
    private readonly options: { nodeId: string; childId: string; languages: () => Promise<string[]>; logger: Logger; batchSize?: number },
  ) {}

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
    for (const rule of options.rules ?? ['catalog', 'policies']) {
      const started = Date.now();
      const record: RunRecord = { id: 0, rule, trigger: options.trigger ?? 'manual', started: new Date(started).toISOString(), durationMs: 0, status: 'ok' };
      try {
        const result = await runRule(this.store, this.transport, {
          childId: this.options.childId,
          via: [this.options.nodeId],
          scope: { rule, languages, policyIds: [] },
          mode: options.mode ?? 'differential',
          verifyPercent: options.verifyPercent ?? 5,
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
