import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';
import { BIN, freePort, quietSchedules, spawnNode, type ProcessNode } from './helpers/process-node.js';
import { startFileServer, type TestServer } from './helpers/http-server.js';
import { tempDir } from './helpers/temp.js';
import { waitFor } from './helpers/wait.js';

// The CLI in its own process against real parent and child node processes on 127.0.0.1.

interface Ran { code: number; stdout: string; stderr: string }

/** Runs `patchtree ARGS` to its end (stdin not a terminal, as in a script). */
function cli(args: string[], env: Record<string, string> = {}): Promise<Ran> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, timeout: 120_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr });
    });
  });
}

/** util-linux `script`, to run the CLI on a pseudo-terminal (as an admin at a shell). */
const SCRIPT = ['/usr/bin/script', '/bin/script'].find((p) => existsSync(p));

/** Runs `patchtree ARGS` on a terminal and answers its [y/N] question with `answer`. */
function onTerminal(args: string[], answer: string): Promise<{ code: number | null; output: string }> {
  const quote = (a: string) => `'${a.replace(/'/g, `'\\''`)}'`;
  const proc = spawn(SCRIPT!, ['-qec', [process.execPath, BIN, ...args].map(quote).join(' '), '/dev/null']);
  let output = '';
  let answered = false;
  proc.stdout.on('data', (d) => {
    output += d;
    if (!answered && output.includes('[y/N]')) {
      answered = true;
      proc.stdin.write(`${answer}\n`);
    }
  });
  return new Promise((resolve) => proc.once('exit', (code) => resolve({ code, output })));
}

const nodes: ProcessNode[] = [];
const cleanups: Array<() => Promise<void>> = [];
let parent: ProcessNode;
let child: ProcessNode;
let files: TestServer;
/** The second attempt at the retried file, held until the test has seen the retry. */
let heldRetry: ServerResponse | undefined;
const blobs = new Map<string, Buffer>();

const on = (node: ProcessNode, ...args: string[]) => cli([...args, '--url', node.url, '--data', node.dataDir]);
const update = (id: string, bytes: Buffer) => ({ id, kb: 'KB1', language: 'en-US', url: `${files.url}/files/${id}`, fileName: id, size: bytes.length, hashAlgorithm: 'sha256', hash: createHash('sha256').update(bytes).digest('hex'), product: 'Widget', platform: 'x64' });

beforeAll(async () => {
  for (const [name, size] of [['one.msu', 2000], ['two.msu', 3000], ['retry.msu', 5000]] as const) blobs.set(name, randomBytes(size));
  let retrySeen = 0;
  files = await startFileServer('/nonexistent', [
    (req, res) => {
      if (req.url === '/catalog.ndjson') {
        const lines = [
          { id: 'B-1', vendor: 'Contoso', title: 'One', updates: [update('one.msu', blobs.get('one.msu')!)] },
          { id: 'B-2', vendor: 'Contoso', title: 'Two', updates: [update('two.msu', blobs.get('two.msu')!)] },
          { id: 'B-RETRY', vendor: 'Contoso', title: 'Retried', updates: [update('retry.msu', blobs.get('retry.msu')!)] },
        ];
        res.writeHead(200).end(lines.map((l) => JSON.stringify(l)).join('\n'));
        return true;
      }
      const name = /^\/files\/(.+)$/.exec(req.url ?? '')?.[1];
      if (!name || !blobs.has(name)) return false;
      if (name === 'retry.msu' && retrySeen++ === 0) return void res.writeHead(503).end('busy'), true;
      if (name === 'retry.msu') return void (heldRetry = res), true;
      res.writeHead(200, { 'content-length': blobs.get(name)!.length }).end(blobs.get(name));
      return true;
    },
  ]);
  cleanups.push(() => files.close());
  const { dir, cleanup } = await tempDir('patchtree-cli-');
  cleanups.push(cleanup);
  parent = await spawnNode(join(dir, 'parent'), { nodeId: 'hq', sample: false, languages: ['en-US', 'de-DE'] });
  nodes.push(parent);
  await quietSchedules(parent);
  await parent.api('PUT', '/sources/contoso', { type: 'native', urls: [`${files.url}/catalog.ndjson`] });
  expect((await parent.api('POST', '/sources/contoso/import')).status).toBe(200);
  const registered = (await parent.api('POST', '/children', { id: 'site-a', name: 'Site A' })).body;
  child = await spawnNode(join(dir, 'child'), { sample: false, languages: ['en-US'], pollSeconds: 0.3, parent: { url: parent.url, childId: 'site-a', credential: registered.credential, publisherKeys: registered.publisherKeys } });
  nodes.push(child);
}, 120_000);

afterAll(async () => {
  for (const n of nodes) await n.kill('SIGKILL');
  for (const c of cleanups) await c();
});

describe('the CLI refuses what it cannot run as written', () => {
  it('refuses an unknown flag with a hint, and starts nothing', async () => {
    const port = await freePort();
    const r = await cli(['start', '--prot', String(port), '--data', join(parent.dataDir, 'never')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("error CLI_UNKNOWN_OPTION: unknown option '--prot' (did you mean --port?)");
    expect(existsSync(join(parent.dataDir, 'never'))).toBe(false);
    const command = await cli(['stauts']);
    expect(command.code).toBe(2);
    expect(command.stderr).toContain("CLI_UNKNOWN_COMMAND: unknown command 'stauts' (did you mean status?)");
    const sub = await on(parent, 'policies', 'delte', 'x');
    expect(sub.code).toBe(2);
    expect(sub.stderr).toContain("CLI_UNKNOWN_COMMAND: unknown command 'delte' for 'patchtree policies' (did you mean delete?)");
  });

  it('types numbers: refuses `--verify abc`, out-of-range values and fractions', async () => {
    for (const args of [['pull', '--verify', 'abc'], ['pull', '--verify', '101'], ['start', '--port', '70000'], ['bulletins', '--limit', '1.5'], ['trust', 'raise-version', '-1']]) {
      const r = await on(child, ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(/^error CLI_INVALID_ARGUMENT: /);
    }
    // The child ran no pull for them.
    expect((await child.api('GET', '/replication/runs')).body.runs.filter((r: any) => r.trigger === 'api')).toEqual([]);
  });

  it('answers --help, -h, help and --version', async () => {
    const version = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
    expect(await cli(['--version'])).toMatchObject({ code: 0, stdout: `${version}\n` });
    expect((await cli(['-v'])).stdout).toBe(`${version}\n`);
    for (const args of [['--help'], ['-h'], ['help']]) {
      const r = await cli(args);
      expect(r.code, args[0]).toBe(0);
      expect(r.stdout).toContain('Usage: patchtree [options] [command]');
      for (const command of ['start', 'status', 'policies', 'run', 'jobs', 'trust']) expect(r.stdout).toMatch(new RegExp(`\\n  ${command} `));
    }
    for (const args of [['start', '--help'], ['help', 'start'], ['start', '-h']]) {
      const r = await cli(args);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Usage: patchtree start [options]');
      expect(r.stdout).toContain('--port <n>');
    }
    const run = await cli(['run', '--help']);
    expect(run.stdout).toContain('--wait');
    expect(run.stdout).toContain('Examples:');
    // No command at all: the help, as a refusal.
    const none = await cli([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Usage: patchtree');
  });

  it('prints errors as JSON under --json: the parser\'s, the node\'s and its own, with a non-zero exit', async () => {
    const parsed = await on(child, 'pull', '--verify', 'abc', '--json');
    expect(parsed.code).toBe(2);
    expect(JSON.parse(parsed.stdout)).toEqual({ error: { code: 'CLI_INVALID_ARGUMENT', message: expect.stringContaining('--verify'), details: { command: 'patchtree pull' } } });
    const answered = await on(parent, 'bulletin', 'NOPE', '--json');
    expect(answered.code).toBe(1);
    expect(JSON.parse(answered.stdout)).toEqual({ error: { code: 'NOT_FOUND', message: expect.any(String) } });
    const unknown = await on(parent, 'statuss', '--json');
    expect(JSON.parse(unknown.stdout).error.code).toBe('CLI_UNKNOWN_COMMAND');
    const closed = await cli(['status', '--url', `http://127.0.0.1:${await freePort()}`, '--token', 'x'.repeat(20), '--json']);
    expect(closed.code).toBe(1);
    expect(JSON.parse(closed.stdout).error.code).toBe('CLI_UNREACHABLE');
    expect(closed.stderr).toBe('');
  });

  it('refuses `languages set` and `severity levels` with no argument instead of emptying them', async () => {
    const before = (await parent.api('GET', '/languages')).body.languages;
    const languages = await on(parent, 'languages', 'set');
    expect(languages.code).toBe(2);
    expect(languages.stderr).toContain('CLI_MISSING_ARGUMENT');
    expect((await parent.api('GET', '/languages')).body.languages).toEqual(before);
    await parent.api('PUT', '/severity-levels', { levels: ['Urgent', 'Routine'] });
    const levels = await on(parent, 'severity', 'levels');
    expect(levels.code).toBe(2);
    expect(levels.stderr).toContain('CLI_MISSING_ARGUMENT');
    expect((await parent.api('GET', '/severity-levels')).body.levels).toEqual(['Urgent', 'Routine']);
    await parent.api('PUT', '/exclusions', { exclusions: ['Legacy*'] });
    const exclusions = await on(parent, 'exclusions', 'set');
    expect(exclusions.stderr).toContain('CLI_MISSING_ARGUMENT');
    expect((await parent.api('GET', '/exclusions')).body.exclusions).toEqual(['Legacy*']);
    expect((await on(parent, 'exclusions', 'set', '--clear')).code).toBe(0); // said explicitly
    expect((await parent.api('GET', '/exclusions')).body.exclusions).toEqual([]);
  });

  it('refuses a destructive command without --yes when not on a terminal, and does it with --yes', async () => {
    expect((await parent.api('POST', '/children', { id: 'site-gone' })).status).toBe(201);
    const refused = await on(parent, 'children', 'remove', 'site-gone');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('error CLI_CONFIRMATION_REQUIRED: Remove child site-gone?');
    expect((await parent.api('GET', '/children/site-gone')).status).toBe(200);
    const json = await on(parent, 'children', 'remove', 'site-gone', '--json');
    expect(JSON.parse(json.stdout).error.code).toBe('CLI_CONFIRMATION_REQUIRED');
    // Dropping a managed language is destructive too; adding one is not.
    const drop = await on(parent, 'languages', 'set', 'en-US');
    expect(drop.code).toBe(2);
    expect(drop.stderr).toContain('Stop managing de-DE?');
    expect((await parent.api('GET', '/languages')).body.languages).toEqual(['de-DE', 'en-US']);
    expect((await on(parent, 'languages', 'set', 'en-US', 'de-DE', 'fr-FR')).code).toBe(0);
    expect((await on(parent, 'languages', 'set', 'en-US', 'de-DE', '--yes')).code).toBe(0);
    const removed = await on(parent, 'children', 'remove', 'site-gone', '--yes');
    expect(removed).toMatchObject({ code: 0, stdout: 'child site-gone removed\n' });
    expect((await parent.api('GET', '/children/site-gone')).status).toBe(404);
  });

  it.skipIf(!SCRIPT)('asks on a terminal: "n" changes nothing, "y" does it', async () => {
    expect((await parent.api('POST', '/children', { id: 'site-asked' })).status).toBe(201);
    const args = ['children', 'remove', 'site-asked', '--url', parent.url, '--data', parent.dataDir];
    const no = await onTerminal(args, 'n');
    expect(no.output).toContain('Remove child site-asked?');
    expect(no.output).toContain('CLI_CANCELLED');
    expect(no.code).toBe(1);
    expect((await parent.api('GET', '/children/site-asked')).status).toBe(200);
    const yes = await onTerminal(args, 'y');
    expect(yes.output).toContain('child site-asked removed');
    expect(yes.code).toBe(0);
    expect((await parent.api('GET', '/children/site-asked')).status).toBe(404);
  });
});

describe('the CLI against a running hierarchy', () => {
  it('addresses policies by name, and refuses a name two policies share', async () => {
    await staged(parent, 'B-1');
    await staged(parent, 'B-2');
    const created = await on(parent, 'policies', 'create', 'Monthly servers', 'B-1', '--json');
    expect(created.code).toBe(0);
    const id = JSON.parse(created.stdout).id;
    const shown = JSON.parse((await on(parent, 'policies', 'show', 'Monthly servers', '--json')).stdout);
    expect(shown).toMatchObject({ id, name: 'Monthly servers', enabled: true });
    expect((await on(parent, 'policies', 'disable', 'monthly SERVERS')).code).toBe(0); // a name whatever its case
    expect((await parent.api('GET', `/policies/${id}`)).body.enabled).toBe(false);
    const other = (await parent.api('POST', '/policies', { name: 'Monthly servers', bulletinIds: ['B-2'] })).body.id;
    const ambiguous = await on(parent, 'policies', 'delete', 'Monthly servers', '--yes');
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toContain('CLI_AMBIGUOUS_NAME');
    expect(ambiguous.stderr).toContain(id);
    expect(ambiguous.stderr).toContain(other);
    expect((await parent.api('GET', '/policies')).body.policies).toHaveLength(2);
    const refused = await on(parent, 'policies', 'delete', other);
    expect(refused.stderr).toContain('CLI_CONFIRMATION_REQUIRED');
    expect((await on(parent, 'policies', 'delete', other, '--yes')).code).toBe(0);
    expect((await on(parent, 'policies', 'show', 'Monthly servers', '--json')).code).toBe(0); // one left: no longer ambiguous
    expect((await on(parent, 'rules', 'set', 'policies', '--policies', 'Monthly servers')).code).toBe(0);
    expect((await parent.api('GET', '/replication/rules')).body.rules.policies.policyIds).toEqual([id]);
    expect((await on(parent, 'rules', 'set', 'policies', '--all-policies')).code).toBe(0);
    expect(JSON.parse((await on(parent, 'policies', 'show', 'nothing like it', '--json')).stdout).error.code).toBe('NOT_FOUND');
  });

  it('runs a rule on the children and waits for their runs (run --wait)', async () => {
    const first = await on(parent, 'run', 'catalog', '--wait', '--timeout', '60');
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/site-a catalog\s+differential.*digest equal/);
    expect(first.stdout).toContain('1 of 1 run(s) ok');
    // Each wait is for a run newer than its own request.
    const again = JSON.parse((await on(parent, 'run', 'catalog', '--complete', '--wait', '--json')).stdout);
    expect(again).toMatchObject({ rule: 'catalog', children: ['site-a'], runs: [{ child: 'site-a', rule: 'catalog', trigger: 'parent', status: 'ok', mode: 'complete' }] });
    const history = (await parent.api('GET', '/replication/runs?child=site-a')).body.children.filter((r: any) => r.rule === 'catalog' && r.trigger === 'parent');
    expect(history.length).toBe(2);
    expect(history[0]).toMatchObject({ id: again.runs[0].id, mode: 'complete' });
    // A child that never reports: the wait ends with its code, naming it.
    expect((await parent.api('POST', '/children', { id: 'site-silent' })).status).toBe(201);
    const silent = await on(parent, 'run', 'policies', '--child', 'site-silent', '--wait', '--timeout', '1', '--json');
    expect(silent.code).toBe(1);
    expect(JSON.parse(silent.stdout).error).toMatchObject({ code: 'CLI_WAIT_TIMEOUT', details: { waiting: ['site-silent'] } });
  });

  it('draws the hierarchy as a tree on the parent and on the child', async () => {
    const onParent = (await on(parent, 'status')).stdout;
    expect(onParent).toContain('hq (this node)  de-DE, en-US, neutral');
    expect(onParent).toMatch(/├─ site-a "Site A"  en-US  seen /);
    const onChild = (await on(child, 'status')).stdout;
    expect(onChild).toContain(`parent ${parent.url}`);
    // The child's node id is generated, as the README leaves it; its child id on the parent is the admin's.
    const childNodeId = (await child.api('GET', '/status')).body.nodeId as string;
    expect(childNodeId).toMatch(/^node-/);
    expect(onChild).toContain(`└─ ${childNodeId} (this node, child "site-a" there)  en-US, neutral`);
    expect(JSON.parse((await on(child, 'status', '--json')).stdout).nodeId).toBe(childNodeId);
  });

  it('lists and shows jobs, with a download that waits to retry', async () => {
    const job = (await parent.api('POST', '/bulletins/B-RETRY/stage')).body;
    // The first attempt got a 503; the second is held by the server until the retry has been seen.
    const retrying = await waitFor('the job to report the retry', async () => {
      const p = (await parent.api('GET', `/jobs/${job.id}`)).body.progress;
      return p?.retrying?.length ? p : undefined;
    }, 20_000);
    expect(retrying.retrying).toEqual([expect.objectContaining({ update: expect.stringContaining('retry.msu'), attempt: 2, code: 'STAGE_DOWNLOAD_FAILED' })]);
    const shown = await on(parent, 'jobs', 'show', job.id);
    expect(shown.stdout).toContain(`${job.id}  stage B-RETRY  running`);
    expect(shown.stdout).toMatch(/retrying .*retry\.msu: attempt 2 after STAGE_DOWNLOAD_FAILED/);
    await waitFor('the second attempt to arrive', async () => heldRetry, 20_000);
    heldRetry!.writeHead(200, { 'content-length': blobs.get('retry.msu')!.length }).end(blobs.get('retry.msu'));
    const watched = await on(parent, 'jobs', 'watch', job.id);
    expect(watched).toMatchObject({ code: 0, stdout: 'B-RETRY: 1/1 downloaded, staged\n' });
    const list = JSON.parse((await on(parent, 'jobs', '--json')).stdout);
    expect(list.find((j: any) => j.id === job.id)).toMatchObject({ kind: 'stage', status: 'done', progress: { retrying: [], done: 1, bytes: 5000, totalBytes: 5000 } });
    expect((await on(parent, 'jobs')).stdout).toMatch(new RegExp(`${job.id}\\s+stage\\s+B-RETRY\\s+done\\s+1/1 files, 4\\.9 KiB of 4\\.9 KiB`));
  });
});

describe('patchtree start', () => {
  it('prints the console URL and the token file; a first start that fails keeps the token for the next', async () => {
    const { dir, cleanup } = await tempDir('patchtree-cli-start-');
    cleanups.push(cleanup);
    const taken: Server = createServer();
    await new Promise<void>((ok) => taken.listen(0, '127.0.0.1', ok));
    const port = (taken.address() as { port: number }).port;
    const env = { PATCHTREE_SAMPLE: 'false', PATCHTREE_LOG_LEVEL: 'silent' };
    const failed = await cli(['start', '--data', dir, '--port', String(port)], env);
    await new Promise((ok) => taken.close(ok));
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain(`START_PORT_IN_USE: port ${port} on 127.0.0.1 is in use`);
    const tokenFile = join(dir, 'admin-token');
    const token = readFileSync(tokenFile, 'utf8').trim();
    expect(failed.stderr).toContain(`the admin token was generated in ${tokenFile}`);
    expect(failed.stderr).not.toContain(token);

    const second = await startUntilListening(dir, env);
    expect(second).toContain('console: http://127.0.0.1:');
    expect(second).toContain(`admin token (shown once; also in ${tokenFile}):\n  ${token}`);
    const third = await startUntilListening(dir, env);
    expect(third).toContain(`admin token: in ${tokenFile}`);
    expect(third).not.toContain(token);
  });
});

/** Starts `patchtree start` on a free port, returns its stderr once it printed where the token is, and stops it. */
async function startUntilListening(dir: string, env: Record<string, string>): Promise<string> {
  const node = spawn(process.execPath, [BIN, 'start', '--data', dir, '--port', '0'], { env: { ...process.env, ...env } });
  let stderr = '';
  node.stderr.on('data', (d) => (stderr += d));
  try {
    await waitFor('the start to print where the token is', async () => (/console: .*\n[^]*(admin token: in |admin token \(shown once[^\n]*\n  \S+\n)/.test(stderr) ? true : undefined), 30_000, () => stderr);
    return stderr;
  } finally {
    await new Promise((ok) => { node.once('exit', ok); node.kill('SIGTERM'); });
  }
}

async function staged(node: ProcessNode, id: string): Promise<void> {
  const job = (await node.api('POST', `/bulletins/${id}/stage`)).body;
  await waitFor(`${id} staged`, async () => ((await node.api('GET', `/jobs/${job.id}`)).body.status === 'done' ? true : undefined), 20_000);
}
