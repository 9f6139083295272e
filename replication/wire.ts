import {
  ContentListRequest, ContentListResponse, decode, decodeStrict, encodeRepeatedBytes, FetchRequest, field, LanguageAck, LanguageReport, Mode, PatchtreeError, PROTOCOL_VERSION,
  rawRepeatedBytes, Rule, RunReport, SignedStatement, SYNC_ERROR, SyncError, SyncRequest, VerifyRequest, VerifyResponse, type MessageSpec, type ReceivedEnd, type ReceivedStart,
} from '../protocol/index.js';
import { isLanguageTag, isValidHash, MAX_FILE_SIZE, parseRecordKey, type SyncScope } from '../catalog/index.js';
import protobuf from 'protobufjs/minimal.js';

/**
 * Every sync message between a child and its parent, mapped to and from the
 * wire in one place (Hypercore's messages module is the model): each message
 * has one encode and one decode, enums are mapped by functions that refuse
 * unknown values, and the checkpoint, the session request and a key-hash
 * pair are declared once. Both HTTP and in-process ports go through here.
 *
 * What a parent answers is read strictly (protocol/strict.ts: declared wire
 * types, valid UTF-8, each repeated field counted as it is read against a
 * bound, so no answer can make a child build millions of objects) and its
 * values checked (keys, hashes, ids and text within bounds): a child checks
 * what its parent sends as an importer checks a vendor document.
 */

export type ModeName = 'differential' | 'complete';
/** The rules that replicate records; `content` moves package files and has no session. */
export type RecordRule = SyncScope['rule'];
export type PullRule = RecordRule | 'content';

/** Most descendants a report may name: a tree deeper or wider than this is a loop or an attack. */
export const MAX_DESCENDANTS = 1000;
/** Largest key list one verify or fetch call may carry. */
export const MAX_KEYS_PER_CALL = 5000;
/** Longest identity or node id in a report (a store id is 36 characters, a node id 64). */
export const MAX_ID = 128;
/** Most languages one node may name (in a report, a request): far more than there are cultures. */
export const MAX_LANGUAGES = 256;

/**
 * The header that names the calling child beside its credential
 * (`Authorization: Bearer <credential>`): the parent authenticates the call
 * from its headers alone, before it reads a byte of the body, and the
 * body's child_id must be the same.
 */
export const CHILD_HEADER = 'x-patchtree-child';

/**
 * What one request may name, as the parent's admin configured it
 * (syncPolicyIdsLimit, syncDescendantsLimit): each has a stable code of its
 * own, so a child's admin can tell a limit from a malformed request.
 */
export interface RequestLimits {
  /** Policy ids per session, verify or fetch request (REPL_TOO_MANY_POLICY_IDS). */
  policyIds: number;
  /** Descendants per language report, and identities per `via` beside the child's own (REPL_TOO_MANY_DESCENDANTS). */
  descendants: number;
}

export const DEFAULT_REQUEST_LIMITS: Readonly<RequestLimits> = { policyIds: 1000, descendants: MAX_DESCENDANTS };
/** Most key-hash pairs in one unpaged sample answer (the parent stops its sample there; a child refuses more). */
export const MAX_SAMPLE_ANSWER = 100_000;
/** Most files in a content list. */
export const MAX_CONTENT_FILES = 1_000_000;
/** Longest record key (e/POLICY/u/BULLETIN/UPDATE with ids of 512 characters, four bytes each at most) or key range bound. */
export const MAX_KEY_LENGTH = 8192;
/** Most rules, run-now counters and unmanaged languages in a parent's answer to a report. */
export const MAX_ACK_RULES = 16;
export const MAX_ACK_RUN_NOW = 64;
export const MAX_ACK_LANGUAGES = 1000;

/** Where a child's copy of one rule stands (see the Checkpoint message). */
export interface Checkpoint {
  storeId: string;
  seq: number;
  filter: string;
  completeAfterKey?: string;
  completeUpto?: number;
}

export interface SessionRequest {
  protocolVersion: number;
  childId: string;
  /** Identities of the requesting node and every node below it (loop detection). */
  via: string[];
  rule: RecordRule;
  mode: ModeName;
  checkpoint?: Checkpoint;
  languages: string[];
  policyIds: string[];
  batchSize?: number;
  /** sha256 (hex) of the listings the child holds: the parent sends the others. */
  heldListings?: string[];
}

/** A scope as verify and fetch calls name it: with the parent's view the run's session read (SyncStart.view_id). */
export type ViewScope = SyncScope & { viewId?: number };

/** Most listings a child can say it holds (a catalog of ten million records needs about 2,500). */
export const MAX_HELD_LISTINGS = 100_000;

export type KeyHash = { key: string; hash: string };

export interface NodeLanguages {
  nodeId: string;
  identity: string;
  languages: string[];
  /** The node's signed statement (an encoded SignedStatement, base64), relayed as it came; see statements.ts. */
  statement?: string;
}

export interface HelloReport {
  identity: string;
  nodeId: string;
  languages: string[];
  descendants: NodeLanguages[];
  /** The reporting node's own signed statement (base64 of an encoded SignedStatement). */
  statement?: string;
}

/** A SignedStatement message as it travels, from its stored base64. */
function statementMessage(base64: string | undefined) {
  if (!base64) return undefined;
  try {
    return SignedStatement.decode(Buffer.from(base64, 'base64'));
  } catch {
    return undefined; // a stored statement that does not decode travels as none (the parent drops that node)
  }
}
/** A received SignedStatement as stored (base64 of its encoding: the signature covers the inner bytes, kept as they are). */
const statementText = (m: { statement?: Uint8Array | null; signature?: Uint8Array | null } | null | undefined) => (m ? Buffer.from(SignedStatement.encode(m).finish()).toString('base64') : undefined);

export interface RuleSettings {
  mode: ModeName;
  schedule: string;
  verification: { enabled: boolean; percent: number };
  /** Policies rule: only these policies (empty = all). */
  policyIds: string[];
}

export interface HelloAck {
  parentId: string;
  parentIdentity: string;
  unmanaged: string[];
  rules: Record<string, RuleSettings>;
  runNow: Array<{ rule: string; counter: number; mode: ModeName }>;
}

export interface VerifyCounts {
  digestEqual: boolean;
  sampled: number;
  mismatched: number;
  repaired: number;
  fellBackToComplete: boolean;
}

export type RunStatus = 'ok' | 'failed' | 'running' | 'interrupted';

/** One run as a child records it and reports it to its parent. */
export interface RunReportData {
  id: number;
  rule: PullRule;
  trigger: string;
  started: string;
  durationMs: number;
  status: RunStatus;
  mode?: ModeName;
  requestedMode?: ModeName;
  reason?: string;
  batches?: number;
  uptoSeq?: number;
  received?: number;
  applied?: number;
  deleted?: number;
  bytes?: number;
  verification?: VerifyCounts;
  error?: { code: string; message: string };
}

export interface ContentFileInfo {
  updateKey: string;
  algorithm: string;
  hash: string;
  size: number;
  verified: boolean;
}

/** A request under a child's credential, as the parent decodes it. */
export interface Addressed<T> {
  childId: string;
  body: T;
}

const MODES: Record<number, ModeName> = { [Mode.MODE_DIFFERENTIAL]: 'differential', [Mode.MODE_COMPLETE]: 'complete' };
const RULES: Record<number, PullRule> = { [Rule.RULE_CATALOG]: 'catalog', [Rule.RULE_POLICIES]: 'policies', [Rule.RULE_CONTENT]: 'content' };

/** A mode as the wire writes it; a name that is not a mode is a caller's bug, refused rather than sent as a default. */
export function modeToWire(mode: ModeName): number {
  if (mode === 'complete') return Mode.MODE_COMPLETE;
  if (mode === 'differential') return Mode.MODE_DIFFERENTIAL;
  throw new PatchtreeError('REPL_BAD_REQUEST', `unknown replication mode ${JSON.stringify(mode)}`);
}

/** A wire mode; anything else is refused with `code` (a request's or a response's), never read as a default. */
export function modeFromWire(value: number | null | undefined, code = 'REPL_BAD_REQUEST'): ModeName {
  const mode = MODES[value ?? 0];
  if (!mode) throw new PatchtreeError(code, `unknown replication mode ${value}`);
  return mode;
}

export function ruleToWire(rule: PullRule): number {
  const value = { catalog: Rule.RULE_CATALOG, policies: Rule.RULE_POLICIES, content: Rule.RULE_CONTENT }[rule];
  if (value === undefined) throw new PatchtreeError('REPL_BAD_REQUEST', `unknown replication rule ${JSON.stringify(rule)}`);
  return value;
}

/** A wire rule that replicates records; content or an unknown value is refused. */
export function recordRuleFromWire(value: number | null | undefined): RecordRule {
  const rule = RULES[value ?? 0];
  if (rule !== 'catalog' && rule !== 'policies') throw new PatchtreeError('REPL_BAD_REQUEST', `unknown or unsupported rule ${value}`);
  return rule;
}

/** Refuses a peer that speaks another protocol version. */
export function checkVersion(version: number | null | undefined): void {
  if (version !== PROTOCOL_VERSION) throw new PatchtreeError('PROTO_VERSION', `peer speaks protocol version ${version}; this node speaks ${PROTOCOL_VERSION}`);
}

const num = (value: number | null | undefined) => Number(value ?? 0);

/**
 * The child_id (field 2 of every request) alone, so that the parent
 * authenticates the caller before it looks at anything else the request says.
 */
export function childIdOf(bytes: Uint8Array): string {
  const reader = protobuf.Reader.create(bytes);
  let childId = '';
  try {
    while (reader.pos < reader.len) {
      const tag = reader.uint32();
      if (tag === ((2 << 3) | 2)) childId = reader.string();
      else reader.skipType(tag & 7);
    }
  } catch (cause) {
    throw new PatchtreeError('PROTO_DECODE', `malformed protobuf message: ${(cause as Error).message}`, { cause });
  }
  return childId;
}
const strings = (list: string[] | null | undefined) => list ?? [];

/** How often a repeated field may occur in a message (and, for a message field, in each occurrence). */
interface Bound {
  max: number;
  code: string;
  what: string;
  inner?: Record<number, Bound>;
}

const languagesBound: Bound = { max: MAX_LANGUAGES, code: 'REPL_BAD_REQUEST', what: 'languages' };
const policyIdsBound = (limits: RequestLimits): Bound => ({ max: limits.policyIds, code: 'REPL_TOO_MANY_POLICY_IDS', what: 'policy ids' });
/** `via` holds the requesting node's identity and its descendants'. */
const viaBound = (limits: RequestLimits): Bound => ({ max: limits.descendants + 1, code: 'REPL_TOO_MANY_DESCENDANTS', what: 'identities in via' });
const keysBound: Bound = { max: MAX_KEYS_PER_CALL, code: 'REPL_BAD_REQUEST', what: 'keys' };

/**
 * Counts a request's repeated fields in its bytes, before it is decoded, and
 * refuses one that occurs more often than its bound: a body of millions of
 * empty strings would otherwise become millions of objects before any count
 * could be checked. One pass that skips every value.
 */
function checkCounts(bytes: Uint8Array, bounds: Record<number, Bound>): void {
  const counts: Record<number, number> = {};
  const reader = protobuf.Reader.create(bytes);
  try {
    while (reader.pos < reader.len) {
      const tag = reader.uint32();
      const bound = bounds[tag >>> 3];
      if (!bound || (tag & 7) !== 2) {
        reader.skipType(tag & 7);
        continue;
      }
      const count = (counts[tag >>> 3] = (counts[tag >>> 3] ?? 0) + 1);
      if (count > bound.max) throw new PatchtreeError(bound.code, `a request names more than ${bound.max} ${bound.what}`, { details: { limit: bound.max } });
      if (bound.inner) checkCounts(reader.bytes(), bound.inner);
      else reader.skipType(2);
    }
  } catch (cause) {
    if (cause instanceof PatchtreeError) throw cause;
    throw new PatchtreeError('PROTO_DECODE', `malformed protobuf message: ${(cause as Error).message}`, { cause });
  }
}

// --- hello: LanguageReport -> LanguageAck -----------------------------------

export function encodeHello(childId: string, report: HelloReport): Uint8Array {
  return LanguageReport.encode({
    protocolVersion: PROTOCOL_VERSION,
    childId,
    languages: report.languages,
    identity: report.identity,
    nodeId: report.nodeId,
    statement: statementMessage(report.statement),
    descendants: report.descendants.map((d) => ({ nodeId: d.nodeId, identity: d.identity, languages: d.languages, statement: statementMessage(d.statement) })),
  }).finish();
}

/** An identity or node id as a peer reports it: refused past MAX_ID, so no report grows a hello past its parent's body limit. */
function id(value: string | null | undefined): string {
  const text = value ?? '';
  if (text.length > MAX_ID) throw new PatchtreeError('REPL_BAD_REQUEST', `an identity or node id of ${text.length} characters; at most ${MAX_ID}`);
  return text;
}

/** A child's report; at most `limits.descendants` descendants (counted before decoding), each identity once. */
export function decodeHello(bytes: Uint8Array, limits: RequestLimits = DEFAULT_REQUEST_LIMITS): Addressed<HelloReport> {
  checkCounts(bytes, { 3: languagesBound, 4: { max: limits.descendants, code: 'REPL_TOO_MANY_DESCENDANTS', what: 'descendants', inner: { 2: languagesBound } } });
  const m = decode(LanguageReport, bytes);
  checkVersion(m.protocolVersion);
  const all = strings(m.descendants as never) as Array<{ nodeId?: string; identity?: string; languages?: string[]; statement?: { statement?: Uint8Array; signature?: Uint8Array } }>;
  const seen = new Set<string>();
  const descendants: NodeLanguages[] = [];
  for (const d of all) {
    const identity = id(d.identity);
    if (identity && seen.has(identity)) continue;
    if (identity) seen.add(identity);
    descendants.push({ nodeId: id(d.nodeId), identity, languages: strings(d.languages), statement: statementText(d.statement) });
  }
  return { childId: m.childId, body: { identity: id(m.identity), nodeId: id(m.nodeId), languages: strings(m.languages), descendants, statement: statementText(m.statement) } };
}

export function encodeHelloAck(ack: HelloAck): Uint8Array {
  return LanguageAck.encode({
    parentId: ack.parentId,
    parentIdentity: ack.parentIdentity,
    unmanaged: ack.unmanaged,
    rules: Object.entries(ack.rules).map(([name, r]) => ({ name, mode: modeToWire(r.mode), schedule: r.schedule, verify: r.verification.enabled, verifyPercent: r.verification.percent, policyIds: r.policyIds })),
    runNow: ack.runNow.map((r) => ({ rule: r.rule, counter: r.counter, mode: modeToWire(r.mode) })),
  }).finish();
}

const { string, strings: stringList, uint, bool, messages, byteList } = field;
const RULE_SETTING: MessageSpec = { name: 'RuleSetting', fields: { 1: string('name'), 2: uint('mode'), 3: string('schedule'), 4: bool('verify'), 5: uint('verifyPercent'), 6: stringList('policyIds', 10_000) } };
const RUN_NOW: MessageSpec = { name: 'RunNow', fields: { 1: string('rule'), 2: uint('counter'), 3: uint('mode') } };
export const LANGUAGE_ACK: MessageSpec = {
  name: 'LanguageAck',
  fields: { 1: stringList('unmanaged', MAX_ACK_LANGUAGES), 2: messages('rules', RULE_SETTING, MAX_ACK_RULES), 3: messages('runNow', RUN_NOW, MAX_ACK_RUN_NOW), 4: string('parentId'), 5: string('parentIdentity') },
};

/** A value of a parent's answer that breaks the protocol: the call fails with PROTO_DECODE and nothing of the answer is used. */
const badAnswer = (what: string) => new PatchtreeError('PROTO_DECODE', `the parent's answer is malformed: ${what}`);
const bounded = (name: string, value: string, max: number) => {
  if (value.length > max) throw badAnswer(`${name} of ${value.length} characters (at most ${max})`);
  return value;
};

/**
 * The parent's answer to a report. The answer as a whole is refused
 * (PROTO_DECODE) when it is malformed: an unknown mode, a rule named twice,
 * ids or languages that are not. A rule's settings are passed on as they
 * came: whether this node can run them is validateRule's decision (the
 * replicator keeps its previous rule where it cannot).
 */
export function decodeHelloAck(bytes: Uint8Array): HelloAck {
  const m = decodeStrict(LANGUAGE_ACK, bytes) as any;
  // No prototype: a rule named "__proto__" is a name like any other (and not one this node knows).
  const rules: Record<string, RuleSettings> = Object.create(null);
  for (const r of m.rules) {
    const name = bounded('a rule name', r.name, 64);
    if (Object.hasOwn(rules, name)) throw badAnswer(`the rule ${JSON.stringify(name)} twice`);
    rules[name] = { mode: modeFromWire(r.mode, 'PROTO_DECODE'), schedule: r.schedule, verification: { enabled: r.verify, percent: r.verifyPercent }, policyIds: r.policyIds };
  }
  const unmanaged = m.unmanaged as string[];
  const notTag = unmanaged.find((l) => !isLanguageTag(l));
  if (notTag !== undefined) throw badAnswer(`${JSON.stringify(notTag.slice(0, 64))} among the unmanaged languages is not a language`);
  return {
    parentId: bounded('the parent id', m.parentId, MAX_ID),
    parentIdentity: bounded('the parent identity', m.parentIdentity, MAX_ID),
    unmanaged,
    rules,
    runNow: m.runNow.map((r: any) => ({ rule: bounded('a run-now rule', r.rule, 64), counter: r.counter, mode: modeFromWire(r.mode, 'PROTO_DECODE') })),
  };
}

// --- session frames (decoded in protocol/frames.ts) ----------------------------

/** A start frame's values within bounds (PROTO_DECODE): a child keeps them in its checkpoint and run history. */
export function checkStart(start: ReceivedStart): void {
  bounded('the parent id', start.parentId, MAX_ID);
  bounded('the parent identity', start.parentIdentity, MAX_ID);
  if (!start.storeId) throw badAnswer('a start frame without a store id');
  bounded('the store id', start.storeId, MAX_ID);
  bounded('the filter', start.filter, MAX_ID);
  bounded('the reason', start.reason, MAX_TEXT);
}

/** An end frame: the snapshot the start named, and a digest as the parent computes one (a count and 64 hex digits). */
export function checkEnd(end: ReceivedEnd, uptoSeq: number): void {
  if (end.uptoSeq !== uptoSeq) throw badAnswer(`an end frame at sequence ${end.uptoSeq} after a start at ${uptoSeq}`);
  if (!end.digest || !SHA256_HEX.test(end.digest.digest)) throw badAnswer('an end frame without a digest of 64 hex digits');
}

// --- session: SyncRequest -> a stream of SyncFrames (protocol/frames.ts) ---

export function encodeSessionRequest(request: SessionRequest): Uint8Array {
  return SyncRequest.encode({
    protocolVersion: request.protocolVersion,
    childId: request.childId,
    via: request.via,
    rule: ruleToWire(request.rule),
    mode: modeToWire(request.mode),
    checkpoint: request.checkpoint,
    languages: request.languages,
    policyIds: request.policyIds,
    batchSize: request.batchSize,
    heldListings: request.heldListings ?? [],
  }).finish();
}

export function decodeSessionRequest(bytes: Uint8Array, limits: RequestLimits = DEFAULT_REQUEST_LIMITS): SessionRequest {
  checkCounts(bytes, { 3: viaBound(limits), 7: languagesBound, 8: policyIdsBound(limits) });
  const m = decode(SyncRequest, bytes);
  const cp = m.checkpoint;
  return {
    protocolVersion: m.protocolVersion,
    childId: m.childId,
    via: strings(m.via),
    rule: recordRuleFromWire(m.rule),
    mode: modeFromWire(m.mode),
    checkpoint: cp ? { storeId: cp.storeId ?? '', seq: num(cp.seq), filter: cp.filter ?? '', completeAfterKey: cp.completeAfterKey ?? '', completeUpto: num(cp.completeUpto) } : undefined,
    languages: strings(m.languages),
    policyIds: strings(m.policyIds),
    batchSize: m.batchSize ?? 0,
    heldListings: heldListingsOf(m.heldListings),
  };
}

function heldListingsOf(values: string[] | null | undefined): string[] {
  const list = strings(values);
  if (list.length > MAX_HELD_LISTINGS) throw new PatchtreeError('REPL_BAD_REQUEST', `held_listings names ${list.length} listings; at most ${MAX_HELD_LISTINGS}`);
  if (list.some((h) => !/^[0-9a-f]{64}$/.test(h))) throw new PatchtreeError('REPL_BAD_REQUEST', 'held_listings must be sha256 hashes in lowercase hex');
  return list;
}

// --- verify: keys -> hashes, or the parent's own sample ---------------------

export type VerifyCall =
  | { scope: ViewScope; keys: string[] }
  | { scope: ViewScope; percent: number; pageAfter?: string; pageLimit?: number };

export function encodeVerifyRequest(childId: string, call: VerifyCall): Uint8Array {
  const { scope } = call;
  const common = { protocolVersion: PROTOCOL_VERSION, childId, rule: ruleToWire(scope.rule), languages: [...scope.languages], policyIds: [...scope.policyIds], viewId: scope.viewId ?? 0 };
  if ('keys' in call) return VerifyRequest.encode({ ...common, keys: call.keys }).finish();
  return VerifyRequest.encode({
    ...common,
    samplePercent: Math.max(1, Math.round(call.percent)),
    samplePerMillion: Math.max(1, Math.round(call.percent * 10_000)),
    pageAfter: call.pageAfter ?? '',
    pageLimit: call.pageLimit ?? 0,
  }).finish();
}

export function decodeVerifyRequest(bytes: Uint8Array, limits: RequestLimits = DEFAULT_REQUEST_LIMITS): Addressed<VerifyCall> {
  checkCounts(bytes, { 4: languagesBound, 5: keysBound, 6: policyIdsBound(limits) });
  const m = decode(VerifyRequest, bytes);
  checkVersion(m.protocolVersion);
  const scope = scopeOf(m);
  const percent = m.samplePerMillion ? m.samplePerMillion / 10_000 : num(m.samplePercent);
  if (percent > 100) throw new PatchtreeError('REPL_BAD_REQUEST', 'sample_percent must be at most 100 (sample_per_million at most 1000000)');
  const pageLimit = num(m.pageLimit);
  if (pageLimit > MAX_KEYS_PER_CALL) throw new PatchtreeError('REPL_BAD_REQUEST', `page_limit must be at most ${MAX_KEYS_PER_CALL}`);
  if (percent > 0) return { childId: m.childId, body: { scope, percent, pageAfter: m.pageAfter ?? '', pageLimit } };
  return { childId: m.childId, body: { scope, keys: keysOf(m.keys) } };
}

export function encodeVerifyResponse(hashes: readonly KeyHash[], nextPageAfter = ''): Uint8Array {
  return VerifyResponse.encode({ hashes: [...hashes], nextPageAfter }).finish();
}

const KEY_HASH: MessageSpec = { name: 'KeyHash', fields: { 1: string('key'), 2: string('hash') } };
export const VERIFY_RESPONSE: MessageSpec = { name: 'VerifyResponse', fields: { 1: messages('hashes', KEY_HASH, MAX_SAMPLE_ANSWER), 2: string('nextPageAfter') } };
const SHA256_HEX = /^[0-9a-f]{64}$/;

/** A key-hash answer: well-formed record keys, each hash a SHA-256 ('' where the child should hold nothing). Whether the keys are the ones asked is the caller's to check. */
export function decodeVerifyResponse(bytes: Uint8Array): { hashes: KeyHash[]; nextPageAfter: string } {
  const m = decodeStrict(VERIFY_RESPONSE, bytes) as { hashes: KeyHash[]; nextPageAfter: string };
  for (const h of m.hashes) {
    if (h.key.length > MAX_KEY_LENGTH || !parseRecordKey(h.key)) throw badAnswer(`${JSON.stringify(h.key.slice(0, 100))} is not a record key`);
    if (h.hash !== '' && !SHA256_HEX.test(h.hash)) throw badAnswer(`the hash of ${h.key} is not a SHA-256`);
  }
  bounded('next_page_after', m.nextPageAfter, MAX_KEY_LENGTH);
  return m;
}

// --- fetch: keys -> stored change bytes, as they are -------------------------

export function encodeFetchRequest(childId: string, scope: ViewScope, keys: string[]): Uint8Array {
  return FetchRequest.encode({ protocolVersion: PROTOCOL_VERSION, childId, rule: ruleToWire(scope.rule), languages: [...scope.languages], policyIds: [...scope.policyIds], keys, viewId: scope.viewId ?? 0 }).finish();
}

export function decodeFetchRequest(bytes: Uint8Array, limits: RequestLimits = DEFAULT_REQUEST_LIMITS): Addressed<{ scope: ViewScope; keys: string[] }> {
  checkCounts(bytes, { 4: languagesBound, 5: keysBound, 6: policyIdsBound(limits) });
  const m = decode(FetchRequest, bytes);
  checkVersion(m.protocolVersion);
  return { childId: m.childId, body: { scope: scopeOf(m), keys: keysOf(m.keys) } };
}

/** FetchResponse.changes (field 1), the stored bytes written as they are. */
export const encodeFetchResponse = (changes: readonly Uint8Array[]): Uint8Array => encodeRepeatedBytes(changes, 1);
export const FETCH_RESPONSE: MessageSpec = { name: 'FetchResponse', fields: { 1: byteList('changes', MAX_KEYS_PER_CALL) } };
/** Each change's bytes as they came (read and checked as received changes are, by the caller); at most MAX_KEYS_PER_CALL. */
export const decodeFetchResponse = (bytes: Uint8Array): Uint8Array[] => (decodeStrict(FETCH_RESPONSE, bytes) as { changes: Uint8Array[] }).changes;

// --- run reports --------------------------------------------------------------

/** Text a peer sends that a node keeps (run reports, ids): at most this long, so no peer fills a node's history. */
export const MAX_TEXT = 1024;
const short = (text: string | null | undefined) => (text ?? '').slice(0, MAX_TEXT);

/** A run report; its texts cut to MAX_TEXT as the parent keeps them, so a report always fits the parent's report limit. */
export function encodeRunReport(childId: string, run: RunReportData): Uint8Array {
  return RunReport.encode({
    protocolVersion: PROTOCOL_VERSION,
    childId,
    runId: run.id,
    uptoSeq: run.uptoSeq ?? 0,
    rule: run.rule,
    trigger: short(run.trigger),
    mode: modeToWire(run.mode ?? 'differential'),
    reason: short(run.reason),
    started: short(run.started),
    durationMs: run.durationMs,
    received: run.received ?? 0,
    applied: run.applied ?? 0,
    deleted: run.deleted ?? 0,
    bytes: run.bytes ?? 0,
    digestEqual: run.verification?.digestEqual ?? false,
    sampled: run.verification?.sampled ?? 0,
    mismatched: run.verification?.mismatched ?? 0,
    repaired: run.verification?.repaired ?? 0,
    fellBackToComplete: run.verification?.fellBackToComplete ?? false,
    errorCode: short(run.error?.code),
    errorMessage: short(run.error?.message),
    ok: run.status === 'ok',
    status: run.status,
  }).finish();
}

const REPORTED_STATUSES: readonly RunStatus[] = ['ok', 'failed', 'interrupted'];
const PULL_RULES: readonly PullRule[] = ['catalog', 'policies', 'content'];

export function decodeRunReport(bytes: Uint8Array): Addressed<RunReportData> {
  const m = decode(RunReport, bytes);
  checkVersion(m.protocolVersion);
  const status = (m.status || (m.ok ? 'ok' : 'failed')) as RunStatus;
  if (!REPORTED_STATUSES.includes(status)) throw new PatchtreeError('REPL_BAD_REQUEST', `unknown run status ${JSON.stringify(m.status)}`);
  const rule = (m.rule ?? '') as PullRule;
  if (!PULL_RULES.includes(rule)) throw new PatchtreeError('REPL_BAD_REQUEST', `unknown rule ${JSON.stringify(short(rule))}`);
  return {
    childId: m.childId,
    body: {
      id: num(m.runId),
      uptoSeq: num(m.uptoSeq),
      rule,
      trigger: short(m.trigger),
      mode: modeFromWire(m.mode),
      reason: short(m.reason),
      started: short(m.started),
      durationMs: num(m.durationMs),
      received: num(m.received),
      applied: num(m.applied),
      deleted: num(m.deleted),
      bytes: num(m.bytes),
      verification: { digestEqual: !!m.digestEqual, sampled: num(m.sampled), mismatched: num(m.mismatched), repaired: num(m.repaired), fellBackToComplete: !!m.fellBackToComplete },
      status,
      error: m.errorCode ? { code: short(m.errorCode), message: short(m.errorMessage) } : undefined,
    },
  };
}

// --- content list ------------------------------------------------------------

export function encodeContentListRequest(childId: string, languages: readonly string[], via: readonly string[]): Uint8Array {
  return ContentListRequest.encode({ protocolVersion: PROTOCOL_VERSION, childId, languages: [...languages], via: [...via] }).finish();
}

export function decodeContentListRequest(bytes: Uint8Array, limits: RequestLimits = DEFAULT_REQUEST_LIMITS): Addressed<{ languages: string[]; via: string[] }> {
  checkCounts(bytes, { 3: languagesBound, 4: viaBound(limits) });
  const m = decode(ContentListRequest, bytes);
  checkVersion(m.protocolVersion);
  return { childId: m.childId, body: { languages: strings(m.languages), via: strings(m.via) } };
}

export function encodeContentList(files: readonly ContentFileInfo[]): Uint8Array {
  return ContentListResponse.encode({ files: [...files] }).finish();
}

const CONTENT_FILE: MessageSpec = { name: 'ContentFile', fields: { 1: string('updateKey'), 2: string('algorithm'), 3: string('hash'), 4: uint('size'), 5: bool('verified') } };
export const CONTENT_LIST: MessageSpec = { name: 'ContentListResponse', fields: { 1: messages('files', CONTENT_FILE, MAX_CONTENT_FILES) } };

/**
 * The parent's content list. Each entry names an update key, a hash the
 * content store can file (sha1, sha256 or sha512 in lower-case hex) and a
 * sane size; one that does not is REPL_BAD_RECORD and nothing of the list
 * is used. (Whether the child holds the update is the content run's check.)
 */
export function decodeContentList(bytes: Uint8Array): ContentFileInfo[] {
  const files = (decodeStrict(CONTENT_LIST, bytes) as { files: ContentFileInfo[] }).files;
  for (const f of files) {
    const refuse = (why: string) => new PatchtreeError('REPL_BAD_RECORD', `the parent's content list has an invalid entry for ${JSON.stringify(f.updateKey.slice(0, 200))}: ${why}`);
    if (f.updateKey.length > MAX_KEY_LENGTH || parseRecordKey(f.updateKey)?.kind !== 'update') throw refuse('not an update key');
    if (!isValidHash(f.algorithm, f.hash)) throw refuse(`not a ${f.algorithm.slice(0, 20) || 'known'} digest`);
    if (f.size > MAX_FILE_SIZE) throw refuse(`a size of ${f.size} bytes`);
  }
  return files;
}

// --- errors --------------------------------------------------------------------

export const encodeSyncError = (code: string, message: string): Uint8Array => SyncError.encode({ code, message }).finish();

/**
 * Codes a parent answers that a child reports as they are: they say what
 * went wrong between the two. Any other code (one this project does not
 * define, or a parent's own trouble) is reported as REPL_PARENT_ERROR with
 * the parent's code in the message, so the child's history and alerts only
 * ever show codes of the README's table.
 */
const PARENT_CODES: ReadonlySet<string> = new Set([
  'AUTH_REQUIRED', 'AUTH_INVALID_CREDENTIAL', 'BODY_TOO_LARGE', 'PROTO_DECODE', 'PROTO_VERSION',
  'REPL_BAD_REQUEST', 'REPL_BUSY', 'REPL_INTERRUPTED', 'REPL_LOOP', 'REPL_PARENT_ERROR',
  'REPL_TOO_MANY_POLICY_IDS', 'REPL_TOO_MANY_DESCENDANTS', 'REPL_VIEW_GONE',
]);

/** A parent's error (an error frame, or a SyncError answer) as this child reports it. */
export function parentError(code: string, message: string, details: Record<string, unknown> = {}): PatchtreeError {
  const text = message.slice(0, MAX_TEXT);
  if (PARENT_CODES.has(code)) return new PatchtreeError(code, `parent: ${text}`, { details });
  const shown = /^[A-Z][A-Z0-9_]{0,63}$/.test(code) ? code : 'an unknown code';
  return new PatchtreeError('REPL_PARENT_ERROR', `parent failed with ${shown}: ${text}`, { details });
}

/** The parent's SyncError body (or, failing that, its error header) as a PatchtreeError. */
export function decodeSyncError(status: number, body: Uint8Array, codeHeader: string | undefined): PatchtreeError {
  try {
    const error = decodeStrict(SYNC_ERROR, body) as { code: string; message: string };
    if (error.code) return parentError(error.code, `refused (${status}): ${error.message}`, { status });
  } catch {
    // not a SyncError body: fall through
  }
  return parentError(codeHeader ?? '', `answered ${status}`, { status });
}

function scopeOf(m: { rule?: number | null; languages?: string[] | null; policyIds?: string[] | null; viewId?: number | null }): ViewScope {
  return { rule: recordRuleFromWire(m.rule), languages: strings(m.languages), policyIds: strings(m.policyIds), viewId: num(m.viewId) };
}

function keysOf(keys: string[] | null | undefined): string[] {
  const list = strings(keys);
  if (list.length > MAX_KEYS_PER_CALL) throw new PatchtreeError('REPL_BAD_REQUEST', `at most ${MAX_KEYS_PER_CALL} keys per call`);
  return list;
}
