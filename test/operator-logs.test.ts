import { waitFor as waitUntil } from './helpers/wait.js';
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { quietSchedules, spawnNode, type ProcessNode } from './helpers/process-node.js';
import { tempDir } from './helpers/temp.js';

// A parent and a child, each its own process: their stdout is the log an operator ships. Every line is
// JSON; access, audit and replication lines carry what they promise, and no secret appears in any line.

const nodes: ProcessNode[] = [];
const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const n of nodes) await n.kill('SIGKILL');
  for (const c of cleanups) await c();
});

type Line = Record<string, any>;
/** The log: stdout's JSON lines (the CLI's own messages, on stderr, are text: the test helper keeps both in one stream). */
const logLines = (node: ProcessNode): string[] => node.logs().split('\n').filter((l) => l.startsWith('{'));
const lines = (node: ProcessNode): Line[] => logLines(node).map((l) => JSON.parse(l) as Line);

/** Polls until `probe` finds what it looks for (test/helpers/wait.ts, bounded). */
const waitFor = <T>(probe: () => T | undefined | Promise<T | undefined>, ms = 20_000): Promise<T> => waitUntil('the log lines looked for', async () => probe(), ms);
const line = (node: ProcessNode, match: (l: Line) => boolean) => waitFor(() => lines(node).find(match));
/** The first line matching that comes after the first `seen` lines. */
const lineAfter = (node: ProcessNode, seen: number, match: (l: Line) => boolean) => waitFor(() => lines(node).slice(seen).find(match));

describe('logs an operator can ship', () => {
  let parent: ProcessNode;
  let child: ProcessNode;
  const secrets: string[] = [];
  const PASSWORD = 'source-password-7f3a91';
  const QUERY_SECRET = 'query-secret-5be20c';

  it('a child whose credential comes from a file replicates; both sides log each run', async () => {
    const { dir, cleanup } = await tempDir('patchtree-logs-');
    cleanups.push(cleanup);
    parent = await spawnNode(join(dir, 'parent'), { nodeId: 'hq', languages: ['en-US', 'de-DE'] });
    nodes.push(parent);
    await quietSchedules(parent);
    await waitFor(async () => ((await parent.api('GET', '/status')).body.counts.bulletin > 0 ? true : undefined));
    const registered = await parent.api('POST', '/children', { id: 'site-a', name: 'Site A' });
    expect(registered.status).toBe(201);
    const credential: string = registered.body.credential;
    secrets.push(credential, readFileSync(join(dir, 'parent', 'admin-token'), 'utf8').trim());

    mkdirSync(join(dir, 'child'), { recursive: true });
    const credentialFile = join(dir, 'child', 'parent-credential');
    writeFileSync(credentialFile, `${credential}\n`, { mode: 0o600 });
    child = await spawnNode(join(dir, 'child'), { sample: false, languages: ['de-DE'], pollSeconds: 0.3, parent: { url: parent.url, childId: 'site-a', credentialFile, publisherKeys: registered.body.publisherKeys } });
    nodes.push(child);
    secrets.push(readFileSync(join(dir, 'child', 'admin-token'), 'utf8').trim());

    const pulled = await child.api('POST', '/replication/pull', { rules: ['catalog'], verifyPercent: 100 });
    expect(pulled.body.runs[0]).toMatchObject({ rule: 'catalog', status: 'ok' });

    // The child: one line per run, with its figures.
    const run = await line(child, (l) => l.msg === 'replication run' && l.trigger === 'api');
    expect(run).toMatchObject({ module: 'replication', level: 30, rule: 'catalog', mode: expect.stringMatching(/^(differential|complete)$/), requestedMode: 'differential', status: 'ok', received: expect.any(Number), applied: expect.any(Number), deleted: expect.any(Number), bytes: expect.any(Number), durationMs: expect.any(Number), sampled: expect.any(Number), mismatched: 0, repaired: 0, digestEqual: true, fellBack: false });
    expect(run.sampled).toBeGreaterThan(0);
    // The first catalog run (at start, or the one asked for) was complete: it says why, and what it moved.
    const complete = await line(child, (l) => l.msg === 'replication run' && l.rule === 'catalog' && l.mode === 'complete');
    expect(complete).toMatchObject({ reason: expect.any(String), status: 'ok', trigger: expect.stringMatching(/^(start|api)$/) });
    expect(complete.received).toBeGreaterThan(0);
    expect(complete.bytes).toBeGreaterThan(0);

    // The parent: one line per session served and one per run report received, each naming the child.
    const session = await line(parent, (l) => l.msg === 'sync session served' && l.rule === 'catalog');
    expect(session).toMatchObject({ module: 'sync', child: 'site-a', requestedMode: expect.stringMatching(/differential|complete/), outcome: 'complete', frames: expect.any(Number), bytes: expect.any(Number), durationMs: expect.any(Number) });
    expect(session.bytes).toBeGreaterThan(0);
    const reported = await line(parent, (l) => l.msg === 'child run reported' && l.trigger === 'api');
    expect(reported).toMatchObject({ child: 'site-a', rule: 'catalog', status: 'ok', mode: run.mode, received: run.received, bytes: run.bytes, mismatched: 0, digestEqual: true });
  });

  it('one access line per admin request: request id, method, route pattern, status, latency; the id is answered', async () => {
    const res = await fetch(`${parent.url}/api/v1/bulletins?search=${QUERY_SECRET}&limit=1`, { headers: { authorization: `Bearer ${secrets[1]}`, 'x-request-id': 'trace-42' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe('trace-42');
    const access = await line(parent, (l) => l.msg === 'request' && l.reqId === 'trace-42');
    expect(access).toMatchObject({ module: 'http', level: 30, method: 'GET', route: '/api/v1/bulletins', status: 200, ms: expect.any(Number), ip: expect.stringContaining('127.0.0.1') });

    // A refused request: its route pattern (not the raw path) and its code; an id generated for it.
    const refused = await fetch(`${parent.url}/api/v1/sources/some-name`, { headers: { authorization: 'Bearer wrong-token-0123456789' } });
    expect(refused.status).toBe(401);
    const id = refused.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await line(parent, (l) => l.msg === 'request' && l.reqId === id)).toMatchObject({ method: 'GET', route: '/api/v1/sources/:name', status: 401, code: 'AUTH_INVALID' });
    // Not an admin request: no access line at info.
    await fetch(`${parent.url}/metrics`);
    expect(lines(parent).filter((l) => l.msg === 'request' && l.route === '/metrics')).toEqual([]);
  });

  it('an audit line for every admin change: what, before -> after, from which address; never a secret', async () => {
    const changes: Array<[string, string, unknown, string, unknown, unknown]> = [
      ['PUT', '/languages', { languages: ['en-US', 'de-DE', 'fr-FR'] }, 'languages.set', ['de-DE', 'en-US'], ['de-DE', 'en-US', 'fr-FR']],
      ['PUT', '/exclusions', { exclusions: ['Legacy*'] }, 'exclusions.set', [], ['Legacy*']],
      ['PUT', '/severity-levels', { levels: ['Urgent', 'Routine'] }, 'severity-levels.set', [], ['Urgent', 'Routine']],
      ['PUT', '/replication/rules/policies', { verification: { enabled: true, percent: 50 } }, 'rule.set', expect.objectContaining({ verification: { enabled: true, percent: 5 } }), expect.objectContaining({ verification: { enabled: true, percent: 50 } })],
      ['PUT', '/sources/private', { type: 'native', urls: [`http://reader:${PASSWORD}@127.0.0.1:9/x.ndjson`] }, 'source.put', null, { type: 'native', urls: ['http://***@127.0.0.1:9/x.ndjson'], schedule: null, enabled: true }],
      // Stored with its password: the line before the change shows it as the API does, `***`.
      ['PUT', '/sources/private', { type: 'native', urls: ['http://***@127.0.0.1:9/x.ndjson'], schedule: '0 4 * * *' }, 'source.put', { type: 'native', urls: ['http://***@127.0.0.1:9/x.ndjson'], schedule: null, enabled: true }, { type: 'native', urls: ['http://***@127.0.0.1:9/x.ndjson'], schedule: '0 4 * * *', enabled: true }],
      ['POST', '/replication/run', { rule: 'catalog', child: 'site-a' }, 'replication.run', null, { children: ['site-a'], mode: 'rule default' }],
      ['POST', '/children', { id: 'site-b' }, 'child.register', null, { id: 'site-b', name: 'site-b' }],
      ['DELETE', '/children/site-b', undefined, 'child.remove', { id: 'site-b', name: 'site-b' }, null],
    ];
    for (const [method, path, body, action, before, after] of changes) {
      const seen = lines(parent).length;
      const res = await parent.api(method, path, body);
      expect(res.status, `${method} ${path}`).toBeLessThan(300);
      if (res.body?.credential) secrets.push(res.body.credential);
      const audit = await lineAfter(parent, seen, (l) => l.msg === 'admin change' && l.audit === action);
      expect(audit, action).toMatchObject({ module: 'audit', reqId: expect.any(String), address: expect.stringContaining('127.0.0.1') });
      // Exactly the summaries: nothing more (a credential, a password) rides along.
      expect(audit.before, `${action} before`).toEqual(before);
      expect(audit.after, `${action} after`).toEqual(after);
    }
    // A refused change is no change: no audit line.
    expect((await parent.api('PUT', '/exclusions', { exclusions: [''] })).status).toBe(400);
    expect(lines(parent).filter((l) => l.audit === 'exclusions.set')).toHaveLength(1);
    // On the child too (its own admin's changes).
    const seen = lines(child).length;
    await child.api('POST', '/replication/pull', { rules: ['policies'] });
    expect(await lineAfter(child, seen, (l) => l.audit === 'replication.pull')).toMatchObject({ target: 'policies', after: [{ rule: 'policies', status: 'ok' }] });
  });

  it('a failed run has its line too, with its code: the parent gone, a warning (the child keeps its data)', async () => {
    await parent.kill('SIGKILL');
    const seen = lines(child).length;
    const pulled = await child.api('POST', '/replication/pull', { rules: ['policies'] });
    expect(pulled.body.runs[0]).toMatchObject({ status: 'failed', error: { code: 'REPL_PARENT_UNREACHABLE' } });
    expect(await lineAfter(child, seen, (l) => l.msg === 'replication run' && l.trigger === 'api')).toMatchObject({ level: 40, rule: 'policies', status: 'failed', code: 'REPL_PARENT_UNREACHABLE', err: expect.any(String), durationMs: expect.any(Number) });
  });

  it('no secret in any line of either log', () => {
    expect(secrets).toHaveLength(4);
    for (const node of [parent, child]) {
      const text = logLines(node).join('\n');
      expect(lines(node).length).toBeGreaterThan(10);
      for (const secret of [...secrets, PASSWORD, QUERY_SECRET]) expect(text, secret.slice(0, 6)).not.toContain(secret);
    }
  });
});
