import { afterAll, describe, expect, it } from 'vitest';
import { cp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeChange, encodeChange } from '../../protocol/index.js';
import { RecordStore, STATE_FAMILIES } from '../../catalog/index.js';
import { freePort, quietSchedules, recordsOf, spawnNode, type ProcessNode } from '../helpers/process-node.js';
import { tempDir } from '../helpers/temp.js';

// Finding 1 and the compromised mid-tier of issue 11, on real processes set up
// as the README tells an admin: top <- mid <- leaf, node ids generated, each
// child configured with the credential and publisherKeys its parent's
// registration answered. The mid-tier is then compromised: records rewritten
// in its own LevelDB, an old manifest replayed, updates withheld past expiry.

const nodes: ProcessNode[] = [];
const closers: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const n of nodes) await n.kill('SIGKILL');
  for (const c of closers) await c();
});

interface Tier {
  dir: string;
  config: Record<string, unknown>;
  node: ProcessNode;
}

async function start(dir: string, config: Record<string, unknown>): Promise<Tier> {
  const node = await spawnNode(dir, config);
  nodes.push(node);
  return { dir, config, node };
}

async function restart(tier: Tier): Promise<void> {
  await tier.node.kill();
  tier.node = await spawnNode(tier.dir, tier.config);
  nodes.push(tier.node);
}

async function register(parent: ProcessNode, id: string) {
  const res = await parent.api('POST', '/children', { id });
  expect(res.status).toBe(201);
  return { url: parent.url, childId: id, credential: res.body.credential, publisherKeys: res.body.publisherKeys };
}

async function pull(node: ProcessNode, rules = ['catalog', 'policies'], mode?: string) {
  const res = await node.api('POST', '/replication/pull', { rules, mode, verifyPercent: 10 });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.runs as Array<{ rule: string; status: string; error?: { code: string; message: string } }>;
}

const replicated = (r: { origin: string }) => r.origin === 'replicated';
const signatureAlerts = async (node: ProcessNode) => ((await node.api('GET', '/alerts')).body.alerts as Array<{ kind: string; code: string }>).filter((a) => a.kind === 'signature').map((a) => a.code);

/** A three-tier hierarchy with the sample catalog at the top; the mid-tier and the leaf pulled once. */
async function hierarchy(name: string, topExtra: Record<string, unknown> = {}) {
  const { dir, cleanup } = await tempDir(`patchtree-${name}-`);
  closers.push(cleanup);
  const top = await start(join(dir, 'top'), { port: await freePort(), languages: ['en-US', 'de-DE'], ...topExtra });
  for (let i = 0; i < 200 && (await top.node.api('GET', '/status')).body.counts.bulletin === 0; i++) await new Promise((ok) => setTimeout(ok, 100));
  await quietSchedules(top.node);
  const mid = await start(join(dir, 'mid'), { port: await freePort(), languages: ['en-US', 'de-DE'], pollSeconds: 3600, parent: await register(top.node, 'region-1') });
  await quietSchedules(mid.node);
  const leaf = await start(join(dir, 'leaf'), { port: await freePort(), languages: ['de-DE'], pollSeconds: 3600, parent: await register(mid.node, 'site-a') });
  for (const tier of [mid, leaf]) {
    const runs = await pull(tier.node);
    if (runs.some((r) => r.status !== 'ok')) console.log('LOGS', tier.node.logs().split('\n').filter((l) => l.includes('trust')).join('\n'));
    expect(runs.map((r) => [r.rule, r.status, r.error?.message])).toEqual([['catalog', 'ok', undefined], ['policies', 'ok', undefined]]);
  }
  return { dir, top, mid, leaf };
}

/** Opens a stopped node's own LevelDB, as an attacker on that machine would. */
async function withStore<T>(tier: Tier, act: (store: RecordStore) => Promise<T>): Promise<T> {
  await tier.node.kill();
  const store = await RecordStore.open(join(tier.dir, 'db'));
  try {
    return await act(store);
  } finally {
    await store.close();
  }
}

describe('a compromised mid-tier against a leaf that pins its publishers', () => {
  it('cannot rewrite a record in its own store: the leaf refuses it (SIG_INVALID) and keeps its own copy', async () => {
    const { mid, leaf } = await hierarchy('rewrite');
    const before = await recordsOf(leaf.node, replicated);
    const victim = [...before.keys()].find((k) => k.startsWith('u/'))!;
    await withStore(mid, async (store) => {
      const stored = (await store.get(victim))!;
      const change = decodeChange(stored.bytes);
      change.record!.update!.url = 'http://evil.example/payload.exe';
      change.record!.update!.commandLine = 'payload.exe /silent';
      // Written through the store's own code, as replicated, so the mid-tier's digests agree with it.
      await store.write([{ type: 'put-bytes', key: victim, bytes: encodeChange(change) }]);
    });
    await restart(mid);
    for (const mode of [undefined, 'complete']) {
      const [run] = await pull(leaf.node, ['catalog'], mode);
      expect(run).toMatchObject({ status: 'failed', error: { code: 'SIG_INVALID' } });
    }
    expect(await recordsOf(leaf.node, replicated)).toEqual(before);
    expect(await signatureAlerts(leaf.node)).toEqual(['SIG_INVALID']);
    expect(leaf.node.logs()).toContain('fails its publisher\'s signatures');
  });

  it('cannot replay an older manifest it held (SIG_ROLLBACK), and cannot delete what the publisher still lists', async () => {
    const { top, mid, leaf } = await hierarchy('replay');
    const old = await withStore(mid, async (store) => store.state.get(STATE_FAMILIES.trustHeld.key('catalog')));
    await restart(mid);
    // The top changes a record; the new manifest flows down.
    const bulletin = (await top.node.api('GET', '/bulletins?limit=1')).body.items[0].id;
    expect((await top.node.api('PUT', '/severity-levels', { levels: ['Urgent', 'Routine'] })).status).toBe(200);
    expect((await top.node.api('PUT', `/bulletins/${encodeURIComponent(bulletin)}/severity`, { severity: 'Urgent' })).status).toBe(200);
    expect((await pull(mid.node)).map((r) => r.status)).toEqual(['ok', 'ok']);
    expect((await pull(leaf.node)).map((r) => r.status)).toEqual(['ok', 'ok']);
    const held = await recordsOf(leaf.node, replicated);
    await withStore(mid, async (store) => store.state.put(STATE_FAMILIES.trustHeld.key('catalog'), old));
    await restart(mid);
    const [run] = await pull(leaf.node, ['catalog'], 'complete');
    expect(run).toMatchObject({ status: 'failed', error: { code: 'SIG_ROLLBACK' } });
    expect(await recordsOf(leaf.node, replicated)).toEqual(held);
    expect(await signatureAlerts(leaf.node)).toEqual(['SIG_ROLLBACK']);
  });

  it('cannot withhold updates for ever: past the expiry the leaf raises SIG_EXPIRED and keeps its last good data', async () => {
    // Signatures of the top last 15 s here; a real hierarchy keeps the 7-day default.
    const { mid, leaf } = await hierarchy('freeze', { signatureExpiryDays: 15 / 86_400 });
    const held = await recordsOf(leaf.node, replicated);
    // The mid-tier stops taking updates from the top (its admin, or an attacker, stops its pulls) and keeps serving.
    await new Promise((ok) => setTimeout(ok, 16_000));
    const [run] = await pull(leaf.node, ['catalog']);
    expect(run).toMatchObject({ status: 'failed', error: { code: 'SIG_EXPIRED' } });
    expect(await recordsOf(leaf.node, replicated)).toEqual(held);
    expect(await signatureAlerts(leaf.node)).toContain('SIG_EXPIRED');
    // The leaf still serves its data (a freeze, not an outage).
    expect((await leaf.node.api('GET', '/bulletins?limit=5')).status).toBe(200);
  });

  it('follows a legitimate key roll and a publisher restored from an old backup without an alert', async () => {
    const { top, mid, leaf } = await hierarchy('lifecycle');
    // The backup: the top's database, taken while it is stopped (its keys folder is kept apart).
    await top.node.kill();
    await cp(join(top.dir, 'db'), join(top.dir, 'db-backup'), { recursive: true });
    await restart(top);
    const rolled = await top.node.api('POST', '/trust/roll-key');
    expect(rolled.status).toBe(200);
    expect((await top.node.api('PUT', '/severity-levels', { levels: ['Urgent'] })).status).toBe(200);
    for (const node of [mid.node, leaf.node]) expect((await pull(node)).map((r) => [r.rule, r.status, r.error?.message])).toEqual([['catalog', 'ok', undefined], ['policies', 'ok', undefined]]);
    // New registrations answer the new key.
    expect((await top.node.api('GET', '/trust')).body.publisher.key.keyid).toBe(rolled.body.key.keyid);

    // The database is restored from the backup: older records, but the version counter (kept with the keys) goes on.
    await top.node.kill();
    await rm(join(top.dir, 'db'), { recursive: true });
    await cp(join(top.dir, 'db-backup'), join(top.dir, 'db'), { recursive: true });
    top.node = await spawnNode(top.dir, top.config);
    nodes.push(top.node);
    for (const node of [mid.node, leaf.node]) {
      const runs = await pull(node);
      expect(runs.map((r) => [r.rule, r.status, r.error?.code])).toEqual([['catalog', 'ok', undefined], ['policies', 'ok', undefined]]);
      expect(await signatureAlerts(node)).toEqual([]);
    }
    const want = await recordsOf(top.node, (r) => r.languages.some((l) => l === 'neutral' || l === 'de-DE') && !r.key.startsWith('s/'));
    const got = await recordsOf(leaf.node, (r) => replicated(r) && !r.key.startsWith('s/'));
    expect(got).toEqual(want);
  });
});
