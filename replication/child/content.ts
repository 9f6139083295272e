import { createHash } from 'node:crypto';
import { PatchtreeError, type UpdateData } from '../../protocol/index.js';
import { downloadVerified, FetchPolicy, runLimited, type ContentStore, type HashAlgorithm, type StagedFile, type Staging } from '../../catalog/index.js';
import type { ContentFileInfo, ModeName } from '../wire.js';
import type { RunResult } from './run.js';

/**
 * Content comes from the parent URL the admin configured (often on a private
 * network), not from a feed: the feed fetch policy does not apply to it.
 */
const PARENT_LINK = FetchPolicy.unrestricted();

export interface ContentRunOptions {
  mode: ModeName;
  verifyPercent: number;
  concurrency?: number;
  /** The parent's list of files for this child's languages. */
  list(): Promise<ContentFileInfo[]>;
  /** The parent's immutable URL of a file. */
  urlFor(algorithm: string, hash: string): string;
  /** PEM to trust for an https parent with its own CA. */
  certificateAuthority?: string;
  /** Where the port carries the files itself (a bundle): stores one, verified by its hash, instead of a download. */
  store?: (file: ContentFileInfo) => Promise<number>;
  /**
   * The check of a file of an update without a vendor hash: true when the
   * catalog's publisher bound it to the update (see ChildTrust.contentChecks).
   * Made once the parent has answered the list (a refusal, a loop say,
   * comes first).
   */
  bindings(): Promise<Bound>;
}

export type Bound = (updateKey: string, languages: readonly string[], file: { algorithm: string; hash: string; size: number }) => boolean;

/** A file of the parent's list this node takes: an update it holds and stages, and what it records once the file is here. */
interface Wanted {
  info: ContentFileInfo;
  staged: Omit<StagedFile, 'size' | 'stagedAt'>;
}

/**
 * The parent's list, checked against the updates this node holds. An entry
 * for an update it does not hold, or holds in a language it does not stage,
 * is ignored: a content run can pass a catalog run that has not brought the
 * record yet (the next content run takes it), and a parent cannot have a
 * file recorded as staged for an update that is not here. An entry that
 * contradicts a held update is refused (REPL_BAD_RECORD, nothing of the list
 * is used): another hash than the vendor's, or, where the vendor gave none,
 * another algorithm than sha256 or another size than the update declares.
 * Whether a file is verified is this node's finding, never the parent's
 * word: it is when its hash is the vendor's.
 */
async function checkList(staging: Staging, files: readonly ContentFileInfo[], bound: Bound): Promise<{ wanted: Wanted[]; ignored: number }> {
  const seen = new Set<string>();
  for (const f of files) {
    if (seen.has(f.updateKey)) throw new PatchtreeError('REPL_BAD_RECORD', `the parent's content list names ${f.updateKey} twice`);
    seen.add(f.updateKey);
  }
  const updates = await staging.heldUpdates(files.map((f) => f.updateKey));
  const wanted: Wanted[] = [];
  files.forEach((f, i) => {
    const update = updates[i] as (UpdateData & { language: string }) | undefined;
    if (!update) return;
    const refuse = (why: string) => { throw new PatchtreeError('REPL_BAD_RECORD', `the parent's content list offers for ${f.updateKey} ${why}`); };
    if (update.hash) {
      if (f.algorithm !== update.hashAlgorithm || f.hash !== update.hash) refuse(`${f.algorithm} ${f.hash}, where the update's vendor hash is ${update.hashAlgorithm} ${update.hash}`);
      wanted.push({ info: f, staged: { algorithm: f.algorithm, hash: f.hash, verified: true } });
      return;
    }
    // No vendor hash: the parent filed the download under its sha256, with the size the update declares (when it declares one).
    if (f.algorithm !== 'sha256') refuse(`a ${f.algorithm} digest, where an update without a vendor hash is filed by sha256`);
    if (update.size && f.size !== Number(update.size)) refuse(`${f.size} bytes, where the update declares ${update.size}`);
    // The bytes are the publisher's: it bound this hash and size to the update when it staged the file (finding 1 of issue 11).
    if (!bound(f.updateKey, [update.language], f)) throw new PatchtreeError('SIG_INVALID', `the parent's content list offers for ${f.updateKey} a file its publisher did not bind to the update (other bytes than those staged at the top)`);
    wanted.push({ info: f, staged: { algorithm: f.algorithm, hash: f.hash, verified: false, url: update.url ?? '' } });
  });
  return { wanted, ignored: files.length - wanted.length };
}

/**
 * The content rule on a child: downloads the package files of the parent's
 * staged updates in the child's languages that it lacks, verified by hash
 * (and resumed with Range after a cut), and records them as staged here.
 * Verification re-hashes the configured percentage of the files it already
 * holds (all of them in complete mode); a damaged file is fetched again.
 * Files of updates this node no longer manages leave its content store.
 */
export async function runContent(staging: Staging, content: ContentStore, options: ContentRunOptions): Promise<Omit<RunResult, 'rule'> & { rule: 'content'; ignored: number }> {
  const listed = await options.list();
  const { wanted, ignored } = await checkList(staging, listed, await options.bindings());
  const files = wanted.map((w) => w.info);
  const result = {
    rule: 'content' as const, requestedMode: options.mode, mode: options.mode, reason: '', received: 0, applied: 0, deleted: 0, bytes: 0, batches: 0, uptoSeq: 0, ignored,
    verification: { digestEqual: true, sampled: 0, mismatched: 0, repaired: 0, fellBackToComplete: false },
  };
  const present = await Promise.all(files.map((f) => content.has(f.algorithm as HashAlgorithm, f.hash)));
  const checkPercent = options.mode === 'complete' ? 100 : options.verifyPercent;
  const toCheck = files.filter((_, i) => present[i] && (checkPercent >= 100 || Math.random() * 100 < checkPercent));
  for (const f of toCheck) {
    result.verification.sampled++;
    if (await matches(content, f)) continue;
    result.verification.mismatched++;
    await content.remove(f.algorithm as HashAlgorithm, f.hash);
  }
  const stillPresent = await Promise.all(files.map((f) => content.has(f.algorithm as HashAlgorithm, f.hash)));
  const missing = wanted.filter((_, i) => !stillPresent[i]);
  const outcomes = await runLimited(missing, options.concurrency ?? 3, async ({ info: f, staged }) => {
    const got = options.store ? { size: await options.store(f) } : await downloadVerified({ url: options.urlFor(f.algorithm, f.hash), algorithm: f.algorithm as HashAlgorithm, hash: f.hash, expectedSize: f.size || undefined, store: content, policy: PARENT_LINK, certificateAuthority: options.certificateAuthority });
    await staging.recordStaged(f.updateKey, { ...staged, size: got.size, stagedAt: new Date().toISOString() } satisfies StagedFile);
    return got.size;
  });
  const failures = outcomes.filter((o) => o.status === 'rejected') as PromiseRejectedResult[];
  for (const o of outcomes) if (o.status === 'fulfilled') { result.received++; result.applied++; result.bytes += o.value; }
  result.verification.repaired = Math.min(result.verification.mismatched, result.applied);
  // Files already here (say, staged before this node became a child) still count as staged for their updates.
  for (let i = 0; i < wanted.length; i++) if (stillPresent[i]) await staging.recordStaged(files[i].updateKey, { ...wanted[i].staged, size: files[i].size, stagedAt: new Date().toISOString() });
  await staging.pruneUnmanaged(new Set(listed.map((f) => f.updateKey)));
  result.verification.digestEqual = failures.length === 0;
  if (failures.length) {
    const first = failures[0].reason as Error;
    // A failure that is not the node's own (a disk error's errno code) is reported under a code of the README's table.
    throw new PatchtreeError(first instanceof PatchtreeError ? first.code : 'STAGE_DOWNLOAD_FAILED', `${failures.length} of ${missing.length} content file(s) failed: ${first.message}`);
  }
  return result;
}

async function matches(content: ContentStore, f: ContentFileInfo): Promise<boolean> {
  const hash = createHash(f.algorithm);
  for await (const chunk of content.openRead(f.algorithm as HashAlgorithm, f.hash)) hash.update(chunk as Buffer);
  return hash.digest('hex') === f.hash;
}
