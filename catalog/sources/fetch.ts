import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Readable } from 'node:stream';
import got, { type Response } from 'got';
import { PatchtreeError } from '../../protocol/index.js';

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
  validators?: Validators;
  /**
   * Vendor mirrors: a URL starting with `from` is fetched from `to` plus the
   * rest instead (an internal mirror of a vendor feed, or a test server
   * standing in for the internet). The document and its links are not rewritten.
   */
  mirrors?: ReadonlyArray<{ from: string; to: string }>;
  timeoutMs?: number;
  retries?: number;
  /** Backoff before the first retry, doubled each time. */
  backoffMs?: number;
}

/**
 * Fetches one catalog document with got (http/https) or from disk (file:),
 * sending If-None-Match / If-Modified-Since when validators are given.
 * Failures before the body starts are retried with backoff (5xx and network
 * errors); a 4xx is final. The body is a stream: parsers read it as it comes.
 */
export async function fetchDocument(url: string, options: FetchOptions = {}): Promise<FetchedDocument | 'not-modified'> {
  const mirror = options.mirrors?.find((m) => url.startsWith(m.from));
  const target = mirror ? mirror.to + url.slice(mirror.from.length) : url;
  const fetched = await fetchFrom(target, options);
  return fetched === 'not-modified' ? fetched : { ...fetched, url };
}

async function fetchFrom(url: string, options: FetchOptions): Promise<FetchedDocument | 'not-modified'> {
  if (url.startsWith('file:')) return fetchFile(url, options.validators);
  const retries = options.retries ?? 3;
  let delay = options.backoffMs ?? 250;
  for (let attempt = 0; ; attempt++) {
    try {
      return await requestOnce(url, options);
    } catch (err) {
      const retryable = !(err instanceof PatchtreeError && err.details.status && Number(err.details.status) < 500);
      if (!retryable || attempt >= retries) throw wrap(url, err);
      await new Promise((ok) => setTimeout(ok, delay));
      delay *= 2;
    }
  }
}

function requestOnce(url: string, options: FetchOptions): Promise<FetchedDocument | 'not-modified'> {
  const headers: Record<string, string> = { 'user-agent': 'patchtree', 'accept-encoding': 'gzip, deflate, br' };
  if (options.validators?.etag) headers['if-none-match'] = options.validators.etag;
  if (options.validators?.lastModified) headers['if-modified-since'] = options.validators.lastModified;
  const stream = got.stream(url, {
    headers,
    retry: { limit: 0 },
    throwHttpErrors: false,
    // socket: a body that stalls mid-way fails instead of holding the import lock for ever.
    timeout: { lookup: 5_000, connect: 10_000, response: options.timeoutMs ?? 30_000, socket: options.timeoutMs ?? 30_000 },
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
        return reject(new PatchtreeError('CATALOG_FETCH', `GET ${url} answered ${response.statusCode}`, { details: { url, status: response.statusCode } }));
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

async function fetchFile(url: string, validators?: Validators): Promise<FetchedDocument | 'not-modified'> {
  const path = fileURLToPath(url);
  let info;
  try {
    info = await stat(path);
  } catch (cause) {
    throw new PatchtreeError('CATALOG_FETCH', `cannot read ${url}: ${(cause as Error).message}`, { cause, details: { url } });
  }
  const lastModified = info.mtime.toUTCString();
  const etag = `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
  if (validators?.etag === etag) return 'not-modified';
  return { url, body: createReadStream(path), etag, lastModified };
}

function header(response: Response, name: string): string | undefined {
  const value = response.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function wrap(url: string, err: unknown): PatchtreeError {
  if (err instanceof PatchtreeError) return err;
  return new PatchtreeError('CATALOG_FETCH', `GET ${url} failed: ${(err as Error).message}`, { cause: err, details: { url } });
}
