import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog } from '../catalog/index.js';
import { decodeChange } from '../protocol/index.js';
import { SHARED_DATA, startFileServer, type TestServer } from './helpers/http-server.js';
import { openCatalog } from './helpers/catalog.js';

// The real vendor samples imported through the real pipeline, over local HTTP,
// with counts computed here from the raw files by other means (regexes).

const EMPTY_FEED = '<?xml version="1.0" encoding="utf-8"?><feed xml:base="https://www.nuget.org/api/v2/" xmlns="http://www.w3.org/2005/Atom"><id>https://www.nuget.org/api/v2/Search</id><title type="text">Search</title><updated>2016-02-17T00:13:58Z</updated></feed>';
const raw = (path: string) => readFileSync(join(SHARED_DATA, path), 'utf8');

let server: TestServer;
beforeAll(async () => {
  // Stands in for www.nuget.org: the Search pages by their skiptoken, and an empty last page.
  server = await startFileServer(SHARED_DATA, [
    (req, res) => {
      if (!req.url?.startsWith('/nuget.org/api/v2/Search')) return false;
      const skip = /\$skiptoken=[^&]*,(\d+)$/.exec(decodeURIComponent(req.url))?.[1];
      const body = skip === undefined ? raw('nuget-v2/AzureSearch100.xml') : skip === '100' ? raw('nuget-v2/AzureSearchNext100.xml') : EMPTY_FEED;
      res.writeHead(200, { 'content-type': 'application/atom+xml' }).end(body);
      return true;
    },
  ]);
});
afterAll(async () => server?.close());

async function withCatalog(test: (catalog: Catalog) => Promise<void>) {
  const { catalog, close } = await openCatalog({
    languages: ['en-US', 'de-DE', 'fr-FR', 'ja-JP', 'zh-CN'],
    mirrors: [{ from: 'https://www.nuget.org/', to: `${server.url}/nuget.org/` }],
  });
  try {
    await test(catalog);
  } finally {
    await close();
  }
}

/** Distinct (KB, ProductID) pairs of Vendor Fix remediations with a numeric KB, by regex over the raw XML. */
function cvrfPairs(xml: string): Set<string> {
  const pairs = new Set<string>();
  for (const [, body] of xml.matchAll(/<vuln:Remediation Type="Vendor Fix">([\s\S]*?)<\/vuln:Remediation>/g)) {
    const kb = /<vuln:Description>\s*(?:KB)?(\d+)\s*<\/vuln:Description>/i.exec(body)?.[1];
    if (!kb) continue;
    for (const [, product] of body.matchAll(/<vuln:ProductID>([^<]+)<\/vuln:ProductID>/g)) pairs.add(`${kb}|${product.trim()}`);
  }
  return pairs;
}

async function importTwice(catalog: Catalog, name: string, type: string, urls: string[]) {
  await catalog.sources.put({ name, type, urls });
  const first = await catalog.importSource(name);
  const seq = catalog.store.lastSeq;
  const second = await catalog.importSource(name, { force: true });
  expect(catalog.store.lastSeq, `${name}: a second import adds no sequence number`).toBe(seq);
  expect(second.updates.added + second.updates.changed + second.updates.removed).toBe(0);
  return first;
}

describe('importing the real samples', () => {
  it('imports each of the seven MSRC CVRF documents with the distinct (KB, product) count of each', async () => {
    await withCatalog(async (catalog) => {
      const files = readdirSync(join(SHARED_DATA, 'msrc-cvrf')).filter((f) => f.endsWith('.xml')).sort();
      expect(files).toHaveLength(7);
      let total = 0;
      for (const file of files) {
        const expected = cvrfPairs(raw(`msrc-cvrf/${file}`));
        const report = await importTwice(catalog, file.replace(/\.xml$/, ''), 'msrc-cvrf', [`${server.url}/msrc-cvrf/${file}`]);
        expect(report.bulletins.added, file).toBe(1);
        expect(report.updates.added, file).toBe(expected.size);
        total += expected.size;
      }
      expect(catalog.store.counts()).toMatchObject({ bulletin: 7, update: total });
      // Supersedence crosses documents: March's rollup names a KB shipped in January or earlier months.
      const supersededBy = new Set<string>();
      for await (const r of catalog.store.records('u/')) for (const by of decodeChange(r.bytes).record!.update!.supersededBy ?? []) supersededBy.add(by.split('/')[1]);
      expect([...supersededBy].sort()).toEqual(expect.arrayContaining(['2017-Jun']));
    });
  });

  it('follows NuGet next links through both pages and counts the listed entries', async () => {
    await withCatalog(async (catalog) => {
      const listed = (xml: string) => [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].filter(([, e]) => !/<d:Published[^>]*>1900-/.test(e)).map(([, e]) => `${/<d:Id>([^<]*)<|<title type="text">([^<]*)</.exec(e)!.slice(1).find(Boolean)}.${/<d:Version>([^<]*)</.exec(e)![1]}`);
      const expected = new Set([...listed(raw('nuget-v2/AzureSearch100.xml')), ...listed(raw('nuget-v2/AzureSearchNext100.xml'))]);
      const report = await importTwice(catalog, 'nuget', 'nuget-v2', ['https://www.nuget.org/api/v2/Search()?searchTerm=%27azure%27']);
      expect(report.documents).toBe(3); // two sample pages and the empty last page
      expect(report.bulletins.added).toBe(expected.size);
      expect(report.updates.added).toBe(expected.size);
      // The per-id document repeats a version the search pages have: that one stays with the first source.
      const byId = new Set(listed(raw('nuget-v2/WindowsAzureStorageFindPackagesById.xml')));
      const versions = await importTwice(catalog, 'storage', 'nuget-v2', [`${server.url}/nuget-v2/WindowsAzureStorageFindPackagesById.xml`]);
      expect(versions.ownedElsewhere.sort()).toEqual([...byId].filter((id) => expected.has(id)).sort());
      expect(versions.updates.added).toBe([...byId].filter((id) => !expected.has(id)).length);
    });
  });

  it('imports every wsusoffline list as one source: one update per distinct download and list language, one bulletin per KB', async () => {
    await withCatalog(async (catalog) => {
      const lists = readdirSync(join(SHARED_DATA, 'wsusoffline')).filter((f) => f.endsWith('.txt')).sort();
      // A URL in lists of two languages is an update in each (Server 2003 x64's chs list names -ENU files); the
      // same URL in a glb list is the same update (its file name says that language: IE8-WindowsVista-x64-DEU.exe).
      const downloads = new Set<string>();
      const glbUrls = new Set<string>();
      const kbs = new Set<string>();
      for (const list of lists) {
        const code = /-([a-z]{3})\.txt$/.exec(list)![1];
        for (const line of raw(`wsusoffline/${list}`).split(/\r?\n/).map((l) => l.trim()).filter(Boolean)) {
          const [url, local] = line.split(',');
          const name = (local ?? url.slice(url.lastIndexOf('/') + 1)).toLowerCase();
          if (code === 'glb') glbUrls.add(url);
          else downloads.add(`${code} ${url}`);
          const kb = /kb(\d+)/.exec(name)?.[1];
          if (kb) kbs.add(`KB${kb}`);
        }
      }
      const inLanguageLists = new Set([...downloads].map((d) => d.slice(4)));
      for (const url of glbUrls) if (!inLanguageLists.has(url)) downloads.add(`glb ${url}`);
      const report = await importTwice(catalog, 'wsus', 'wsusoffline', lists.map((l) => `${server.url}/wsusoffline/${l}`));
      expect(report.documents).toBe(lists.length);
      expect(report.updates.added).toBe(downloads.size);
      for (const kb of kbs) expect(await catalog.store.get(`b/${kb}`), kb).toBeDefined();
      expect(catalog.store.counts().bulletin).toBeGreaterThan(kbs.size); // plus the KB-less files (IE, MSE, redistributables)
    });
  });
});
