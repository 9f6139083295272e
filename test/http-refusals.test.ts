import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SyncError } from '../protocol/index.js';
import { sendRaw } from './fuzz/engine/http.js';
import { startTestNode, TEST_TOKEN, type TestNode } from './helpers/node.js';

// Refusals the fuzz suite found without a stable code, or as INTERNAL: each
// is now a 4xx with a code, like every other bad input.

let node: TestNode;
let child: TestNode;
beforeAll(async () => {
  node = await startTestNode();
  // A node with a parent (one that is not there): its pull route reads the body.
  child = await startTestNode({ parent: { url: 'http://127.0.0.1:9', childId: 'site', credential: 'x', trustOnFirstUse: true }, pollSeconds: 3600 });
});
afterAll(async () => {
  await child?.close();
  await node?.close();
});

const code = (body: Buffer) => JSON.parse(body.toString('utf8')).error.code;

describe('requests the HTTP parser refuses', () => {
  it('a header with a control character: 400 BAD_REQUEST with a JSON body and the code in a header', async () => {
    const res = await sendRaw(node.url, { method: 'GET', path: '/api/v1/status', headers: [['authorization', `Bearer ${TEST_TOKEN}\u0001`]] });
    expect(res.status).toBe(400);
    expect(code(res.body)).toBe('BAD_REQUEST');
    expect(res.headers['x-patchtree-error']).toBe('BAD_REQUEST');
  });

  it('a method in lower case (not HTTP): 400 BAD_REQUEST', async () => {
    const res = await sendRaw(node.url, { method: 'post', path: '/sync/v1/hello', headers: [] });
    expect(res.status).toBe(400);
    expect(code(res.body)).toBe('BAD_REQUEST');
  });

  it('headers over 16 KiB: 431 HEADERS_TOO_LARGE', async () => {
    const res = await sendRaw(node.url, { method: 'GET', path: `/api/v1/status?x=${'a'.repeat(20_000)}`, headers: [] });
    expect(res.status).toBe(431);
    expect(code(res.body)).toBe('HEADERS_TOO_LARGE');
  });
});

describe('a method a route does not take', () => {
  it('on the admin API: 405 METHOD_NOT_ALLOWED, with the Allow header', async () => {
    const res = await sendRaw(node.url, { method: 'PATCH', path: '/api/v1/languages', headers: [['authorization', `Bearer ${TEST_TOKEN}`]] });
    expect(res.status).toBe(405);
    expect(code(res.body)).toBe('METHOD_NOT_ALLOWED');
    expect(res.headers.allow).toMatch(/PUT/);
  });

  it('one the node does not know at all: 405 METHOD_NOT_ALLOWED, not 501', async () => {
    const res = await sendRaw(node.url, { method: 'PROPFIND', path: '/api/v1/languages', headers: [['authorization', `Bearer ${TEST_TOKEN}`]] });
    expect(res.status).toBe(405);
    expect(code(res.body)).toBe('METHOD_NOT_ALLOWED');
  });

  it('on the sync API: 405 with a SyncError body and the x-patchtree-error header', async () => {
    const res = await sendRaw(node.url, { method: 'DELETE', path: '/sync/v1/verify', headers: [] });
    expect(res.status).toBe(405);
    expect(res.headers['x-patchtree-error']).toBe('METHOD_NOT_ALLOWED');
    expect(SyncError.decode(res.body).code).toBe('METHOD_NOT_ALLOWED');
  });
});

describe('POST /replication/pull', () => {
  it('a body that is JSON but not an object (null) is BAD_REQUEST, not INTERNAL', async () => {
    for (const body of ['null', '"catalog"', '[]']) {
      const res = await child.api('POST', '/replication/pull', body);
      expect(res.status, body).toBe(400);
      expect(res.body.error.code, body).toBe('BAD_REQUEST');
    }
  });
});
