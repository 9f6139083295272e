// `patchtree run RULE --wait`: asks the children to run a rule now, then waits
// until each has reported a run of it that answers this request.
import { PatchtreeError } from '../protocol/index.js';
import type { AdminClient } from './cli-client.js';
import { CLI_CODES } from './cli-args.js';

/** What a child reported about a run, as GET /replication/runs lists it. */
export interface ReportedRun {
  child: string;
  id: number;
  rule: string;
  trigger: string;
  started: string;
  status: string;
  [field: string]: unknown;
}

const runKey = (r: ReportedRun) => `${r.id}/${r.started}`;

async function reportedRuns(client: AdminClient, child: string): Promise<ReportedRun[]> {
  return (await client.call<{ children: ReportedRun[] }>('GET', `/replication/runs?child=${encodeURIComponent(child)}`)).children;
}

/**
 * Runs a rule now and waits for its runs. A run answers the request when the
 * child started it because the parent asked (trigger "parent"), it is of
 * that rule, and it was not in the child's reported history before the
 * request: children report in their own time and with their own clocks, so
 * the history taken before the request, not a time, tells the new run from
 * an older one. Calls `onRun` as each arrives; refuses with CLI_WAIT_TIMEOUT
 * (naming the children still awaited) after `timeoutMs`.
 */
export async function runAndWait(
  client: AdminClient,
  request: { rule: string; child?: string; mode?: string },
  options: { timeoutMs: number; pollMs?: number; onRun?: (run: ReportedRun) => void },
): Promise<{ rule: string; children: string[]; runs: ReportedRun[] }> {
  const targets: string[] = request.child !== undefined ? [request.child] : (await client.call<{ children: Array<{ id: string }> }>('GET', '/children')).children.map((c) => c.id);
  const before = new Map<string, Set<string>>();
  for (const child of targets) before.set(child, new Set((await reportedRuns(client, child)).filter((r) => r.rule === request.rule).map(runKey)));
  const accepted = await client.call<{ rule: string; children: string[] }>('POST', '/replication/run', request);
  const deadline = Date.now() + options.timeoutMs;
  const runs = new Map<string, ReportedRun>();
  for (;;) {
    for (const child of accepted.children) {
      if (runs.has(child)) continue;
      const seen = before.get(child) ?? new Set();
      // Newest first: the oldest new one is the run this request started.
      const fresh = (await reportedRuns(client, child)).filter((r) => r.rule === request.rule && r.trigger === 'parent' && !seen.has(runKey(r)));
      const run = fresh[fresh.length - 1];
      if (run) {
        runs.set(child, run);
        options.onRun?.(run);
      }
    }
    if (runs.size === accepted.children.length) break;
    if (Date.now() >= deadline) {
      const waiting = accepted.children.filter((c) => !runs.has(c));
      throw new PatchtreeError(CLI_CODES.waitTimeout, `no run of ${request.rule} reported within ${options.timeoutMs / 1000} s by ${waiting.join(', ')} (a child runs it when it next reports: pollSeconds); see \`patchtree runs\``, {
        details: { waiting, runs: [...runs.values()] },
      });
    }
    await new Promise((ok) => setTimeout(ok, options.pollMs ?? 500));
  }
  return { rule: accepted.rule, children: accepted.children, runs: accepted.children.map((c) => runs.get(c)!) };
}
