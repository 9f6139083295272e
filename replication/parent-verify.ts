import { decodeChangeHeader, encodeChange } from '../protocol/index.js';
import { recordHash, type RecordStore } from '../catalog/index.js';
import { keyInScope, sendsChange, type SyncScope } from './scope.js';

/** Largest key list one verify or fetch call may carry. */
export const MAX_KEYS_PER_CALL = 5000;

/** Parent side of sampled verification: the hash of each key as the child should hold it ('' = it should not). */
export async function hashesFor(store: RecordStore, keys: readonly string[], scope: SyncScope): Promise<Array<{ key: string; hash: string }>> {
  const languages = new Set(scope.languages);
  const records = await store.getMany(keys);
  return keys.map((key, i) => {
    const r = records[i];
    const header = r && decodeChangeHeader(r.bytes);
    const held = header && keyInScope(key, scope) && sendsChange(header, scope, languages) && !header.deleted;
    return { key, hash: held ? recordHash(r!.bytes) : '' };
  });
}

/** Parent side of repair: the stored bytes of each key in scope, or a tombstone where the child should hold nothing. */
export async function changesFor(store: RecordStore, keys: readonly string[], scope: SyncScope): Promise<Uint8Array[]> {
  const languages = new Set(scope.languages);
  const records = await store.getMany(keys);
  return keys.map((key, i) => {
    const r = records[i];
    if (r && keyInScope(key, scope) && sendsChange(decodeChangeHeader(r.bytes), scope, languages)) return r.bytes;
    return encodeChange({ key, deleted: true });
  });
}

/** Parent side of sampling: key and hash of about `percent` of its records in the child's scope, chosen at random. */
export async function sampleHashes(store: RecordStore, scope: SyncScope, percent: number): Promise<Array<{ key: string; hash: string }>> {
  const languages = new Set(scope.languages);
  const out: Array<{ key: string; hash: string }> = [];
  // The sample walk brings each record's bytes: hash them as they come.
  for await (const r of store.sample(percent)) {
    if (keyInScope(r.key, scope) && sendsChange(decodeChangeHeader(r.bytes), scope, languages)) out.push({ key: r.key, hash: recordHash(r.bytes) });
  }
  return out;
}
