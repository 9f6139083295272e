import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHARED_DATA, startFileServer, type TestServer } from '../../helpers/http-server.js';
import { quietSchedules, spawnNode, type ProcessNode } from '../../helpers/process-node.js';
import { Rng } from './rng.js';
import { sendRaw } from './http.js';

/** The network guard every fuzzed node runs under (see loopback-only.mjs). */
const GUARD = fileURLToPath(new URL('./loopback-only.mjs', import.meta.url));

/** A node process under the fuzz suite: only 127.0.0.1 reachable, its admin token at hand for raw requests. */
export interface FuzzNode extends ProcessNode {
  token: string;
}

export async function fuzzNode(dataDir: string, config: Record<string, unknown>): Promise<FuzzNode> {
  const node = await spawnNode(dataDir, config, { env: { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${GUARD}`.trim() } });
  return Object.assign(node, { token: readFileSync(join(dataDir, 'admin-token'), 'utf8').trim() });
}

/**
 * The suite's file server: the real vendor samples (../shared/data), the
 * fixture catalog and its package files, and documents a target puts there
 * (mutated feeds), each under a path of its own.
 */
export interface FixtureServer extends TestServer {
  /** Serves `bytes` at `path` from now on. */
  put(path: string, bytes: Buffer): string;
  drop(path: string): void;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const docs = new Map<string, Buffer>();
  const server = await startFileServer(SHARED_DATA, [
    (req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const bytes = docs.get(path);
      if (!bytes) return false;
      res.writeHead(200, { 'content-length': bytes.length }).end(bytes);
      return true;
    },
  ]);
  return Object.assign(server, {
    put(path: string, bytes: Buffer) {
      docs.set(path, bytes);
      return `${server.url}${path}`;
    },
    drop(path: string) {
      docs.delete(path);
    },
  });
}

export interface FixtureCatalog {
  /** The native catalog's lines (bulletins with updates whose files the server holds). */
  lines: Array<Record<string, any>>;
  url: string;
  /** Bulletin ids, the first one staged by setupParent. */
  bulletins: string[];
}

/**
 * A small native catalog of Contoso bulletins whose update files the
 * fixture server holds (sha256 given): languages en-US, de-DE, ja-JP and
 * neutral, so that a child's filter selects a part. Bytes are made from a
 * fixed seed: every run serves the same catalog.
 */
export function fixtureCatalog(server: FixtureServer, bulletins = 8): FixtureCatalog {
  const rng = Rng.for('fixture-catalog');
  const lines: Array<Record<string, any>> = [];
  const languages = ['en-US', 'de-DE', 'ja-JP', 'neutral'];
  for (let b = 1; b <= bulletins; b++) {
    const updates = languages.slice(0, 2 + (b % 3)).map((language, i) => {
      const name = `contoso-${b}-${i}-${language}.msi`;
      const bytes = rng.bytes(1024 + rng.int(4096));
      const url = server.put(`/files/${name}`, bytes);
      return { id: `KB90${b}-x64-${language}`, kb: `KB90${b}`, language, url, fileName: name, size: bytes.length, hashAlgorithm: 'sha256', hash: createHash('sha256').update(bytes).digest('hex'), product: 'Contoso Suite', platform: 'x64', commandLine: '/quiet /norestart' };
    });
    lines.push({ id: `CONTOSO-${b}`, vendor: 'Contoso', title: `Contoso Suite update ${b}`, vendorSeverity: b % 2 ? 'Critical' : 'Important', released: `2024-0${1 + (b % 9)}-1${b % 10}`, description: `Fixes ${b} issues.`, products: ['Contoso Suite'], ...(b > 1 ? { supersedes: [`CONTOSO-${b - 1}`] } : {}), updates });
  }
  const url = server.put('/fixture/contoso.ndjson', Buffer.from(lines.map((l) => JSON.stringify(l)).join('\n') + '\n'));
  return { lines, url, bulletins: lines.map((l) => l.id) };
}

export interface FixtureParent {
  node: FuzzNode;
  catalog: FixtureCatalog;
  policyId: string;
}

async function waitJob(node: ProcessNode, job: { id: string; status: string }) {
  for (let i = 0; i < 200 && job.status === 'running'; i++) {
    await new Promise((ok) => setTimeout(ok, 50));
    job = (await node.api('GET', `/jobs/${job.id}`)).body;
  }
  return job as { status: string; result?: any; error?: any };
}

/**
 * A parent as a real deployment has one: the fixture catalog imported (and
 * the bundled sample, if asked), its first bulletin staged, a policy from
 * it, and schedules moved out of the way (no run or import lands in the
 * middle of a fuzz run).
 */
export async function setupParent(dir: string, server: FixtureServer, options: { nodeId: string; languages?: string[]; extra?: Record<string, unknown> }): Promise<FixtureParent> {
  const catalog = fixtureCatalog(server);
  const node = await fuzzNode(dir, {
    nodeId: options.nodeId, sample: false, languages: options.languages ?? ['en-US', 'de-DE'],
    sources: [{ name: 'contoso', type: 'native', urls: [catalog.url] }],
    ...options.extra,
  });
  await quietSchedules(node);
  const imported = await node.api('POST', '/sources/contoso/import');
  if (imported.status !== 200) throw new Error(`fixture import failed: ${JSON.stringify(imported.body)}`);
  const job = await waitJob(node, (await node.api('POST', `/bulletins/${catalog.bulletins[0]}/stage`)).body);
  if (job.status !== 'done' || !job.result?.staged) throw new Error(`fixture staging failed: ${JSON.stringify(job)}`);
  const policy = await node.api('POST', '/policies', { name: 'Contoso rollout', bulletinIds: [catalog.bulletins[0]], target: 'All Workstations', schedule: '0 3 * * 6' });
  if (policy.status !== 201) throw new Error(`fixture policy failed: ${JSON.stringify(policy.body)}`);
  return { node, catalog, policyId: policy.body.id };
}

/** A child registered on `parent`: its credential and the publisher keys it pins. */
export async function registerChild(parent: ProcessNode, id: string): Promise<{ credential: string; publisherKeys: unknown[] }> {
  const res = await parent.api('POST', '/children', { id });
  if (res.status !== 201) throw new Error(`could not register ${id}: ${JSON.stringify(res.body)}`);
  return { credential: res.body.credential, publisherKeys: res.body.publisherKeys };
}

/** An HTTP body as a failure report prints it: its length, sha256 and base64 (cut). */
export function showBody(body: Buffer | undefined): string {
  if (!body || !body.length) return '(no body)';
  const b64 = body.toString('base64');
  return `${body.length} bytes sha256 ${createHash('sha256').update(body).digest('hex').slice(0, 16)} base64 ${b64.length > 1500 ? `${b64.slice(0, 1500)}…` : b64}`;
}

/**
 * An admin API call on a connection of its own: the fuzz suite leaves gaps
 * (a large input being made) long enough for a node to close an idle
 * keep-alive connection, which a pooled client would then reuse and lose.
 */
export async function adminCall(node: FuzzNode, method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  const res = await sendRaw(node.url, {
    method,
    path: `/api/v1${path}`,
    headers: [['authorization', `Bearer ${node.token}`], ...(body === undefined ? [] : [['content-type', 'application/json'] as [string, string]])],
    body: body === undefined ? undefined : Buffer.from(JSON.stringify(body)),
  }, 30_000);
  const text = res.body.toString('utf8');
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}
