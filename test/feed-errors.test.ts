import { createReadStream, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchPolicy } from '../catalog/sources/fetch-policy.js';
import { parseMsrcCvrf } from '../catalog/sources/msrc-cvrf.js';
import type { SourceType } from '../catalog/sources/registry.js';
import { PatchtreeError } from '../protocol/index.js';
import { openCatalog } from './helpers/catalog.js';
import { SHARED_DATA, startFileServer, type TestServer } from './helpers/http-server.js';
import { startTestNode, type TestNode } from './helpers/node.js';
import { tempDir } from './helpers/temp.js';

/** What a local file or internal page could hold that no error may show (not even its first characters: MARK). */
const SECRET = 'S3CRET-adminToken-0123456789';
const MARK = SECRET.slice(0, 4);

/** Everything an error carries that can reach an admin, a log or the import history. */
function everything(err: unknown): string {
  const parts: string[] = [];
  for (let e = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    parts.push(String((e as Error).message), JSON.stringify((e as PatchtreeError).details ?? {}));
  }
  return parts.join('\n');
}

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempDir('patchtree-echo-')));
afterAll(() => cleanup?.());

/** Imports `content` as a file: source of `type` named by the config; returns the error. */
async function importError(type: SourceType, fileName: string, content: string): Promise<PatchtreeError> {
  const path = join(dir, fileName);
  await writeFile(path, content);
  const url = pathToFileURL(path).href;
  const c = await openCatalog({ fetch: { policy: new FetchPolicy({ localFiles: [url] }) } });
  try {
    await c.catalog.sources.put({ name: 'local', type, urls: [url] }, { allowFile: true });
    const err = await c.catalog.importSource('local').then(() => undefined, (e: unknown) => e);
    expect(err, fileName).toBeInstanceOf(PatchtreeError);
    expect(c.catalog.store.lastSeq).toBe(0);
    return err as PatchtreeError;
  } finally {
    await c.close();
  }
}

const bulletin = (fields: Record<string, unknown> = {}, update: Record<string, unknown> = {}) =>
  JSON.stringify({ id: 'B1', vendor: 'v', title: 't', updates: [{ id: 'U1', language: 'neutral', url: 'https://x.example/a.msu', ...update }], ...fields });

describe('no error echoes the document', () => {
  const native: Array<[string, string]> = [
    ['passwd.ndjson', `root:x:0:0:${SECRET}:/root:/bin/bash\n`],
    ['environ.ndjson', `TOKEN=${SECRET}\u0000PATH=/usr/bin\n`],
    ['bad-id.ndjson', `${bulletin({ id: `${SECRET}/x` })}\n`],
    ['unknown-key.ndjson', `${bulletin({ [SECRET]: 1 })}\n`],
    ['language.ndjson', `${bulletin({}, { language: SECRET })}\n`],
    ['url.ndjson', `${bulletin({}, { url: `ftp://${SECRET}` })}\n`],
    ['date.ndjson', `${bulletin({ released: SECRET })}\n`],
    ['algorithm.ndjson', `${bulletin({}, { hashAlgorithm: SECRET, hash: 'ab' })}\n`],
    ['dup.ndjson', `${bulletin({ id: SECRET })}\n${bulletin({ id: SECRET })}\n`],
  ];
  for (const [name, content] of native) {
    it(`native: ${name}`, async () => {
      const err = await importError('native', name, content);
      expect(err.code).toBe('CATALOG_PARSE');
      expect(err.details.position).toBeDefined();
      expect(everything(err)).not.toContain(MARK);
      expect(everything(err)).not.toContain('root:x');
    });
  }

  const xml: Array<[SourceType, string, string]> = [
    ['msrc-cvrf', 'root.xml', `<${SECRET}/>`],
    ['msrc-cvrf', 'unclosed.xml', `<cvrf:cvrfdoc><${SECRET}>`],
    ['msrc-cvrf', 'date.xml', `<cvrf:cvrfdoc><cvrf:DocumentTracking><cvrf:Identification><cvrf:ID>2017-Feb</cvrf:ID></cvrf:Identification><cvrf:InitialReleaseDate>${SECRET}</cvrf:InitialReleaseDate></cvrf:DocumentTracking></cvrf:cvrfdoc>`],
    ['msrc-cvrf', 'bad-id.xml', `<cvrf:cvrfdoc><cvrf:DocumentTracking><cvrf:Identification><cvrf:ID>${SECRET}/x</cvrf:ID></cvrf:Identification></cvrf:DocumentTracking></cvrf:cvrfdoc>`],
    ['nuget-v2', 'feed.xml', `<feed><entry><title>${SECRET}</title><m:properties><d:Version>1.0</d:Version><d:Published>${SECRET}</d:Published></m:properties></entry></feed>`],
    ['wsusoffline', 'StaticDownloadLinks-x-enu.txt', `https://a.example/x.exe,${SECRET},more\n`],
    ['wsusoffline', 'StaticDownloadLinks-y-enu.txt', `ftp://${SECRET}/x.exe\n`],
    ['wsusoffline', 'StaticDownloadLinks-z-enu.txt', `https://a.example/x.exe,../${SECRET}.exe\n`],
  ];
  for (const [type, name, content] of xml) {
    it(`${type}: ${name}`, async () => {
      const err = await importError(type, name, content);
      expect(err.code).toBe('CATALOG_PARSE');
      expect(everything(err)).not.toContain(MARK);
    });
  }
});

describe('file names and URLs a catalog may store', () => {
  it('native fileName: "../", "/", backslashes and control characters are refused, naming the entry', async () => {
    for (const [i, fileName] of ['../../evil.exe', '/etc/cron.d/x', 'C:\\Windows\\evil.exe', 'a\\..\\b.exe', 'ok\u0007.exe', '..'].entries()) {
      const err = await importError('native', `filename-${i}.ndjson`, `${bulletin({ id: 'FIRST' })}\n${bulletin({}, { fileName })}\n`);
      expect(err.code, fileName).toBe('CATALOG_PARSE');
      expect(err.details.position, fileName).toMatchObject({ line: 2, entry: 2 });
      expect(err.message, fileName).toMatch(/updates\[0\]\.fileName: expected a plain file name/);
    }
  });

  it('CVRF Vendor Fix URLs that are not http(s) are not stored (the update keeps no URL)', async () => {
    let feb = readFileSync(join(SHARED_DATA, 'msrc-cvrf', 'cvrfDocument-2017-Feb.xml'), 'utf8');
    const bad = ['file:///etc/passwd', 'javascript:alert(document.cookie)', '\\\\evil-host\\share\\kb.msu', 'https://a b.example/x'];
    for (const url of bad) feb = feb.replace(/<vuln:URL>https:[^<]*<\/vuln:URL>/, `<vuln:URL>${url.replace(/&/g, '&amp;')}</vuln:URL>`);
    const path = join(dir, 'feb-bad-urls.xml');
    await writeFile(path, feb);
    const doc = await parseMsrcCvrf(createReadStream(path), { source: 'msrc', url: pathToFileURL(path).href });
    const urls = doc.bulletins[0].updates.map((u) => u.url);
    for (const url of bad) expect(urls).not.toContain(url);
    expect(urls.filter((u) => u === '').length).toBeGreaterThan(0);
    expect(urls.filter((u) => u !== '').every((u) => /^https:\/\/catalog\.update\.microsoft\.com\//.test(u as string))).toBe(true);
  });
});

describe('source URL credentials', () => {
  let node: TestNode;
  let feed: TestServer;
  const PASSWORD = 'hunter2-pw';
  beforeAll(async () => {
    node = await startTestNode();
    feed = await startFileServer('/nonexistent', [
      (req, res) => {
        if (req.url !== '/private/catalog.ndjson') return false;
        const expected = `Basic ${Buffer.from(`reader:${PASSWORD}`).toString('base64')}`;
        if (req.headers.authorization !== expected) res.writeHead(401).end();
        else res.writeHead(200).end(`${bulletin({ id: 'PRIVATE-1' })}\n`);
        return true;
      },
    ]);
  });
  afterAll(async () => {
    await node?.close();
    await feed?.close();
  });

  it('never show in GET /sources, errors or the import history, and still authenticate the fetch', async () => {
    const port = feed.url.split(':').pop();
    const good = `http://reader:${PASSWORD}@127.0.0.1:${port}/private/catalog.ndjson`;
    const put = await node.api('PUT', '/sources/private', { type: 'native', urls: [good] });
    expect(put.status).toBe(200);
    expect(JSON.stringify(put.body)).not.toContain(PASSWORD);
    const listed = await node.api('GET', '/sources');
    expect(JSON.stringify(listed.body)).not.toContain(PASSWORD);
    expect(listed.body.sources[0].urls[0]).toBe(`http://***@127.0.0.1:${port}/private/catalog.ndjson`);
    expect(JSON.stringify((await node.api('GET', '/sources/private')).body)).not.toContain(PASSWORD);

    // The source as shown, sent back (an edit of its schedule), keeps its credentials.
    const { name: _name, ...shown } = listed.body.sources[0];
    expect((await node.api('PUT', '/sources/private', { ...shown, schedule: '0 3 * * *' })).status).toBe(200);
    const imported = await node.api('POST', '/sources/private/import');
    expect(imported.status).toBe(200);
    expect(imported.body.bulletins.added).toBe(1);

    // A failing fetch of a URL with credentials: the error and the history name the URL without them.
    await node.api('PUT', '/sources/broken', { type: 'native', urls: [`http://reader:${PASSWORD}@127.0.0.1:${port}/private/missing.ndjson`] });
    const failed = await node.api('POST', '/sources/broken/import');
    expect(failed.body.error.code).toBe('CATALOG_FETCH');
    expect(JSON.stringify(failed.body)).not.toContain(PASSWORD);
    expect(JSON.stringify((await node.api('GET', '/imports')).body)).not.toContain(PASSWORD);
  });

  it('the admin API refuses file: sources', async () => {
    const res = await node.api('PUT', '/sources/local', { type: 'native', urls: ['file:///etc/passwd'] });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('SOURCE_INVALID');
    expect((await node.api('GET', '/sources/local')).status).toBe(404);
  });
});
