import { decodeChangeHeader, encodeChange } from '../protocol/index.js';
import { recordHash, type RecordStore } from '../catalog/index.js';
import { keyInScope, sendsChange, type SyncScope } from './scope.js';

/** Largest key list one verify or fetch call may carry. */
export const MAX_KEYS_PER_CALL = 5000;

export type KeyHash = { key: string; hash: string };

/** Whether a child with this scope holds the record (its key in the rule, its languages among the child's). */
const inScope = (r: { key: string; bytes: Uint8Array }, scope: SyncScope, languages: ReadonlySet<string>) => keyInScope(r.key, scope) && sendsChange(decodeChangeHeader(r.bytes), scope, languages);

/** Parent side of sampled verification: the hash of each key as the child should hold it ('' = it should not). */
export async function hashesFor(store: RecordStore, keys: readonly string[], scope: SyncScope): Promise<KeyHash[]> {
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
    if (r && inScope(r, scope, languages)) return r.bytes;
    return encodeChange({ key, deleted: true });
  });
}

/** Parent side of sampling: key and hash of about `percent` of its records in the child's scope, chosen at random. */
export async function sampleHashes(store: RecordStore, scope: SyncScope, percent: number): Promise<KeyHash[]> {
  const languages = new Set(scope.languages);
  const out: KeyHash[] = [];
  // The sample walk brings each record's bytes: hash them as they come.
  for await (const r of store.sample(percent)) {
    if (inScope(r, scope, languages)) out.push({ key: r.key, hash: recordHash(r.bytes) });
  }
  return out;
}

/**
 * Parent side of a whole (100%) sample, a page at a time: key and hash of up
 * to `limit` records in the child's scope, in key order after `after`, and
 * where the next page starts ('' when this one reached the end).
 */
export async function pageOfHashes(store: RecordStore, scope: SyncScope, after: string, limit: number): Promise<{ hashes: KeyHash[]; nextAfter: string }> {
  const languages = new Set(scope.languages);
  const hashes: KeyHash[] = [];
  for await (const r of store.records('', after || undefined)) {
    if (!inScope(r, scope, languages)) continue;
    hashes.push({ key: r.key, hash: recordHash(r.bytes) });
    if (hashes.length >= limit) return { hashes, nextAfter: r.key };
  }
  return { hashes, nextAfter: '' };
}

/** The parent's sample as the child reads it: one part below 100%, pages of at most MAX_KEYS_PER_CALL at 100%. */
export async function* sampleInPages(store: RecordStore, scope: SyncScope, percent: number, limit = MAX_KEYS_PER_CALL): AsyncGenerator<KeyHash[]> {
  if (percent < 100) {
    yield await sampleHashes(store, scope, percent);
    return;
  }
  let after = '';
  do {
    const page = await pageOfHashes(store, scope, after, limit);
    yield page.hashes;
    after = page.nextAfter;
  } while (after);
}
