import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { SyncRequest, SyncError, PROTOCOL_VERSION, Rule, Mode } from '../protocol/index.js';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { quietSchedules, BIN, recordsOf, spawnNode, type ProcessNode } from './helpers/process-node.js';

const run = promisify(execFile);
import { tempDir } from './helpers/temp.js';

// A parent and a child, each its own process, replicating over real HTTP on 127.0.0.1.

const nodes: ProcessNode[] = [];
const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const n of nodes) await n.kill('SIGKILL');
  for (const c of cleanups) await c();
});

async function waitFor<T>(probe: () => Promise<T | undefined>, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

const inLanguages = (languages: string[], managed: string[]) => languages.some((l) => l === 'neutral' || managed.includes(l));

describe('replication between node processes', () => {
  let parent: ProcessNode;
  let child: ProcessNode;
  let credential: string;

  it('registers a child, which then pulls exactly the parent data in its languages', async () => {
    const { dir, cleanup } = await tempDir('patchtree-repl-');
    cleanups.push(cleanup);
    parent = await spawnNode(join(dir, 'parent'), { nodeId: 'hq', languages: ['en-US', 'de-DE', 'ja-JP'] });
    nodes.push(parent);
    await quietSchedules(parent);
    for (let i = 0; i < 100 && (await parent.api('GET', '/status')).body.counts.bulletin === 0; i++) await new Promise((ok) => setTimeout(ok, 100));
    const registered = await parent.api('POST', '/children', { id: 'site-a', name: 'Site A' });
    expect(registered.status).toBe(201);
    credential = registered.body.credential;
    expect((await parent.api('POST', '/children', { id: 'site-a' })).body.error.code).toBe('CHILD_EXISTS');

    child = await spawnNode(join(dir, 'child'), { nodeId: 'site-a', sample: false, languages: ['de-DE'], pollSeconds: 0.3, parent: { url: parent.url, childId: 'site-a', credential, publisherKeys: registered.body.publisherKeys } });
    nodes.push(child);
    // At start the child reports its languages and catches up on its own.
    const runs = await waitFor(async () => {
      const r = (await child.api('GET', '/replication/runs')).body.runs;
      return r.length >= 2 && r.every((x: any) => x.status !== 'running') ? r : undefined; // a run is listed as running while it runs
    });
    const catalogRun = runs.find((r: any) => r.rule === 'catalog');
    expect(catalogRun).toMatchObject({ trigger: 'start', status: 'ok', mode: 'complete', verification: { digestEqual: true, mismatched: 0 } });
    const pulled = await child.api('POST', '/replication/pull', { verifyPercent: 100 });
    expect(pulled.body.runs[0]).toMatchObject({ rule: 'catalog', mode: 'differential', received: 0, verification: { digestEqual: true, sampled: expect.any(Number), mismatched: 0 } });
    expect(pulled.body.runs[0].verification.sampled).toBeGreaterThan(100);
    expect((await parent.api('GET', '/children/site-a')).body.languages).toEqual(['de-DE']);

    const want = await recordsOf(parent, (r) => inLanguages(r.languages, ['de-DE']));
    const have = await recordsOf(child, (r) => r.origin === 'replicated');
    expect(have).toEqual(want);
    const parentDigest = (await parent.api('GET', '/digest?languages=de-DE&rule=catalog')).body;
    expect((await child.api('GET', '/digest?origin=replicated&rule=catalog')).body).toEqual(parentDigest);
    expect((await child.api('GET', '/replication/runs')).body.runs[0].id).toBeGreaterThan(0);
    // The parent admin sees the child's runs too.
    const seen = (await parent.api('GET', '/replication/runs?child=site-a')).body.children;
    expect(seen.find((r: any) => r.rule === 'catalog' && r.trigger === 'start')).toMatchObject({ child: 'site-a', mode: 'complete', status: 'ok', verification: { digestEqual: true } });
  });

  it('moves only the change on the next differential run', async () => {
    await parent.api('PUT', '/severity-levels', { levels: ['Urgent', 'Routine'] });
    const run = (await child.api('POST', '/replication/pull', { rules: ['catalog'] })).body.runs[0];
    expect(run).toMatchObject({ mode: 'differential', received: 1, applied: 1, deleted: 0, verification: { digestEqual: true } });
    expect((await child.api('GET', '/severity-levels')).body.levels).toEqual(['Urgent', 'Routine']);
    // Replicated records belong to the parent.
    const edit = await child.api('PUT', '/severity-levels', { levels: ['Mine'] });
    expect(edit).toMatchObject({ status: 409, body: { error: { code: 'REPL_READ_ONLY' } } });
    const someBulletin = (await child.api('GET', '/bulletins?limit=1')).body.items[0].id;
    expect((await child.api('PUT', `/bulletins/${someBulletin}/severity`, { severity: 'Urgent' })).body.error.code).toBe('REPL_READ_ONLY');
    expect((await child.api('GET', '/severity-levels')).body.levels).toEqual(['Urgent', 'Routine']);
  });

  it('alerts on the parent when a child needs a language it does not manage, and backfills a new language', async () => {
    expect((await parent.api('GET', '/alerts')).body.alerts).toEqual([]);
    await child.api('PUT', '/languages', { languages: ['de-DE', 'fr-FR', 'ja-JP'] });
    const alerts = await waitFor(async () => {
      const a = (await parent.api('GET', '/alerts')).body.alerts;
      return a.length ? a : undefined;
    });
    expect(alerts).toEqual([expect.objectContaining({ kind: 'language', child: 'site-a', node: 'site-a', languages: ['fr-FR'] })]);
    expect((await parent.api('GET', '/status')).body.alerts).toHaveLength(1);
    expect(parent.logs()).toContain('needs languages this node does not manage');
    const run = (await child.api('POST', '/replication/pull', { rules: ['catalog'] })).body.runs[0];
    expect(run).toMatchObject({ mode: 'complete', reason: 'the languages or policies changed', verification: { digestEqual: true } });
    const want = await recordsOf(parent, (r) => !r.key.startsWith('p/') && !r.key.startsWith('e/') && inLanguages(r.languages, ['de-DE', 'fr-FR', 'ja-JP']));
    expect(await recordsOf(child, (r) => r.origin === 'replicated' && !r.key.startsWith('p/') && !r.key.startsWith('e/'))).toEqual(want);
    await parent.api('PUT', '/languages', { languages: ['en-US', 'de-DE', 'ja-JP', 'fr-FR'] });
    expect((await parent.api('GET', '/alerts')).body.alerts).toEqual([]);
  });

  it('runs a rule on the child when the parent admin says run now, on the rules the parent set', async () => {
    expect((await parent.api('PUT', '/replication/rules/catalog', { schedule: 'whenever' })).body.error.code).toBe('RULE_INVALID');
    expect((await parent.api('PUT', '/replication/rules/catalog', { verification: { enabled: true, percent: 50 } })).body.verification).toEqual({ enabled: true, percent: 50 });
    const before = (await child.api('GET', '/replication/runs')).body.runs.length;
    const asked = await parent.api('POST', '/replication/run', { rule: 'catalog', mode: 'complete' });
    expect(asked).toMatchObject({ status: 202, body: { children: ['site-a'] } });
    // Scheduled runs may also fire meanwhile (the default rules run every few minutes): look for this one.
    const asked_run = await waitFor(async () => {
      const r = (await child.api('GET', '/replication/runs')).body.runs;
      return r.slice(0, r.length - before).find((x: any) => x.trigger === 'parent' && x.status !== 'running');
    });
    expect(asked_run).toMatchObject({ rule: 'catalog', trigger: 'parent', mode: 'complete', status: 'ok' });
    expect(asked_run.verification.sampled).toBeGreaterThan(0);
  });

  it('samples for verification the share asked, finer than a whole percent, and half of it on each side', async () => {
    const { httpPort } = await import('../replication/index.js');
    const counts = (await parent.api('GET', '/status')).body.counts as Record<string, number>;
    const live = Object.values(counts).reduce((a, b) => a + b, 0);
    // A scope of every language the parent holds: with no policies yet, every record it holds is in it.
    const languages = new Set<string>();
    const catalogRecords = await recordsOf(parent, (r) => {
      for (const l of r.languages) languages.add(l);
      return !r.key.startsWith('p/') && !r.key.startsWith('e/');
    });
    expect(catalogRecords.size).toBe(live);
    const managed = [...languages].filter((l) => l !== 'neutral');
    const transport = httpPort({ url: parent.url, childId: 'site-a', credential });
    const scope = { rule: 'catalog' as const, languages: managed, policyIds: [] };
    const sampled = async (percent: number, t = transport) => { const all = []; for await (const page of t.sample(scope, percent)) all.push(...page); return all; };
    // 1.5% travels as sample_per_million 15000; a parent reading only sample_percent would sample 2%.
    expect((await sampled(1.5)).length).toBe(Math.ceil(live * 0.015));
    expect((await sampled(4)).length).toBe(Math.ceil(live * 0.04));
    // A whole sample comes in pages (here of 500), in key order: together, every record in scope exactly once.
    const pages: number[] = [];
    const paged = httpPort({ url: parent.url, childId: 'site-a', credential, samplePageLimit: 500 });
    const whole = [];
    for await (const page of paged.sample(scope, 100)) { pages.push(page.length); whole.push(...page); }
    expect(pages.length).toBe(Math.ceil(live / 500));
    expect(pages.slice(0, -1).every((n) => n === 500)).toBe(true);
    expect(whole.map((h) => h.key)).toEqual([...catalogRecords.keys()].sort());
    expect(Object.fromEntries(whole.map((h) => [h.key, h.hash]))).toEqual(Object.fromEntries(catalogRecords));
    // A page larger than one call may carry is refused.
    await expect(sampled(100, httpPort({ url: parent.url, childId: 'site-a', credential, samplePageLimit: 5001 }))).rejects.toMatchObject({ code: 'REPL_BAD_REQUEST' });
    // A run at 10% compares about 10% of the child's records: 5% chosen by the child, 5% by the parent.
    const held = (await recordsOf(child, (r) => r.origin === 'replicated' && !r.key.startsWith('p/') && !r.key.startsWith('e/'))).size;
    const pulled = (await child.api('POST', '/replication/pull', { rules: ['catalog'], verifyPercent: 10 })).body.runs[0];
    expect(pulled.verification.sampled).toBeGreaterThan(held * 0.04);
    expect(pulled.verification.sampled).toBeLessThan(held * 0.16);
  });

  it('drives replication from the CLI in its own process', async () => {
    const cli = (node: ProcessNode, ...args: string[]) => run(process.execPath, [BIN, ...args, '--url', node.url, '--data', node.dataDir]).then((r) => ({ code: 0, ...r }), (e) => e);
    const children = await cli(parent, 'children');
    expect(children.stdout).toMatch(/site-a\s+Site A\s+de-DE,fr-FR,ja-JP/);
    const pulled = await cli(child, 'pull', '--verify', '100');
    expect(pulled.code).toBe(0);
    expect(pulled.stdout).toMatch(/catalog\s+differential\s+received 0.*digest equal, sampled \d+, mismatched 0/);
    expect((await cli(child, 'runs')).stdout).toContain('this node as a child:');
    expect((await cli(parent, 'runs')).stdout).toContain('runs reported by children:');
    expect((await cli(parent, 'rules')).stdout).toMatch(/catalog\s+differential\s+0 0 1 1 \*\s+50%/);
    expect((await cli(parent, 'alerts')).stdout).toContain('no alerts');
    expect((await cli(child, 'children', 'add', 'bad id!')).stderr).toContain('CHILD_INVALID');
  });

  it('refuses sync calls with no credential, a wrong one, an unknown child, malformed protobuf or an oversized body, changing nothing', async () => {
    const before = (await parent.api('GET', '/status')).body;
    const request = (childId: string) => Buffer.from(SyncRequest.encode({ protocolVersion: PROTOCOL_VERSION, childId, via: ['x'], rule: Rule.RULE_CATALOG, mode: Mode.MODE_DIFFERENTIAL, languages: ['en-US'] }).finish());
    const call = async (body: Buffer, auth?: string, childId = 'site-a') => {
      const res = await fetch(`${parent.url}/sync/v1/session`, { method: 'POST', body: new Uint8Array(body), headers: { 'content-type': 'application/x-protobuf', 'x-patchtree-child': childId, ...(auth ? { authorization: `Bearer ${auth}` } : {}) } });
      const bytes = Buffer.from(await res.arrayBuffer());
      return { status: res.status, code: SyncError.decode(bytes).code, header: res.headers.get('x-patchtree-error') };
    };
    expect(await call(request('site-a'))).toMatchObject({ status: 401, code: 'AUTH_REQUIRED' });
    expect(await call(request('site-a'), 'wrong')).toMatchObject({ status: 401, code: 'AUTH_INVALID_CREDENTIAL' });
    // An unknown child reads as a wrong credential: child ids cannot be probed.
    expect(await call(request('nobody'), credential, 'nobody')).toMatchObject({ status: 401, code: 'AUTH_INVALID_CREDENTIAL' });
    // The body must name the child the headers name.
    expect(await call(request('nobody'), credential)).toMatchObject({ status: 400, code: 'REPL_BAD_REQUEST' });
    expect(await call(Buffer.from([0x0a, 0xff, 0xff, 0xff, 0x0f, 0x01]), credential)).toMatchObject({ status: 400, code: 'PROTO_DECODE' });
    expect(await call(Buffer.alloc(17 * 1024 * 1024, 1), credential)).toMatchObject({ status: 413, code: 'BODY_TOO_LARGE' });
    const old = Buffer.from(SyncRequest.encode({ protocolVersion: 99, childId: 'site-a', rule: Rule.RULE_CATALOG, mode: Mode.MODE_DIFFERENTIAL }).finish());
    expect(await call(old, credential)).toMatchObject({ status: 426, code: 'PROTO_VERSION' });
    // Loops are found by identity (the parent's store id), not by the node ids admins type.
    const { identity } = before;
    const loop = Buffer.from(SyncRequest.encode({ protocolVersion: PROTOCOL_VERSION, childId: 'site-a', via: [identity, 'site-a'], rule: Rule.RULE_CATALOG, mode: Mode.MODE_DIFFERENTIAL }).finish());
    expect(await call(loop, credential)).toMatchObject({ status: 409, code: 'REPL_LOOP' });
    const unknownMode = Buffer.from(SyncRequest.encode({ protocolVersion: PROTOCOL_VERSION, childId: 'site-a', rule: Rule.RULE_CATALOG, mode: 7 as never }).finish());
    expect(await call(unknownMode, credential)).toMatchObject({ status: 400, code: 'REPL_BAD_REQUEST' });
    const after = (await parent.api('GET', '/status')).body;
    expect(after.lastSeq).toBe(before.lastSeq);
    expect(after.digest).toEqual(before.digest);
    expect(parent.logs()).toContain('sync call refused');
  });

  it('keeps its last good data when the parent is gone, and logs it once', async () => {
    const before = await recordsOf(child);
    await parent.kill('SIGKILL');
    const first = (await child.api('POST', '/replication/pull')).body.runs[0];
    const second = (await child.api('POST', '/replication/pull')).body.runs[0];
    expect(first).toMatchObject({ status: 'failed', error: { code: 'REPL_PARENT_UNREACHABLE' } });
    expect(second.status).toBe('failed');
    expect(await recordsOf(child)).toEqual(before);
    expect(child.logs().match(/parent offline/g)).toHaveLength(1);
  });
});
