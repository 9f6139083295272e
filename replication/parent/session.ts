import { BATCH_TARGET_BYTES, CHANGE_OVERHEAD_BYTES, decodeChangeHeader, type ChangeHeader, encodeBatchFrame, encodeFrame, PatchtreeError, PROTOCOL_VERSION } from '../../protocol/index.js';
import { compareKeys, DigestBuckets, parseTargetPath, partsOfGroup, prefixesOfClass, recordHash, ScopeRule, scopeId, scopeOfGroups, listedTargets, type PublishedView, type ReadView, type RecordClass, type RecordStore, type SetDigest, type StoredRecord } from '../../catalog/index.js';
import { checkVersion, modeToWire, type ModeName, type SessionRequest } from '../wire.js';

const DEFAULT_BATCH = 1000;
/** Complete runs walk key order; this sorts after every record key. */
export const END_OF_KEYS = '\uffff';

/** Who serves: the node id admins see, and the identity loops are detected by. */
export interface ServingNode {
  nodeId: string;
  identity: string;
  /** This node's own parent's identity, when it has one: it cannot be below this node either. */
  parentIdentity?: () => string;
}

/**
 * Refuses a request that would make this node replicate from its own
 * descendant: its identity, or its own parent's, is on the chain. (A chain
 * naming the parent is a loop, or a node below forging an ancestor's
 * identity to have the parent cut this node off: refused here, it goes no
 * further up.)
 */
export function checkLoop(via: readonly string[], self: ServingNode): void {
  const parent = self.parentIdentity?.();
  if (via.includes(self.identity) || (parent && via.includes(parent))) {
    throw new PatchtreeError('REPL_LOOP', `replication loop: node ${self.nodeId} is already on the chain of the requesting node (${via.length} node(s) at or below it)`);
  }
}

/** Refuses a peer of another protocol version and a session that would loop back to this node. */
export function checkSession(request: Pick<SessionRequest, 'protocolVersion' | 'via'>, self: ServingNode): void {
  checkVersion(request.protocolVersion);
  checkLoop(request.via, self);
}

/** Decides whether a differential request can be served from its checkpoint, and says why not. */
export function effectiveMode(request: SessionRequest, view: { storeId: string; lastSeq: number }, horizon: number, filter: string): { mode: ModeName; reason: string } {
  const cp = request.checkpoint;
  if (request.mode === 'complete') return { mode: 'complete', reason: 'requested' };
  if (!cp || !cp.storeId) return { mode: 'complete', reason: 'no checkpoint' };
  if (cp.storeId !== view.storeId) return { mode: 'complete', reason: 'the parent store changed' };
  if (cp.filter !== filter) return { mode: 'complete', reason: 'the languages or policies changed' };
  if (cp.completeAfterKey) return { mode: 'complete', reason: 'resuming a complete run' };
  if (cp.seq > view.lastSeq) return { mode: 'complete', reason: 'the checkpoint is ahead of the parent' };
  if (cp.seq < horizon) return { mode: 'complete', reason: 'the checkpoint is older than the tombstone horizon' };
  return { mode: 'differential', reason: '' };
}

/**
 * The changes of the batch being built, with their size on the wire. A batch
 * closes at `batchSize` changes or when the next change would take it past
 * BATCH_TARGET_BYTES (a change larger than that goes alone), so no batch
 * frame grows past what a child accepts, whatever the records weigh.
 */
class Batch {
  changes: Buffer[] = [];
  private bytes = 0;

  constructor(private readonly maxChanges: number) {}

  /** Adding `change` would take the batch past its byte target: close it first. */
  overflowsWith(change: Uint8Array): boolean {
    return this.changes.length > 0 && this.bytes + change.length + CHANGE_OVERHEAD_BYTES > BATCH_TARGET_BYTES;
  }

  add(change: Buffer): void {
    this.changes.push(change);
    this.bytes += change.length + CHANGE_OVERHEAD_BYTES;
  }

  get full(): boolean {
    return this.changes.length >= this.maxChanges;
  }

  /** The changes so far; the batch starts again empty. */
  take(): Buffer[] {
    const changes = this.changes;
    this.changes = [];
    this.bytes = 0;
    return changes;
  }
}

/**
 * Serves one replication session as a stream of frames: start, batches of
 * stored change bytes (never re-encoded), end with the parent's digest of the
 * child's scope. Reads come from one snapshot, so the run is consistent.
 *
 * Each batch's cursor says how far it covers: a differential batch every
 * log entry up to `last_seq`, a complete batch every key in (`from_key`,
 * `last_key`]. A batch closed by bytes ends just before the change that did
 * not fit (at the entry or key examined before it), which opens the next.
 */
export async function* serveSession(store: RecordStore, request: SessionRequest, self: ServingNode, published: PublishedView): AsyncGenerator<Buffer> {
  checkSession(request, self);
  const rule = new ScopeRule({ rule: request.rule, languages: request.languages, policyIds: request.policyIds });
  const filter = scopeId(rule.scope);
  const { view } = published;
  {
    let { mode, reason } = effectiveMode(request, view, store.horizon, filter);
    const cp = request.checkpoint;
    let resumeKey = mode === 'complete' && cp?.completeAfterKey && cp.filter === filter && cp.storeId === view.storeId ? cp.completeAfterKey : '';
    // The keys already walked were sent as of complete_upto; their later changes come first (below), which
    // needs the change log since then: a run cut before the tombstone horizon starts over.
    if (resumeKey && (cp!.completeUpto ?? 0) < store.horizon) {
      resumeKey = '';
      reason = 'the complete run to resume is older than the tombstone horizon';
    }
    yield encodeFrame({
      start: {
        protocolVersion: PROTOCOL_VERSION,
        parentId: self.nodeId,
        parentIdentity: self.identity,
        storeId: view.storeId,
        mode: modeToWire(mode),
        reason,
        uptoSeq: view.lastSeq,
        filter,
        publishers: published.docs.map((d) => ({ publisherId: d.id, roots: d.roots, targets: d.targets })),
        servedThrough: published.servedThrough.map((languages) => ({ languages })),
        viewId: published.id,
      },
    });
    // A complete run's walk takes its first step (a chunk of records) while the listings go out, not after them
    // with the child waiting. Only the rule's key prefixes are read (a policies run never reads the catalog); the
    // batches' key ranges may span the other rule's keys, which the child's merge leaves alone.
    const walk = mode === 'complete' ? chunksOfClass(store, rule.scope.rule, resumeKey, view) : undefined;
    const firstStep = walk?.next();
    firstStep?.catch(() => undefined); // awaited by the walk, or below
    try {
      yield* listingsFor(store, published, rule, new Set(request.heldListings ?? []));
      const batchSize = Math.min(Math.max(request.batchSize || DEFAULT_BATCH, 1), 10_000);
      if (mode === 'differential') {
        yield* sequenceBatches(store.changesSince(cp!.seq, view), (header) => rule.sends(header), { since: cp!.seq, upto: view.lastSeq, batchSize, always: true });
      } else {
        if (resumeKey) yield* catchUp(store, rule, view, cp!.completeUpto ?? 0, resumeKey, batchSize);
        // Key order; what the child holds in a batch's key range and the batch lacks is gone here.
        const batch = new Batch(batchSize);
        let fromKey = resumeKey;
        let lastKey = resumeKey; // the last key examined
        let examined = 0;
        for await (const chunk of afterFirst(firstStep!, walk!)) {
          for (const record of chunk) {
            const sent = rule.covers(record.key) && rule.holds(decodeChangeHeader(record.bytes));
            if (sent && batch.overflowsWith(record.bytes)) {
              yield encodeBatchFrame(batch.take(), { fromKey, lastKey });
              fromKey = lastKey;
              examined = 0;
            }
            examined++;
            lastKey = record.key;
            if (sent) batch.add(record.bytes);
            if (batch.full || examined >= batchSize * 4) {
              yield encodeBatchFrame(batch.take(), { fromKey, lastKey });
              fromKey = lastKey;
              examined = 0;
            }
          }
        }
        yield encodeBatchFrame(batch.take(), { fromKey, lastKey: END_OF_KEYS });
      }
      yield encodeFrame({ end: { uptoSeq: view.lastSeq, digest: await scopeDigest(store, rule, view) } });
    } finally {
      // A session left early (the child went away) closes the walk, and its LevelDB iterator.
      if (walk) {
        await firstStep!.catch(() => undefined);
        await walk.return(undefined);
      }
    }
  }
}

/** The records of a rule's key prefixes after `after` ('' from the start), in key order, a chunk at a time. */
async function* chunksOfClass(store: RecordStore, recordClass: RecordClass, after: string, view: ReadView): AsyncGenerator<StoredRecord[]> {
  for (const prefix of prefixesOfClass(recordClass)) yield* store.recordChunks(prefix, after || undefined, view);
}

/** A walk whose first step was taken already: that step's chunk, then the rest. */
async function* afterFirst<T>(first: Promise<IteratorResult<T>>, rest: AsyncGenerator<T>): AsyncGenerator<T> {
  const step = await first;
  if (step.done) return;
  yield step.value;
  yield* rest;
}

/**
 * The listings of the view's publishers that the child's scope needs and it
 * does not hold yet, as they are stored (signed by their publisher, relayed
 * unchanged by every tier between).
 */
async function* listingsFor(store: RecordStore, published: PublishedView, rule: ScopeRule, held: ReadonlySet<string>): AsyncGenerator<Buffer> {
  const inScope = scopeOfGroups(rule.scope, published.servedThrough);
  const wanted = new Set<string>();
  for (const docs of published.docs) {
    for (const target of listedTargets(docs.targets)) {
      if (held.has(target.sha256) || !inScope(partsOfGroup(parseTargetPath(target.path).group))) continue;
      wanted.add(target.sha256);
    }
  }
  // Read LISTING_READ_AHEAD at a time: one read per listing, each waiting for the last, left both nodes idle for
  // most of a large catalog's first run (hundreds of listings). A chunk is a few MB at most (listings are cut at ~128 kB).
  const hashes = [...wanted];
  for (let i = 0; i < hashes.length; i += LISTING_READ_AHEAD) {
    // Not read under the view's snapshot: listings are named by their hash (never change) and are written after it.
    const chunk = await store.listings.getMany(hashes.slice(i, i + LISTING_READ_AHEAD));
    // A relay holds the listings of its own scope; the child refuses a run that lacks one it needs. A chunk's
    // frames go as one write (the same bytes as one by one, without a trip through the stream per listing).
    const frames = chunk.filter((data): data is Buffer => data !== undefined).map((data) => encodeFrame({ listing: { data } }));
    if (frames.length) yield Buffer.concat(frames);
  }
}
const LISTING_READ_AHEAD = 32;

/**
 * Batches of the change-log entries `sends` accepts, in sequence order, each
 * with the sequence up to which it covers the log; the last one covers it up
 * to the snapshot (`upto`), and is sent even empty when `always` (a
 * differential run moves the child's checkpoint to the snapshot).
 */
async function* sequenceBatches(changes: AsyncIterable<{ seq: number; bytes: Buffer }>, sends: (header: ChangeHeader) => boolean, opts: { since: number; upto: number; batchSize: number; always: boolean }): AsyncGenerator<Buffer> {
  const batch = new Batch(opts.batchSize);
  let lastSeq = opts.since; // the last entry examined
  for await (const { seq, bytes } of changes) {
    if (sends(decodeChangeHeader(bytes))) {
      if (batch.overflowsWith(bytes)) yield encodeBatchFrame(batch.take(), { lastSeq });
      batch.add(bytes);
    }
    lastSeq = seq;
    if (batch.full) yield encodeBatchFrame(batch.take(), { lastSeq });
  }
  if (batch.changes.length || opts.always) yield encodeBatchFrame(batch.take(), { lastSeq: opts.upto });
}

/**
 * A resumed complete run: the keys the child already walked came as of the
 * snapshot of the run's start (complete_upto); their changes since are sent
 * first, as batches with a sequence and no key range (the child applies them
 * as a differential batch and keeps its resume point), so the run ends with
 * the child exactly at this snapshot.
 */
function catchUp(store: RecordStore, rule: ScopeRule, view: ReadView, since: number, walkedUpTo: string, batchSize: number): AsyncGenerator<Buffer> {
  const sends = (header: ChangeHeader) => compareKeys(header.key, walkedUpTo) <= 0 && rule.sends(header);
  return sequenceBatches(store.changesSince(since, view), sends, { since, upto: view.lastSeq, batchSize, always: false });
}

/** Up to this many chosen policies, their digest is read policy by policy; more, in one walk of the policy records. */
const DIGEST_LOOKUPS = 16;

/**
 * The parent's digest of a child's scope as of the view: from the kept
 * buckets (O(buckets)), except for a chosen list of policies, which is
 * summed from those policies' records. A long list costs one walk of the
 * policy records (as a complete run does), never a range read per id: the
 * ids come from the child, the records are the parent's own.
 */
export async function scopeDigest(store: RecordStore, rule: ScopeRule, view: ReadView): Promise<SetDigest> {
  const { scope } = rule;
  if (scope.rule !== 'policies' || scope.policyIds.length === 0) return view.digest(scope.languages, { recordClass: scope.rule });
  const hashes: Array<{ languages: string[]; hash: string }> = [];
  const add = (r: { key: string; bytes: Buffer }) => {
    const header = decodeChangeHeader(r.bytes);
    if (rule.holds(header)) hashes.push({ languages: header.languages, hash: recordHash(r.bytes) });
  };
  if (scope.policyIds.length > DIGEST_LOOKUPS) {
    for (const prefix of prefixesOfClass('policies')) for await (const r of store.records(prefix, undefined, view)) add(r);
    return DigestBuckets.recompute(hashes);
  }
  for (const id of new Set(scope.policyIds)) {
    for (const prefix of [`p/${id}`, `e/${id}/`]) {
      for await (const r of store.records(prefix, undefined, view)) {
        if (prefix === `p/${id}` && r.key !== prefix) continue;
        add(r);
      }
    }
  }
  return DigestBuckets.recompute(hashes);
}
