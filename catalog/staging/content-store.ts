import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { PatchtreeError } from '../../protocol/index.js';

/** Hash algorithms that vendors publish and the store files by. */
export type HashAlgorithm = 'sha1' | 'sha256' | 'sha512';

/** Hex digest length of each algorithm. */
export const HEX_LENGTH: Readonly<Record<HashAlgorithm, number>> = Object.freeze({ sha1: 40, sha256: 64, sha512: 128 });

const ALGORITHMS = Object.keys(HEX_LENGTH) as HashAlgorithm[];
const HEX = /^[0-9a-f]+$/;

/** An inclusive byte range, as in HTTP `Range: bytes=start-end` (end defaults to the last byte). */
export interface ByteRange {
  start: number;
  end?: number;
}

/** One file held by the store. */
export interface StoredContent {
  algorithm: HashAlgorithm;
  hex: string;
  size: number;
}

/** True when `value` names a supported hash algorithm. */
export function isHashAlgorithm(value: unknown): value is HashAlgorithm {
  return typeof value === 'string' && (ALGORITHMS as string[]).includes(value);
}

/** True when `hex` is a well-formed lowercase digest for `algorithm`. */
export function isValidHash(algorithm: unknown, hex: unknown): boolean {
  return isHashAlgorithm(algorithm) && typeof hex === 'string' && hex.length === HEX_LENGTH[algorithm] && HEX.test(hex);
}

/**
 * Throws CONTENT_BAD_HASH unless (algorithm, hex) is a valid digest. The pair
 * usually comes from vendor data, so a bad value is a domain error; a
 * non-string is a programmer mistake and gets a TypeError.
 */
export function assertHash(algorithm: unknown, hex: unknown): asserts algorithm is HashAlgorithm {
  if (typeof algorithm !== 'string' || typeof hex !== 'string') throw new TypeError('algorithm and hex must be strings');
  if (!isValidHash(algorithm, hex)) {
    throw new PatchtreeError('CONTENT_BAD_HASH', `not a valid ${algorithm || '(no algorithm)'} digest: "${hex.slice(0, 140)}"`, {
      details: { algorithm, hash: hex },
    });
  }
}

/**
 * Package files on disk, named only by their hash
 * (`<root>/<algorithm>/<hex[0..2]>/<hex>`), never by a name that came over the
 * network. Downloads land in `<root>/tmp/` and are renamed into place whole,
 * so a reader never sees half a file under a hash path.
 */
export class ContentStore {
  readonly root: string;
  readonly tmpDir: string;

  constructor(root: string) {
    if (typeof root !== 'string' || root === '') throw new TypeError('ContentStore needs a root directory');
    this.root = root;
    this.tmpDir = join(root, 'tmp');
  }

  /** Where the file of this digest lives (whether or not it is there). */
  pathFor(algorithm: HashAlgorithm, hex: string): string {
    assertHash(algorithm, hex);
    return join(this.root, algorithm, hex.slice(0, 2), hex);
  }

  /** Where a download of this digest keeps its bytes until verified; kept across runs so it can resume. */
  partialPathFor(algorithm: HashAlgorithm, hex: string): string {
    assertHash(algorithm, hex);
    return join(this.tmpDir, `${algorithm}-${hex}.part`);
  }

  /** True when the file of this digest is in the store. */
  async has(algorithm: HashAlgorithm, hex: string): Promise<boolean> {
    return (await this.stat(algorithm, hex)) !== undefined;
  }

  /** Size in bytes of the stored file, or undefined when absent. */
  async stat(algorithm: HashAlgorithm, hex: string): Promise<number | undefined> {
    const info = await statOrUndefined(this.pathFor(algorithm, hex));
    return info?.isFile() ? info.size : undefined;
  }

  /**
   * Moves a verified partial file into place under its digest and returns the
   * final path. Idempotent: when the digest is already stored, the partial is
   * simply removed (same hash, same bytes).
   */
  async commit(partialPath: string, algorithm: HashAlgorithm, hex: string): Promise<string> {
    const target = this.pathFor(algorithm, hex);
    if (await this.has(algorithm, hex)) {
      await rm(partialPath, { force: true });
      return target;
    }
    // Flush before the rename so a crash cannot leave a short file under a hash name.
    const handle = await open(partialPath, 'r+');
    try {
      await handle.datasync();
    } finally {
      await handle.close();
    }
    await mkdir(join(this.root, algorithm, hex.slice(0, 2)), { recursive: true });
    await rename(partialPath, target);
    return target;
  }

  /** Deletes the file of this digest; resolves true when there was one. */
  async remove(algorithm: HashAlgorithm, hex: string): Promise<boolean> {
    const existed = await this.has(algorithm, hex);
    await rm(this.pathFor(algorithm, hex), { force: true });
    return existed;
  }

  /**
   * A stream of the stored bytes, whole or an inclusive range (for HTTP Range).
   * A missing file surfaces as an ENOENT 'error' event on the stream; callers
   * that answer HTTP check `stat()` first to know the size anyway.
   */
  openRead(algorithm: HashAlgorithm, hex: string, range?: ByteRange): Readable {
    const path = this.pathFor(algorithm, hex);
    if (range === undefined) return createReadStream(path);
    checkRange(range);
    return createReadStream(path, { start: range.start, end: range.end });
  }

  /** Every stored file, by algorithm then prefix; stray files that are not digests are skipped. */
  async *list(): AsyncGenerator<StoredContent> {
    for (const algorithm of ALGORITHMS) {
      for (const prefix of await namesIn(join(this.root, algorithm))) {
        for (const hex of await namesIn(join(this.root, algorithm, prefix))) {
          if (!isValidHash(algorithm, hex) || !hex.startsWith(prefix)) continue;
          const info = await statOrUndefined(join(this.root, algorithm, prefix, hex));
          if (info?.isFile()) yield { algorithm, hex, size: info.size };
        }
      }
    }
  }
}

function checkRange(range: ByteRange): void {
  const { start, end } = range;
  if (!Number.isSafeInteger(start) || start < 0) throw new TypeError(`bad range start ${start}`);
  if (end !== undefined && (!Number.isSafeInteger(end) || end < start)) throw new TypeError(`bad range end ${end}`);
}

async function statOrUndefined(path: string) {
  try {
    return await stat(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

async function namesIn(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).sort();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
}
