import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtEntry } from '../../node/build.mjs';
import { LOOPBACK_FETCH } from './fetch-policy.js';

/** The node to run; PATCHTREE_BIN runs another build (say, an older commit's, to see a test fail there). */
export const BIN = process.env.PATCHTREE_BIN ?? fileURLToPath(new URL('../../node/bin.mjs', import.meta.url));

export interface ProcessNode {
  url: string;
  dataDir: string;
  process: ChildProcess;
  logs(): string;
  api(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }>;
  /** Waits for the process to exit after a signal. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

let compiled: Promise<string> | undefined;

/** Starts `patchtree start` in its own process with a config file; resolves once it listens. `env` adds to the process environment. */
export async function spawnNode(dataDir: string, config: Record<string, unknown>, options: { env?: Record<string, string> } = {}): Promise<ProcessNode> {
  await (compiled ??= builtEntry()); // once here, rather than by every node of a fan-out starting at once
  mkdirSync(dataDir, { recursive: true });
  const configFile = join(dataDir, 'config.json');
  // Catalogs and packages of tests are served from 127.0.0.1: allowed explicitly (a test of the policy overrides `fetch`).
  writeFileSync(configFile, JSON.stringify({ host: '127.0.0.1', port: 0, dataDir, logLevel: 'info', fetch: LOOPBACK_FETCH, ...config }));
  let output = '';
  const { NODE_TLS_REJECT_UNAUTHORIZED: _insecure, ...env } = process.env; // nodes under test always verify TLS
  const child = spawn(BIN, ['start', '--config', configFile], { env: { ...env, PATCHTREE_LOG_LEVEL: '', ...options.env } });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`node did not start: ${output}`)), 20_000);
    child.stdout!.on('data', () => {
      const m = /"url":"(https?:\/\/[^"]+)".*"msg":"node listening"/.exec(output);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`node exited with ${code}: ${output}`)); });
  });
  const token = readFileSync(join(dataDir, 'admin-token'), 'utf8').trim();
  return {
    url,
    dataDir,
    process: child,
    logs: () => output,
    async api(method, path, body) {
      const res = await fetch(`${url}/api/v1${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : undefined };
    },
    kill(signal = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
      return new Promise((ok) => { child.once('exit', () => ok()); child.kill(signal); });
    },
  };
}

/** All records of a node (key -> hash), through its admin API, page by page. */
export async function recordsOf(node: ProcessNode, filter: (r: { key: string; origin: string; languages: string[] }) => boolean = () => true): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  let after: string | null = '';
  while (after !== null) {
    const page: { body: { records: Array<{ key: string; hash: string; origin: string; languages: string[] }>; next: string | null } } = await node.api('GET', `/records?limit=5000${after ? `&after=${encodeURIComponent(after)}` : ''}`);
    for (const r of page.body.records) if (filter(r)) out.set(r.key, r.hash);
    after = page.body.next;
  }
  return out;
}

/**
 * Moves a parent's replication schedules out of the way (once a year), so
 * that no scheduled run lands in the middle of a test that counts records;
 * tests pull or run-now explicitly.
 */
export async function quietSchedules(parent: ProcessNode): Promise<void> {
  for (const rule of ['language-alerting', 'catalog', 'policies', 'content']) {
    const res = await parent.api('PUT', `/replication/rules/${rule}`, { schedule: '0 0 1 1 *' });
    if (res.status !== 200) throw new Error(`could not set the ${rule} schedule: ${JSON.stringify(res.body)}`);
  }
}

/** A port free on 127.0.0.1 now, for a node that must come back on the same port after a restart. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as { port: number }).port;
  await new Promise((ok) => server.close(ok));
  return port;
}
