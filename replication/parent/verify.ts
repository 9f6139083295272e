import { BATCH_TARGET_BYTES, CHANGE_OVERHEAD_BYTES, decodeChangeHeader, encodeChange } from '../../protocol/index.js';
import { prefixesOfClass, recordHash, ScopeRule, type ReadView, type RecordStore, type StoredRecord, type SyncScope } from '../../catalog/index.js';
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

/**
 * The stored records of `keys`, each key read once however often the list
 * names it: a child that names one large record 5,000 times gets it read
 * once, not 5,000 copies.
 */
async function readOnce(store: RecordStore, keys: readonly string[], view?: ReadView): Promise<Map<string, StoredRecord | undefined>> {
  const distinct = [...new Set(keys)];
  const records = await store.getMany(distinct, view);
  return new Map(distinct.map((key, i) => [key, records[i]]));
}

/** Parent side of sampled verification: the hash of each key as the child should hold it ('' = it should not). */
export async function hashesFor(store: RecordStore, keys: readonly string[], scope: SyncScope, view?: ReadView): Promise<KeyHash[]> {
  const rule = new ScopeRule(scope);
  const records = await readOnce(store, keys, view);
  const hashes = new Map<string, string>();
  for (const [key, record] of records) hashes.set(key, held(rule, record) ? recordHash(record.bytes) : '');
  return keys.map((key) => ({ key, hash: hashes.get(key)! }));
}

/**
 * Parent side of repair: the stored bytes of each key the child should
 * hold, or a tombstone where it should hold nothing, in the order asked. An
 * answer holds what fits in BATCH_TARGET_BYTES (at least one change, as a
 * batch does): the child asks again for the keys after the last answered.
 */
export async function changesFor(store: RecordStore, keys: readonly string[], scope: SyncScope, view?: ReadView): Promise<Uint8Array[]> {
  const rule = new ScopeRule(scope);
  const records = await readOnce(store, keys, view);
  const changes: Uint8Array[] = [];
  let bytes = 0;
  for (const key of keys) {
    const record = records.get(key);
    const change = held(rule, record) ? record.bytes : encodeChange({ key, deleted: true });
    if (changes.length && bytes + change.length + CHANGE_OVERHEAD_BYTES > BATCH_TARGET_BYTES) break;
    changes.push(change);
    bytes += change.length + CHANGE_OVERHEAD_BYTES;
  }
  return changes;
}

/** Parent side of sampling: key and hash of about `percent` of its records in the child's scope, chosen at random. */
export async function sampleHashes(store: RecordStore, scope: SyncScope, percent: number, view?: ReadView): Promise<KeyHash[]> {
  const rule = new ScopeRule(scope);
  const out: KeyHash[] = [];
  // The sample walk brings each record's bytes: hash them as they come. One answer holds at most
  // MAX_SAMPLE_ANSWER (about 10 MB): a larger share is checked in pages (at 100%) or in part.
  for await (const r of store.sample(percent, undefined, view)) {
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
export async function pageOfHashes(store: RecordStore, scope: SyncScope, after: string, limit: number, view?: ReadView): Promise<{ hashes: KeyHash[]; nextAfter: string }> {
  const rule = new ScopeRule(scope);
  const hashes: KeyHash[] = [];
  for (const prefix of prefixesOfClass(scope.rule)) {
    for await (const r of store.records(prefix, after || undefined, view)) {
      if (!held(rule, r)) continue;
      hashes.push({ key: r.key, hash: recordHash(r.bytes) });
      if (hashes.length >= limit) return { hashes, nextAfter: r.key };
    }
  }
  return { hashes, nextAfter: '' };
}

export const MAX_PAGE = MAX_KEYS_PER_CALL;
