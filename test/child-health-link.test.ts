import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeCatalog } from '../catalog/index.js';
import { startFaultProxy, type FaultProxy } from './helpers/fault-proxy.js';
import { quietSchedules, spawnNode, type ProcessNode } from './helpers/process-node.js';
import { tempDir } from './helpers/temp.js';
import { waitFor } from './helpers/wait.js';

// The parent's view of a child's health, each node its own process, the child
// reaching the parent through a TCP proxy of the test's: the link goes down
// (every connection reset, as a parent URL on a closed port or a firewall
// would), the child goes red on the parent (offline, then failing once its
// failed runs arrive, and CHILD_STALE), and green again once it replicates.

const OFFLINE_SECONDS = 2;
const STALE_SECONDS = 6;
const RULES = ['catalog', 'policies', 'content'] as const;

let dir: string;
let cleanup: (() => Promise<void>) | undefined;
let parent: ProcessNode;
let child: ProcessNode;
let proxy: FaultProxy;

const health = async () => (await parent.api('GET', '/children/site-a')).body.health;
const listed = async () => ((await parent.api('GET', '/children')).body.children as Array<{ id: string; health: any }>).find((c) => c.id === 'site-a')!.health;
const staleAlerts = async () => ((await parent.api('GET', '/alerts')).body.alerts as Array<{ code?: string; child?: string; rules?: string[] }>).filter((a) => a.code === 'CHILD_STALE');
const lagMetric = async () => Number(/^patchtree_child_lag_sequences\{child="site-a",rule="catalog"\} (\d+)$/m.exec(await (await fetch(`${parent.url}/metrics`)).text())?.[1]);

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('patchtree-child-health-'));
  const first = join(dir, 'first.ndjson.gz');
  await writeCatalog(first, { seed: 3, bulletins: 20, languages: ['neutral', 'en-US'] });
  // Imported while the link is down, so that the child falls behind.
  const second = join(dir, 'second.ndjson.gz');
  await writeCatalog(second, { seed: 4, bulletins: 5, languages: ['neutral', 'en-US'] });
  parent = await spawnNode(join(dir, 'parent'), {
    sample: false, languages: ['en-US'], childOfflineSeconds: OFFLINE_SECONDS, childStaleSeconds: STALE_SECONDS,
    sources: [{ name: 'first', type: 'native', urls: [pathToFileURL(first).href] }, { name: 'second', type: 'native', urls: [pathToFileURL(second).href] }],
  });
  await quietSchedules(parent);
  expect((await parent.api('POST', '/sources/first/import')).status).toBe(200);
  const registered = (await parent.api('POST', '/children', { id: 'site-a' })).body;
  expect((await health()).state).toBe('unknown');
  proxy = await startFaultProxy({ host: '127.0.0.1', port: Number(new URL(parent.url).port) });
  child = await spawnNode(join(dir, 'child'), { sample: false, languages: ['en-US'], pollSeconds: 0.5, parent: { url: proxy.url, childId: 'site-a', credential: registered.credential, publisherKeys: registered.publisherKeys } });
}, 60_000);

afterAll(async () => {
  await child?.kill('SIGKILL');
  await parent?.kill('SIGKILL');
  await proxy?.close();
  await cleanup?.();
});

describe('a child\'s health on its parent', () => {
  it('is ok once the child replicated every rule, current with the parent\'s store', async () => {
    const h = await waitFor('site-a ok with every rule replicated', async () => {
      const h = await health();
      return h.state === 'ok' && RULES.every((rule) => h.rules[rule].lastSuccessAt) ? h : undefined;
    }, 30_000, () => child.logs().slice(-2000));
    expect(h.offlineSince).toBeNull();
    for (const rule of ['catalog', 'policies'] as const) expect(h.rules[rule]).toMatchObject({ lagSequences: 0, lagSeconds: 0, lastError: null });
    expect(h.rules.content).toMatchObject({ lagSequences: null, lastError: null });
    expect(await listed()).toEqual(h);
    expect(await staleAlerts()).toEqual([]);
  });

  it('turns offline when the link goes down, with the lag growing as the parent changes, and raises CHILD_STALE', async () => {
    proxy.set({ kind: 'cut', direction: 'up', afterBytes: 0 });
    proxy.resetAll();
    // The child's admin pulls meanwhile: the run fails, and waits in its outbox.
    const pulled = (await child.api('POST', '/replication/pull', { rules: ['catalog'] })).body.runs[0];
    expect(pulled.status).toBe('failed');
    const offline = await waitFor('site-a offline', async () => {
      const h = await health();
      return h.state === 'offline' ? h : undefined;
    }, 30_000);
    expect(Date.parse(offline.offlineSince)).toBeGreaterThan(0);
    // The parent changes: the child falls behind.
    const lastSeq = (await parent.api('GET', '/status')).body.lastSeq;
    const imported = (await parent.api('POST', '/sources/second/import')).body;
    expect(imported.bulletins?.added ?? 0).toBeGreaterThan(0);
    const behind = await health();
    expect(behind.rules.catalog.lagSequences).toBeGreaterThan(0);
    expect(behind.rules.catalog.lagSequences).toBeGreaterThanOrEqual((await parent.api('GET', '/status')).body.lastSeq - lastSeq);
    expect(behind.rules.catalog.lagSeconds).toBeGreaterThan(0);
    expect(await lagMetric()).toBe(behind.rules.catalog.lagSequences);
    // Each rule goes stale childStaleSeconds after its own last success.
    const [alert] = await waitFor('CHILD_STALE for every rule', async () => {
      const alerts = await staleAlerts();
      return alerts[0]?.rules?.length === RULES.length ? alerts : undefined;
    }, 30_000, staleAlerts);
    expect(alert).toMatchObject({ kind: 'child-stale', child: 'site-a', rules: [...RULES] });
    expect(Date.parse((alert as { lastSuccessAt: string }).lastSuccessAt)).toBeGreaterThan(0);
  });

  it('turns failing when the link is back and the failed run arrives, and ok again once the child replicates', async () => {
    proxy.set({ kind: 'pass' });
    const failing = await waitFor('site-a failing', async () => {
      const h = await health();
      return h.state === 'failing' ? h : undefined;
    }, 30_000, () => child.logs().slice(-2000));
    expect(failing.offlineSince).toBeNull();
    expect(['REPL_PARENT_UNREACHABLE', 'REPL_INTERRUPTED']).toContain(failing.rules.catalog.lastError?.code);
    expect(Date.parse(failing.rules.catalog.lastAttemptAt)).toBeGreaterThan(Date.parse(failing.rules.catalog.lastSuccessAt));
    // The parent admin runs every rule now; the child picks it up at its next report.
    for (const rule of RULES) expect((await parent.api('POST', '/replication/run', { rule })).status).toBe(202);
    const ok = await waitFor('site-a ok again', async () => {
      const h = await health();
      return h.state === 'ok' && h.rules.catalog.lagSequences === 0 ? h : undefined;
    }, 30_000, () => child.logs().slice(-2000));
    for (const rule of RULES) expect(ok.rules[rule].lastError).toBeNull();
    expect(ok.rules.catalog.lagSeconds).toBe(0);
    await waitFor('CHILD_STALE cleared', async () => ((await staleAlerts()).length === 0 ? true : undefined), 30_000, staleAlerts);
  });
});
