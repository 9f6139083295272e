import { createHash } from 'node:crypto';
import { NEUTRAL } from '../../protocol/index.js';

const MODULUS = 1n << 256n;

/** Per-record hash: sha256 of the stored change bytes (key, languages and record). */
export function recordHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export interface Bucket {
  count: number;
  /** Sum of the per-record hashes of the bucket, mod 2^256, as 64 hex digits. */
  sum: string;
}

export interface SetDigest {
  count: number;
  digest: string;
}

/**
 * Where a record on this node came from: created here (imports, policies,
 * settings) or received from the parent. A child compares the digest of what
 * it received with its parent's; its own children compare with all of it.
 */
export type Origin = 'local' | 'replicated';
const ORIGIN_TAG: Record<Origin, string> = { local: 'l', replicated: 'r' };

/** What a record replicates with: the catalog rule (bulletins, updates, severity levels) or the policies rule. */
export type RecordClass = 'catalog' | 'policies';
const CLASS_TAG: Record<RecordClass, string> = { catalog: 'c', policies: 'p' };

/** Which of a node's records a digest covers; every field narrows it. */
export interface DigestScope {
  languages?: readonly string[];
  origin?: Origin;
  recordClass?: RecordClass;
}

/** Bucket name of a record: its sorted language set (a record may belong to several). */
export function bucketOf(languages: readonly string[]): string {
  return languages.length === 0 ? NEUTRAL : [...languages].sort().join(',');
}

/** True when a record in these languages belongs to a node managing `filter` (neutral always does). */
export function inLanguages(languages: readonly string[], filter: ReadonlySet<string>): boolean {
  if (languages.length === 0) return true;
  for (const language of languages) if (language === NEUTRAL || filter.has(language)) return true;
  return false;
}

/**
 * An order-independent set hash kept incrementally: per bucket (record
 * language set) a count and a sum of record hashes mod 2^256. A digest of
 * the set restricted to languages L adds the buckets that intersect L, so it
 * costs O(buckets), never O(records). Buckets are few: a record is in one
 * language, neutral, or (bulletins, policies) the set of its updates' languages.
 */
export class DigestBuckets {
  private readonly buckets = new Map<string, { count: number; sum: bigint }>();

  static from(saved: Record<string, Bucket>): DigestBuckets {
    const digest = new DigestBuckets();
    for (const [name, b] of Object.entries(saved)) digest.buckets.set(name, { count: b.count, sum: BigInt(`0x${b.sum}`) });
    return digest;
  }

  /** Adds (sign 1) or removes (sign -1) one record; returns the bucket name touched. */
  apply(origin: Origin, recordClass: RecordClass, languages: readonly string[], hashHex: string, sign: 1 | -1): string {
    const name = `${ORIGIN_TAG[origin]}${CLASS_TAG[recordClass]}|${bucketOf(languages)}`;
    const bucket = this.buckets.get(name) ?? { count: 0, sum: 0n };
    bucket.count += sign;
    bucket.sum = (((bucket.sum + BigInt(sign) * BigInt(`0x${hashHex}`)) % MODULUS) + MODULUS) % MODULUS;
    if (bucket.count === 0) this.buckets.delete(name);
    else this.buckets.set(name, bucket);
    return name;
  }

  /** Saved form of every bucket (also a cheap copy: DigestBuckets.from(x.snapshot())). */
  snapshot(): Record<string, Bucket> {
    const out: Record<string, Bucket> = {};
    for (const name of this.buckets.keys()) out[name] = this.saved(name)!;
    return out;
  }

  /** Saved form of one bucket, or undefined once it is empty. */
  saved(name: string): Bucket | undefined {
    const b = this.buckets.get(name);
    return b && { count: b.count, sum: b.sum.toString(16).padStart(64, '0') };
  }

  /** Digest of the whole set, or of the part `scope` names (e.g. what a node managing some languages holds). */
  digest(scope: DigestScope = {}): SetDigest {
    const filter = scope.languages && new Set(scope.languages);
    const origin = scope.origin && ORIGIN_TAG[scope.origin];
    const cls = scope.recordClass && CLASS_TAG[scope.recordClass];
    let count = 0;
    let sum = 0n;
    for (const [name, b] of this.buckets) {
      if (origin && name[0] !== origin) continue;
      if (cls && name[1] !== cls) continue;
      if (filter && !inLanguages(name.slice(3).split(','), filter)) continue;
      count += b.count;
      sum = (sum + b.sum) % MODULUS;
    }
    return { count, digest: sum.toString(16).padStart(64, '0') };
  }

  /** Computes a digest from scratch over (languages, hash) pairs: the reference the incremental one must equal. */
  static recompute(records: Iterable<{ languages: readonly string[]; hash: string; origin?: Origin; recordClass?: RecordClass }>, scope: DigestScope = {}): SetDigest {
    const digest = new DigestBuckets();
    for (const r of records) digest.apply(r.origin ?? 'local', r.recordClass ?? 'catalog', r.languages, r.hash, 1);
    return digest.digest(scope);
  }

  /** True when both hold the same buckets with the same counts and sums. */
  equals(other: DigestBuckets): boolean {
    if (other.buckets.size !== this.buckets.size) return false;
    for (const [name, b] of this.buckets) {
      const o = other.buckets.get(name);
      if (!o || o.count !== b.count || o.sum !== b.sum) return false;
    }
    return true;
  }

  names(): string[] {
    return [...this.buckets.keys()];
  }
}
