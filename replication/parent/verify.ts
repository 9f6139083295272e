import { decodeChangeHeader, encodeChange } from '../../protocol/index.js';
import { prefixesOfClass, recordHash, ScopeRule, type RecordStore, type StoredRecord, type SyncScope } from '../../catalog/index.js';
import { MAX_KEYS_PER_CALL, MAX_SAMPLE_ANSWER, type KeyHash } from '../wire.js';

/** Whether the child holds this stored record, as the scope rule says (damaged bytes read as not held). */
function held(rule: ScopeRule, record: StoredRecord | undefined): record is StoredRecord {
  if (!record || !rule.covers(record.key)) return false;
  try {
    return rule.holds(decodeChangeHeader(record.bytes));
  } catch {
    return false;
  }
}

/** Parent side of sampled verification: the hash of each key as the child should hold it ('' = it should not). */
export async function hashesFor(store: RecordStore, keys: readonly string[], scope: SyncScope): Promise<KeyHash[]> {
  const rule = new ScopeRule(scope);
  const records = await store.getMany(keys);
  return keys.map((key, i) => ({ key, hash: held(rule, records[i]) ? recordHash(records[i]!.bytes) : '' }));
}

/** Parent side of repair: the stored bytes of each key the child should hold, or a tombstone where it should hold nothing. */
export async function changesFor(store: RecordStore, keys: readonly string[], scope: SyncScope): Promise<Uint8Array[]> {
  const rule = new ScopeRule(scope);
  const records = await store.getMany(keys);
  return keys.map((key, i) => (held(rule, records[i]) ? records[i]!.bytes : encodeChange({ key, deleted: true })));
}

/** Parent side of sampling: key and hash of about `percent` of its records in the child's scope, chosen at random. */
export async function sampleHashes(store: RecordStore, scope: SyncScope, percent: number): Promise<KeyHash[]> {
  const rule = new ScopeRule(scope);
  const out: KeyHash[] = [];
  // The sample walk brings each record's bytes: hash them as they come. One answer holds at most
  // MAX_SAMPLE_ANSWER (about 10 MB): a larger share is checked in pages (at 100%) or in part.
  for await (const r of store.sample(percent)) {
    if (held(rule, r)) out.push({ key: r.key, hash: recordHash(r.bytes) });
    if (out.length >= MAX_SAMPLE_ANSWER) break;
  }
  return out;
}

/**
 * Parent side of a whole (100%) sample, a page at a time: key and hash of up
 * to `limit` records in the child's scope, in key order after `after`, and
 * where the next page starts ('' when this one reached the end).
 */
export async function pageOfHashes(store: RecordStore, scope: SyncScope, after: string, limit: number): Promise<{ hashes: KeyHash[]; nextAfter: string }> {
  const rule = new ScopeRule(scope);
  const hashes: KeyHash[] = [];
  for (const prefix of prefixesOfClass(scope.rule)) {
    for await (const r of store.records(prefix, after || undefined)) {
      if (!held(rule, r)) continue;
      hashes.push({ key: r.key, hash: recordHash(r.bytes) });
      if (hashes.length >= limit) return { hashes, nextAfter: r.key };
    }
  }
  return { hashes, nextAfter: '' };
}

export const MAX_PAGE = MAX_KEYS_PER_CALL;
