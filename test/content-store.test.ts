import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hasCode } from '../protocol/index.js';
import { ContentStore, type HashAlgorithm } from '../catalog/staging/index.js';
import { tempDir } from './helpers/temp.js';

const ALGORITHMS: HashAlgorithm[] = ['sha1', 'sha256', 'sha512'];
const digest = (algorithm: HashAlgorithm, bytes: Buffer) => createHash(algorithm).update(bytes).digest('hex');

let dir: string;
let cleanup: () => Promise<void>;
let store: ContentStore;

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir('patchtree-content-'));
  store = new ContentStore(dir);
});
afterEach(() => cleanup());

/** Puts bytes into the store the way a download does: a partial in tmp/, then commit. */
async function put(algorithm: HashAlgorithm, bytes: Buffer): Promise<string> {
  const hex = digest(algorithm, bytes);
  const partial = store.partialPathFor(algorithm, hex);
  await mkdir(store.tmpDir, { recursive: true });
  await writeFile(partial, bytes);
  await store.commit(partial, algorithm, hex);
  return hex;
}

function expectBadHash(fn: () => unknown): void {
  let caught: unknown;
  try {
    fn();
  } catch (err) {
    caught = err;
  }
  expect(hasCode(caught, 'CONTENT_BAD_HASH'), String(caught)).toBe(true);
}

describe('ContentStore naming', () => {
  it.each(ALGORITHMS)('files %s digests at <root>/<algorithm>/<hex[0..2]>/<hex>', (algorithm) => {
    const hex = digest(algorithm, Buffer.from('x'));
    expect(store.pathFor(algorithm, hex)).toBe(join(dir, algorithm, hex.slice(0, 2), hex));
    expect(store.partialPathFor(algorithm, hex).startsWith(join(dir, 'tmp') + '/')).toBe(true);
    expect(store.partialPathFor(algorithm, hex).endsWith('.part')).toBe(true);
  });

  it('rejects unknown algorithms, wrong lengths, uppercase and non-hex digests', () => {
    const sha256 = digest('sha256', Buffer.from('x'));
    expectBadHash(() => store.pathFor('md5' as HashAlgorithm, sha256.slice(0, 32)));
    expectBadHash(() => store.pathFor('' as HashAlgorithm, sha256));
    expectBadHash(() => store.pathFor('sha1', sha256)); // 64 chars for a 40-char algorithm
    expectBadHash(() => store.pathFor('sha256', sha256.toUpperCase()));
    expectBadHash(() => store.pathFor('sha256', `../../${sha256.slice(6)}`));
    expectBadHash(() => store.partialPathFor('sha512', 'g'.repeat(128)));
    expect(() => store.pathFor('sha256', 42 as unknown as string)).toThrow(TypeError);
  });

  it('rejects a bad digest in the async methods too', async () => {
    await expect(store.has('sha1', 'nope')).rejects.toMatchObject({ code: 'CONTENT_BAD_HASH' });
    await expect(store.remove('sha512', 'ab')).rejects.toMatchObject({ code: 'CONTENT_BAD_HASH' });
  });
});

describe('ContentStore files', () => {
  it('commits by atomic rename, then has/stat see it; a second commit of the same digest only drops the partial', async () => {
    const bytes = randomBytes(70_000);
    const hex = await put('sha256', bytes);
    expect(await store.has('sha256', hex)).toBe(true);
    expect(await store.stat('sha256', hex)).toBe(bytes.length);
    expect(await readdir(store.tmpDir)).toEqual([]);
    expect((await readFile(store.pathFor('sha256', hex))).equals(bytes)).toBe(true);

    const again = store.partialPathFor('sha256', hex);
    await writeFile(again, bytes);
    expect(await store.commit(again, 'sha256', hex)).toBe(store.pathFor('sha256', hex));
    expect(await readdir(store.tmpDir)).toEqual([]);
    expect((await readFile(store.pathFor('sha256', hex))).equals(bytes)).toBe(true);
  });

  it('reports absent digests and removes present ones', async () => {
    const hex = await put('sha1', randomBytes(1000));
    const other = digest('sha1', Buffer.from('absent'));
    expect(await store.has('sha1', other)).toBe(false);
    expect(await store.stat('sha1', other)).toBeUndefined();
    expect(await store.remove('sha1', other)).toBe(false);
    expect(await store.remove('sha1', hex)).toBe(true);
    expect(await store.has('sha1', hex)).toBe(false);
  });

  it('reads a whole file or an inclusive byte range', async () => {
    const bytes = randomBytes(300_000);
    const hex = await put('sha512', bytes);
    expect((await buffer(store.openRead('sha512', hex))).equals(bytes)).toBe(true);
    for (const [start, end] of [[0, 0], [1, 99_999], [123_456, 299_999], [299_999, 299_999]]) {
      const slice = await buffer(store.openRead('sha512', hex, { start, end }));
      expect(slice.equals(bytes.subarray(start, end + 1)), `${start}-${end}`).toBe(true);
    }
    expect((await buffer(store.openRead('sha512', hex, { start: 250_000 }))).equals(bytes.subarray(250_000))).toBe(true);
    expect(() => store.openRead('sha512', hex, { start: 10, end: 5 })).toThrow(TypeError);
  });

  it('lists what was committed, skipping partials and stray files', async () => {
    const expected = new Map<string, number>();
    for (const algorithm of ALGORITHMS) {
      for (let i = 0; i < 3; i++) {
        const bytes = randomBytes(100 + Math.floor(Math.random() * 5000));
        expected.set(`${algorithm}:${await put(algorithm, bytes)}`, bytes.length);
      }
    }
    // A download in progress and a file someone dropped in by hand are not content.
    await writeFile(store.partialPathFor('sha256', digest('sha256', Buffer.from('partial'))), 'half');
    await mkdir(join(dir, 'sha256', 'zz'), { recursive: true });
    await writeFile(join(dir, 'sha256', 'zz', 'setup.exe'), 'stray');

    const listed = new Map<string, number>();
    for await (const item of store.list()) listed.set(`${item.algorithm}:${item.hex}`, item.size);
    expect(listed).toEqual(expected);
  });

  it('lists nothing in an empty root', async () => {
    const items = [];
    for await (const item of new ContentStore(join(dir, 'missing')).list()) items.push(item);
    expect(items).toEqual([]);
  });
});
