import { Cron } from 'croner';
import type { Logger } from 'pino';
import { PatchtreeError } from '../protocol/index.js';
import type { SourceConfig } from '../catalog/index.js';

/** Throws SOURCE_INVALID unless `pattern` is a cron expression croner accepts. */
export function checkSchedule(pattern: string): void {
  try {
    new Cron(pattern, { paused: true }).stop();
  } catch (cause) {
    throw new PatchtreeError('SOURCE_INVALID', `invalid cron schedule "${pattern}": ${(cause as Error).message}`, { cause });
  }
}

/** Runs each enabled source's import on its croner schedule; overlapping runs are skipped, never stacked. */
export class SourceScheduler {
  private readonly jobs = new Map<string, Cron>();

  constructor(private readonly runImport: (name: string) => Promise<unknown>, private readonly logger: Logger) {}

  /** Replaces the schedules with those of `sources`. */
  sync(sources: readonly SourceConfig[]): void {
    this.stop();
    for (const source of sources) {
      if (!source.enabled || !source.schedule) continue;
      const job = new Cron(source.schedule, { protect: true, catch: (err) => this.logger.error({ source: source.name, err }, 'scheduled import failed') }, async () => {
        this.logger.info({ source: source.name }, 'scheduled import');
        await this.runImport(source.name);
      });
      this.jobs.set(source.name, job);
    }
  }

  /** Next run per scheduled source. */
  nextRuns(): Record<string, string | null> {
    return Object.fromEntries([...this.jobs].map(([name, job]) => [name, job.nextRun()?.toISOString() ?? null]));
  }

  stop(): void {
    for (const job of this.jobs.values()) job.stop();
    this.jobs.clear();
  }
}
