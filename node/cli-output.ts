// What the CLI prints: results on stdout (one JSON document under --json),
// refusals on stderr as `error CODE: message` (or, under --json, as the admin
// API's error object on stdout). The one place that writes to the console.
import { PatchtreeError } from '../protocol/index.js';

export const out = (line = ''): void => void process.stdout.write(`${line}\n`);
export const note = (line = ''): void => void process.stderr.write(`${line}\n`);

export function printJson(value: unknown): void {
  out(JSON.stringify(value, null, 2));
}

/** A refusal, as `{ error: { code, message, details? } }` under --json (like the admin API's), else one line on stderr. */
export function printError(err: unknown, json: boolean): void {
  const coded = err instanceof PatchtreeError;
  const code = coded ? err.code : 'INTERNAL';
  const message = (err as Error)?.message ?? String(err);
  if (json) {
    const details = coded && Object.keys(err.details).length ? err.details : undefined;
    printJson({ error: { code, message, ...(details ? { details } : {}) } });
  } else {
    note(coded ? `error ${code}: ${message}` : `error: ${message}`);
  }
}

export function table(rows: Array<Record<string, unknown>>): void {
  if (rows.length === 0) return out('(none)');
  const columns = Object.keys(rows[0]);
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c] ?? '').length)));
  out(columns.map((c, i) => c.toUpperCase().padEnd(widths[i])).join('  '));
  for (const r of rows) out(columns.map((c, i) => String(r[c] ?? '').padEnd(widths[i])).join('  '));
}

/** One replication run as a line: its figures and verification, or its error. */
export function printRun(r: any): void {
  if (r.status !== 'ok') return out(`${r.started}  ${r.rule}  ${r.status === 'running' ? 'RUNNING' : `FAILED ${r.error?.code}: ${r.error?.message}`}`);
  const v = r.verification ?? {};
  out(`${r.started}  ${r.rule}  ${r.mode}${r.reason ? ` (${r.reason})` : ''}  received ${r.received}, applied ${r.applied}, deleted ${r.deleted}, ${r.bytes} bytes, ${r.durationMs} ms  verify: digest ${v.digestEqual ? 'equal' : 'DIFFERENT'}, sampled ${v.sampled}, mismatched ${v.mismatched}, repaired ${v.repaired}${v.fellBackToComplete ? ', fell back to complete' : ''}`);
}

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];

/** 1536 -> "1.5 KiB". */
export function formatBytes(n: number): string {
  let value = n;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${UNITS[unit]}`;
}
