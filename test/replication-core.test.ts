import { afterEach, describe, expect, it } from 'vitest';
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { decodeChange, encodeChange } from '../protocol/index.js';
import { inLanguages, portTo, RecordStore, SAMPLE, trustFor, type Catalog, type TestPort } from './helpers/replication.js';
import { MAX_KEYS_PER_CALL, runRule, type ParentPort } from '../replication/index.js';
import type { SyncScope } from '../catalog/index.js';
import { parseNative, writeCatalog } from '../catalog/index.js';
import { openCatalog } from './helpers/catalog.js';
import { tempDir } from './helpers/temp.js';

// Two (or three) real stores replicating in-process through the real
// protocol: frames encoded by the parent and decoded by the child.

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => { while (cleanups.length) await cleanups.pop()!(); });

async function parentWithSample(): Promise<Catalog> {
  const { catalog, close } = await openCatalog({ languages: ['en-US', 'de-DE', 'ja-JP', 'fr-FR', 'es-ES', 'zh-CN'] });
  cleanups.push(close);
  const doc = await parseNative(createReadStream(SAMPLE), { source: 'sample', url: SAMPLE });
  await catalog.importParsed('sample', doc.bulletins);
  await catalog.settings.setSeverityLevels(['Urgent', 'Routine']);
  return catalog;
}

async function childStore(): Promise<{ store: RecordStore; dir: string }> {
  const { dir, cleanup } = await tempDir('patchtree-child-');
  const store = await RecordStore.open(join(dir, 'db'));
  cleanups.push(async () => { await store.close().catch(() => undefined); await cleanup(); });
  return { store, dir };
}

const scope = (languages: string[]): SyncScope => ({ rule: 'catalog', languages, policyIds: [] });

/** Every catalog record the parent holds that a node with these languages should hold, by key, as bytes. */
async function expected(parent: RecordStore, languages: string[]) {
  const out = new Map<string, string>();
  const set = new Set(languages);
  for await (const r of parent.records()) {
    if (r.key.startsWith('p/') || r.key.startsWith('e/')) continue;
    if (inLanguages(decodeChange(r.bytes).languages, set)) out.set(r.key, r.bytes.toString('hex'));
  }
  return out;
}

async function held(store: RecordStore) {
  const out = new Map<string, string>();
  for await (const r of store.records()) if (r.origin === 'replicated') out.set(r.key, r.bytes.toString('hex'));
  return out;
}

const run = async (store: RecordStore, transport: TestPort, languages: string[], extra: Partial<Parameters<typeof runRule>[2]> = {}) =>
  runRule(store, transport, { childId: 'child', via: ['child'], scope: scope(languages), mode: 'differential', verifyPercent: 5, batchSize: 200, trust: await trustFor(store, transport), ...extra });

/** The port, with its session cut (an error) when the n-th batch would come. */
function cutAtBatch(real: TestPort, n: number): TestPort {
  let batches = 0;
  return {
    ...real,
    async *session(request: Parameters<ParentPort['session']>[0]) {
      for await (const frame of real.session(request)) {
        if (frame.kind === 'batch' && ++batches === n) throw new Error('connection cut');
        yield frame;
      }
    },
  };
}

describe('replication core (in-process, real protocol)', () => {
  it('a first run is complete and leaves the child holding exactly the parent data in its languages', async () => {
    const parent = await parentWithSample();
    const { store } = await childStore();
    const result = await run(store, await portTo(parent, 'parent'), ['de-DE']);
    expect(result).toMatchObject({ mode: 'complete', reason: 'no checkpoint' });
    expect(result.verification).toMatchObject({ digestEqual: true, mismatched: 0, fellBackToComplete: false });
    const want = await expected(parent.store, ['de-DE']);
    expect(await held(store)).toEqual(want);
    expect(result.received).toBe(want.size);
    expect(want.size).toBeLessThan(parent.store.counts().update + parent.store.counts().bulletin);
  });

  it('a differential run after one revision, one deletion and one addition moves only those records', async () => {
    const parent = await parentWithSample();
    const { store } = await childStore();
    const transport = await portTo(parent, 'parent');
    await run(store, transport, ['en-US']);
    const idle = await run(store, transport, ['en-US']);
    expect(idle).toMatchObject({ mode: 'differential', received: 0, applied: 0, deleted: 0 });

    // Revise one bulletin (custom severity), delete one, add one (a new source).
    const ids: string[] = [];
    for await (const r of parent.store.records('b/')) if (decodeChange(r.bytes).languages.includes('neutral')) ids.push(r.key.slice(2));
    await parent.settings.setCustomSeverity(ids[0], 'Urgent');
    await parent.store.write([{ type: 'del', key: `b/${ids[1]}` }]);
    await parent.importParsed('extra', [{ bulletin: { id: 'NEW-1', vendor: 'V', title: 'new' }, updates: [{ id: 'n', language: 'neutral', url: 'https://v.example/n' }] }]);
    const diff = await run(store, transport, ['en-US']);
    expect(diff).toMatchObject({ mode: 'differential', received: 4, applied: 3, deleted: 1 });
    expect(diff.verification.digestEqual).toBe(true);
    expect(await held(store)).toEqual(await expected(parent.store, ['en-US']));
  });

  it('deletes, on a differential run, a bulletin that left the child languages', async () => {
    const parent = await parentWithSample();
    await parent.importParsed('mixed', [{ bulletin: { id: 'MIX', vendor: 'V', title: 'mix' }, updates: [
      { id: 'de', language: 'de-DE', url: 'https://v.example/de' }, { id: 'fr', language: 'fr-FR', url: 'https://v.example/fr' },
    ] }]);
    const { store } = await childStore();
    const transport = await portTo(parent, 'parent');
    await run(store, transport, ['de-DE']);
    expect(await store.get('b/MIX')).toBeDefined();
    // The de-DE update goes: the bulletin now belongs to fr-FR only.
    await parent.importParsed('mixed', [{ bulletin: { id: 'MIX', vendor: 'V', title: 'mix' }, updates: [{ id: 'fr', language: 'fr-FR', url: 'https://v.example/fr' }] }]);
    const diff = await run(store, transport, ['de-DE'], { verifyPercent: 0 });
    expect(diff).toMatchObject({ mode: 'differential', deleted: 2, verification: { digestEqual: true, fellBackToComplete: false } });
    expect(await store.get('b/MIX')).toBeUndefined();
  });

  it('turns a run complete when the languages change, backfilling the new language', async () => {
    const parent = await parentWithSample();
    const { store } = await childStore();
    const transport = await portTo(parent, 'parent');
    await run(store, transport, ['en-US']);
    const widened = await run(store, transport, ['en-US', 'ja-JP']);
    expect(widened).toMatchObject({ mode: 'complete', reason: 'the languages or policies changed' });
    expect(await held(store)).toEqual(await expected(parent.store, ['en-US', 'ja-JP']));
    const narrowed = await run(store, transport, ['ja-JP']);
    expect(narrowed.mode).toBe('complete');
    expect(narrowed.deleted).toBeGreaterThan(0);
    expect(await held(store)).toEqual(await expected(parent.store, ['ja-JP']));
  });

  it('resumes an interrupted run after its last applied batch, with nothing lost or duplicated', async () => {
    const parent = await parentWithSample();
    const { store } = await childStore();
    const real = await portTo(parent, 'parent');
    const cutting = cutAtBatch(real, 4);
    await expect(run(store, cutting, ['de-DE', 'fr-FR'])).rejects.toThrow('connection cut');
    const partial = (await held(store)).size;
    expect(partial).toBeGreaterThan(0);
    const resumed = await run(store, real, ['de-DE', 'fr-FR']);
    expect(resumed).toMatchObject({ mode: 'complete', reason: 'resuming a complete run' });
    const want = await expected(parent.store, ['de-DE', 'fr-FR']);
    expect(resumed.received).toBeLessThan(want.size); // it did not start over
    expect(await held(store)).toEqual(want);
    expect(resumed.verification.digestEqual).toBe(true);
  });

  it('brings the keys a cut complete run had walked up to date when it resumes after the parent changed them', async () => {
    const parent = await parentWithSample();
    const { store } = await childStore();
    const real = await portTo(parent, 'parent');
    const languages = ['de-DE', 'fr-FR'];
    const cutting = cutAtBatch(real, 6);
    await expect(run(store, cutting, languages)).rejects.toThrow('connection cut');
    const walked = [...(await held(store)).keys()].sort();
    // The parent changes records the cut run had already walked: one revised, one deleted, one moved out of the languages (it was neutral).
    const [revised, deleted, moved] = walked.filter((k) => k.startsWith('u/')).slice(0, 3);
    // A valid update (a child refuses what an import would): only the language and the command line change.
    const version = (key: string, languages: string[], commandLine: string) => ({ type: 'put' as const, key, languages, record: { update: { id: key.split('/')[2], bulletinId: key.split('/')[1], language: languages[0], commandLine } } });
    await parent.store.write([version(revised, ['de-DE'], 'revised'), { type: 'del', key: deleted }, version(moved, ['ja-JP'], 'moved')]);
    const resumed = await run(store, real, languages, { verifyPercent: 100 });
    expect(resumed).toMatchObject({ mode: 'complete', reason: 'resuming a complete run' });
    // Exact at the end of the run, without verification having to repair anything.
    expect(resumed.verification).toMatchObject({ digestEqual: true, mismatched: 0, fellBackToComplete: false });
    expect(await held(store)).toEqual(await expected(parent.store, languages));
    expect(await store.get(deleted)).toBeUndefined();
    expect(await store.get(moved)).toBeUndefined();
  });

  it('finds and repairs records corrupted or deleted in the child store', async () => {
    const parent = await parentWithSample();
    const { store, dir } = await childStore();
    const transport = await portTo(parent, 'parent');
    await run(store, transport, ['en-US']);
    const keys = [...(await held(store)).keys()];
    const victims = [keys[3], keys[40], keys[100]];
    const records = await store.getMany(victims);
    await store.close();
    const { Level } = await import('level');
    const raw = new Level<string, Buffer>(join(dir, 'db'), { valueEncoding: 'buffer' });
    const changes = raw.sublevel<string, Buffer>('changes', { valueEncoding: 'buffer' });
    const keysDb = raw.sublevel<string, string>('keys', { valueEncoding: 'utf8' });
    const flipped = Buffer.from(records[0]!.bytes);
    flipped[flipped.length - 2] ^= 0x01;
    await changes.put(String(records[0]!.seq).padStart(16, '0'), flipped);
    await changes.del(String(records[1]!.seq).padStart(16, '0'));
    await keysDb.del(victims[1]);
    await changes.del(String(records[2]!.seq).padStart(16, '0'));
    await keysDb.del(victims[2]);
    await raw.close();
    const reopened = await RecordStore.open(join(dir, 'db'));
    cleanups.push(() => reopened.close());
    await reopened.checkIntegrity();
    const sampledAll = await run(reopened, transport, ['en-US'], { verifyPercent: 100 });
    // The child's sample finds the damaged record, the parent's sample the two missing ones.
    expect(sampledAll.verification).toMatchObject({ mismatched: 3, repaired: 3, digestEqual: true, fellBackToComplete: false });
    expect(await held(reopened)).toEqual(await expected(parent.store, ['en-US']));
  });

  it('finds by its own sample a record the child holds and the parent does not, and removes it', async () => {
    const parent = await parentWithSample();
    const { store } = await childStore();
    const transport = await portTo(parent, 'parent');
    await run(store, transport, ['en-US']);
    // A deletion the child never heard of: only the child's sample can name this key; the parent's never will.
    const ghost = encodeChange({ key: 'u/GHOST/1', languages: ['en-US'], record: { update: { id: '1', language: 'en-US' } } });
    await store.write([{ type: 'put-bytes', key: 'u/GHOST/1', bytes: ghost }]);
    const result = await run(store, transport, ['en-US'], { verifyPercent: 100 });
    expect(result.verification).toMatchObject({ mismatched: 1, repaired: 1, digestEqual: true, fellBackToComplete: false });
    expect(await store.get('u/GHOST/1')).toBeUndefined();
    expect(await held(store)).toEqual(await expected(parent.store, ['en-US']));
  });

  it('counts and repairs once a record both halves of the sample find, though they check at once', async () => {
    const parent = await parentWithSample();
    const { store } = await childStore();
    const real = await portTo(parent, 'parent');
    await run(store, real, ['en-US']);
    const [victim] = [...(await held(store)).keys()];
    await store.write([{ type: 'put-bytes', key: victim, bytes: encodeChange({ key: victim, languages: ['en-US'], record: { update: { id: 'x', language: 'en-US' } } }) }]);
    // A slow repair: the other half compares the damaged record before the first repair lands.
    let fetches = 0;
    const slowRepair: TestPort = { ...real, fetch: async (scope, keys) => { fetches++; await new Promise((ok) => setTimeout(ok, 300)); return real.fetch(scope, keys); } };
    const result = await run(store, slowRepair, ['en-US'], { verifyPercent: 100 });
    expect(result.verification).toMatchObject({ mismatched: 1, repaired: 1, digestEqual: true, fellBackToComplete: false });
    expect(fetches).toBe(1);
    expect(await held(store)).toEqual(await expected(parent.store, ['en-US']));
  });

  it('adds up the repairs of both halves when they overlap', async () => {
    const parent = await parentWithSample();
    const { store } = await childStore();
    const real = await portTo(parent, 'parent');
    await run(store, real, ['en-US']);
    const [lost] = [...(await held(store)).keys()];
    // One record only the child's half can name (the parent never had it), one only the parent's half can (the child lost it).
    await store.write([{ type: 'put-bytes', key: 'u/GHOST/1', bytes: encodeChange({ key: 'u/GHOST/1', languages: ['en-US'], record: { update: { id: '1', language: 'en-US' } } }) }, { type: 'del', key: lost }]);
    const slowRepair: TestPort = { ...real, fetch: async (scope, keys) => { await new Promise((ok) => setTimeout(ok, 300)); return real.fetch(scope, keys); } };
    const result = await run(store, slowRepair, ['en-US'], { verifyPercent: 100 });
    expect(result.verification).toMatchObject({ mismatched: 2, repaired: 2, digestEqual: true, fellBackToComplete: false });
  });

  it('fails the run with the error of either half of the sample', async () => {
    const parent = await parentWithSample();
    const { store } = await childStore();
    const real = await portTo(parent, 'parent');
    await run(store, real, ['en-US']);
    const refused = Object.assign(new Error('parent went away'), { code: 'REPL_PARENT_UNREACHABLE' });
    for (const broken of [{ ...real, sample: async function* () { throw refused; } }, { ...real, verify: () => Promise.reject(refused) }] as TestPort[]) {
      await expect(run(store, broken, ['en-US'], { verifyPercent: 100 })).rejects.toMatchObject({ code: 'REPL_PARENT_UNREACHABLE' });
    }
    // A later run is whole again (the store was left consistent).
    const again = await run(store, real, ['en-US'], { verifyPercent: 100 });
    expect(again.verification).toMatchObject({ mismatched: 0, digestEqual: true });
  });

  it('repairs more missing records than one fetch call may carry, a chunk at a time', async () => {
    const { catalog: parent, dir, close } = await openCatalog({ languages: ['en-US', 'de-DE', 'fr-FR'] });
    cleanups.push(close);
    const path = join(dir, 'big.ndjson');
    await writeCatalog(path, { seed: 9, bulletins: 700, languages: ['neutral', 'en-US', 'de-DE', 'fr-FR'] });
    await parent.importParsed('big', (await parseNative(createReadStream(path), { source: 'big', url: path })).bulletins);
    // The HTTP routes refuse a key list over MAX_KEYS_PER_CALL; so does this transport.
    const guarded = (inner: TestPort): TestPort => ({
      ...inner,
      verify: (scope, keys) => (keys.length > MAX_KEYS_PER_CALL ? Promise.reject(new Error(`verify of ${keys.length} keys`)) : inner.verify(scope, keys)),
      fetch: (scope, keys) => (keys.length > MAX_KEYS_PER_CALL ? Promise.reject(new Error(`fetch of ${keys.length} keys`)) : inner.fetch(scope, keys)),
    });
    const transport = guarded(await portTo(parent, 'parent'));
    const { store } = await childStore();
    await run(store, transport, ['en-US'], { verifyPercent: 0 });
    const lost = [...(await held(store)).keys()];
    expect(lost.length).toBeGreaterThan(MAX_KEYS_PER_CALL);
    await store.write(lost.map((key) => ({ type: 'del' as const, key })));
    const result = await run(store, transport, ['en-US'], { verifyPercent: 100 });
    // The parent's sample names every record the child lost; all come back without a complete run.
    expect(result.verification).toMatchObject({ mismatched: lost.length, repaired: lost.length, digestEqual: true, fellBackToComplete: false });
    expect(await held(store)).toEqual(await expected(parent.store, ['en-US']));
    // A parent that fails a check while the child reads its next chunk fails the run (and only the run).
    const failing: TestPort = { ...transport, verify: () => Promise.reject(Object.assign(new Error('gone'), { code: 'REPL_PARENT_UNREACHABLE' })) };
    await expect(run(store, failing, ['en-US'], { verifyPercent: 100 })).rejects.toMatchObject({ code: 'REPL_PARENT_UNREACHABLE' });

    // The child's half fails while the parent's half is repairing, with over a fetch call of repairs ahead of it:
    // the run fails once that repair is written, the parent's half stops there, and nothing writes after the failure.
    await store.write(lost.slice(100).map((key) => ({ type: 'del' as const, key })));
    let fetches = 0;
    let late = 0;
    let failed = false;
    let repairing!: () => void;
    const firstRepair = new Promise<void>((ok) => (repairing = ok));
    const stopping: TestPort = {
      ...transport,
      verify: async () => { await firstRepair; throw Object.assign(new Error('gone'), { code: 'REPL_PARENT_UNREACHABLE' }); },
      fetch: async (scope, keys) => { fetches++; if (failed) late++; repairing(); await new Promise((ok) => setTimeout(ok, 100)); return transport.fetch(scope, keys); },
    };
    await expect(run(store, stopping, ['en-US'], { verifyPercent: 100 })).rejects.toMatchObject({ code: 'REPL_PARENT_UNREACHABLE' });
    failed = true;
    const seqAtFailure = store.lastSeq;
    await new Promise((ok) => setTimeout(ok, 300));
    expect(late).toBe(0);
    expect(store.lastSeq).toBe(seqAtFailure);
    expect(fetches).toBeLessThanOrEqual(1); // the whole sample would take two
  });

  it('carries the top parent bytes unchanged through a mid-tier node', async () => {
    const parent = await parentWithSample();
    const mid = await childStore();
    const leafA = await childStore();
    const leafB = await childStore();
    await run(mid.store, await portTo(parent, 'top'), ['en-US', 'de-DE', 'ja-JP']);
    const fromMid = await portTo(mid.store, 'mid');
    const a = await runRule(leafA.store, fromMid, { trust: await trustFor(leafA.store, fromMid), childId: 'a', via: ['a'], scope: scope(['en-US']), mode: 'differential', verifyPercent: 10 });
    const b = await runRule(leafB.store, fromMid, { trust: await trustFor(leafB.store, fromMid), childId: 'b', via: ['b'], scope: scope(['de-DE', 'ja-JP']), mode: 'differential', verifyPercent: 10 });
    expect(a.verification.digestEqual && b.verification.digestEqual).toBe(true);
    expect(await held(leafA.store)).toEqual(await expected(parent.store, ['en-US']));
    expect(await held(leafB.store)).toEqual(await expected(parent.store, ['de-DE', 'ja-JP']));
    // The top parent's digest of each leaf's set equals the leaf's own.
    expect(leafB.store.digest(['de-DE', 'ja-JP'], { origin: 'replicated' })).toEqual(parent.store.digest(['de-DE', 'ja-JP'], { recordClass: 'catalog' }));
  });

  it('replicates all policies or a chosen list, entries filtered by language, and digests the subset', async () => {
    const parent = await parentWithSample();
    const policy = (id: string) => [
      { type: 'put' as const, key: `p/${id}`, languages: ['de-DE', 'en-US', 'neutral'], record: { policy: { id, name: id, bulletinIds: ['B'] } } },
      ...['en-US', 'de-DE', 'neutral'].map((l) => ({ type: 'put' as const, key: `e/${id}/u/B/${l}`, languages: [l], record: { policyEntry: { policyId: id, updateKey: `u/B/${l}`, enabled: true } } })),
    ];
    await parent.store.write([...policy('A'), ...policy('B')]);
    const { store } = await childStore();
    const transport = await portTo(parent, 'parent');
    const pull = async (policyIds: string[]) => runRule(store, transport, { trust: await trustFor(store, transport), childId: 'c', via: ['c'], scope: { rule: 'policies', languages: ['de-DE'], policyIds }, mode: 'differential', verifyPercent: 100 });
    const all = await pull([]);
    expect(all.verification.digestEqual).toBe(true);
    expect([...(await held(store)).keys()].sort()).toEqual(['e/A/u/B/de-DE', 'e/A/u/B/neutral', 'e/B/u/B/de-DE', 'e/B/u/B/neutral', 'p/A', 'p/B']);
    const onlyB = await pull(['B']);
    expect(onlyB).toMatchObject({ mode: 'complete', verification: { digestEqual: true, mismatched: 0 } });
    expect([...(await held(store)).keys()].sort()).toEqual(['e/B/u/B/de-DE', 'e/B/u/B/neutral', 'p/B']);
    // Catalog records are not touched by the policies rule.
    expect([...(await held(store)).keys()].some((k) => k.startsWith('b/'))).toBe(false);
  });

  it('turns a run complete when the checkpoint is older than the tombstone horizon, so no deletion is missed', async () => {
    const parent = await parentWithSample();
    const { store } = await childStore();
    const transport = await portTo(parent, 'parent');
    await run(store, transport, ['en-US']);
    const gone: string[] = [];
    for await (const r of parent.store.records('b/')) if (gone.length < 3) gone.push(r.key);
    await parent.store.write(gone.map((key) => ({ type: 'del' as const, key })));
    expect((await parent.store.pruneTombstones(parent.store.lastSeq)).pruned).toBe(3);
    const next = await run(store, transport, ['en-US']);
    expect(next).toMatchObject({ mode: 'complete', reason: 'the checkpoint is older than the tombstone horizon' });
    expect(await held(store)).toEqual(await expected(parent.store, ['en-US']));
    for (const key of gone) expect(await store.get(key)).toBeUndefined();
  });

  it('refuses a parent that is among the pulling node descendants, by identity whatever the node ids', async () => {
    const parent = await parentWithSample();
    const { store } = await childStore();
    // The chain names this node and those below it by their identities (store ids), never by the ids admins typed.
    const via = ['region-identity', 'site-identity', parent.store.storeId];
    const hq = await portTo(parent, 'hq');
    await expect(runRule(store, hq, { trust: await trustFor(store, hq), childId: 'region', via, scope: scope(['en-US']), mode: 'differential', verifyPercent: 0 })).rejects.toMatchObject({ code: 'REPL_LOOP' });
    expect((await held(store)).size).toBe(0);
    // The same node id on the chain is not the same node: no refusal.
    const fine = await runRule(store, hq, { trust: await trustFor(store, hq), childId: 'region', via: ['hq', 'region'], scope: scope(['en-US']), mode: 'differential', verifyPercent: 0 });
    expect(fine.received).toBeGreaterThan(0);
  });

  it('fails the run (REPL_DIGEST_MISMATCH) when the parent\'s digest still differs after the complete run (finding 1: it used to end ok)', async () => {
    const parent = await parentWithSample();
    const { store } = await childStore();
    const real = await portTo(parent, 'parent');
    const lying: TestPort = {
      ...real,
      async *session(request) {
        for await (const frame of real.session(request)) {
          if (frame.kind === 'end') frame.end.digest = { count: frame.end.digest!.count, digest: 'f'.repeat(64) };
          yield frame;
        }
      },
    };
    await expect(run(store, lying, ['de-DE'])).rejects.toMatchObject({ code: 'REPL_DIGEST_MISMATCH' });
    // The records it took are those the publisher signed; the next run from an honest parent ends ok.
    expect(await run(store, real, ['de-DE'])).toMatchObject({ verification: { digestEqual: true } });
    expect(await held(store)).toEqual(await expected(parent.store, ['de-DE']));
  });

  it('refuses a session that loops back to the parent', async () => {
    const parent = await parentWithSample();
    const { store } = await childStore();
    const port = await portTo(parent, 'parent');
    await expect(runRule(store, port, { trust: await trustFor(store, port), childId: 'x', via: [parent.store.storeId, 'x'], scope: scope(['en-US']), mode: 'differential', verifyPercent: 0 })).rejects.toMatchObject({ code: 'REPL_LOOP' });
  });
});
