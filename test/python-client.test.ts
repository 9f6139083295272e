import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ensureDebianPackage, ensureDebianPythonModule } from './helpers/debian.js';
import { catalogAndFiles, SHARED_DATA, startFileServer, type TestServer } from './helpers/http-server.js';
import { quietSchedules, recordsOf, spawnNode, type ProcessNode } from './helpers/process-node.js';
import { tempDir } from './helpers/temp.js';
import { waitFor } from './helpers/wait.js';

// The open protocol (issue 13): docs/clients/python/patchtree_client.py, a child
// written from protocol/patchtree.proto and the README alone (Debian's
// python3, python3-protobuf, python3-cryptography, protoc), runs as a process
// of its own against a real parent with the bundled sample catalog. After its
// complete run, after a differential run over changed records, and after each
// language change, what it holds is the parent's set for its languages key by
// key (hash of the stored bytes) and by the parent's own digest.

const CLIENT = fileURLToPath(new URL('../docs/clients/python/patchtree_client.py', import.meta.url));
const run = promisify(execFile);
const PREFIXES = { catalog: ['b/', 'u/', 's/'], policies: ['p/', 'e/'] };

let python: string;
let dir: string;
let cleanup: () => Promise<void>;
let hq: ProcessNode;
let server: TestServer;
let extra = '';
let state: string;

/** A small native catalog beside the sample, served with its files (rewritten to make deletions, a language left and a new bulletin). */
const files = new Map<string, Buffer>();
function extraCatalog(version: 1 | 2): string {
  const update = (bulletin: string, language: string) => {
    const name = `${bulletin.toLowerCase()}-${language}.msi`;
    if (!files.has(name)) files.set(name, randomBytes(1024));
    const bytes = files.get(name)!;
    return { id: name, kb: 'KB77', language, url: `${server.url}/files/${name}`, fileName: name, size: bytes.length, hashAlgorithm: 'sha256', hash: createHash('sha256').update(bytes).digest('hex'), product: 'Fabrikam Tools' };
  };
  const bulletin = (id: string, languages: string[]) => ({ id, vendor: 'Fabrikam', title: `Fabrikam ${id}`, updates: languages.map((l) => update(id, l)) });
  const lines = version === 1
    ? [bulletin('EXTRA-1', ['en-US', 'fr-FR']), bulletin('EXTRA-2', ['de-DE', 'fr-FR']), bulletin('EXTRA-3', ['neutral'])]
    // EXTRA-2 leaves de-DE (its bulletin stays in fr-FR), EXTRA-3 goes, EXTRA-4 comes.
    : [bulletin('EXTRA-1', ['en-US', 'fr-FR']), bulletin('EXTRA-2', ['fr-FR']), bulletin('EXTRA-4', ['en-US'])];
  return lines.map((l) => JSON.stringify(l)).join('\n');
}

/** Runs the client as its own process; its stdout is one JSON document. */
async function client(...args: string[]): Promise<any> {
  try {
    const { stdout } = await run(python, [CLIENT, '--state', state, ...args], { maxBuffer: 64 * 1024 * 1024 });
    return JSON.parse(stdout);
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; message: string };
    throw new Error(`client ${args.join(' ')} failed: ${e.stdout ?? ''} ${e.stderr ?? e.message}`);
  }
}

async function importExtra(version: 1 | 2) {
  extra = extraCatalog(version);
  const res = await hq.api('POST', '/sources/extra/import', { force: true });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}

/** The client holds exactly the parent's records of the rule for its languages (and neutral), and agrees with the parent's digest of that set. */
async function expectSameAsParent(languages: string[], run: { digest: unknown; records: number }, rule: keyof typeof PREFIXES = 'catalog') {
  const scope = new Set([...languages, 'neutral']);
  const parents = await recordsOf(hq, (r) => PREFIXES[rule].some((p) => r.key.startsWith(p)) && r.languages.some((l) => scope.has(l)));
  const held: Record<string, string> = await client('records', '--rule', rule);
  expect(Object.keys(held).length).toBe(parents.size);
  expect(held).toEqual(Object.fromEntries([...parents].sort(([a], [b]) => (a < b ? -1 : 1))));
  const digest = (await hq.api('GET', `/digest?rule=${rule}&languages=${languages.join(',')}`)).body;
  expect(run.digest).toEqual(digest);
  expect(run.records).toBe(parents.size);
}

beforeAll(async () => {
  python = await ensureDebianPythonModule('python3-protobuf', 'google.protobuf');
  await ensureDebianPythonModule('python3-cryptography', 'cryptography');
  await ensureDebianPackage('protobuf-compiler', 'protoc');
  ({ dir, cleanup } = await tempDir('patchtree-python-client-'));
  state = join(dir, 'python-child');
  server = await startFileServer(SHARED_DATA, [catalogAndFiles('extra.ndjson', () => extra, files)]);
  // The sample catalog (the default source of a node without a parent) and the small one beside it.
  hq = await spawnNode(join(dir, 'hq'), { languages: ['en-US', 'de-DE', 'fr-FR'], sources: [{ name: 'extra', type: 'native', urls: [`${server.url}/extra.ndjson`] }] });
  await quietSchedules(hq);
  await waitFor('the sample catalog imported', async () => ((await hq.api('GET', '/status')).body.counts.bulletin >= 300 ? true : undefined), 60_000, () => hq.logs().slice(-2000));
  await importExtra(1);
}, 240_000);
afterAll(async () => {
  await hq?.kill('SIGKILL');
  await server?.close();
  await cleanup?.();
});

describe('a Python child written from the proto and the README', () => {
  it('registers with the admin token and says hello under a node id of its own', async () => {
    const tokenFile = join(hq.dataDir, 'admin-token');
    const registered = await client('register', '--parent', hq.url, '--admin-token-file', tokenFile, '--child-id', 'py-site', '--languages', 'en-US,de-DE');
    expect(registered).toMatchObject({ registered: 'py-site', publisherKeys: 1 });
    const hello = await client('hello');
    expect(hello).toMatchObject({ parentIdentity: (await hq.api('GET', '/status')).body.identity, unmanaged: [] });
    const child = (await hq.api('GET', '/children/py-site')).body;
    // The parent took identity, node id and languages from the signed statement.
    expect(child).toMatchObject({ identity: registered.identity, nodeId: registered.nodeId, languages: ['de-DE', 'en-US'] });
    expect(child.nodeId).not.toBe('py-site');
  });

  it('replicates the catalog complete, batch by batch, to the parent\'s digest', async () => {
    const result = await client('sync', '--batch-size', '400');
    expect(result).toMatchObject({ mode: 'complete', reason: 'no checkpoint', digestEqual: true });
    expect(result.batches).toBeGreaterThan(3);
    expect(result.listings).toBeGreaterThan(0);
    await expectSameAsParent(['de-DE', 'en-US'], result);
    // Its run report makes it a healthy child in the parent's eyes.
    const health = (await hq.api('GET', '/children/py-site')).body.health;
    expect(health).toMatchObject({ state: 'ok', rules: { catalog: { lagSequences: 0, lastError: null } } });
  });

  it('replicates the policies rule: a policy and its entries in the client\'s languages', async () => {
    const job = (await hq.api('POST', '/bulletins/EXTRA-1/stage')).body;
    await waitFor('EXTRA-1 staged', async () => {
      const j = (await hq.api('GET', `/jobs/${job.id}`)).body;
      return j.status === 'running' ? undefined : j;
    }, 30_000);
    const policy = await hq.api('POST', '/policies', { name: 'Fabrikam monthly', bulletinIds: ['EXTRA-1'] });
    expect(policy.status, JSON.stringify(policy.body)).toBe(201);
    const result = await client('sync', '--rule', 'policies');
    expect(result).toMatchObject({ rule: 'policies', mode: 'complete', reason: 'no checkpoint', digestEqual: true });
    await expectSameAsParent(['de-DE', 'en-US'], result, 'policies');
    const held = Object.keys(await client('records', '--rule', 'policies'));
    // The policy and its en-US entry; the fr-FR entry is outside the client's languages.
    expect(held.filter((k) => k.startsWith('e/'))).toEqual([expect.stringMatching(/en-US/)]);
    expect(held.filter((k) => k.startsWith('p/'))).toHaveLength(1);
  });

  it('replicates differentially: custom severities, a language left, deletions and a new bulletin', async () => {
    const bulletins = (await hq.api('GET', '/bulletins?limit=3')).body.items.map((b: { id: string }) => b.id);
    expect(bulletins).toHaveLength(3);
    expect((await hq.api('PUT', '/severity-levels', { levels: ['Urgent', 'Later'] })).status).toBe(200);
    for (const id of bulletins) expect((await hq.api('PUT', `/bulletins/${encodeURIComponent(id)}/severity`, { severity: 'Urgent' })).status).toBe(200);
    await importExtra(2);

    const result = await client('sync');
    expect(result).toMatchObject({ mode: 'differential', reason: '', digestEqual: true, listings: expect.any(Number) });
    // Only what changed travels: three bulletins, the levels, and the extra catalog's changes.
    expect(result.received).toBeLessThan(20);
    expect(result.deleted).toBeGreaterThanOrEqual(4); // EXTRA-3's two records, EXTRA-2's bulletin and de-DE update
    await expectSameAsParent(['de-DE', 'en-US'], result);
    const decoded = await client('records', '--decoded');
    for (const id of bulletins) expect(decoded[`b/${id}`]).toMatchObject({ kind: 'bulletin', id, customSeverity: 'Urgent' });
    expect(decoded['s/levels']).toMatchObject({ kind: 'severity_levels' });
    expect(Object.keys(decoded).filter((k) => /^[bu]\/EXTRA-[23]/.test(k))).toEqual([]);
    expect(decoded['b/EXTRA-4']).toMatchObject({ languages: ['en-US'] });
  });

  it('changes its language set: the run turns complete and the dropped language\'s records go', async () => {
    expect(await client('languages', 'en-US,fr-FR')).toEqual({ languages: ['en-US', 'fr-FR'] });
    await client('hello');
    expect((await hq.api('GET', '/children/py-site')).body.languages).toEqual(['en-US', 'fr-FR']);
    const result = await client('sync', '--batch-size', '1000');
    expect(result).toMatchObject({ mode: 'complete', reason: expect.stringMatching(/languages/), digestEqual: true });
    expect(result.deleted).toBeGreaterThan(0);
    await expectSameAsParent(['en-US', 'fr-FR'], result);
    const decoded = await client('records', '--decoded');
    expect(Object.values(decoded).some((r: any) => r.languages.includes('de-DE') && !r.languages.includes('en-US') && !r.languages.includes('fr-FR'))).toBe(false);
    expect(decoded['b/EXTRA-2']).toMatchObject({ languages: ['fr-FR'] });
  });

  it('hears that the parent no longer manages one of its languages, and stays exact', async () => {
    expect((await hq.api('PUT', '/languages', { languages: ['en-US', 'de-DE'] })).status).toBe(200);
    expect(await client('hello')).toMatchObject({ unmanaged: ['fr-FR'] });
    const result = await client('sync');
    expect(result).toMatchObject({ mode: 'differential', digestEqual: true });
    await expectSameAsParent(['en-US', 'fr-FR'], result);
    const health = (await hq.api('GET', '/children/py-site')).body.health;
    expect(health).toMatchObject({ state: 'ok', rules: { catalog: { lagSequences: 0 } } });
  });

  it('resumes a cut complete run after its last batch, catching up on what changed meanwhile', async () => {
    const cut = await run(python, [CLIENT, '--state', state, 'sync', '--mode', 'complete', '--batch-size', '300', '--stop-after-batches', '2']).then(() => undefined, (err) => err as { code: number; stdout: string });
    expect(JSON.parse(cut!.stdout)).toMatchObject({ error: { code: 'REPL_INTERRUPTED' } });
    // A record the cut run had already walked changes on the parent: the resumed run's catch-up carries it.
    const walked = Object.keys(await client('records')).find((k) => k.startsWith('b/'))!;
    expect((await hq.api('PUT', `/bulletins/${encodeURIComponent(walked.slice(2))}/severity`, { severity: 'Later' })).status).toBe(200);
    const resumed = await client('sync', '--batch-size', '300');
    expect(resumed).toMatchObject({ mode: 'complete', reason: 'resuming a complete run', digestEqual: true });
    await expectSameAsParent(['en-US', 'fr-FR'], resumed);
    expect((await client('records', '--decoded'))[walked]).toMatchObject({ customSeverity: 'Later' });
  });

  it('finds a damaged copy by the digest, reports the failure, and a complete run repairs it', async () => {
    // One held record's bytes changed behind the client's back (its SQLite file, as a bad disk would):
    // the differential run carries nothing new, so only the whole-set digest can see it.
    const damage = 'import sqlite3, sys; db = sqlite3.connect(sys.argv[1]); db.execute("UPDATE records SET bytes = CAST(bytes || x\'01\' AS BLOB) WHERE key = (SELECT min(key) FROM records)"); db.commit()';
    await run(python, ['-c', damage, join(state, 'records.sqlite')]);
    const failed = await run(python, [CLIENT, '--state', state, 'sync']).then(() => undefined, (err) => err as { code: number; stdout: string });
    expect(failed?.code, failed?.stdout).toBe(2);
    expect(JSON.parse(failed!.stdout)).toMatchObject({ error: { code: 'REPL_DIGEST_MISMATCH' } });
    const health = (await hq.api('GET', '/children/py-site')).body.health;
    expect(health).toMatchObject({ state: 'failing', rules: { catalog: { lastError: { code: 'REPL_DIGEST_MISMATCH' } } } });

    const repaired = await client('sync', '--mode', 'complete');
    expect(repaired).toMatchObject({ mode: 'complete', digestEqual: true });
    await expectSameAsParent(['en-US', 'fr-FR'], repaired);
    expect((await hq.api('GET', '/children/py-site')).body.health.state).toBe('ok');
  });
});
