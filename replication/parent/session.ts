import { decodeChangeHeader, encodeBatchFrame, encodeFrame, PatchtreeError, PROTOCOL_VERSION } from '../../protocol/index.js';
import { compareKeys, DigestBuckets, parseTargetPath, partsOfGroup, prefixesOfClass, recordHash, ScopeRule, scopeId, scopeOfGroups, listedTargets, type PublishedView, type ReadView, type RecordStore, type SetDigest } from '../../catalog/index.js';
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
 * Serves one replication session as a stream of frames: start, batches of
 * stored change bytes (never re-encoded), end with the parent's digest of the
 * child's scope. Reads come from one snapshot, so the run is consistent.
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
    yield* listingsFor(store, published, rule, new Set(request.heldListings ?? []));
    const batchSize = Math.min(Math.max(request.batchSize || DEFAULT_BATCH, 1), 10_000);
    if (mode === 'differential') {
      let batch: Buffer[] = [];
      let lastSeq = cp!.seq;
      for await (const { seq, bytes } of store.changesSince(cp!.seq, view)) {
        lastSeq = seq;
        if (!rule.sends(decodeChangeHeader(bytes))) continue;
        batch.push(bytes);
        if (batch.length >= batchSize) {
          yield encodeBatchFrame(batch, { lastSeq });
          batch = [];
        }
      }
      yield encodeBatchFrame(batch, { lastSeq: view.lastSeq });
    } else {
      if (resumeKey) yield* catchUp(store, rule, view, cp!.completeUpto ?? 0, resumeKey, batchSize);
      // Key order; what the child holds in a batch's key range and the batch lacks is gone here.
      let batch: Buffer[] = [];
      let fromKey = resumeKey;
      let examined = 0;
      // Only the rule's key prefixes are read (a policies run never reads the catalog); the batches' key
      // ranges may span the other rule's keys, which the child's merge leaves alone.
      for (const prefix of prefixesOfClass(rule.scope.rule)) {
        for await (const record of store.records(prefix, resumeKey || undefined, view)) {
          examined++;
          if (rule.covers(record.key) && rule.holds(decodeChangeHeader(record.bytes))) batch.push(record.bytes);
          if (batch.length >= batchSize || examined >= batchSize * 4) {
            yield encodeBatchFrame(batch, { fromKey, lastKey: record.key });
            fromKey = record.key;
            batch = [];
            examined = 0;
          }
        }
      }
      yield encodeBatchFrame(batch, { fromKey, lastKey: END_OF_KEYS });
    }
    yield encodeFrame({ end: { uptoSeq: view.lastSeq, digest: await scopeDigest(store, rule, view) } });
  }
}

/**
 * The listings of the view's publishers that the child's scope needs and it
 * does not hold yet, as they are stored (signed by their publisher, relayed
 * unchanged by every tier between).
 */
async function* listingsFor(store: RecordStore, published: PublishedView, rule: ScopeRule, held: ReadonlySet<string>): AsyncGenerator<Buffer> {
  const inScope = scopeOfGroups(rule.scope, published.servedThrough);
  const sent = new Set<string>();
  for (const docs of published.docs) {
    for (const target of listedTargets(docs.targets)) {
      if (held.has(target.sha256) || sent.has(target.sha256)) continue;
      if (!inScope(partsOfGroup(parseTargetPath(target.path).group))) continue;
      // Not read under the view's snapshot: listings are named by their hash (never change) and are written after it.
      const data = await store.listings.get(target.sha256);
      if (!data) continue; // a relay holds the listings of its own scope; the child refuses a run that lacks one it needs
      sent.add(target.sha256);
      yield encodeFrame({ listing: { data } });
    }
  }
}

/**
 * A resumed complete run: the keys the child already walked came as of the
 * snapshot of the run's start (complete_upto); their changes since are sent
 * first, as batches with a sequence and no key range (the child applies them
 * as a differential batch and keeps its resume point), so the run ends with
 * the child exactly at this snapshot.
 */
async function* catchUp(store: RecordStore, rule: ScopeRule, view: ReadView, since: number, walkedUpTo: string, batchSize: number): AsyncGenerator<Buffer> {
  let batch: Buffer[] = [];
  for await (const { seq, bytes } of store.changesSince(since, view)) {
    const header = decodeChangeHeader(bytes);
    if (compareKeys(header.key, walkedUpTo) > 0 || !rule.sends(header)) continue;
    batch.push(bytes);
    if (batch.length >= batchSize) {
      yield encodeBatchFrame(batch, { lastSeq: seq });
      batch = [];
    }
  }
  if (batch.length) yield encodeBatchFrame(batch, { lastSeq: view.lastSeq });
}

/**
 * The parent's digest of a child's scope as of the view: from the kept
 * buckets (O(buckets)), except for a chosen list of policies, which is
 * summed from those policies' records.
 */
export async function scopeDigest(store: RecordStore, rule: ScopeRule, view: ReadView): Promise<SetDigest> {
  const { scope } = rule;
  if (scope.rule !== 'policies' || scope.policyIds.length === 0) return view.digest(scope.languages, { recordClass: scope.rule });
  const hashes: Array<{ languages: string[]; hash: string }> = [];
  for (const id of scope.policyIds) {
    for (const prefix of [`p/${id}`, `e/${id}/`]) {
      for await (const r of store.records(prefix, undefined, view)) {
        if (prefix === `p/${id}` && r.key !== prefix) continue;
        const header = decodeChangeHeader(r.bytes);
        if (rule.holds(header)) hashes.push({ languages: header.languages, hash: recordHash(r.bytes) });
      }
    }
  }
  return DigestBuckets.recompute(hashes);
}
