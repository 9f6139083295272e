import { readFileSync } from 'node:fs';

const statusField = (pid: number, name: string): number => {
  const m = new RegExp(`${name}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : NaN;
};

/** Peak resident memory of a process, from /proc (VmHWM). Includes file-backed pages, such as LevelDB's mmapped tables. */
export function peakRssMb(pid: number): number {
  return statusField(pid, 'VmHWM');
}

/**
 * Samples a process's anonymous resident memory (RssAnon: heap, buffers,
 * LevelDB's memtables and caches; not the file pages LevelDB maps to read
 * its tables, which the kernel reclaims at will) every `everyMs`; stop()
 * answers the peak seen. This is the figure that grows if a process buffers.
 */
export function sampleAnonPeak(pid: number, everyMs = 100): { stop(): number } {
  let peak = 0;
  const take = () => {
    try {
      peak = Math.max(peak, statusField(pid, 'RssAnon'));
    } catch {
      // the process has exited: keep the peak seen
    }
  };
  take();
  const timer = setInterval(take, everyMs);
  return { stop: () => { clearInterval(timer); take(); return peak; } };
}

/** CPU seconds (user and system, all threads) a process has used so far, from /proc/PID/stat. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th, in clock ticks.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
