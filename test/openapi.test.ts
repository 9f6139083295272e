import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Router from '@koa/router';
import { Validator } from '@seriousme/openapi-schema-validator';
import { buildRouters } from '../node/app.js';
import { openApiPath } from '../node/openapi.js';
import { defineRoute, mountRoutes } from '../node/route-table.js';
import { startTestNode, type TestNode } from './helpers/node.js';

let node: TestNode;
let document: { openapi: string; paths: Record<string, Record<string, { security?: unknown[]; requestBody?: unknown }>> };

beforeAll(async () => {
  node = await startTestNode();
  const res = await node.api('GET', '/openapi.json');
  expect(res.status).toBe(200);
  document = res.body;
});
afterAll(() => node?.close());

/** `GET /api/v1/sources/{name}` for every method and path the document describes. */
const documented = () => new Set(Object.entries(document.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`)));

describe('GET /api/v1/openapi.json', () => {
  it('is OpenAPI 3.1 and valid by its schema', async () => {
    expect(document.openapi).toBe('3.1.0');
    const validator = new Validator();
    const result = await validator.validate(document as unknown as Parameters<Validator['validate']>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('documents every route the routers register, and no route they do not', () => {
    const { api, open } = buildRouters(node.node.context);
    // The routers' own layer lists; HEAD is the router's echo of each GET.
    const registered = new Set([...api.stack, ...open.stack].flatMap((layer) => layer.methods.filter((m) => m !== 'HEAD').map((m) => `${m} ${openApiPath(String(layer.path))}`)));
    expect(registered.size).toBeGreaterThan(50);
    expect([...registered].filter((r) => !documented().has(r))).toEqual([]);
    expect([...documented()].filter((r) => !registered.has(r))).toEqual([]);
  });

  it('marks admin routes with the bearer token, health and the open routes without', () => {
    expect(document.paths['/api/v1/languages'].put.security).toEqual([{ adminToken: [] }]);
    expect(document.paths['/api/v1/health'].get.security).toBeUndefined();
    expect(document.paths['/metrics'].get.security).toBeUndefined();
    expect(document.paths['/sync/v1/session'].post.requestBody).toMatchObject({ content: { 'application/x-protobuf': {} } });
  });

  it('the request schemas are those that validate: the body of PUT /languages is described as the route checks it', () => {
    expect(document.paths['/api/v1/languages'].put.requestBody).toMatchObject({
      content: { 'application/json': { schema: { type: 'object', properties: { languages: { type: 'array', items: { type: 'string' } } }, required: ['languages'], additionalProperties: false } } },
    });
  });

  it('is behind the admin token like the rest of /api/v1', async () => {
    const res = await fetch(`${node.url}/api/v1/openapi.json`);
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe('AUTH_REQUIRED');
  });
});

describe('requests refused by the schemas keep their codes', () => {
  const cases: Array<[string, string, unknown, string]> = [
    ['PUT', '/languages', { languages: 'en-US' }, 'SETTINGS_INVALID'],
    ['PUT', '/languages', { languages: ['english!'] }, 'SETTINGS_INVALID'], // the domain's deep check
    ['PUT', '/exclusions', { exclusions: [1] }, 'SETTINGS_INVALID'],
    ['PUT', '/severity-levels', {}, 'SETTINGS_INVALID'],
    ['PUT', '/sources/bad', { type: 'rss', urls: ['http://x/'] }, 'SOURCE_INVALID'],
    ['PUT', '/sources/bad', { type: 'native', urls: ['http://x/'], color: 'red' }, 'SOURCE_INVALID'],
    ['POST', '/policies', { name: 'p' }, 'POLICY_INVALID'],
    ['POST', '/children', { id: 5 }, 'CHILD_INVALID'],
    ['POST', '/children', { id: 'bad id!' }, 'CHILD_INVALID'], // the domain's deep check
    ['PUT', '/replication/rules/catalog', { mode: 'sometimes' }, 'RULE_INVALID'],
    ['PUT', '/replication/rules/catalog', { schedule: 'whenever' }, 'RULE_INVALID'],
    ['PUT', '/replication/rules/nope', {}, 'NOT_FOUND'],
    ['POST', '/replication/run', { rule: 'everything' }, 'BAD_REQUEST'],
    ['POST', '/replication/pull', { verifyPercent: 101 }, 'BAD_REQUEST'],
    ['POST', '/replication/pull', 'null', 'BAD_REQUEST'],
    ['POST', '/trust/revoke', { keyid: 'abc' }, 'BAD_REQUEST'],
    ['POST', '/trust/raise-version', { version: 0 }, 'BAD_REQUEST'],
    ['GET', '/bulletins?limit=-1', undefined, 'BAD_REQUEST'],
    ['GET', '/records?limit=0', undefined, 'BAD_REQUEST'],
    ['GET', '/digest?origin=a&origin=b', undefined, 'BAD_REQUEST'],
    ['PUT', '/languages', '{"languages": [', 'BAD_JSON'],
    ['PUT', '/languages', JSON.stringify({ languages: ['en-US'], pad: 'x'.repeat(2 * 1024 * 1024) }), 'BODY_TOO_LARGE'],
  ];
  it.each(cases)('%s %s %j: %s', async (method, path, body, code) => {
    const before = await node.api('GET', '/languages');
    const res = await node.api(method, path, body);
    expect(res.body?.error?.code).toBe(code);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect((await node.api('GET', '/languages')).body).toEqual(before.body);
  });

  it('a content path of an unknown algorithm is CONTENT_BAD_HASH', async () => {
    const res = await fetch(`${node.url}/content/md5/00`);
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('CONTENT_BAD_HASH');
  });
});

describe('mountRoutes', () => {
  it('refuses an admin route that changes something without an audit line', () => {
    const route = defineRoute({ method: 'put', path: '/x', tags: [], summary: 'x', responses: { 200: { description: 'x' } }, handler() {} });
    expect(() => mountRoutes(new Router(), { bodyLimit: 1, admin: true }, [route])).toThrow(/declares no audit line/);
    expect(() => mountRoutes(new Router(), { bodyLimit: 1, admin: false }, [route])).not.toThrow();
  });
});
