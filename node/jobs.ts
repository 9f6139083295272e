import { randomUUID } from 'node:crypto';
import { PatchtreeError } from '../protocol/index.js';

export interface Job {
  id: string;
  kind: string;
  subject: string;
  status: 'running' | 'done' | 'failed';
  progress: unknown;
  result?: unknown;
  error?: { code: string; message: string };
  started: string;
  finished?: string;
}

const KEEP = 200;

/** Long work (staging) runs as a job the API and CLI can watch; the last few hundred are kept in memory. */
export class Jobs {
  private readonly jobs = new Map<string, Job>();

  start<T>(kind: string, subject: string, work: (report: (progress: unknown) => void) => Promise<T>): Job {
    const running = [...this.jobs.values()].find((j) => j.kind === kind && j.subject === subject && j.status === 'running');
    if (running) return running;
    const job: Job = { id: randomUUID(), kind, subject, status: 'running', progress: null, started: new Date().toISOString() };
    this.jobs.set(job.id, job);
    work((progress) => { job.progress = progress; })
      .then((result) => { job.status = 'done'; job.result = result; })
      .catch((err) => {
        job.status = 'failed';
        job.error = err instanceof PatchtreeError ? { code: err.code, message: err.message } : { code: 'INTERNAL', message: String((err as Error)?.message ?? err) };
      })
      .finally(() => {
        job.finished = new Date().toISOString();
        this.trim();
      });
    return job;
  }

  get(id: string): Job {
    const job = this.jobs.get(id);
    if (!job) throw new PatchtreeError('NOT_FOUND', `no job ${id}`);
    return job;
  }

  list(): Job[] {
    return [...this.jobs.values()].reverse();
  }

  private trim() {
    for (const id of this.jobs.keys()) {
      if (this.jobs.size <= KEEP) break;
      if (this.jobs.get(id)!.status !== 'running') this.jobs.delete(id);
    }
  }
}
