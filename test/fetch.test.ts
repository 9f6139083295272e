import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { text } from 'node:stream/consumers';
import { fetchDocument } from '../catalog/sources/fetch.js';
import { TEST_FETCH_POLICY } from './helpers/fetch-policy.js';
import { startFileServer, type TestServer } from './helpers/http-server.js';

let server: TestServer;
let failuresLeft = 0;
beforeAll(async () => {
  server = await startFileServer('/nonexistent', [
    (req, res) => {
      if (req.url === '/flaky') {
        if (failuresLeft-- > 0) return void res.writeHead(503).end('busy'), true;
        res.writeHead(200, { etag: '"v1"', 'last-modified': 'Tue, 14 Mar 2017 17:00:00 GMT' }).end('payload');
        return true;
      }
      if (req.url === '/gone') return void res.writeHead(404).end(), true;
      if (req.url === '/conditional') {
        if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end(), true;
        res.writeHead(200, { etag: '"v1"' }).end('fresh');
        return true;
      }
      if (req.url === '/slow') return true; // never answers
      return false;
    },
  ]);
});
afterAll(() => server?.close());

const count = (path: string) => server.requests.filter((r) => r.path === path).length;

describe('fetchDocument', () => {
  it('retries a 5xx with backoff and returns the body with its validators', async () => {
    failuresLeft = 2;
    const doc = await fetchDocument(`${server.url}/flaky`, { policy: TEST_FETCH_POLICY, retries: 3, backoffMs: 5 });
    if (doc === 'not-modified') throw new Error('unexpected 304');
    expect(await text(doc.body)).toBe('payload');
    expect(doc).toMatchObject({ etag: '"v1"', lastModified: 'Tue, 14 Mar 2017 17:00:00 GMT' });
    expect(count('/flaky')).toBe(3);
  });

  it('gives up after the retries with CATALOG_FETCH', async () => {
    failuresLeft = 10;
    const before = count('/flaky');
    await expect(fetchDocument(`${server.url}/flaky`, { policy: TEST_FETCH_POLICY, retries: 2, backoffMs: 5 })).rejects.toMatchObject({ code: 'CATALOG_FETCH', details: { status: 503 } });
    expect(count('/flaky') - before).toBe(3);
  });

  it('does not retry a 4xx', async () => {
    await expect(fetchDocument(`${server.url}/gone`, { policy: TEST_FETCH_POLICY, retries: 3, backoffMs: 5 })).rejects.toMatchObject({ code: 'CATALOG_FETCH', details: { status: 404 } });
    expect(count('/gone')).toBe(1);
  });

  it('sends validators and reports not-modified', async () => {
    expect(await fetchDocument(`${server.url}/conditional`, { policy: TEST_FETCH_POLICY, validators: { etag: '"v1"' } })).toBe('not-modified');
    const fresh = await fetchDocument(`${server.url}/conditional`, { policy: TEST_FETCH_POLICY, validators: { etag: '"v0"' } });
    expect(fresh).not.toBe('not-modified');
    if (fresh !== 'not-modified') fresh.body.destroy();
  });

  it('times out a server that never answers', async () => {
    await expect(fetchDocument(`${server.url}/slow`, { policy: TEST_FETCH_POLICY, retries: 0, timeoutMs: 200 })).rejects.toMatchObject({ code: 'CATALOG_FETCH_TIMEOUT' });
  });

  it('fetches from a mirror while keeping the document URL', async () => {
    failuresLeft = 0;
    const doc = await fetchDocument('https://vendor.example/feed/flaky', { policy: TEST_FETCH_POLICY, mirrors: [{ from: 'https://vendor.example/feed/', to: `${server.url}/` }] });
    if (doc === 'not-modified') throw new Error('unexpected 304');
    expect(doc.url).toBe('https://vendor.example/feed/flaky');
    expect(await text(doc.body)).toBe('payload');
  });
});
