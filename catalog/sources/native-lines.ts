/**
 * The byte level of the native format: gzip detection, line splitting and
 * UTF-8 checking, kept apart from the field checks so each reads on its own.
 */
import { isUtf8 } from 'node:buffer';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { PatchtreeError } from '../../protocol/index.js';
import { CatalogParseError } from '../errors.js';
import type { ParseContext } from './model.js';
import { redactUrl } from './redact.js';

/** A line longer than this is refused rather than buffered without bound (a bulletin line is tens of KB). */
export const MAX_LINE_BYTES = 64 * 1024 * 1024;

const GZIP_MAGIC_0 = 0x1f;
const GZIP_MAGIC_1 = 0x8b;
const NEWLINE = 0x0a;
const BLANK = /^\s*$/;
/**
 * Larger inflate chunks and read-ahead than zlib's 16 KiB default: inflating
 * runs on the thread pool, so a deeper buffer lets it work while this thread
 * parses JSON, and fewer lines straddle two chunks.
 */
const GUNZIP_OPTIONS = { chunkSize: 256 * 1024, highWaterMark: 1024 * 1024 };

/** Called with the text of each non-blank line and its 1-based physical line number; a returned promise is awaited before the next line (backpressure). */
export type LineHandler = (text: string, line: number) => void | Promise<void>;

/**
 * Reads a document that may be gzip-compressed (told by the magic bytes
 * 1f 8b, never by the name: servers and mirrors rename files) and calls
 * onLine for every non-blank line, including a last line without a newline.
 * Corrupt or truncated gzip, invalid UTF-8 and oversized lines become
 * CatalogParseError; errors thrown by onLine pass through unchanged.
 */
export async function readLines(body: Readable, ctx: ParseContext, onLine: LineHandler): Promise<void> {
  const splitter = new LineSplitter(ctx, onLine);
  const chunks = body[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const head = await readHead(chunks);
  const source = prepend(head, chunks);
  if (!isGzip(head)) {
    for await (const chunk of source) await splitter.push(chunk);
    await splitter.end();
    return;
  }
  // A small gzip can inflate to any size: count what comes out, so a bomb stops here, not after filling memory or disk.
  const max = ctx.maxBytes ?? Infinity;
  let inflatedBytes = 0;
  try {
    await pipeline(source, createGunzip(GUNZIP_OPTIONS), async (inflated: AsyncIterable<Buffer>) => {
      for await (const chunk of inflated) {
        inflatedBytes += chunk.length;
        if (inflatedBytes > max) {
          throw new PatchtreeError('CATALOG_TOO_LARGE', `source "${ctx.source}": ${redactUrl(ctx.url)} inflates to more than ${max} bytes (config "catalogMaxBytes"); nothing of it was imported`, {
            details: { source: ctx.source, url: redactUrl(ctx.url), maxBytes: max },
          });
        }
        await splitter.push(chunk);
      }
    });
  } catch (err) {
    if (!isZlibError(err)) throw err;
    throw new CatalogParseError(ctx.source, { url: ctx.url, line: splitter.line + 1 }, `corrupt gzip stream: ${(err as Error).message}`, err);
  }
  await splitter.end();
}

/** First chunks of the body, enough to hold the two magic bytes (or all of a shorter body). */
async function readHead(chunks: AsyncIterator<Buffer | string>): Promise<Buffer[]> {
  const head: Buffer[] = [];
  let length = 0;
  while (length < 2) {
    const next = await chunks.next();
    if (next.done) break;
    const chunk = asBuffer(next.value);
    head.push(chunk);
    length += chunk.length;
  }
  return head;
}

function isGzip(head: Buffer[]): boolean {
  const bytes = head.length === 1 ? head[0] : Buffer.concat(head);
  return bytes.length >= 2 && bytes[0] === GZIP_MAGIC_0 && bytes[1] === GZIP_MAGIC_1;
}

/** The peeked chunks, then the rest; returning early (an error downstream) releases the body. */
async function* prepend(head: Buffer[], rest: AsyncIterator<Buffer | string>): AsyncGenerator<Buffer> {
  try {
    yield* head;
    for (let next = await rest.next(); !next.done; next = await rest.next()) yield asBuffer(next.value);
  } finally {
    await rest.return?.();
  }
}

const asBuffer = (chunk: Buffer | string): Buffer => (typeof chunk === 'string' ? Buffer.from(chunk) : chunk);

/** zlib stream errors carry Z_* codes (Z_DATA_ERROR, Z_BUF_ERROR for a truncated stream). */
function isZlibError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('Z_');
}

/**
 * Splits bytes on LF. Splitting before decoding is safe because 0x0a never
 * occurs inside a multi-byte UTF-8 sequence, and it lets a character cut
 * across two chunks join up with its line before it is decoded.
 */
class LineSplitter {
  /** Physical lines emitted so far, blank ones included. */
  line = 0;
  private pending: Buffer[] = [];
  private pendingLength = 0;

  constructor(private readonly ctx: ParseContext, private readonly onLine: LineHandler) {}

  async push(chunk: Buffer): Promise<void> {
    let start = 0;
    for (let nl = chunk.indexOf(NEWLINE); nl !== -1; nl = chunk.indexOf(NEWLINE, start)) {
      const tail = chunk.subarray(start, nl);
      start = nl + 1;
      const handled = this.emit(this.pending.length > 0 ? this.takePending(tail) : tail);
      if (handled) await handled;
    }
    if (start < chunk.length) {
      const rest = chunk.subarray(start);
      this.pending.push(rest);
      this.pendingLength += rest.length;
      if (this.pendingLength > MAX_LINE_BYTES) this.tooLong(this.line + 1);
    }
  }

  /** Emits the last line when the document does not end with a newline. */
  async end(): Promise<void> {
    if (this.pending.length > 0) await this.emit(this.takePending());
  }

  private takePending(tail?: Buffer): Buffer {
    if (tail) this.pending.push(tail);
    const line = Buffer.concat(this.pending, this.pendingLength + (tail?.length ?? 0));
    this.pending = [];
    this.pendingLength = 0;
    return line;
  }

  private emit(bytes: Buffer): void | Promise<void> {
    this.line++;
    if (bytes.length > MAX_LINE_BYTES) this.tooLong(this.line);
    // A UTF-8 byte order mark is tolerated at the start of the document only.
    if (this.line === 1 && bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    if (!isUtf8(bytes)) {
      throw new CatalogParseError(this.ctx.source, { url: this.ctx.url, line: this.line }, 'invalid UTF-8');
    }
    const text = bytes.toString('utf8');
    if (BLANK.test(text)) return;
    return this.onLine(text, this.line);
  }

  private tooLong(line: number): never {
    throw new CatalogParseError(this.ctx.source, { url: this.ctx.url, line }, `line longer than ${MAX_LINE_BYTES} bytes`);
  }
}
