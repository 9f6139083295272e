// Peer benchmark (issue 4): the records of a patchtree store replicated the
// way PouchDB does it, as JSON documents from express-pouchdb (source process,
// pouchdb-server.ts) to pouchdb-node (target process, pouchdb-replicate.ts),
// both on the leveldb adapter, over HTTP on 127.0.0.1 with batch_size 1000:
// a complete run, an incremental run after a small edit, and one with nothing
// to do. Bytes are counted on the source's replication sockets (both ways),
// so they include HTTP headers and express-pouchdb's gzip.
// Alone: node --import tsx test/bench/pouchdb.ts [--updates N] [--fraction F] [--json]
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { ALL_LANGUAGES, writeCatalog, type RecordStore } from '../../catalog/index.js';
import { decodeChange, plainRecord } from '../../protocol/index.js';
import { openCatalog } from '../helpers/catalog.js';
import { tempDir } from '../helpers/temp.js';
import { bulletinsFor } from './catalog-size.js';
import { peakRssMb } from './peak-rss.js';

const run = promisify(execFile);
const SERVER = fileURLToPath(new URL('./pouchdb-server.ts', import.meta.url));
const REPLICATE = fileURLToPath(new URL('./pouchdb-replicate.ts', import.meta.url));
const DB = 'records';
const CHUNK = 1000;

export interface PouchFigures {
  records: number;
  /** Loading the source over HTTP (not part of any figure below). */
  loadSeconds: number;
  complete: { recordsPerSecond: number; seconds: number; bytes: number; requestBytes: number; targetPeakRssMb: number };
  incremental: { changed: number; docs: number; seconds: number; bytes: number; requestBytes: number };
  idle: { seconds: number; bytes: number; requestBytes: number };
  sourcePeakRssMb: number;
}

interface Run { docsWritten: number; docCount: number; seconds: number; peakRssMb: number; bytes: number; requestBytes: number }
interface Source { url: string; admin: string; process: ChildProcess }

async function couch(url: string, method = 'GET', body?: unknown): Promise<any> {
  const res = await fetch(url, { method, headers: body === undefined ? {} : { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const json = await res.json();
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

async function bulkDocs(dbUrl: string, docs: object[]): Promise<void> {
  const results = (await couch(`${dbUrl}/_bulk_docs`, 'POST', { docs })) as Array<{ id: string; error?: string }>;
  const failed = results.find((r) => r.error);
  if (failed) throw new Error(`_bulk_docs: ${failed.id}: ${failed.error}`);
}

async function startSource(dir: string): Promise<Source> {
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`pouchdb-server exited with ${code}`)));
    createInterface({ input: child.stdout! }).once('line', resolve);
  });
  return { ...(JSON.parse(line) as { url: string; admin: string }), process: child };
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((ok) => { child.once('exit', () => ok()); child.kill(); });
}

/**
 * Copies every live record of the store into the source database, one
 * document each, and picks every `step`-th key for the incremental edit.
 */
async function load(store: RecordStore, dbUrl: string, step: number): Promise<{ records: number; picked: string[] }> {
  let docs: object[] = [];
  let records = 0;
  const picked: string[] = [];
  for await (const { bytes } of store.changesSince(0)) {
    const change = decodeChange(bytes);
    if (change.deleted) continue;
    // A Change carries its languages beside the record, so the document does too.
    docs.push({ _id: change.key, languages: change.languages, ...plainRecord(change) });
    if (records++ % step === 0) picked.push(change.key);
    if (docs.length === CHUNK) {
      await bulkDocs(dbUrl, docs);
      docs = [];
    }
  }
  if (docs.length) await bulkDocs(dbUrl, docs);
  return { records, picked };
}

/** A custom severity on bulletins (what replication.ts edits on the patchtree side), a flipped flag on updates. */
async function edit(dbUrl: string, ids: string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += CHUNK) {
    const { rows } = (await couch(`${dbUrl}/_all_docs?include_docs=true`, 'POST', { keys: ids.slice(i, i + CHUNK) })) as { rows: Array<{ doc: Record<string, unknown> }> };
    await bulkDocs(dbUrl, rows.map(({ doc }) => (String(doc._id).startsWith('b/') ? { ...doc, customSeverity: 'Urgent' } : { ...doc, superseded: !doc.superseded })));
  }
}

/** One replication into `target` by a fresh target process; bytes are the source's socket counters' difference. */
async function replicate(source: Source, target: string): Promise<Run> {
  const before = (await couch(`${source.admin}/_bench/bytes`)) as { written: number; read: number };
  const { stdout } = await run(process.execPath, ['--import', 'tsx', REPLICATE, `${source.url}/${DB}`, target]);
  const after = (await couch(`${source.admin}/_bench/bytes`)) as { written: number; read: number };
  const result = JSON.parse(stdout) as Omit<Run, 'bytes' | 'requestBytes'> & { failures: number };
  if (result.failures) throw new Error(`PouchDB replication failed to write ${result.failures} document(s)`);
  return { ...result, bytes: after.written - before.written, requestBytes: after.read - before.read };
}

export async function pouchBench(options: { store: RecordStore; workDir: string; changeFraction?: number }): Promise<PouchFigures> {
  const changeFraction = options.changeFraction ?? 0.001;
  const sourceDir = join(options.workDir, 'pouch-source');
  const targetDir = join(options.workDir, 'pouch-target');
  await mkdir(sourceDir, { recursive: true });
  try {
    const source = await startSource(sourceDir);
    try {
      const dbUrl = `${source.admin}/${DB}`;
      await couch(dbUrl, 'PUT');
      const loadStarted = performance.now();
      const { records, picked } = await load(options.store, dbUrl, Math.max(1, Math.round(1 / changeFraction)));
      const loadSeconds = (performance.now() - loadStarted) / 1000;

      const complete = await replicate(source, targetDir);
      // A short count would make a fast but meaningless figure.
      if (complete.docCount !== records) throw new Error(`target holds ${complete.docCount} of ${records} documents`);
      await edit(dbUrl, picked);
      const incremental = await replicate(source, targetDir);
      const idle = await replicate(source, targetDir);
      return {
        records,
        loadSeconds,
        complete: { recordsPerSecond: Math.round(records / complete.seconds), seconds: complete.seconds, bytes: complete.bytes, requestBytes: complete.requestBytes, targetPeakRssMb: complete.peakRssMb },
        incremental: { changed: picked.length, docs: incremental.docsWritten, seconds: incremental.seconds, bytes: incremental.bytes, requestBytes: incremental.requestBytes },
        idle: { seconds: idle.seconds, bytes: idle.bytes, requestBytes: idle.requestBytes },
        sourcePeakRssMb: peakRssMb(source.process.pid!),
      };
    } finally {
      await stop(source.process);
    }
  } finally {
    await Promise.all([rm(sourceDir, { recursive: true, force: true }), rm(targetDir, { recursive: true, force: true })]);
  }
}

/** Standalone: a generated catalog like replication.ts's, imported into a store, then the figures. */
async function main(args: string[]): Promise<void> {
  const arg = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
  const updates = arg('--updates', 20_000);
  const { dir, cleanup } = await tempDir('patchtree-bench-pouch-');
  try {
    const path = join(dir, 'catalog.ndjson.gz');
    await writeCatalog(path, { seed: 4, bulletins: bulletinsFor(updates, 4), languages: [...ALL_LANGUAGES] });
    const { catalog, close } = await openCatalog({ languages: ALL_LANGUAGES.filter((l) => l !== 'neutral') });
    try {
      await catalog.sources.put({ name: 'gen', type: 'native', urls: [pathToFileURL(path).href] }, { allowFile: true });
      await catalog.importSource('gen', { force: true });
      const f = await pouchBench({ store: catalog.store, workDir: dir, changeFraction: arg('--fraction', 0.001) });
      if (args.includes('--json')) {
        process.stdout.write(`${JSON.stringify(f)}\n`);
      } else {
        process.stdout.write(`pouchdb replication of ${f.records} documents (loaded in ${f.loadSeconds.toFixed(1)} s, source peak RSS ${f.sourcePeakRssMb} MB)\n`);
        process.stdout.write(`complete run: ${f.complete.recordsPerSecond} records/s (${f.complete.seconds.toFixed(2)} s, ${f.complete.bytes} bytes received, ${f.complete.requestBytes} sent), target peak RSS ${f.complete.targetPeakRssMb} MB\n`);
        process.stdout.write(`incremental after ${f.incremental.changed} changed documents: ${f.incremental.docs} written in ${f.incremental.seconds.toFixed(3)} s, ${f.incremental.bytes} bytes received, ${f.incremental.requestBytes} sent\n`);
        process.stdout.write(`run with nothing to do: ${f.idle.seconds.toFixed(3)} s, ${f.idle.bytes} bytes received, ${f.idle.requestBytes} sent\n`);
      }
    } finally {
      await close();
    }
  } finally {
    await cleanup();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main(process.argv.slice(2));
