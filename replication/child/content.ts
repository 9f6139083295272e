import { createHash } from 'node:crypto';
import { PatchtreeError } from '../../protocol/index.js';
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
}

/**
 * The content rule on a child: downloads the package files of the parent's
 * staged updates in the child's languages that it lacks, verified by hash
 * (and resumed with Range after a cut), and records them as staged here.
 * Verification re-hashes the configured percentage of the files it already
 * holds (all of them in complete mode); a damaged file is fetched again.
 * Files of updates this node no longer manages leave its content store.
 */
export async function runContent(staging: Staging, content: ContentStore, options: ContentRunOptions): Promise<Omit<RunResult, 'rule'> & { rule: 'content' }> {
  const files = await options.list();
  const result = {
    rule: 'content' as const, requestedMode: options.mode, mode: options.mode, reason: '', received: 0, applied: 0, deleted: 0, bytes: 0, batches: 0, uptoSeq: 0,
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
  const missing = files.filter((_, i) => !stillPresent[i]);
  const outcomes = await runLimited(missing, options.concurrency ?? 3, async (f) => {
    const got = await downloadVerified({ url: options.urlFor(f.algorithm, f.hash), algorithm: f.algorithm as HashAlgorithm, hash: f.hash, expectedSize: f.size || undefined, store: content, policy: PARENT_LINK, certificateAuthority: options.certificateAuthority });
    await staging.recordStaged(f.updateKey, { algorithm: f.algorithm, hash: f.hash, size: got.size, verified: f.verified, stagedAt: new Date().toISOString() } satisfies StagedFile);
    return got.size;
  });
  const failures = outcomes.filter((o) => o.status === 'rejected') as PromiseRejectedResult[];
  for (const o of outcomes) if (o.status === 'fulfilled') { result.received++; result.applied++; result.bytes += o.value; }
  result.verification.repaired = Math.min(result.verification.mismatched, result.applied);
  // Files already here (say, staged before this node became a child) still count as staged for their updates.
  for (let i = 0; i < files.length; i++) if (stillPresent[i]) await staging.recordStaged(files[i].updateKey, { algorithm: files[i].algorithm, hash: files[i].hash, size: files[i].size, verified: files[i].verified, stagedAt: new Date().toISOString() });
  await staging.pruneUnmanaged(new Set(files.map((f) => f.updateKey)));
  result.verification.digestEqual = failures.length === 0;
  if (failures.length) {
    const first = failures[0].reason as PatchtreeError;
    throw new PatchtreeError(first.code ?? 'STAGE_DOWNLOAD_FAILED', `${failures.length} of ${missing.length} content file(s) failed: ${first.message}`);
  }
  return result;
}

async function matches(content: ContentStore, f: ContentFileInfo): Promise<boolean> {
  const hash = createHash(f.algorithm);
  for await (const chunk of content.openRead(f.algorithm as HashAlgorithm, f.hash)) hash.update(chunk as Buffer);
  return hash.digest('hex') === f.hash;
}
