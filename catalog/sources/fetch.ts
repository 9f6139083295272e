import { createReadStream, createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { addAbortSignal, pipeline as pipe, Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import got, { type Response } from 'got';
import { PatchtreeError } from '../../protocol/index.js';
import { forbidden, forbiddenCause, type FetchPolicy } from './fetch-policy.js';
import { redactUrl } from './redact.js';

/** Largest catalog document fetched (after any Content-Encoding is undone) unless the config says otherwise: 2 GiB. */
export const DEFAULT_CATALOG_MAX_BYTES = 2 * 1024 ** 3;

/** Validators remembered per document URL, for "only download if modified". */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

export interface FetchedDocument extends Validators {
  url: string;
  body: Readable;
}

export interface FetchOptions {
  /** What may be fetched (schemes, addresses, local files); checked on the URL, every redirect and the address connected to. */
  policy: FetchPolicy;
  validators?: Validators;
  /**
   * Vendor mirrors: a URL starting with `from` is fetched from `to` plus the
   * rest instead (an internal mirror of a vendor feed, or a test server
   * standing in for the internet). The document and its links are not rewritten.
   */
  mirrors?: ReadonlyArray<{ from: string; to: string }>;
  /** Idle timeout: no byte for this long (headers or body) ends the request; default 30 s. */
  timeoutMs?: number;
  retries?: number;
  /** Backoff before the first retry, doubled each time. */
  backoffMs?: number;
  /** Largest document in bytes, counted after any Content-Encoding is undone (a gzip bomb stops here); default DEFAULT_CATALOG_MAX_BYTES. */
  maxBytes?: number;
  /** Aborts the fetch (the import's fetch deadline): CATALOG_FETCH_TIMEOUT. */
  signal?: AbortSignal;
}

/**
 * Fetches one catalog document with got (http/https) or from disk (file:, when
 * the policy allows that file), sending If-None-Match / If-Modified-Since when
 * validators are given. Failures before the body starts are retried with
 * backoff (5xx and network errors); a 4xx or a refusal of the policy is
 * final. The body is a stream that errors with CATALOG_TOO_LARGE past
 * `maxBytes`.
 */
export async function fetchDocument(url: string, options: FetchOptions): Promise<FetchedDocument | 'not-modified'> {
  const target = mirrored(url, options.mirrors);
  options.policy.checkUrl(target, 'catalog document');
  const scope = scopedSignal(options.signal);
  try {
    const fetched = await fetchFrom(target, { ...options, signal: scope.signal });
    if (fetched === 'not-modified') {
      scope.release();
      return fetched;
    }
    const body = capped(fetched.body, options.maxBytes ?? DEFAULT_CATALOG_MAX_BYTES, url);
    body.once('close', scope.release);
    return { ...fetched, url, body };
  } catch (err) {
    scope.release();
    throw err;
  }
}

/**
 * A signal of one document's own that follows the import's deadline, and lets
 * go of it once the document is read: requests leave their abort listeners
 * on the signal they are given, and an import of thousands of pages would
 * pile them all on the one deadline.
 */
function scopedSignal(deadline: AbortSignal | undefined): { signal?: AbortSignal; release: () => void } {
  if (!deadline) return { release: () => {} };
  const own = new AbortController();
  const follow = () => own.abort(deadline.reason);
  if (deadline.aborted) follow();
  else deadline.addEventListener('abort', follow, { once: true });
  return { signal: own.signal, release: () => deadline.removeEventListener('abort', follow) };
}

/**
 * Fetches a document into `path` (the import spool), whole or not at all:
 * every failure on the way, the body's included, is a coded error
 * (CATALOG_FETCH, CATALOG_FETCH_TIMEOUT, CATALOG_TOO_LARGE, FETCH_FORBIDDEN).
 */
export async function spoolDocument(url: string, path: string, options: FetchOptions): Promise<FetchedDocument | 'not-modified'> {
  let fetched: FetchedDocument | 'not-modified';
  try {
    fetched = await fetchDocument(url, options);
    if (fetched === 'not-modified') return fetched;
    await pipeline(fetched.body, createWriteStream(path));
  } catch (err) {
    throw wrap(url, err, options);
  }
  return fetched;
}

/** The URL to fetch for `url`: on its mirror when one applies, and never outside the mirror's folder ("../"). */
function mirrored(url: string, mirrors: FetchOptions['mirrors']): string {
  const mirror = mirrors?.find((m) => url.startsWith(m.from));
  if (!mirror) return url;
  const target = mirror.to + url.slice(mirror.from.length);
  let inside = false;
  try {
    inside = new URL(target).href.startsWith(new URL(mirror.to).href);
  } catch {
    inside = false;
  }
  if (!inside) throw forbidden(`catalog document ${redactUrl(url)}: its mirrored URL leaves the mirror's folder`, { url: redactUrl(url) });
  return target;
}

async function fetchFrom(url: string, options: FetchOptions): Promise<FetchedDocument | 'not-modified'> {
  if (url.startsWith('file:')) return fetchFile(url, options);
  const retries = options.retries ?? 3;
  let delay = options.backoffMs ?? 250;
  for (let attempt = 0; ; attempt++) {
    try {
      return await requestOnce(url, options);
    } catch (err) {
      const error = wrap(url, err, options);
      const status = Number(error.details.status);
      const final = error.code !== 'CATALOG_FETCH' || (status >= 400 && status < 500);
      if (final || attempt >= retries) throw error;
      await new Promise((ok) => setTimeout(ok, delay));
      delay *= 2;
    }
  }
}

function requestOnce(url: string, options: FetchOptions): Promise<FetchedDocument | 'not-modified'> {
  const headers: Record<string, string> = { 'user-agent': 'patchtree', 'accept-encoding': 'gzip, deflate, br' };
  if (options.validators?.etag) headers['if-none-match'] = options.validators.etag;
  if (options.validators?.lastModified) headers['if-modified-since'] = options.validators.lastModified;
  const idle = options.timeoutMs ?? 30_000;
  const stream = got.stream(url, {
    ...options.policy.gotOptions(),
    headers,
    retry: { limit: 0 },
    throwHttpErrors: false,
    signal: options.signal,
    // socket: idle timeout on every read, so a body that stalls mid-way fails.
    timeout: { lookup: 5_000, connect: 10_000, response: idle, socket: idle },
  });
  return new Promise((resolve, reject) => {
    stream.once('error', reject);
    stream.once('response', (response: Response) => {
      stream.off('error', reject);
      if (response.statusCode === 304) {
        stream.destroy();
        return resolve('not-modified');
      }
      if (response.statusCode >= 400) {
        stream.destroy();
        return reject(new PatchtreeError('CATALOG_FETCH', `GET ${redactUrl(url)} answered ${response.statusCode}`, { details: { url: redactUrl(url), status: response.statusCode } }));
      }
      // Only a body sent as is has a length to check up front; a compressed one is counted as it inflates.
      const length = Number(header(response, 'content-length'));
      const max = options.maxBytes ?? DEFAULT_CATALOG_MAX_BYTES;
      if (!header(response, 'content-encoding') && Number.isSafeInteger(length) && length > max) {
        stream.destroy();
        return reject(tooLarge(url, max));
      }
      resolve({
        url,
        body: stream,
        etag: header(response, 'etag'),
        lastModified: header(response, 'last-modified'),
      });
    });
  });
}

async function fetchFile(url: string, options: FetchOptions): Promise<FetchedDocument | 'not-modified'> {
  const path = fileURLToPath(url);
  let info;
  try {
    info = await stat(path);
  } catch (cause) {
    throw new PatchtreeError('CATALOG_FETCH', `cannot read ${redactUrl(url)}: ${(cause as NodeJS.ErrnoException).code ?? 'error'}`, { details: { url: redactUrl(url) } });
  }
  const lastModified = info.mtime.toUTCString();
  const etag = `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
  if (options.validators?.etag === etag) return 'not-modified';
  const body = createReadStream(path);
  return { url, body: options.signal ? addAbortSignal(options.signal, body) : body, etag, lastModified };
}

/** `body`, ended with CATALOG_TOO_LARGE past `max` bytes (and the source destroyed, so an endless file stops being read). */
function capped(body: Readable, max: number, url: string): Readable {
  let seen = 0;
  const cap = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length;
      callback(seen > max ? tooLarge(url, max) : null, seen > max ? undefined : chunk);
    },
  });
  pipe(body, cap, () => {});
  return cap;
}

function tooLarge(url: string, max: number): PatchtreeError {
  return new PatchtreeError('CATALOG_TOO_LARGE', `${redactUrl(url)} is larger than ${max} bytes (config "catalogMaxBytes"); nothing of it was imported`, { details: { url: redactUrl(url), maxBytes: max } });
}

function header(response: Response, name: string): string | undefined {
  const value = response.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Any failure of a fetch as a coded error that names the (redacted) URL and never carries document bytes. */
function wrap(url: string, err: unknown, options: Pick<FetchOptions, 'signal'>): PatchtreeError {
  const refused = forbiddenCause(err);
  if (refused) return refused;
  if (err instanceof PatchtreeError) return err;
  const shown = redactUrl(url);
  if (options.signal?.aborted) {
    return new PatchtreeError('CATALOG_FETCH_TIMEOUT', `GET ${shown}: the import's fetch deadline passed (config "importTimeoutMs")`, { details: { url: shown } });
  }
  const code = (err as { code?: string } | null)?.code;
  if (code === 'ETIMEDOUT' || (err as Error)?.name === 'TimeoutError') {
    return new PatchtreeError('CATALOG_FETCH_TIMEOUT', `GET ${shown}: no byte for too long (config "fetchTimeoutMs")`, { details: { url: shown } });
  }
  return new PatchtreeError('CATALOG_FETCH', `GET ${shown} failed: ${redactUrl((err as Error)?.message ?? String(err))}`, { details: { url: shown, reason: code } });
}
