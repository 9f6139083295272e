import { Level } from 'level';
import type { AbstractSublevel } from 'abstract-level';
import { decodeChange, decodeChangeHeader, encodeChange, PatchtreeError, type ChangeHeader, type RecordData } from '../../protocol/index.js';
import { randomUUID } from 'node:crypto';
import { DigestBuckets, recordHashBytes, Sum256, type Bucket, type DigestScope, type Origin, type SetDigest } from './digest.js';
import { compareKeys, isRecordKey, kindOf, recordClassOf, type RecordKind } from './keys.js';
import { formerLanguages, type RecordClass } from './scope.js';
import { Mutex } from './mutex.js';
import { groupOf } from '../trust/listings.js';

type Sub<V> = AbstractSublevel<Level<string, unknown>, string | Buffer | Uint8Array, string, V>;

export interface StoredRecord {
  key: string;
  seq: number;
  /** The encoded Change, exactly as stored (and as sent to children). */
  bytes: Buffer;
  origin: Origin;
}

export type Mutation =
  | { type: 'put'; key: string; languages: string[]; record: RecordData; origin?: Origin }
  /** A change received from the parent, stored byte for byte (a tombstone deletes). */
  | { type: 'put-bytes'; key: string; bytes: Uint8Array; /** The bytes' header, when the caller decoded it already. */ header?: ChangeHeader }
  | { type: 'del'; key: string };

/** A raw LevelDB operation on a secondary sublevel, written in the same batch as the records. */
export type ExtraOp =
  | { type: 'put'; sublevel: Sub<any>; key: string; value: unknown }
  | { type: 'del'; sublevel: Sub<any>; key: string };

/**
 * Checks each change a write would make before anything is written: a
 * child's run refuses (by throwing) a record version its publishers do not
 * list, or a deletion of one they still list, and the whole write is left
 * undone. `before` is the live version held now, `after` the one written
 * (absent for a deletion); hashes are sha256 of the stored bytes.
 */
/**
 * Listing groups changed since the last publishable view, each with the hashes (hex) put into its published index
 * (true) or deleted from it (false), the last change of a hash winning: what the publisher applies to the listings it
 * signed last, so that a change re-reads no index.
 */
export type ChangedGroups = Map<string, Map<string, boolean>>;

export type ChangeGuard = (change: { key: string; before?: { languages: string[]; hash: Buffer }; after?: { languages: string[]; hash: Buffer } }) => void;

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
const WRITE_BUFFER_BYTES = 16 << 20;
const MAX_OPEN_FILES = 74;
const TABLE_FILE_BYTES = 1 << 20;
/** The store's LevelDB settings (see the constructor), also used by the benchmarks' bare-LevelDB baselines. */
export const STORE_LEVEL_OPTIONS = { writeBufferSize: WRITE_BUFFER_BYTES, maxOpenFiles: MAX_OPEN_FILES, maxFileSize: TABLE_FILE_BYTES } as const;
/** Verification sample runs read at once (libuv runs four LevelDB reads in parallel by default). */
const SAMPLE_RUNS_AT_ONCE = 4;
/** A getMany of more keys than this is split into parts read in parallel. */
const GET_MANY_PART = 1250;
/** Keys per step of a walk of records (recordChunksIn). */
const RECORD_CHUNK = 512;
const TOMBSTONE = '!';
const REPLICATED = 'r';
export const seqKey = (seq: number) => String(seq).padStart(SEQ_WIDTH, '0');

/** A `keys` entry: the sequence, then flags ("!" tombstone, "r" received from the parent). */
function keyEntry(seq: number, tombstone: boolean, origin: Origin): string {
  return seqKey(seq) + (tombstone ? TOMBSTONE : '') + (origin === 'replicated' ? REPLICATED : '');
}
const entrySeq = (entry: string) => entry.slice(0, SEQ_WIDTH);
const isTombstone = (entry: string | undefined) => entry !== undefined && entry.includes(TOMBSTONE, SEQ_WIDTH);
const originOf = (entry: string): Origin => (entry.includes(REPLICATED, SEQ_WIDTH) ? 'replicated' : 'local');
/** The keys starting with `prefix`, after `after` when it is given and inside the prefix. */
const prefixRange = (prefix: string, after?: string) => (after !== undefined && after >= prefix ? { gt: after, lt: `${prefix}\uffff` } : { gte: prefix, lt: `${prefix}\uffff` });

export interface ReadView {
  snapshot: ReturnType<Level<string, unknown>['snapshot']>;
  lastSeq: number;
  storeId: string;
  /** The digest as it was when the view was taken. */
  digest(languages?: readonly string[], scope?: Omit<DigestScope, 'languages'>): SetDigest;
}

export interface IntegrityReport {
  records: number;
  /** Records whose body does not decode (they count by their bytes; verification repairs them). */
  damaged: string[];
  /** Change-log entries no key points at (deleted). */
  orphans: number;
  /** `keys` entries that point at no change of their key (deleted: the record reads as missing). */
  badKeys: string[];
  /** True when the kept digest or counts disagreed with the records and were rebuilt. */
  rebuilt: boolean;
  /** True when the index of published (local) record hashes disagreed with the records and was rebuilt. */
  publishedRebuilt: boolean;
}

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
  /**
   * The hashes of this node's own (local) records by listing group
   * (`group NUL hash-hex`), written with the records: what this node
   * publishes and signs (see catalog/trust/).
   */
  readonly published: Sub<string>;
  /** Listings (signed or relayed), by the sha256 of their bytes. */
  readonly listings: Sub<Buffer>;

  private lastSeqValue = 0;
  private storeIdValue = '';
  private horizonValue = 0;
  private buckets = new DigestBuckets();
  private kindCounts: Record<string, number> = {};
  private readonly writeLock = new Mutex();
  /** Listing groups of local records changed since the publisher last took them, with the first hex digits of the hashes added or removed. */
  private changedGroups: ChangedGroups = new Map();

  private constructor(location: string) {
    // A 16 MB write buffer (LevelDB's default is 4 MB): bulk writes (imports, complete runs) make a
    // quarter as many level-0 files to compact, measured at about 25% less CPU per record written.
    // LevelDB maps the table files it keeps open into memory: at most 64 open tables of 1 MB (the
    // smallest table cache it allows; defaults 990 of 2 MB) bound those mapped pages. At 1M records
    // the child's peak RSS fell from ~300 to 255-293 MB, with no slower runs, verification or imports.
    this.db = new Level<string, unknown>(location, { valueEncoding: 'json', ...STORE_LEVEL_OPTIONS });
    this.changes = this.db.sublevel<string, Buffer>('changes', { valueEncoding: 'buffer' }) as Sub<Buffer>;
    this.keys = this.db.sublevel<string, string>('keys', { valueEncoding: 'utf8' }) as Sub<string>;
    this.meta = this.db.sublevel<string, unknown>('meta', { valueEncoding: 'json' }) as Sub<unknown>;
    this.index = this.db.sublevel<string, string>('index', { valueEncoding: 'utf8' }) as Sub<string>;
    this.state = this.db.sublevel<string, unknown>('state', { valueEncoding: 'json' }) as Sub<unknown>;
    this.published = this.db.sublevel<string, string>('published', { valueEncoding: 'utf8' }) as Sub<string>;
    this.listings = this.db.sublevel<string, Buffer>('listings', { valueEncoding: 'buffer' }) as Sub<Buffer>;
  }

  /** Opens (creating if needed) the store at `location` and loads its counters. */
  static async open(location: string): Promise<RecordStore> {
    const store = new RecordStore(location);
    await store.db.open();
    store.lastSeqValue = ((await store.meta.get('lastSeq')) as number | undefined) ?? 0;
    store.horizonValue = ((await store.meta.get('horizon')) as number | undefined) ?? 0;
    store.storeIdValue = ((await store.meta.get('storeId')) as string | undefined) ?? '';
    if (!store.storeIdValue) {
      store.storeIdValue = randomUUID();
      await store.meta.put('storeId', store.storeIdValue);
    }
    const saved: Record<string, Bucket> = {};
    for await (const [key, value] of store.meta.iterator({ gte: 'bucket:', lt: 'bucket;' })) saved[key.slice(7)] = value as Bucket;
    store.buckets = DigestBuckets.from(saved);
    for await (const [key, value] of store.meta.iterator({ gte: 'count:', lt: 'count;' })) store.kindCounts[key.slice(6)] = value as number;
    for await (const key of store.keys.keys({ reverse: true, limit: 1 })) store.topKey = key;
    return store;
  }

  close(): Promise<void> {
    return this.db.close();
  }

  get lastSeq(): number {
    return this.lastSeqValue;
  }

  /** Random id of this database, made when it was created: a checkpoint names the store it counts in. */
  get storeId(): string {
    return this.storeIdValue;
  }

  /** Tombstones up to this sequence were pruned: a checkpoint older than it cannot be served differentially. */
  get horizon(): number {
    return this.horizonValue;
  }

  /** Digest of all records, or of those a node managing `languages` holds (narrowed by origin and rule). O(buckets). */
  digest(languages?: readonly string[], scope: Omit<DigestScope, 'languages'> = {}): SetDigest {
    return this.buckets.digest({ ...scope, languages });
  }

  /** Count and sum of each language bucket of one origin and class: what signed manifests are checked against. O(buckets). */
  bucketDigests(origin: Origin, recordClass: RecordClass): Map<string, Bucket> {
    return this.buckets.byBucket(origin, recordClass);
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
  async getMany(keys: readonly string[], view?: ReadView): Promise<Array<StoredRecord | undefined>> {
    if (keys.length <= GET_MANY_PART) return this.getManyPart(keys, view);
    // Large lists (verification, repair) are random reads: parts in parallel keep LevelDB's threads busy.
    const parts: Array<Promise<Array<StoredRecord | undefined>>> = [];
    for (let i = 0; i < keys.length; i += GET_MANY_PART) parts.push(this.getManyPart(keys.slice(i, i + GET_MANY_PART), view));
    return (await Promise.all(parts)).flat();
  }

  private async getManyPart(keys: readonly string[], view?: ReadView): Promise<Array<StoredRecord | undefined>> {
    const read = view ? { snapshot: view.snapshot } : {};
    const entries = await this.keys.getMany(keys as string[], read);
    const liveIdx: number[] = [];
    for (let i = 0; i < entries.length; i++) if (entries[i] !== undefined && !isTombstone(entries[i])) liveIdx.push(i);
    const values = await this.changes.getMany(liveIdx.map((i) => entrySeq(entries[i]!)), read);
    const out: Array<StoredRecord | undefined> = new Array(keys.length).fill(undefined);
    liveIdx.forEach((i, j) => {
      const bytes = values[j];
      if (bytes) out[i] = { key: keys[i], seq: Number(entrySeq(entries[i]!)), bytes, origin: originOf(entries[i]!) };
    });
    return out;
  }

  /** Live records whose key starts with `prefix` (and, if given, sorts after `after`), in key order. */
  records(prefix = '', after?: string, view?: ReadView): AsyncGenerator<StoredRecord> {
    return this.recordsIn(prefixRange(prefix, after), view);
  }

  /** Live records with keys in a range (gt/gte, lt), in key order. */
  async *recordsIn(range: { gt?: string; gte?: string; lt: string }, view?: ReadView): AsyncGenerator<StoredRecord> {
    for await (const chunk of this.recordChunksIn(range, view)) yield* chunk;
  }

  /** records(), a chunk at a time: a walk of a whole class (a complete run) takes one step per chunk, not per record. */
  recordChunks(prefix = '', after?: string, view?: ReadView): AsyncGenerator<StoredRecord[]> {
    return this.recordChunksIn(prefixRange(prefix, after), view);
  }

  /**
   * Live records with keys in a range, RECORD_CHUNK keys at a time, each
   * chunk's values in one read. The next chunk's keys are read while this
   * chunk's values are (LevelDB reads on threads of its own).
   */
  async *recordChunksIn(range: { gt?: string; gte?: string; lt: string }, view?: ReadView): AsyncGenerator<StoredRecord[]> {
    const read = view ? { snapshot: view.snapshot } : {};
    const iterator = this.keys.iterator({ ...range, ...read });
    let following: Promise<Array<[string, string]>> | undefined;
    try {
      let entries = await iterator.nextv(RECORD_CHUNK);
      while (entries.length > 0) {
        const live = entries.filter(([, entry]) => !isTombstone(entry));
        following = iterator.nextv(RECORD_CHUNK);
        // Awaited below, or in finally when this chunk's read fails or the walk is left early.
        following.catch(() => undefined);
        const values = await this.changes.getMany(live.map(([, entry]) => entrySeq(entry)), read);
        const chunk: StoredRecord[] = [];
        for (let i = 0; i < live.length; i++) {
          const bytes = values[i];
          if (bytes) chunk.push({ key: live[i][0], seq: Number(entrySeq(live[i][1])), bytes, origin: originOf(live[i][1]) });
        }
        if (chunk.length > 0) yield chunk;
        entries = await following;
        following = undefined;
      }
    } finally {
      await following?.catch(() => undefined);
      await iterator.close();
    }
  }

  /** Keys and origins of live records in key order (after `after`, if given), without reading their values. */
  async *liveKeys(prefix = '', after?: string): AsyncGenerator<{ key: string; origin: Origin }> {
    for await (const [key, entry] of this.keys.iterator(prefixRange(prefix, after))) {
      if (!isTombstone(entry)) yield { key, origin: originOf(entry) };
    }
  }

  /**
   * About `percent` of the live records (all of them at 100), with their
   * bytes, for verification. Below 100 the sample is made of runs of `run`
   * neighbouring change-log entries starting at random sequence numbers:
   * sequential reads, so a 5% sample of a million records reads about 50k
   * entries and never walks the rest, and the bytes come with the walk (no
   * second read to hash them). Neighbours in the log were written together
   * (one import or replication batch), which is also where damage tends to
   * cluster.
   */
  async *sample(percent: number, run = 256, view?: ReadView): AsyncGenerator<StoredRecord> {
    if (percent >= 100) {
      yield* this.records('', undefined, view);
      return;
    }
    const live = Object.values(this.kindCounts).reduce((a, b) => a + b, 0);
    const wanted = Math.ceil((live * percent) / 100);
    const seen = new Set<string>();
    const maxRuns = Math.ceil(wanted / run) * 4 + 4;
    // Runs are read a few at a time: each is two reads that mostly wait on the disk, so LevelDB's threads overlap them.
    for (let runs = 0; seen.size < wanted && runs < maxRuns; runs += SAMPLE_RUNS_AT_ONCE) {
      const limit = Math.min(run, wanted - seen.size);
      const lastSeq = view?.lastSeq ?? this.lastSeqValue;
      const waves = await Promise.all(Array.from({ length: SAMPLE_RUNS_AT_ONCE }, () => this.readSampleRun(Math.floor(Math.random() * lastSeq), limit, view)));
      for (const found of waves) {
        for (const record of found) {
          if (seen.size >= wanted) return;
          if (seen.has(record.key)) continue;
          seen.add(record.key);
          yield record;
        }
      }
    }
  }

  /** The live records among `limit` change-log entries after sequence `start`. */
  private async readSampleRun(start: number, limit: number, view?: ReadView): Promise<StoredRecord[]> {
    const read = view ? { snapshot: view.snapshot } : {};
    const found: Array<{ key: string; seq: string; bytes: Buffer }> = [];
    for (const [seq, bytes] of await this.changes.iterator({ gt: seqKey(start), limit, ...read }).all()) {
      const header = decodeStoredHeader(bytes);
      if (header && !header.deleted) found.push({ key: header.key, seq, bytes });
    }
    const entries = await this.keys.getMany(found.map((f) => f.key), read);
    const out: StoredRecord[] = [];
    for (let i = 0; i < found.length; i++) {
      const entry = entries[i];
      // Live, and still at this sequence (a write since the read would have moved it).
      if (entry !== undefined && !isTombstone(entry) && entrySeq(entry) === found[i].seq) out.push({ key: found[i].key, seq: Number(found[i].seq), bytes: found[i].bytes, origin: originOf(entry) });
    }
    return out;
  }

  /** Every change-log entry (live records and tombstones) with sequence > `since`, in sequence order. */
  async *changesSince(since: number, view?: ReadView): AsyncGenerator<{ seq: number; bytes: Buffer }> {
    const read = view ? { snapshot: view.snapshot, lte: seqKey(view.lastSeq) } : {};
    for await (const [key, bytes] of this.changes.iterator({ gt: seqKey(since), ...read })) yield { seq: Number(key), bytes };
  }

  /**
   * A consistent read view of the store as it is now, with its last
   * sequence: a replication run reads from it, so records written meanwhile
   * neither vanish from nor slip into the run (the next run brings them).
   */
  async readView(): Promise<ReadView> {
    return this.writeLock.run(async () => this.viewNow());
  }

  /**
   * A read view and the listing groups of local records changed since the
   * last call, taken at one moment: what a publication signs is exactly
   * what the view holds.
   */
  async publishableView(): Promise<{ view: ReadView; changedGroups: ChangedGroups }> {
    return this.writeLock.run(async () => {
      const changedGroups = this.changedGroups;
      this.changedGroups = new Map();
      return { view: this.viewNow(), changedGroups };
    });
  }

  private viewNow(): ReadView {
    const buckets = this.buckets.clone();
    return {
      snapshot: this.db.snapshot(),
      lastSeq: this.lastSeqValue,
      storeId: this.storeIdValue,
      digest: (languages, scope = {}) => buckets.digest({ ...scope, languages }),
    };
  }

  /** True when local records changed since the last publishable view. */
  get hasUnpublishedChanges(): boolean {
    return this.changedGroups.size > 0;
  }

  /**
   * Applies record mutations atomically. A put whose encoding equals the
   * stored bytes is unchanged and takes no sequence number, which is what
   * makes a repeated import a no-op.
   */
  async write(mutations: readonly Mutation[], extra: readonly ExtraOp[] = [], guard?: ChangeGuard): Promise<WriteResult> {
    return this.writeLock.run(async () => {
      const result = await this.writeLocked(mutations, extra, undefined, guard);
      for (const m of mutations) this.raiseTopKey(m.key);
      return result;
    });
  }

  /**
   * An upper bound of the record keys held (LevelDB's order): the last one
   * at open, raised by every write, never lowered (a deleted key keeps its
   * entry, a tombstone). A complete run's merge of a range after it has
   * nothing to walk. Every `keys` entry is added by writeLocked, through
   * write() or replaceRange(), which raise it.
   */
  private topKey?: string;

  private raiseTopKey(key: string): void {
    if (this.topKey === undefined || compareKeys(key, this.topKey) > 0) this.topKey = key;
  }



  /**
   * Adds (or removes) entries of this node's published index that are not
   * records (staged-file bindings, see catalog/trust/listings.ts) with
   * `extra` ops in one batch, and marks their groups for the next
   * publication.
   */
  async writePublished(entries: ReadonlyArray<{ group: string; hash: Uint8Array; present: boolean }>, extra: readonly ExtraOp[] = []): Promise<void> {
    await this.writeLock.run(async () => {
      const ops: any[] = entries.map((e) => (e.present ? { type: 'put', sublevel: this.published, key: publishedKey(e.group, e.hash), value: '' } : { type: 'del', sublevel: this.published, key: publishedKey(e.group, e.hash) }));
      await this.db.batch([...ops, ...extra]);
      this.markChanged(entries.map((e) => [e.group, e.hash, e.present]));
    });
  }

  private markChanged(touched: ReadonlyArray<readonly [string, Uint8Array, boolean]>): void {
    for (const [group, hash, present] of touched) {
      let changes = this.changedGroups.get(group);
      if (!changes) this.changedGroups.set(group, (changes = new Map()));
      changes.set(Buffer.from(hash).toString('hex'), present);
    }
  }

  /**
   * A complete-run merge of one key range (after `range.after`, up to and
   * including `range.upTo`): writes the mutations, all of whose keys lie in
   * the range, and deletes every record of the range that none of them names
   * and `isStale` accepts (the parent no longer has it). One walk of the
   * range, under the write lock, finds both what to delete and what each
   * mutated key holds now, instead of a lookup per key.
   */
  async replaceRange(range: { after: string; upTo: string }, mutations: readonly Mutation[], isStale: (key: string, origin: Origin) => boolean, extra: readonly ExtraOp[] = [], guard?: ChangeGuard): Promise<WriteResult> {
    const outside = mutations.find((m) => !(compareKeys(m.key, range.after) > 0 && compareKeys(m.key, range.upTo) <= 0));
    if (outside) throw new PatchtreeError('REPL_BAD_RECORD', `${outside.key} is outside the batch key range (${range.after}, ${range.upTo}]`);
    return this.writeLock.run(async () => {
      const entries = new Map<string, string>();
      const stale: Mutation[] = [];
      // No key lies after the range's start: nothing to walk (every batch of a first complete run).
      if (this.topKey !== undefined && compareKeys(range.after, this.topKey) < 0) {
        const incoming = new Set(mutations.map((m) => m.key));
        for await (const [key, entry] of this.keys.iterator({ ...(range.after ? { gt: range.after } : {}), lte: range.upTo })) {
          entries.set(key, entry);
          if (!incoming.has(key) && !isTombstone(entry) && isStale(key, originOf(entry))) stale.push({ type: 'del', key });
        }
      }
      const result = await this.writeLocked([...mutations, ...stale], extra, entries, guard);
      // Every key written lies in the range: its end bounds them.
      this.raiseTopKey(range.upTo);
      return result;
    });
  }

  /** `known`, when given, holds the current `keys` entry of every key the mutations name (absent: none). */
  private async writeLocked(mutations: readonly Mutation[], extra: readonly ExtraOp[], known?: ReadonlyMap<string, string>, guard?: ChangeGuard): Promise<WriteResult> {
    const byKey = new Map<string, Mutation>();
    for (const m of mutations) {
      // Two mutations of one key in one write is a caller bug that would silently keep the last.
      if (byKey.has(m.key)) throw new TypeError(`one write mutates ${m.key} twice`);
      byKey.set(m.key, m);
    }
    const keys = [...byKey.keys()];
    const current = known ? keys.map((key) => known.get(key)) : await this.keys.getMany(keys);
    const liveSeqs = current.map((e) => (e !== undefined && !isTombstone(e) ? entrySeq(e) : undefined));
    const oldBytes = await this.changes.getMany(liveSeqs.filter((s): s is string => s !== undefined));
    const result: WriteResult = { added: 0, changed: 0, removed: 0, unchanged: 0, lastSeq: this.lastSeqValue, byKind: {} };
    const tally = (kind: RecordKind, field: keyof WriteCounts) => {
      result[field]++;
      (result.byKind[kind] ??= { added: 0, changed: 0, removed: 0, unchanged: 0 })[field]++;
    };
    const ops: any[] = [];
    const touchedBuckets = new Set<string>();
    const touchedKinds = new Set<string>();
    const touchedGroups: Array<[string, Uint8Array, boolean]> = [];
    let seq = this.lastSeqValue;
    let oldIdx = 0;

    // Work on a copy of the digest so that a failed batch leaves memory as it was.
    const pending = this.buckets.clone();
    const counts = { ...this.kindCounts };
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      const m = byKey.get(key)!;
      const prevEntry = current[i];
      const prevOrigin: Origin = prevEntry ? originOf(prevEntry) : 'local';
      const prev = liveSeqs[i] !== undefined ? oldBytes[oldIdx++] : undefined;
      // A stored record that does not count (see countedHeader) is not in the digest but can be overwritten or deleted.
      const prevChange = countedHeader(prev, key);
      let bytes: Uint8Array;
      let origin: Origin = prevOrigin;
      let deleting = m.type === 'del';
      let languages: string[] = [];
      if (m.type === 'put-bytes') {
        const received = m.header ?? decodeChangeHeader(m.bytes);
        if (received.key !== key) throw new PatchtreeError('REPL_BAD_RECORD', `received change for ${received.key} under key ${key}`);
        origin = 'replicated';
        if (received.deleted) {
          if (!prev) continue;
          deleting = true;
          bytes = tombstoneOf(key, prevChange);
          tally(kindOf(key), 'removed');
        } else {
          bytes = m.bytes;
          languages = received.languages;
          if (prev && Buffer.compare(prev, bytes) === 0 && prevOrigin === origin) {
            tally(kindOf(key), 'unchanged');
            continue;
          }
          tally(kindOf(key), prev ? 'changed' : 'added');
        }
      } else if (m.type === 'put') {
        origin = m.origin ?? 'local';
        languages = m.languages;
        bytes = encodeChange({ key, languages: m.languages, record: m.record, leftLanguages: formerLanguages(prevChange, m.languages) });
        if (prev && Buffer.compare(prev, bytes) === 0 && prevOrigin === origin) {
          tally(kindOf(key), 'unchanged');
          continue;
        }
        tally(kindOf(key), prev ? 'changed' : 'added');
      } else {
        if (!prev) continue; // deleting what is not there changes nothing
        bytes = tombstoneOf(key, prevChange);
        tally(kindOf(key), 'removed');
      }
      const prevHash = prevChange ? recordHashBytes(prev!) : undefined;
      const nextHash = deleting ? undefined : recordHashBytes(bytes);
      guard?.({ key, before: prevChange && { languages: prevChange.languages, hash: prevHash! }, after: nextHash && { languages, hash: nextHash } });
      seq++;
      if (prevEntry !== undefined) ops.push({ type: 'del', sublevel: this.changes, key: entrySeq(prevEntry) });
      ops.push({ type: 'put', sublevel: this.changes, key: seqKey(seq), value: asBuffer(bytes) });
      ops.push({ type: 'put', sublevel: this.keys, key, value: keyEntry(seq, deleting, origin) });
      const kind = kindOf(key);
      if (prevChange) {
        touchedBuckets.add(pending.apply(prevOrigin, recordClassOf(key), prevChange.languages, prevHash!, -1));
        counts[kind] = (counts[kind] ?? 0) - 1;
        if (prevOrigin === 'local') {
          const group = groupOf(key, prevChange.languages);
          ops.push({ type: 'del', sublevel: this.published, key: publishedKey(group, prevHash!) });
          touchedGroups.push([group, prevHash!, false]);
        }
      }
      if (!deleting) {
        touchedBuckets.add(pending.apply(origin, recordClassOf(key), languages, nextHash!, 1));
        counts[kind] = (counts[kind] ?? 0) + 1;
        if (origin === 'local') {
          const group = groupOf(key, languages);
          ops.push({ type: 'put', sublevel: this.published, key: publishedKey(group, nextHash!), value: '' });
          touchedGroups.push([group, nextHash!, true]);
        }
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
    this.markChanged(touchedGroups);
    result.lastSeq = seq;
    return result;
  }

  /**
   * Makes the store exact again after damage done behind the node's back (a
   * crash cannot cause any: every write is one batch). Walks the change log
   * in sequence order: an entry whose key's `keys` entry points back at it is
   * a record (summed into the digest and counts when it counts, see
   * countedHeader); any other entry is an orphan and is deleted, so that no
   * differential session serves it. Then `keys` entries that point at no
   * such record (garbled, or naming a lost change) are deleted, so the
   * record reads as missing and verification fetches it again. The kept
   * digest and counts are rebuilt if they disagree.
   */
  async checkIntegrity(): Promise<IntegrityReport> {
    return this.writeLock.run(async () => {
      const buckets = DigestBuckets.from({});
      const counts: Record<string, number> = {};
      const report: IntegrityReport = { records: 0, damaged: [], orphans: 0, badKeys: [], rebuilt: false, publishedRebuilt: false };
      const publishedSums = new GroupSums();
      const ops: any[] = [];
      let matched = 0;
      let maxSeq = 0;
      let chunk: Array<{ seq: string; bytes: Buffer; header: ChangeHeader }> = [];
      const flush = async () => {
        const entries = await this.keys.getMany(chunk.map((c) => c.header.key));
        chunk.forEach(({ seq, bytes, header }, i) => {
          const entry = entries[i];
          if (entry === undefined || entrySeq(entry) !== seq) {
            report.orphans++;
            ops.push({ type: 'del', sublevel: this.changes, key: seq });
            return;
          }
          matched++;
          maxSeq = Math.max(maxSeq, Number(seq));
          // A `keys` entry whose tombstone flag disagrees with its change would list a deletion as a record (or hide one).
          if (isTombstone(entry) !== header.deleted) ops.push({ type: 'put', sublevel: this.keys, key: header.key, value: keyEntry(Number(seq), header.deleted, originOf(entry)) });
          if (header.deleted || !countedHeader(bytes, header.key)) return;
          report.records++;
          if (recordDamage(header.key, bytes)) report.damaged.push(header.key);
          const recordHashValue = recordHashBytes(bytes);
          buckets.apply(originOf(entry), recordClassOf(header.key), header.languages, recordHashValue, 1);
          if (originOf(entry) === 'local') publishedSums.add(groupOf(header.key, header.languages), recordHashValue);
          counts[kindOf(header.key)] = (counts[kindOf(header.key)] ?? 0) + 1;
        });
        chunk = [];
      };
      for await (const [seq, bytes] of this.changes.iterator()) {
        const header = decodeStoredHeader(bytes);
        if (!header || !isRecordKey(header.key)) {
          report.orphans++;
          ops.push({ type: 'del', sublevel: this.changes, key: seq });
          continue;
        }
        chunk.push({ seq, bytes, header });
        if (chunk.length >= 1024) await flush();
      }
      if (chunk.length) await flush();
      // Every `keys` entry was matched by its change unless some point nowhere: only then find which.
      let entries = 0;
      for await (const _ of this.keys.keys()) entries++;
      if (entries !== matched) report.badKeys = await this.unmatchedKeys();
      for (const key of report.badKeys) ops.push({ type: 'del', sublevel: this.keys, key });
      const kinds = new Set([...Object.keys(counts), ...Object.keys(this.kindCounts)]);
      const countsAgree = [...kinds].every((k) => (counts[k] ?? 0) === (this.kindCounts[k] ?? 0));
      if (!buckets.equals(this.buckets) || !countsAgree) {
        report.rebuilt = true;
        for (const name of this.buckets.names()) ops.push({ type: 'del', sublevel: this.meta, key: `bucket:${name}` });
        for (const [name, saved] of Object.entries(buckets.snapshot())) ops.push({ type: 'put', sublevel: this.meta, key: `bucket:${name}`, value: saved });
        for (const kind of kinds) ops.push({ type: 'put', sublevel: this.meta, key: `count:${kind}`, value: counts[kind] ?? 0 });
      }
      // A lost lastSeq would hand out sequence numbers already in the log (orphans, deleted above, do not count).
      if (maxSeq > this.lastSeqValue) ops.push({ type: 'put', sublevel: this.meta, key: 'lastSeq', value: maxSeq });
      if (ops.length) await this.db.batch(ops);
      this.buckets = buckets;
      this.kindCounts = counts;
      this.lastSeqValue = Math.max(this.lastSeqValue, maxSeq);
      const indexed = new GroupSums();
      for (const range of RECORD_GROUP_RANGES) {
        for await (const key of this.published.keys(range)) {
          const at = key.indexOf('\u0000');
          indexed.add(key.slice(0, at), Buffer.from(key.slice(at + 1), 'hex'));
        }
      }
      if (!indexed.equals(publishedSums)) {
        report.publishedRebuilt = true;
        await this.rebuildPublished();
      }
      return report;
    });
  }

  /** Writes the index of local record hashes anew from the records (a store from before it existed, or damage). */
  private async rebuildPublished(): Promise<void> {
    // Only the records' groups: staged-file bindings are not records and stay as they are.
    for (const range of RECORD_GROUP_RANGES) await this.published.clear(range);
    let ops: any[] = [];
    for await (const r of this.records()) {
      if (r.origin !== 'local') continue;
      const header = decodeStoredHeader(r.bytes);
      if (!header || header.key !== r.key || header.deleted) continue;
      ops.push({ type: 'put', key: publishedKey(groupOf(r.key, header.languages), recordHashBytes(r.bytes)), value: '' });
      if (ops.length >= 1024) {
        await this.published.batch(ops);
        ops = [];
      }
    }
    if (ops.length) await this.published.batch(ops);
  }

  /** `keys` entries that point at no change naming their key (the slow path of checkIntegrity, after damage). */
  private async unmatchedKeys(): Promise<string[]> {
    const bad: string[] = [];
    let batch: Array<[string, string]> = [];
    const flush = async () => {
      const values = await this.changes.getMany(batch.map(([, entry]) => entrySeq(entry)));
      batch.forEach(([key, entry], i) => {
        const bytes = values[i];
        const header = bytes && /^\d{16}$/.test(entrySeq(entry)) ? decodeStoredHeader(bytes) : undefined;
        if (header?.key !== key || !isRecordKey(key)) bad.push(key);
      });
      batch = [];
    };
    for await (const pair of this.keys.iterator()) {
      batch.push(pair);
      if (batch.length >= 1024) await flush();
    }
    if (batch.length) await flush();
    return bad;
  }

  /**
   * Drops tombstones with a sequence at or below `seq` and raises the horizon
   * to it: a child whose checkpoint is older then gets a complete run, never
   * a differential one that would miss those deletions. Walks only the log
   * above the current horizon (below it every tombstone is gone already), so
   * the hourly prune of a large store reads an hour's changes, not all.
   */
  async pruneTombstones(seq: number): Promise<{ pruned: number; examined: number }> {
    return this.writeLock.run(async () => {
      const ops: any[] = [];
      let pruned = 0;
      let examined = 0;
      for await (const [key, bytes] of this.changes.iterator({ gt: seqKey(this.horizonValue), lte: seqKey(seq) })) {
        examined++;
        const change = decodeStoredHeader(bytes);
        if (!change?.deleted) continue;
        ops.push({ type: 'del', sublevel: this.changes, key });
        ops.push({ type: 'del', sublevel: this.keys, key: change.key });
        pruned++;
      }
      const horizon = Math.max(this.horizonValue, Math.min(seq, this.lastSeqValue));
      ops.push({ type: 'put', sublevel: this.meta, key: 'horizon', value: horizon });
      await this.db.batch(ops);
      this.horizonValue = horizon;
      return { pruned, examined };
    });
  }
}

/** The ranges of the published index that list records (catalog and policies groups; not the content bindings). */
const RECORD_GROUP_RANGES = [{ gte: 'catalog/', lt: 'catalog0' }, { gte: 'policies/', lt: 'policies0' }];

/** Count and sum of hashes per listing group: the index of published hashes is checked against the records with it. */
class GroupSums {
  private readonly groups = new Map<string, { count: number; sum: Sum256 }>();

  add(group: string, hash: Uint8Array): void {
    let g = this.groups.get(group);
    if (!g) this.groups.set(group, (g = { count: 0, sum: new Sum256() }));
    g.count++;
    g.sum.add(hash, 1);
  }

  equals(other: GroupSums): boolean {
    if (other.groups.size !== this.groups.size) return false;
    for (const [group, g] of this.groups) {
      const o = other.groups.get(group);
      if (!o || o.count !== g.count || !o.sum.equals(g.sum)) return false;
    }
    return true;
  }
}

/** Key of a local record's hash in the `published` sublevel. */
export const publishedKey = (group: string, hash: Uint8Array) => `${group}\u0000${Buffer.from(hash.buffer, hash.byteOffset, hash.byteLength).toString('hex')}`;

/** A Buffer over the same memory (a received change is a view into its frame; no copy needed). */
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * A tombstone that keeps every language the record was ever held in (its
 * last languages, and those it left before): a child that holds a stale copy
 * in any of them is sent the deletion.
 */
function tombstoneOf(key: string, previous: ChangeHeader | undefined): Uint8Array {
  return encodeChange({ key, languages: previous?.languages ?? [], deleted: true, leftLanguages: formerLanguages(previous, previous?.languages ?? []) });
}

/**
 * The header of a stored live record when it counts in the digest and the
 * kind counts: it decodes and names its own key. The write path (what to
 * subtract) and the integrity check (what to sum) both decide with this one
 * test, so the kept digest always equals a recompute. A record whose body is
 * damaged still counts by its bytes: its hash differs from the parent's, so
 * verification finds and repairs it.
 */
function countedHeader(bytes: Buffer | undefined, key: string): ChangeHeader | undefined {
  const header = bytes && decodeStoredHeader(bytes);
  return header && header.key === key && !header.deleted ? header : undefined;
}

/** A stored record's languages and, when it cannot be read whole, why (listings report it instead of failing). */
export function inspectRecord(key: string, bytes: Buffer): { languages: string[]; damage: string } {
  return { languages: decodeStoredHeader(bytes)?.languages ?? [], damage: recordDamage(key, bytes) };
}

/** Why a stored record cannot be read whole ('' when it can). */
function recordDamage(key: string, bytes: Uint8Array): string {
  try {
    const change = decodeChange(bytes);
    if (change.key !== key) return `the stored change names ${change.key}`;
    return change.deleted || change.record ? '' : 'the stored change carries no record';
  } catch (err) {
    return (err as Error).message;
  }
}

/** The header of stored bytes; a damaged record reads as absent rather than stopping every write that touches it. */
function decodeStoredHeader(bytes: Buffer) {
  try {
    return decodeChangeHeader(bytes);
  } catch {
    return undefined;
  }
}
