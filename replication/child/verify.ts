import { PatchtreeError } from '../../protocol/index.js';
import { recordHash, ScopeRule, type ChangeGuard, type RecordStore } from '../../catalog/index.js';
import type { ParentPort } from '../port.js';
import { MAX_KEYS_PER_CALL, type KeyHash, type VerifyCounts, type ViewScope } from '../wire.js';
import { receivedMutation } from './received.js';

export type ParentDigest = { count: number; digest: string };

/** Keys per verify or fetch call: the most the parent accepts. */
const VERIFY_CHUNK = MAX_KEYS_PER_CALL;

/**
 * Verifies a run: the configured share of records compared by hash (half
 * chosen by the child, half by the parent, both at once), every mismatch
 * repaired, then the whole-set digest; a digest that still differs runs
 * `complete`, which puts the set right.
 */
export async function verifyRun(store: RecordStore, port: ParentPort, options: { scope: ViewScope; verifyPercent: number; signal?: AbortSignal; guard: ChangeGuard }, run: { parentDigest?: ParentDigest }, complete: () => Promise<{ parentDigest?: ParentDigest; applied: number; deleted: number }>): Promise<VerifyCounts> {
  const { scope } = options;
  const rule = new ScopeRule(scope);
  const verification: VerifyCounts = { digestEqual: false, sampled: 0, mismatched: 0, repaired: 0, fellBackToComplete: false };
  const childDigest = () => store.digest(scope.languages, { origin: 'replicated', recordClass: scope.rule });
  const digestEqual = () => !!run.parentDigest && childDigest().digest === run.parentDigest.digest && childDigest().count === run.parentDigest.count;

  if (options.verifyPercent > 0) {
    // The configured share is split: half chosen by the child among what it holds (finds damaged and extra
    // records), half by the parent among what the child should hold (finds missing ones). At 100% each side checks all.
    const half = options.verifyPercent >= 100 ? 100 : options.verifyPercent / 2;
    // The parent draws its half while the child reads and checks its own, and the child compares the
    // parent's half as soon as it comes: the two sides work at once.
    const tally = new SampleTally(verification, (keys) => repair(store, port, scope, keys, options.guard));
    const parentHalf = (async () => {
      for await (const theirs of port.sample(scope, half)) {
        if (tally.stopped) return;
        // The parent's sample is of the records in this child's scope: any other key would have the child fetch (and refuse) it.
        const outside = theirs.find((t) => !rule.covers(t.key));
        if (outside) throw new PatchtreeError('PROTO_DECODE', `the parent's sample names ${outside.key}, outside the rule ${scope.rule}`);
        await reconcile(store, theirs, tally);
      }
    })();
    parentHalf.catch(() => tally.stop()); // awaited below; meanwhile its failure stops the child's half
    // The child's sample (runs of neighbouring records below 100%, every replicated record of the rule at 100%), hashed as
    // read; the parent hashes one chunk while the child reads the next.
    const check = async (chunk: KeyHash[]) => {
      const theirs = await port.verify(scope, chunk.map((c) => c.key));
      // One answer per key asked, in order: an answer about other keys would compare nothing (and repair the wrong records).
      if (theirs.length !== chunk.length || theirs.some((t, i) => t.key !== chunk[i].key)) throw new PatchtreeError('PROTO_DECODE', `the parent answered ${theirs.length} hashes for ${chunk.length} keys, or for other keys`);
      await tally.add(chunk.length, chunk.filter((c, i) => theirs[i].hash !== c.hash).map((c) => c.key));
    };
    let chunk: KeyHash[] = [];
    let checking: Promise<void> = Promise.resolve();
    try {
      for await (const r of store.sample(half)) {
        if (tally.stopped) break;
        if (options.signal?.aborted) tally.stop();
        if (!rule.receivedUnderRule(r.key, r.origin)) continue;
        chunk.push({ key: r.key, hash: recordHash(r.bytes) });
        if (chunk.length >= VERIFY_CHUNK) {
          await checking;
          checking = check(chunk);
          checking.catch(() => tally.stop()); // awaited before the next chunk or below
          chunk = [];
        }
      }
      await checking;
      if (chunk.length && !tally.stopped) await check(chunk);
    } catch (err) {
      tally.stop();
      throw err;
    } finally {
      await Promise.allSettled([checking, parentHalf]); // a failed run leaves no repair still writing behind it
    }
    await parentHalf;
    if (options.signal?.aborted) throw options.signal.reason instanceof PatchtreeError ? options.signal.reason : new PatchtreeError('REPL_INTERRUPTED', 'the node is stopping; verification was left for the next run');
  }
  verification.digestEqual = digestEqual();
  if (!verification.digestEqual) {
    // Sampling did not find it (a record missing here, or not sampled): a complete run puts the set right.
    verification.fellBackToComplete = true;
    const result = await complete();
    run.parentDigest = result.parentDigest;
    verification.repaired += result.applied + result.deleted;
    verification.digestEqual = digestEqual();
  }
  return verification;
}

/**
 * Compares the parent's hash of each key ('' = the child should not hold it)
 * with the child's record, a chunk at a time so that a large sample is never
 * read at once, and repairs what differs.
 */
async function reconcile(store: RecordStore, theirs: readonly KeyHash[], tally: SampleTally): Promise<void> {
  for (let i = 0; i < theirs.length && !tally.stopped; i += VERIFY_CHUNK) {
    const chunk = theirs.slice(i, i + VERIFY_CHUNK);
    const mine = await store.getMany(chunk.map((t) => t.key));
    await tally.add(chunk.length, chunk.filter((t, j) => (mine[j] ? recordHash(mine[j]!.bytes) : '') !== t.hash).map((t) => t.key));
  }
}

/**
 * Counts compared chunks and repairs the keys that differed. The two halves
 * of a sample run at once and may both name a key: it is counted and
 * repaired once (the second look may have read it before the repair). When
 * one half fails, stop() makes the other end at its next chunk instead of
 * checking and repairing the rest of its sample for a run that has failed.
 */
class SampleTally {
  private readonly seen = new Set<string>();
  stopped = false;

  constructor(private readonly verification: VerifyCounts, private readonly repair: (keys: string[]) => Promise<number>) {}

  stop(): void {
    this.stopped = true;
  }

  async add(compared: number, wrong: string[]): Promise<void> {
    if (this.stopped) return;
    this.verification.sampled += compared;
    const fresh = wrong.filter((key) => !this.seen.has(key));
    if (fresh.length === 0) return;
    for (const key of fresh) this.seen.add(key);
    this.verification.mismatched += fresh.length;
    const repaired = await this.repair(fresh); // not `+= await`: that reads the total before the other half adds to it
    this.verification.repaired += repaired;
  }
}

/**
 * Fetches and applies the parent's copy of each key. The parent answers the
 * keys in order, as many as fit in one batch's bytes (at least one): the
 * rest are asked for again, so large records are repaired too.
 */
async function repair(store: RecordStore, port: ParentPort, scope: ViewScope, keys: string[], guard: ChangeGuard): Promise<number> {
  const rule = new ScopeRule(scope);
  let repaired = 0;
  for (let rest = keys; rest.length;) {
    const changes = await port.fetch(scope, rest);
    if (changes.length === 0 || changes.length > rest.length) throw new PatchtreeError('REPL_BAD_RECORD', `asked for ${rest.length} records, received ${changes.length}`);
    const mutations = changes.map((bytes, i) => {
      const mutation = receivedMutation(rule, bytes, rest[i]);
      if (mutation.key !== rest[i]) throw new PatchtreeError('REPL_BAD_RECORD', `asked for ${rest[i]}, received ${mutation.key}`);
      return mutation;
    });
    const written = await store.write(mutations, [], guard);
    repaired += written.added + written.changed + written.removed;
    rest = rest.slice(changes.length);
  }
  return repaired;
}
