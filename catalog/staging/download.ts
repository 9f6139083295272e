import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rm, stat } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import got, { RequestError, type Response } from 'got';
import { PatchtreeError } from '../../protocol/index.js';
import { forbiddenCause, isHttpUrl, type FetchPolicy } from '../sources/fetch-policy.js';
import { redactUrl } from '../sources/redact.js';
import { assertHash, type ContentStore, type HashAlgorithm } from './content-store.js';

/** Largest file downloaded when its catalog declares no size, unless the config says otherwise: 8 GiB (the largest update packages are a few GiB). */
export const DEFAULT_DOWNLOAD_MAX_BYTES = 8 * 1024 ** 3;

export interface DownloadProgress {
  /** Bytes of the file held so far, counting those kept from earlier attempts. */
  received: number;
  total?: number;
}

export interface DownloadRetry {
  /** The attempt that comes next (2 for the first retry). */
  attempt: number;
  delayMs: number;
  code: string;
  message: string;
}

export interface DownloadOptions {
  url: string;
  /** The vendor's hash algorithm, or '' when the vendor gives no hash. */
  algorithm: HashAlgorithm | '';
  /** The vendor's lowercase hex digest, or '' when it gives none. */
  hash: string;
  /** The size the catalog declares: no more than this is ever written (STAGE_SIZE_MISMATCH), and a shorter file is refused too when there is no hash. */
  expectedSize?: number;
  /** Where downloads may go (schemes, addresses), checked on the URL, every redirect and the address connected to. */
  policy: FetchPolicy;
  /** With no declared size, a file larger than this is refused while it streams (STAGE_TOO_LARGE); default DEFAULT_DOWNLOAD_MAX_BYTES. */
  maxBytes?: number;
  store: ContentStore;
  /** Consecutive failed attempts (without new bytes) retried before giving up; default 4. */
  retries?: number;
  /** Idle / response-header timeout of each request; default 30 s. */
  timeoutMs?: number;
  /** Backoff before the first retry, doubled each time (capped at 30 s); default 500 ms. */
  backoffMs?: number;
  onProgress?: (p: DownloadProgress) => void;
  /** Told when an attempt failed and another follows after `delayMs` (what a progress display shows while it waits). */
  onRetry?: (r: DownloadRetry) => void;
  signal?: AbortSignal;
  /** PEM certificate(s) to trust for https (a parent node with its own CA). */
  certificateAuthority?: string;
}

export interface DownloadResult {
  algorithm: HashAlgorithm;
  hash: string;
  size: number;
  /** Final path in the content store. */
  path: string;
  /** False when the vendor gave no hash: the file is filed under the sha256 computed here. */
  verified: boolean;
  /** True when the file was already stored and no request was made. */
  cached: boolean;
  /** True when the stored bytes include some kept from an earlier, cut attempt. */
  resumed: boolean;
  /** HTTP requests made. */
  attempts: number;
}

const MAX_BACKOFF_MS = 30_000;

/** Downloads in flight, by partial path: a second call for the same file waits for the first. */
const inFlight = new Map<string, Promise<unknown>>();

interface Job {
  url: string;
  /** The URL as messages show it (credentials redacted). */
  shown: string;
  vendor: { algorithm: HashAlgorithm; hash: string } | undefined;
  expectedSize?: number;
  policy: FetchPolicy;
  /** No more bytes than this are written: the declared size, else the cap. */
  limit: number;
  store: ContentStore;
  retries: number;
  timeoutMs: number;
  backoffMs: number;
  onProgress?: (p: DownloadProgress) => void;
  onRetry?: (r: DownloadRetry) => void;
  signal?: AbortSignal;
  partial: string;
  certificateAuthority?: string;
}

/** What one download has done so far, across its attempts. */
interface Session {
  attempts: number;
  resumed: boolean;
  /** Strong ETag of the first full answer, sent as If-Range so a changed file restarts instead of splicing. */
  etag?: string;
  /** Bytes the partial holds as the current attempt stands (what it kept, then what it appended, or from 0 when it starts over). */
  held: number;
  /**
   * The most the partial held at the end of an earlier attempt. An attempt that passes it made progress and resets
   * the failure count; one that only received bytes again (a server ignoring Range while the link always cuts at
   * the same byte) did not, and counts as a failure, so that such a download ends instead of retrying for ever.
   */
  mostHeld: number;
}

/**
 * Downloads `url` into the content store, resuming after connection cuts with
 * HTTP Range and hashing as the bytes arrive; commits the file under the
 * vendor's hash when it matches (STAGE_HASH_MISMATCH otherwise), or under its
 * computed sha256 when the vendor gives none. A file already stored is
 * returned without any request.
 */
export async function downloadVerified(options: DownloadOptions): Promise<DownloadResult> {
  const job = toJob(options);
  // Two downloads of one file would write one partial; the second waits, then finds it stored.
  for (let running = inFlight.get(job.partial); running; running = inFlight.get(job.partial)) {
    await running.catch(() => undefined);
  }
  const run = download(job);
  inFlight.set(job.partial, run);
  try {
    return await run;
  } finally {
    if (inFlight.get(job.partial) === run) inFlight.delete(job.partial);
  }
}

function toJob(o: DownloadOptions): Job {
  if (!o || typeof o.url !== 'string') throw new TypeError('downloadVerified needs options with a url string');
  const retries = o.retries ?? 4;
  if (!Number.isInteger(retries) || retries < 0) throw new TypeError(`retries must be a non-negative integer, got ${retries}`);
  if (!isHttpUrl(o.url)) {
    throw new PatchtreeError('STAGE_DOWNLOAD_FAILED', `not an http(s) download URL: "${redactUrl(o.url.slice(0, 200))}"`, { details: { url: redactUrl(o.url) } });
  }
  o.policy.checkUrl(o.url, 'download');
  let vendor: Job['vendor'];
  if (o.hash !== '') {
    assertHash(o.algorithm, o.hash);
    vendor = { algorithm: o.algorithm, hash: o.hash };
  }
  // Without a vendor hash the partial is keyed by the URL's hash: still a name chosen here, not by the network.
  const partial = vendor
    ? o.store.partialPathFor(vendor.algorithm, vendor.hash)
    : o.store.partialPathFor('sha256', createHash('sha256').update(`url:${o.url}`).digest('hex'));
  return {
    url: o.url,
    shown: redactUrl(o.url),
    vendor,
    expectedSize: o.expectedSize,
    policy: o.policy,
    limit: o.expectedSize ?? o.maxBytes ?? DEFAULT_DOWNLOAD_MAX_BYTES,
    store: o.store,
    retries,
    timeoutMs: o.timeoutMs ?? 30_000,
    backoffMs: o.backoffMs ?? 500,
    onProgress: o.onProgress,
    onRetry: o.onRetry,
    signal: o.signal,
    partial,
    certificateAuthority: o.certificateAuthority,
  };
}

async function download(job: Job): Promise<DownloadResult> {
  if (job.vendor) {
    const size = await job.store.stat(job.vendor.algorithm, job.vendor.hash);
    if (size !== undefined) {
      const path = job.store.pathFor(job.vendor.algorithm, job.vendor.hash);
      return { ...job.vendor, size, path, verified: true, cached: true, resumed: false, attempts: 0 };
    }
  }
  await mkdir(job.store.tmpDir, { recursive: true });
  // A URL-keyed partial from an earlier run may be of a file that has since changed: only hash-keyed ones resume across runs.
  if (!job.vendor) await rm(job.partial, { force: true });
  const session: Session = { attempts: 0, resumed: false, held: 0, mostHeld: 0 };
  let failures = 0;
  for (;;) {
    abortIfAsked(job);
    let fetched: { digest: string; size: number };
    try {
      fetched = await fetchIntoPartial(job, session);
    } catch (err) {
      const failure = classify(job, err);
      if (!failure.retry) {
        if (failure.discardPartial) await rm(job.partial, { force: true });
        throw failure.error;
      }
      failures = session.held > session.mostHeld ? 1 : failures + 1;
      session.mostHeld = Math.max(session.mostHeld, session.held);
      if (failures > job.retries) throw failure.error;
      const delayMs = Math.min(job.backoffMs * 2 ** (failures - 1), MAX_BACKOFF_MS);
      job.onRetry?.({ attempt: session.attempts + 1, delayMs, code: failure.error.code, message: failure.error.message });
      await pause(job, delayMs);
      continue;
    }
    return commitVerified(job, session, fetched);
  }
}

/**
 * One attempt: re-hashes what the partial already holds, asks for the rest
 * with Range, and appends it (or starts over when the server sends it all).
 * Each chunk is written before it is counted, so the partial's size on disk is
 * always exactly what was received, whatever cuts the attempt.
 */
async function fetchIntoPartial(job: Job, session: Session): Promise<{ digest: string; size: number }> {
  let offset = await sizeOf(job.partial);
  if (job.expectedSize !== undefined && offset > job.expectedSize) {
    await rm(job.partial, { force: true });
    offset = 0;
  }
  session.held = offset;
  let hash = createHash(job.vendor?.algorithm ?? 'sha256');
  if (offset > 0) await hashFile(job.partial, hash);
  if (offset > 0 && offset === job.expectedSize) {
    session.resumed = true; // finished by an earlier run that stopped before committing
    return { digest: hash.digest('hex'), size: offset };
  }

  const headers: Record<string, string> = { 'user-agent': 'patchtree', 'accept-encoding': 'identity' };
  if (offset > 0) headers.range = `bytes=${offset}-`;
  if (offset > 0 && session.etag) headers['if-range'] = session.etag;
  session.attempts++;
  const stream = got.stream(job.url, {
    ...job.policy.gotOptions(),
    headers,
    decompress: false,
    retry: { limit: 0 },
    throwHttpErrors: false,
    timeout: { connect: job.timeoutMs, response: job.timeoutMs, socket: job.timeoutMs },
    signal: job.signal,
    ...(job.certificateAuthority ? { https: { certificateAuthority: job.certificateAuthority } } : {}),
  });
  const response = await responseOf(stream);
  const status = response.statusCode;

  if (offset > 0 && status === 416) {
    stream.destroy();
    // "bytes */N" with N equal to what we hold means the partial is already whole.
    if (rangeTotal(response) === offset) {
      session.resumed = true;
      return { digest: hash.digest('hex'), size: offset };
    }
    await rm(job.partial, { force: true });
    throw failed(job, `GET ${job.shown}: range ${offset}- not satisfiable; starting over`, status);
  }
  if (status === 206) {
    if (rangeStart(response) !== offset) {
      stream.destroy();
      await rm(job.partial, { force: true });
      throw failed(job, `GET ${job.shown}: answered a range not starting at ${offset}; starting over`, status);
    }
    session.resumed = offset > 0;
  } else if (status === 200) {
    if (offset > 0) {
      // The server ignored Range (or If-Range saw a change): take the whole body from byte 0.
      offset = 0;
      hash = createHash(job.vendor?.algorithm ?? 'sha256');
      session.resumed = false;
      session.held = 0;
    }
    const etag = header(response, 'etag');
    if (etag && !etag.startsWith('W/')) session.etag = etag;
  } else {
    stream.destroy();
    throw failed(job, `GET ${job.shown} answered ${status}`, status);
  }

  const length = Number(header(response, 'content-length'));
  if (Number.isSafeInteger(length) && offset + length > job.limit) {
    stream.destroy();
    throw oversized(job, offset + length);
  }
  const total = job.expectedSize ?? (Number.isSafeInteger(length) ? offset + length : rangeTotal(response));
  let received = offset;
  job.onProgress?.({ received, total });
  const file = await open(job.partial, offset > 0 ? 'a' : 'w');
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      // Never a byte past the declared size (or the cap): a server that sends more is refused as it streams.
      if (received + chunk.length > job.limit) {
        stream.destroy();
        throw oversized(job, received + chunk.length);
      }
      await file.write(chunk);
      hash.update(chunk);
      received += chunk.length;
      session.held = received;
      job.onProgress?.({ received, total });
    }
  } finally {
    await file.close();
  }
  return { digest: hash.digest('hex'), size: received };
}

async function commitVerified(job: Job, session: Session, fetched: { digest: string; size: number }): Promise<DownloadResult> {
  const { attempts, resumed } = session;
  if (job.vendor) {
    const { algorithm, hash: expected } = job.vendor;
    if (fetched.digest !== expected) {
      await rm(job.partial, { force: true });
      throw new PatchtreeError('STAGE_HASH_MISMATCH', `${job.shown}: ${algorithm} is ${fetched.digest}, the vendor says ${expected}`, {
        details: { url: job.shown, algorithm, expected, actual: fetched.digest },
      });
    }
    const path = await job.store.commit(job.partial, algorithm, expected);
    return { algorithm, hash: expected, size: fetched.size, path, verified: true, cached: false, resumed, attempts };
  }
  // With no vendor hash the size is the only check against what the vendor published.
  if (job.expectedSize !== undefined && fetched.size !== job.expectedSize) {
    await rm(job.partial, { force: true });
    throw new PatchtreeError('STAGE_SIZE_MISMATCH', `${job.shown}: got ${fetched.size} bytes, the vendor says ${job.expectedSize}`, {
      details: { url: job.shown, expected: job.expectedSize, actual: fetched.size },
    });
  }
  const path = await job.store.commit(job.partial, 'sha256', fetched.digest);
  return { algorithm: 'sha256', hash: fetched.digest, size: fetched.size, path, verified: false, cached: false, resumed, attempts };
}

/**
 * Network failures and 5xx are retried (the partial is kept to resume from);
 * a 4xx is final and drops the partial; an abort keeps it for a later run.
 */
function classify(job: Job, err: unknown): { retry: boolean; discardPartial: boolean; error: PatchtreeError } {
  if (job.signal?.aborted) return { retry: false, discardPartial: false, error: aborted(job, err) };
  const refused = forbiddenCause(err);
  if (refused) return { retry: false, discardPartial: true, error: refused };
  if (err instanceof PatchtreeError && FINAL_CODES.has(err.code)) return { retry: false, discardPartial: true, error: err };
  if (err instanceof PatchtreeError) {
    const status = Number(err.details.status);
    const final = status >= 400 && status < 500 && status !== 416;
    return { retry: !final, discardPartial: final, error: err };
  }
  if (err instanceof RequestError) {
    const error = new PatchtreeError('STAGE_DOWNLOAD_FAILED', `GET ${job.shown} failed: ${redactUrl(err.message)}`, {
      cause: err,
      details: { url: job.shown, reason: err.code },
    });
    return { retry: true, discardPartial: false, error };
  }
  // Local trouble (disk full, permissions): retrying the network will not help.
  const error = new PatchtreeError('STAGE_DOWNLOAD_FAILED', `${job.shown}: ${(err as Error)?.message ?? String(err)}`, {
    cause: err,
    details: { url: job.shown, reason: (err as NodeJS.ErrnoException)?.code },
  });
  return { retry: false, discardPartial: false, error };
}

/** Refusals that another attempt would meet again: the partial goes, and so does the download. */
const FINAL_CODES = new Set(['STAGE_SIZE_MISMATCH', 'STAGE_TOO_LARGE']);

/** More bytes than the catalog declares (STAGE_SIZE_MISMATCH), or than the cap when it declares none (STAGE_TOO_LARGE). */
function oversized(job: Job, bytes: number): PatchtreeError {
  const url = job.shown;
  if (job.expectedSize !== undefined) {
    return new PatchtreeError('STAGE_SIZE_MISMATCH', `${url}: the server sends more than the ${job.expectedSize} bytes the catalog declares (${bytes} at least); nothing kept`, {
      details: { url, expected: job.expectedSize, actual: bytes },
    });
  }
  return new PatchtreeError('STAGE_TOO_LARGE', `${url}: larger than ${job.limit} bytes (config "downloadMaxBytes") and the catalog declares no size; nothing kept`, {
    details: { url, maxBytes: job.limit, actual: bytes },
  });
}

function failed(job: Job, message: string, status: number): PatchtreeError {
  return new PatchtreeError('STAGE_DOWNLOAD_FAILED', message, { details: { url: job.shown, status } });
}

function aborted(job: Job, cause?: unknown): PatchtreeError {
  return new PatchtreeError('STAGE_ABORTED', `download of ${job.shown} aborted`, { cause: cause ?? job.signal?.reason, details: { url: job.shown } });
}

function abortIfAsked(job: Job): void {
  if (job.signal?.aborted) throw aborted(job);
}

async function pause(job: Job, ms: number): Promise<void> {
  try {
    await sleep(ms, undefined, { signal: job.signal });
  } catch (err) {
    throw aborted(job, err);
  }
}

/**
 * Resolves with the response head, or rejects with the request's error. The
 * error listener stays on: a cut between the head and the body loop must not
 * become an uncaught 'error' (the body loop still sees it).
 */
function responseOf(stream: ReturnType<typeof got.stream>): Promise<Response> {
  return new Promise((resolve, reject) => {
    stream.on('error', reject);
    stream.once('response', resolve);
  });
}

async function hashFile(path: string, hash: Hash): Promise<void> {
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
}

async function sizeOf(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw err;
  }
}

function header(response: Response, name: string): string | undefined {
  const value = response.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** First byte of a `Content-Range: bytes a-b/n` answer. */
function rangeStart(response: Response): number | undefined {
  const match = /^bytes (\d+)-\d+\/(?:\d+|\*)$/.exec(header(response, 'content-range')?.trim() ?? '');
  return match ? Number(match[1]) : undefined;
}

/** Full length from `Content-Range: bytes a-b/n` or `bytes *\/n`. */
function rangeTotal(response: Response): number | undefined {
  const match = /\/(\d+)$/.exec(header(response, 'content-range')?.trim() ?? '');
  return match ? Number(match[1]) : undefined;
}
