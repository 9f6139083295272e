import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { SAMPLE_CATALOG_FILE } from '../catalog/sample/generate.js';
import type { Catalog } from '../catalog/index.js';
import { openCatalog } from './helpers/catalog.js';

// The unfiltered bulletin list pages from the kept count and reads only the
// page; a filter that keeps everything (staged=false, nothing staged) takes
// the full walk. Both must list the same bulletins with the same counts.
let catalog: Catalog;
let close: () => Promise<void>;
const ids = (page: { items: Array<{ id: string }> }) => page.items.map((b) => b.id);

beforeAll(async () => {
  ({ catalog, close } = await openCatalog({ languages: ['en-US', 'de-DE'] }));
  await catalog.sources.put({ name: 'sample', type: 'native', urls: [pathToFileURL(SAMPLE_CATALOG_FILE).href] }, { allowFile: true });
  await catalog.importSource('sample', { force: true });
});
afterAll(() => close());

describe('bulletin list', () => {
  it('pages the same bulletins, totals and staging counts with and without a filter', async () => {
    const everything = await catalog.bulletins({ staged: false, limit: 1000 });
    expect(everything.total).toBe(300);
    expect(new Set(ids(everything)).size).toBe(300);
    for (const [offset, limit] of [[0, 50], [37, 25], [290, 50], [299, 1]]) {
      const fast = await catalog.bulletins({ offset, limit });
      const slow = await catalog.bulletins({ offset, limit, staged: false });
      expect(fast.total).toBe(300);
      expect(fast).toEqual(slow);
      expect(ids(fast)).toEqual(ids(everything).slice(offset, offset + limit));
    }
    expect(everything.items.some((b) => (b as unknown as { updates: number }).updates > 0)).toBe(true);
  });

  it('answers an empty page past the end or for limit 0, with the total', async () => {
    expect(await catalog.bulletins({ offset: 300, limit: 10 })).toEqual({ total: 300, items: [] });
    expect(await catalog.bulletins({ offset: 5, limit: 0 })).toEqual({ total: 300, items: [] });
  });

  it('counts a deleted bulletin out of the total and the pages', async () => {
    const [first] = ids(await catalog.bulletins({ limit: 1 }));
    await catalog.store.write([{ type: 'del', key: `b/${first}` }]);
    const page = await catalog.bulletins({ limit: 1000 });
    expect(page.total).toBe(299);
    expect(ids(page)).not.toContain(first);
    expect(ids(await catalog.bulletins({ offset: 10, limit: 5 }))).toEqual(ids(page).slice(10, 15));
  });
});
