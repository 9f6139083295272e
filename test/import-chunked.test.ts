import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { generateCatalog } from '../catalog/sample/generate.js';
import { Exclusions } from '../catalog/import/exclusions.js';
import { applyImport, importSource, type ImportContext } from '../catalog/import/import-source.js';
import type { ParsedBulletin } from '../catalog/sources/model.js';
import type { Catalog, RecordStore } from '../catalog/index.js';
import { openCatalog } from './helpers/catalog.js';
import { TEST_FETCH_POLICY } from './helpers/fetch-policy.js';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => { while (closers.length) await closers.pop()!(); });

async function fresh() {
  const c = await openCatalog({ languages: ['en-US'] });
  closers.push(c.close);
  return c;
}

const context = (catalog: Catalog, chunkRecords?: number, store: RecordStore = catalog.store): ImportContext =>
  ({ store, exclusions: new Exclusions([]), logger: pino({ level: 'silent' }), chunkRecords, fetch: { policy: TEST_FETCH_POLICY } });

/** Every record of a store, key -> stored bytes as hex, plus its digest. */
async function contents(store: RecordStore) {
  const records = new Map<string, string>();
  for await (const r of store.records()) records.set(r.key, r.bytes.toString('hex'));
  return { records, digest: store.digest() };
}

/** A generated catalog with supersedence chains (updates name older KBs, bulletins older bulletins) as parsed bulletins. */
function generated(seed: number, bulletins: number): ParsedBulletin[] {
  return [...generateCatalog({ seed, bulletins, languages: ['neutral', 'en-US', 'de-DE'] })].map(({ updates, ...bulletin }) => ({ bulletin, updates })) as ParsedBulletin[];
}

describe('imports written in several batches', () => {
  it('store exactly what one batch stores, across supersedence links between chunks, revisions and removals', async () => {
    const first = generated(7, 60);
    // The revision drops ten bulletins, adds others and lists one bulletin in two parts (merged).
    const split = first[5];
    const revision = [...first.slice(10), ...generated(8, 15), { bulletin: split.bulletin, updates: split.updates.slice(0, 1) }, { bulletin: split.bulletin, updates: split.updates.slice(1) }];
    const one = await fresh();
    const chunked = await fresh();
    for (const input of [first, revision]) {
      const whole = await applyImport(context(one.catalog), 'gen', input);
      const parts = await applyImport(context(chunked.catalog, 25), 'gen', input);
      // A record that a later batch relinks is counted once more as changed; additions and removals are exact.
      for (const kind of ['bulletins', 'updates'] as const) {
        expect(parts[kind].added).toBe(whole[kind].added);
        expect(parts[kind].removed).toBe(whole[kind].removed);
      }
      const expected = await contents(one.catalog.store);
      const actual = await contents(chunked.catalog.store);
      expect(actual.digest).toEqual(expected.digest);
      expect(actual.records).toEqual(expected.records);
    }
    // The input really links records across chunks.
    const { decodeChange } = await import('../protocol/index.js');
    let superseded = 0;
    for await (const r of chunked.catalog.store.records('u/')) if (decodeChange(r.bytes).record!.update!.superseded) superseded++;
    expect(superseded).toBeGreaterThan(20);
  });

  it('journal an import stopped between batches; the next import runs in full and completes it', async () => {
    const { catalog, dir } = await fresh();
    // The reference node goes through the same history without the stop (stored records remember languages they left).
    const reference = await fresh();
    const path = join(dir, 'catalog.ndjson');
    const source = { name: 'gen', type: 'native' as const, urls: [pathToFileURL(path).href], enabled: true };
    writeFileSync(path, [...generateCatalog({ seed: 3, bulletins: 40, languages: ['neutral', 'en-US', 'de-DE'] })].map((b) => JSON.stringify(b)).join('\n'));
    for (const c of [catalog, reference.catalog]) {
      await c.sources.put(source, { allowFile: true });
      await c.importSource('gen');
    }
    writeFileSync(path, [...generateCatalog({ seed: 4, bulletins: 40, languages: ['neutral', 'en-US'] })].map((b) => JSON.stringify(b)).join('\n'));
    await reference.catalog.importSource('gen');

    // The node "dies" at the third batch of the second import.
    let writes = 0;
    const dying = Object.create(catalog.store) as RecordStore;
    dying.write = (...args) => (++writes === 3 ? Promise.reject(new Error('killed')) : catalog.store.write(...args));
    await expect(importSource(context(catalog, 30, dying), source)).rejects.toThrow('killed');
    expect(await catalog.interruptedImports()).toEqual(['gen']);
    expect(await catalog.store.state.get('validators:gen')).toBeUndefined();

    // Not forced: without validators the file cannot be "not modified".
    const report = await catalog.importSource('gen');
    expect(report.status).toBe('imported');
    expect(await catalog.interruptedImports()).toEqual([]);
    const expected = await contents(reference.catalog.store);
    const actual = await contents(catalog.store);
    expect(actual.digest).toEqual(expected.digest);
    expect(actual.records).toEqual(expected.records);
  });
});
