import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordsOf, spawnNode, type ProcessNode } from './helpers/process-node.js';
import { tempDir } from './helpers/temp.js';

// TLS by configuration: a parent serving HTTPS, a child that trusts its CA.

const TLS = fileURLToPath(new URL('./fixtures/tls/', import.meta.url));
const nodes: ProcessNode[] = [];
const cleanups: Array<() => Promise<void>> = [];
// The test's own admin calls to the https parent skip verification; the child under test verifies for real.
const previous = process.env.NODE_TLS_REJECT_UNAUTHORIZED;
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
afterAll(async () => {
  if (previous === undefined) delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
  else process.env.NODE_TLS_REJECT_UNAUTHORIZED = previous;
  for (const n of nodes) await n.kill('SIGKILL');
  for (const c of cleanups) await c();
});

describe('replication over TLS', () => {
  it('replicates from an https parent whose certificate the child is configured to trust, and refuses one it does not', async () => {
    const { dir, cleanup } = await tempDir('patchtree-tls-');
    cleanups.push(cleanup);
    const parent = await spawnNode(join(dir, 'parent'), { nodeId: 'hq', languages: ['en-US'], tls: { cert: join(TLS, 'cert.pem'), key: join(TLS, 'key.pem') } });
    nodes.push(parent);
    expect(parent.url).toMatch(/^https:\/\/127\.0\.0\.1:/);
    for (let i = 0; i < 100; i++) {
      const status = await parent.api('GET', '/status').catch(() => undefined);
      if (status?.body?.counts?.bulletin) break;
      await new Promise((ok) => setTimeout(ok, 100));
    }
    const { credential, publisherKeys } = (await parent.api('POST', '/children', { id: 'site' })).body;
    const child = await spawnNode(join(dir, 'child'), { nodeId: 'site', sample: false, languages: ['en-US'], pollSeconds: 3600, parent: { url: parent.url, childId: 'site', credential, publisherKeys, ca: join(TLS, 'cert.pem') } });
    nodes.push(child);
    const run = (await child.api('POST', '/replication/pull', { rules: ['catalog'] })).body.runs[0];
    expect(run).toMatchObject({ status: 'ok', verification: { digestEqual: true } });
    expect(await recordsOf(child, (r) => r.origin === 'replicated')).toEqual(await recordsOf(parent, (r) => r.languages.some((l) => l === 'neutral' || l === 'en-US') && !r.key.startsWith('p/') && !r.key.startsWith('e/')));

    const untrusting = await spawnNode(join(dir, 'untrusting'), { nodeId: 'site2', sample: false, languages: ['en-US'], pollSeconds: 3600, parent: { url: parent.url, childId: 'site', credential, publisherKeys } });
    nodes.push(untrusting);
    const refused = (await untrusting.api('POST', '/replication/pull', { rules: ['catalog'] })).body.runs[0];
    expect(refused).toMatchObject({ status: 'failed', error: { code: 'REPL_PARENT_UNREACHABLE' } });
    expect(refused.error.message).toMatch(/self[- ]signed|certificate/i);
  });
});
