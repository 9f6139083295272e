import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { ensureDebianPackage } from './helpers/debian.js';
import { startFaultProxy, type FaultProxy } from './helpers/fault-proxy.js';
import { catalogAndFiles, startFileServer, type TestServer } from './helpers/http-server.js';
import { freePort, quietSchedules, spawnNode, type ProcessNode } from './helpers/process-node.js';
import { tempDir } from './helpers/temp.js';
import { waitFor } from './helpers/wait.js';

// Issue 13, "HTTP caches carry the heavy bytes": a real nginx (Debian's
// nginx-light) runs the README's "Behind an HTTP cache" block between a parent
// and three child processes whose parent.contentUrl names it. The parent
// stages files from a local server; every child gets every file through the
// cache, checked against its hash, while the parent's own counter shows it
// sent each file once. A ranged GET and a child's cut downloads resume with
// Range through the cache; a 404 is not kept; the sync and admin APIs never
// pass through it.

const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const CHILDREN = ['site-a', 'site-b', 'site-c'];

let dir: string;
let cleanup: () => Promise<void>;
let server: TestServer;
let parent: ProcessNode;
let nginx: { url: string; process: ChildProcess; log(): string; accessLog(): string[] };
/** Between site-c and the cache: cuts its downloads when a test says so. */
let proxy: FaultProxy;
const children = new Map<string, ProcessNode>();
const closers: Array<() => Promise<void>> = [];

const blobs = new Map<string, Buffer>();
const files: Array<{ id: string; hash: string; size: number; bytes: Buffer }> = [];
function update(id: string, language: string, size: number) {
  const bytes = randomBytes(size);
  blobs.set(id, bytes);
  const hash = createHash('sha256').update(bytes).digest('hex');
  files.push({ id, hash, size, bytes });
  return { id, language, url: `${server.url}/files/${id}`, fileName: id, size, hashAlgorithm: 'sha256', hash, product: 'Contoso Suite', kb: `KB${5000 + files.length}` };
}
const file = (id: string) => files.find((f) => f.id === id)!;
/** Staged before the children start; LATE-1's file is staged by the resume test. */
const FIRST = ['cache-1-en.msi', 'cache-1-all.msi', 'cache-2-en.msi', 'cache-3-all.msi'];

/** The README's nginx block, as an admin copies it, with this test's cache folder, address and parent put in. */
function readmeNginxBlock(cacheDir: string, port: number, parentUrl: string): string {
  const section = README.slice(README.indexOf('## Behind an HTTP cache'));
  const block = /```nginx\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error('the README has no nginx block under "Behind an HTTP cache"');
  let out = block;
  for (const [from, to] of [['/var/lib/nginx/patchtree', cacheDir], ['listen 8080;', `listen 127.0.0.1:${port};`], ['http://hq.example:8470', parentUrl]]) {
    if (!out.includes(from)) throw new Error(`the README's nginx block no longer has "${from}"`);
    out = out.split(from).join(to);
  }
  return out;
}

/** nginx in the foreground as this user, every path of its own under `home`: no root needed, nothing of the system's used. */
async function startNginx(binary: string, home: string, parentUrl: string): Promise<typeof nginx> {
  for (const sub of ['cache', 'temp', 'logs']) mkdirSync(join(home, sub), { recursive: true });
  const port = await freePort();
  const accessLog = join(home, 'logs', 'access.log');
  const temp = (name: string) => `${name}_temp_path ${join(home, 'temp', name)};`;
  const config = [
    // nginx started by root hands its workers to "nobody", which could not write this folder: keep them this user.
    process.getuid?.() === 0 ? `user ${userInfo().username};` : '',
    'daemon off;',
    'worker_processes 1;',
    `pid ${join(home, 'nginx.pid')};`,
    `error_log ${join(home, 'logs', 'error.log')} info;`,
    'events { worker_connections 256; }',
    'http {',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp),
    `log_format cache '$request_method $request_uri $status range="$http_range" cache=$upstream_cache_status sent=$body_bytes_sent upstream=$upstream_addr';`,
    `access_log ${accessLog} cache;`,
    readmeNginxBlock(join(home, 'cache'), port, parentUrl),
    '}',
  ].join('\n');
  const configFile = join(home, 'nginx.conf');
  writeFileSync(configFile, config);
  let output = '';
  const child = spawn(binary, ['-p', home, '-c', configFile, '-e', join(home, 'logs', 'error.log')]);
  // Stopped after the test whatever happens next, a start that fails included (its master would outlive the test).
  closers.push(() => new Promise((ok) => {
    if (child.exitCode !== null || child.signalCode !== null) return ok();
    child.once('exit', () => ok());
    child.kill('SIGTERM');
  }));
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const log = () => `${output}\n${readOr(join(home, 'logs', 'error.log')).slice(-3000)}`;
  const up = await waitFor('nginx to listen', async () => {
    if (child.exitCode !== null) return 'exited';
    return (await fetch(`${url}/`)).status > 0 ? 'listening' : undefined;
  }, 20_000, log);
  if (up === 'exited') throw new Error(`nginx exited with ${child.exitCode}: ${log()}`);
  return { url, process: child, log, accessLog: () => readOr(accessLog).split('\n').filter(Boolean) };
}

const readOr = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
};

/** The parent's own count of what it served at /content/, from its /metrics. */
async function servedByParent(): Promise<{ whole: number; ranges: number; bytes: number }> {
  const text = await (await fetch(`${parent.url}/metrics`)).text();
  const value = (line: string) => Number(new RegExp(`^${line.replace(/[{}"]/g, '\\$&')} (\\S+)$`, 'm').exec(text)?.[1] ?? 0);
  return {
    whole: value('patchtree_content_served_total{status="200"}'),
    ranges: value('patchtree_content_served_total{status="206"}'),
    bytes: value('patchtree_content_served_bytes_total'),
  };
}

async function stage(bulletin: string): Promise<void> {
  const job = (await parent.api('POST', `/bulletins/${bulletin}/stage`)).body;
  const done = await waitFor(`staging ${bulletin}`, async () => {
    const j = (await parent.api('GET', `/jobs/${job.id}`)).body;
    return j.status === 'running' ? undefined : j;
  }, 30_000);
  expect(done.result, JSON.stringify(done)).toMatchObject({ staged: true });
}

/** A child's stored copy of a file, through its own /content/ route, hashed here. */
async function sha256On(node: ProcessNode, hash: string): Promise<string | number> {
  const res = await fetch(`${node.url}/content/sha256/${hash}`);
  if (res.status !== 200) return res.status;
  return createHash('sha256').update(Buffer.from(await res.arrayBuffer())).digest('hex');
}

beforeAll(async () => {
  const binary = await ensureDebianPackage('nginx-light', 'nginx');
  ({ dir, cleanup } = await tempDir('patchtree-http-cache-'));
  closers.push(() => cleanup());
  let catalog = '';
  server = await startFileServer('/nonexistent', [catalogAndFiles('contoso.ndjson', () => catalog, blobs)]);
  closers.push(() => server.close());
  catalog = [
    { id: 'CACHE-1', vendor: 'Contoso', title: 'Contoso Suite 1', updates: [update('cache-1-en.msi', 'en-US', 700_000), update('cache-1-all.msi', 'neutral', 300_000)] },
    { id: 'CACHE-2', vendor: 'Contoso', title: 'Contoso Suite 2', updates: [update('cache-2-en.msi', 'en-US', 1_200_000)] },
    { id: 'CACHE-3', vendor: 'Contoso', title: 'Contoso Suite 3', updates: [update('cache-3-all.msi', 'neutral', 64_000)] },
    { id: 'LATE-1', vendor: 'Contoso', title: 'Staged once the children hold the rest', updates: [update('late-1-en.msi', 'en-US', 1_500_000)] },
  ].map((line) => JSON.stringify(line)).join('\n');

  parent = await spawnNode(join(dir, 'hq'), { sample: false, languages: ['en-US'], sources: [{ name: 'contoso', type: 'native', urls: [`${server.url}/contoso.ndjson`] }] });
  closers.push(() => parent.kill('SIGKILL'));
  await quietSchedules(parent);
  expect((await parent.api('POST', '/sources/contoso/import')).status).toBe(200);
  for (const bulletin of ['CACHE-1', 'CACHE-2', 'CACHE-3']) await stage(bulletin);

  nginx = await startNginx(binary, join(dir, 'nginx'), parent.url);
  const cache = new URL(nginx.url);
  proxy = await startFaultProxy({ host: cache.hostname, port: Number(cache.port) });
  closers.push(() => proxy.close());

  // Registered as the README says, started at once: their start-up content runs ask the cache for the same files together.
  await Promise.all(CHILDREN.map(async (id) => {
    const registered = (await parent.api('POST', '/children', { id })).body;
    const contentUrl = id === 'site-c' ? proxy.url : nginx.url;
    const child = await spawnNode(join(dir, id), { sample: false, languages: ['en-US'], pollSeconds: 3600, parent: { url: parent.url, contentUrl, childId: id, credential: registered.credential, publisherKeys: registered.publisherKeys } });
    children.set(id, child);
    closers.push(() => child.kill('SIGKILL'));
    await waitFor(`the start-up content run of ${id}`, async () => {
      const runs = (await child.api('GET', '/replication/runs')).body.runs as Array<{ rule: string; trigger: string; status: string; error?: unknown }>;
      const ended = runs.filter((r) => r.trigger === 'start' && r.status !== 'running');
      if (ended.some((r) => r.status !== 'ok')) throw new Error(`${id}'s start-up runs: ${JSON.stringify(ended)}`);
      return ended.some((r) => r.rule === 'content') ? ended : undefined;
    }, 60_000, () => child.logs().slice(-2000));
  }));
}, 10 * 60_000); // the first run may install nginx-light

afterAll(async () => {
  for (const close of closers.reverse()) await close();
});

describe('behind an HTTP cache (nginx, the README\'s block)', () => {
  it('carries every staged file to every child, each checked against its hash, while the parent sends each file once', async () => {
    for (const [id, child] of children) {
      for (const name of FIRST) expect(await sha256On(child, file(name).hash), `${name} on ${id}`).toBe(file(name).hash);
      const bulletin = (await child.api('GET', '/bulletins/CACHE-1')).body;
      expect(bulletin, `CACHE-1 on ${id}`).toMatchObject({ updateCount: 2, downloaded: 2, staged: true });
    }
    const served = await servedByParent();
    expect(served, nginx.accessLog().join('\n')).toEqual({ whole: FIRST.length, ranges: 0, bytes: FIRST.reduce((sum, name) => sum + file(name).size, 0) });
    // The children did ask: each file once per child, all through the cache.
    for (const name of FIRST) {
      expect(nginx.accessLog().filter((line) => line.startsWith(`GET /content/sha256/${file(name).hash} 200 `)), name).toHaveLength(CHILDREN.length);
    }
  });

  it('answers a ranged GET with 206 and the right bytes from the cache', async () => {
    const { hash, bytes } = file('cache-2-en.msi');
    const before = await servedByParent();
    const res = await fetch(`${nginx.url}/content/sha256/${hash}`, { headers: { range: 'bytes=100000-164999' } });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe(`bytes 100000-164999/${bytes.length}`);
    expect(res.headers.get('x-cache-status')).toBe('HIT');
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes.subarray(100_000, 165_000))).toBe(true);
    expect(await servedByParent()).toEqual(before);
  });

  it('lets a child whose downloads are cut resume them with Range through the cache; the parent still sends the file once; a 404 was not kept', async () => {
    const late = file('late-1-en.msi');
    // Asked before it is staged: the parent's 404 must not stay in the cache, or no child would get the file for a year.
    expect((await fetch(`${nginx.url}/content/sha256/${late.hash}`)).status).toBe(404);
    await stage('LATE-1');
    const before = await servedByParent();
    const siteC = children.get('site-c')!;
    // Every connection from site-c to the cache is reset after 400 kB: the 1.5 MB file takes several resumed requests.
    proxy.resetAll();
    proxy.set({ kind: 'cut', direction: 'down', afterBytes: 400_000 });
    try {
      const pulled = await siteC.api('POST', '/replication/pull', { rules: ['content'] });
      expect(pulled.status, JSON.stringify(pulled.body)).toBe(200);
      expect(pulled.body.runs[0], siteC.logs().slice(-2000)).toMatchObject({ status: 'ok', received: 1 });
    } finally {
      proxy.set({ kind: 'pass' });
    }
    expect(await sha256On(siteC, late.hash)).toBe(late.hash);
    const resumed = nginx.accessLog().filter((line) => line.startsWith(`GET /content/sha256/${late.hash} 206 range="bytes=`));
    expect(resumed.length, nginx.accessLog().join('\n')).toBeGreaterThan(0);
    for (const line of resumed) expect(Number(/range="bytes=(\d+)-"/.exec(line)?.[1])).toBeGreaterThan(0);
    expect(await servedByParent()).toEqual({ whole: before.whole + 1, ranges: 0, bytes: before.bytes + late.size });

    // The other sites take it from the cache alone.
    for (const id of ['site-a', 'site-b']) {
      const pulled = await children.get(id)!.api('POST', '/replication/pull', { rules: ['content'] });
      expect(pulled.body.runs[0]).toMatchObject({ status: 'ok', received: 1 });
      expect(await sha256On(children.get(id)!, late.hash)).toBe(late.hash);
    }
    expect(await servedByParent()).toEqual({ whole: before.whole + 1, ranges: 0, bytes: before.bytes + late.size });
  });

  it('never passes the sync or admin API: the cache answers 404 without asking the parent', async () => {
    const hello = await fetch(`${nginx.url}/sync/v1/hello`, { method: 'POST', headers: { authorization: 'Bearer x', 'content-type': 'application/x-protobuf' }, body: new Uint8Array([1]) });
    expect(hello.status).toBe(404);
    expect((await fetch(`${nginx.url}/api/v1/status`, { headers: { authorization: 'Bearer x' } })).status).toBe(404);
    // nginx logs a request after it answered it: wait (a bounded while) for both lines.
    const lines = () => nginx.accessLog().filter((line) => / \/(sync|api)\/v1\//.test(line));
    for (let waited = 0; lines().length < 2 && waited < 5000; waited += 20) await new Promise((r) => setTimeout(r, 20));
    expect(lines()).toEqual([expect.stringMatching(/^POST \/sync\/v1\/hello 404 .* upstream=-$/), expect.stringMatching(/^GET \/api\/v1\/status 404 .* upstream=-$/)]);
  });
});
