import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeCatalog } from '../catalog/index.js';
import { quietSchedules, recordsOf, spawnNode, type ProcessNode, freePort } from './helpers/process-node.js';
import { tempDir } from './helpers/temp.js';

// Kill a child, then a parent, with SIGKILL in the middle of a large run:
// the next run finishes with nothing lost or duplicated.

const LANGUAGES = ['en-US', 'de-DE', 'fr-FR', 'ja-JP', 'es-ES', 'zh-CN'];
let dir: string;
let cleanup: () => Promise<void>;
let catalogUrl: string;
const nodes: ProcessNode[] = [];

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('patchtree-faults-'));
  const path = join(dir, 'big.ndjson.gz');
  await writeCatalog(path, { seed: 7, bulletins: 2500, languages: ['neutral', ...LANGUAGES] });
  catalogUrl = pathToFileURL(path).href;
});
afterAll(async () => {
  for (const n of nodes) await n.kill('SIGKILL');
  await cleanup?.();
});

async function waitFor<T>(probe: () => Promise<T | undefined>, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((ok) => setTimeout(ok, 20));
  }
}

async function startParent(name: string, port: number): Promise<ProcessNode> {
  const parent = await spawnNode(join(dir, name), { nodeId: name, port, sample: false, languages: LANGUAGES, sources: [{ name: 'big', type: 'native', urls: [catalogUrl] }] });
  nodes.push(parent);
  await quietSchedules(parent);
  return parent;
}

const midRun = (child: ProcessNode) => waitFor(async () => {
  const cp = (await child.api('GET', '/replication/checkpoints')).body.checkpoints.catalog;
  return cp?.completeAfterKey ? cp : undefined;
});

const replicated = (r: { key: string; origin: string }) => r.origin === 'replicated' && !r.key.startsWith('p/') && !r.key.startsWith('e/');
const inScope = (languages: string[]) => (r: { key: string; languages: string[] }) => !r.key.startsWith('p/') && !r.key.startsWith('e/') && r.languages.some((l) => l === 'neutral' || languages.includes(l));

describe('killed mid-run', () => {
  it('a child killed with SIGKILL resumes after its last applied batch on restart', async () => {
    const parent = await startParent('parent-1', await freePort());
    const imported = await parent.api('POST', '/sources/big/import');
    expect(imported.body.updates.added).toBeGreaterThan(20_000);
    const { credential, publisherKeys } = (await parent.api('POST', '/children', { id: 'site' })).body;
    const childConfig = { nodeId: 'site', sample: false, languages: ['de-DE', 'fr-FR', 'ja-JP'], pollSeconds: 3600, parent: { url: parent.url, childId: 'site', credential, publisherKeys } };
    const child = await spawnNode(join(dir, 'child-1'), childConfig);
    nodes.push(child);
    const cp = await midRun(child);
    await child.kill('SIGKILL');
    expect(cp.completeAfterKey).toBeTruthy();

    const restarted = await spawnNode(join(dir, 'child-1'), childConfig);
    nodes.push(restarted);
    const runs = await waitFor(async () => {
      const r = (await restarted.api('GET', '/replication/runs')).body.runs;
      return r.some((x: any) => x.rule === 'catalog' && x.status === 'ok') ? r : undefined;
    });
    const resumed = runs.find((x: any) => x.rule === 'catalog');
    expect(resumed).toMatchObject({ mode: 'complete', reason: 'resuming a complete run', verification: { digestEqual: true } });
    const want = await recordsOf(parent, inScope(['de-DE', 'fr-FR', 'ja-JP']));
    expect(resumed.received).toBeLessThan(want.size);
    expect(await recordsOf(restarted, replicated)).toEqual(want);
    await restarted.kill();
    await parent.kill();
  });

  it('a parent killed with SIGKILL mid-run: the child keeps serving, then finishes once the parent is back', async () => {
    const port = await freePort();
    let parent = await startParent('parent-2', port);
    await parent.api('POST', '/sources/big/import');
    const { credential, publisherKeys } = (await parent.api('POST', '/children', { id: 'site' })).body;
    const childConfig = { nodeId: 'site', sample: false, languages: ['en-US', 'es-ES'], pollSeconds: 3600, parent: { url: parent.url, childId: 'site', credential, publisherKeys } };
    const child = await spawnNode(join(dir, 'child-2'), childConfig);
    nodes.push(child);
    await midRun(child);
    await parent.kill('SIGKILL');
    const failed = await waitFor(async () => {
      const r = (await child.api('GET', '/replication/runs')).body.runs;
      return r.find((x: any) => x.rule === 'catalog' && x.status !== 'running');
    });
    expect(failed).toMatchObject({ status: 'failed', error: { code: 'REPL_INTERRUPTED' } }); // cut mid-stream: the next run resumes
    expect((await child.api('GET', '/status')).status).toBe(200); // still serving its last good data

    parent = await startParent('parent-2', port);
    const run = (await child.api('POST', '/replication/pull', { rules: ['catalog'] })).body.runs[0];
    expect(run).toMatchObject({ status: 'ok', mode: 'complete', reason: 'resuming a complete run', verification: { digestEqual: true } });
    expect(await recordsOf(child, replicated)).toEqual(await recordsOf(parent, inScope(['en-US', 'es-ES'])));
  });
});

describe('damage behind a stopped child back', () => {
  it('is found by sampling at 100% and by the digest check at 0%, and repaired', async () => {
    const parent = await startParent('parent-3', await freePort());
    await parent.api('POST', '/sources/big/import');
    await parent.api('PUT', '/replication/rules/catalog', { verification: { enabled: true, percent: 100 } });
    const { credential, publisherKeys } = (await parent.api('POST', '/children', { id: 'site' })).body;
    const childConfig = { nodeId: 'site', sample: false, languages: ['ja-JP'], pollSeconds: 3600, parent: { url: parent.url, childId: 'site', credential, publisherKeys } };
    const childDir = join(dir, 'child-3');
    let child = await spawnNode(childDir, childConfig);
    nodes.push(child);
    const want = await recordsOf(parent, inScope(['ja-JP']));
    await waitFor(async () => ((await child.api('GET', '/replication/runs')).body.runs.some((r: any) => r.rule === 'catalog' && r.status === 'ok') ? true : undefined));
    expect(await recordsOf(child, replicated)).toEqual(want);

    const damage = async (flip: number, drop: number) => {
      const keys = [...want.keys()];
      const lastRun = (await child.api('GET', '/replication/runs')).body.runs[0].id;
      await child.kill();
      const { Level } = await import('level');
      const raw = new Level<string, Buffer>(join(childDir, 'db'), { valueEncoding: 'buffer' });
      const changes = raw.sublevel<string, Buffer>('changes', { valueEncoding: 'buffer' });
      const keysDb = raw.sublevel<string, string>('keys', { valueEncoding: 'utf8' });
      for (let i = 0; i < flip + drop; i++) {
        const key = keys[(i * 7919) % keys.length];
        const entry = (await keysDb.get(key))!;
        const seq = entry.slice(0, 16);
        if (i < flip) {
          const bytes = Buffer.from((await changes.get(seq))!);
          bytes[bytes.length - 1] ^= 0x20;
          await changes.put(seq, bytes);
        } else {
          await changes.del(seq);
          await keysDb.del(key);
        }
      }
      await raw.close();
      child = await spawnNode(childDir, childConfig);
      nodes.push(child);
      return waitFor(async () => (await child.api('GET', '/replication/runs')).body.runs.find((r: any) => r.rule === 'catalog' && r.trigger === 'start' && r.id > lastRun && r.status !== 'running'));
    };

    const sampled = await damage(5, 3);
    expect(sampled.verification).toMatchObject({ digestEqual: true, mismatched: 8, fellBackToComplete: false });
    // The child's records, then the parent's: a flipped record whose header no longer decodes was dropped at
    // start (it reads as missing, and the parent's half finds it); one whose body alone is damaged is still held.
    expect(sampled.verification.sampled).toBeLessThanOrEqual(want.size - 3 + want.size);
    expect(sampled.verification.sampled).toBeGreaterThanOrEqual(want.size - 8 + want.size);
    expect(await recordsOf(child, replicated)).toEqual(want);

    await parent.api('PUT', '/replication/rules/catalog', { verification: { enabled: false, percent: 0 } });
    const digestOnly = await damage(4, 2);
    expect(digestOnly.verification).toMatchObject({ digestEqual: true, sampled: 0, fellBackToComplete: true });
    expect(await recordsOf(child, replicated)).toEqual(want);
  });
});
