import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startFileServer, type TestServer } from './helpers/http-server.js';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { startTestNode, TEST_TOKEN, type TestNode } from './helpers/node.js';

const run = promisify(execFile);
const BIN = fileURLToPath(new URL('../node/bin.mjs', import.meta.url));

let node: TestNode;
let server: TestServer;
const blobs = new Map<string, Buffer>();
/** Files the server cuts off after half their bytes on the first request. */
const cutOnce = new Set<string>(['de-big.msu']);
let catalogText = '';

function file(name: string, size: number) {
  const bytes = randomBytes(size);
  blobs.set(name, bytes);
  return bytes;
}

function update(id: string, language: string, bytes: Buffer, algorithm: 'sha1' | 'sha256' | 'sha512' = 'sha256', lie = false) {
  const hash = lie ? createHash(algorithm).update('something else').digest('hex') : createHash(algorithm).update(bytes).digest('hex');
  return { id, kb: `KB${id.length}00`, language, url: `${server.url}/files/${id}`, fileName: id, size: bytes.length, hashAlgorithm: algorithm, hash, product: 'Widget', platform: 'x64' };
}

beforeAll(async () => {
  server = await startFileServer('/nonexistent', [
    (req, res) => {
      if (req.url === '/catalog.ndjson') {
        res.writeHead(200, { 'content-type': 'application/x-ndjson' }).end(catalogText);
        return true;
      }
      const m = /^\/files\/(.+)$/.exec(req.url ?? '');
      if (!m || !blobs.has(m[1])) return false;
      const bytes = blobs.get(m[1])!;
      const range = /bytes=(\d+)-/.exec(req.headers.range ?? '');
      if (range) {
        const start = Number(range[1]);
        res.writeHead(206, { 'content-length': bytes.length - start, 'content-range': `bytes ${start}-${bytes.length - 1}/${bytes.length}` });
        res.end(bytes.subarray(start));
        return true;
      }
      res.writeHead(200, { 'content-length': bytes.length });
      if (cutOnce.delete(m[1])) {
        res.write(bytes.subarray(0, bytes.length >> 1), () => res.socket?.destroy());
        return true;
      }
      res.end(bytes);
      return true;
    },
  ]);
  const lines = [
    { id: 'GOOD-1', vendor: 'Contoso', title: 'Good one', updates: [update('en.msu', 'en-US', file('en.msu', 200_000)), update('de-big.msu', 'de-DE', file('de-big.msu', 3_000_000), 'sha512'), update('ja.msu', 'ja-JP', file('ja.msu', 1000)), update('all.msi', 'neutral', file('all.msi', 5000), 'sha1')] },
    { id: 'BAD-1', vendor: 'Contoso', title: 'Tampered', updates: [update('tampered.msu', 'en-US', file('tampered.msu', 10_000), 'sha256', true)] },
  ];
  catalogText = lines.map((l) => JSON.stringify(l)).join('\n');
  node = await startTestNode({ languages: ['en-US', 'de-DE'] });
  await node.api('PUT', '/sources/contoso', { type: 'native', urls: [`${server.url}/catalog.ndjson`] });
  const imported = await node.api('POST', '/sources/contoso/import');
  expect(imported.body.updates.added).toBe(5);
});
afterAll(async () => {
  await node?.close();
  await server?.close();
});

async function stage(id: string) {
  let job = (await node.api('POST', `/bulletins/${id}/stage`)).body;
  while (job.status === 'running') {
    await new Promise((ok) => setTimeout(ok, 50));
    job = (await node.api('GET', `/jobs/${job.id}`)).body;
  }
  return job;
}

describe('staging and policies', () => {
  it('counts only updates in managed languages and neutral before staging', async () => {
    const b = (await node.api('GET', '/bulletins/GOOD-1')).body;
    expect(b).toMatchObject({ updates: expect.any(Array), updateCount: 3, downloaded: 0, staged: false });
    expect(b.updates.filter((u: any) => u.managed).map((u: any) => u.language).sort()).toEqual(['de-DE', 'en-US', 'neutral']);
    const list = (await node.api('GET', '/bulletins')).body;
    expect(list.items.find((x: any) => x.id === 'GOOD-1')).toMatchObject({ updates: 3, downloaded: 0, staged: false });
  });

  it('assigns custom severity levels without touching vendor severity', async () => {
    expect((await node.api('PUT', '/severity-levels', { levels: ['Urgent', 'Routine', 'Urgent'] })).body.error.code).toBe('SETTINGS_INVALID');
    expect((await node.api('PUT', '/severity-levels', { levels: ['Urgent', 'Routine'] })).body.levels).toEqual(['Urgent', 'Routine']);
    const unknown = await node.api('PUT', '/bulletins/GOOD-1/severity', { severity: 'Whenever' });
    expect(unknown.body.error.code).toBe('SEVERITY_UNKNOWN');
    const set = await node.api('PUT', '/bulletins/GOOD-1/severity', { severity: 'Urgent' });
    expect(set.body).toMatchObject({ customSeverity: 'Urgent', vendorSeverity: '' });
    expect((await node.api('GET', '/bulletins?search=good')).body.items[0].customSeverity).toBe('Urgent');
    expect((await node.api('PUT', '/bulletins/GOOD-1/severity', { severity: '' })).body.customSeverity).toBe('');
  });

  it('refuses a policy from a bulletin that is not fully staged', async () => {
    const res = await node.api('POST', '/policies', { name: 'Too early', bulletinIds: ['GOOD-1'] });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('POLICY_NOT_STAGED');
    expect((await node.api('GET', '/policies')).body.policies).toEqual([]);
  });

  it('stages with a resume after a cut, verifies every hash, and stores files by hash', async () => {
    const job = await stage('GOOD-1');
    expect(job.status).toBe('done');
    expect(job.result).toMatchObject({ updates: 3, downloaded: 3, staged: true, failures: [] });
    const ranges = server.requests.filter((r) => r.path === '/files/de-big.msu' && r.headers.range);
    expect(ranges).toHaveLength(1);
    expect(Number(/bytes=(\d+)-/.exec(ranges[0].headers.range as string)![1])).toBeGreaterThan(0);
    expect(server.requests.some((r) => r.path === '/files/ja.msu')).toBe(false); // ja-JP is not managed here
    const big = createHash('sha512').update(blobs.get('de-big.msu')!).digest('hex');
    expect(existsSync(join(node.dataDir, 'content', 'sha512', big.slice(0, 2), big))).toBe(true);
    const list = (await node.api('GET', '/bulletins?staged=true')).body;
    expect(list.items.map((x: any) => x.id)).toEqual(['GOOD-1']);
  });

  it('serves staged files by hash at immutable URLs, with Range', async () => {
    const bytes = blobs.get('de-big.msu')!;
    const hash = createHash('sha512').update(bytes).digest('hex');
    const whole = await fetch(`${node.url}/content/sha512/${hash}`);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('cache-control')).toContain('immutable');
    expect(Buffer.from(await whole.arrayBuffer()).equals(bytes)).toBe(true);
    const part = await fetch(`${node.url}/content/sha512/${hash}`, { headers: { range: 'bytes=1000-1999' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 1000-1999/${bytes.length}`);
    expect(Buffer.from(await part.arrayBuffer()).equals(bytes.subarray(1000, 2000))).toBe(true);
    expect((await fetch(`${node.url}/content/sha512/${hash}`, { headers: { range: `bytes=${bytes.length}-` } })).status).toBe(416);
    expect((await fetch(`${node.url}/content/sha512/${'0'.repeat(128)}`)).status).toBe(404);
    const bad = await fetch(`${node.url}/content/md5/../../admin-token`);
    expect(bad.status).toBeGreaterThanOrEqual(400);
    expect(await bad.text()).not.toContain(node.node.context.adminToken);
  });

  it('counts what it serves at /content/ (answers by status, bytes sent); a HEAD answers the size and sends none', async () => {
    const bytes = blobs.get('de-big.msu')!;
    const url = `${node.url}/content/sha512/${createHash('sha512').update(bytes).digest('hex')}`;
    const served = async () => {
      const text = await node.node.context.metrics.text();
      const value = (name: string) => Number(new RegExp(`^${name.replace(/[{}"]/g, '\\$&')} (\\S+)$`, 'm').exec(text)?.[1] ?? 0);
      return { whole: value('patchtree_content_served_total{status="200"}'), ranges: value('patchtree_content_served_total{status="206"}'), notModified: value('patchtree_content_served_total{status="304"}'), bytes: value('patchtree_content_served_bytes_total') };
    };
    const before = await served();
    const head = await fetch(url, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(bytes.length));
    expect(await served()).toEqual({ ...before, whole: before.whole + 1 });
    const whole = await fetch(url);
    await whole.arrayBuffer();
    const part = await fetch(url, { headers: { range: 'bytes=1000-1999' } });
    await part.arrayBuffer();
    expect((await fetch(url, { headers: { 'if-none-match': whole.headers.get('etag')! } })).status).toBe(304);
    expect(await served()).toEqual({ whole: before.whole + 2, ranges: before.ranges + 1, notModified: before.notModified + 1, bytes: before.bytes + bytes.length + 1000 });
  });

  it('rejects a file whose hash does not match and leaves the bulletin unstaged', async () => {
    const job = await stage('BAD-1');
    expect(job.result.staged).toBe(false);
    expect(job.result.failures).toEqual([expect.objectContaining({ code: 'STAGE_HASH_MISMATCH' })]);
    expect((await node.api('GET', '/bulletins/BAD-1')).body).toMatchObject({ downloaded: 0, staged: false });
    const res = await node.api('POST', '/policies', { name: 'Mixed', bulletinIds: ['GOOD-1', 'BAD-1'] });
    expect(res.body.error.code).toBe('POLICY_NOT_STAGED');
    expect(res.body.error.details.notStaged).toEqual([{ bulletin: 'BAD-1', updates: 1, downloaded: 0 }]);
  });

  it('stages from the CLI in its own process and reports per-file failures', async () => {
    const cli = (...args: string[]) => run(process.execPath, [BIN, ...args, '--url', node.url, '--token', TEST_TOKEN]).then((r) => ({ code: 0, ...r }), (e) => e);
    const good = await cli('stage', 'GOOD-1');
    expect(good.code).toBe(0);
    expect(good.stdout).toContain('GOOD-1: 3/3 downloaded, staged');
    const bad = await cli('stage', 'BAD-1');
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('STAGE_HASH_MISMATCH');
    const missing = await cli('stage', 'NOPE');
    expect(missing.stderr).toContain('error NOT_FOUND');
  });

  it('creates, updates, disables and deletes a policy from a staged bulletin', async () => {
    const created = await node.api('POST', '/policies', { name: 'Contoso monthly', bulletinIds: ['GOOD-1'], target: 'Windows Servers', schedule: '0 2 * * 6', overrideMaintenanceWindow: true });
    expect(created.status).toBe(201);
    const p = created.body;
    expect(p).toMatchObject({ name: 'Contoso monthly', target: 'Windows Servers', enabled: true, overrideMaintenanceWindow: true, bulletinIds: ['GOOD-1'] });
    expect(p.entries.map((e: any) => e.language).sort()).toEqual(['de-DE', 'en-US', 'neutral']);
    const entry = p.entries.find((e: any) => e.language === 'de-DE');
    const patched = await node.api('PATCH', `/policies/${p.id}`, { enabled: false, updates: { [entry.updateKey]: { enabled: false, commandLine: '/quiet' } } });
    expect(patched.body.enabled).toBe(false);
    expect(patched.body.entries.find((e: any) => e.updateKey === entry.updateKey)).toMatchObject({ enabled: false, commandLine: '/quiet' });
    const badSchedule = await node.api('PATCH', `/policies/${p.id}`, { schedule: 'whenever' });
    expect(badSchedule.body.error.code).toBe('POLICY_INVALID');
    const status = (await node.api('GET', '/status')).body;
    expect(status.counts).toMatchObject({ policy: 1, 'policy-entry': 3 });
    expect((await node.api('DELETE', `/policies/${p.id}`)).status).toBe(204);
    expect((await node.api('GET', '/status')).body.counts).toMatchObject({ policy: 0, 'policy-entry': 0 });
  });
});
