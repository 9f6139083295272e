import { Mutex, STATE_KEYS, type RecordStore } from '../../catalog/index.js';
import type { ModeName, PullRule, RunReportData } from '../wire.js';

const KEEP_RUNS = 200;

/**
 * This node's runs as a child, newest first, and the outbox of those its
 * parent has not taken yet. A run is written when it starts ('running') and
 * again when it ends, so a run a kill cut short is still there at the next
 * start, and is recorded as interrupted then. Every change is a
 * read-modify-write of one state value: one at a time.
 */
export class RunHistory {
  private readonly lock = new Mutex();
  private nextId = 0;

  constructor(private readonly store: RecordStore) {}

  async list(): Promise<RunReportData[]> {
    return ((await this.store.state.get(STATE_KEYS.runHistory)) as RunReportData[] | undefined) ?? [];
  }

  /** Records a run as it starts. */
  begin(run: { rule: PullRule; trigger: string; mode: ModeName; started: string }): Promise<RunReportData> {
    return this.lock.run(async () => {
      const history = await this.list();
      if (!this.nextId) this.nextId = Math.max(0, ...history.map((r) => r.id)) + 1;
      const record: RunReportData = { id: this.nextId++, ...run, requestedMode: run.mode, durationMs: 0, status: 'running' };
      history.unshift(record);
      await this.store.state.put(STATE_KEYS.runHistory, history.slice(0, KEEP_RUNS));
      return record;
    });
  }

  /** Records how a run ended, and queues it for the parent. */
  finish(record: RunReportData): Promise<void> {
    return this.lock.run(async () => {
      const all = await this.list();
      const at = all.findIndex((r) => r.id === record.id);
      if (at >= 0) all[at] = record;
      else all.unshift(record);
      const history = all.slice(0, KEEP_RUNS);
      await this.store.state.batch([
        { type: 'put', key: STATE_KEYS.runHistory, value: history },
        // Runs that fell out of the history leave the outbox too (a long outage keeps the newest KEEP_RUNS).
        { type: 'put', key: STATE_KEYS.runOutbox, value: [...(await this.outbox()).filter((id) => id !== record.id && history.some((r) => r.id === id)), record.id] },
      ]);
    });
  }

  /** At start: runs still marked running were cut short by the last stop. Returns how many. */
  recoverInterrupted(): Promise<number> {
    return this.lock.run(async () => {
      const history = await this.list();
      const cut = history.filter((r) => r.status === 'running');
      if (!cut.length) return 0;
      for (const r of cut) Object.assign(r, { status: 'interrupted', error: { code: 'REPL_INTERRUPTED', message: 'the node stopped during the run; the next run resumes after its last applied batch' } });
      const outbox = await this.outbox();
      await this.store.state.batch([
        { type: 'put', key: STATE_KEYS.runHistory, value: history },
        { type: 'put', key: STATE_KEYS.runOutbox, value: [...outbox, ...cut.map((r) => r.id).filter((id) => !outbox.includes(id)).reverse()] },
      ]);
      return cut.length;
    });
  }

  /** Runs the parent has not taken yet, oldest first (those that fell out of the history are dropped). */
  async unreported(): Promise<RunReportData[]> {
    const byId = new Map((await this.list()).map((r) => [r.id, r]));
    return (await this.outbox()).map((id) => byId.get(id)).filter((r): r is RunReportData => !!r && r.status !== 'running');
  }

  /** The parent took this run. */
  reported(id: number): Promise<void> {
    return this.lock.run(async () => {
      await this.store.state.put(STATE_KEYS.runOutbox, (await this.outbox()).filter((i) => i !== id));
    });
  }

  private async outbox(): Promise<number[]> {
    return ((await this.store.state.get(STATE_KEYS.runOutbox)) as number[] | undefined) ?? [];
  }
}
