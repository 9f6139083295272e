import { Cron } from 'croner';
import type { Logger } from 'pino';
import { STATE_KEYS, type RecordStore } from '../catalog/index.js';

const MARKS = STATE_KEYS.seqMarks;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Tombstone pruning. Tombstones carry no time, so every hour the node notes
 * its last sequence; tombstones older than the retention (by the newest note
 * older than it) are pruned and the horizon raised, after which a child whose
 * checkpoint is older gets a complete run instead of missing deletions.
 */
export class TombstonePruner {
  private job?: Cron;

  constructor(private readonly store: RecordStore, private readonly retentionDays: number, private readonly logger: Logger) {}

  start(): void {
    this.job = new Cron('7 * * * *', { protect: true, catch: (err) => this.logger.error({ err }, 'tombstone pruning failed') }, async () => { await this.tick(); });
    void this.tick();
  }

  stop(): void {
    this.job?.stop();
  }

  /** Notes the current sequence and prunes what the retention allows; returns how many tombstones went. */
  async tick(now = Date.now()): Promise<number> {
    const marks = ((await this.store.state.get(MARKS)) ?? []) as Array<{ at: number; seq: number }>;
    marks.push({ at: now, seq: this.store.lastSeq });
    const cutoff = now - this.retentionDays * DAY_MS;
    const old = marks.filter((m) => m.at <= cutoff);
    const keep = marks.filter((m) => m.at > cutoff);
    await this.store.state.put(MARKS, [...old.slice(-1), ...keep]);
    const upTo = old.length ? old[old.length - 1].seq : 0;
    if (upTo <= this.store.horizon) return 0;
    const { pruned, examined } = await this.store.pruneTombstones(upTo);
    this.logger.info({ pruned, examined, horizon: this.store.horizon }, 'tombstones pruned');
    return pruned;
  }
}
