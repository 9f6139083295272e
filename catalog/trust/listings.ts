import { hash } from 'node:crypto';
import { PatchtreeError } from '../../protocol/index.js';
import { policyIdOf, recordClassOf } from '../store/keys.js';
import { bucketHeld, bucketOf, type RecordClass, type SyncScope } from '../store/scope.js';
import { addSums } from '../store/digest.js';
import type { TargetEntry, VerifiedTargets } from './metadata.js';

/**
 * Listings bind a publisher's records: for each group (the catalog's records
 * of one language bucket, or one policy's records of one bucket) the sorted
 * sha256 hashes of the records' stored bytes, 32 bytes each, cut into bins by
 * the leading hex digits of the hash so that no listing grows past about
 * 4,096 hashes. Each listing is a target of the publisher's signed targets
 * document (its length and sha256), so a child checks any one record with
 * a binary search in one listing, and checks the listings it needs, never
 * those of languages it does not hold.
 *
 * A record's hash binds its key and languages too (they are in the stored
 * bytes), so an old version, a version moved to another key or a rewritten
 * one is in no listing.
 */

export const HASH_BYTES = 32;
/** The most hashes a listing holds before its group is cut into 16 times as many bins. */
export const BIN_CAPACITY = 4096;

/** The group a record is listed in (see above). */
export function groupOf(key: string, languages: readonly string[]): string {
  const cls = recordClassOf(key);
  return cls === 'policies' ? `policies/${policyIdOf(key)}/${bucketOf(languages)}` : `catalog/${bucketOf(languages)}`;
}

export interface GroupParts {
  recordClass: RecordClass;
  /** The policy of a policies group. */
  policyId?: string;
  bucket: string;
  /** A group of staged-file bindings (see contentBinding), travelling with the catalog: not records. */
  content?: boolean;
}

/**
 * The group of the staged-file bindings of updates in `languages`. A
 * publisher that stages a file of an update without a vendor hash lists the
 * binding of that update to the file's hash and size here, so that no tier
 * below can substitute the bytes (the update record itself binds those with
 * a vendor hash).
 */
export const contentGroupOf = (languages: readonly string[]) => `content/${bucketOf(languages)}`;

/** The hash a content listing holds for one update's staged file. */
export function contentBinding(updateKey: string, file: { algorithm: string; hash: string; size: number }): Buffer {
  return hash('sha256', `patchtree-content-v1\u0000${updateKey}\u0000${file.algorithm}\u0000${file.hash}\u0000${file.size}`, 'buffer') as unknown as Buffer;
}

export function partsOfGroup(group: string): GroupParts {
  const [cls, a, b] = group.split('/');
  if (cls === 'catalog' && a !== undefined && b === undefined) return { recordClass: 'catalog', bucket: a };
  if (cls === 'content' && a !== undefined && b === undefined) return { recordClass: 'catalog', bucket: a, content: true };
  if (cls === 'policies' && a && b !== undefined) return { recordClass: 'policies', policyId: a, bucket: b };
  throw new PatchtreeError('SIG_INVALID', `a target names group ${group.slice(0, 100)}, which is not a listing group`);
}

/**
 * The groups a child with `scope` holds, served through nodes managing
 * `servedThrough` (each a language list, top first): the rule's groups
 * (for a chosen list of policies, theirs) whose bucket every one of those
 * nodes and the child hold. The parent sends these listings and the child
 * checks exactly these.
 */
export function scopeOfGroups(scope: SyncScope, servedThrough: readonly (readonly string[])[]): (group: GroupParts) => boolean {
  const child = new Set(scope.languages);
  const tiers = servedThrough.map((languages) => new Set(languages));
  const policies = new Set(scope.policyIds);
  return (group) => {
    if (group.recordClass !== scope.rule) return false;
    if (group.recordClass === 'policies' && policies.size > 0 && !policies.has(group.policyId!)) return false;
    return bucketHeld(group.bucket, child) && tiers.every((tier) => bucketHeld(group.bucket, tier));
  };
}

/** Hex digits of the hash that pick a group's bin, for a group of `count` records. */
export function prefixLengthFor(count: number): number {
  let digits = 0;
  for (let capacity = BIN_CAPACITY; count > capacity && digits < 4; capacity *= 16) digits++;
  return digits;
}

export const targetPath = (group: string, prefix: string) => `${group}#${prefix}`;

export function parseTargetPath(path: string): { group: string; prefix: string } {
  const at = path.lastIndexOf('#');
  const prefix = at < 0 ? '' : path.slice(at + 1);
  if (at < 0 || !/^[0-9a-f]{0,4}$/.test(prefix)) throw new PatchtreeError('SIG_INVALID', `target ${path.slice(0, 100)} is not a listing`);
  return { group: path.slice(0, at), prefix };
}

/** The prefix of `hash` (raw bytes) with `digits` hex digits. */
export function prefixOf(hash: Uint8Array, digits: number): string {
  return digits === 0 ? '' : Buffer.from(hash.subarray(0, (digits + 1) >> 1)).toString('hex').slice(0, digits);
}

/** The same prefix as a number (no string made for each record a child checks). */
const binOf = (hash: Uint8Array, digits: number) => (((hash[0] << 8) | hash[1]) >>> (16 - 4 * digits)) & ((1 << (4 * digits)) - 1);

const wordAt = (bytes: Uint8Array, at: number) => ((bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3]) >>> 0;

/**
 * A listing's hashes in an open-addressing table, slotted by their bytes 4
 * to 7 (the first two pick the bin; sha256 bytes are uniform). A child
 * looks up every record it writes, in key order, so each lookup lands at a
 * random place in megabytes of listings: a binary search paid a cache miss
 * at most of its twelve steps, this pays one or two.
 *
 * No hash sits more than MAX_DISPLACEMENT slots past its own, so a lookup
 * never looks further: hashes made to share slots (a parent trusted on
 * first use signs what it likes) cannot make a build or a lookup slow; a
 * listing whose hashes would is refused (SIG_INVALID). Hashes of records
 * never are: at half load, the chance that one of a million sha256 hashes
 * lands 256 slots past its own is below 1e-15.
 */
export class HashTable {
  /** Slot -> entry index + 1 (0: empty), at least twice as many slots as hashes. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(readonly blob: Uint8Array, path = '') {
    const count = blob.length / HASH_BYTES;
    let size = 16;
    while (size < count * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (let i = 0; i < count; i++) {
      const home = wordAt(blob, i * HASH_BYTES + 4) & this.mask;
      let slot = home;
      while (this.slots[slot] !== 0) {
        slot = (slot + 1) & this.mask;
        if (((slot - home) & this.mask) > MAX_DISPLACEMENT) throw new PatchtreeError('SIG_INVALID', `listing ${path.slice(0, 100)} holds hashes that share their slots as sha256 hashes of records do not`);
      }
      this.slots[slot] = i + 1;
    }
  }

  has(hash: Uint8Array): boolean {
    const { slots, blob, mask } = this;
    const home = wordAt(hash, 4) & mask;
    for (let n = 0, slot = home; n <= MAX_DISPLACEMENT && slots[slot] !== 0; n++, slot = (slot + 1) & mask) {
      const at = (slots[slot] - 1) * HASH_BYTES;
      let i = 0;
      while (i < HASH_BYTES && hash[i] === blob[at + i]) i++;
      if (i === HASH_BYTES) return true;
    }
    return false;
  }
}

/** The furthest a hash may sit past its own slot in a HashTable. */
const MAX_DISPLACEMENT = 256;

/** Checks a listing's form: whole hashes, sorted, no repeats, all under its bin's prefix. */
export function checkListing(blob: Uint8Array, prefix: string, path: string): void {
  const bad = (why: string) => new PatchtreeError('SIG_INVALID', `listing ${path.slice(0, 100)} ${why}`);
  if (blob.length % HASH_BYTES !== 0) throw bad('is not a whole number of hashes');
  const digits = prefix.length;
  const bin = digits === 0 ? 0 : parseInt(prefix, 16);
  for (let at = 0; at < blob.length; at += HASH_BYTES) {
    if (digits > 0 && binOf(blob.subarray(at, at + 2), digits) !== bin) throw bad(`holds a hash outside its bin ${prefix}`);
    if (at > 0 && compareHashes(blob, at - HASH_BYTES, at) >= 0) throw bad('is not sorted');
  }
}

/** Compares the hashes at two offsets of one buffer, byte by byte. */
function compareHashes(blob: Uint8Array, a: number, b: number): number {
  for (let i = 0; i < HASH_BYTES; i++) {
    const d = blob[a + i] - blob[b + i];
    if (d !== 0) return d;
  }
  return 0;
}

/** One publisher's listings of one group, with the bin each hash falls in. */
interface GroupListing {
  publisher: string;
  digits: number;
  /** By binOf. */
  bins: Map<number, HashTable>;
}

/**
 * What a child checks received records against during a run: the listings
 * of the groups in its scope from every publisher whose targets it verified.
 * One publisher owns the catalog, and each policy has one publisher (a
 * second one naming the same would let it shadow the first's records).
 */
export class TrustedListings {
  private readonly groups = new Map<string, GroupListing>();
  /**
   * The same listings by record class and bucket (and policy): a child checks every record it writes, and
   * finding its listing without making its group's name per record took a third of the check.
   */
  private readonly catalogBuckets = new Map<string, GroupListing>();
  private readonly policyBuckets = new Map<string, Map<string, GroupListing>>();
  private catalogPublisher?: string;
  private readonly policyOwners = new Map<string, string>();

  /** Adds a publisher's targets; `blobOf` gives the verified bytes of each listing the child needs. */
  add(targets: VerifiedTargets, inScope: (group: GroupParts) => boolean, blobOf: (entry: TargetEntry) => Uint8Array | undefined): void {
    for (const entry of targets.targets.values()) {
      const { group, prefix } = parseTargetPath(entry.path);
      const parts = partsOfGroup(group);
      this.claim(parts, targets.publisher, group);
      if (!inScope(parts)) continue;
      let listing = this.groups.get(group);
      if (!listing) {
        this.groups.set(group, (listing = { publisher: targets.publisher, digits: prefix.length, bins: new Map() }));
        // Content listings are found by their group's name (listsContent), records' by class and bucket (lists).
        if (!parts.content) this.indexRecords(parts, listing);
      }
      if (listing.digits !== prefix.length) throw new PatchtreeError('SIG_INVALID', `publisher ${targets.publisher.slice(0, 16)} cuts group ${group.slice(0, 100)} into bins of two sizes`);
      const blob = blobOf(entry);
      if (!blob) throw new PatchtreeError('SIG_INVALID', `the parent did not send listing ${entry.path.slice(0, 100)} of publisher ${targets.publisher.slice(0, 16)}`);
      listing.bins.set(prefix === '' ? 0 : parseInt(prefix, 16), new HashTable(blob, entry.path));
    }
  }

  private indexRecords(parts: GroupParts, listing: GroupListing): void {
    if (parts.recordClass === 'catalog') {
      this.catalogBuckets.set(parts.bucket, listing);
      return;
    }
    let buckets = this.policyBuckets.get(parts.policyId!);
    if (!buckets) this.policyBuckets.set(parts.policyId!, (buckets = new Map()));
    buckets.set(parts.bucket, listing);
  }

  private claim(parts: GroupParts, publisher: string, group: string): void {
    const conflict = (what: string, other: string) => new PatchtreeError('SIG_INVALID', `${what} is published by two publishers (${other.slice(0, 16)} and ${publisher.slice(0, 16)}): refused, one could shadow the other's records`);
    if (parts.recordClass === 'catalog') {
      if (this.catalogPublisher && this.catalogPublisher !== publisher) throw conflict(`the catalog (${group.slice(0, 100)})`, this.catalogPublisher);
      this.catalogPublisher = publisher;
      return;
    }
    const owner = this.policyOwners.get(parts.policyId!);
    if (owner && owner !== publisher) throw conflict(`policy ${parts.policyId!.slice(0, 100)}`, owner);
    this.policyOwners.set(parts.policyId!, publisher);
  }

  /** True when the catalog's publisher lists this staged file for the update (in the update's languages). */
  listsContent(updateKey: string, languages: readonly string[], file: { algorithm: string; hash: string; size: number }): boolean {
    const binding = contentBinding(updateKey, file);
    const listing = this.groups.get(contentGroupOf(languages));
    return listing?.bins.get(binOf(binding, listing.digits))?.has(binding) === true;
  }

  /** True when the publisher of `key`'s group lists the record version whose hash is `hash`. */
  lists(key: string, languages: readonly string[], hash: Uint8Array): boolean {
    // The group groupOf names, found without its name.
    const bucket = bucketOf(languages);
    const listing = recordClassOf(key) === 'policies' ? this.policyBuckets.get(policyIdOf(key))?.get(bucket) : this.catalogBuckets.get(bucket);
    return listing?.bins.get(binOf(hash, listing.digits))?.has(hash) === true;
  }
}

/**
 * What a child's records of one class must add up to after a run, per
 * language bucket: the counts and sums of every target in its scope, over
 * all publishers.
 */
export function expectedBuckets(all: readonly VerifiedTargets[], inScope: (group: GroupParts) => boolean): Map<string, { count: number; sum: string }> {
  const parts = new Map<string, { count: number; sums: string[] }>();
  for (const targets of all) {
    for (const entry of targets.targets.values()) {
      const group = partsOfGroup(parseTargetPath(entry.path).group);
      if (group.content || !inScope(group)) continue;
      const b = parts.get(group.bucket) ?? { count: 0, sums: [] };
      b.count += entry.count;
      b.sums.push(entry.sum);
      parts.set(group.bucket, b);
    }
  }
  return new Map([...parts].map(([bucket, b]) => [bucket, { count: b.count, sum: addSums(b.sums) }]));
}
