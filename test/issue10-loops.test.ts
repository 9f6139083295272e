import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeCatalog } from '../catalog/index.js';
import { quietSchedules, recordsOf, spawnNode, type ProcessNode, freePort } from './helpers/process-node.js';
import { tempDir } from './helpers/temp.js';
import { sleep, waitFor, within } from './helpers/wait.js';

// Issue 10, in the README's own setup (generated node ids, child ids the
// admin chooses): a loop made by the admin, and a registered child whose id
// is "seen". Every node is its own process.

let dir: string;
let cleanup: (() => Promise<void>) | undefined;
let catalogUrl: string;
const nodes: ProcessNode[] = [];

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('patchtree-issue10-loops-'));
  const path = join(dir, 'generated.ndjson.gz');
  await writeCatalog(path, { seed: 11, bulletins: 200, languages: ['neutral', 'en-US', 'de-DE'] });
  catalogUrl = pathToFileURL(path).href;
});

afterAll(async () => {
  for (const n of nodes) await n.kill('SIGKILL');
  await cleanup?.();
});

async function start(name: string, config: Record<string, unknown>): Promise<ProcessNode> {
  const node = await spawnNode(join(dir, name), { sample: false, ...config });
  nodes.push(node);
  return node;
}

/** A top node with the generated catalog imported and its replication schedules out of the way. */
async function startTop(name: string, config: Record<string, unknown> = {}): Promise<ProcessNode> {
  const top = await start(name, { languages: ['en-US', 'de-DE'], sources: [{ name: 'generated', type: 'native', urls: [catalogUrl] }], ...config });
  await quietSchedules(top);
  const imported = await top.api('POST', '/sources/generated/import');
  expect(imported.status, JSON.stringify(imported.body)).toBe(200);
  return top;
}

async function register(parent: ProcessNode, id: string): Promise<{ credential: string; publisherKeys: unknown[] }> {
  const res = await parent.api('POST', '/children', { id });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { credential: res.body.credential, publisherKeys: res.body.publisherKeys };
}

const api = async (node: ProcessNode, method: string, path: string, body?: unknown) => within(node.api(method, path, body), 10_000, `${method} ${path}`);
const runsOf = async (node: ProcessNode): Promise<any[]> => (await api(node, 'GET', '/replication/runs')).body.runs;

async function catalogOk(node: ProcessNode): Promise<void> {
  let last: any[] = [];
  await waitFor('a catalog run ok', async () => {
    last = await runsOf(node);
    return last.some((r) => r.rule === 'catalog' && r.status === 'ok') ? true : undefined;
  }, 30_000, () => last);
}

describe('the admin makes the top node a child of its own child', () => {
  // A (top, generated id) <- B (child id "site-b"); then B registers "hq" and A restarts with B as its parent.
  let a: ProcessNode;
  let b: ProcessNode;

  beforeAll(async () => {
    const aPort = await freePort(); // A keeps its address across the restart, as a real server does
    const aConfig = { port: aPort, pollSeconds: 1, languages: ['en-US', 'de-DE'], sources: [{ name: 'generated', type: 'native', urls: [catalogUrl] }] };
    a = await startTop('a', aConfig);
    b = await start('b', { languages: ['de-DE'], pollSeconds: 1, parent: { url: a.url, childId: 'site-b', ...(await register(a, 'site-b')) } });
    await catalogOk(b);
    expect((await recordsOf(a, (r) => r.origin === 'replicated')).size).toBe(0);
    const registered = await register(b, 'hq');
    await a.kill();
    a = await start('a', { ...aConfig, parent: { url: b.url, childId: 'hq', ...registered } }); // same data, same sources, now B's child
  });

  it('does not start a hello storm: the descendants lists stay bounded and stop growing', async () => {
    const began = Date.now();
    const read = async () => ({
      onB: (await api(b, 'GET', '/children/hq')).body.descendants as unknown[],
      onA: (await api(a, 'GET', '/children/site-b')).body.descendants as unknown[],
    });
    const readings: Array<{ at: number; onB: number; onA: number; uniqueOnB: number; uniqueOnA: number }> = [];
    for (const at of [0, 5_000, 10_000]) {
      await sleep(Math.max(0, began + at - Date.now()));
      const { onB, onA } = await read();
      readings.push({ at, onB: onB.length, onA: onA.length, uniqueOnB: new Set(onB.map((d) => JSON.stringify(d))).size, uniqueOnA: new Set(onA.map((d) => JSON.stringify(d))).size });
    }
    const summary = JSON.stringify(readings);
    for (const r of readings) {
      expect.soft(r.onB, `descendants of hq on B at ${r.at} ms (readings at 0/5/10 s: ${summary})`).toBeLessThanOrEqual(1000);
      expect.soft(r.onA, `descendants of site-b on A at ${r.at} ms (readings at 0/5/10 s: ${summary})`).toBeLessThanOrEqual(1000);
    }
    expect.soft(readings[2].onB, `descendants of hq on B grew between 5 and 10 s: ${summary}`).toBeLessThanOrEqual(readings[1].onB);
    expect.soft(readings[2].onA, `descendants of site-b on A grew between 5 and 10 s: ${summary}`).toBeLessThanOrEqual(readings[1].onA);
    for (const r of readings) {
      expect.soft(r.onB, `descendants of hq on B at ${r.at} ms are not de-duplicated: ${summary}`).toBe(r.uniqueOnB);
      expect.soft(r.onA, `descendants of site-b on A at ${r.at} ms are not de-duplicated: ${summary}`).toBe(r.uniqueOnA);
    }
  });

  it('refuses A\'s pull from its own descendant with REPL_LOOP for every rule, and A\'s own records stay local', async () => {
    const pulled = await within(a.api('POST', '/replication/pull', {}), 30_000, 'A pulls from B');
    expect(pulled.status, JSON.stringify(pulled.body)).toBe(200);
    expect.soft(pulled.body.runs).toMatchObject([
      { rule: 'catalog', status: 'failed', error: { code: 'REPL_LOOP' } },
      { rule: 'policies', status: 'failed', error: { code: 'REPL_LOOP' } },
      { rule: 'content', status: 'failed', error: { code: 'REPL_LOOP' } },
    ]);
    const replicatedOnA = await recordsOf(a, (r) => r.origin === 'replicated');
    expect(replicatedOnA.size, 'records of A now marked replicated').toBe(0);
    expect((await recordsOf(a)).size).toBeGreaterThan(1000); // A still holds its own catalog
  });
});

describe('a child registered with the id "seen"', () => {
  it('does not share state with the node\'s own run-now bookkeeping: run-now reaches both the mid-tier and its child', async () => {
    // T (top) <- M (child id "region-1") <- leaf (child id "seen").
    const t = await startTop('t');
    const m = await start('m', { languages: ['en-US', 'de-DE'], pollSeconds: 1, parent: { url: t.url, childId: 'region-1', ...(await register(t, 'region-1')) } });
    await catalogOk(m);
    const leaf = await start('leaf', { languages: ['de-DE'], pollSeconds: 1, parent: { url: m.url, childId: 'seen', ...(await register(m, 'seen')) } });
    await catalogOk(leaf);

    let last: any[] = [];
    const askedRuns = async (node: ProcessNode) => (last = (await runsOf(node)).filter((r) => r.rule === 'catalog' && r.trigger === 'parent'));
    const ranAtRequest = (node: ProcessNode, count: number, what: string) =>
      waitFor(what, async () => ((await askedRuns(node)).length >= count ? true : undefined), 10_000, () => last.map((r) => ({ id: r.id, status: r.status })));
    const runNow = async (parent: ProcessNode, child: string) => {
      const res = await api(parent, 'POST', '/replication/run', { rule: 'catalog', child });
      expect(res.status, JSON.stringify(res.body)).toBe(202);
    };

    await runNow(m, 'seen'); // M's admin asks its child "seen" to run
    await ranAtRequest(leaf, 1, 'the leaf "seen" to run the catalog at M\'s request');
    await runNow(t, 'region-1'); // T's admin asks M to run
    await ranAtRequest(m, 1, 'M to run the catalog at T\'s request');
    await runNow(t, 'region-1'); // and again: M's bookkeeping still works
    await ranAtRequest(m, 2, 'M to run the catalog at T\'s second request');
    await runNow(m, 'seen');
    await ranAtRequest(leaf, 2, 'the leaf "seen" to run the catalog at M\'s second request');
  });
});
