import { decodeChangeHeader, encodeBatchFrame, encodeFrame, Mode, PatchtreeError, PROTOCOL_VERSION, Rule } from '../protocol/index.js';
import { DigestBuckets, recordHash, type ReadView, type RecordStore, type SetDigest } from '../catalog/index.js';
import { keyInScope, scopeId, sendsChange, type RuleName, type SyncScope } from './scope.js';

export interface SessionRequest {
  protocolVersion: number;
  childId: string;
  via: string[];
  rule: RuleName;
  mode: 'differential' | 'complete';
  checkpoint?: { storeId: string; seq: number; filter: string; completeAfterKey?: string; completeUpto?: number };
  languages: string[];
  policyIds: string[];
  batchSize?: number;
}

const DEFAULT_BATCH = 1000;
/** Complete runs walk key order; this sorts after every record key. */
export const END_OF_KEYS = '\uffff';

/** Refuses a peer that speaks another protocol version. */
export function checkVersion(version: number | null | undefined): void {
  if (version !== PROTOCOL_VERSION) throw new PatchtreeError('PROTO_VERSION', `peer speaks protocol version ${version}; this node speaks ${PROTOCOL_VERSION}`);
}

/** Refuses a peer of another protocol version and a session that would loop back to this node. */
export function checkSession(request: Pick<SessionRequest, 'protocolVersion' | 'via'>, nodeId: string): void {
  checkVersion(request.protocolVersion);
  if (request.via.includes(nodeId)) {
    throw new PatchtreeError('REPL_LOOP', `replication loop: ${[...request.via, nodeId].join(' -> ')}`);
  }
}

/** Decides whether a differential request can be served from its checkpoint, and says why not. */
export function effectiveMode(request: SessionRequest, view: { storeId: string; lastSeq: number }, horizon: number, filter: string): { mode: 'differential' | 'complete'; reason: string } {
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
export async function* serveSession(store: RecordStore, request: SessionRequest, nodeId: string): AsyncGenerator<Buffer> {
  checkSession(request, nodeId);
  const scope: SyncScope = { rule: request.rule, languages: request.languages, policyIds: request.policyIds };
  const filter = scopeId(scope);
  const view = await store.readView();
  try {
    const { mode, reason } = effectiveMode(request, view, store.horizon, filter);
    const resumeKey = mode === 'complete' && request.checkpoint?.completeAfterKey && request.checkpoint.filter === filter && request.checkpoint.storeId === view.storeId ? request.checkpoint.completeAfterKey : '';
    yield encodeFrame({
      start: {
        protocolVersion: PROTOCOL_VERSION,
        parentId: nodeId,
        storeId: view.storeId,
        mode: mode === 'complete' ? Mode.MODE_COMPLETE : Mode.MODE_DIFFERENTIAL,
        reason,
        uptoSeq: view.lastSeq,
        filter,
      },
    });
    const batchSize = Math.min(Math.max(request.batchSize || DEFAULT_BATCH, 1), 10_000);
    const languages = new Set(request.languages);
    if (mode === 'differential') {
      let batch: Buffer[] = [];
      let lastSeq = request.checkpoint!.seq;
      for await (const { seq, bytes } of store.changesSince(request.checkpoint!.seq, view)) {
        lastSeq = seq;
        if (!sendsChange(decodeChangeHeader(bytes), scope, languages)) continue;
        batch.push(bytes);
        if (batch.length >= batchSize) {
          yield encodeBatchFrame(batch, { lastSeq });
          batch = [];
        }
      }
      yield encodeBatchFrame(batch, { lastSeq: view.lastSeq });
    } else {
      let batch: Buffer[] = [];
      let fromKey = resumeKey;
      let examined = 0;
      for await (const record of store.records('', resumeKey || undefined, view)) {
        examined++;
        if (keyInScope(record.key, scope) && sendsChange(decodeChangeHeader(record.bytes), scope, languages)) batch.push(record.bytes);
        if (batch.length >= batchSize || examined >= batchSize * 4) {
          yield encodeBatchFrame(batch, { fromKey, lastKey: record.key });
          fromKey = record.key;
          batch = [];
          examined = 0;
        }
      }
      yield encodeBatchFrame(batch, { fromKey, lastKey: END_OF_KEYS });
    }
    yield encodeFrame({ end: { uptoSeq: view.lastSeq, digest: await scopeDigest(store, scope, view) } });
  } finally {
    await view.snapshot.close();
  }
}

/**
 * The parent's digest of a child's scope as of the view: from the kept
 * buckets (O(buckets)), except for a chosen list of policies, which is
 * summed from those policies' records.
 */
export async function scopeDigest(store: RecordStore, scope: SyncScope, view: ReadView): Promise<SetDigest> {
  if (scope.rule !== 'policies' || scope.policyIds.length === 0) return view.digest(scope.languages, { recordClass: scope.rule });
  const languages = new Set(scope.languages);
  const hashes: Array<{ languages: string[]; hash: string }> = [];
  for (const id of scope.policyIds) {
    for (const prefix of [`p/${id}`, `e/${id}/`]) {
      for await (const r of store.records(prefix, undefined, view)) {
        if (prefix === `p/${id}` && r.key !== prefix) continue;
        const change = decodeChangeHeader(r.bytes);
        if (sendsChange(change, scope, languages) && !change.deleted) hashes.push({ languages: change.languages, hash: recordHash(r.bytes) });
      }
    }
  }
  return DigestBuckets.recompute(hashes);
}

export const RULE_BY_NAME: Record<RuleName, number> = { catalog: Rule.RULE_CATALOG, policies: Rule.RULE_POLICIES };
