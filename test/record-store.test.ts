import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { join } from 'node:path';
import { decodeChange } from '../protocol/index.js';
import { RecordStore } from '../catalog/store/record-store.js';
import { recordHash } from '../catalog/store/digest.js';
import { tempDir } from './helpers/temp.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function openStore() {
  const { dir, cleanup } = await tempDir();
  const store = await RecordStore.open(join(dir, 'db'));
  cleanups.push(async () => { await store.close(); await cleanup(); });
  return store;
}

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
    const recordLanguages = decodeChange(r.bytes).languages;
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
        for (const batch of batches) {
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
