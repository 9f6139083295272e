import pino from 'pino';
import { loadConfig, type NodeConfig } from '../../node/config.js';
import { startNode, type RunningNode } from '../../node/node.js';
import { tempDir } from './temp.js';
import { LOOPBACK_FETCH } from './fetch-policy.js';

export const TEST_TOKEN = 'test-admin-token-0123456789';

export interface TestNode {
  node: RunningNode;
  url: string;
  dataDir: string;
  /** Calls the admin API with the test token; returns status and parsed JSON. */
  api(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
}

/** A real node on 127.0.0.1:0 with LevelDB in a temp dir and a known admin token. */
export async function startTestNode(overrides: Partial<Record<keyof NodeConfig, unknown>> = {}): Promise<TestNode> {
  const { dir, cleanup } = await tempDir('patchtree-node-');
  const config = loadConfig({
    env: {},
    // Catalogs and packages of tests are served from 127.0.0.1: allowed explicitly (a test of the policy overrides `fetch`).
    flags: { dataDir: dir, port: 0, host: '127.0.0.1', adminToken: TEST_TOKEN, sample: false, logLevel: 'silent', fetchRetries: 1, fetch: LOOPBACK_FETCH, ...overrides },
  });
  const node = await startNode(config, pino({ level: 'silent' }));
  return {
    node,
    url: node.url,
    dataDir: dir,
    async api(method, path, body, headers = {}) {
      const res = await fetch(`${node.url}/api/v1${path}`, {
        method,
        headers: { authorization: `Bearer ${TEST_TOKEN}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : undefined };
    },
    async close() {
      await node.close();
      await cleanup();
    },
  };
}
