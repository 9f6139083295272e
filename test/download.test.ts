import { createHash, randomBytes } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PatchtreeError } from '../protocol/index.js';
import { ContentStore, downloadVerified, runLimited, type DownloadOptions, type HashAlgorithm } from '../catalog/staging/index.js';
import { SHARED_DATA, startFileServer, type TestServer } from './helpers/http-server.js';
import { tempDir } from './helpers/temp.js';
import { TEST_FETCH_POLICY } from './helpers/fetch-policy.js';

const MB = 1024 * 1024;
const FILE = randomBytes(3 * MB);
const digest = (algorithm: HashAlgorithm, bytes: Buffer) => createHash(algorithm).update(bytes).digest('hex');

let dir: string;
let cleanup: () => Promise<void>;
let store: ContentStore;
const servers: TestServer[] = [];

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir('patchtree-download-'));
  store = new ContentStore(join(dir, 'content'));
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  await cleanup();
});

type Reply = (req: IncomingMessage, res: ServerResponse, n: number) => void;

/** A real server on 127.0.0.1:0 answering GET /file with `reply(req, res, n)` for the n-th request (1-based). */
async function serve(reply: Reply): Promise<{ server: TestServer; url: string; hits: () => IncomingMessage['headers'][] }> {
  let n = 0;
  const server = await startFileServer(dir, [
    (req, res) => {
      if (!req.url?.startsWith('/file')) return false;
      reply(req, res, ++n);
      return true;
    },
  ]);
  servers.push(server);
  return { server, url: `${server.url}/file`, hits: () => server.requests.filter((r) => r.path.startsWith('/file')).map((r) => r.headers) };
}

/** Answers with `body`, honouring `Range: bytes=N-` with a 206. */
function sendBody(body: Buffer, req: IncomingMessage, res: ServerResponse): void {
  const range = /^bytes=(\d+)-$/.exec(req.headers.range ?? '');
  if (!range) return void res.writeHead(200, { 'content-length': body.length, etag: '"v1"' }).end(body);
  const start = Number(range[1]);
  if (start >= body.length) return void res.writeHead(416, { 'content-range': `bytes */${body.length}` }).end();
  res.writeHead(206, { 'content-length': body.length - start, 'content-range': `bytes ${start}-${body.length - 1}/${body.length}` });
  res.end(body.subarray(start));
}

/** Sends the head and the first `cut` bytes of a full 200 answer, then kills the connection. */
function sendCut(body: Buffer, cut: number, res: ServerResponse): void {
  res.writeHead(200, { 'content-length': body.length });
  res.write(body.subarray(0, cut), () => res.socket?.destroy());
}

async function storedBytes(): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for await (const item of store.list()) out.set(`${item.algorithm}:${item.hex}`, await readFile(store.pathFor(item.algorithm, item.hex)));
  return out;
}

async function partials(): Promise<string[]> {
  return readdir(store.tmpDir).catch(() => []);
}

async function failure(options: DownloadOptions): Promise<PatchtreeError> {
  const err = await downloadVerified(options).then(
    (r) => { throw new Error(`expected a failure, got ${JSON.stringify(r)}`); },
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(PatchtreeError);
  return err as PatchtreeError;
}

describe('downloadVerified', () => {
  it.each<HashAlgorithm>(['sha1', 'sha256', 'sha512'])('downloads, verifies %s and files the bytes under the hash', async (algorithm) => {
    const { url, hits } = await serve((req, res) => sendBody(FILE, req, res));
    const hash = digest(algorithm, FILE);
    const seen: number[] = [];
    const result = await downloadVerified({ url, algorithm, hash, store, policy: TEST_FETCH_POLICY, onProgress: (p) => seen.push(p.received) });
    expect(result).toMatchObject({ algorithm, hash, size: FILE.length, verified: true, cached: false, resumed: false, attempts: 1 });
    expect(result.path).toBe(join(dir, 'content', algorithm, hash.slice(0, 2), hash));
    expect((await readFile(result.path)).equals(FILE)).toBe(true);
    expect(hits()).toHaveLength(1);
    expect(seen.at(-1)).toBe(FILE.length);
    expect(await partials()).toEqual([]);
  });

  it('downloads a real vendor sample served with ETag and checks it against the file on disk', async () => {
    const server = await startFileServer(SHARED_DATA);
    servers.push(server);
    const bytes = await readFile(join(SHARED_DATA, 'msrc-cvrf', 'cvrfDocument-2017-Jun.xml'));
    const hash = digest('sha256', bytes);
    const result = await downloadVerified({ url: `${server.url}/msrc-cvrf/cvrfDocument-2017-Jun.xml`, algorithm: 'sha256', hash, expectedSize: bytes.length, store, policy: TEST_FETCH_POLICY });
    expect(result).toMatchObject({ size: bytes.length, verified: true });
    expect((await readFile(result.path)).equals(bytes)).toBe(true);
  });

  it('resumes with Range from the bytes it had when the connection is cut', async () => {
    let lastReceived = 0;
    let receivedAtResume = -1;
    const cut = 1 * MB + 12_345;
    const { url, hits } = await serve((req, res, n) => {
      if (n === 1) return sendCut(FILE, cut, res);
      receivedAtResume = lastReceived;
      sendBody(FILE, req, res);
    });
    const hash = digest('sha256', FILE);
    const result = await downloadVerified({
      url, algorithm: 'sha256', hash, store, policy: TEST_FETCH_POLICY, backoffMs: 50,
      onProgress: (p) => { lastReceived = p.received; },
    });
    expect(result).toMatchObject({ resumed: true, attempts: 2, size: FILE.length, verified: true });
    const [first, second] = hits();
    expect(first.range).toBeUndefined();
    const start = Number(/^bytes=(\d+)-$/.exec(second.range ?? '')?.[1]);
    expect(start).toBeGreaterThan(0);
    expect(start).toBeLessThanOrEqual(cut);
    expect(start).toBe(receivedAtResume);
    expect(second['if-range']).toBe(undefined); // the cut answer carried no ETag
    expect((await readFile(result.path)).equals(FILE)).toBe(true);
    expect(await partials()).toEqual([]);
  });

  it('resumes after a stalled answer times out', async () => {
    const { url, hits } = await serve((req, res, n) => {
      if (n > 1) return sendBody(FILE, req, res);
      res.writeHead(200, { 'content-length': FILE.length });
      res.write(FILE.subarray(0, 512 * 1024)); // and then nothing
    });
    const hash = digest('sha512', FILE);
    const result = await downloadVerified({ url, algorithm: 'sha512', hash, store, policy: TEST_FETCH_POLICY, timeoutMs: 300, backoffMs: 50 });
    expect(result).toMatchObject({ resumed: true, attempts: 2 });
    expect(hits()[1].range).toMatch(/^bytes=[1-9]\d*-$/);
    expect((await readFile(result.path)).equals(FILE)).toBe(true);
  });

  it('starts over when the server answers 200 to the Range request', async () => {
    const { url, hits } = await serve((req, res, n) => {
      if (n === 1) return sendCut(FILE, 700_000, res);
      res.writeHead(200, { 'content-length': FILE.length }).end(FILE); // ignores Range
    });
    const hash = digest('sha1', FILE);
    const result = await downloadVerified({ url, algorithm: 'sha1', hash, store, policy: TEST_FETCH_POLICY, backoffMs: 50 });
    expect(hits()[1].range).toMatch(/^bytes=\d+-$/);
    expect(result).toMatchObject({ resumed: false, attempts: 2, size: FILE.length });
    expect((await readFile(result.path)).equals(FILE)).toBe(true);
  });

  it('refuses bytes that do not match the vendor hash, keeping nothing', async () => {
    const other = randomBytes(FILE.length);
    const { url } = await serve((req, res) => sendBody(other, req, res));
    const expected = digest('sha256', FILE);
    const err = await failure({ url, algorithm: 'sha256', hash: expected, store, policy: TEST_FETCH_POLICY });
    expect(err.code).toBe('STAGE_HASH_MISMATCH');
    expect(err.details).toEqual({ url, algorithm: 'sha256', expected, actual: digest('sha256', other) });
    expect(await storedBytes()).toEqual(new Map());
    expect(await partials()).toEqual([]);
  });

  it('detects a mismatch after a resume too', async () => {
    const other = Buffer.concat([FILE.subarray(0, 2 * MB), randomBytes(MB)]);
    const { url } = await serve((req, res, n) => (n === 1 ? sendCut(other, 300_000, res) : sendBody(other, req, res)));
    const err = await failure({ url, algorithm: 'sha1', hash: digest('sha1', FILE), store, policy: TEST_FETCH_POLICY, backoffMs: 50 });
    expect(err.code).toBe('STAGE_HASH_MISMATCH');
    expect(err.details.actual).toBe(digest('sha1', other));
    expect(await storedBytes()).toEqual(new Map());
    expect(await partials()).toEqual([]);
  });

  it('fails a 404 at once with STAGE_DOWNLOAD_FAILED', async () => {
    const { url, hits } = await serve((_req, res) => void res.writeHead(404).end('gone'));
    const err = await failure({ url, algorithm: 'sha256', hash: digest('sha256', FILE), store, policy: TEST_FETCH_POLICY, retries: 4, backoffMs: 50 });
    expect(err.code).toBe('STAGE_DOWNLOAD_FAILED');
    expect(err.details.status).toBe(404);
    expect(hits()).toHaveLength(1);
  });

  it('ends a download whose server ignores Range while the link always cuts at the same byte', async () => {
    // Every attempt starts over from byte 0 and is cut at 700 kB: bytes arrive each time, but the partial never grows.
    const { url, hits } = await serve((_req, res) => {
      res.writeHead(200, { 'content-length': FILE.length });
      res.write(FILE.subarray(0, 700_000), () => res.socket?.end());
    });
    const err = await failure({ url, algorithm: 'sha256', hash: digest('sha256', FILE), store, policy: TEST_FETCH_POLICY, retries: 2, backoffMs: 20 });
    expect(err.code).toBe('STAGE_DOWNLOAD_FAILED');
    // Attempts that got further than any before count as progress (how far the client reads before it sees the cut
    // varies by some kB); `retries` attempts in a row that only received bytes again end the download. Before, every
    // attempt that received a byte reset the count, and this download retried for ever.
    expect(hits().length).toBeGreaterThanOrEqual(3);
    expect(hits().length).toBeLessThanOrEqual(12);
  });

  it('retries a 5xx `retries` times, then fails with its status', async () => {
    const { url, hits } = await serve((_req, res) => void res.writeHead(503).end('busy'));
    const err = await failure({ url, algorithm: 'sha256', hash: digest('sha256', FILE), store, policy: TEST_FETCH_POLICY, retries: 2, backoffMs: 20 });
    expect(err.code).toBe('STAGE_DOWNLOAD_FAILED');
    expect(err.details.status).toBe(503);
    console.log('RANGES', hits().map((h) => h.range));
    expect(hits()).toHaveLength(3);
  });

  it('gets through a passing 5xx', async () => {
    const { url } = await serve((req, res, n) => (n === 1 ? void res.writeHead(502).end() : sendBody(FILE, req, res)));
    const result = await downloadVerified({ url, algorithm: 'sha256', hash: digest('sha256', FILE), store, policy: TEST_FETCH_POLICY, backoffMs: 20 });
    expect(result).toMatchObject({ attempts: 2, resumed: false, verified: true });
  });

  it('returns a stored file at once, without a request', async () => {
    const { url, hits } = await serve((req, res) => sendBody(FILE, req, res));
    const hash = digest('sha512', FILE);
    await downloadVerified({ url, algorithm: 'sha512', hash, store, policy: TEST_FETCH_POLICY });
    const before = hits().length;
    const again = await downloadVerified({ url, algorithm: 'sha512', hash, store, policy: TEST_FETCH_POLICY });
    expect(again).toMatchObject({ cached: true, attempts: 0, size: FILE.length, verified: true, path: store.pathFor('sha512', hash) });
    expect(hits().length - before).toBe(0);
  });

  it('files a download without vendor hash under its sha256, unverified', async () => {
    const { url } = await serve((req, res) => sendBody(FILE, req, res));
    const result = await downloadVerified({ url, algorithm: '', hash: '', store, policy: TEST_FETCH_POLICY });
    const sha256 = digest('sha256', FILE);
    expect(result).toMatchObject({ algorithm: 'sha256', hash: sha256, verified: false, cached: false, size: FILE.length });
    expect([...(await storedBytes()).keys()]).toEqual([`sha256:${sha256}`]);
    expect((await readFile(store.pathFor('sha256', sha256))).equals(FILE)).toBe(true);
  });

  it('refuses an unhashed download whose size differs from the vendor size', async () => {
    const { url } = await serve((req, res) => sendBody(FILE, req, res));
    const err = await failure({ url, algorithm: '', hash: '', expectedSize: FILE.length + 1, store, policy: TEST_FETCH_POLICY });
    expect(err.code).toBe('STAGE_SIZE_MISMATCH');
    expect(await storedBytes()).toEqual(new Map());
    expect(await partials()).toEqual([]);
  });

  it('rejects a malformed vendor hash before any request', async () => {
    const { url, hits } = await serve((req, res) => sendBody(FILE, req, res));
    const err = await failure({ url, algorithm: 'sha256', hash: digest('sha1', FILE), store, policy: TEST_FETCH_POLICY });
    expect(err.code).toBe('CONTENT_BAD_HASH');
    expect(hits()).toHaveLength(0);
  });

  it('stops on abort and keeps the partial for a later resume', async () => {
    const controller = new AbortController();
    let scheduled: NodeJS.Timeout | undefined;
    const { url } = await serve((req, res, n) => (n === 1 ? sendCut(FILE, 400_000, res) : sendBody(FILE, req, res)));
    const hash = digest('sha256', FILE);
    const err = await failure({
      url, algorithm: 'sha256', hash, store, policy: TEST_FETCH_POLICY, backoffMs: 5_000,
      onProgress: (p) => { if (p.received > 0 && !scheduled) scheduled = setTimeout(() => controller.abort(), 200); },
      signal: controller.signal,
    });
    expect(err.code).toBe('STAGE_ABORTED');
    expect(await partials()).toEqual([`sha256-${hash}.part`]);
    const result = await downloadVerified({ url, algorithm: 'sha256', hash, store, policy: TEST_FETCH_POLICY });
    expect(result).toMatchObject({ resumed: true, attempts: 1 });
    expect((await readFile(result.path)).equals(FILE)).toBe(true);
  });

  it('lets two concurrent downloads of one file share it', async () => {
    const { url, hits } = await serve((req, res) => sendBody(FILE, req, res));
    const hash = digest('sha1', FILE);
    const [a, b] = await Promise.all([0, 1].map(() => downloadVerified({ url, algorithm: 'sha1', hash, store, policy: TEST_FETCH_POLICY })));
    expect([a.cached, b.cached].sort()).toEqual([false, true]);
    expect(hits()).toHaveLength(1);
    expect((await readFile(a.path)).equals(FILE)).toBe(true);
  });
});

describe('runLimited', () => {
  it('never runs more than `limit` at once and keeps item order', async () => {
    let active = 0;
    let peak = 0;
    const items = Array.from({ length: 25 }, (_, i) => i);
    const results = await runLimited(items, 4, async (i) => {
      active++;
      peak = Math.max(peak, active);
      await new Promise((ok) => setTimeout(ok, 2 + Math.floor(Math.random() * 15)));
      active--;
      if (i % 7 === 3) throw new Error(`item ${i}`);
      return i * 2;
    });
    expect(peak).toBe(4);
    expect(active).toBe(0);
    results.forEach((r, i) => {
      if (i % 7 === 3) expect(r).toEqual({ status: 'rejected', reason: new Error(`item ${i}`) });
      else expect(r).toEqual({ status: 'fulfilled', value: i * 2 });
    });
  });

  it('handles fewer items than the limit, none, and a bad limit', async () => {
    expect(await runLimited([1], 8, async (x) => x)).toEqual([{ status: 'fulfilled', value: 1 }]);
    expect(await runLimited([], 3, async (x) => x)).toEqual([]);
    await expect(runLimited([1], 0, async (x) => x)).rejects.toThrow(TypeError);
  });
});
