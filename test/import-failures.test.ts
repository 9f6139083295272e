import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Catalog } from '../catalog/index.js';
import { SHARED_DATA, startFileServer, type TestServer } from './helpers/http-server.js';
import { openCatalog } from './helpers/catalog.js';

// A failed import must leave the store byte-for-byte as it was: every key and
// value of every sublevel, the digest and the last sequence number.

const documents = new Map<string, string>();
let server: TestServer;
let catalog: Catalog;
let close: () => Promise<void>;

const jun = readFileSync(join(SHARED_DATA, 'msrc-cvrf/cvrfDocument-2017-Jun.xml'), 'utf8');
const page = readFileSync(join(SHARED_DATA, 'nuget-v2/AzureSearch100.xml'), 'utf8');
const sample = gunzipSync(readFileSync(fileURLToPath(new URL('../catalog/sample/sample-catalog.ndjson.gz', import.meta.url)))).toString('utf8');

beforeAll(async () => {
  server = await startFileServer(SHARED_DATA, [
    (req, res) => {
      const body = documents.get(req.url ?? '');
      if (body === undefined) return false;
      res.writeHead(200).end(body);
      return true;
    },
  ]);
  ({ catalog, close } = await openCatalog({ languages: ['en-US', 'de-DE'] }));
  for (const [name, type, url] of [
    ['cvrf', 'msrc-cvrf', `${server.url}/msrc-cvrf/cvrfDocument-2017-Jun.xml`],
    ['nuget', 'nuget-v2', `${server.url}/nuget-v2/WindowsAzureStorageFindPackagesById.xml`],
    ['native', 'native', `${server.url}/sample.ndjson`],
  ] as const) {
    documents.set('/sample.ndjson', sample);
    await catalog.sources.put({ name, type, urls: [url] });
    await catalog.importSource(name);
  }
});
afterAll(async () => {
  await close?.();
  await server?.close();
});

/** A hash over every key and value in the database, all sublevels included. */
async function fingerprint(): Promise<{ bytes: string; seq: number; digest: unknown }> {
  const hash = createHash('sha256');
  for await (const [key, value] of catalog.store.db.iterator({ keyEncoding: 'buffer', valueEncoding: 'buffer' } as never)) {
    hash.update(key as unknown as Buffer).update('\0').update(value as unknown as Buffer).update('\0');
  }
  return { bytes: hash.digest('hex'), seq: catalog.store.lastSeq, digest: catalog.store.digest() };
}

async function expectRefused(source: string, type: string, path: string, body: string, position: Record<string, unknown>) {
  documents.set(path, body);
  const before = await fingerprint();
  await catalog.sources.put({ name: source, type, urls: [`${server.url}${path}`] });
  const after = await fingerprint(); // a source definition is state too: compare from here
  const error = await catalog.importSource(source, { force: true }).then(() => undefined, (e) => e);
  expect(error?.code).toBe('CATALOG_PARSE');
  expect(error.message).toContain(`"${source}"`);
  expect(error.details.position).toMatchObject(position);
  expect(await fingerprint()).toEqual(after);
  expect(after.seq).toBe(before.seq);
  expect(after.digest).toEqual(before.digest);
}

describe('a failed import stores nothing', () => {
  it('has something to lose', () => {
    expect(catalog.store.counts().update).toBeGreaterThan(3000);
  });

  it('truncated CVRF XML', async () => {
    const cut = jun.slice(0, Math.floor(jun.length / 2));
    await expectRefused('cvrf', 'msrc-cvrf', '/cut.xml', cut, { line: expect.any(Number) });
  });

  it('corrupted CVRF XML, at the line of the corruption', async () => {
    const at = jun.indexOf('</vuln:Title>', jun.length / 3);
    const corrupted = `${jun.slice(0, at)}</vuln:Titel>${jun.slice(at + '</vuln:Title>'.length)}`;
    const line = jun.slice(0, at).split('\n').length;
    await expectRefused('cvrf', 'msrc-cvrf', '/corrupt.xml', corrupted, { line });
  });

  it('a NuGet page with a bad entry, at that entry', async () => {
    const entries = [...page.matchAll(/<entry>/g)].map((m) => m.index!);
    const seventh = entries[6];
    const hashAt = page.indexOf('<d:PackageHash>', seventh) + '<d:PackageHash>'.length;
    const bad = `${page.slice(0, hashAt)}not-base64!!${page.slice(page.indexOf('<', hashAt))}`;
    await expectRefused('nuget', 'nuget-v2', '/bad-entry.xml', bad, { entry: 7 });
  });

  it('a native line with a wrong type, at that line', async () => {
    const lines = sample.split('\n');
    const fifth = JSON.parse(lines[4]);
    fifth.updates[0].size = String(fifth.updates[0].size);
    lines[4] = JSON.stringify(fifth);
    await expectRefused('native', 'native', '/wrong-type.ndjson', lines.join('\n'), { line: 5 });
  });
});
