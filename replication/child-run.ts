import { decodeChange, decodeChangeHeader, PatchtreeError, PROTOCOL_VERSION, type RawBatch, type ReceivedFrame } from '../protocol/index.js';
import { recordClassOf, recordHash, type ExtraOp, type Mutation, type RecordStore } from '../catalog/index.js';
import { END_OF_KEYS, type SessionRequest } from './parent-session.js';
import { MAX_KEYS_PER_CALL, type KeyHash } from './parent-verify.js';
import { keepsRecord, keyInScope, scopeId, type SyncScope } from './scope.js';

/** How a child reaches its parent: sessions, verification and repair (HTTP between nodes, or in-process in tests). */
export interface SyncTransport {
  session(request: SessionRequest): AsyncIterable<ReceivedFrame>;
  verify(request: { scope: SyncScope; keys: string[] }): Promise<KeyHash[]>;
  /** The parent's own random sample of its records in scope (finds what the child is missing), in parts (pages at 100%). */
  sample(request: { scope: SyncScope; percent: number }): AsyncIterable<KeyHash[]>;
  fetch(request: { scope: SyncScope; keys: string[] }): Promise<Uint8Array[]>;
}

export interface Checkpoint {
  storeId: string;
  seq: number;
  filter: string;
  completeAfterKey?: string;
  completeUpto?: number;
}

export interface Verification {
  digestEqual: boolean;
  sampled: number;
  mismatched: number;
  repaired: number;
  /** True when the digest still differed after sampling and a complete run put it right. */
  fellBackToComplete: boolean;
}

export interface RunResult {
  rule: string;
  requestedMode: 'differential' | 'complete';
  mode: 'differential' | 'complete';
  reason: string;
  received: number;
  applied: number;
  deleted: number;
  bytes: number;
  batches: number;
  uptoSeq: number;
  verification: Verification;
}

export interface RunOptions {
  childId: string;
  /** This node's id and the ids of the nodes below it that asked (loop detection). */
  via: string[];
  scope: SyncScope;
  mode: 'differential' | 'complete';
  verifyPercent: number;
  batchSize?: number;
}

const checkpointKey = (scope: SyncScope) => `checkpoint:${scope.rule}`;
/** Keys per verify or fetch call: the most the parent accepts (MAX_KEYS_PER_CALL). */
const VERIFY_CHUNK = MAX_KEYS_PER_CALL;

/** The checkpoint a child keeps for one rule. */
export async function readCheckpoint(store: RecordStore, scope: SyncScope): Promise<Checkpoint | undefined> {
  return (await store.state.get(checkpointKey(scope))) as Checkpoint | undefined;
}

/**
 * Runs one rule from the child's side: applies each batch together with the
 * checkpoint in one LevelDB batch (a killed run resumes after its last
 * applied batch), then verifies: the whole-set digest, and the configured
 * percentage of records by hash; every mismatch is repaired, and a digest
 * that still differs makes the run complete.
 */
export async function runRule(store: RecordStore, transport: SyncTransport, options: RunOptions): Promise<RunResult> {
  const result = await applySession(store, transport, options, options.mode);
  const verification = await verify(store, transport, options, result);
  return { ...result, verification };
}

async function applySession(store: RecordStore, transport: SyncTransport, options: RunOptions, requestedMode: 'differential' | 'complete'): Promise<Omit<RunResult, 'verification'> & { parentDigest?: { count: number; digest: string } }> {
  const { scope } = options;
  const languages = new Set(scope.languages);
  const filter = scopeId(scope);
  const checkpoint = await readCheckpoint(store, scope);
  const request: SessionRequest = {
    protocolVersion: PROTOCOL_VERSION,
    childId: options.childId,
    via: options.via,
    rule: scope.rule,
    mode: requestedMode,
    checkpoint,
    languages: [...scope.languages],
    policyIds: [...scope.policyIds],
    batchSize: options.batchSize,
  };
  const result: Omit<RunResult, 'verification'> & { parentDigest?: { count: number; digest: string } } = {
    rule: scope.rule, requestedMode, mode: requestedMode, reason: '', received: 0, applied: 0, deleted: 0, bytes: 0, batches: 0, uptoSeq: 0,
  };
  let start: { storeId: string; uptoSeq: number } | undefined;
  let ended = false;
  for await (const frame of transport.session(request)) {
    if (frame.kind === 'error') throw new PatchtreeError(frame.error.code || 'REPL_PARENT_ERROR', `parent: ${frame.error.message}`);
    if (frame.kind === 'start') {
      if (frame.start.protocolVersion !== PROTOCOL_VERSION) throw new PatchtreeError('PROTO_VERSION', `parent speaks protocol version ${frame.start.protocolVersion}`);
      start = { storeId: frame.start.storeId, uptoSeq: Number(frame.start.uptoSeq) };
      result.mode = frame.start.mode === 2 ? 'complete' : 'differential';
      result.reason = frame.start.reason;
      result.uptoSeq = start.uptoSeq;
      continue;
    }
    if (!start) throw new PatchtreeError('PROTO_DECODE', 'session did not begin with a start frame');
    if (frame.kind === 'batch') {
      const counts = await applyBatch(store, frame.batch, { scope, languages, mode: result.mode, next: nextCheckpoint(frame.batch, result.mode, start, filter, checkpoint) });
      result.batches++;
      result.received += frame.batch.changes.length;
      result.bytes += frame.batch.changes.reduce((n, c) => n + c.length, 0);
      result.applied += counts.applied;
      result.deleted += counts.deleted;
      continue;
    }
    // end: the run is complete up to the parent's snapshot.
    await store.state.put(checkpointKey(scope), { storeId: start.storeId, seq: Number(frame.end.uptoSeq), filter } satisfies Checkpoint);
    result.parentDigest = { count: Number(frame.end.digest?.count ?? 0), digest: frame.end.digest?.digest ?? '' };
    ended = true;
  }
  if (!ended) throw new PatchtreeError('REPL_INTERRUPTED', 'the session ended before its end frame; the next run resumes after the last applied batch');
  return result;
}

function nextCheckpoint(batch: RawBatch, mode: 'differential' | 'complete', start: { storeId: string; uptoSeq: number }, filter: string, previous?: Checkpoint): Checkpoint {
  if (mode === 'differential') return { storeId: start.storeId, seq: batch.lastSeq, filter };
  // During a complete run the old position stays valid for nothing: keep where the walk is.
  return { storeId: start.storeId, seq: previous?.storeId === start.storeId ? previous.seq : 0, filter, completeAfterKey: batch.lastKey === END_OF_KEYS ? undefined : batch.lastKey, completeUpto: start.uptoSeq };
}

async function applyBatch(store: RecordStore, batch: RawBatch, ctx: { scope: SyncScope; languages: Set<string>; mode: string; next: Checkpoint }) {
  const mutations: Mutation[] = [];
  for (const bytes of batch.changes) {
    // The header is all a filter needs; the store keeps the bytes as they came.
    const change = decodeChangeHeader(bytes);
    if (!keyInScope(change.key, ctx.scope)) throw new PatchtreeError('REPL_BAD_RECORD', `parent sent ${change.key}, outside the rule ${ctx.scope.rule}`);
    if (change.deleted || keepsRecord(change, ctx.languages)) mutations.push({ type: 'put-bytes', key: change.key, bytes, header: change });
    else mutations.push({ type: 'del', key: change.key });
  }
  const checkpoint: ExtraOp[] = [{ type: 'put', sublevel: store.state, key: checkpointKey(ctx.scope), value: ctx.next }];
  // Key-order merge of a complete run: what the child holds in this key range but the parent did not send is gone on the parent.
  // Every replicated record of the rule goes, also policies outside a chosen list: the child holds exactly the scope.
  const written = ctx.mode === 'complete'
    ? await store.replaceRange({ after: batch.fromKey, upTo: batch.lastKey }, mutations, (key, origin) => origin === 'replicated' && recordClassOf(key) === ctx.scope.rule, checkpoint)
    : await store.write(mutations, checkpoint);
  return { applied: written.added + written.changed, deleted: written.removed };
}

async function verify(store: RecordStore, transport: SyncTransport, options: RunOptions, run: { parentDigest?: { count: number; digest: string } }): Promise<Verification> {
  const { scope } = options;
  const verification: Verification = { digestEqual: false, sampled: 0, mismatched: 0, repaired: 0, fellBackToComplete: false };
  const childDigest = () => store.digest(scope.languages, { origin: 'replicated', recordClass: scope.rule });
  const digestEqual = () => !!run.parentDigest && childDigest().digest === run.parentDigest.digest && childDigest().count === run.parentDigest.count;

  if (options.verifyPercent > 0) {
    // The configured share is split: half chosen by the child among what it holds (finds damaged and extra
    // records), half by the parent among what the child should hold (finds missing ones). At 100% each side checks all.
    const half = options.verifyPercent >= 100 ? 100 : options.verifyPercent / 2;
    // The parent draws its half while the child reads and checks its own, and the child compares the
    // parent's half as soon as it comes: the two sides work at once.
    const tally = new SampleTally(verification, (keys) => repair(store, transport, scope, keys));
    const parentHalf = (async () => {
      for await (const theirs of transport.sample({ scope, percent: half })) {
        if (tally.stopped) return;
        await reconcile(store, theirs, tally);
      }
    })();
    parentHalf.catch(() => tally.stop()); // awaited below; meanwhile its failure stops the child's half
    // The child's sample (runs of neighbouring records below 100%, every replicated record of the rule at 100%), hashed as
    // read; the parent hashes one chunk while the child reads the next.
    const check = async (chunk: KeyHash[]) => {
      const theirs = await transport.verify({ scope, keys: chunk.map((c) => c.key) });
      await tally.add(chunk.length, chunk.filter((c, i) => theirs[i]?.hash !== c.hash).map((c) => c.key));
    };
    let chunk: KeyHash[] = [];
    let checking: Promise<void> = Promise.resolve();
    try {
      for await (const r of store.sample(half)) {
        if (tally.stopped) break;
        if (r.origin !== 'replicated' || recordClassOf(r.key) !== scope.rule) continue;
        chunk.push({ key: r.key, hash: recordHash(r.bytes) });
        if (chunk.length >= VERIFY_CHUNK) {
          await checking;
          checking = check(chunk);
          checking.catch(() => tally.stop()); // awaited before the next chunk or below
          chunk = [];
        }
      }
      await checking;
      if (chunk.length && !tally.stopped) await check(chunk);
    } catch (err) {
      tally.stop();
      throw err;
    } finally {
      await Promise.allSettled([checking, parentHalf]); // a failed run leaves no repair still writing behind it
    }
    await parentHalf;
  }
  verification.digestEqual = digestEqual();
  if (!verification.digestEqual) {
    // Sampling did not find it (a record missing here, or not sampled): a complete run puts the set right.
    verification.fellBackToComplete = true;
    const complete = await applySession(store, transport, options, 'complete');
    run.parentDigest = complete.parentDigest;
    verification.repaired += complete.applied + complete.deleted;
    verification.digestEqual = digestEqual();
  }
  return verification;
}

/**
 * Compares the parent's hash of each key ('' = the child should not hold it)
 * with the child's record, a chunk at a time so that a large sample is never
 * read at once, and repairs what differs.
 */
async function reconcile(store: RecordStore, theirs: readonly KeyHash[], tally: SampleTally): Promise<void> {
  for (let i = 0; i < theirs.length && !tally.stopped; i += VERIFY_CHUNK) {
    const chunk = theirs.slice(i, i + VERIFY_CHUNK);
    const mine = await store.getMany(chunk.map((t) => t.key));
    await tally.add(chunk.length, chunk.filter((t, j) => (mine[j] ? recordHash(mine[j]!.bytes) : '') !== t.hash).map((t) => t.key));
  }
}

/**
 * Counts compared chunks and repairs the keys that differed. The two halves
 * of a sample run at once and may both name a key: it is counted and
 * repaired once (the second look may have read it before the repair). When
 * one half fails, stop() makes the other end at its next chunk instead of
 * checking and repairing the rest of its sample for a run that has failed.
 */
class SampleTally {
  private readonly seen = new Set<string>();
  stopped = false;

  constructor(private readonly verification: Verification, private readonly repair: (keys: string[]) => Promise<number>) {}

  stop(): void {
    this.stopped = true;
  }

  async add(compared: number, wrong: string[]): Promise<void> {
    if (this.stopped) return;
    this.verification.sampled += compared;
    const fresh = wrong.filter((key) => !this.seen.has(key));
    if (fresh.length === 0) return;
    for (const key of fresh) this.seen.add(key);
    this.verification.mismatched += fresh.length;
    const repaired = await this.repair(fresh); // not `+= await`: that reads the total before the other half adds to it
    this.verification.repaired += repaired;
  }
}

async function repair(store: RecordStore, transport: SyncTransport, scope: SyncScope, keys: string[]): Promise<number> {
  const languages = new Set(scope.languages);
  const changes = await transport.fetch({ scope, keys });
  const mutations: Mutation[] = changes.map((bytes, i) => {
    const change = decodeChange(bytes);
    if (change.key !== keys[i]) throw new PatchtreeError('REPL_BAD_RECORD', `asked for ${keys[i]}, received ${change.key}`);
    return change.deleted || !keepsRecord(change, languages) ? { type: 'del', key: change.key } : { type: 'put-bytes', key: change.key, bytes };
  });
  const written = await store.write(mutations);
  return written.added + written.changed + written.removed;
}
