import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request as httpRequest, type ClientRequest } from 'node:http';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROTOCOL_VERSION, SyncError } from '../../protocol/index.js';
import { wire, type SessionRequest } from '../../replication/index.js';
import { quietSchedules, recordsOf, spawnNode, type ProcessNode } from '../helpers/process-node.js';
import { tempDir } from '../helpers/temp.js';
import { signedHello } from '../helpers/replication.js';
import { waitFor } from '../helpers/wait.js';

// Issue 11, findings 4, 8 and the auth parts of 10, played against real node
// processes. The "child" of the finding-8 attacks is a fake: HTTP requests
// built with the project's own wire encoders, as a hostile child would send.

const nodes: ProcessNode[] = [];
let dir: string;
let cleanup: () => Promise<void>;
afterAll(async () => {
  for (const n of nodes) await n.kill('SIGKILL');
  await cleanup?.();
});

const MB = 1024 * 1024;
const BIG = 40 * MB;

/** A native catalog with two bulletins of ~40 MB each (each line under the documented 64 MiB) and a few ordinary ones. */
function writeBigCatalog(path: string, fill: string): void {
  const lines: string[] = [];
  for (const n of [1, 2]) {
    lines.push(JSON.stringify({
      id: `BIG-${n}`, vendor: 'Contoso', title: `A very large bulletin ${n}`, description: fill.repeat(BIG),
      updates: [{ id: `KB${n}-x64-neutral`, kb: `KB${n}`, language: 'neutral', url: `https://download.contoso.example/kb${n}.msu`, size: 1000 }],
    }));
  }
  for (let n = 1; n <= 20; n++) {
    lines.push(JSON.stringify({ id: `SMALL-${n}`, vendor: 'Contoso', title: `Bulletin ${n}`, updates: [{ id: `KB10${n}-x64-neutral`, language: 'neutral', url: `https://download.contoso.example/kb10${n}.msu` }] }));
  }
  writeFileSync(path, lines.join('\n') + '\n');
}

/** A native catalog of 3,000 bulletins of 16 kB: a complete session of ~48 MB, far more than sockets buffer. */
function writeWideCatalog(path: string): void {
  const lines: string[] = [];
  for (let n = 1; n <= 3000; n++) {
    lines.push(JSON.stringify({ id: `WIDE-${n}`, vendor: 'Contoso', title: `Bulletin ${n}`, description: 'w'.repeat(16 * 1024), updates: [{ id: `KB20${n}-x64-neutral`, language: 'neutral', url: `https://download.contoso.example/kb20${n}.msu` }] }));
  }
  writeFileSync(path, lines.join('\n') + '\n');
}

/** The parent's resident memory (VmRSS), in bytes. */
function rssOf(node: ProcessNode): number {
  const status = readFileSync(`/proc/${node.process.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) * 1024;
}

interface Caller { childId: string; credential?: string; authorization?: string }

/** One sync call as a child makes it (x-patchtree-child beside the bearer credential); the answer's status and error code. */
async function sync(node: ProcessNode, path: string, body: Uint8Array, caller: Caller): Promise<{ status: number; code: string; bytes: Buffer }> {
  const authorization = caller.authorization ?? (caller.credential ? `Bearer ${caller.credential}` : undefined);
  const res = await fetch(`${node.url}/sync/v1/${path}`, {
    method: 'POST',
    body: body as Uint8Array<ArrayBuffer>,
    headers: { 'content-type': 'application/x-protobuf', [wire.CHILD_HEADER]: caller.childId, ...(authorization ? { authorization } : {}) },
  });
  const bytes = Buffer.from(await res.arrayBuffer());
  return { status: res.status, code: res.status >= 400 ? SyncError.decode(bytes).code : '', bytes };
}

const sessionRequest = (childId: string, extra: Partial<SessionRequest> = {}) =>
  wire.encodeSessionRequest({ protocolVersion: PROTOCOL_VERSION, childId, via: [`identity-of-${childId}`], rule: 'catalog', mode: 'complete', languages: ['en-US'], policyIds: [], ...extra });

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('patchtree-parent-bounds-'));
  writeBigCatalog(join(dir, 'big.ndjson'), 'a');
});

describe('finding 4: records of any size the importer accepts replicate', () => {
  let parent: ProcessNode;
  let child: ProcessNode;

  it('two ~40 MB bulletins reach a child in a complete run, each in a batch of its own', async () => {
    parent = await spawnNode(join(dir, 'parent-4'), { nodeId: 'hq', sample: false, languages: ['en-US'], sources: [{ name: 'big', type: 'native', urls: [pathToFileURL(join(dir, 'big.ndjson')).href] }] });
    nodes.push(parent);
    await quietSchedules(parent);
    const imported = await parent.api('POST', '/sources/big/import');
    expect(imported.body.bulletins.added).toBe(22);
    const { credential, publisherKeys } = (await parent.api('POST', '/children', { id: 'site' })).body;
    child = await spawnNode(join(dir, 'child-4'), { nodeId: 'site', sample: false, languages: ['en-US'], pollSeconds: 3600, parent: { url: parent.url, childId: 'site', credential, publisherKeys } });
    nodes.push(child);
    const pulled = (await child.api('POST', '/replication/pull', { rules: ['catalog'], mode: 'complete' })).body.runs[0];
    expect(pulled, JSON.stringify(pulled.error)).toMatchObject({ status: 'ok', mode: 'complete', verification: { digestEqual: true } });
    expect(pulled.bytes).toBeGreaterThan(2 * BIG);
    expect(pulled.batches).toBeGreaterThanOrEqual(2);
    const held = await recordsOf(child, (r) => r.origin === 'replicated');
    const source = await recordsOf(parent, (r) => !r.key.startsWith('p/') && !r.key.startsWith('e/'));
    expect(held).toEqual(source);
    expect(held.has('b/BIG-1') && held.has('b/BIG-2')).toBe(true);
  });

  it('and in a differential run when both change', async () => {
    writeBigCatalog(join(dir, 'big.ndjson'), 'b');
    const imported = await parent.api('POST', '/sources/big/import', { force: true });
    expect(imported.body.bulletins.changed).toBe(2);
    const pulled = (await child.api('POST', '/replication/pull', { rules: ['catalog'], verifyPercent: 100 })).body.runs[0];
    expect(pulled, JSON.stringify(pulled.error)).toMatchObject({ status: 'ok', mode: 'differential', received: 2, verification: { digestEqual: true, mismatched: 0 } });
    expect(await recordsOf(child, (r) => r.origin === 'replicated')).toEqual(await recordsOf(parent, (r) => !r.key.startsWith('p/') && !r.key.startsWith('e/')));
  });
});

describe('finding 8: a child (or anyone) cannot tie up its parent', () => {
  let parent: ProcessNode;
  let credential: string;
  let other: string;
  const IDLE_MS = 1500;

  beforeAll(async () => {
    // A complete session far larger than what sockets buffer: an unread one stalls.
    writeWideCatalog(join(dir, 'wide.ndjson'));
    parent = await spawnNode(join(dir, 'parent-8'), { nodeId: 'hq8', sample: false, languages: ['en-US'], syncIdleTimeoutMs: IDLE_MS, sources: [{ name: 'wide', type: 'native', urls: [pathToFileURL(join(dir, 'wide.ndjson')).href] }] });
    nodes.push(parent);
    await quietSchedules(parent);
    expect((await parent.api('POST', '/sources/wide/import')).status).toBe(200);
    credential = (await parent.api('POST', '/children', { id: 'site' })).body.credential;
    other = (await parent.api('POST', '/children', { id: 'other' })).body.credential;
  });

  it('refuses a session naming 20,000 policy ids before doing any work for it', async () => {
    const policyIds = Array.from({ length: 20_000 }, (_, i) => `policy-${i}`);
    const answer = await sync(parent, 'session', sessionRequest('site', { rule: 'policies', policyIds }), { childId: 'site', credential });
    expect(answer).toMatchObject({ status: 413, code: 'REPL_TOO_MANY_POLICY_IDS' });
    const fetched = await sync(parent, 'fetch', wire.encodeFetchRequest('site', { rule: 'policies', languages: ['en-US'], policyIds }, ['p/x']), { childId: 'site', credential });
    expect(fetched).toMatchObject({ status: 413, code: 'REPL_TOO_MANY_POLICY_IDS' });
    // The documented default is 1,000: a list that long is served.
    const served = await sync(parent, 'session', sessionRequest('site', { rule: 'policies', policyIds: policyIds.slice(0, 1000) }), { childId: 'site', credential });
    expect(served.status).toBe(200);
  });

  it('refuses a hello with 100,000 descendants and stores nothing of it', async () => {
    const descendants = Array.from({ length: 100_000 }, (_, i) => ({ nodeId: `leaf-${i}`, identity: `identity-${i}`, languages: ['en-US', 'de-DE'] }));
    const hello = wire.encodeHello('site', { identity: 'identity-of-site', nodeId: 'site', languages: ['en-US'], descendants });
    expect(hello.length).toBeGreaterThan(4 * MB);
    expect(await sync(parent, 'hello', hello, { childId: 'site', credential })).toMatchObject({ status: 413, code: 'REPL_TOO_MANY_DESCENDANTS' });
    const stored = (await parent.api('GET', '/children/site')).body;
    expect(stored.descendants).toEqual([]);
    expect(JSON.stringify(stored).length).toBeLessThan(10_000);
  });

  it('refuses a 15 MB run report, and keeps a bounded history per child however many reports come', async () => {
    const run = (id: number, text = 'x'): wire.RunReportData => ({ id, rule: 'catalog', trigger: 'schedule', started: new Date(1_700_000_000_000 + id).toISOString(), durationMs: 1, status: 'failed', error: { code: 'REPL_X', message: text } });
    // The honest encoder cuts texts to what the parent keeps; a hostile child writes the message itself.
    const huge = Buffer.from(wire.encodeRunReport('site', run(1)));
    const hostile = Buffer.concat([huge, Buffer.from([0x9a, 0x01]), varint(15 * MB), Buffer.alloc(15 * MB, 0x6d)]); // error_message = 19
    expect(await sync(parent, 'runs', hostile, { childId: 'site', credential })).toMatchObject({ status: 413, code: 'BODY_TOO_LARGE' });
    expect((await sync(parent, 'runs', wire.encodeRunReport('other', run(1)), { childId: 'other', credential: other })).status).toBe(204);
    for (let id = 1; id <= 150; id++) {
      expect((await sync(parent, 'runs', wire.encodeRunReport('site', run(id, 'm'.repeat(100_000))), { childId: 'site', credential })).status).toBe(204);
    }
    const mine = (await parent.api('GET', '/replication/runs?child=site')).body.children;
    expect(mine.length).toBe(100);
    expect(mine[0].id).toBe(150); // the newest are kept
    expect(mine.every((r: any) => r.error.message.length <= wire.MAX_TEXT)).toBe(true);
    expect((await parent.api('GET', '/replication/runs?child=other')).body.children).toHaveLength(1);
    // A report sent again (its answer was lost) is kept once.
    expect((await sync(parent, 'runs', wire.encodeRunReport('site', run(150, 'again')), { childId: 'site', credential })).status).toBe(204);
    expect((await parent.api('GET', '/replication/runs?child=site')).body.children.filter((r: any) => r.id === 150)).toHaveLength(1);
  });

  it('ends sessions whose response is never read within syncIdleTimeoutMs, freeing their places', async () => {
    const unread: ClientRequest[] = [];
    const answered = await Promise.all(Array.from({ length: 4 }, () => new Promise<number>((resolve, reject) => {
      const body = Buffer.from(sessionRequest('site'));
      const req = httpRequest(`${parent.url}/sync/v1/session`, { method: 'POST', headers: { 'content-type': 'application/x-protobuf', authorization: `Bearer ${credential}`, [wire.CHILD_HEADER]: 'site', 'content-length': body.length } });
      req.on('response', (res) => { res.pause(); resolve(res.statusCode ?? 0); }); // and never read a byte of it
      req.on('error', () => undefined);
      req.once('error', reject);
      req.end(body);
      unread.push(req);
    })));
    expect(answered).toEqual([200, 200, 200, 200]);
    // The child holds its four places: a fifth session is refused while they stand.
    expect(await sync(parent, 'session', sessionRequest('site'), { childId: 'site', credential })).toMatchObject({ status: 429, code: 'REPL_BUSY' });
    // Once the parent has dropped the stalled four, a session is served again (read to its end here).
    const served = await waitFor('a session served after the unread ones timed out', async () => {
      const answer = await sync(parent, 'session', sessionRequest('site', { mode: 'differential' }), { childId: 'site', credential });
      return answer.status === 200 ? answer : undefined;
    }, 20 * IDLE_MS);
    expect(served.bytes.length).toBeGreaterThan(0);
    for (const req of unread) req.destroy();
  });

  it('reads no body of a call without a valid credential: 40 parallel 11 MB bodies cost no memory', async () => {
    // A well-formed 11 MB request (a session naming thousands of identities in via), as a child would send.
    const via = Array.from({ length: 11 * 1024 }, (_, i) => `${String(i).padStart(8, '0')}${'v'.repeat(1020)}`);
    const body = Buffer.from(wire.encodeSessionRequest({ protocolVersion: PROTOCOL_VERSION, childId: 'site', via, rule: 'catalog', mode: 'complete', languages: ['en-US'], policyIds: [] }));
    expect(body.length).toBeGreaterThan(11 * MB);
    const callers: Caller[] = [
      ...Array.from({ length: 14 }, () => ({ childId: 'site' })), // no credential
      ...Array.from({ length: 13 }, () => ({ childId: 'site', credential: 'not-the-credential' })),
      ...Array.from({ length: 13 }, (_, i) => ({ childId: `nobody-${i}`, credential })), // unknown child
    ];
    const before = rssOf(parent);
    let peak = before;
    const sampler = setInterval(() => { peak = Math.max(peak, rssOf(parent)); }, 20);
    const statuses = await Promise.all(callers.map((caller) => new Promise<number>((resolve) => {
      const req = httpRequest(`${parent.url}/sync/v1/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-protobuf', [wire.CHILD_HEADER]: caller.childId, 'content-length': body.length, ...(caller.credential ? { authorization: `Bearer ${caller.credential}` } : {}) },
      });
      req.on('response', (res) => { res.resume(); resolve(res.statusCode ?? 0); });
      req.on('error', () => resolve(0)); // the parent may close before the client has sent it all
      req.end(body);
    })));
    clearInterval(sampler);
    peak = Math.max(peak, rssOf(parent));
    // 40 bodies of 11 MB read into memory are 440 MB at the least (~900 MB measured); refused from their headers they are nothing.
    console.log(`the parent grew by ${Math.round((peak - before) / MB)} MB`);
    expect(peak - before, `the parent grew by ${Math.round((peak - before) / MB)} MB`).toBeLessThan(150 * MB);
    expect(statuses.every((s) => s === 401 || s === 0), statuses.join()).toBe(true);
    expect(statuses.filter((s) => s === 401).length).toBeGreaterThan(0);
  });
});

describe('finding 10: the admin and sync APIs give nothing away without a credential', () => {
  let parent: ProcessNode;
  let credential: string;

  beforeAll(async () => {
    parent = await spawnNode(join(dir, 'parent-10'), { nodeId: 'hq10', languages: ['en-US'] });
    nodes.push(parent);
    credential = (await parent.api('POST', '/children', { id: 'site' })).body.credential;
  });

  it('answers OPTIONS and unknown routes under /api/v1 only with the admin token', async () => {
    for (const path of ['/api/v1/status', '/api/v1/children', '/api/v1/no-such-route', '/API/V1/STATUS']) {
      const res = await fetch(`${parent.url}${path}`, { method: 'OPTIONS' });
      expect(res.status, `OPTIONS ${path}`).toBe(401);
      expect(res.headers.get('allow'), `OPTIONS ${path}`).toBeNull();
      expect((await res.json()).error.code).toBe('AUTH_REQUIRED');
    }
    expect((await fetch(`${parent.url}/API/v1/status`)).status).toBe(401);
    expect((await fetch(`${parent.url}/api/v1/health`)).status).toBe(200);
  });

  it('refuses a token sent without "Bearer "', async () => {
    const token = readFileSync(join(parent.dataDir, 'admin-token'), 'utf8').trim();
    for (const authorization of [token, `Basic ${token}`, `Bearer${token}`, `${token} Bearer`]) {
      const res = await fetch(`${parent.url}/api/v1/status`, { headers: { authorization } });
      expect(res.status, authorization.replace(token, 'TOKEN')).toBe(401);
      expect(['AUTH_REQUIRED', 'AUTH_INVALID']).toContain((await res.json()).error.code);
    }
    expect((await fetch(`${parent.url}/api/v1/status`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    // The child credential, likewise.
    expect((await sync(parent, 'hello', signedHello('site'), { childId: 'site', authorization: credential })).code).toBe('AUTH_REQUIRED');
  });

  it('answers an unknown child exactly as a wrong credential: child ids cannot be enumerated', async () => {
    const hello = (childId: string) => signedHello(childId);
    for (const path of ['hello', 'session']) {
      const body = (childId: string) => (path === 'hello' ? hello(childId) : sessionRequest(childId));
      const unknown = await sync(parent, path, body('nobody'), { childId: 'nobody', credential: 'whatever' });
      const wrong = await sync(parent, path, body('site'), { childId: 'site', credential: 'whatever' });
      expect({ status: unknown.status, code: unknown.code }).toEqual({ status: wrong.status, code: wrong.code });
      expect(wrong).toMatchObject({ status: 401, code: 'AUTH_INVALID_CREDENTIAL' });
      expect(SyncError.decode(unknown.bytes).message).not.toMatch(/registered|no child/);
    }
    // The right credential under the header, with a body naming another child, is refused.
    expect(await sync(parent, 'hello', hello('other'), { childId: 'site', credential })).toMatchObject({ status: 400, code: 'REPL_BAD_REQUEST' });
    expect((await sync(parent, 'hello', hello('site'), { childId: 'site', credential })).status).toBe(200);
  });

  it('keeps its data directory to its own user: directories 0700, files 0600', async () => {
    const loose: string[] = [];
    const walk = (path: string) => {
      const mode = statSync(path).mode & 0o777;
      if (mode & 0o077) loose.push(`${path.slice(parent.dataDir.length) || '/'} ${mode.toString(8)}`);
      if (statSync(path).isDirectory()) for (const name of readdirSync(path)) if (path !== parent.dataDir || name !== 'config.json') walk(join(path, name));
    };
    walk(parent.dataDir);
    expect(readdirSync(join(parent.dataDir, 'db')).length).toBeGreaterThan(3);
    expect(loose).toEqual([]);
  });
});

function varint(n: number): Buffer {
  const bytes: number[] = [];
  while (n > 0x7f) {
    bytes.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  bytes.push(n);
  return Buffer.from(bytes);
}
