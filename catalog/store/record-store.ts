import { Level } from 'level';
import type { AbstractSublevel } from 'abstract-level';
import { decodeChange, encodeChange, type RecordData } from '../../protocol/index.js';
import { DigestBuckets, recordHash, type Bucket, type SetDigest } from './digest.js';
import { kindOf, type RecordKind } from './keys.js';
import { Mutex } from './mutex.js';

type Sub<V> = AbstractSublevel<Level<string, unknown>, string | Buffer | Uint8Array, string, V>;

export interface StoredRecord {
  key: string;
  seq: number;
  /** The encoded Change, exactly as stored (and as sent to children). */
  bytes: Buffer;
}

export type Mutation =
  | { type: 'put'; key: string; languages: string[]; record: RecordData }
  | { type: 'del'; key: string };

/** A raw LevelDB operation on a secondary sublevel, written in the same batch as the records. */
export type ExtraOp =
  | { type: 'put'; sublevel: Sub<any>; key: string; value: unknown }
  | { type: 'del'; sublevel: Sub<any>; key: string };

export interface WriteCounts {
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
}

export interface WriteResult extends WriteCounts {
  lastSeq: number;
  byKind: Partial<Record<RecordKind, WriteCounts>>;
}

const SEQ_WIDTH = 16;
const TOMBSTONE = '!';
export const seqKey = (seq: number) => String(seq).padStart(SEQ_WIDTH, '0');

/**
 * The node's LevelDB: replicated records with a change log, plus sublevels
 * for indexes and local state. Every record write and its change-log entry,
 * digest buckets, counts and any extra ops go in one atomic batch.
 *
 * Layout (PouchDB-style by-sequence store): `changes` maps a zero-padded
 * sequence number to the encoded Change; each key appears there once, at its
 * latest sequence (a tombstone after a delete), so "changed since S" is one
 * range scan and "all records" is the same scan skipping tombstones. `keys`
 * maps a record key to its sequence ("!" suffix for a tombstone).
 */
export class RecordStore {
  readonly db: Level<string, unknown>;
  readonly changes: Sub<Buffer>;
  readonly keys: Sub<string>;
  readonly meta: Sub<unknown>;
  /** Secondary indexes kept by the catalog (kb, source membership...). */
  readonly index: Sub<string>;
  /** Local, non-replicated state (settings, sources, staging status...), JSON. */
  readonly state: Sub<unknown>;

  private lastSeqValue = 0;
  private buckets = new DigestBuckets();
  private kindCounts: Record<string, number> = {};
  private readonly writeLock = new Mutex();

  private constructor(location: string) {
    this.db = new Level<string, unknown>(location, { valueEncoding: 'json' });
    this.changes = this.db.sublevel<string, Buffer>('changes', { valueEncoding: 'buffer' }) as Sub<Buffer>;
    this.keys = this.db.sublevel<string, string>('keys', { valueEncoding: 'utf8' }) as Sub<string>;
    this.meta = this.db.sublevel<string, unknown>('meta', { valueEncoding: 'json' }) as Sub<unknown>;
    this.index = this.db.sublevel<string, string>('index', { valueEncoding: 'utf8' }) as Sub<string>;
    this.state = this.db.sublevel<string, unknown>('state', { valueEncoding: 'json' }) as Sub<unknown>;
  }

  /** Opens (creating if needed) the store at `location` and loads its counters. */
  static async open(location: string): Promise<RecordStore> {
    const store = new RecordStore(location);
    await store.db.open();
    store.lastSeqValue = ((await store.meta.get('lastSeq')) as number | undefined) ?? 0;
    const saved: Record<string, Bucket> = {};
    for await (const [key, value] of store.meta.iterator({ gte: 'bucket:', lt: 'bucket;' })) saved[key.slice(7)] = value as Bucket;
    store.buckets = DigestBuckets.from(saved);
    for await (const [key, value] of store.meta.iterator({ gte: 'count:', lt: 'count;' })) store.kindCounts[key.slice(6)] = value as number;
    return store;
  }

  close(): Promise<void> {
    return this.db.close();
  }

  get lastSeq(): number {
    return this.lastSeqValue;
  }

  /** Digest of all records, or of those a node managing `languages` holds. O(buckets). */
  digest(languages?: readonly string[]): SetDigest {
    return this.buckets.digest(languages);
  }

  /** Live record counts per kind. */
  counts(): Record<RecordKind, number> {
    const counts = { bulletin: 0, update: 0, policy: 0, 'policy-entry': 0, 'severity-levels': 0 };
    for (const [kind, n] of Object.entries(this.kindCounts)) counts[kind as RecordKind] = n;
    return counts;
  }

  /** The live record at `key`, or undefined. */
  async get(key: string): Promise<StoredRecord | undefined> {
    const [record] = await this.getMany([key]);
    return record;
  }

  /** Live records for `keys`, in the same order (undefined where missing or deleted). */
  async getMany(keys: readonly string[]): Promise<Array<StoredRecord | undefined>> {
    const seqs = await this.keys.getMany(keys as string[]);
    const liveIdx: number[] = [];
    for (let i = 0; i < seqs.length; i++) if (seqs[i] !== undefined && !seqs[i]!.endsWith(TOMBSTONE)) liveIdx.push(i);
    const values = await this.changes.getMany(liveIdx.map((i) => seqs[i]!));
    const out: Array<StoredRecord | undefined> = new Array(keys.length).fill(undefined);
    liveIdx.forEach((i, j) => {
      const bytes = values[j];
      if (bytes) out[i] = { key: keys[i], seq: Number(seqs[i]), bytes };
    });
    return out;
  }

  /** Live records whose key starts with `prefix`, in key order. */
  async *records(prefix = ''): AsyncGenerator<StoredRecord> {
    const range = prefix ? { gte: prefix, lt: `${prefix}\uffff` } : {};
    let batch: Array<[string, string]> = [];
    const flush = async function* (this: RecordStore) {
      const values = await this.changes.getMany(batch.map(([, seq]) => seq));
      for (let i = 0; i < batch.length; i++) {
        const bytes = values[i];
        if (bytes) yield { key: batch[i][0], seq: Number(batch[i][1]), bytes };
      }
      batch = [];
    }.bind(this);
    for await (const [key, seq] of this.keys.iterator(range)) {
      if (seq.endsWith(TOMBSTONE)) continue;
      batch.push([key, seq]);
      if (batch.length >= 512) yield* flush();
    }
    if (batch.length) yield* flush();
  }

  /** Every change-log entry (live records and tombstones) with sequence > `since`, in sequence order. */
  async *changesSince(since: number): AsyncGenerator<{ seq: number; bytes: Buffer }> {
    for await (const [key, bytes] of this.changes.iterator({ gt: seqKey(since) })) yield { seq: Number(key), bytes };
  }

  /**
   * Applies record mutations atomically. A put whose encoding equals the
   * stored bytes is unchanged and takes no sequence number, which is what
   * makes a repeated import a no-op.
   */
  async write(mutations: readonly Mutation[], extra: readonly ExtraOp[] = []): Promise<WriteResult> {
    return this.writeLock.run(() => this.writeLocked(mutations, extra));
  }

  private async writeLocked(mutations: readonly Mutation[], extra: readonly ExtraOp[]): Promise<WriteResult> {
    const byKey = new Map<string, Mutation>();
    for (const m of mutations) byKey.set(m.key, m);
    const keys = [...byKey.keys()];
    const current = await this.keys.getMany(keys);
    const liveSeqs = current.map((s) => (s !== undefined && !s.endsWith(TOMBSTONE) ? s : undefined));
    const oldBytes = await this.changes.getMany(liveSeqs.filter((s): s is string => s !== undefined));
    const result: WriteResult = { added: 0, changed: 0, removed: 0, unchanged: 0, lastSeq: this.lastSeqValue, byKind: {} };
    const tally = (kind: RecordKind, field: keyof WriteCounts) => {
      result[field]++;
      (result.byKind[kind] ??= { added: 0, changed: 0, removed: 0, unchanged: 0 })[field]++;
    };
    const ops: any[] = [];
    const touchedBuckets = new Set<string>();
    const touchedKinds = new Set<string>();
    let seq = this.lastSeqValue;
    let oldIdx = 0;

    // Work on a copy of the digest so that a failed batch leaves memory as it was.
    const pending = DigestBuckets.from(this.savedBuckets());
    const counts = { ...this.kindCounts };
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      const m = byKey.get(key)!;
      const prevSeq = current[i];
      const prev = liveSeqs[i] !== undefined ? oldBytes[oldIdx++] : undefined;
      const prevChange = prev ? decodeChange(prev) : undefined;
      let bytes: Uint8Array;
      if (m.type === 'put') {
        const left = new Set([...(prevChange?.languages ?? []), ...(prevChange?.leftLanguages ?? [])]);
        for (const language of m.languages) left.delete(language);
        bytes = encodeChange({ key, languages: m.languages, record: m.record, leftLanguages: [...left].sort() });
        if (prev && Buffer.compare(prev, bytes) === 0) {
          tally(kindOf(key), 'unchanged');
          continue;
        }
        tally(kindOf(key), prev ? 'changed' : 'added');
      } else {
        if (!prevChange) continue; // deleting what is not there changes nothing
        bytes = encodeChange({ key, languages: prevChange.languages, deleted: true });
        tally(kindOf(key), 'removed');
      }
      seq++;
      if (prevSeq !== undefined) ops.push({ type: 'del', sublevel: this.changes, key: prevSeq.replace(TOMBSTONE, '') });
      ops.push({ type: 'put', sublevel: this.changes, key: seqKey(seq), value: Buffer.from(bytes) });
      ops.push({ type: 'put', sublevel: this.keys, key, value: seqKey(seq) + (m.type === 'del' ? TOMBSTONE : '') });
      const kind = kindOf(key);
      if (prevChange) {
        touchedBuckets.add(pending.apply(prevChange.languages, recordHash(prev!), -1));
        counts[kind] = (counts[kind] ?? 0) - 1;
      }
      if (m.type === 'put') {
        touchedBuckets.add(pending.apply(m.languages, recordHash(bytes), 1));
        counts[kind] = (counts[kind] ?? 0) + 1;
      }
      touchedKinds.add(kind);
    }
    if (seq === this.lastSeqValue && extra.length === 0) return result;
    for (const name of touchedBuckets) {
      const saved = pending.saved(name);
      ops.push(saved ? { type: 'put', sublevel: this.meta, key: `bucket:${name}`, value: saved } : { type: 'del', sublevel: this.meta, key: `bucket:${name}` });
    }
    for (const kind of touchedKinds) ops.push({ type: 'put', sublevel: this.meta, key: `count:${kind}`, value: counts[kind] });
    ops.push({ type: 'put', sublevel: this.meta, key: 'lastSeq', value: seq });
    for (const op of extra) ops.push(op);
    await this.db.batch(ops);
    this.lastSeqValue = seq;
    this.buckets = pending;
    this.kindCounts = counts;
    result.lastSeq = seq;
    return result;
  }

  private savedBuckets(): Record<string, Bucket> {
    return this.buckets.snapshot();
  }
}
