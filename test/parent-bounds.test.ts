import { afterEach, describe, expect, it } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import pino from 'pino';
import { BATCH_TARGET_BYTES, CHANGE_OVERHEAD_BYTES, encodeBatchFrame, LanguageReport, MAX_FRAME_BYTES, MAX_RECORD_BYTES, PROTOCOL_VERSION, readReceivedFrames, SyncRequest, type RawBatch } from '../protocol/index.js';
import { RecordStore, scopeId, type SyncScope } from '../catalog/index.js';
import { callWith, Children, MIN_RUN_REPORT_BYTES, ParentService, readCheckpoint, Rules, runRule, serveSession, wire, type ParentLimits, type ParentPort, type SessionRequest, type SyncCall } from '../replication/index.js';
import { loadConfig } from '../node/config.js';
import { bearerToken, sameSecret } from '../node/auth.js';
import { startTestNode, TEST_TOKEN } from './helpers/node.js';
import { within } from './helpers/wait.js';
import { portTo, publicationOf, signedDescendants, signedHello, trustFor } from './helpers/replication.js';
import { NodeKey } from '../catalog/index.js';
import { tempStore } from './helpers/temp.js';

// What a child (or anyone) can make a parent do is bounded: the credential
// is checked from the headers before a body is read, every list a request
// names has a limit, run reports cost a constant amount of work, and batches
// (and repair answers) split by bytes, so records of any size replicate.

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => { while (cleanups.length) await cleanups.pop()!(); });
const MB = 1024 * 1024;

const openStore = async (): Promise<RecordStore> => (await tempStore(cleanups, 'patchtree-bounds-')).store;

/** Bulletins written straight into a store: `big` of `size` bytes of description, then 20 small ones between them. */
async function writeBulletins(store: RecordStore, big: number, size: number, fill = 'a'): Promise<void> {
  const put = (id: string, description: string) => ({ type: 'put' as const, key: `b/${id}`, languages: ['neutral'], record: { bulletin: { id, vendor: 'Contoso', title: id, description } } });
  for (let n = 0; n < big; n++) await store.write([put(`BIG-${n}`, fill.repeat(size)), put(`BIG-${n}-small`, fill)]);
  await store.write(Array.from({ length: 20 }, (_, n) => put(`SMALL-${n}`, fill)));
}

const scope: SyncScope = { rule: 'catalog', languages: ['en-US'], policyIds: [] };
const request = (extra: Partial<SessionRequest> = {}): SessionRequest => ({ protocolVersion: PROTOCOL_VERSION, childId: 'c', via: ['c'], rule: 'catalog', mode: 'complete', languages: ['en-US'], policyIds: [], ...extra });
const self = { nodeId: 'parent', identity: 'parent-identity' };

/** A session served from the store's published view (its records as signed). */
async function* served(store: RecordStore, req: SessionRequest): AsyncGenerator<Buffer> {
  const { published, release } = await (await publicationOf(store)).acquire(req.rule);
  try {
    yield* serveSession(store, req, self, published);
  } finally {
    await release();
  }
}

async function batchesOf(frames: AsyncIterable<Buffer>): Promise<RawBatch[]> {
  const out: RawBatch[] = [];
  for await (const frame of readReceivedFrames(frames)) if (frame.kind === 'batch') out.push(frame.batch);
  return out;
}

/** Change bytes of a batch as a batch frame counts them. */
const weight = (batch: RawBatch) => batch.changes.reduce((n, c) => n + c.length + CHANGE_OVERHEAD_BYTES, 0);

describe('batches split by bytes as well as records', () => {
  it('a complete session closes a batch before it passes the byte target, with contiguous key ranges', async () => {
    const store = await openStore();
    await writeBulletins(store, 6, 3 * MB);
    const batches = await batchesOf(served(store, request()));
    for (const b of batches) expect(b.changes.length === 1 || weight(b) <= BATCH_TARGET_BYTES, `a batch of ${weight(b)} bytes`).toBe(true);
    expect(batches.length).toBeGreaterThanOrEqual(3);
    expect(batches.reduce((n, b) => n + b.changes.length, 0)).toBe(6 * 2 + 20);
    for (let i = 1; i < batches.length; i++) expect(batches[i].fromKey).toBe(batches[i - 1].lastKey);
    expect(batches[0].fromKey).toBe('');
    expect(batches.at(-1)!.lastKey).toBe('\uffff');
  });

  it('a differential session does too, each batch covering the log up to its last_seq', async () => {
    const store = await openStore();
    await writeBulletins(store, 6, 3 * MB);
    const filter = scopeId(scope);
    const batches = await batchesOf(served(store, request({ mode: 'differential', checkpoint: { storeId: store.storeId, seq: 0, filter } })));
    for (const b of batches) expect(b.changes.length === 1 || weight(b) <= BATCH_TARGET_BYTES, `a batch of ${weight(b)} bytes`).toBe(true);
    expect(batches.length).toBeGreaterThanOrEqual(3);
    expect(batches.reduce((n, b) => n + b.changes.length, 0)).toBe(6 * 2 + 20);
    for (let i = 1; i < batches.length; i++) expect(batches[i].lastSeq).toBeGreaterThan(batches[i - 1].lastSeq);
    expect(batches.at(-1)!.lastSeq).toBe(store.lastSeq);
  });

  it('a record larger than the byte target travels alone, and one of MAX_RECORD_BYTES still fits a frame', async () => {
    const store = await openStore();
    await writeBulletins(store, 2, BATCH_TARGET_BYTES + MB);
    const batches = await batchesOf(served(store, request()));
    const big = batches.filter((b) => weight(b) > BATCH_TARGET_BYTES);
    expect(big).toHaveLength(2);
    for (const b of big) expect(b.changes).toHaveLength(1);
    // The largest record an importer accepts, with the longest keys around it, is one frame a child reads.
    const key = `u/${'k'.repeat(512)}/${'é'.repeat(512)}`;
    const frame = encodeBatchFrame([Buffer.alloc(MAX_RECORD_BYTES, 1)], { fromKey: key, lastKey: `${key}z`, lastSeq: Number.MAX_SAFE_INTEGER });
    expect(frame.length).toBeLessThanOrEqual(MAX_FRAME_BYTES + 5);
    const [read] = await batchesOf((async function* () { yield frame; })());
    expect(read.changes[0].length).toBe(MAX_RECORD_BYTES);
  });

  it('a run cut after a byte-split batch resumes where it stopped, complete and differential, and ends equal', async () => {
    const parent = await openStore();
    await writeBulletins(parent, 6, 3 * MB);
    const child = await openStore();
    const port = await portTo(parent);
    const run = async (transport: ParentPort, mode: 'complete' | 'differential') => runRule(child, transport, { childId: 'c', via: ['c'], scope, mode, verifyPercent: 100, trust: await trustFor(child, port) });
    await expect(run(cutAfter(port, 2), 'complete')).rejects.toThrow('connection cut');
    expect((await readCheckpoint(child, scope))?.completeAfterKey).toBeTruthy();
    const resumed = await run(port, 'differential');
    expect(resumed).toMatchObject({ mode: 'complete', reason: 'resuming a complete run', verification: { digestEqual: true, mismatched: 0, fellBackToComplete: false } });
    expect(resumed.received).toBeLessThan(6 * 2 + 20);
    expect(await held(child)).toEqual(await held(parent));

    await writeBulletins(parent, 6, 3 * MB, 'b'); // every record changes
    await expect(run(cutAfter(port, 2), 'differential')).rejects.toThrow('connection cut');
    const after = await run(port, 'differential');
    expect(after).toMatchObject({ mode: 'differential', verification: { digestEqual: true, mismatched: 0, fellBackToComplete: false } });
    expect(after.received).toBeLessThan(6 * 2 + 20);
    expect(await held(child)).toEqual(await held(parent));
  });

  it('a repair answer holds what fits in the byte target, and the child asks again for the rest', async () => {
    const parent = await openStore();
    await writeBulletins(parent, 4, 3 * MB);
    const child = await openStore();
    const port = await portTo(parent);
    await runRule(child, port, { childId: 'c', via: ['c'], scope, mode: 'complete', verifyPercent: 0, trust: await trustFor(child, port) });
    // The child loses its copies of the big records: verification finds them missing and fetches them again.
    await child.write([0, 1, 2, 3].map((n) => ({ type: 'del' as const, key: `b/BIG-${n}` })));
    const answers: number[] = [];
    const counting: ParentPort = { ...port, async fetch(s, keys) { const changes = await port.fetch(s, keys); answers.push(changes.reduce((n, c) => n + c.length + CHANGE_OVERHEAD_BYTES, 0)); return changes; } };
    const result = await runRule(child, counting, { childId: 'c', via: ['c'], scope, mode: 'differential', verifyPercent: 100, trust: await trustFor(child, port) });
    expect(result.verification).toMatchObject({ digestEqual: true, fellBackToComplete: false });
    expect(result.verification.repaired).toBeGreaterThanOrEqual(4);
    expect(answers.length).toBeGreaterThanOrEqual(2);
    for (const bytes of answers) expect(bytes).toBeLessThanOrEqual(BATCH_TARGET_BYTES);
    expect(await held(child)).toEqual(await held(parent));
  });
});

/** The port, with its session cut (an error) after the n-th batch was applied. */
function cutAfter(real: ParentPort, n: number): ParentPort {
  return {
    ...real,
    async *session(request) {
      let batches = 0;
      for await (const frame of real.session(request)) {
        if (frame.kind === 'batch' && batches++ === n) throw new Error('connection cut');
        yield frame;
      }
    },
  };
}

async function held(store: RecordStore): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for await (const r of store.records()) out.set(r.key, r.bytes.toString('base64').slice(0, 40) + r.bytes.length);
  return out;
}

async function service(limits: Partial<ParentLimits> = {}) {
  const store = await openStore();
  await writeBulletins(store, 0, 0);
  const children = new Children(store);
  const credentials: Record<string, string> = {};
  for (const id of ['site-a', 'site-b']) credentials[id] = (await children.register(id)).credential;
  const catalog = { store, publication: await publicationOf(store), settings: { languages: async () => ['en-US'] }, staging: { filesIn: async () => [] } } as never;
  const parent = new ParentService({ catalog, children, rules: new Rules(store), self, logger: pino({ level: 'silent' }), limits });
  return { store, children, credentials, parent };
}

/** A call whose body must not be read (it fails the test if it is). */
const headersOnly = (childId: string, credential: string | undefined, read: string[]): SyncCall => ({
  childId,
  credential,
  body: async () => {
    read.push(childId);
    return signedHello(childId);
  },
});

describe('the credential is checked before the body is read', () => {
  it('no credential, a wrong one or an unknown child: refused from the headers, the body never read', async () => {
    const { parent, credentials } = await service();
    const read: string[] = [];
    await expect(parent.hello(headersOnly('site-a', undefined, read))).rejects.toMatchObject({ code: 'AUTH_REQUIRED' });
    await expect(parent.hello(headersOnly('', credentials['site-a'], read))).rejects.toMatchObject({ code: 'AUTH_REQUIRED' });
    const wrong = await parent.session(headersOnly('site-a', 'not-it', read)).catch((e) => e);
    const unknown = await parent.session(headersOnly('nobody', credentials['site-a'], read)).catch((e) => e);
    // An unknown child and a wrong credential look alike: child ids cannot be probed.
    expect(wrong.code).toBe('AUTH_INVALID_CREDENTIAL');
    expect(unknown.code).toBe(wrong.code);
    expect(unknown.message.replace('nobody', 'site-a')).toBe(wrong.message);
    for (const method of ['verify', 'fetch', 'runReport', 'contentList'] as const) {
      await expect(parent[method](headersOnly('site-b', credentials['site-a'], read))).rejects.toMatchObject({ code: 'AUTH_INVALID_CREDENTIAL' });
    }
    expect(read).toEqual([]);
    expect(await parent.hello(headersOnly('site-a', credentials['site-a'], read))).toBeInstanceOf(Uint8Array);
    expect(read).toEqual(['site-a']);
  });

  it('a body that names another child than the headers is REPL_BAD_REQUEST, and changes nothing', async () => {
    const { parent, credentials, children } = await service();
    const forged = signedHello('site-b', { languages: ['de-DE'] });
    await expect(parent.hello(callWith(forged, credentials['site-a'], 'site-a'))).rejects.toMatchObject({ code: 'REPL_BAD_REQUEST' });
    expect((await children.get('site-a')).languages).toEqual([]);
    expect((await children.get('site-b')).languages).toEqual([]);
  });

  it('compares secrets as digests (any length, no early exit) and takes only "Bearer <token>"', () => {
    expect(sameSecret('a-token', 'a-token')).toBe(true);
    expect(sameSecret('a-token', 'a-token-longer')).toBe(false);
    expect(sameSecret('', 'x')).toBe(false);
    expect(bearerToken('Bearer abc')).toBe('abc');
    expect(bearerToken('bearer  abc')).toBe('abc');
    expect(bearerToken('Bearer a configured token ')).toBe('a configured token');
    for (const header of [undefined, '', 'abc', 'Basic abc', 'Bearerabc', 'Bearer ', 'Bearer    ', 'abc Bearer']) expect(bearerToken(header), String(header)).toBeUndefined();
  });
});

describe('per-child limits, each with a setting and a stable code', () => {
  it('policy ids per request (REPL_TOO_MANY_POLICY_IDS), counted in the bytes before any decoding', async () => {
    const { parent, credentials } = await service({ policyIds: 10 });
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `policy-${i}`);
    const call = (bytes: Uint8Array) => callWith(bytes, credentials['site-a'], 'site-a');
    await expect(parent.session(call(wire.encodeSessionRequest(request({ childId: 'site-a', rule: 'policies', policyIds: ids(11) }))))).rejects.toMatchObject({ code: 'REPL_TOO_MANY_POLICY_IDS' });
    const policies: SyncScope = { rule: 'policies', languages: ['en-US'], policyIds: ids(11) };
    await expect(parent.verify(call(wire.encodeVerifyRequest('site-a', { scope: policies, keys: ['p/x'] })))).rejects.toMatchObject({ code: 'REPL_TOO_MANY_POLICY_IDS' });
    await expect(parent.fetch(call(wire.encodeFetchRequest('site-a', policies, ['p/x'])))).rejects.toMatchObject({ code: 'REPL_TOO_MANY_POLICY_IDS' });
    (await parent.session(call(wire.encodeSessionRequest(request({ childId: 'site-a', rule: 'policies', policyIds: ids(10) }))))).release();
    // Millions of empty ids are refused from a count of their tags, never decoded into millions of strings.
    const empties = Buffer.concat([Buffer.from(wire.encodeSessionRequest(request({ childId: 'site-a' }))), Buffer.alloc(2 * 3_000_000, 0)]);
    for (let i = empties.length - 6_000_000; i < empties.length; i += 2) empties[i] = 0x42; // field 8 (policy_ids), length 0
    const decode = SyncRequest.decode;
    let decoded = 0;
    SyncRequest.decode = ((...args: Parameters<typeof decode>) => { decoded++; return decode(...args); }) as typeof decode;
    try {
      await expect(parent.session(call(empties))).rejects.toMatchObject({ code: 'REPL_TOO_MANY_POLICY_IDS' });
    } finally {
      SyncRequest.decode = decode;
    }
    expect(decoded).toBe(0);
  });

  it('descendants per hello (REPL_TOO_MANY_DESCENDANTS), nothing of the report stored', async () => {
    const { parent, credentials, children } = await service({ descendants: 5 });
    const key = NodeKey.generate();
    const descendants = (n: number) => signedDescendants(key.keyid, n);
    const hello = (n: number) => callWith(signedHello('site-a', { key, descendants: descendants(n) }), credentials['site-a']);
    await expect(parent.hello(hello(6))).rejects.toMatchObject({ code: 'REPL_TOO_MANY_DESCENDANTS' });
    expect((await children.get('site-a')).descendants).toEqual([]);
    // A session's via names the child and its descendants: one more than the limit.
    await expect(parent.session(callWith(wire.encodeSessionRequest(request({ childId: 'site-a', via: ['mine', ...descendants(6).map((d) => d.identity)] })), credentials['site-a']))).rejects.toMatchObject({ code: 'REPL_TOO_MANY_DESCENDANTS' });
    // Languages per node are bounded too, in each descendant as well.
    const many = LanguageReport.encode({ protocolVersion: PROTOCOL_VERSION, childId: 'site-a', identity: 'mine', descendants: [{ identity: 'x', languages: Array.from({ length: 300 }, () => 'de-DE') }] }).finish();
    await expect(parent.hello(callWith(many, credentials['site-a']))).rejects.toMatchObject({ code: 'REPL_BAD_REQUEST' });
    await parent.hello(hello(5));
    expect((await children.get('site-a')).descendants).toHaveLength(5);
  });

  it('sessions open at once (REPL_BUSY), as configured', async () => {
    const { parent, credentials } = await service({ sessionsPerChild: 2 });
    const open = () => parent.session(callWith(wire.encodeSessionRequest(request({ childId: 'site-a' })), credentials['site-a']));
    const first = await open();
    await open();
    await expect(open()).rejects.toMatchObject({ code: 'REPL_BUSY' });
    first.release();
    await open();
  });

  it('a session whose frames are abandoned mid-stream releases its view of the store and its place', async () => {
    const { parent, credentials, store } = await service({ sessionsPerChild: 1 });
    await writeBulletins(store, 3, 3 * MB);
    // Each session holds the published view it reads (a snapshot of the store) until it lets it go.
    const publication = await publicationOf(store);
    const acquire = publication.acquire.bind(publication);
    const released: boolean[] = [];
    publication.acquire = async (cls) => {
      const got = await acquire(cls);
      const at = released.push(false) - 1;
      return { published: got.published, release: async () => { released[at] = true; await got.release(); } };
    };
    const call = () => callWith(wire.encodeSessionRequest(request({ childId: 'site-a' })), credentials['site-a']);
    const { frames } = await parent.session(call());
    for (let kind = ''; kind !== 'batch';) kind = (await readReceivedFrames((async function* () { yield (await frames.next()).value as Buffer; })()).next()).value!.kind;
    expect(released).toEqual([false]); // the walk is under way
    await frames.return(undefined); // what a transport does when the child goes away
    expect(released).toEqual([true]);
    (await parent.session(call())).release();
  });

  it('run report bodies (BODY_TOO_LARGE): an honest report always fits, whatever its texts', async () => {
    const { parent, credentials } = await service({ runReportBytes: 64 * 1024 });
    const run: wire.RunReportData = { id: 1, rule: 'catalog', trigger: 't'.repeat(MB), started: 's'.repeat(MB), reason: 'r'.repeat(MB), durationMs: 1, status: 'failed', error: { code: 'C'.repeat(MB), message: '\u{1F600}'.repeat(MB) } };
    const honest = wire.encodeRunReport('site-a', run);
    expect(honest.length).toBeLessThanOrEqual(MIN_RUN_REPORT_BYTES);
    const worst = wire.encodeRunReport('site-a', { ...run, trigger: '\u20ac'.repeat(MB), started: '\u20ac'.repeat(MB), reason: '\u20ac'.repeat(MB), error: { code: '\u20ac'.repeat(MB), message: '\u20ac'.repeat(MB) } });
    expect(worst.length).toBeLessThanOrEqual(MIN_RUN_REPORT_BYTES);
    await parent.runReport(callWith(honest, credentials['site-a']));
    const hostile = Buffer.concat([Buffer.from(honest), Buffer.from([0x9a, 0x01, 0x80, 0x80, 0x04]), Buffer.alloc(65536, 0x6d)]);
    await expect(parent.runReport(callWith(hostile, credentials['site-a']))).rejects.toMatchObject({ code: 'BODY_TOO_LARGE' });
  });

  it('settings: each limit has a documented default and is validated', () => {
    const config = loadConfig({ env: {} });
    expect(config).toMatchObject({ syncPolicyIdsLimit: 1000, syncDescendantsLimit: 1000, syncSessionsPerChildLimit: 4, syncRunReportLimitBytes: 65536, syncBodyLimitBytes: 16 * MB });
    expect(loadConfig({ env: {}, flags: { syncPolicyIdsLimit: 50 } }).syncPolicyIdsLimit).toBe(50);
    for (const key of ['syncPolicyIdsLimit', 'syncDescendantsLimit', 'syncSessionsPerChildLimit', 'syncRunReportLimitBytes'] as const) {
      expect(() => loadConfig({ env: {}, flags: { [key]: 0 } }), key).toThrow(key);
      expect(() => loadConfig({ env: {}, flags: { [key]: 'many' } }), key).toThrow(key);
    }
    // A child's own reports must always fit: the report limit cannot go below what one can weigh.
    expect(() => loadConfig({ env: {}, flags: { syncRunReportLimitBytes: 16 * 1024 } })).toThrow('syncRunReportLimitBytes');
    // The child id travels in a header: one the parent could not have registered is refused at start.
    expect(() => loadConfig({ env: {}, flags: { parent: { url: 'http://hq:8470', childId: 'site a\n', credential: 'c' } } })).toThrow('childId');
    expect(loadConfig({ env: {}, flags: { parent: { url: 'http://hq:8470', childId: 'site-a.1', credential: 'c' } } }).parent?.childId).toBe('site-a.1');
  });
});

describe('run reports cost the same whatever the history holds', () => {
  /** Bytes each state write of the store carries (puts and batches), by call. */
  function meterWrites(store: RecordStore): number[] {
    const sizes: number[] = [];
    const size = (value: unknown) => (value === undefined ? 0 : JSON.stringify(value).length);
    const { put, batch } = store.state;
    store.state.put = ((key: string, value: unknown, ...rest: unknown[]) => { sizes.push(size(value)); return (put as Function).call(store.state, key, value, ...rest); }) as typeof put;
    store.state.batch = ((ops: Array<{ value?: unknown }>, ...rest: unknown[]) => { sizes.push(ops.reduce((n, op) => n + size(op.value), 0)); return (batch as Function).call(store.state, ops, ...rest); }) as typeof batch;
    return sizes;
  }

  it('keeps a report with a few small writes, the newest 100 per child, each report once', async () => {
    const { parent, credentials, children, store } = await service();
    const report = (child: string, id: number) => callWith(wire.encodeRunReport(child, { id, rule: 'catalog', trigger: 'schedule', started: new Date(id).toISOString(), durationMs: 1, status: 'failed', error: { code: 'X', message: 'm'.repeat(wire.MAX_TEXT) } }), credentials[child]);
    await parent.runReport(report('site-b', 1));
    const sizes = meterWrites(store);
    for (let id = 1; id <= 250; id++) await parent.runReport(report('site-a', id));
    const one = JSON.stringify((await children.reportedRuns('site-a'))[0]).length;
    // Each report's writes carry about the report itself, not the history it joins.
    expect(Math.max(...sizes)).toBeLessThan(3 * one);
    const mine = await children.reportedRuns('site-a');
    expect(mine).toHaveLength(100);
    expect(mine.map((r) => r.id)).toEqual(Array.from({ length: 100 }, (_, i) => 250 - i));
    expect(await children.reportedRuns('site-b')).toHaveLength(1);
    expect((await children.reportedRuns()).slice(0, 2).map((r) => [r.child, r.id])).toEqual([['site-a', 250], ['site-a', 249]]);
    // Sent again (its answer was lost): kept once.
    await parent.runReport(report('site-a', 250));
    await parent.runReport(report('site-a', 200));
    expect((await children.reportedRuns('site-a')).filter((r) => r.id === 250 || r.id === 200)).toHaveLength(2);
    // A removed child's runs go with it.
    await children.remove('site-a');
    expect(await children.reportedRuns('site-a')).toEqual([]);
    expect(await children.reportedRuns()).toHaveLength(1);
  });
});

describe('the admin API over HTTP', () => {
  it('answers OPTIONS and unknown routes under /api/v1 (in any case) only with the token, and takes only "Bearer <token>"', async () => {
    const node = await startTestNode();
    cleanups.push(() => node.close());
    for (const [method, path] of [['OPTIONS', '/api/v1/status'], ['OPTIONS', '/api/v1/health'], ['GET', '/api/v1/no-such-route'], ['GET', '/API/V1/STATUS'], ['DELETE', '/Api/v1/children/x']]) {
      const res = await fetch(`${node.url}${path}`, { method });
      expect(res.status, `${method} ${path}`).toBe(401);
      expect(res.headers.get('allow')).toBeNull();
    }
    for (const authorization of [TEST_TOKEN, `Basic ${TEST_TOKEN}`, `Bearer${TEST_TOKEN}`, `Bearer ${TEST_TOKEN}x`, `Bearer ${TEST_TOKEN.slice(0, -1)}`]) {
      expect((await fetch(`${node.url}/api/v1/status`, { headers: { authorization } })).status, authorization).toBe(401);
    }
    expect((await fetch(`${node.url}/api/v1/status`, { method: 'OPTIONS', headers: { authorization: `Bearer ${TEST_TOKEN}` } })).status).toBe(200);
    expect((await fetch(`${node.url}/api/v1/health`)).status).toBe(200);
  });

  it('creates its data directory 0700 and every file in it 0600', async () => {
    const node = await startTestNode();
    cleanups.push(() => node.close());
    const loose: string[] = [];
    const walk = (path: string) => {
      const stat = statSync(path);
      if (stat.mode & 0o077) loose.push(`${path} ${(stat.mode & 0o777).toString(8)}`);
      if (stat.isDirectory()) for (const name of readdirSync(path)) walk(join(path, name));
    };
    walk(node.dataDir);
    expect(readdirSync(join(node.dataDir, 'db')).length).toBeGreaterThan(3);
    expect(loose).toEqual([]);
  });

  it('takes the child id from x-patchtree-child: without it a sync call is AUTH_REQUIRED, its body unread', async () => {
    const node = await startTestNode();
    cleanups.push(() => node.close());
    const { credential } = (await node.api('POST', '/children', { id: 'site' })).body;
    const hello = signedHello('site');
    const call = (headers: Record<string, string>) => fetch(`${node.url}/sync/v1/hello`, { method: 'POST', body: hello as Uint8Array<ArrayBuffer>, headers: { 'content-type': 'application/x-protobuf', ...headers } });
    const without = await call({ authorization: `Bearer ${credential}` });
    expect([without.status, without.headers.get('x-patchtree-error')]).toEqual([401, 'AUTH_REQUIRED']);
    // A large body is not waited for: the refusal comes from the headers alone, and the connection closes.
    for (const headers of [{ authorization: 'Bearer nope', [wire.CHILD_HEADER]: 'site' }, { [wire.CHILD_HEADER]: 'site' }]) {
      const answer = await within(new Promise<{ status?: number; connection?: string }>((resolve, reject) => {
        const req = httpRequest(`${node.url}/sync/v1/session`, { method: 'POST', headers: { 'content-type': 'application/x-protobuf', 'content-length': 10 * MB, ...headers } });
        req.on('response', (res) => { res.resume(); resolve({ status: res.statusCode, connection: res.headers.connection }); });
        req.on('error', reject);
        req.flushHeaders(); // and never a byte of the body
      }), 10_000, 'the refusal of a call whose body never comes');
      expect(answer).toEqual({ status: 401, connection: 'close' });
    }
    const unknown = await call({ authorization: `Bearer ${credential}`, [wire.CHILD_HEADER]: 'nobody' });
    const wrong = await call({ authorization: 'Bearer nope', [wire.CHILD_HEADER]: 'site' });
    expect([unknown.status, unknown.headers.get('x-patchtree-error')]).toEqual([wrong.status, wrong.headers.get('x-patchtree-error')]);
    expect((await call({ authorization: `Bearer ${credential}`, [wire.CHILD_HEADER]: 'site' })).status).toBe(200);
  });
});
