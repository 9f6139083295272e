import { randomBytes } from 'node:crypto';
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchPolicy } from '../catalog/sources/fetch-policy.js';
import { spoolDocument } from '../catalog/sources/fetch.js';
import { ContentStore, downloadVerified } from '../catalog/staging/index.js';
import { MAX_RECORD_BYTES } from '../catalog/import/record-size.js';
import { MAX_FRAME_BYTES, PatchtreeError } from '../protocol/index.js';
import { openCatalog } from './helpers/catalog.js';
import { TEST_FETCH_POLICY } from './helpers/fetch-policy.js';
import { startFileServer, type TestServer } from './helpers/http-server.js';
import { tempDir } from './helpers/temp.js';

const KB = 1024;
const MB = 1024 * KB;

async function refusal(promise: Promise<unknown>): Promise<PatchtreeError> {
  const err = await promise.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(PatchtreeError);
  return err as PatchtreeError;
}

/** Writes `chunk` over and over until the client goes away (an endless or lying server); never more than `limit` bytes. */
function endless(res: ServerResponse, chunk: Buffer, limit = 256 * MB): void {
  let sent = 0;
  const pump = () => {
    while (sent < limit && !res.destroyed) {
      sent += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    res.end();
  };
  pump();
}

const handled = (_: unknown) => true;

let server: TestServer;
/** Resolves the trickling response of /trickle so that it ends. */
let release: () => void = () => {};
let trickleStarted: () => void = () => {};

beforeAll(async () => {
  const zeros = Buffer.alloc(64 * KB);
  const bomb = gzipSync(Buffer.alloc(64 * MB)); // ~64 KB that inflates to 64 MB
  server = await startFileServer('/nonexistent', [
    (req, res) => {
      switch (req.url) {
        case '/liar': // declared 1,000 bytes by the catalog, sends megabytes
          res.writeHead(200);
          return handled(endless(res, randomBytes(64 * KB)));
        case '/liar-length': // says up front it is larger than declared
          return handled(res.writeHead(200, { 'content-length': 5 * MB }).end(randomBytes(5 * MB)));
        case '/endless':
          res.writeHead(200);
          return handled(endless(res, zeros));
        case '/bomb': // a catalog compressed on the wire
          return handled(res.writeHead(200, { 'content-encoding': 'gzip' }).end(bomb));
        case '/bomb-file': // a gzip file served as is: the native parser inflates it
          return handled(res.writeHead(200).end(bomb));
        case '/trickle': {
          // Headers and a first line at once, then nothing until released: a slow feed.
          res.writeHead(200);
          res.write('{"id":"T1","vendor":"v","title":"t","updates":[]}\n');
          trickleStarted();
          new Promise<void>((ok) => (release = ok)).then(() => res.end('{"id":"T2","vendor":"v","title":"t","updates":[]}\n'));
          return true;
        }
        case '/drip': { // one byte every 50 ms: never idle long, never done
          res.writeHead(200);
          const timer = setInterval(() => (res.destroyed ? clearInterval(timer) : res.write(' ')), 50);
          res.once('close', () => clearInterval(timer));
          return true;
        }
        default:
          return false;
      }
    },
  ]);
});
afterAll(async () => {
  release();
  await server.close();
});

describe('staging stops at the declared size or the cap', () => {
  it('never writes more than the declared 1,000 bytes: STAGE_SIZE_MISMATCH, partial removed', async () => {
    const { dir, cleanup } = await tempDir('patchtree-bounds-');
    try {
      const store = new ContentStore(join(dir, 'content'));
      let most = 0;
      for (const path of ['/liar', '/liar-length']) {
        const err = await refusal(downloadVerified({
          url: `${server.url}${path}`, algorithm: '', hash: '', expectedSize: 1000, store, policy: TEST_FETCH_POLICY, retries: 3, backoffMs: 1,
          onProgress: (p) => (most = Math.max(most, p.received)),
        }));
        expect(err.code, path).toBe('STAGE_SIZE_MISMATCH');
        expect(await readdir(store.tmpDir).catch(() => [])).toEqual([]);
      }
      expect(most).toBeLessThanOrEqual(1000);
      // Refused at once: a lie is not retried.
      expect(server.requests.filter((r) => r.path === '/liar')).toHaveLength(1);
    } finally {
      await cleanup();
    }
  });

  it('without a declared size, stops at downloadMaxBytes: STAGE_TOO_LARGE, partial removed', async () => {
    const { dir, cleanup } = await tempDir('patchtree-bounds-');
    try {
      const store = new ContentStore(join(dir, 'content'));
      let most = 0;
      const err = await refusal(downloadVerified({
        url: `${server.url}/endless`, algorithm: '', hash: '', store, policy: TEST_FETCH_POLICY, maxBytes: 2 * MB, retries: 0,
        onProgress: (p) => (most = Math.max(most, p.received)),
      }));
      expect(err.code).toBe('STAGE_TOO_LARGE');
      expect(most).toBeLessThanOrEqual(2 * MB);
      expect(await readdir(store.tmpDir).catch(() => [])).toEqual([]);
    } finally {
      await cleanup();
    }
  });
});

describe('catalog fetches are capped while they stream', () => {
  it('a gzip-encoded response that inflates past the cap is refused; the spool holds at most the cap', async () => {
    const { dir, cleanup } = await tempDir('patchtree-bounds-');
    try {
      const path = join(dir, 'doc');
      const err = await refusal(spoolDocument(`${server.url}/bomb`, path, { policy: TEST_FETCH_POLICY, maxBytes: 1 * MB, retries: 0 }));
      expect(err.code).toBe('CATALOG_TOO_LARGE');
      expect((await stat(path).catch(() => ({ size: 0 }))).size).toBeLessThanOrEqual(1 * MB);
    } finally {
      await cleanup();
    }
  });

  it('an endless file: source (/dev/zero) stops at the cap', async () => {
    const { dir, cleanup } = await tempDir('patchtree-bounds-');
    try {
      const policy = new FetchPolicy({ localFiles: ['file:///dev/zero'] });
      // A watchdog stops the read if the cap does not (/dev/zero fills a disk in seconds).
      const watchdog = new AbortController();
      const timer = setInterval(() => void stat(join(dir, 'doc')).then((s) => s.size > 64 * MB && watchdog.abort(), () => {}), 20);
      const err = await refusal(spoolDocument('file:///dev/zero', join(dir, 'doc'), { policy, maxBytes: 4 * MB, signal: watchdog.signal })).finally(() => clearInterval(timer));
      expect(err.code).toBe('CATALOG_TOO_LARGE');
      expect((await stat(join(dir, 'doc'))).size).toBeLessThanOrEqual(4 * MB);
    } finally {
      await cleanup();
    }
  });

  it('a native gzip file that inflates past the cap fails the import, which stores nothing and leaves the spool empty', async () => {
    const c = await openCatalog({ fetch: { maxBytes: 1 * MB } });
    try {
      await c.catalog.sources.put({ name: 'bomb', type: 'native', urls: [`${server.url}/bomb-file`] });
      const err = await refusal(c.catalog.importSource('bomb'));
      expect(err.code).toBe('CATALOG_TOO_LARGE');
      expect(c.catalog.store.lastSeq).toBe(0);
      expect(await readdir(join(c.dir, 'spool'))).toEqual([]);
    } finally {
      await c.close();
    }
  });

  it('the spool is emptied when the catalog opens (an import killed mid-way leaves files there)', async () => {
    const { dir, cleanup } = await tempDir('patchtree-bounds-');
    try {
      await mkdir(join(dir, 'spool', 'import-left-by-a-kill'), { recursive: true });
      await writeFile(join(dir, 'spool', 'import-left-by-a-kill', '0'), randomBytes(MB));
      const c = await openCatalog({ dir });
      try {
        expect(await readdir(join(dir, 'spool')).catch(() => [])).toEqual([]);
      } finally {
        await c.close();
      }
    } finally {
      await cleanup();
    }
  });
});

describe('the import lock', () => {
  it('is not held while a slow feed is fetched: an admin edit that needs it goes through first', async () => {
    const c = await openCatalog();
    try {
      await c.catalog.sources.put({ name: 'slow', type: 'native', urls: [`${server.url}/trickle`] });
      const started = new Promise<void>((ok) => (trickleStarted = ok));
      const importing = c.catalog.importSource('slow').then(() => 'import', () => 'import failed');
      await started;
      // Severity levels are written under the import lock; with the old code they wait for the whole import.
      const editing = c.catalog.settings.setSeverityLevels(['Urgent', 'Later']).then(() => 'edit');
      // Let the feed finish anyway after a while, so the old code fails this test instead of hanging it.
      const fallback = setTimeout(() => release(), 3_000);
      const first = await Promise.race([editing, importing]);
      release();
      clearTimeout(fallback);
      expect(first).toBe('edit');
      expect(await importing).toBe('import');
      expect(await c.catalog.settings.severityLevels()).toEqual(['Urgent', 'Later']);
    } finally {
      await c.close();
    }
  });

  it('a source removed while its documents are fetched is not written back', async () => {
    const c = await openCatalog();
    try {
      await c.catalog.sources.put({ name: 'slow', type: 'native', urls: [`${server.url}/trickle`] });
      const started = new Promise<void>((ok) => (trickleStarted = ok));
      const importing = c.catalog.importSource('slow').then(() => undefined, (e: unknown) => e);
      await started;
      await c.catalog.removeSource('slow');
      release();
      const err = await importing;
      expect(err).toMatchObject({ code: 'NOT_FOUND' });
      expect(c.catalog.store.lastSeq).toBe(0);
    } finally {
      await c.close();
    }
  });

  it('a feed that drips a byte at a time cannot run past the import deadline: CATALOG_FETCH_TIMEOUT', async () => {
    const c = await openCatalog({ fetch: { deadlineMs: 500, timeoutMs: 5_000 } });
    try {
      await c.catalog.sources.put({ name: 'drip', type: 'native', urls: [`${server.url}/drip`] });
      const err = await refusal(c.catalog.importSource('drip'));
      expect(err.code).toBe('CATALOG_FETCH_TIMEOUT');
      expect(c.catalog.store.lastSeq).toBe(0);
    } finally {
      await c.close();
    }
  });
});

describe('a record larger than a sync frame can carry', () => {
  it('the limit is derived from the protocol frame limit', () => {
    expect(MAX_RECORD_BYTES).toBeLessThan(MAX_FRAME_BYTES);
    expect(MAX_RECORD_BYTES).toBeGreaterThan(MAX_FRAME_BYTES - 2 * MB);
  });

  it('is refused at import, naming the entry, and nothing is stored', async () => {
    const c = await openCatalog();
    try {
      const { dir } = c;
      const path = join(dir, 'big.ndjson');
      const small = { id: 'SMALL', vendor: 'v', title: 't', updates: [] };
      const big = {
        id: 'BIG', vendor: 'v', title: 't',
        updates: [{ id: 'U1', language: 'neutral', url: 'https://x.example/a.msu', commandLine: 'x'.repeat(MAX_RECORD_BYTES) }],
      };
      await writeFile(path, `${JSON.stringify(small)}\n${JSON.stringify(big)}\n`);
      const policy = new FetchPolicy({ localFiles: [pathToFileURL(path).href] });
      const c2 = await openCatalog({ fetch: { policy } });
      try {
        await c2.catalog.sources.put({ name: 'big', type: 'native', urls: [pathToFileURL(path).href] }, { allowFile: true });
        const err = await refusal(c2.catalog.importSource('big'));
        expect(err.code).toBe('CATALOG_RECORD_TOO_LARGE');
        expect(err.message).toMatch(/entry 2/);
        expect(err.message).toMatch(/update "U1" of bulletin "BIG"/);
        expect(c2.catalog.store.lastSeq).toBe(0);
      } finally {
        await c2.close();
      }
    } finally {
      await c.close();
    }
  });
});
