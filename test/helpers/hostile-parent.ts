import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname } from 'node:path';
import pino from 'pino';
import { encodeChange, PatchtreeError, SYNC_FRAME, type FieldSpec, type MessageSpec } from '../../protocol/index.js';
import { BULLETIN, CHANGE, contentBinding, contentGroupOf, NodeKey, POLICY, POLICY_ENTRY, SEVERITY_LEVELS, SOFTWARE_UPDATE, type Catalog, type PublicKeyInfo } from '../../catalog/index.js';
import { SYNC_ERROR } from '../../protocol/frames.js';
import { callWith, Children, ParentService, Rules, wire } from '../../replication/index.js';
import { signedHello } from './replication.js';
import { CONTENT_LIST, FETCH_RESPONSE, LANGUAGE_ACK, VERIFY_RESPONSE } from '../../replication/wire.js';
import { openCatalog } from './catalog.js';
import { delimited, encodeRaw, parseRaw, splitFrames, text, varint, type RawField } from './raw-protobuf.js';

/**
 * A parent of the project's own that lies: an HTTP server on 127.0.0.1
 * speaking the sync protocol through the real ParentService (so its honest
 * answers are exactly a parent's), over a small catalog of its own, and a
 * generator of hostile answers that breaks every field of every message a
 * parent sends a child (LanguageAck and its RuleSetting and RunNow, every
 * SyncFrame kind, each Change and record type, VerifyResponse,
 * FetchResponse, ContentListResponse, SyncError, the /content/ bytes), in
 * forms a child must refuse: wrong wire types, broken UTF-8, a field twice,
 * lengths past the end, varints past 2^53 or 2^64, unknown enum values,
 * values an import would refuse, truncated and oversized frames.
 *
 * Deterministic by seed (the garbage bytes and the order), so that a fuzz
 * suite can draw more cases from it and replay any one by its id.
 */

export const CHILD_ID = 'site';
/** The child the tests run manages this language (and neutral). */
export const CHILD_LANGUAGES = ['en-US'];
/** An update whose staged file the honest content list leaves out: content-bytes cases offer it. */
export const RESERVED_UPDATE = 'u/HT-2/HT-2-neutral';
/** An update the child does not hold (ja-JP): content offered for it is ignored. */
export const FOREIGN_UPDATE = 'u/HT-3/HT-3-ja';

export type Endpoint = 'hello' | 'session' | 'verify' | 'fetch' | 'content' | 'content-bytes';

/** An HTTP answer: status, body chunks (written in order, then the response ends). */
export interface Answer {
  status: number;
  chunks: Uint8Array[];
  headers?: Record<string, string>;
}

/** Rewrites the honest answer of one endpoint (given the request's bytes); undefined keeps it. */
export type Rewrite = (honest: Answer, request: Uint8Array) => Answer | undefined;

export interface HostileCase {
  /** Stable name: endpoint, the message path and what was broken (replay a case by its id). */
  id: string;
  /** What the child runs to meet it ('hello': a language report). */
  rule: 'catalog' | 'policies' | 'content' | 'hello';
  verifyPercent: number;
  /** 'refused': the run fails with a stable code; 'ignored': the run succeeds and takes nothing of it. Either way nothing changes. */
  expect: 'refused' | 'ignored';
  /** The endpoints it answers for, honestly elsewhere. */
  answers: Partial<Record<Endpoint, Rewrite>>;
}

// --- the parent's catalog -----------------------------------------------------------

const FILES: Record<string, Buffer> = {
  'u/HT-1/HT-1-en': Buffer.from('english package bytes '.repeat(40)),
  'u/HT-1/HT-1-ja': Buffer.from('japanese package bytes '.repeat(40)),
  'u/HT-1/HT-1-neutral': Buffer.from('neutral package bytes, no vendor hash '.repeat(30)),
  [RESERVED_UPDATE]: Buffer.from('reserved neutral package '.repeat(50)),
};
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function update(bulletin: string, id: string, language: string, vendorHash: boolean) {
  const bytes = FILES[`u/${bulletin}/${id}`] ?? Buffer.from(id);
  return {
    id, kb: `KB${id.length}00${bulletin.slice(3)}`, fileName: `${id.toLowerCase()}.msu`, language, product: 'Windows 11', platform: 'x64',
    url: `https://download.vendor.example/${id}.msu`, size: bytes.length, hashAlgorithm: vendorHash ? 'sha256' : '', hash: vendorHash ? sha256(bytes) : '',
    commandLine: '/quiet /norestart', restartRequired: true, supersedes: ['KB1000'], updateType: 'Security Update',
  };
}

const DATASET = [
  {
    bulletin: { id: 'HT-1', vendor: 'Contoso', title: 'Contoso monthly rollup', vendorSeverity: 'Critical', released: '2026-11-10', revised: '2026-11-11', description: 'rollup', supersedes: ['HT-0'], products: ['Windows 11'] },
    updates: [update('HT-1', 'HT-1-en', 'en-US', true), update('HT-1', 'HT-1-ja', 'ja-JP', true), update('HT-1', 'HT-1-neutral', 'neutral', false)],
  },
  { bulletin: { id: 'HT-2', vendor: 'Contoso', title: 'Neutral fix', vendorSeverity: 'Low', released: '2026-11-12', revised: '', description: '', supersedes: [], products: [] }, updates: [update('HT-2', 'HT-2-neutral', 'neutral', false)] },
  { bulletin: { id: 'HT-3', vendor: 'Fabrikam', title: 'Japanese fix', vendorSeverity: 'Moderate', released: '2026-11-13', revised: '', description: '', supersedes: [], products: [] }, updates: [update('HT-3', 'HT-3-ja', 'ja-JP', true)] },
];

async function stageFile(catalog: Catalog, updateKey: string, vendorHash: boolean, url: string, language: string): Promise<void> {
  const bytes = FILES[updateKey];
  const hash = sha256(bytes);
  const partial = catalog.content.partialPathFor('sha256', hash);
  await mkdir(dirname(partial), { recursive: true });
  await writeFile(partial, bytes);
  await catalog.content.commit(partial, 'sha256', hash);
  const file = { algorithm: 'sha256', hash, size: bytes.length, verified: vendorHash, stagedAt: new Date(0).toISOString(), ...(vendorHash ? {} : { url }) };
  await catalog.staging.recordStaged(updateKey, file);
  // As staging does at a publisher: a file without a vendor hash is bound to its update in a signed content listing.
  if (!vendorHash) await catalog.store.writePublished([{ group: contentGroupOf([language]), hash: contentBinding(updateKey, file), present: true }]);
}

// --- the server ---------------------------------------------------------------------

export interface FakeParent {
  url: string;
  credential: string;
  /** The keys a child registered here pins (its catalog's publisher key): put them in the child's parent.publisherKeys. */
  publisherKeys: PublicKeyInfo[];
  catalog: Catalog;
  /** The parent's honest answer to a request, as the server would send it with no case in force. */
  honest(endpoint: Endpoint, request: Uint8Array): Promise<Answer>;
  /** Calls served per endpoint, honest or not. */
  served: Record<Endpoint | 'runs', number>;
  /** The hostile case in force (undefined: honest answers). */
  use(hostile: HostileCase | undefined): void;
  close(): Promise<void>;
}

const SYNC_STATUS: Record<string, number> = { AUTH_INVALID_CREDENTIAL: 401, AUTH_UNKNOWN_CHILD: 403, REPL_LOOP: 409, REPL_BUSY: 429, PROTO_VERSION: 426 };

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function send(res: ServerResponse, answer: Answer): void {
  res.writeHead(answer.status, { 'content-type': 'application/x-protobuf', ...answer.headers });
  for (const chunk of answer.chunks) res.write(chunk);
  res.end();
}

/** Starts the fake parent on 127.0.0.1 with its catalog (three bulletins in en-US, ja-JP and neutral, staged files, a policy, severity levels). */
export async function startFakeParent(options: { port?: number } = {}): Promise<FakeParent> {
  const { catalog, close: closeCatalog } = await openCatalog({ languages: ['en-US', 'ja-JP'] });
  await catalog.importParsed('feed', DATASET);
  for (const { updates } of DATASET.slice(0, 2)) for (const u of updates) {
    const key = `u/${u.id.slice(0, 4)}/${u.id}`;
    await stageFile(catalog, key, !!u.hash, u.url, u.language);
  }
  await catalog.policies.create({ name: 'Hostile test policy', bulletinIds: ['HT-1'] });
  await catalog.settings.setSeverityLevels(['Urgent', 'Routine']);
  const rules = new Rules(catalog.store);
  // Schedules out of the way: the tests run rules by pull, one at a time.
  for (const name of ['language-alerting', 'catalog', 'policies', 'content']) await rules.set(name, { schedule: '0 0 1 1 *' });
  const children = new Children(catalog.store);
  const { credential } = await children.register(CHILD_ID);
  const service = new ParentService({ catalog, children, rules, self: { nodeId: 'fake-parent', identity: NodeKey.generate().keyid }, logger: pino({ level: 'silent' }) });

  let hostile: HostileCase | undefined;
  const served: FakeParent['served'] = { hello: 0, session: 0, verify: 0, fetch: 0, content: 0, 'content-bytes': 0, runs: 0 };
  const refusal = (err: unknown): Answer => {
    const code = err instanceof PatchtreeError ? err.code : 'INTERNAL';
    return { status: SYNC_STATUS[code] ?? 400, chunks: [wire.encodeSyncError(code, (err as Error).message)], headers: { 'x-patchtree-error': code } };
  };

  async function honestAnswer(endpoint: Endpoint, body: Buffer, credential: string | undefined): Promise<Answer> {
    const ok = (bytes: Uint8Array): Answer => ({ status: 200, chunks: [bytes] });
    switch (endpoint) {
      case 'hello': return ok(await service.hello(callWith(body, credential, CHILD_ID)));
      case 'verify': return ok(await service.verify(callWith(body, credential, CHILD_ID)));
      case 'fetch': return ok(await service.fetch(callWith(body, credential, CHILD_ID)));
      case 'content': {
        const files = wire.decodeContentList(await service.contentList(callWith(body, credential, CHILD_ID)));
        // The reserved file is offered only by the cases that serve hostile bytes for it.
        return ok(wire.encodeContentList(files.filter((f) => f.updateKey !== RESERVED_UPDATE || hostile?.answers['content-bytes'])));
      }
      case 'session': {
        // Every session complete: each carries all the child holds, so that every record can be broken in every run.
        const request = wire.decodeSessionRequest(body);
        const { frames } = await service.session(callWith(wire.encodeSessionRequest({ ...request, mode: 'complete' }), credential, CHILD_ID));
        const chunks: Uint8Array[] = [];
        for await (const frame of frames) chunks.push(frame);
        return { status: 200, chunks: [Buffer.concat(chunks)] };
      }
      default: throw new Error(`no honest answer for ${endpoint}`);
    }
  }

  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const content = /^\/content\/(sha1|sha256|sha512)\/([0-9a-f]+)$/.exec(path);
      if (req.method === 'GET' && content) {
        served['content-bytes']++;
        const [, algorithm, hash] = content;
        const honest: Answer = (await catalog.content.has(algorithm as 'sha256', hash))
          ? { status: 200, chunks: [FILES[Object.keys(FILES).find((k) => sha256(FILES[k]) === hash)!]], headers: { 'content-type': 'application/octet-stream' } }
          : { status: 404, chunks: [] };
        return send(res, hostile?.answers['content-bytes']?.(honest, Buffer.alloc(0)) ?? honest);
      }
      const sync = /^\/sync\/v1\/(hello|session|verify|fetch|runs|content)$/.exec(path);
      if (req.method !== 'POST' || !sync) return send(res, { status: 404, chunks: [] });
      const body = await readBody(req);
      const credential = (req.headers.authorization ?? '').replace(/^Bearer /, '') || undefined;
      if (sync[1] === 'runs') {
        served.runs++;
        res.writeHead(204).end();
        return;
      }
      const endpoint = sync[1] as Endpoint;
      served[endpoint]++;
      let honest: Answer;
      try {
        honest = await honestAnswer(endpoint, body, credential);
      } catch (err) {
        honest = refusal(err);
      }
      send(res, hostile?.answers[endpoint]?.(honest, body) ?? honest);
    })().catch((err) => {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(err));
    });
  });
  await new Promise<void>((ok) => server.listen(options.port ?? 0, '127.0.0.1', ok));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    credential,
    publisherKeys: await catalog.publication.keysForChildren(),
    catalog,
    served,
    honest: (endpoint, request) => honestAnswer(endpoint, Buffer.from(request), credential),
    use(next) { hostile = next; },
    async close() {
      server.closeAllConnections();
      await new Promise((ok) => server.close(ok));
      await closeCatalog();
    },
  };
}

// --- breaking messages ----------------------------------------------------------------

/** A small seeded PRNG (mulberry32): the same seed draws the same garbage. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LONG = (n: number) => 'x'.repeat(n);
const BAD_UTF8 = [Uint8Array.from([0xc3, 0x28]), Uint8Array.from([0x61, 0xff, 0xfe]), Uint8Array.from([0xed, 0xa0, 0x80])]; // truncated pair, invalid bytes, a UTF-16 surrogate

/**
 * Values each field must never take, beyond the forms no field may have
 * (those are generated for every field): what an import or the protocol
 * refuses. A value that is merely unusual (an empty title) is not here: a
 * child takes it, and a test that expects nothing to change would see it.
 */
const INVALID: Record<string, Array<string | number | bigint | Uint8Array>> = {
  'Change.key': ['u/onlyone', 'b/', '', 'zz/x', 'b/a/b', 's/other', 'e/P/u/B', `b/${LONG(600)}`, 'b/a\u0001b', 'u/HT-1/', '/b/HT-1'],
  'Change.languages': ['xx_YY', 'EN-us', '', LONG(100)],
  'Change.leftLanguages': ['not a language'],
  'Change.deleted': [1n],
  'Bulletin.id': ['', 'HT-OTHER', 'a/b', LONG(600)],
  'Bulletin.vendor': [LONG(5000)], 'Bulletin.vendorSeverity': [LONG(5000)], 'Bulletin.customSeverity': [LONG(65)], 'Bulletin.released': [LONG(5000)],
  'Bulletin.revised': [LONG(5000)], 'Bulletin.supersedes': [LONG(5000)], 'Bulletin.supersededBy': ['a/b', ''], 'Bulletin.source': [LONG(5000)], 'Bulletin.products': [LONG(5000)],
  'SoftwareUpdate.id': ['', 'OTHER', 'a/b'], 'SoftwareUpdate.bulletinId': ['', 'HT-OTHER'], 'SoftwareUpdate.kb': [LONG(5000)],
  'SoftwareUpdate.fileName': ['../evil.msu', 'a/b.msu', 'a\\b.msu', '..', 'x\u0000.msu', LONG(300)],
  'SoftwareUpdate.language': ['xx_YY', 'EN-us', '', 'neutral '],
  'SoftwareUpdate.product': [LONG(5000)], 'SoftwareUpdate.platform': [LONG(5000)],
  'SoftwareUpdate.url': ['javascript:alert(1)', 'file:///etc/passwd', '\\\\server\\share\\x.msu', 'ftp://x.example/y', 'http://', `https://x.example/${LONG(9000)}`, 'https://x.example/a b'],
  'SoftwareUpdate.size': [2 ** 41],
  'SoftwareUpdate.hashAlgorithm': ['md5', 'SHA256', 'sha1'], 'SoftwareUpdate.hash': ['XYZ', 'a'.repeat(63), 'A'.repeat(64), '../../etc/passwd'],
  'SoftwareUpdate.supersedes': [LONG(5000)], 'SoftwareUpdate.supersededBy': [LONG(5000)], 'SoftwareUpdate.source': [LONG(5000)], 'SoftwareUpdate.updateType': [LONG(5000)],
  'Policy.id': ['', 'OTHER', 'a/b'], 'Policy.name': ['', '   ', LONG(201)], 'Policy.bulletinIds': ['', 'a/b'], 'Policy.target': [LONG(5000)], 'Policy.schedule': [LONG(5000)],
  'Policy.created': [LONG(5000)], 'Policy.modified': [LONG(5000)], 'Policy.origin': [LONG(5000)],
  'PolicyEntry.policyId': ['', 'OTHER'], 'PolicyEntry.updateKey': ['u/HT-1/other', 'u/onlyone', ''],
  'SeverityLevels.levels': ['', ' padded ', LONG(65), 'Routine'], // the last: Routine twice
  'SyncStart.protocolVersion': [0, 2, 2 ** 32], 'SyncStart.mode': [0, 3, 99], 'SyncStart.storeId': ['', LONG(200)], 'SyncStart.parentId': [LONG(200)],
  'SyncStart.reason': [LONG(2000)], 'SyncStart.filter': [LONG(200)], 'SyncStart.parentIdentity': [LONG(200)], 'SyncStart.uptoSeq': [0],
  'SyncBatch.lastSeq': [2 ** 50], 'SyncBatch.lastKey': [LONG(9000), ''], 'SyncBatch.fromKey': ['\uffff', LONG(9000)],
  'SyncEnd.uptoSeq': [0, 2 ** 50], 'SetDigest.digest': ['', 'xyz', 'A'.repeat(64), 'a'.repeat(65)],
  'SyncError.code': ['', 'lower case', LONG(5000), 'INTERNAL', 'SIG_INVALID'], 'SyncError.message': [LONG(100_000)],
  'LanguageAck.unmanaged': ['not a language', LONG(100)], 'LanguageAck.parentId': [LONG(200)], 'LanguageAck.parentIdentity': [LONG(200)],
  'RuleSetting.name': [LONG(100)], 'RuleSetting.mode': [0, 3, 99],
  'RuleSetting.schedule': ['this is not cron', '* * * * * *', '*/10 * * * * *', '0,30 * * * * *', '', LONG(300), '61 * * * *'],
  'RuleSetting.verifyPercent': [101, 2 ** 32 - 1], 'RuleSetting.policyIds': ['a/b', '', LONG(600)],
  'RunNow.rule': [LONG(100)], 'RunNow.mode': [0, 3, 99],
  'KeyHash.key': ['u/onlyone', 'zz', '', LONG(9000)], 'KeyHash.hash': ['xyz', 'A'.repeat(64), 'a'.repeat(63)], 'VerifyResponse.nextPageAfter': [LONG(9000)],
  'ContentFile.updateKey': ['u/onlyone', 'b/HT-1', '', LONG(9000)], 'ContentFile.algorithm': ['md5', '../x', '', 'SHA256'],
  'ContentFile.hash': ['../../etc/passwd', 'XYZ', 'A'.repeat(64), ''], 'ContentFile.size': [2 ** 41],
};

/** Messages whose `changes` bytes hold a Change each. */
const CHANGE_LISTS = new Set(['SyncBatch.changes', 'FetchResponse.changes']);
const BODY_KIND: Record<string, string> = { 'b/': 'bulletin', 'u/': 'update', 's/': 'severityLevels', 'p/': 'policy', 'e/': 'policyEntry' };

const encodeValue = (f: FieldSpec, no: number, value: string | number | bigint | Uint8Array): RawField =>
  f.kind === 'bool' || f.kind === 'uint' ? { no, wire: 0, value: BigInt(value as number) } : { no, wire: 2, value: typeof value === 'string' ? text(value) : value instanceof Uint8Array ? value : text(String(value)) };

interface Broken { id: string; bytes: () => Uint8Array }

/**
 * Every way to break `spec`'s message (bytes as an honest encoder wrote
 * them) that a reader must refuse; `rebuild` turns the message's new fields
 * into the whole answer. Message fields are broken inside too, recursively.
 */
function breakMessage(spec: MessageSpec, bytes: Uint8Array, rebuild: (fields: RawField[]) => Uint8Array, path: string, random: () => number, pick: (changes: Uint8Array[]) => number[] = () => [0]): Broken[] {
  const fields = parseRaw(bytes);
  const out: Broken[] = [];
  const emit = (id: string, make: () => RawField[]) => out.push({ id: `${path}${id}`, bytes: () => rebuild(make()) });
  const without = (no: number) => fields.filter((x) => x.no !== no);
  for (const [key, f] of Object.entries(spec.fields)) {
    const no = Number(key);
    const name = `.${f.name}`;
    const present = fields.filter((x) => x.no === no);
    const lengthDelimited = f.kind === 'string' || f.kind === 'bytes' || f.kind === 'message';
    // Forms no field may have.
    emit(`${name}:wire-type`, () => [...without(no), lengthDelimited ? { no, wire: 0, value: 1n } : { no, wire: 2, value: text('x') }]);
    emit(`${name}:past-end`, () => [...without(no), { no, wire: -1, value: Buffer.concat([varint(no * 8 + 2), varint(1000), text('short')]) }]);
    if (!f.repeated) {
      // Twice: the honest occurrence once more, or, where the honest encoder left the field out, two of a value.
      const value = present[0] ?? encodeValue(f, no, f.kind === 'message' ? new Uint8Array() : f.kind === 'string' || f.kind === 'bytes' ? 'x' : 1);
      emit(`${name}:twice`, () => [...fields, ...(present.length ? [value] : [value, value])]);
    }
    if (f.kind === 'string') for (const [i, bad] of BAD_UTF8.entries()) emit(`${name}:utf8-${i}`, () => [...without(no), { no, wire: 2, value: bad }]);
    if (f.kind === 'uint' || f.kind === 'bool') {
      emit(`${name}:past-2^53`, () => [...without(no), { no, wire: 0, value: 2n ** 60n }]);
      emit(`${name}:varint-11-bytes`, () => [...without(no), { no, wire: -1, value: Buffer.concat([varint(no * 8), Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01])]) }]);
      if (f.kind === 'bool') emit(`${name}:bool-2`, () => [...without(no), { no, wire: 0, value: 2n }]);
    }
    if (f.kind === 'message' || (f.kind === 'bytes' && CHANGE_LISTS.has(`${spec.name}.${f.name}`))) {
      const garbage = Uint8Array.from({ length: 12 }, () => Math.floor(random() * 256));
      emit(`${name}:garbage`, () => [...without(no), { no, wire: 2, value: garbage }]);
    }
    // Values the field must not take.
    for (const [i, value] of (INVALID[`${spec.name}.${f.name}`] ?? []).entries()) {
      const label = typeof value === 'string' ? (value.length > 24 ? `${value.length}-chars` : JSON.stringify(value)) : String(value);
      emit(`${name}=${label}#${i}`, () => {
        const replaced = encodeValue(f, no, value);
        // A repeated field gets the bad value in place of its first item (or as its one item).
        const at = fields.findIndex((x) => x.no === no);
        if (at < 0) return [...fields, replaced];
        return fields.map((x, j) => (j === at ? replaced : x));
      });
    }
    // Inside a message field: each chosen occurrence is broken in turn.
    const nested = f.kind === 'message' ? f.message : CHANGE_LISTS.has(`${spec.name}.${f.name}`) ? CHANGE : undefined;
    if (!nested) continue;
    const occurrences = fields.map((x, i) => ({ x, i })).filter(({ x }) => x.no === no && x.wire === 2);
    const chosen = f.repeated ? pick(occurrences.map(({ x }) => x.value as Uint8Array)) : [0];
    for (const k of chosen) {
      const occ = occurrences[k];
      if (!occ) continue;
      const inner = nested === CHANGE ? `${name}[${changeKey(occ.x.value as Uint8Array)}]` : f.repeated ? `${name}[${k}]` : name;
      out.push(...breakMessage(nested, occ.x.value as Uint8Array, (sub) => rebuild(fields.map((x, j) => (j === occ.i ? { no, wire: 2, value: encodeRaw(sub) } : x))), `${path}${inner}`, random));
    }
  }
  return out;
}

function changeKey(bytes: Uint8Array): string {
  const key = parseRaw(bytes).find((x) => x.no === 1);
  return key ? Buffer.from(key.value as Uint8Array).toString('utf8') : '?';
}

/** Of a batch's changes: the first of each record kind (every record type gets broken, without breaking each record). */
function onePerKind(changes: Uint8Array[]): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  changes.forEach((c, i) => {
    const kind = BODY_KIND[changeKey(c).slice(0, 2)];
    if (kind && !seen.has(kind)) { seen.add(kind); out.push(i); }
  });
  return out;
}

/** The record spec a Change's body uses, and back (to put a record of another kind under a key). */
const RECORD_SPECS: MessageSpec[] = [BULLETIN, SOFTWARE_UPDATE, POLICY, POLICY_ENTRY, SEVERITY_LEVELS];

const answerOf = (bytes: Uint8Array, status = 200): Answer => ({ status, chunks: [bytes] });
const bodyOf = (answer: Answer) => Buffer.concat(answer.chunks);
const sessionOf = (frames: Uint8Array[]): Answer => answerOf(Buffer.concat(frames.map(delimited)));
const frameKind = (frame: Uint8Array) => parseRaw(frame)[0]?.no;
const frameOf = (kind: number, message: Uint8Array) => encodeRaw([{ no: kind, wire: 2, value: message }]);
/** The inner message of a frame (SyncStart, SyncBatch...). */
const innerOf = (frame: Uint8Array) => parseRaw(frame)[0].value as Uint8Array;
const isKeyCheck = (request: Uint8Array) => 'keys' in wire.decodeVerifyRequest(request).body;

/** A part of an honest answer to break: the message, and how to put a changed one back. */
interface Target {
  spec: MessageSpec;
  bytes: Uint8Array;
  put(message: Uint8Array): Answer;
  pick?: (items: Uint8Array[]) => number[];
}

/**
 * Cases breaking one message of an answer: listed from the answer the
 * generator saw, rebuilt at answer time from the live one (the fake
 * parent's store does not change, so both are the same; a case that no
 * longer applies says so instead of answering honestly).
 */
function messageCases(prefix: string, base: Omit<HostileCase, 'id' | 'answers'>, endpoint: Endpoint, seen: Target, locate: (honest: Answer, request: Uint8Array) => Target | undefined, seed: number, extra: Partial<Record<Endpoint, Rewrite>> = {}): HostileCase[] {
  const broken = (target: Target) => breakMessage(target.spec, target.bytes, (fields) => encodeRaw(fields), '', rng(seed), target.pick);
  return broken(seen).map((b) => ({
    ...base,
    id: `${prefix}${b.id}`,
    answers: {
      ...extra,
      [endpoint]: (honest: Answer, request: Uint8Array) => {
        const target = locate(honest, request);
        if (!target) return undefined;
        const now = broken(target).find((x) => x.id === b.id);
        if (!now) throw new Error(`hostile case ${prefix}${b.id} does not apply to the parent's answer`);
        return target.put(now.bytes());
      },
    },
  }));
}

/** A session's frame of one kind as a target (its inner message), and where it goes back. */
function frameTarget(honest: Answer, kind: number): Target | undefined {
  if (honest.status !== 200) return undefined;
  const frames = splitFrames(bodyOf(honest));
  const i = frames.findIndex((f) => frameKind(f) === kind);
  if (i < 0) return undefined;
  return { spec: SYNC_FRAME.fields[kind].message!, bytes: innerOf(frames[i]), put: (m) => sessionOf(frames.map((f, j) => (j === i ? frameOf(kind, m) : f))), pick: onePerKind };
}

export interface CaseOptions {
  seed: number;
}

/**
 * Every hostile case for the fake parent's honest answers, in an order
 * shuffled by seed (ids are stable whatever the seed; a fuzz suite can take
 * the first N of several seeds, or replay one id).
 */
export async function hostileCases(parent: FakeParent, options: CaseOptions): Promise<HostileCase[]> {
  const { seed } = options;
  const random = rng(seed);
  const cases: HostileCase[] = [];
  const refused = (rule: HostileCase['rule'], verifyPercent = 0) => ({ rule, verifyPercent, expect: 'refused' as const });
  const sessionRequest = (rule: 'catalog' | 'policies') => wire.encodeSessionRequest({ protocolVersion: 1, childId: CHILD_ID, via: ['generator'], rule, mode: 'complete', languages: CHILD_LANGUAGES, policyIds: [] });
  const scope = (rule: 'catalog' | 'policies') => ({ rule, languages: CHILD_LANGUAGES, policyIds: [] });

  // Sessions: every field of the start, batch (each record kind in it) and end frames, and an error frame.
  for (const rule of ['catalog', 'policies'] as const) {
    const honest = await parent.honest('session', sessionRequest(rule));
    for (const [kind, name] of [[1, 'start'], [2, 'batch'], [3, 'end']] as const) {
      cases.push(...messageCases(`session/${rule}/${name}`, refused(rule), 'session', frameTarget(honest, kind)!, (h) => frameTarget(h, kind), seed));
    }
    // An error frame (a parent's honest one says REPL_BUSY) with each of its fields broken.
    const withError = (h: Answer) => {
      const frames = splitFrames(bodyOf(h));
      const error = wire.encodeSyncError('REPL_BUSY', 'busy');
      return { spec: SYNC_ERROR, bytes: error, put: (m: Uint8Array) => sessionOf([...frames.slice(0, -1), frameOf(4, m)]) };
    };
    cases.push(...messageCases(`session/${rule}/error`, refused(rule), 'session', withError(honest), (h) => (h.status === 200 ? withError(h) : undefined), seed));
  }
  cases.push(...streamCases(random));
  cases.push(...recordCases((await parent.catalog.store.get(FOREIGN_UPDATE))!.bytes));

  // Refusals as HTTP answers: a SyncError body with each field broken, for a session and for a report.
  const refusal = wire.encodeSyncError('REPL_BUSY', 'busy');
  const asRefusal = (): Target => ({ spec: SYNC_ERROR, bytes: refusal, put: (m) => ({ status: 429, chunks: [m], headers: { 'x-patchtree-error': 'REPL_BUSY' } }) });
  cases.push(...messageCases('refusal/session', refused('catalog'), 'session', asRefusal(), () => asRefusal(), seed));

  // Verification: the answers to the child's key checks and to its sample pages, every field.
  const keys = (await parent.catalog.store.records('b/').next()).value!.key;
  const keyAnswer = await parent.honest('verify', wire.encodeVerifyRequest(CHILD_ID, { scope: scope('catalog'), keys: [keys] }));
  const verifyTarget = (h: Answer): Target => ({ spec: VERIFY_RESPONSE, bytes: bodyOf(h), put: (m) => answerOf(m), pick: () => [0] });
  cases.push(...messageCases('verify/keys', refused('catalog', 100), 'verify', verifyTarget(keyAnswer), (h, req) => (h.status === 200 && isKeyCheck(req) ? verifyTarget(h) : undefined), seed));
  const page = await parent.honest('verify', wire.encodeVerifyRequest(CHILD_ID, { scope: scope('catalog'), percent: 100, pageAfter: '', pageLimit: 5000 }));
  cases.push(...messageCases('verify/page', refused('catalog', 100), 'verify', verifyTarget(page), (h, req) => (h.status === 200 && !isKeyCheck(req) ? verifyTarget(h) : undefined), seed));
  cases.push(...verifyAnswerCases());

  // Repair: the child is made to fetch one record (the parent's key check lies about its hash), and the fetch answer is broken.
  const lie: Rewrite = (h, req) => {
    if (h.status !== 200 || !isKeyCheck(req)) return undefined;
    const answer = wire.decodeVerifyResponse(bodyOf(h));
    answer.hashes[0] = { ...answer.hashes[0], hash: 'f'.repeat(64) };
    return answerOf(wire.encodeVerifyResponse(answer.hashes));
  };
  const fetched = await parent.honest('fetch', wire.encodeFetchRequest(CHILD_ID, scope('catalog'), [keys]));
  const fetchTarget = (h: Answer): Target => ({ spec: FETCH_RESPONSE, bytes: bodyOf(h), put: (m) => answerOf(m), pick: () => [0] });
  cases.push(...messageCases('fetch', refused('catalog', 100), 'fetch', fetchTarget(fetched), (h) => (h.status === 200 ? fetchTarget(h) : undefined), seed, { verify: lie }));
  cases.push(...fetchAnswerCases(lie));

  // The content list, every field of its entries, and the files' bytes.
  const list = await parent.honest('content', wire.encodeContentListRequest(CHILD_ID, CHILD_LANGUAGES, ['generator']));
  const listTarget = (h: Answer): Target => ({ spec: CONTENT_LIST, bytes: bodyOf(h), put: (m) => answerOf(m), pick: (items) => items.map((_, i) => i) });
  cases.push(...messageCases('content', refused('content'), 'content', listTarget(list), (h) => (h.status === 200 ? listTarget(h) : undefined), seed));
  cases.push(...contentCases());

  // The answer to a language report: every field of the ack, of a rule setting (the catalog rule's) and of a run-now counter.
  const withRunNow = (h: Answer): Target => {
    const fields = parseRaw(bodyOf(h));
    // A counter of 0 asks for nothing: the honest ack plus one harmless run-now entry, so that its fields exist to break.
    const runNow: RawField = { no: 3, wire: 2, value: encodeRaw([{ no: 1, wire: 2, value: text('catalog') }, { no: 2, wire: 0, value: 0n }, { no: 3, wire: 0, value: 1n }]) };
    return { spec: LANGUAGE_ACK, bytes: encodeRaw([...fields, runNow]), put: (m) => answerOf(m), pick: (items) => [items.findIndex((r) => changeKey(r) === 'catalog'), 0].filter((i, k, all) => i >= 0 && all.indexOf(i) === k) };
  };
  const ack = await parent.honest('hello', signedHello(CHILD_ID, { nodeId: 'generator', languages: CHILD_LANGUAGES }));
  cases.push(...messageCases('hello', refused('hello'), 'hello', withRunNow(ack), (h) => (h.status === 200 ? withRunNow(h) : undefined), seed));

  for (let i = cases.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [cases[i], cases[j]] = [cases[j], cases[i]];
  }
  return cases;
}

/** The session stream itself: frames cut, oversized, empty, of unknown kinds, out of order. */
function streamCases(random: () => number): HostileCase[] {
  const session = (id: string, rewrite: (frames: Uint8Array[], body: Buffer) => Answer | Uint8Array): HostileCase => ({
    id: `session/stream/${id}`, rule: 'catalog', verifyPercent: 0, expect: 'refused',
    answers: {
      session: (h) => {
        if (h.status !== 200) return undefined;
        const body = bodyOf(h);
        const out = rewrite(splitFrames(body), body);
        return out instanceof Uint8Array ? answerOf(out) : out;
      },
    },
  });
  const at = (frames: Uint8Array[], kind: number) => frames.findIndex((f) => frameKind(f) === kind);
  const garbage = Uint8Array.from({ length: 64 }, () => Math.floor(random() * 256));
  return [
    session('cut-inside-the-batch', (frames) => {
      const whole = Buffer.concat(frames.slice(0, at(frames, 2) + 1).map(delimited));
      return whole.subarray(0, whole.length - 10);
    }),
    session('cut-inside-a-length', (frames) => Buffer.concat([delimited(frames[0]), Uint8Array.from([0x80])])),
    session('frame-past-64MiB', (frames) => Buffer.concat([delimited(frames[0]), varint(65 * 1024 * 1024), frames[1]])),
    session('frame-length-6-bytes', (frames) => Buffer.concat([delimited(frames[0]), Uint8Array.from([0x81, 0x80, 0x80, 0x80, 0x80, 0x00])])),
    session('empty-frame', (frames) => Buffer.concat([delimited(frames[0]), varint(0), ...frames.slice(1).map(delimited)])),
    session('unknown-frame-kind', (frames) => sessionOf([frames[0], encodeRaw([{ no: 9, wire: 2, value: text('x') }]), ...frames.slice(1)])),
    session('two-kinds-in-a-frame', (frames) => sessionOf([encodeRaw([...parseRaw(frames[0]), ...parseRaw(frames[frames.length - 1])]), ...frames.slice(1)])),
    session('frame-after-the-end', (frames) => sessionOf([...frames, frames[at(frames, 2)]])),
    session('second-start', (frames) => sessionOf([frames[0], ...frames])),
    session('batch-before-start', (frames) => sessionOf([frames[at(frames, 2)], ...frames])),
    session('no-end', (frames) => sessionOf(frames.slice(0, -1))),
    session('no-frame', () => new Uint8Array()),
    session('garbage', () => garbage),
    session('garbage-frame', (frames) => sessionOf([frames[0], garbage, ...frames.slice(1)])),
    session('10001-changes', (frames) => {
      const batch = parseRaw(innerOf(frames[at(frames, 2)]));
      const change = batch.find((f) => f.no === 1)!;
      return sessionOf([frames[0], frameOf(2, encodeRaw([...Array.from({ length: 10_001 }, () => change), ...batch.filter((f) => f.no !== 1)])), ...frames.slice(at(frames, 2) + 1)]);
    }),
    session('http-500-garbage', () => ({ status: 500, chunks: [garbage] })),
    session('http-200-then-html', () => ({ status: 200, chunks: [text('<html>not protobuf</html>')], headers: { 'content-type': 'text/html' } })),
  ];
}

/** Records of one kind under another's key, tombstones that carry records, headers that lie about the record's languages. */
function recordCases(foreign: Uint8Array): HostileCase[] {
  const inBatch = (id: string, rule: 'catalog' | 'policies', rewrite: (changes: Uint8Array[]) => Uint8Array[]): HostileCase => ({
    id: `session/${rule}/records/${id}`, rule, verifyPercent: 0, expect: 'refused',
    answers: {
      session: (h) => {
        if (h.status !== 200) return undefined;
        const frames = splitFrames(bodyOf(h));
        const i = frames.findIndex((f) => frameKind(f) === 2);
        const batch = parseRaw(innerOf(frames[i]));
        const changes = batch.filter((f) => f.no === 1).map((f) => f.value as Uint8Array);
        const rewritten = rewrite(changes);
        return sessionOf(frames.map((f, j) => (j === i ? frameOf(2, encodeRaw([...rewritten.map((c): RawField => ({ no: 1, wire: 2, value: c })), ...batch.filter((x) => x.no !== 1)])) : f)));
      },
    },
  });
  const change = (bytes: Uint8Array) => parseRaw(bytes);
  const withField = (bytes: Uint8Array, no: number, value: RawField | undefined) => encodeRaw([...change(bytes).filter((f) => f.no !== no), ...(value ? [value] : [])]);
  const ofKind = (changes: Uint8Array[], prefix: string) => changes.findIndex((c) => changeKey(c).startsWith(prefix));
  const replace = (changes: Uint8Array[], i: number, bytes: Uint8Array) => changes.map((c, j) => (j === i ? bytes : c));
  const recordOf = (bytes: Uint8Array) => change(bytes).find((f) => f.no === 4)!.value as Uint8Array;
  const cases: HostileCase[] = [];
  for (const [rule, prefixes] of [['catalog', ['b/', 'u/', 's/']], ['policies', ['p/', 'e/']]] as const) {
    for (const prefix of prefixes) {
      const kind = prefix[0];
      cases.push(
        inBatch(`${kind}-without-record`, rule, (cs) => replace(cs, ofKind(cs, prefix), withField(cs[ofKind(cs, prefix)], 4, undefined))),
        inBatch(`${kind}-empty-record`, rule, (cs) => replace(cs, ofKind(cs, prefix), withField(cs[ofKind(cs, prefix)], 4, { no: 4, wire: 2, value: new Uint8Array() }))),
        inBatch(`${kind}-tombstone-with-record`, rule, (cs) => replace(cs, ofKind(cs, prefix), encodeRaw([...change(cs[ofKind(cs, prefix)]), { no: 3, wire: 0, value: 1n }]))),
        inBatch(`${kind}-twice-in-a-batch`, rule, (cs) => [...cs, cs[ofKind(cs, prefix)]]),
      );
      // The record's body moved to each other kind's field of Record (the bytes of one kind read as another).
      for (const [k, spec] of RECORD_SPECS.entries()) {
        cases.push(inBatch(`${kind}-as-${spec.name}`, rule, (cs) => {
          const i = ofKind(cs, prefix);
          const body = parseRaw(recordOf(cs[i]))[0];
          if (body.no === k + 1) return [...cs, cs[i]]; // its own kind: the twice case covers it (refused too)
          return replace(cs, i, withField(cs[i], 4, { no: 4, wire: 2, value: encodeRaw([{ no: k + 1, wire: 2, value: body.value as Uint8Array }]) }));
        }));
      }
      // The key of another record of the batch, with this record inside.
      cases.push(inBatch(`${kind}-under-another-key`, rule, (cs) => {
        const i = ofKind(cs, prefix);
        const other = cs.find((c, j) => j !== i && changeKey(c).startsWith(prefix)) ?? cs.find((_, j) => j !== i)!;
        return replace(cs, i, withField(cs[i], 1, { no: 1, wire: 2, value: text(changeKey(other)) }));
      }));
    }
  }
  // Headers that do not say the record's languages.
  const headerCase = (id: string, rule: 'catalog' | 'policies', prefix: string, languages: string[]) => inBatch(`header-${id}`, rule, (cs) => {
    const i = ofKind(cs, prefix);
    const fields = change(cs[i]).filter((f) => f.no !== 2);
    return replace(cs, i, encodeRaw([...fields, ...languages.map((l): RawField => ({ no: 2, wire: 2, value: text(l) }))]));
  });
  cases.push(
    headerCase('neutral-over-an-en-US-update', 'catalog', 'u/HT-1/HT-1-en', ['neutral']),
    headerCase('update-in-two-languages', 'catalog', 'u/HT-1/HT-1-en', ['en-US', 'neutral']),
    headerCase('update-in-no-language', 'catalog', 'u/HT-1/HT-1-en', []),
    headerCase('bulletin-in-no-language', 'catalog', 'b/HT-1', []),
    headerCase('bulletin-languages-unsorted', 'catalog', 'b/HT-1', ['neutral', 'en-US']),
    headerCase('bulletin-language-twice', 'catalog', 'b/HT-1', ['en-US', 'en-US']),
    headerCase('levels-in-en-US', 'catalog', 's/levels', ['en-US']),
    headerCase('entry-in-two-languages', 'policies', 'e/', ['en-US', 'neutral']),
    // The bulletin's header leaves out the language of its update in the same batch.
    headerCase('bulletin-without-its-update-language', 'catalog', 'b/HT-1', ['ja-JP', 'neutral']),
    headerCase('policy-without-its-entry-language', 'policies', 'p/', ['ja-JP']),
    // Left and held at once.
    inBatch('left-and-held', 'catalog', (cs) => {
      const i = ofKind(cs, 'u/HT-1/HT-1-en');
      return replace(cs, i, encodeRaw([...change(cs[i]), { no: 5, wire: 2, value: text('en-US') }]));
    }),
  );
  // The finding's own: a ja-JP update the child must never hold, sent with a header that says neutral.
  cases.push(inBatch('ja-JP-update-sent-as-neutral', 'catalog', (cs) => {
    const fields = change(foreign).filter((f) => f.no !== 2);
    return [...cs, encodeRaw([...fields, { no: 2, wire: 2, value: text('neutral') }])].sort((a, b) => Buffer.compare(Buffer.from(changeKey(a)), Buffer.from(changeKey(b))));
  }));
  return cases;
}

/** Key checks answered for other keys than asked, or not all of them. */
function verifyAnswerCases(): HostileCase[] {
  const keyCheck = (id: string, rewrite: (hashes: wire.KeyHash[]) => wire.KeyHash[]): HostileCase => ({
    id: `verify/keys/${id}`, rule: 'catalog', verifyPercent: 100, expect: 'refused',
    answers: { verify: (h, req) => (h.status === 200 && isKeyCheck(req) ? answerOf(wire.encodeVerifyResponse(rewrite(wire.decodeVerifyResponse(bodyOf(h)).hashes))) : undefined) },
  });
  return [
    keyCheck('one-missing', (hs) => hs.slice(1)),
    keyCheck('one-more', (hs) => [...hs, hs[0]]),
    keyCheck('none', () => []),
    keyCheck('other-order', (hs) => (hs.length > 1 ? [...hs].reverse() : [{ ...hs[0], key: 'b/HT-OTHER' }])),
    keyCheck('another-key', (hs) => [{ ...hs[0], key: 'u/HT-1/HT-1-ja' }, ...hs.slice(1)]),
    // The parent's own sample names a record of the other rule: the child would fetch (and refuse) it.
    {
      id: 'verify/page/a-key-of-the-other-rule', rule: 'catalog', verifyPercent: 100, expect: 'refused',
      answers: { verify: (h, req) => (h.status === 200 && !isKeyCheck(req) ? answerOf(wire.encodeVerifyResponse([{ key: 'p/P', hash: 'a'.repeat(64) }])) : undefined) },
    },
  ];
}

/** Fetch answers with another count or another key than asked. */
function fetchAnswerCases(lie: Rewrite): HostileCase[] {
  const fetchCase = (id: string, rewrite: (changes: Uint8Array[]) => Uint8Array[]): HostileCase => ({
    id: `fetch/${id}`, rule: 'catalog', verifyPercent: 100, expect: 'refused',
    answers: { verify: lie, fetch: (h) => (h.status === 200 ? answerOf(wire.encodeFetchResponse(rewrite(wire.decodeFetchResponse(bodyOf(h))))) : undefined) },
  });
  return [
    fetchCase('none', () => []),
    fetchCase('one-more', (cs) => [...cs, cs[0]]),
    fetchCase('another-key', (cs) => [encodeChange({ key: 'b/HT-OTHER', languages: ['neutral'], deleted: true }), ...cs.slice(1)]),
    fetchCase('5001-changes', (cs) => Array.from({ length: 5001 }, () => cs[0])),
  ];
}

/** Content lists that contradict what the child holds, and the bytes of a file. */
function contentCases(): HostileCase[] {
  const listCase = (id: string, expect: HostileCase['expect'], rewrite: (files: wire.ContentFileInfo[]) => wire.ContentFileInfo[]): HostileCase => ({
    id: `content/${id}`, rule: 'content', verifyPercent: 0, expect,
    answers: { content: (h) => (h.status === 200 ? answerOf(wire.encodeContentList(rewrite(wire.decodeContentList(bodyOf(h))))) : undefined) },
  });
  const entry = (files: wire.ContentFileInfo[], key: string) => files.find((f) => f.updateKey === key)!;
  const foreignHash = sha256(FILES['u/HT-1/HT-1-ja']);
  const bytesCase = (id: string, serve: (honest: Answer) => Answer): HostileCase => ({
    id: `content-bytes/${id}`, rule: 'content', verifyPercent: 0, expect: 'refused',
    answers: { 'content-bytes': (h) => serve(h) },
  });
  const right = FILES[RESERVED_UPDATE];
  return [
    // The finding's own: a file for an update the child does not hold (ja-JP) is not recorded as staged, nor one for an update nobody holds.
    listCase('a-file-of-an-update-not-held', 'ignored', (fs) => [...fs, { updateKey: FOREIGN_UPDATE, algorithm: 'sha256', hash: foreignHash, size: 10, verified: true }]),
    listCase('a-file-of-an-unknown-update', 'ignored', (fs) => [...fs, { updateKey: 'u/HT-404/HT-404-x', algorithm: 'sha256', hash: foreignHash, size: 10, verified: true }]),
    listCase('another-hash-than-the-vendor', 'refused', (fs) => fs.map((f) => (f.updateKey === 'u/HT-1/HT-1-en' ? { ...f, hash: foreignHash } : f))),
    listCase('sha1-for-an-update-without-vendor-hash', 'refused', (fs) => fs.map((f) => (f.updateKey === 'u/HT-1/HT-1-neutral' ? { ...f, algorithm: 'sha1', hash: 'a'.repeat(40) } : f))),
    listCase('another-size-than-the-update', 'refused', (fs) => fs.map((f) => (f.updateKey === 'u/HT-1/HT-1-neutral' ? { ...f, size: f.size + 1 } : f))),
    listCase('an-update-twice', 'refused', (fs) => [...fs, entry(fs, 'u/HT-1/HT-1-en')]),
    // The bytes of a file the child lacks (the reserved one, offered only here).
    bytesCase('other-bytes', () => ({ status: 200, chunks: [Buffer.from(right).reverse()] })),
    bytesCase('more-bytes', () => ({ status: 200, chunks: [right, text('and more')] })),
    bytesCase('fewer-bytes', () => ({ status: 200, chunks: [right.subarray(0, 10)] })),
    bytesCase('not-found', () => ({ status: 404, chunks: [] })),
    bytesCase('forbidden', () => ({ status: 403, chunks: [text('no')] })),
  ];
}

/**
 * A sample of `cases` that still breaks every field: per field (the case id
 * up to the form), one form no field may have and one value the field must
 * not take, drawn by seed. All of them with `perField: Infinity`.
 */
export function everyField(cases: readonly HostileCase[], options: { seed: number; perField?: number }): HostileCase[] {
  const random = rng(options.seed);
  const per = options.perField ?? 1;
  const groups = new Map<string, { forms: HostileCase[]; values: HostileCase[] }>();
  for (const c of cases) {
    const field = c.id.replace(/[:=].*$/, '');
    const group = groups.get(field) ?? { forms: [], values: [] };
    (c.id.slice(field.length).startsWith('=') ? group.values : group.forms).push(c);
    groups.set(field, group);
  }
  const draw = (list: HostileCase[]) => {
    const copy = [...list];
    const out: HostileCase[] = [];
    while (copy.length && out.length < per) out.push(copy.splice(Math.floor(random() * copy.length), 1)[0]);
    return out;
  };
  return [...groups.values()].flatMap((g) => [...draw(g.forms), ...draw(g.values)]);
}
