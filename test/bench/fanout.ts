// Fan-out figures (issue 4): one parent and N child processes on 127.0.0.1
// that all run a differential catalog run at the same moment after a
// 1,000-record change on the parent. Measures the time until every child's
// digest equals the parent's for its languages, and the parent's admin API
// latency meanwhile. Runnable alone:
//   node --import tsx test/bench/fanout.ts [--children 50 | --full] [--records N] [--placement nice|pin|shared] [--json]
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { setPriority } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { ALL_LANGUAGES, generateCatalog, writeCatalog } from '../../catalog/index.js';
import { quietSchedules, spawnNode, type ProcessNode } from '../helpers/process-node.js';
import { tempDir } from '../helpers/temp.js';

/**
 * How the children share this machine's cores with the parent. They stand in
 * for remote machines, but here 50 processes outnumber 2 cores 25 to 1 and
 * the scheduler would give the parent a 1/51 share:
 * - `nice` (default): children at nice 19, so the parent's CPU comes first;
 * - `pin`: the parent alone on CPU 0, every child on CPU 1 (taskset, Linux);
 * - `shared`: as spawned, everyone equal.
 */
export type Placement = 'nice' | 'pin' | 'shared';

export interface LatencyFigures {
  requests: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

export interface FanoutFigures {
  children: number;
  placement: Placement;
  /** Records on the parent after the first import. */
  records: number;
  /** Records the re-import changed on the parent (its sequence advance). */
  changed: number;
  /** Spawning every child and its initial complete runs (not part of the target). */
  startupSeconds: number;
  /** From the trigger until the last child's run ended with its digest equal to the parent's (run records; one clock on one host). */
  allEqualSeconds: number;
  /** From the trigger until the last pull answered (it waits for the run report to the parent) and its digest was read back equal. */
  allAnsweredSeconds: number;
  /** Children whose run said digest equal and whose digest read back equal to the parent's for their languages (should be all). */
  equalChildren: number;
  /** The longest run as the children timed it themselves. */
  slowestRunSeconds: number;
  /** Summed over the children's differential runs. */
  bytes: number;
  received: number;
  /** Runs the parent served as complete, or that fell back to complete (should be 0). */
  completeRuns: number;
  /** The parent's admin API (GET /status and GET /bulletins?limit=50 in turn), idle before the change, then during the fan-out. */
  idleApi: LatencyFigures;
  api: LatencyFigures & { status: LatencyFigures; bulletins: LatencyFigures };
}

const LANGUAGES = ALL_LANGUAGES.filter((l) => l !== 'neutral');
const OTHERS = LANGUAGES.filter((l) => l !== 'en-US');
const CHANGED_RECORDS = 1000;
/** Children started at once: each costs a process start and a complete run, and there are two cores. */
const STARTUP_WAVE = 4;
const IDLE_SAMPLE_MS = 2000;
const ADMIN_PATHS = ['/status', '/bulletins?limit=50'] as const;
type CatalogOptions = Parameters<typeof generateCatalog>[0];

/**
 * A realistic mix: every fifth child manages every language (a head office),
 * the others English and two local languages, rotating through all of them.
 */
function languagesOf(i: number): string[] {
  if (i % 5 === 0) return [...LANGUAGES];
  return [...new Set(['en-US', OTHERS[(2 * i) % OTHERS.length], OTHERS[(2 * i + 1) % OTHERS.length]])].sort();
}

export async function fanoutBench(options: { children: number; records?: number; placement?: Placement }): Promise<FanoutFigures> {
  const placement = options.placement ?? 'nice';
  const { dir, cleanup } = await tempDir('patchtree-bench-fanout-');
  const nodes: ProcessNode[] = [];
  try {
    // Records are bulletins plus their updates: about 12 per generated bulletin in all languages.
    const catalog: CatalogOptions = { seed: 44, bulletins: Math.max(1, Math.round((options.records ?? 20_000) / 12)), languages: ALL_LANGUAGES };
    const catalogPath = join(dir, 'catalog.ndjson');
    const { updates } = await writeCatalog(catalogPath, catalog);

    const parent = await spawnNode(join(dir, 'parent'), { nodeId: 'hq', sample: false, languages: LANGUAGES, sources: [{ name: 'gen', type: 'native', urls: [pathToFileURL(catalogPath).href] }], fetchTimeoutMs: 600_000 });
    nodes.push(parent);
    if (placement === 'pin') pin(parent, 0);
    await quietSchedules(parent); // before the children start, so they inherit schedules that never fire here
    await expectOk(parent.api('POST', '/sources/gen/import'), 'first import');
    const records = (await parent.api('GET', '/status')).body.digest.count as number;

    const started = performance.now();
    const children = await startChildren(parent, dir, options.children, nodes, placement);
    const startupSeconds = (performance.now() - started) / 1000;
    const idleApi = summarise((await loadParent(parent, timer(IDLE_SAMPLE_MS))).map((r) => r.ms));

    // The change: the same catalog with CHANGED_RECORDS update records revised (a vendor re-release, new size),
    // re-imported with force; update records stand alone, so exactly those records take new sequence numbers.
    await writeChangedCatalog(catalogPath, catalog, Math.max(1, Math.floor(updates / CHANGED_RECORDS)));
    const before = (await parent.api('GET', '/status')).body.lastSeq as number;
    await expectOk(parent.api('POST', '/sources/gen/import', { force: true }), 'changed import');
    const changed = ((await parent.api('GET', '/status')).body.lastSeq as number) - before;

    // What each child must end up with: the parent's digest of the catalog in that child's languages.
    const expected = new Map<string, string>();
    for (const c of children) {
      const key = c.languages.join(',');
      if (!expected.has(key)) expected.set(key, digestText((await expectOk(parent.api('GET', `/digest?languages=${key}&rule=catalog`), 'parent digest')).body));
    }

    let finished = false;
    const wall0 = Date.now(); // the children's run records carry wall-clock times
    const t0 = performance.now();
    const pulls = children.map(async (c) => {
      const run = (await expectOk(c.node.api('POST', '/replication/pull', { rules: ['catalog'], verifyPercent: 0 }), `pull on ${c.id}`)).body.runs[0];
      const mine = digestText((await c.node.api('GET', `/digest?languages=${c.languages.join(',')}&rule=catalog&origin=replicated`)).body);
      return { run, equal: run.status === 'ok' && run.verification?.digestEqual === true && mine === expected.get(c.languages.join(',')), answered: (performance.now() - t0) / 1000 };
    });
    const load = loadParent(parent, () => finished);
    load.catch(() => undefined); // a failed pull ends the benchmark; the loop's last request then fails unobserved
    const results = await Promise.all(pulls).finally(() => (finished = true));
    const requests = await load;

    return {
      children: options.children,
      placement,
      records,
      changed,
      startupSeconds,
      allEqualSeconds: Math.max(...results.map((r) => Date.parse(r.run.started) + r.run.durationMs - wall0)) / 1000,
      allAnsweredSeconds: Math.max(...results.map((r) => r.answered)),
      equalChildren: results.filter((r) => r.equal).length,
      slowestRunSeconds: Math.max(...results.map((r) => r.run.durationMs)) / 1000,
      bytes: results.reduce((n, r) => n + (r.run.bytes ?? 0), 0),
      received: results.reduce((n, r) => n + (r.run.received ?? 0), 0),
      completeRuns: results.filter((r) => r.run.mode !== 'differential' || r.run.verification?.fellBackToComplete).length,
      idleApi,
      api: {
        ...summarise(requests.map((r) => r.ms)),
        status: summarise(requests.filter((r) => r.path === ADMIN_PATHS[0]).map((r) => r.ms)),
        bulletins: summarise(requests.filter((r) => r.path === ADMIN_PATHS[1]).map((r) => r.ms)),
      },
    };
  } finally {
    await Promise.allSettled(nodes.map(stop));
    await cleanup();
  }
}

interface Child {
  id: string;
  node: ProcessNode;
  languages: string[];
}

/** Registers and spawns the children a few at a time, each once its start runs are done; every node goes into `nodes` at once so it is stopped on failure. */
async function startChildren(parent: ProcessNode, dir: string, count: number, nodes: ProcessNode[], placement: Placement): Promise<Child[]> {
  const children: Child[] = [];
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (next < count && !failed) {
      const i = next++;
      const id = `site-${i}`;
      const languages = languagesOf(i);
      const { credential, publisherKeys } = (await expectOk(parent.api('POST', '/children', { id }), `register ${id}`)).body;
      const node = await spawnNode(join(dir, id), { nodeId: id, sample: false, languages, pollSeconds: 86_400, parent: { url: parent.url, childId: id, credential, publisherKeys } });
      nodes.push(node);
      if (placement === 'nice') setPriority(node.process.pid!, 19);
      if (placement === 'pin') pin(node, 1);
      await startRunsDone(node, id);
      children[i] = { id, node, languages };
    }
  };
  // On a failure the other workers finish the child in hand (so it lands in `nodes` and is stopped) and start no more.
  const outcomes = await Promise.allSettled(Array.from({ length: Math.min(STARTUP_WAVE, count) }, () => worker().catch((err) => { failed = true; throw err; })));
  const failure = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
  if (failure) throw failure.reason;
  return children;
}

/** Moves every thread of a node (and those it starts later) to one CPU. */
function pin(node: ProcessNode, cpu: number): void {
  execFileSync('taskset', ['--all-tasks', '--cpu-list', '--pid', String(cpu), String(node.process.pid)], { stdio: 'ignore' });
}

/** A child pulls every rule once at start; the benchmark's own pull must not queue behind them. */
async function startRunsDone(node: ProcessNode, id: string): Promise<void> {
  const deadline = Date.now() + 300_000;
  for (;;) {
    const runs: Array<{ rule: string; trigger: string; status: string }> = (await node.api('GET', '/replication/runs')).body.runs;
    const start = runs.filter((r) => r.trigger === 'start' && r.status !== 'running'); // a run is listed while it runs
    const failed = start.find((r) => r.status !== 'ok');
    if (failed) throw new Error(`${id}: start run failed: ${JSON.stringify(failed)}`);
    if (['catalog', 'policies', 'content'].every((rule) => start.some((r) => r.rule === rule))) return;
    if (Date.now() > deadline) throw new Error(`${id}: start runs not done after 300 s: ${JSON.stringify(runs)}`);
    await new Promise((ok) => setTimeout(ok, 200));
  }
}

/** Writes the catalog again from the same seed with the size of every `step`-th update raised by one, CHANGED_RECORDS of them. */
async function writeChangedCatalog(path: string, options: CatalogOptions, step: number): Promise<void> {
  const lines: string[] = [];
  let index = 0;
  let changed = 0;
  for (const line of generateCatalog(options)) {
    for (const update of line.updates) {
      if (index++ % step === 0 && changed < CHANGED_RECORDS) {
        update.size = (update.size ?? 0) + 1;
        changed++;
      }
    }
    lines.push(JSON.stringify(line));
  }
  await writeFile(path, `${lines.join('\n')}\n`);
}

/** Hits the parent's admin API one request after another (status, then a bulletin page) until told to stop. */
async function loadParent(parent: ProcessNode, stopped: () => boolean): Promise<Array<{ path: string; ms: number }>> {
  const requests: Array<{ path: string; ms: number }> = [];
  for (let i = 0; !stopped(); i++) {
    const path = ADMIN_PATHS[i % ADMIN_PATHS.length];
    const t = performance.now();
    const res = await parent.api('GET', path);
    if (res.status !== 200) throw new Error(`parent admin API answered ${res.status}: ${JSON.stringify(res.body)}`);
    requests.push({ path, ms: performance.now() - t });
  }
  return requests;
}

function timer(ms: number): () => boolean {
  const end = performance.now() + ms;
  return () => performance.now() >= end;
}

function summarise(latencies: number[]): LatencyFigures {
  const sorted = [...latencies].sort((a, b) => a - b);
  // Nearest-rank percentile: an observed latency, never an interpolation.
  const at = (p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return { requests: sorted.length, p50Ms: round(at(50)), p99Ms: round(at(99)), maxMs: round(sorted[sorted.length - 1] ?? NaN) };
}

const digestText = (d: { count: number; digest: string }) => `${d.count}:${d.digest}`;

async function expectOk<T extends { status: number; body: any }>(pending: Promise<T>, what: string): Promise<T> {
  const res = await pending;
  if (res.status >= 300) throw new Error(`${what}: HTTP ${res.status} ${JSON.stringify(res.body)}`);
  return res;
}

/** SIGTERM, then SIGKILL if the process has not gone after 10 s (a hung node must not hold the benchmark). */
async function stop(node: ProcessNode): Promise<void> {
  const killer = setTimeout(() => node.process.kill('SIGKILL'), 10_000);
  try {
    await node.kill();
  } finally {
    clearTimeout(killer);
  }
}

function print(f: FanoutFigures): void {
  const line = (s: string) => process.stdout.write(`${s}\n`);
  const latency = (l: LatencyFigures) => `p50 ${l.p50Ms} ms, p99 ${l.p99Ms} ms, max ${l.maxMs} ms over ${l.requests} requests`;
  line(`fan-out to ${f.children} children (placement ${f.placement}) of a parent with ${f.records} records; ${f.changed} records changed`);
  line(`startup (spawn + initial complete runs): ${f.startupSeconds.toFixed(1)} s`);
  line(`all equal after ${f.allEqualSeconds.toFixed(2)} s, all pulls answered after ${f.allAnsweredSeconds.toFixed(2)} s (${f.equalChildren}/${f.children} equal, ${f.completeRuns} complete runs); slowest child run ${f.slowestRunSeconds.toFixed(2)} s`);
  line(`children received ${f.received} records, ${f.bytes} bytes in all`);
  line(`parent admin API idle: ${latency(f.idleApi)}`);
  line(`parent admin API during the fan-out: ${latency(f.api)}`);
  line(`  GET /status: ${latency(f.api.status)}; GET /bulletins?limit=50: ${latency(f.api.bulletins)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const value = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const placement = value('--placement') ?? 'nice';
  if (!['nice', 'pin', 'shared'].includes(placement)) throw new Error('--placement must be nice, pin or shared');
  const figures = await fanoutBench({
    children: Number(value('--children') ?? (args.includes('--full') ? 100 : 50)),
    records: value('--records') === undefined ? undefined : Number(value('--records')),
    placement: placement as Placement,
  });
  if (args.includes('--json')) process.stdout.write(`${JSON.stringify(figures)}\n`);
  else print(figures);
}
