import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { join } from 'node:path';
import { decodeChange, decodeChangeHeader, encodeChange } from '../protocol/index.js';
import { RecordStore } from '../catalog/store/record-store.js';
import { recordHash } from '../catalog/store/digest.js';
import { tempDir, tempStore } from './helpers/temp.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const openStore = async () => (await tempStore(cleanups)).store;

const update = (id: string, language: string, title = '') => ({
  type: 'put' as const,
  key: `u/B1/${id}`,
  languages: [language],
  record: { update: { id, bulletinId: 'B1', language, fileName: title } },
});

/** Recomputes the digest from scratch by scanning every live record, without the bucket code. */
async function scanDigest(store: RecordStore, languages?: string[]) {
  let count = 0;
  let sum = 0n;
  for await (const r of store.records()) {
    let recordLanguages: string[];
    try {
      const header = decodeChangeHeader(r.bytes);
      if (header.key !== r.key) continue;
      recordLanguages = header.languages;
    } catch {
      continue; // a record whose header is damaged is not part of the set; one with a damaged body counts by its bytes
    }
    const included = !languages || recordLanguages.some((l) => l === 'neutral' || languages.includes(l));
    if (!included) continue;
    count++;
    sum = (sum + BigInt(`0x${recordHash(r.bytes)}`)) % (1n << 256n);
  }
  return { count, digest: sum.toString(16).padStart(64, '0') };
}

describe('RecordStore', () => {
  it('gives each change a new sequence, and an identical put none', async () => {
    const store = await openStore();
    const first = await store.write([update('a', 'en-US'), update('b', 'de-DE')]);
    expect(first).toMatchObject({ added: 2, changed: 0, lastSeq: 2 });
    const again = await store.write([update('a', 'en-US'), update('b', 'de-DE')]);
    expect(again).toMatchObject({ added: 0, changed: 0, unchanged: 2, lastSeq: 2 });
    const changed = await store.write([update('a', 'en-US', 'new name')]);
    expect(changed).toMatchObject({ changed: 1, lastSeq: 3 });
    const seqs = [];
    for await (const c of store.changesSince(0)) seqs.push(c.seq);
    expect(seqs).toEqual([2, 3]); // 'a' moved from 1 to 3: each key once, at its latest sequence
  });

  it('leaves a tombstone on delete and hides the record', async () => {
    const store = await openStore();
    await store.write([update('a', 'en-US')]);
    const del = await store.write([{ type: 'del', key: 'u/B1/a' }]);
    expect(del).toMatchObject({ removed: 1, lastSeq: 2 });
    expect(await store.get('u/B1/a')).toBeUndefined();
    const log = [];
    for await (const c of store.changesSince(1)) log.push(decodeChange(c.bytes));
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ key: 'u/B1/a', deleted: true, languages: ['en-US'] });
    expect(store.counts().update).toBe(0);
    expect(store.digest()).toEqual({ count: 0, digest: '0'.repeat(64) });
  });

  it('records the languages a record left, so filtered children can drop it', async () => {
    const store = await openStore();
    await store.write([{ type: 'put', key: 'b/B1', languages: ['de-DE', 'en-US'], record: { bulletin: { id: 'B1' } } }]);
    await store.write([{ type: 'put', key: 'b/B1', languages: ['en-US'], record: { bulletin: { id: 'B1' } } }]);
    const stored = decodeChange((await store.get('b/B1'))!.bytes);
    expect(stored.leftLanguages).toEqual(['de-DE']);
    const again = await store.write([{ type: 'put', key: 'b/B1', languages: ['en-US'], record: { bulletin: { id: 'B1' } } }]);
    expect(again.unchanged).toBe(1);
  });

  it('survives a reopen with the same digest, counts and sequence', async () => {
    const { dir, cleanup } = await tempDir();
    cleanups.push(cleanup);
    let store = await RecordStore.open(join(dir, 'db'));
    await store.write([update('a', 'en-US'), update('b', 'neutral'), { type: 'put', key: 'b/B1', languages: ['en-US', 'neutral'], record: { bulletin: { id: 'B1' } } }]);
    const before = { digest: store.digest(['en-US']), counts: store.counts(), seq: store.lastSeq };
    await store.close();
    store = await RecordStore.open(join(dir, 'db'));
    expect({ digest: store.digest(['en-US']), counts: store.counts(), seq: store.lastSeq }).toEqual(before);
    await store.close();
  });

  it('keeps the language-filtered digest equal to one recomputed from scratch (property)', async () => {
    const languages = ['neutral', 'en-US', 'de-DE', 'ja-JP', 'fr-FR'];
    const op = fc.oneof(
      fc.record({
        type: fc.constant('put' as const),
        id: fc.integer({ min: 0, max: 30 }),
        langs: fc.subarray(languages, { minLength: 1, maxLength: 3 }),
        title: fc.string({ maxLength: 8 }),
        kind: fc.constantFrom('b', 'u'),
      }),
      fc.record({ type: fc.constant('del' as const), id: fc.integer({ min: 0, max: 30 }), kind: fc.constantFrom('b', 'u') }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(op, { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 8 }), fc.subarray(languages), async (batches, filter) => {
        const store = await openStore();
        for (const raw of batches) {
          // One mutation per key in a write (the store refuses two): the last one wins, as a caller would merge them.
          const batch = [...new Map(raw.map((o) => [`${o.kind}${o.id}`, o])).values()];
          await store.write(batch.map((o) => {
            const key = o.kind === 'b' ? `b/B${o.id}` : `u/B1/U${o.id}`;
            if (o.type === 'del') return { type: 'del' as const, key };
            const record = o.kind === 'b' ? { bulletin: { id: `B${o.id}`, title: o.title } } : { update: { id: `U${o.id}`, fileName: o.title, language: o.langs[0] } };
            return { type: 'put' as const, key, languages: o.kind === 'b' ? o.langs : [o.langs[0]], record };
          }));
        }
        expect(store.digest(filter)).toEqual(await scanDigest(store, filter));
        expect(store.digest()).toEqual(await scanDigest(store));
      }),
      { numRuns: 40 },
    );
  });
});

describe('RecordStore for replication', () => {
  it('keeps its store id across reopen', async () => {
    const { dir, cleanup } = await tempDir();
    cleanups.push(cleanup);
    let store = await RecordStore.open(join(dir, 'db'));
    const id = store.storeId;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await store.close();
    store = await RecordStore.open(join(dir, 'db'));
    expect(store.storeId).toBe(id);
    await store.close();
  });

  it('stores received changes byte for byte and digests them apart from local records', async () => {
    const parent = await openStore();
    const child = await openStore();
    await parent.write([update('a', 'en-US'), update('b', 'de-DE')]);
    const received = [];
    for await (const c of parent.changesSince(0)) received.push(c.bytes);
    const result = await child.write(received.map((bytes) => ({ type: 'put-bytes' as const, key: decodeChange(bytes).key, bytes })));
    expect(result.added).toBe(2);
    expect((await child.get('u/B1/a'))!.bytes.equals((await parent.get('u/B1/a'))!.bytes)).toBe(true);
    expect((await child.get('u/B1/a'))!.origin).toBe('replicated');
    expect(child.digest(['en-US'], { origin: 'replicated' })).toEqual(parent.digest(['en-US']));
    await child.write([{ type: 'put', key: 'p/local', languages: ['en-US'], record: { policy: { id: 'local' } } }]);
    expect(child.digest(undefined, { origin: 'replicated' })).toEqual(parent.digest());
    expect(child.digest(undefined, { origin: 'local' }).count).toBe(1);
    expect(child.digest(undefined, { recordClass: 'policies' }).count).toBe(1);
    expect(child.digest(undefined, { recordClass: 'catalog', origin: 'replicated' })).toEqual(parent.digest());
    expect(child.digest().count).toBe(3);
    // A received tombstone deletes; the same bytes again change nothing.
    const again = await child.write(received.map((bytes) => ({ type: 'put-bytes' as const, key: decodeChange(bytes).key, bytes })));
    expect(again.unchanged).toBe(2);
    const tomb = encodeChange({ key: 'u/B1/b', languages: ['de-DE'], deleted: true });
    expect((await child.write([{ type: 'put-bytes', key: 'u/B1/b', bytes: tomb }])).removed).toBe(1);
    expect(await child.get('u/B1/b')).toBeUndefined();
    await expect(child.write([{ type: 'put-bytes', key: 'u/B1/x', bytes: received[0] }])).rejects.toMatchObject({ code: 'REPL_BAD_RECORD' });
  });

  it('replaces a key range: writes what came, deletes what the range held and did not come, and refuses a key outside it', async () => {
    const parent = await openStore();
    const child = await openStore();
    await parent.write(['a', 'b', 'c', 'd', 'e'].map((id) => update(id, 'en-US')));
    const sent = new Map<string, Buffer>();
    for await (const c of parent.changesSince(0)) sent.set(decodeChange(c.bytes).key, c.bytes);
    const putBytes = (key: string) => ({ type: 'put-bytes' as const, key, bytes: sent.get(key)! });
    await child.write(['u/B1/a', 'u/B1/b', 'u/B1/c', 'u/B1/d', 'u/B1/e'].map(putBytes));
    await child.write([{ type: 'del', key: 'u/B1/c' }]); // a tombstone inside the range
    await child.write([{ type: 'put', key: 'u/B1/bb', languages: ['en-US'], record: { update: { id: 'bb', language: 'en-US' } } }]); // local: kept
    const before = child.lastSeq;
    // The parent now has a, c and e; the batch covers (u/B1/a, u/B1/d].
    await expect(child.replaceRange({ after: 'u/B1/a', upTo: 'u/B1/d' }, [putBytes('u/B1/e')], () => true)).rejects.toMatchObject({ code: 'REPL_BAD_RECORD' });
    expect(child.lastSeq).toBe(before);
    const result = await child.replaceRange({ after: 'u/B1/a', upTo: 'u/B1/d' }, [putBytes('u/B1/c')], (_key, origin) => origin === 'replicated');
    expect(result).toMatchObject({ added: 1, removed: 2, unchanged: 0 }); // c back over its tombstone; b and d gone
    expect((await child.getMany(['u/B1/a', 'u/B1/b', 'u/B1/bb', 'u/B1/c', 'u/B1/d', 'u/B1/e'])).map((r) => r?.key)).toEqual(['u/B1/a', undefined, 'u/B1/bb', 'u/B1/c', undefined, 'u/B1/e']);
    // The same batch again changes nothing, and the digest is what a scan finds.
    expect(await child.replaceRange({ after: 'u/B1/a', upTo: 'u/B1/d' }, [putBytes('u/B1/c')], (_key, origin) => origin === 'replicated')).toMatchObject({ added: 0, removed: 0, unchanged: 1 });
    expect(child.digest()).toEqual(await scanDigest(child));
  });

  it('finds records damaged or deleted behind its back and rebuilds its digest from what is there', async () => {
    const { dir, cleanup } = await tempDir();
    cleanups.push(cleanup);
    let store = await RecordStore.open(join(dir, 'db'));
    await store.write(['a', 'b', 'c', 'd'].map((id) => update(id, 'en-US')));
    const intact = store.digest();
    expect(await store.checkIntegrity()).toEqual({ records: 4, damaged: [], orphans: 0, badKeys: [], rebuilt: false, publishedRebuilt: false });
    const b = (await store.get('u/B1/b'))!;
    const c = (await store.get('u/B1/c'))!;
    await store.close();
    // Edit LevelDB directly, as a damaged disk or a careless admin would.
    const { Level } = await import('level');
    const raw = new Level<string, Buffer>(join(dir, 'db'), { valueEncoding: 'buffer' });
    const changes = raw.sublevel<string, Buffer>('changes', { valueEncoding: 'buffer' });
    const keys = raw.sublevel<string, string>('keys', { valueEncoding: 'utf8' });
    const tampered = Buffer.from(b.bytes);
    tampered[tampered.length - 1] ^= 0xff;
    await changes.put(String(b.seq).padStart(16, '0'), tampered);
    await changes.del(String(c.seq).padStart(16, '0'));
    await keys.del('u/B1/c');
    await raw.close();
    store = await RecordStore.open(join(dir, 'db'));
    expect(store.digest()).toEqual(intact); // the kept digest cannot know
    const report = await store.checkIntegrity();
    expect(report.rebuilt).toBe(true);
    expect(store.digest()).not.toEqual(intact);
    expect(store.digest()).toEqual(await scanDigest(store));
    expect(store.counts().update).toBe(report.records);
    await store.close();
  });

  it('rebuilds the index of published record hashes when it disagrees with the records (a store from before it, or damage)', async () => {
    const { dir, cleanup } = await tempDir();
    cleanups.push(cleanup);
    let store = await RecordStore.open(join(dir, 'db'));
    await store.write(['a', 'b', 'c'].map((id) => update(id, 'en-US')));
    const indexed = async () => (await store.published.keys().all()).sort();
    const intact = await indexed();
    expect(intact).toHaveLength(3);
    await store.published.del(intact[1]);
    await store.published.put('catalog/en-US\u0000' + '00'.repeat(32), '');
    await store.close();
    store = await RecordStore.open(join(dir, 'db'));
    expect((await store.checkIntegrity()).publishedRebuilt).toBe(true);
    expect(await indexed()).toEqual(intact);
    expect((await store.checkIntegrity()).publishedRebuilt).toBe(false);
    await store.close();
  });

  it('prunes tombstones up to a sequence and raises the horizon', async () => {
    const store = await openStore();
    await store.write([update('a', 'en-US'), update('b', 'en-US')]);
    await store.write([{ type: 'del', key: 'u/B1/a' }]);
    await store.write([update('c', 'en-US')]);
    expect(await store.pruneTombstones(3)).toEqual({ pruned: 1, examined: 2 }); // seq 1 (a) was replaced by its tombstone, 3
    expect(store.horizon).toBe(3);
    const keys = [];
    for await (const c of store.changesSince(0)) keys.push(decodeChange(c.bytes).key);
    expect(keys).toEqual(['u/B1/b', 'u/B1/c']);
    // The next prune reads only what came after the horizon.
    await store.write([{ type: 'del', key: 'u/B1/c' }]);
    expect(await store.pruneTombstones(store.lastSeq)).toEqual({ pruned: 1, examined: 1 }); // not b, below the horizon
    expect(store.horizon).toBe(store.lastSeq);
  });
});

describe('verification samples', () => {
  it('read about the asked share of live records, distinct and never deleted, differently each time', async () => {
    const store = await openStore();
    for (let b = 0; b < 20; b++) await store.write(Array.from({ length: 100 }, (_, i) => update(`${b}-${i}`, 'en-US')));
    await store.write(Array.from({ length: 100 }, (_, i) => ({ type: 'del' as const, key: `u/B1/3-${i}` })));
    const sample = async (percent: number) => {
      const keys: string[] = [];
      const bytes: Buffer[] = [];
      for await (const r of store.sample(percent, 16)) {
        keys.push(r.key);
        bytes.push(r.bytes);
      }
      // Each comes with the bytes stored for it (verification hashes them as read).
      const stored = await store.getMany(keys);
      expect(stored.every((r, i) => r !== undefined && r.bytes.equals(bytes[i]))).toBe(true);
      return keys;
    };
    const first = await sample(5);
    expect(first.length).toBe(95); // 5% of the 1,900 live records
    expect(new Set(first).size).toBe(first.length);
    expect(first.filter((k) => k.startsWith('u/B1/3-'))).toEqual([]);
    expect(await sample(5)).not.toEqual(first);
    const half = await sample(50); // runs from random starts overlap: each key still comes once
    expect(half.length).toBe(950);
    expect(new Set(half).size).toBe(950);
    expect((await sample(100)).length).toBe(1900);
  });
});
