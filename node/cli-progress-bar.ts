// The progress of a staging job as the CLI draws it (cli-progress): bytes of
// the total size, speed, ETA, files, and which file waits to retry.
import cliProgress from 'cli-progress';
import type { StageProgress } from '../catalog/index.js';
import type { AdminClient } from './cli-client.js';
import { formatBytes } from './cli-output.js';

/** Bytes per second over the last few seconds (a whole-run average would hide a stall). */
export class SpeedMeter {
  private readonly samples: Array<{ at: number; bytes: number }> = [];

  constructor(private readonly windowMs = 5_000) {}

  add(bytes: number, at = Date.now()): void {
    this.samples.push({ at, bytes });
    while (this.samples.length > 2 && at - this.samples[0].at > this.windowMs) this.samples.shift();
  }

  bytesPerSecond(): number {
    if (this.samples.length < 2) return 0;
    const first = this.samples[0];
    const last = this.samples[this.samples.length - 1];
    return last.at > first.at ? Math.max(0, ((last.bytes - first.bytes) * 1000) / (last.at - first.at)) : 0;
  }
}

/** Byte figures when the catalog declares sizes; else (no size known) files are what is counted. */
export function progressFigures(p: StageProgress): { unit: 'bytes' | 'files'; value: number; total: number } {
  return p.totalBytes > 0 ? { unit: 'bytes', value: Math.min(p.bytes, p.totalBytes), total: p.totalBytes } : { unit: 'files', value: p.done + p.failed, total: Math.max(1, p.files) };
}

/** The fields of the progress line besides the bar, percentage and ETA (cli-progress computes those). */
export function progressPayload(p: StageProgress, bytesPerSecond: number): { speed: string; files: string; state: string } {
  const waiting = p.retrying ?? [];
  const state = waiting.length
    ? ` | RETRYING ${waiting.map((r) => `${r.update} (attempt ${r.attempt} after ${r.code})`).join(', ')}`
    : p.failed ? ` | ${p.failed} failed` : '';
  return { speed: `${formatBytes(Math.round(bytesPerSecond))}/s`, files: `${p.done}/${p.files} files`, state };
}

const FORMAT = '{bar} {percentage}% | {value} of {total} | {speed} | ETA {eta_formatted} | {files}{state}';

/**
 * Follows a job until it ends, drawing its progress on stderr when that is a
 * terminal (stdout keeps the result alone). Resolves with the finished job.
 */
export async function followJob(client: AdminClient, job: any, options: { draw: boolean; pollMs?: number }): Promise<any> {
  let bar: cliProgress.SingleBar | undefined;
  let unit: 'bytes' | 'files' = 'bytes';
  const speed = new SpeedMeter();
  try {
    while (job.status === 'running') {
      const p = job.progress as StageProgress | null;
      if (p && options.draw && process.stderr.isTTY) {
        const figures = progressFigures(p);
        speed.add(p.bytes);
        const payload = progressPayload(p, speed.bytesPerSecond());
        if (!bar || unit !== figures.unit) {
          bar?.stop();
          unit = figures.unit;
          bar = new cliProgress.SingleBar({
            format: FORMAT,
            stream: process.stderr,
            hideCursor: true,
            etaBuffer: 20,
            formatValue: (v, _o, type) => (unit === 'bytes' && (type === 'value' || type === 'total') ? formatBytes(v) : String(v)),
          }, cliProgress.Presets.shades_classic);
          bar.start(figures.total, figures.value, payload);
        } else {
          bar.setTotal(figures.total);
          bar.update(figures.value, payload);
        }
      }
      await new Promise((ok) => setTimeout(ok, options.pollMs ?? 250));
      job = await client.call('GET', `/jobs/${encodeURIComponent(job.id)}`);
    }
    if (bar && job.progress) bar.update(progressFigures(job.progress).value, progressPayload(job.progress, speed.bytesPerSecond()));
  } finally {
    bar?.stop();
  }
  return job;
}
