import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PatchtreeError, readReceivedFrames, type RawBatch, type ReceivedFrame } from '../../protocol/index.js';
import { compareKeys, isValidHash, type ContentStore, type HashAlgorithm } from '../../catalog/index.js';
import type { BundleFile } from '../bundle-format.js';
import type { ParentPort } from '../port.js';
import * as wire from '../wire.js';

type Session = NonNullable<ReturnType<BundleFile['sessions']['get']>>;

const needsComplete = (why: string) => new PatchtreeError('BUNDLE_NEEDS_COMPLETE', `${why}: export a complete bundle for this node (patchtree export --complete)`);

/**
 * Which batches of a recorded session this node has applied already, or a
 * refusal when the session does not continue what it holds. One decision
 * for the check before an import begins and for the replay itself:
 *
 * - the session applied whole (checkpoint at its end): every batch is skipped
 *   (unless a complete run is asked for: verification found the set wrong);
 * - a complete session cut short: the batches up to the checkpoint's key;
 * - a differential session: it must start where this node is (the checkpoint
 *   the parent recorded for the previous bundle) or be this node's own run
 *   cut short; the batches up to the checkpoint's sequence are skipped.
 */
export function replayPlan(session: Session, checkpoint: wire.Checkpoint | undefined, requested: wire.ModeName): (batch: RawBatch) => boolean {
  const { start } = session.start;
  const mode = wire.modeFromWire(start.mode, 'BUNDLE_DAMAGED');
  const rule = session.meta.rule;
  if (requested === 'complete' && mode !== 'complete') throw needsComplete(`this node's ${rule} records differ from its parent's after the bundle`);
  const cp = checkpoint;
  const same = !!cp && cp.storeId === start.storeId && cp.filter === start.filter;
  if (requested !== 'complete' && same && cp.seq === start.uptoSeq && !cp.completeAfterKey) return () => true;
  if (mode === 'complete') {
    if (same && cp.completeAfterKey && cp.completeUpto === start.uptoSeq) return (b) => b.lastKey !== '' && compareKeys(b.lastKey, cp.completeAfterKey!) <= 0;
    return () => false;
  }
  const base = session.meta.base;
  if (!same || !base || cp.completeAfterKey || cp.seq < base.seq || cp.seq > start.uptoSeq) {
    throw new PatchtreeError('BUNDLE_NOT_FOLLOWING', `the bundle's ${rule} changes follow sequence ${base?.seq ?? '?'} of its parent; this node holds ${cp ? `sequence ${cp.seq}${cp.completeAfterKey ? ' (a complete run cut short)' : ''}${same ? '' : ' of another store or scope'}` : 'no checkpoint'}: apply the bundles in order, or export a complete one`);
  }
  return (b) => b.lastSeq <= cp.seq;
}

/**
 * The parent port of a bundle: the parent's recorded answers to the calls
 * of a network run, read from the file. The child's run code does the
 * applying as on the network (batches with checkpoints, the publishers'
 * signatures, the whole-set digest, content hashes); what this port adds is
 * the replay: a run resumed after a kill skips the batches it applied.
 */
export class BundlePort implements ParentPort {
  constructor(private readonly bundle: BundleFile) {}

  async hello(): Promise<wire.HelloAck> {
    return wire.decodeHelloAck(this.bundle.hello);
  }

  async *session(request: wire.SessionRequest): AsyncIterable<ReceivedFrame> {
    const session = this.bundle.sessions.get(request.rule);
    if (!session) throw new PatchtreeError('BUNDLE_DAMAGED', `the bundle carries no ${request.rule} session`);
    const applied = replayPlan(session, request.checkpoint, request.mode);
    for await (const frame of readReceivedFrames(this.bundle.frameBytes(request.rule))) {
      if (frame.kind === 'batch' && applied(frame.batch)) continue;
      yield frame;
    }
  }

  // A bundle answers what a network run asks of its parent on its own; the child's own sample needs a parent to ask.
  async verify(): Promise<wire.KeyHash[]> {
    throw needsComplete('a bundle answers no verification sample');
  }

  // eslint-disable-next-line require-yield
  async *sample(): AsyncIterable<wire.KeyHash[]> {
    throw needsComplete('a bundle answers no verification sample');
  }

  async fetch(): Promise<Uint8Array[]> {
    throw needsComplete('a bundle answers no repair of single records');
  }

  /** The run stays in this node's history; a disconnected parent hears of it from nobody. */
  async reportRun(): Promise<void> {}

  async contentList(): Promise<wire.ContentFileInfo[]> {
    return wire.decodeContentList(this.bundle.contentList);
  }

  contentUrl(algorithm: string, hash: string): string {
    return `bundle:${algorithm}/${hash}`;
  }

  /** Copies a carried file into the content store, verified by its hash as a download is; none carried: a complete bundle is needed. */
  async storeContent(file: wire.ContentFileInfo, store: ContentStore): Promise<number> {
    const carried = this.bundle.files.get(`${file.algorithm}:${file.hash}`);
    if (!carried) throw needsComplete(`the bundle does not carry the file ${file.algorithm} ${file.hash} of ${file.updateKey}, which this node lacks`);
    if (!isValidHash(file.algorithm, file.hash)) throw new PatchtreeError('CONTENT_BAD_HASH', `the bundle names a file ${file.algorithm} ${file.hash.slice(0, 200)}`);
    const algorithm = file.algorithm as HashAlgorithm;
    if (file.size && carried.length !== file.size) throw new PatchtreeError('STAGE_SIZE_MISMATCH', `the bundle carries ${carried.length} bytes for ${file.updateKey}, whose list says ${file.size}`);
    await mkdir(store.tmpDir, { recursive: true });
    const partial = store.partialPathFor(algorithm, file.hash);
    const digest = createHash(algorithm);
    const hashing = new Transform({ transform(chunk, _encoding, done) { digest.update(chunk); done(null, chunk); } });
    await pipeline(this.bundle.fileStream(carried), hashing, createWriteStream(partial));
    const got = digest.digest('hex');
    if (got !== file.hash) {
      await rm(partial, { force: true });
      throw new PatchtreeError('STAGE_HASH_MISMATCH', `the bundle's bytes for ${file.updateKey} hash to ${got}, not ${file.hash}; discarded`);
    }
    await store.commit(partial, algorithm, file.hash);
    return carried.length;
  }
}

/**
 * The parent port of a node whose parent has no network path to it (its
 * config names the parent without a URL): the bundle being imported, or
 * none, and every call is refused (REPL_NO_PARENT).
 */
export class BundleSlot implements ParentPort {
  private port?: BundlePort;

  load(port: BundlePort): void {
    this.port = port;
  }

  unload(): void {
    this.port = undefined;
  }

  private get current(): BundlePort {
    if (!this.port) throw new PatchtreeError('REPL_NO_PARENT', 'this node has no network path to its parent: it takes what its parent sends from bundles (patchtree import-bundle)');
    return this.port;
  }

  hello: ParentPort['hello'] = async () => this.current.hello();
  async *session(request: wire.SessionRequest): AsyncIterable<ReceivedFrame> {
    yield* this.current.session(request);
  }
  verify: ParentPort['verify'] = async () => this.current.verify();
  async *sample(): AsyncIterable<wire.KeyHash[]> {
    yield* this.current.sample();
  }
  fetch: ParentPort['fetch'] = async () => this.current.fetch();
  reportRun: ParentPort['reportRun'] = async () => this.current.reportRun();
  contentList: ParentPort['contentList'] = async () => this.current.contentList();
  contentUrl: ParentPort['contentUrl'] = (algorithm, hash) => `bundle:${algorithm}/${hash}`;
  storeContent: NonNullable<ParentPort['storeContent']> = (file, store) => this.current.storeContent(file, store);
}
