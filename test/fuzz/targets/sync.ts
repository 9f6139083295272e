import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { PROTOCOL_VERSION, readReceivedFrames, type ReceivedFrame } from '../../../protocol/index.js';
import { NodeKey } from '../../../catalog/index.js';
import { wire } from '../../../replication/index.js';
import { signedDescendants, signedHello } from '../../helpers/replication.js';
import { registerChild, setupParent, showBody, type FixtureServer, type FuzzNode } from '../engine/fixtures.js';
import { sendRaw, type RawRequest, type RawResponse } from '../engine/http.js';
import { mutateMessage } from '../engine/protobuf.js';
import { NASTY_STRINGS, nastyString } from '../engine/nasty.js';
import { accepted, failure, judgeAnswer, type Verdict } from '../engine/oracle.js';
import type { Rng } from '../engine/rng.js';
import { storeState, type FuzzInput, type FuzzTarget } from '../engine/runner.js';
import { havoc } from '../engine/bytes.js';

/**
 * Every sync endpoint over real HTTP to a real parent process (a catalog, a
 * staged bulletin and a policy of its own, two registered children):
 * - pre-auth: no, a wrong, a mangled or another child's credential, the
 *   child header missing or mangled, other methods, paths, media types and
 *   lengths that lie;
 * - post-auth: the right credential, with bodies made by mutating the real
 *   requests a child sends (a hello with signed statements, sessions
 *   complete and differential with a real checkpoint, verify by keys and by
 *   sample, fetch, a run report, a content list).
 * The sync API only reads records: no input, accepted or not, may change the
 * parent's digest or last sequence.
 */

export const ENDPOINTS = ['hello', 'session', 'verify', 'fetch', 'runs', 'content'] as const;
type Endpoint = (typeof ENDPOINTS)[number];

/** The message type of each endpoint's request (schema-aware mutations). */
const REQUEST_TYPE: Record<Endpoint, string> = { hello: 'LanguageReport', session: 'SyncRequest', verify: 'VerifyRequest', fetch: 'FetchRequest', runs: 'RunReport', content: 'ContentListRequest' };

const CHILD = 'fuzz-child';
const OTHER = 'other-child';
const PROTOBUF = 'application/x-protobuf';

interface SyncInput extends FuzzInput {
  endpoint: Endpoint;
  request: RawRequest;
}

export interface SyncTarget extends FuzzTarget<SyncInput> {
  close(): Promise<void>;
}

/** The real requests of a real child, in their variants: what post-auth inputs mutate. */
type Seeds = Record<Endpoint, Buffer[]>;

export async function syncTarget(dir: string, server: FixtureServer): Promise<SyncTarget> {
  const { node } = await setupParent(join(dir, 'sync-parent'), server, { nodeId: 'fuzz-sync' });
  const child = await registerChild(node, CHILD);
  const other = await registerChild(node, OTHER);
  const seeds = await realRequests(node, child.credential);

  const post = (endpoint: Endpoint, body: Buffer, headers: Array<[string, string]>): RawRequest => ({ method: 'POST', path: `/sync/v1/${endpoint === 'runs' ? 'runs' : endpoint}`, headers, body });
  const goodHeaders = (): Array<[string, string]> => [['authorization', `Bearer ${child.credential}`], [wire.CHILD_HEADER, CHILD], ['content-type', PROTOBUF]];

  function preAuth(rng: Rng, endpoint: Endpoint): { request: RawRequest; label: string } {
    const body = rng.chance(0.7) ? rng.pick(seeds[endpoint]) : rng.chance(0.5) ? havoc(rng.pick(seeds[endpoint]), rng).bytes : rng.bytes(rng.size(2048));
    const headers: Array<[string, string]> = [['content-type', PROTOBUF]];
    const steps: string[] = [];
    // Who the call says it is.
    const credential = rng.weighted<() => string | undefined>([
      [3, () => undefined],
      [2, () => mangle(child.credential, rng)],
      [2, () => other.credential], // another child's valid credential with this child's id
      [1, () => nastyHeader(rng)],
      [1, () => ''],
    ])();
    const scheme = rng.weighted([[6, 'Bearer '], [1, 'bearer '], [1, 'Basic '], [1, ''], [1, 'Bearer  '], [1, 'Token ']] as const);
    if (credential !== undefined) {
      headers.push(['authorization', `${scheme}${credential}`]);
      steps.push(`auth:${scheme.trim() || 'bare'}`);
    } else steps.push('auth:none');
    const childId = rng.weighted<() => string | undefined>([[3, () => CHILD], [2, () => undefined], [1, () => OTHER], [1, () => 'nobody'], [1, () => nastyHeader(rng)], [1, () => CHILD.toUpperCase()]])();
    if (childId !== undefined) headers.push([wire.CHILD_HEADER, childId]);
    steps.push(childId === undefined ? 'child:none' : `child:${childId === CHILD ? 'self' : 'other'}`);
    // (sendRaw waits for a refusal from the headers before it sends a body of more than 64 KiB: see earlyAnswerMs.)
    const request = post(endpoint, body, headers);
    // The transport around the call.
    switch (rng.weighted([[10, 'none'], [1, 'method'], [1, 'path'], [1, 'type'], [1, 'length']] as const)) {
      case 'method':
        request.method = rng.pick(['GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'post']);
        steps.push(`method:${request.method}`);
        break;
      case 'path':
        request.path = rng.pick([`/sync/v1/${endpoint}/`, `/SYNC/V1/${endpoint.toUpperCase()}`, `/sync/v1/${endpoint}?x=1`, `//sync/v1/${endpoint}`, `/sync/v1/x/../${endpoint}`, `/sync/v1/%2e%2e/${endpoint}`, `/sync/v2/${endpoint}`, '/sync/v1/', '/sync/v1/unknown', `/sync/v1/${endpoint}%00`]);
        steps.push('path');
        break;
      case 'type':
        headers[0][1] = rng.pick(['text/plain', 'application/json', 'application/x-protobuf; charset=utf-8', 'multipart/form-data; boundary=x', '*/*', 'x']);
        steps.push('content-type');
        break;
      case 'length':
        // A body announced far larger than the limit and never sent: refused from the headers, the connection closed.
        request.declaredLength = String(rng.pick([17 << 20, 2 ** 31, 1e15]));
        request.headersOnly = true;
        steps.push('declared-huge');
        break;
    }
    return { request, label: `pre-auth:${endpoint}:${steps.join('+')}` };
  }

  function postAuth(rng: Rng, endpoint: Endpoint): { request: RawRequest; label: string } {
    const base = rng.pick(seeds[endpoint]);
    let body: Buffer;
    let label: string;
    switch (rng.weighted([[16, 'mutate'], [1, 'other-endpoint'], [1, 'empty'], [1, 'random'], [1, 'too-large']] as const)) {
      case 'mutate': {
        const m = mutateMessage(base, rng, REQUEST_TYPE[endpoint]);
        ({ bytes: body, label } = m);
        break;
      }
      case 'other-endpoint': {
        const from = rng.pick(ENDPOINTS.filter((e) => e !== endpoint));
        body = rng.pick(seeds[from]);
        label = `body-of:${from}`;
        break;
      }
      case 'empty':
        body = Buffer.alloc(0);
        label = 'empty';
        break;
      case 'random':
        body = rng.bytes(rng.size(4096));
        label = 'random';
        break;
      default: {
        const request = post(endpoint, Buffer.alloc(0), goodHeaders());
        request.declaredLength = String(endpoint === 'runs' ? 65 * 1024 : 17 << 20);
        request.headersOnly = true;
        return { request, label: `post-auth:${endpoint}:declared-too-large` };
      }
    }
    // Authenticated: the body is read, so it is sent at once.
    return { request: { ...post(endpoint, body, goodHeaders()), earlyAnswerMs: 0 }, label: `post-auth:${endpoint}:${label}` };
  }

  return {
    name: 'sync',
    readOnly: true,
    watched: () => [node],
    state: () => storeState(node),
    generate(rng) {
      const endpoint = rng.pick(ENDPOINTS);
      const phase = rng.chance(0.35) ? 'pre-auth' : 'post-auth';
      const { request, label } = phase === 'pre-auth' ? preAuth(rng, endpoint) : postAuth(rng, endpoint);
      return {
        row: `sync:${phase}`,
        label,
        endpoint,
        request,
        show: () => `${request.method} ${request.path} headers ${JSON.stringify(request.headers)}${request.declaredLength ? ` content-length ${request.declaredLength}` : ''} body ${showBody(request.body)}`,
      };
    },
    async run(input) {
      const res = await sendRaw(node.url, input.request);
      return judgeSyncAnswer(input.endpoint, res, input.request.method);
    },
    close: () => node.kill('SIGKILL'),
  };
}

/** A sync answer judged, with an accepted session's frames read to the end (an error frame must carry a stable code too). */
export async function judgeSyncAnswer(endpoint: Endpoint, res: RawResponse, method = 'POST'): Promise<Verdict> {
  const verdict = judgeAnswer(res, { method });
  if (verdict.kind !== 'accepted' || endpoint !== 'session' || res.status !== 200) return verdict;
  try {
    for await (const frame of readReceivedFrames((async function* () { yield res.body; })())) {
      if (frame.kind === 'error') {
        const code = frame.error.code ?? '';
        if (!/^[A-Z][A-Z0-9_]+$/.test(code) || code === 'INTERNAL') return failure(`a session broke off with error frame ${JSON.stringify(code)}: ${frame.error.message}`);
        return accepted(200, `error frame ${code}`);
      }
    }
  } catch (err) {
    return failure(`an accepted session's frames do not read: ${(err as Error).message}`);
  }
  return verdict;
}

const mangle = (credential: string, rng: Rng) =>
  rng.pick([
    () => credential.slice(0, -1),
    () => `${credential}x`,
    () => credential.slice(0, 1) + (credential[1] === 'A' ? 'B' : 'A') + credential.slice(2),
    () => credential.toUpperCase(),
    () => credential.split('').reverse().join(''),
    () => credential.slice(0, rng.int(credential.length)),
    () => `${credential} ${credential}`,
    () => credential.repeat(rng.pick([2, 100])),
  ])();

/** A header value that still makes a request line parse (no CR/LF): what a header may carry. */
function nastyHeader(rng: Rng): string {
  const s = rng.chance(0.5) ? rng.pick(NASTY_STRINGS) : nastyString(rng);
  return s.replace(/[\r\n\u0000]/g, '').slice(0, rng.chance(0.9) ? 200 : 7000);
}

/** Frames of a real session, read whole. */
async function sessionFrames(node: FuzzNode, credential: string, body: Uint8Array): Promise<ReceivedFrame[]> {
  const res = await sendRaw(node.url, { method: 'POST', path: '/sync/v1/session', headers: [['authorization', `Bearer ${credential}`], [wire.CHILD_HEADER, CHILD], ['content-type', PROTOBUF]], body: Buffer.from(body) });
  if (res.status !== 200) throw new Error(`a real session was refused: ${res.status} ${res.headers['x-patchtree-error']}`);
  const frames: ReceivedFrame[] = [];
  for await (const f of readReceivedFrames((async function* () { yield res.body; })())) frames.push(f);
  return frames;
}

/** The requests a real child sends this parent, built with the project's own encoders and a real session's checkpoint and view. */
async function realRequests(node: FuzzNode, credential: string): Promise<Seeds> {
  const key = NodeKey.generate();
  const records: Array<{ key: string }> = (await node.api('GET', '/records?limit=1000')).body.records;
  const catalogKeys = records.map((r) => r.key).filter((k) => /^[bus]\//.test(k));
  const policyKeys = records.map((r) => r.key).filter((k) => /^[pe]\//.test(k));
  const policyIds = policyKeys.filter((k) => k.startsWith('p/')).map((k) => k.slice(2));
  const session = (over: Partial<wire.SessionRequest> = {}) => Buffer.from(wire.encodeSessionRequest({ protocolVersion: PROTOCOL_VERSION, childId: CHILD, via: [key.keyid], rule: 'catalog', mode: 'complete', languages: ['en-US'], policyIds: [], ...over }));
  const frames = await sessionFrames(node, credential, session());
  const start = frames.find((f) => f.kind === 'start');
  if (start?.kind !== 'start') throw new Error('a real session has no start frame');
  const listings = frames.filter((f) => f.kind === 'listing').map((f) => createHash('sha256').update((f as { data: Uint8Array }).data).digest('hex'));
  const checkpoint = { storeId: start.start.storeId, seq: Number(start.start.uptoSeq), filter: start.start.filter };
  const viewId = Number(start.start.viewId ?? 0);
  const scope = { rule: 'catalog' as const, languages: ['en-US'], policyIds: [], viewId };
  const policiesScope = { rule: 'policies' as const, languages: ['en-US', 'de-DE'], policyIds, viewId: 0 };
  const run: wire.RunReportData = { id: 7, rule: 'catalog', trigger: 'schedule', started: new Date().toISOString(), durationMs: 1234, status: 'failed', mode: 'complete', reason: 'the checkpoint was older than the tombstone horizon', received: 12, applied: 10, deleted: 1, bytes: 4096, verification: { digestEqual: false, sampled: 5, mismatched: 1, repaired: 1, fellBackToComplete: true }, error: { code: 'REPL_INTERRUPTED', message: 'the call broke off' } };
  return {
    hello: [
      Buffer.from(signedHello(CHILD, { key, languages: ['en-US', 'de-DE'] })),
      Buffer.from(signedHello(CHILD, { key, languages: ['en-US'], descendants: signedDescendants(key.keyid, 3, ['ja-JP']) })),
    ],
    session: [
      session(),
      session({ mode: 'differential', checkpoint, heldListings: listings }),
      session({ mode: 'complete', checkpoint: { ...checkpoint, completeAfterKey: catalogKeys[Math.floor(catalogKeys.length / 2)] ?? '', completeUpto: checkpoint.seq } }),
      session({ rule: 'policies', mode: 'complete', languages: ['en-US', 'de-DE'], policyIds, batchSize: 2 }),
    ],
    verify: [
      Buffer.from(wire.encodeVerifyRequest(CHILD, { scope, keys: catalogKeys.slice(0, 20) })),
      Buffer.from(wire.encodeVerifyRequest(CHILD, { scope, percent: 5 })),
      Buffer.from(wire.encodeVerifyRequest(CHILD, { scope, percent: 100, pageAfter: catalogKeys[2] ?? '', pageLimit: 5 })),
      Buffer.from(wire.encodeVerifyRequest(CHILD, { scope: policiesScope, keys: policyKeys })),
    ],
    fetch: [
      Buffer.from(wire.encodeFetchRequest(CHILD, scope, catalogKeys.slice(0, 5))),
      Buffer.from(wire.encodeFetchRequest(CHILD, policiesScope, policyKeys)),
    ],
    runs: [Buffer.from(wire.encodeRunReport(CHILD, run)), Buffer.from(wire.encodeRunReport(CHILD, { ...run, id: 8, rule: 'content', status: 'ok', error: undefined }))],
    content: [Buffer.from(wire.encodeContentListRequest(CHILD, ['en-US', 'de-DE'], [key.keyid]))],
  };
}
