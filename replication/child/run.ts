import { PatchtreeError, PROTOCOL_VERSION, type RawBatch } from '../../protocol/index.js';
import { compareKeys, ScopeRule, scopeId, STATE_FAMILIES, type ExtraOp, type Mutation, type RecordStore, type SyncScope } from '../../catalog/index.js';
import { END_OF_KEYS } from '../parent/session.js';
import type { ParentPort } from '../port.js';
import { checkEnd, checkStart, MAX_KEY_LENGTH, modeFromWire, parentError, type Checkpoint, type ModeName, type SessionRequest, type VerifyCounts } from '../wire.js';
import { BatchCheck, receivedMutation } from './received.js';
import type { SessionChecks, TrustChecks } from './trust.js';
import { verifyRun, type ParentDigest } from './verify.js';

export interface RunResult {
  rule: string;
  requestedMode: ModeName;
  mode: ModeName;
  reason: string;
  received: number;
  applied: number;
  deleted: number;
  bytes: number;
  batches: number;
  uptoSeq: number;
  verification: VerifyCounts;
}

export interface RunOptions {
  childId: string;
  /** This node's identity and the identities of every node below it (loop detection). */
  via: string[];
  scope: SyncScope;
  mode: ModeName;
  verifyPercent: number;
  batchSize?: number;
  /** Aborted when the node stops: the run ends after the batch in flight (REPL_INTERRUPTED). */
  signal?: AbortSignal;
  /** Checks what the parent sends against its publishers' signatures (see trust.ts). */
  trust: TrustChecks;
}

/** A session's outcome before verification, with the parent's digest of the child's set and the checks of its documents. */
export type SessionResult = Omit<RunResult, 'verification'> & { parentDigest?: ParentDigest; trust?: SessionChecks; viewId: number };

const checkpointKey = (scope: SyncScope) => STATE_FAMILIES.checkpoint.key(scope.rule);

/**
 * Batches must move forward within the session's snapshot (sequences up to
 * upto_seq, key ranges after the previous one): a parent that sends the same
 * batches again, or ones from beyond its snapshot, would keep a run going
 * for ever or move a checkpoint past what it holds.
 */
class BatchProgress {
  private seq = 0;
  private key = '';

  check(batch: RawBatch, mode: ModeName, uptoSeq: number): void {
    const refuse = (why: string) => { throw new PatchtreeError('REPL_BAD_RECORD', `the parent sent a batch that does not move forward: ${why}`); };
    // Bounds of a key range are record keys (or the end of keys); one the child keeps in its checkpoint is sent back to the parent.
    for (const bound of [batch.lastKey, batch.fromKey]) if (bound.length > MAX_KEY_LENGTH) refuse(`a key range bound of ${bound.length} characters`);
    if (batch.lastSeq > uptoSeq) refuse(`sequence ${batch.lastSeq} past the snapshot's ${uptoSeq}`);
    if (mode === 'differential' || isCatchUp(batch, mode)) {
      if (batch.lastSeq < this.seq) refuse(`sequence ${batch.lastSeq} after ${this.seq}`);
      this.seq = batch.lastSeq;
      return;
    }
    if (this.key && compareKeys(batch.lastKey, this.key) <= 0) refuse(`key range ending at ${batch.lastKey.slice(0, 100)} after ${this.key.slice(0, 100)}`);
    if (compareKeys(batch.fromKey, this.key) < 0) refuse('a key range that starts before the previous one ended');
    this.key = batch.lastKey;
  }
}

/** The error a run's abort signal carries (its deadline), or the node stopping. */
const interruptedBy = (signal: AbortSignal) => (signal.reason instanceof PatchtreeError ? signal.reason : new PatchtreeError('REPL_INTERRUPTED', 'the node is stopping; the next run resumes after the last applied batch'));

/** A complete session's batch with no key range: changes since the run began to keys already walked (see the parent's catchUp). */
const isCatchUp = (batch: RawBatch, mode: ModeName) => mode === 'complete' && batch.lastKey === '';

/** The checkpoint a child keeps for one rule. */
export async function readCheckpoint(store: RecordStore, scope: Pick<SyncScope, 'rule'>): Promise<Checkpoint | undefined> {
  return (await store.state.get(STATE_FAMILIES.checkpoint.key(scope.rule))) as Checkpoint | undefined;
}

/**
 * Runs one rule from the child's side: applies each batch together with the
 * checkpoint in one LevelDB batch (a killed run resumes after its last
 * applied batch), then verifies: the whole-set digest, and the configured
 * percentage of records by hash; every mismatch is repaired, and a digest
 * that still differs makes the run complete.
 */
export async function runRule(store: RecordStore, port: ParentPort, options: RunOptions): Promise<RunResult> {
  try {
    let session = await applySession(store, port, options, options.mode);
    const first = session;
    const verification = await verifyRun(store, port, { ...options, scope: { ...options.scope, viewId: first.viewId }, guard: first.trust!.guard }, first, async () => (session = await applySession(store, port, options, 'complete')));
    // A parent whose digest of the child's set still differs after a complete run lies about it or is inconsistent.
    if (!verification.digestEqual) throw new PatchtreeError('REPL_DIGEST_MISMATCH', `the parent's digest of this node's ${options.scope.rule} records still differs from this node's after a complete run: the parent is inconsistent or lies; the documents held stay the last verified ones`);
    // What the run leaves adds up to what the publishers signed, or it fails (SIG_INVALID) and the rule is not served on.
    session.trust!.checkHeld();
    await session.trust!.commit();
    const { trust: _trust, parentDigest: _digest, viewId: _view, ...counts } = first;
    return { ...counts, verification };
  } catch (err) {
    await options.trust.alertOn(options.scope.rule, err);
    throw err;
  }
}

async function applySession(store: RecordStore, port: ParentPort, options: RunOptions, requestedMode: ModeName): Promise<SessionResult> {
  const rule = new ScopeRule(options.scope);
  const { scope } = options;
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
    heldListings: await options.trust.heldListings(scope),
  };
  const result: SessionResult = { rule: scope.rule, requestedMode, mode: requestedMode, reason: '', received: 0, applied: 0, deleted: 0, bytes: 0, batches: 0, uptoSeq: 0, viewId: 0 };
  let trust: SessionChecks | undefined;
  let start: { storeId: string; uptoSeq: number } | undefined;
  let ended = false;
  const progress = new BatchProgress();
  // The write of the last batch, still under way: the next batch is read and checked meanwhile (the checks cost
  // the child's thread as much as LevelDB's write of the batch, which runs on a thread of its own). Batches are
  // still written one after another, each with its checkpoint.
  let writing: Promise<void> | undefined;
  try {
    for await (const frame of port.session(request, options.signal)) {
      if (ended) throw new PatchtreeError('PROTO_DECODE', 'the parent sent a frame after the end frame');
      if (frame.kind === 'error') throw parentError(frame.error.code, frame.error.message);
      if (frame.kind === 'start') {
        if (start) throw new PatchtreeError('PROTO_DECODE', 'the parent sent a second start frame');
        if (frame.start.protocolVersion !== PROTOCOL_VERSION) throw new PatchtreeError('PROTO_VERSION', `parent speaks protocol version ${frame.start.protocolVersion}`);
        checkStart(frame.start);
        // The parent is this node or below it: its records would come back as replicated ones.
        if (frame.start.parentIdentity && options.via.includes(frame.start.parentIdentity)) throw new PatchtreeError('REPL_LOOP', `replication loop: the parent ${frame.start.parentId} is this node or one of its descendants`);
        // The publishers' documents are checked before anything of the session is written.
        trust = await options.trust.begin(scope, frame.start);
        result.trust = trust;
        result.viewId = Number(frame.start.viewId ?? 0);
        start = { storeId: frame.start.storeId, uptoSeq: frame.start.uptoSeq };
        result.mode = modeFromWire(frame.start.mode, 'PROTO_DECODE');
        result.reason = frame.start.reason;
        result.uptoSeq = start.uptoSeq;
        continue;
      }
      if (!start) throw new PatchtreeError('PROTO_DECODE', 'session did not begin with a start frame');
      if (options.signal?.aborted) throw interruptedBy(options.signal);
      if (frame.kind === 'listing') {
        trust!.addListing(frame.data);
        continue;
      }
      await trust!.ready();
      if (frame.kind === 'batch') {
        progress.check(frame.batch, result.mode, start.uptoSeq);
        // A catch-up batch (no key range) only resumes a complete run this child had begun; anywhere else it would skip the merge.
        if (isCatchUp(frame.batch, result.mode) && !checkpoint?.completeAfterKey) throw new PatchtreeError('REPL_BAD_RECORD', 'the parent sent a complete batch without a key range, though no complete run was resumed');
        const mutations = checkBatch(rule, frame.batch);
        await writing;
        writing = writeBatch(store, frame.batch, mutations, { rule, mode: result.mode, next: nextCheckpoint(frame.batch, result.mode, start, filter, checkpoint), trust: trust! }).then((counts) => {
          result.applied += counts.applied;
          result.deleted += counts.deleted;
        });
        // Handled where it is awaited (next batch, end, or the catch below), not left to the process's handler meanwhile.
        writing.catch(() => undefined);
        result.batches++;
        result.received += frame.batch.changes.length;
        result.bytes += frame.batch.changes.reduce((n, c) => n + c.length, 0);
        continue;
      }
      await writing;
      // end: the run is complete up to the parent's snapshot.
      checkEnd(frame.end, start.uptoSeq);
      await store.state.put(checkpointKey(scope), { storeId: start.storeId, seq: frame.end.uptoSeq, filter } satisfies Checkpoint);
      result.parentDigest = { count: frame.end.digest?.count ?? 0, digest: frame.end.digest?.digest ?? '' };
      ended = true;
    }
    await writing;
  } catch (err) {
    // A refusal while a batch is being written: that write ends (whole or not at all) before the run does.
    await writing?.catch(() => undefined);
    throw err;
  }
  if (!ended) throw new PatchtreeError('REPL_INTERRUPTED', 'the session ended before its end frame; the next run resumes after the last applied batch');
  return result;
}

function nextCheckpoint(batch: RawBatch, mode: ModeName, start: { storeId: string; uptoSeq: number }, filter: string, previous?: Checkpoint): Checkpoint {
  if (mode === 'differential') return { storeId: start.storeId, seq: batch.lastSeq, filter };
  // A resumed complete run's catch-up of the keys already walked: the resume point stays.
  if (isCatchUp(batch, mode) && previous) return previous;
  // During a complete run the old position stays valid for nothing: keep where the walk is.
  return { storeId: start.storeId, seq: previous?.storeId === start.storeId ? previous.seq : 0, filter, completeAfterKey: batch.lastKey === END_OF_KEYS ? undefined : batch.lastKey, completeUpto: start.uptoSeq };
}

/** Reads and checks every change of a batch (see receivedMutation): one refused, and nothing of the batch is written. */
function checkBatch(rule: ScopeRule, batch: RawBatch): Mutation[] {
  const check = new BatchCheck();
  const mutations = batch.changes.map((bytes) => receivedMutation(rule, bytes, undefined, check));
  check.finish();
  return mutations;
}

/** Writes a checked batch with its checkpoint, in one LevelDB batch. */
async function writeBatch(store: RecordStore, batch: RawBatch, mutations: Mutation[], ctx: { rule: ScopeRule; mode: ModeName; next: Checkpoint; trust: SessionChecks }) {
  const checkpoint: ExtraOp[] = [{ type: 'put', sublevel: store.state, key: checkpointKey(ctx.rule.scope), value: ctx.next }, ...(await ctx.trust.firstWrite())];
  // Key-order merge of a complete run: what the child holds in this key range but the parent did not send is gone on the parent.
  // Every replicated record of the rule goes, also policies outside a chosen list: the child holds exactly the scope.
  const written = ctx.mode === 'complete' && !isCatchUp(batch, ctx.mode)
    ? await store.replaceRange({ after: batch.fromKey, upTo: batch.lastKey }, mutations, (key, origin) => ctx.rule.receivedUnderRule(key, origin), checkpoint, ctx.trust.guard)
    : await store.write(mutations, checkpoint, ctx.trust.guard);
  return { applied: written.added + written.changed, deleted: written.removed };
}
