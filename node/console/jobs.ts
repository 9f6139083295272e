import { html } from 'htm/preact';
import { useEffect, useState } from 'preact/hooks';
import { get } from './api.js';
import { useShell } from './state.js';
import { bytes } from './format.js';
import type { Job } from './types.js';

/** The node's jobs, polled twice a second while one runs (live staging progress) and on every refresh otherwise. */
export function useJobs(): { jobs: Job[]; poke(): void } {
  const { tick, refresh } = useShell();
  const [jobs, setJobs] = useState<Job[]>([]);
  const [pokes, setPokes] = useState(0);
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout>;
    let wasRunning = false;
    const poll = async () => {
      const data = await get<{ jobs: Job[] }>('/jobs').catch(() => undefined);
      if (!live || !data) return;
      setJobs(data.jobs);
      const running = data.jobs.some((j) => j.status === 'running');
      if (wasRunning && !running) refresh(); // a job just finished: counts changed
      wasRunning = running;
      if (running) timer = setTimeout(poll, 500);
    };
    void poll();
    return () => { live = false; clearTimeout(timer); };
  }, [tick, pokes]);
  return { jobs, poke: () => setPokes((n) => n + 1) };
}

/** The latest staging job of a bulletin. */
export const stageJobOf = (jobs: Job[], bulletinId: string): Job | undefined =>
  jobs.filter((j) => j.kind === 'stage' && j.subject === bulletinId).sort((a, b) => b.started.localeCompare(a.started))[0];

export function StageProgress({ job }: { job: Job | undefined }) {
  if (!job) return null;
  const p = job.progress;
  if (job.status === 'running') {
    return html`<span class="progress" data-testid=${`stage-progress-${job.subject}`}>
      <progress max=${p?.totalBytes || 1} value=${p?.bytes ?? 0}></progress>
      staging ${p ? `${p.done} of ${p.files} files, ${bytes(p.bytes)} of ${bytes(p.totalBytes)}` : '…'}</span>`;
  }
  if (job.status === 'failed') return html`<span class="bad">${job.error?.code}: ${job.error?.message}</span>`;
  const failures = job.result?.failures ?? [];
  return failures.length
    ? html`<span class="bad" title=${failures.map((f) => `${f.update}: ${f.code} ${f.message}`).join('\n')}>${failures.length} file(s) failed: ${failures[0].code} ${failures[0].message}</span>`
    : null;
}
