// Replication figures (issue 4): the limit pipe, a complete run through real
// node processes, differential runs, verification. Prints plain lines.
import { createServer } from 'node:http';
import { execFile } from "node:child_process";
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { ALL_LANGUAGES, RecordStore, writeCatalog } from '../../catalog/index.js';
import { spawnNode, type ProcessNode } from '../helpers/process-node.js';
import { pouchBench, type PouchFigures } from './pouchdb.js';
import { bulletinsFor } from './catalog-size.js';
import { tempDir } from '../helpers/temp.js';
import { cpuSeconds, peakRssMb, sampleAnonPeak } from './peak-rss.js';

const run = promisify(execFile);
const RECEIVER = fileURLToPath(new URL('./limit-receiver.ts', import.meta.url));
/** Every managed language: the records of all of them replicate. */
const LANGUAGES = ALL_LANGUAGES.filter((l) => l !== 'neutral');

export interface ReplicationFigures {
  records: number;
  limit: { recordsPerSecond: number; seconds: number };
  /** The median of COMPLETE_RUNS complete runs (by records/s), with the records/s of each. */
  complete: CompleteFigures & { each: number[] };
  differential: { changed: number; seconds: number; bytes: number; received: number };
  idle: { seconds: number; bytes: number };
  verification: Record<string, number>;
  /** PouchDB on the same records (test/bench/pouchdb.ts), and patchtree's complete-run records/s over PouchDB's. */
  peer?: PouchFigures & { ratio: number };
}

/** Complete runs timed per bench: the median is the figure. */
const COMPLETE_RUNS = 3;

interface CompleteFigures {
  recordsPerSecond: number;
  seconds: number;
  bytes: number;
  childPeakRssMb: number;
  childPeakAnonMb: number;
  ratioToLimit: number;
  /** CPU seconds (all threads) each process used from the child's start to the run's end: steadier than the time here. */
  childCpuSeconds: number;
  parentCpuSeconds: number;
}

/** The start-up pull of a new child: its catalog run timed, then its policies and content runs awaited. */
async function timedCompleteRun(child: ProcessNode, parent: ProcessNode, limitPerSecond: number): Promise<CompleteFigures> {
  const cpu = { child: cpuSeconds(child.process.pid!), parent: cpuSeconds(parent.process.pid!) };
  const anon = sampleAnonPeak(child.process.pid!);
  const run = await waitForRun(child, 'catalog');
  const childCpuSeconds = round2(cpuSeconds(child.process.pid!) - cpu.child);
  const parentCpuSeconds = round2(cpuSeconds(parent.process.pid!) - cpu.parent);
  const recordsPerSecond = Math.round(run.received / (run.durationMs / 1000));
  const figures = { seconds: run.durationMs / 1000, bytes: run.bytes, recordsPerSecond, childPeakRssMb: peakRssMb(child.process.pid!), childPeakAnonMb: anon.stop(), ratioToLimit: round2(recordsPerSecond / limitPerSecond), childCpuSeconds, parentCpuSeconds };
  // The start-up pull goes on with policies and content: the runs measured next must not share the cores with them.
  await waitForRun(child, 'policies');
  await waitForRun(child, 'content');
  return figures;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The run of median records/s, with every run's records/s. */
function median(runs: CompleteFigures[]): CompleteFigures & { each: number[] } {
  const sorted = [...runs].sort((a, b) => a.recordsPerSecond - b.recordsPerSecond);
  return { ...sorted[Math.floor(sorted.length / 2)], each: runs.map((r) => r.recordsPerSecond) };
}

async function limitPipe(store: RecordStore, dir: string): Promise<{ recordsPerSecond: number; seconds: number; records: number }> {
  const server = createServer(async (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/octet-stream' });
    let chunk: Buffer[] = [];
    for await (const { bytes } of store.changesSince(0)) {
      const header = Buffer.alloc(5);
      let n = bytes.length;
      let i = 0;
      while (n > 0x7f) { header[i++] = (n & 0x7f) | 0x80; n >>>= 7; }
      header[i++] = n;
      chunk.push(header.subarray(0, i), bytes);
      if (chunk.length >= 2000) {
        if (!res.write(Buffer.concat(chunk))) await new Promise((ok) => res.once('drain', ok));
        chunk = [];
      }
    }
    res.end(Buffer.concat(chunk));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  const { stdout } = await run(process.execPath, ['--import', 'tsx', RECEIVER, `http://127.0.0.1:${port}/`, join(dir, 'limit-db')]);
  server.close();
  const { received, seconds } = JSON.parse(stdout) as { received: number; seconds: number };
  return { recordsPerSecond: Math.round(received / seconds), seconds, records: received };
}

/**
 * Imports the generated catalog. The import answers when it is done, and at 1M on a loaded machine that can pass
 * fetch's 300 s wait for the answer's headers: then the import goes on in the node, and its history tells when it ended.
 */
async function importAndWait(parent: ProcessNode): Promise<void> {
  const started = new Date().toISOString();
  try {
    await parent.api('POST', '/sources/gen/import');
    return;
  } catch (err) {
    console.error(`import answer lost (${(err as Error).message}); waiting for the import history`);
  }
  const deadline = Date.now() + 2 * 3600_000; // far past any import here, so that a bench never waits for ever
  while (Date.now() < deadline) {
    const imports = (await parent.api('GET', '/imports')).body.imports as Array<{ source: string; finishedAt?: string; at?: string; ok?: boolean }>;
    if (imports.some((i) => i.source === 'gen' && (i.finishedAt ?? i.at ?? '') > started)) return;
    await new Promise((r) => setTimeout(r, 2000));
  }
  throw new Error('the import of the generated catalog did not end within 2 hours');
}

export async function replicationBench(options: { updates: number; peer?: boolean }): Promise<ReplicationFigures> {
  const { dir, cleanup } = await tempDir('patchtree-bench-repl-');
  try {
    const catalogPath = join(dir, 'catalog.ndjson.gz');
    await writeCatalog(catalogPath, { seed: 4, bulletins: bulletinsFor(options.updates, 4), languages: [...ALL_LANGUAGES] });
    const parent = await spawnNode(join(dir, 'parent'), { nodeId: 'hq', sample: false, languages: LANGUAGES, sources: [{ name: 'gen', type: 'native', urls: [pathToFileURL(catalogPath).href] }], fetchTimeoutMs: 600_000 });
    try {
      await importAndWait(parent);
      const records = (await parent.api('GET', '/status')).body.digest.count as number;
      await parent.kill();
      const store = await RecordStore.open(join(dir, 'parent', 'db'));
      const limit = await limitPipe(store, dir);
      const peer = options.peer === false ? undefined : await pouchBench({ store, workDir: dir, changeFraction: 0.001 });
      await store.close();

      const hq = await spawnNode(join(dir, 'parent'), { nodeId: 'hq', sample: false });
      // The complete run is timed COMPLETE_RUNS times, each into a new child, and the median is the figure: single
      // runs on this two-core machine vary by 15-30 %. The last child goes on to the runs measured below.
      const runs: CompleteFigures[] = [];
      let child: ProcessNode | undefined;
      for (let i = 0; i < COMPLETE_RUNS; i++) {
        await child?.kill();
        const id = `site-${i + 1}`;
        const { credential, publisherKeys } = (await hq.api('POST', '/children', { id })).body;
        child = await spawnNode(join(dir, id), { sample: false, languages: LANGUAGES, pollSeconds: 86_400, parent: { url: hq.url, childId: id, credential, publisherKeys } });
        runs.push(await timedCompleteRun(child, hq, limit.recordsPerSecond));
      }
      child = child!;
      const complete = median(runs);
      const idleRun = (await child.api('POST', '/replication/pull', { rules: ['catalog'], verifyPercent: 0 })).body.runs[0];
      // 0.1% of the records change: that many bulletins get a custom severity (one record each).
      const bulletins = (await hq.api('GET', `/bulletins?limit=${Math.max(1, Math.round(records / 1000))}`)).body.items;
      await hq.api('PUT', '/severity-levels', { levels: ['Urgent'] });
      for (const b of bulletins) await hq.api('PUT', `/bulletins/${encodeURIComponent(b.id)}/severity`, { severity: 'Urgent' });
      const diffRun = (await child.api('POST', '/replication/pull', { rules: ['catalog'], verifyPercent: 0 })).body.runs[0];
      const verification: Record<string, number> = {};
      for (const percent of [0, 5, 100]) {
        const r = (await child.api('POST', '/replication/pull', { rules: ['catalog'], verifyPercent: percent })).body.runs[0];
        verification[`percent${percent}Seconds`] = r.durationMs / 1000;
      }
      await child.kill();
      await hq.kill();
      return {
        records,
        limit: { recordsPerSecond: limit.recordsPerSecond, seconds: limit.seconds },
        complete,
        differential: { changed: diffRun.received, seconds: diffRun.durationMs / 1000, bytes: diffRun.bytes, received: diffRun.received },
        idle: { seconds: idleRun.durationMs / 1000, bytes: idleRun.bytes },
        verification,
        ...(peer ? { peer: { ...peer, ratio: Math.round((complete.recordsPerSecond / peer.complete.recordsPerSecond) * 10) / 10 } } : {}),
      };
    } finally {
      await parent.kill();
    }
  } finally {
    await cleanup();
  }
}

async function waitForRun(node: ProcessNode, rule: string): Promise<any> {
  for (;;) {
    const runs = (await node.api('GET', '/replication/runs')).body.runs;
    const r = runs.find((x: any) => x.rule === rule && x.status !== 'running'); // a run is listed while it runs
    if (r) return r;
    await new Promise((ok) => setTimeout(ok, 200));
  }
}


