import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_DATA, startFileServer, type TestServer } from './helpers/http-server.js';
import { startTestNode, TEST_TOKEN, type TestNode } from './helpers/node.js';

let node: TestNode;
let files: TestServer;

beforeAll(async () => {
  node = await startTestNode({ languages: ['en-US', 'de-DE'] });
  files = await startFileServer(SHARED_DATA);
});
afterAll(async () => {
  await node?.close();
  await files?.close();
});

describe('admin API', () => {
  it('refuses requests without the token or with a wrong one, but answers health', async () => {
    const bare = await fetch(`${node.url}/api/v1/status`);
    expect(bare.status).toBe(401);
    expect((await bare.json()).error.code).toBe('AUTH_REQUIRED');
    const wrong = await fetch(`${node.url}/api/v1/status`, { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
    expect((await wrong.json()).error.code).toBe('AUTH_INVALID');
    const health = await fetch(`${node.url}/api/v1/health`);
    expect(health.status).toBe(200);
    const ok = await fetch(`${node.url}/api/v1/status`, { headers: { authorization: `Bearer ${TEST_TOKEN}` } });
    expect(ok.status).toBe(200);
  });

  it('answers malformed JSON with 400 BAD_JSON and changes nothing', async () => {
    const before = await node.api('GET', '/languages');
    const res = await node.api('PUT', '/languages', '{"languages": ["fr-FR",', {});
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('BAD_JSON');
    expect((await node.api('GET', '/languages')).body).toEqual(before.body);
  });

  it('refuses an oversized body with 413 and an invalid setting with 400', async () => {
    const huge = JSON.stringify({ languages: ['en-US'], pad: 'x'.repeat(2 * 1024 * 1024) });
    const res = await node.api('PUT', '/languages', huge);
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('BODY_TOO_LARGE');
    const invalid = await node.api('PUT', '/languages', { languages: ['english!'] });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.code).toBe('SETTINGS_INVALID');
    expect((await node.api('GET', '/languages')).body.languages).toEqual(['de-DE', 'en-US']);
  });

  it('answers unknown routes and unknown records with 404 and a code', async () => {
    expect((await node.api('GET', '/nope')).body.error.code).toBe('ROUTE_NOT_FOUND');
    const missing = await node.api('GET', '/bulletins/NOPE');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('NOT_FOUND');
  });

  it('validates sources: unknown type, bad URL and bad schedule are refused', async () => {
    for (const body of [{ type: 'rss', urls: ['http://x/'] }, { type: 'native', urls: ['ftp://x/'] }, { type: 'native', urls: ['http://x/'], schedule: 'every day' }]) {
      const res = await node.api('PUT', '/sources/bad', body);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('SOURCE_INVALID');
    }
    expect((await node.api('GET', '/sources')).body.sources).toEqual([]);
  });

  it('imports every wsusoffline list as one source, then downloads nothing when none changed', async () => {
    const lists = readdirSync(join(SHARED_DATA, 'wsusoffline')).filter((f) => f.endsWith('.txt')).sort();
    const urls = lists.map((f) => `${files.url}/wsusoffline/${f}`);
    const put = await node.api('PUT', '/sources/wsus', { type: 'wsusoffline', urls, schedule: '0 3 * * *' });
    expect(put.status).toBe(200);
    const first = await node.api('POST', '/sources/wsus/import');
    expect(first.status).toBe(200);
    expect(first.body.status).toBe('imported');
    expect(first.body.documents).toBe(lists.length);
    // Independent count: distinct (list language, URL) lines over all lists; each is at most one update.
    const downloads = new Set<string>();
    for (const f of lists) {
      for (const line of readFileSync(join(SHARED_DATA, 'wsusoffline', f), 'utf8').split(/\r?\n/)) {
        if (!line.trim()) continue;
        downloads.add(`${f.slice(-7)} ${line.trim().split(',')[0]}`);
      }
    }
    const status = (await node.api('GET', '/status')).body;
    expect(first.body.updates.added).toBeGreaterThan(0);
    expect(status.counts.update).toBe(first.body.updates.added);
    expect(status.counts.update).toBeLessThanOrEqual(downloads.size);
    expect(status.nextImports.wsus).toBeTruthy();

    const requestsBefore = files.requests.length;
    const second = await node.api('POST', '/sources/wsus/import');
    expect(second.body.status).toBe('not-modified');
    expect((await node.api('GET', '/status')).body.lastSeq).toBe(status.lastSeq);
    const conditional = files.requests.slice(requestsBefore);
    expect(conditional.every((r) => r.headers['if-none-match'])).toBe(true);

    const forced = await node.api('POST', '/sources/wsus/import', { force: true });
    expect(forced.body.status).toBe('imported');
    expect(forced.body.updates.unchanged).toBe(status.counts.update);
    expect(forced.body.lastSeq).toBe(status.lastSeq);
    const history = (await node.api('GET', '/imports')).body.imports;
    expect(history.map((h: any) => h.status).slice(0, 3)).toEqual(['imported', 'not-modified', 'imported']);
  });

  it('refuses to empty a source from a feed that holds no bulletin', async () => {
    const before = (await node.api('GET', '/status')).body;
    const source = (await node.api('GET', '/sources/wsus')).body;
    await node.api('PUT', '/sources/wsus', { ...source, name: undefined, urls: [`${files.url}/wsusoffline/StaticDownloadLinks-o2k13-glb.txt`] });
    const res = await node.api('POST', '/sources/wsus/import');
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('CATALOG_EMPTY');
    expect((await node.api('GET', '/status')).body.counts).toEqual(before.counts);
    await node.api('PUT', '/sources/wsus', { ...source, name: undefined });
  });

  it('fails a malformed document with 422 CATALOG_PARSE naming source and position, storing nothing', async () => {
    const before = (await node.api('GET', '/status')).body;
    await node.api('PUT', '/sources/broken', { type: 'msrc-cvrf', urls: [`${files.url}/nuget-v2/AzureSearch100.xml`] });
    const res = await node.api('POST', '/sources/broken/import');
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('CATALOG_PARSE');
    expect(res.body.error.message).toContain('broken');
    expect(res.body.error.details.position.line).toBeGreaterThan(0);
    const after = (await node.api('GET', '/status')).body;
    expect(after.digest).toEqual(before.digest);
    expect(after.lastSeq).toBe(before.lastSeq);
    expect((await node.api('GET', '/imports')).body.imports[0]).toMatchObject({ source: 'broken', status: 'failed', code: 'CATALOG_PARSE' });
  });

  it('re-applies changed exclusions to unchanged documents, and deleting a source removes its records', async () => {
    const before = (await node.api('GET', '/status')).body.counts.update;
    await node.api('PUT', '/exclusions', { exclusions: ['o2k*'] });
    const reapplied = await node.api('POST', '/sources/wsus/import');
    expect(reapplied.body.status).toBe('imported');
    expect(reapplied.body.updates.removed).toBeGreaterThan(0);
    await node.api('PUT', '/exclusions', { exclusions: [] });
    expect((await node.api('POST', '/sources/wsus/import')).body.updates.added).toBe(reapplied.body.updates.removed);
    expect((await node.api('GET', '/status')).body.counts.update).toBe(before);
    const removed = await node.api('DELETE', '/sources/wsus');
    expect(removed.body.removed.updates).toBe(before);
    expect((await node.api('GET', '/status')).body.counts).toMatchObject({ bulletin: 0, update: 0 });
    expect((await node.api('POST', '/sources/wsus/import')).body.error.code).toBe('NOT_FOUND');
  });

  it('serves the console page, its script and its style from the node itself, under a CSP with no inline script', async () => {
    const res = await fetch(`${node.url}/console`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    const html = await res.text();
    expect(html).toContain('<script type="module" src="/console/console.js">');
    expect(html).not.toMatch(/<script>|https?:\/\//); // no inline script, nothing from another host
    const script = await fetch(`${node.url}/console/console.js`);
    expect(script.headers.get('content-type')).toContain('text/javascript');
    const code = await script.text();
    expect(code).toContain('/api/v1');
    expect(code).toContain('patchtree-token'); // the token is kept in sessionStorage under this key
    const again = await fetch(`${node.url}/console/console.js`, { headers: { 'if-none-match': script.headers.get('etag')! } });
    expect(again.status).toBe(304);
    expect((await fetch(`${node.url}/console/console.css`)).headers.get('content-type')).toContain('text/css');
  });

  it('serves Prometheus metrics', async () => {
    const text = await (await fetch(`${node.url}/metrics`)).text();
    expect(text).toMatch(/^patchtree_records\{kind="update"\} \d+$/m);
    expect(text).toMatch(/patchtree_imports_total\{source="wsus",status="imported"\} 4/);
  });
});
