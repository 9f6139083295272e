import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import protobuf from 'protobufjs/minimal.js';
import { DigestBuckets, recordClassOf, recordHash, RecordStore, writeCatalog } from '../catalog/index.js';
import { decodeChange, decodeChangeHeader } from '../protocol/index.js';
import { quietSchedules, recordsOf, spawnNode, type ProcessNode, freePort } from './helpers/process-node.js';
import { tempDir } from './helpers/temp.js';
import { waitFor as waitUntil } from './helpers/wait.js';

// Issue 10, store repair: damage done to a stopped child's LevelDB (change-log
// values whose header still decodes but whose record does not; deleted and
// garbled `keys` entries) is repaired by one run at 100% verification, the kept
// digest is right afterwards, and a second run finds nothing. Built as the
// README tells an admin: node ids generated, child ids chosen by the admin.

const LANGUAGES = ['en-US', 'de-DE', 'fr-FR', 'ja-JP'];
let dir: string;
let cleanup: () => Promise<void>;
let catalogUrl: string;
const nodes: ProcessNode[] = [];
let parentPort: number;
let parent: ProcessNode;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('patchtree-issue10-store-'));
  const path = join(dir, 'generated.ndjson.gz');
  await writeCatalog(path, { seed: 1010, bulletins: 300, languages: ['neutral', ...LANGUAGES], updatesPerBulletin: [3, 10] });
  catalogUrl = pathToFileURL(path).href;
  parentPort = await freePort();
  parent = await startParent();
  const imported = await parent.api('POST', '/sources/generated/import');
  expect(imported.status).toBe(200);
});
afterAll(async () => {
  for (const n of nodes) await n.kill('SIGKILL');
  await cleanup?.();
});

const waitFor = <T>(probe: () => Promise<T | undefined>, what: string, ms = 30_000) => waitUntil(what, probe, ms);

/** The top parent, always on the same port and data folder (it is stopped and started again below). */
async function startParent(): Promise<ProcessNode> {
  const node = await spawnNode(join(dir, 'hq'), { port: parentPort, sample: false, languages: LANGUAGES, sources: [{ name: 'generated', type: 'native', urls: [catalogUrl] }] });
  nodes.push(node);
  await quietSchedules(node);
  return node;
}

function childConfig(childId: string, registered: { credential: string; publisherKeys: unknown[] }, languages: string[]) {
  return { sample: false, languages, pollSeconds: 3600, parent: { url: `http://127.0.0.1:${parentPort}`, childId, credential: registered.credential, publisherKeys: registered.publisherKeys } };
}

/** A catalog run of `node` newer than run `after` (id), once it is recorded. */
const runAfter = (node: ProcessNode, after: number, trigger?: string) =>
  waitFor(async () => ((await node.api('GET', '/replication/runs')).body.runs as any[]).find((r) => r.rule === 'catalog' && r.status !== 'running' && r.id > after && (!trigger || r.trigger === trigger)), `a catalog run after ${after}`);
const lastRunId = async (node: ProcessNode) => ((await node.api('GET', '/replication/runs')).body.runs[0]?.id ?? 0) as number;

const pull100 = async (node: ProcessNode) => {
  const res = await node.api('POST', '/replication/pull', { rules: ['catalog'], verifyPercent: 100 });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.runs[0];
};

const replicatedCatalog = (r: { key: string; origin: string }) => r.origin === 'replicated' && recordClassOf(r.key) === 'catalog';
const inScope = (languages: string[]) => (r: { key: string; languages: string[] }) => recordClassOf(r.key) === 'catalog' && r.languages.some((l) => l === 'neutral' || languages.includes(l));

/** Every record of a node, as GET /records lists it (damaged entries included). */
async function listing(node: ProcessNode): Promise<{ status: number; records: any[]; body: any }> {
  const records: any[] = [];
  let after = '';
  for (;;) {
    const page = await node.api('GET', `/records?limit=5000${after ? `&after=${encodeURIComponent(after)}` : ''}`);
    if (page.status !== 200) return { status: page.status, records, body: page.body };
    records.push(...page.body.records);
    if (page.body.next === null) return { status: 200, records, body: page.body };
    after = page.body.next;
  }
}

/**
 * The replicated catalog digest recomputed from scratch from the stopped
 * node's LevelDB: every live `keys` entry read back through its change-log
 * value and decoded in full. Also checks that the change log and `keys` point
 * at each other one to one (no orphan change-log entry, no dangling key).
 */
async function inspectStore(dataDir: string, languages: string[]) {
  const store = await RecordStore.open(join(dataDir, 'db'));
  try {
    const byKey = new Map<string, string>();
    for await (const [key, entry] of store.keys.iterator()) byKey.set(key, entry);
    const orphans: string[] = [];
    const seqOfKey = new Map<string, string>();
    for await (const [seq, bytes] of store.changes.iterator()) {
      let key: string;
      try {
        key = decodeChangeHeader(bytes).key;
      } catch {
        orphans.push(`${seq} (undecodable)`);
        continue;
      }
      if (byKey.get(key)?.slice(0, 16) !== seq) orphans.push(`${seq} -> ${key} (keys: ${byKey.get(key) ?? 'none'})`);
      else seqOfKey.set(key, seq);
    }
    const dangling: string[] = [];
    const damaged: string[] = [];
    const hashes: Array<{ languages: string[]; hash: string; origin: 'replicated'; recordClass: 'catalog' }> = [];
    for (const [key, entry] of byKey) {
      const seq = entry.slice(0, 16);
      if (seqOfKey.get(key) !== seq) {
        dangling.push(`${key} -> ${entry}`);
        continue;
      }
      if (entry.includes('!', 16) || !entry.includes('r', 16) || recordClassOf(key) !== 'catalog') continue;
      const bytes = (await store.changes.get(seq))!;
      let change;
      try {
        change = decodeChange(bytes);
      } catch {
        damaged.push(key);
        continue;
      }
      hashes.push({ languages: change.languages, hash: recordHash(bytes), origin: 'replicated', recordClass: 'catalog' });
    }
    return { orphans, dangling, damaged, digest: DigestBuckets.recompute(hashes, { languages, origin: 'replicated', recordClass: 'catalog' }) };
  } finally {
    await store.close();
  }
}

/** Puts an invalid wire type at the start of the change's `record` field (4): the header (fields 1, 2, 3, 5) still decodes, the record does not. */
function damageRecordField(bytes: Buffer): Buffer {
  const reader = protobuf.Reader.create(bytes);
  while (reader.pos < reader.len) {
    const tag = reader.uint32();
    if (tag === ((4 << 3) | 2)) {
      const length = reader.uint32();
      if (length === 0) break;
      const damaged = Buffer.from(bytes);
      damaged[reader.pos] = (15 << 3) | 7; // field 15, wire type 7: not a wire type
      return damaged;
    }
    reader.skipType(tag & 7);
  }
  throw new Error('change has no record field');
}

describe('change-log values whose record no longer decodes (issue 10)', () => {
  const languages = ['de-DE', 'fr-FR'];
  let child: ProcessNode;
  let childDir: string;
  const damagedKeys: string[] = [];

  beforeAll(async () => {
    const credential = (await parent.api('POST', '/children', { id: 'site-a' })).body;
    childDir = join(dir, 'site-a');
    child = await spawnNode(childDir, childConfig('site-a', credential, languages));
    nodes.push(child);
    const first = await pull100(child);
    expect(first).toMatchObject({ status: 'ok', verification: { digestEqual: true } });
    const want = await recordsOf(parent, inScope(languages));
    expect(await recordsOf(child, replicatedCatalog)).toEqual(want);
    const lastRun = await lastRunId(child);
    await child.kill('SIGTERM');

    // Damage about 60 records of the stopped child so that decodeChangeHeader still reads them and decodeChange does not.
    const store = await RecordStore.open(join(childDir, 'db'));
    try {
      const keys = [...want.keys()].filter((k) => k.startsWith('u/') || k.startsWith('b/'));
      const step = Math.floor(keys.length / 60);
      for (let i = 0; i < 60; i++) {
        const key = keys[i * step];
        const seq = (await store.keys.get(key))!.slice(0, 16);
        const damaged = damageRecordField((await store.changes.get(seq))!);
        expect(decodeChangeHeader(damaged).key).toBe(key);
        expect(() => decodeChange(damaged)).toThrow();
        await store.changes.put(seq, damaged);
        damagedKeys.push(key);
      }
    } finally {
      await store.close();
    }

    // The child starts again while its parent is down: its start run fails, nothing is repaired yet.
    await parent.kill('SIGTERM');
    child = await spawnNode(childDir, childConfig('site-a', credential, languages));
    nodes.push(child);
    const startRun = await runAfter(child, lastRun, 'start');
    expect(startRun.status).toBe('failed');
  });

  it('GET /records answers 200 and marks each damaged record damaged: true, code STORE_RECORD_DAMAGED', async () => {
    const { status, records, body } = await listing(child);
    expect(status, `GET /records answered ${status} ${JSON.stringify(body)}`).toBe(200);
    const damaged = records.filter((r) => r.damaged === true);
    expect(damaged.map((r) => r.key).sort()).toEqual([...damagedKeys].sort());
    for (const r of damaged) expect(r).toMatchObject({ key: expect.any(String), damaged: true, code: 'STORE_RECORD_DAMAGED' });
    // Every other record is listed as before.
    expect(records.filter((r) => !r.damaged).every((r) => typeof r.hash === 'string' && Array.isArray(r.languages))).toBe(true);
  });

  it('one run at 100% repairs them with the digest right; a second run finds nothing, and the kept digest equals a recompute', async () => {
    parent = await startParent(); // same port and data folder
    const repaired = await pull100(child);
    expect(repaired.status, JSON.stringify(repaired.error)).toBe('ok');
    expect.soft(repaired.verification, 'first run at 100%').toMatchObject({ digestEqual: true, mismatched: damagedKeys.length, fellBackToComplete: false });

    const second = await pull100(child);
    expect(second.status, JSON.stringify(second.error)).toBe('ok');
    expect.soft(second.verification, 'second run at 100%').toMatchObject({ digestEqual: true, mismatched: 0, repaired: 0, fellBackToComplete: false });

    expect(await recordsOf(child, replicatedCatalog)).toEqual(await recordsOf(parent, inScope(languages)));
    const kept = (await child.api('GET', `/digest?origin=replicated&rule=catalog&languages=${languages.join(',')}`)).body;
    const parents = (await parent.api('GET', `/digest?rule=catalog&languages=${languages.join(',')}`)).body;
    expect.soft(kept, 'kept digest vs the parent\'s digest of the child\'s languages').toEqual(parents);
    await child.kill('SIGTERM');
    const store = await inspectStore(childDir, languages);
    expect.soft(store.damaged, 'records still damaged on disk').toEqual([]);
    expect(store.digest, 'kept digest vs a recompute from the records on disk').toEqual(kept);
  });
});

describe('deleted and garbled `keys` entries (issue 10)', () => {
  it('one run at 100% converges, leaves no orphan change-log entry, and a second run finds nothing', async () => {
    const languages = ['en-US', 'ja-JP'];
    parent = parent.process.exitCode === null && parent.process.signalCode === null ? parent : await startParent();
    const credential = (await parent.api('POST', '/children', { id: 'site-b' })).body;
    const childDir = join(dir, 'site-b');
    let child = await spawnNode(childDir, childConfig('site-b', credential, languages));
    nodes.push(child);
    expect((await pull100(child)).status).toBe('ok');
    const want = await recordsOf(parent, inScope(languages));
    expect(await recordsOf(child, replicatedCatalog)).toEqual(want);
    const lastRun = await lastRunId(child);
    await child.kill('SIGTERM');

    // 15 entries deleted (their change-log values become orphans), 10 garbled to text that is not a
    // sequence, 10 pointing at a sequence that does not exist, 5 pointing at another record's sequence.
    const store = await RecordStore.open(join(childDir, 'db'));
    const keys = [...want.keys()];
    const pick = (i: number) => keys[(i * 7919) % keys.length];
    try {
      for (let i = 0; i < 40; i++) {
        const key = pick(i);
        const entry = (await store.keys.get(key))!;
        expect(entry).toMatch(/^\d{16}r$/);
        if (i < 15) await store.keys.del(key);
        else if (i < 25) await store.keys.put(key, 'garbled entry');
        else if (i < 35) await store.keys.put(key, `${String(9_000_000 + i).padStart(16, '0')}r`);
        else await store.keys.put(key, (await store.keys.get(pick(i + 100)))!);
      }
    } finally {
      await store.close();
    }
    // Parent's catalog rule at 100%: the child's start run verifies everything.
    await parent.api('PUT', '/replication/rules/catalog', { verification: { enabled: true, percent: 100 } });
    child = await spawnNode(childDir, childConfig('site-b', credential, languages));
    nodes.push(child);
    const first = await runAfter(child, lastRun, 'start');
    expect(first.status, JSON.stringify(first.error)).toBe('ok');
    expect(first.verification.digestEqual).toBe(true);
    expect(await recordsOf(child, replicatedCatalog)).toEqual(want);

    const second = await pull100(child);
    expect(second.status).toBe('ok');
    expect(second.verification, 'second run at 100%').toMatchObject({ digestEqual: true, mismatched: 0, repaired: 0, fellBackToComplete: false });
    const kept = (await child.api('GET', `/digest?origin=replicated&rule=catalog&languages=${languages.join(',')}`)).body;
    expect(kept).toEqual((await parent.api('GET', `/digest?rule=catalog&languages=${languages.join(',')}`)).body);
    await parent.api('PUT', '/replication/rules/catalog', { verification: { enabled: true, percent: 5 } });

    await child.kill('SIGTERM');
    const inspected = await inspectStore(childDir, languages);
    expect.soft(inspected.orphans, 'change-log entries no `keys` entry points at').toEqual([]);
    expect.soft(inspected.damaged, 'records damaged on disk').toEqual([]);
    expect.soft(inspected.dangling, '`keys` entries pointing at no change-log entry of their key').toEqual([]);
    expect(inspected.digest, 'kept digest vs a recompute from the records on disk').toEqual(kept);
  });
});
