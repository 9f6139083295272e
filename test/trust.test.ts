import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { hasCode } from '../protocol/index.js';
import { RecordStore } from '../catalog/store/record-store.js';
import { recordHashBytes } from '../catalog/store/digest.js';
import { checkListing, listedTargets, Publication, NodeKey, makeRoot, makeTargets, verifyRootChain, verifyTargets, Publisher, TrustedListings, expectedBuckets, type VerifiedTargets } from '../catalog/index.js';
import { tempStore } from './helpers/temp.js';
import { openCatalog } from './helpers/catalog.js';
import { startFileServer } from './helpers/http-server.js';
import { createHash } from 'node:crypto';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const openStore = () => tempStore(cleanups);

const refusedWith = (code: string, run: () => unknown) => {
  try {
    run();
  } catch (err) {
    expect(hasCode(err, code), String(err)).toBe(true);
    return (err as Error).message;
  }
  throw new Error(`expected ${code}`);
};

const bulletin = (id: string, languages: string[], title = id) => ({ type: 'put' as const, key: `b/${id}`, languages, record: { bulletin: { id, title } } });
const policy = (id: string, languages: string[], name = id) => ({ type: 'put' as const, key: `p/${id}`, languages, record: { policy: { id, name } } });

describe('publisher roots', () => {
  const first = NodeKey.generate();
  const second = NodeKey.generate();
  const v1 = makeRoot(first, 1);
  const v2 = makeRoot(second, 2, first);
  const none = new Set<string>();

  it('follows a key roll signed by the old key and the new one, from either pinned key', () => {
    expect(verifyRootChain([v1, v2], new Set([first.keyid]), none, 'p').targetKeys).toEqual([second.keyid]);
    expect(verifyRootChain([v1, v2], new Set([second.keyid]), none, 'p').version).toBe(2);
    expect(verifyRootChain([v1], new Set([first.keyid]), none, 'p').targetKeys).toEqual([first.keyid]);
  });

  it('refuses a next root the old key did not sign, an unpinned chain and a revoked pin', () => {
    const forged = makeRoot(NodeKey.generate(), 2);
    refusedWith('SIG_INVALID', () => verifyRootChain([v1, forged], new Set([first.keyid]), none, 'p'));
    refusedWith('SIG_INVALID', () => verifyRootChain([v1, v2], new Set([NodeKey.generate().keyid]), none, 'p'));
    refusedWith('SIG_INVALID', () => verifyRootChain([v1], new Set([first.keyid]), new Set([first.keyid]), 'p'));
  });

  it('refuses targets signed by another key, altered after signing, or naming another publisher', () => {
    const root = verifyRootChain([v1], new Set([first.keyid]), none, first.keyid);
    const entries = [{ path: 'catalog/en-US#', length: 32, sha256: 'a'.repeat(64), count: 1, sum: 'b'.repeat(64) }];
    const good = makeTargets(first, { id: first.keyid, nodeId: 'top' }, 7, new Date(Date.now() + 86_400_000), entries);
    expect(verifyTargets(root, good, none, first.keyid).version).toBe(7);
    refusedWith('SIG_INVALID', () => verifyTargets(root, makeTargets(second, { id: first.keyid, nodeId: 'top' }, 7, new Date(), entries), none, first.keyid));
    refusedWith('SIG_INVALID', () => verifyTargets(root, good.replace('"count":1', '"count":2'), none, first.keyid));
    refusedWith('SIG_INVALID', () => verifyTargets(root, makeTargets(first, { id: 'other', nodeId: 'top' }, 7, new Date(), entries), none, first.keyid));
    refusedWith('SIG_INVALID', () => verifyTargets(root, good, new Set([first.keyid]), first.keyid));
  });
});

/** The listings the current views of a publication name. */
async function listingsNamedBy(publication: Publication): Promise<string[]> {
  const out: string[] = [];
  for (const cls of ['catalog', 'policies'] as const) {
    const { published, release } = await publication.acquire(cls);
    for (const d of published.docs) out.push(...listedTargets(d.targets).map((t) => t.sha256));
    await release();
  }
  return out;
}

describe('staged-file bindings', () => {
  it('a publisher that stages a file of its own update without a vendor hash lists its binding, and withdraws it with the file', async () => {
    const payload = Buffer.from('the bytes the vendor served');
    const server = await startFileServer('/nonexistent', [(req, res) => (req.url === '/kb1.msu' ? (res.writeHead(200).end(payload), true) : false)]);
    cleanups.push(() => server.close());
    const { catalog, close } = await openCatalog({ languages: ['en-US', 'de-DE'] });
    cleanups.push(close);
    await catalog.importParsed('msrc', [{ bulletin: { id: 'MS-1', title: 't' }, updates: [{ id: 'KB1-de', language: 'de-DE', url: `${server.url}/kb1.msu`, fileName: 'kb1.msu' }] }]);
    expect((await catalog.staging.stage('MS-1')).staged).toBe(true);
    await catalog.publication.refresh();
    const docs = catalog.publication.publisher.current!;
    const verified = verifyTargets(verifyRootChain(docs.roots, new Set([catalog.publication.publisher.publicKey.keyid]), new Set(), docs.id), docs.targets, new Set(), docs.id);
    expect([...verified.targets.keys()].some((path) => path.startsWith('content/de-DE#'))).toBe(true);
    const listings = new TrustedListings();
    const blobs = new Map<string, Buffer>();
    for (const entry of verified.targets.values()) blobs.set(entry.sha256, (await catalog.store.listings.get(entry.sha256))!);
    listings.add(verified, () => true, (entry) => blobs.get(entry.sha256));
    const key = 'u/MS-1/KB1-de';
    const file = { algorithm: 'sha256', hash: createHash('sha256').update(payload).digest('hex'), size: payload.length };
    expect(listings.listsContent(key, ['de-DE'], file)).toBe(true);
    expect(listings.listsContent(key, ['de-DE'], { ...file, hash: 'a'.repeat(64) })).toBe(false); // other bytes
    expect(listings.listsContent('u/MS-1/other', ['de-DE'], file)).toBe(false); // another update
    // The admin drops the language: the file is forgotten and its binding withdrawn.
    await catalog.settings.setLanguages(['en-US']);
    await catalog.staging.pruneUnmanaged();
    await catalog.publication.refresh();
    const after = verifyTargets(verifyRootChain(catalog.publication.publisher.current!.roots, new Set([catalog.publication.publisher.publicKey.keyid]), new Set(), docs.id), catalog.publication.publisher.current!.targets, new Set(), docs.id);
    expect([...after.targets.keys()].some((path) => path.startsWith('content/'))).toBe(false);
  });
});

describe('listings', () => {
  const h = (first: number, fill = 0) => Buffer.concat([Buffer.from([first, 0]), Buffer.alloc(30, fill)]);
  it('refuses a listing that is cut, unsorted, repeats a hash or holds one outside its bin', () => {
    checkListing(Buffer.concat([h(0xa0, 1), h(0xa0, 2), h(0xaf)]), 'a', 'catalog/en-US#a');
    refusedWith('SIG_INVALID', () => checkListing(Buffer.alloc(33), '', 'p'));
    refusedWith('SIG_INVALID', () => checkListing(Buffer.concat([h(0xa0, 2), h(0xa0, 1)]), 'a', 'p'));
    refusedWith('SIG_INVALID', () => checkListing(Buffer.concat([h(0xa0, 1), h(0xa0, 1)]), 'a', 'p'));
    refusedWith('SIG_INVALID', () => checkListing(Buffer.concat([h(0xa0), h(0xb0)]), 'a', 'p'));
  });
});

describe('publishing local records', () => {
  async function published() {
    const { store, dir } = await openStore();
    await store.write([bulletin('B1', ['en-US']), bulletin('B2', ['de-DE']), bulletin('B3', []), policy('P1', ['en-US'])]);
    const publisher = await Publisher.open(store, { keysDir: join(dir, 'keys'), nodeId: 'top', expiryDays: 7 });
    const publish = async () => {
      const { view, changedGroups } = await store.publishableView();
      return publisher.publish(view, changedGroups);
    };
    return { store, publisher, publish, dir };
  }

  async function listingsOf(store: RecordStore, verified: VerifiedTargets, languages: string[]) {
    const listings = new TrustedListings();
    const blobs = new Map<string, Buffer>();
    for (const entry of verified.targets.values()) blobs.set(entry.sha256, (await store.listings.get(entry.sha256))!);
    const inScope = (g: { bucket: string }) => g.bucket.split(',').some((l) => l === 'neutral' || languages.includes(l));
    listings.add(verified, inScope, (entry) => blobs.get(entry.sha256));
    return { listings, inScope };
  }

  it('lists exactly the records it holds, and the counts and sums of its digest', async () => {
    const { store, publisher, publish } = await published();
    const docs = await publish();
    const root = verifyRootChain(docs.roots, new Set([publisher.publicKey.keyid]), new Set(), publisher.id);
    const verified = verifyTargets(root, docs.targets, new Set(), publisher.id);
    const { listings, inScope } = await listingsOf(store, verified, ['en-US']);
    for (const key of ['b/B1', 'b/B3', 'p/P1']) {
      const record = (await store.get(key))!;
      expect(listings.lists(key, key === 'b/B3' ? [] : ['en-US'], recordHashBytes(record.bytes)), key).toBe(true);
      expect(listings.lists(key, ['en-US'], recordHashBytes(Buffer.concat([record.bytes, Buffer.from([0])]))), `${key} altered`).toBe(false);
    }
    // de-DE is outside the scope: its listing is not loaded.
    expect(listings.lists('b/B2', ['de-DE'], recordHashBytes((await store.get('b/B2'))!.bytes))).toBe(false);
    for (const cls of ['catalog', 'policies'] as const) {
      const expected = expectedBuckets([verified], (g) => g.recordClass === cls && inScope(g));
      const held = new Map([...store.bucketDigests('local', cls)].filter(([bucket]) => inScope({ bucket })));
      expect(expected).toEqual(held);
    }
  });

  it('signs a growing version, and a changed record leaves its old version unlisted', async () => {
    const { store, publisher, publish } = await published();
    const first = verifyTargets(verifyRootChain((await publish()).roots, new Set([publisher.publicKey.keyid]), new Set(), publisher.id), publisher.current!.targets, new Set(), publisher.id);
    const old = (await store.get('b/B1'))!;
    await store.write([bulletin('B1', ['en-US'], 'changed')]);
    const docs = await publish();
    const root = verifyRootChain(docs.roots, new Set([publisher.publicKey.keyid]), new Set(), publisher.id);
    const second = verifyTargets(root, docs.targets, new Set(), publisher.id);
    expect(second.version).toBeGreaterThan(first.version);
    const { listings } = await listingsOf(store, second, ['en-US']);
    expect(listings.lists('b/B1', ['en-US'], recordHashBytes(old.bytes))).toBe(false);
    expect(listings.lists('b/B1', ['en-US'], recordHashBytes((await store.get('b/B1'))!.bytes))).toBe(true);
  });

  it('cuts a large group into bins by the hashes\' first digits, and finds every record in its bin', async () => {
    const { store, publisher, publish, dir } = await published();
    await store.write(Array.from({ length: 5000 }, (_, i) => bulletin(`MANY-${i}`, ['de-DE'])));
    const docs = await publish();
    const verified = verifyTargets(verifyRootChain(docs.roots, new Set([publisher.publicKey.keyid]), new Set(), publisher.id), docs.targets, new Set(), publisher.id);
    const bins = [...verified.targets.keys()].filter((path) => path.startsWith('catalog/de-DE#'));
    expect(bins).toHaveLength(16);
    const { listings } = await listingsOf(store, verified, ['de-DE']);
    let found = 0;
    for await (const r of store.records('b/MANY-')) if (listings.lists(r.key, ['de-DE'], recordHashBytes(r.bytes))) found++;
    expect(found).toBe(5000);
    // A change rebuilds only the bins its old and new hashes fall in; the listings equal a rebuild from scratch.
    const old = (await store.get('b/MANY-7'))!;
    await store.write([bulletin('MANY-7', ['de-DE'], 'changed'), { type: 'del', key: 'b/MANY-8' }, bulletin('MANY-5000', ['de-DE'])]);
    const next = verifyTargets(verifyRootChain((await publish()).roots, new Set([publisher.publicKey.keyid]), new Set(), publisher.id), publisher.current!.targets, new Set(), publisher.id);
    const changedBins = [...next.targets.values()].filter((t) => verified.targets.get(t.path)?.sha256 !== t.sha256);
    expect(changedBins.length).toBeGreaterThan(0);
    expect(changedBins.length).toBeLessThanOrEqual(4);
    const fresh = await Publisher.open(store, { keysDir: join(dir, 'keys'), nodeId: 'top', expiryDays: 7 });
    const { view, changedGroups } = await store.publishableView();
    const scratch = verifyTargets(verifyRootChain((await fresh.publish(view, changedGroups)).roots, new Set([publisher.publicKey.keyid]), new Set(), publisher.id), fresh.current!.targets, new Set(), publisher.id);
    expect([...scratch.targets.values()].map((t) => [t.path, t.sha256, t.count, t.sum]).sort()).toEqual([...next.targets.values()].map((t) => [t.path, t.sha256, t.count, t.sum]).sort());
    const { listings: after } = await listingsOf(store, next, ['de-DE']);
    expect(after.lists('b/MANY-7', ['de-DE'], recordHashBytes(old.bytes))).toBe(false);
    expect(after.lists('b/MANY-5000', ['de-DE'], recordHashBytes((await store.get('b/MANY-5000'))!.bytes))).toBe(true);
  });

  it('applies changes that undo each other between two publications as the index ends (a version back, a key deleted and made again)', async () => {
    const { store, publisher, publish, dir } = await published();
    await store.write(Array.from({ length: 5000 }, (_, i) => bulletin(`MANY-${i}`, ['de-DE'])));
    await publish();
    await store.write([bulletin('MANY-9', ['de-DE'], 'changed'), { type: 'del', key: 'b/MANY-10' }]);
    await store.write([bulletin('MANY-9', ['de-DE']), bulletin('MANY-10', ['de-DE']), bulletin('MANY-11', ['de-DE'], 'changed')]);
    await store.write([{ type: 'del', key: 'b/MANY-12' }]);
    const next = verifyTargets(verifyRootChain((await publish()).roots, new Set([publisher.publicKey.keyid]), new Set(), publisher.id), publisher.current!.targets, new Set(), publisher.id);
    const fresh = await Publisher.open(store, { keysDir: join(dir, 'keys'), nodeId: 'top', expiryDays: 7 });
    const { view, changedGroups } = await store.publishableView();
    const scratch = verifyTargets(verifyRootChain((await fresh.publish(view, changedGroups)).roots, new Set([publisher.publicKey.keyid]), new Set(), publisher.id), fresh.current!.targets, new Set(), publisher.id);
    expect([...next.targets.values()].map((t) => [t.path, t.sha256, t.count, t.sum]).sort()).toEqual([...scratch.targets.values()].map((t) => [t.path, t.sha256, t.count, t.sum]).sort());
    const { listings } = await listingsOf(store, next, ['de-DE']);
    let found = 0;
    for await (const r of store.records('b/MANY-')) if (listings.lists(r.key, ['de-DE'], recordHashBytes(r.bytes))) found++;
    expect(found).toBe(4999);
  });

  it('keeps on disk only the listings its documents and the views in use name', async () => {
    const { store, dir } = await openStore();
    const publication = new Publication(store, await Publisher.open(store, { keysDir: join(dir, 'keys'), nodeId: 'top', expiryDays: 7 }), false);
    await store.write([bulletin('B1', ['en-US'])]);
    await publication.start();
    const listingsOnDisk = async () => (await store.listings.keys().all()).sort();
    const first = await listingsOnDisk();
    expect(first).toHaveLength(1);
    const session = await publication.acquire('catalog'); // a session reads the first view
    await store.write([bulletin('B1', ['en-US'], 'changed')]);
    await publication.refresh();
    await store.write([bulletin('B1', ['en-US'], 'changed again')]);
    await publication.refresh();
    await store.write([bulletin('B1', ['en-US'], 'and again')]);
    await publication.refresh();
    // The first view is no longer current nor previous, but a session still reads it: its listing stays.
    expect(await listingsOnDisk()).toEqual(expect.arrayContaining(first));
    await session.release();
    await publication.refresh();
    const named = new Set([...(await listingsNamedBy(publication))]);
    expect(await listingsOnDisk()).toEqual([...named].sort());
    expect(await listingsOnDisk()).not.toEqual(expect.arrayContaining(first));
    await publication.close();
  });

  it('serves a write to a session that begins while another session\'s publication of it is under way', async () => {
    const { store, dir } = await openStore();
    const publisher = await Publisher.open(store, { keysDir: join(dir, 'keys'), nodeId: 'top', expiryDays: 7 });
    const publication = new Publication(store, publisher, false);
    await publication.start();
    await store.write([bulletin('B1', ['en-US'])]);
    // The first session's publication is held inside its signing, after it took the changes.
    let open!: () => void;
    const gate = new Promise<void>((ok) => (open = ok));
    const publish = publisher.publish.bind(publisher);
    publisher.publish = async (...args) => { await gate; return publish(...args); };
    const first = publication.acquire('catalog');
    while (store.hasUnpublishedChanges) await new Promise((ok) => setImmediate(ok));
    const second = publication.acquire('catalog');
    open();
    const sessions = await Promise.all([first, second]);
    expect(sessions.map((s) => s.published.view.lastSeq)).toEqual([store.lastSeq, store.lastSeq]);
    for (const s of sessions) await s.release();
    await publication.close();
  });

  it('a guard that refuses a change leaves the store as it was', async () => {
    const { store } = await openStore();
    await store.write([bulletin('B1', ['en-US'])]);
    const before = { seq: store.lastSeq, digest: store.digest() };
    await expect(store.write([bulletin('B1', ['en-US'], 'forged'), bulletin('B9', ['en-US'])], [], (c) => {
      if (c.key === 'b/B9') throw new Error('refused');
    })).rejects.toThrow('refused');
    expect({ seq: store.lastSeq, digest: store.digest() }).toEqual(before);
    expect((await store.get('b/B9'))).toBeUndefined();
  });
});
