import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FetchPolicy } from '../catalog/sources/fetch-policy.js';
import { fetchDocument } from '../catalog/sources/fetch.js';
import { ContentStore, downloadVerified } from '../catalog/staging/index.js';
import { redactUrl } from '../catalog/sources/redact.js';
import { PatchtreeError } from '../protocol/index.js';
import { loadConfig } from '../node/config.js';
import { openCatalog } from './helpers/catalog.js';
import { startFileServer, type TestServer } from './helpers/http-server.js';
import { tempDir } from './helpers/temp.js';

const STRICT = new FetchPolicy();

/** Marks a request as handled by a test handler. */
const send = (_sent: unknown) => true;

async function refusal(promise: Promise<unknown>): Promise<PatchtreeError> {
  const err = await promise.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(PatchtreeError);
  return err as PatchtreeError;
}

describe('FetchPolicy: addresses', () => {
  const special = [
    '127.0.0.1', '127.255.0.9', '0.0.0.0', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254',
    '100.64.0.1', '224.0.0.1', '255.255.255.255', '::1', '::', 'fe80::1', 'fc00::1', 'fd12:3456::1', 'ff02::1',
    '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:10.0.0.1',
  ];
  const publicOnes = ['8.8.8.8', '93.184.216.34', '172.32.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'];

  it('refuses loopback, private, link-local, unspecified and multicast addresses, and allows public ones', () => {
    for (const address of special) expect(STRICT.allowsAddress(address), address).toBe(false);
    for (const address of publicOnes) expect(STRICT.allowsAddress(address), address).toBe(true);
  });

  it('allows what the admin lists in allowRanges, and only that', () => {
    const mirror = new FetchPolicy({ allowRanges: ['10.1.0.0/16', 'fd00::/8'] });
    expect(mirror.allowsAddress('10.1.200.3')).toBe(true);
    expect(mirror.allowsAddress('fd12::1')).toBe(true);
    expect(mirror.allowsAddress('10.2.0.1')).toBe(false);
    expect(mirror.allowsAddress('127.0.0.1')).toBe(false);
  });

  it('checks literal IP hosts in every spelling before connecting', () => {
    for (const url of ['http://127.0.0.1/', 'http://[::1]:8080/', 'http://2130706433/', 'http://0x7f.1/', 'http://169.254.169.254/latest/meta-data/', 'https://[::ffff:127.0.0.1]/', 'http://0/']) {
      expect(() => STRICT.checkUrl(url), url).toThrow(expect.objectContaining({ code: 'FETCH_FORBIDDEN' }));
    }
    expect(() => STRICT.checkUrl('https://8.8.8.8/catalog')).not.toThrow();
    expect(() => new FetchPolicy({ allowHosts: ['127.0.0.1'] }).checkUrl('http://127.0.0.1:9/')).not.toThrow();
  });

  it('fetches only http and https, and file: only where the config names it', () => {
    for (const url of ['ftp://example.com/x', 'gopher://example.com/', 'file:///etc/passwd', 'javascript:alert(1)', 'data:text/plain,x']) {
      expect(() => STRICT.checkUrl(url), url).toThrow(expect.objectContaining({ code: 'FETCH_FORBIDDEN' }));
    }
    const configured = new FetchPolicy({ localFiles: ['file:///srv/catalog.ndjson', 'file:///srv/mirror/'] });
    expect(configured.allowsFile('file:///srv/catalog.ndjson')).toBe(true);
    expect(configured.allowsFile('file:///srv/mirror/feed/page1.xml')).toBe(true);
    expect(configured.allowsFile('file:///srv/mirror/../../etc/passwd')).toBe(false);
    expect(configured.allowsFile('file:///srv/mirror/%2e%2e/secret')).toBe(false);
    expect(configured.allowsFile('file:///srv/catalog.ndjson.bak')).toBe(false);
    expect(configured.allowsFile('file:///etc/passwd')).toBe(false);
  });
});

describe('redactUrl', () => {
  it('hides embedded credentials, however the URL is written', () => {
    expect(redactUrl('https://user:s3cret@feeds.example/a?b=c')).toBe('https://***@feeds.example/a?b=c');
    expect(redactUrl('https://u:p@ss@host/x')).toBe('https://***@host/x');
    expect(redactUrl('GET https://token@host/x failed')).toBe('GET https://***@host/x failed');
    expect(redactUrl('https://host/path@not-userinfo')).toBe('https://host/path@not-userinfo');
  });
});

describe('fetches under the policy, on real sockets', () => {
  let server: TestServer;
  let secretHits = 0;
  beforeAll(async () => {
    server = await startFileServer('/nonexistent', [
      (req, res) => {
        const port = server.url.split(':').pop();
        if (req.url === '/secret') {
          secretHits++;
          return send(res.writeHead(200).end('internal data'));
        }
        if (req.url === '/to-localhost') return send(res.writeHead(302, { location: `http://localhost:${port}/secret` }).end());
        if (req.url === '/to-literal') return send(res.writeHead(302, { location: 'http://127.0.0.2:9/secret' }).end());
        if (req.url === '/to-file') return send(res.writeHead(302, { location: 'file:///etc/passwd' }).end());
        return false;
      },
    ]);
  });
  afterAll(() => server.close());
  afterEach(() => {
    secretHits = 0;
  });

  it('refuses a host name that resolves to loopback (the address is checked at connect time)', async () => {
    const port = server.url.split(':').pop();
    const err = await refusal(fetchDocument(`http://localhost:${port}/secret`, { policy: STRICT, retries: 0 }));
    expect(err.code).toBe('FETCH_FORBIDDEN');
    expect(err.message).toMatch(/localhost resolves to .*127\.0\.0\.1/);
    expect(secretHits).toBe(0);
    // The admin's allow list opens it.
    const allowed = await fetchDocument(`http://localhost:${port}/secret`, { policy: new FetchPolicy({ allowRanges: ['127.0.0.0/8', '::1/128'] }), retries: 0 });
    if (allowed === 'not-modified') throw new Error('unexpected 304');
    allowed.body.resume();
    expect(secretHits).toBe(1);
  });

  it('checks every redirect hop: to a name that resolves inward, to a literal address, to file:', async () => {
    // The first hop is allowed by name; where it redirects is not.
    const policy = new FetchPolicy({ allowHosts: ['127.0.0.1'] });
    for (const path of ['/to-localhost', '/to-literal', '/to-file']) {
      const err = await refusal(fetchDocument(`${server.url}${path}`, { policy, retries: 2, backoffMs: 1 }));
      expect(err.code, path).toBe('FETCH_FORBIDDEN');
    }
    expect(secretHits).toBe(0);
  });

  it('staging refuses a download URL that points inward, before any request', async () => {
    const { dir, cleanup } = await tempDir('patchtree-policy-');
    try {
      const store = new ContentStore(join(dir, 'content'));
      const before = server.requests.length;
      const port = server.url.split(':').pop();
      for (const url of [`${server.url}/secret`, `http://localhost:${port}/secret`]) {
        const err = await refusal(downloadVerified({ url, algorithm: '', hash: '', store, policy: STRICT, retries: 2, backoffMs: 1 }));
        expect(err.code, url).toBe('FETCH_FORBIDDEN');
      }
      expect(server.requests.length).toBe(before);
    } finally {
      await cleanup();
    }
  });
});

describe('imports under the policy', () => {
  let server: TestServer;
  let page2Hits = 0;
  const page = (next: string) => `<?xml version="1.0" encoding="utf-8"?>
<feed xml:base="http://127.0.0.1/api/v2/" xmlns="http://www.w3.org/2005/Atom" xmlns:d="http://schemas.microsoft.com/ado/2007/08/dataservices" xmlns:m="http://schemas.microsoft.com/ado/2007/08/dataservices/metadata">
  <title type="text">Packages</title>
  <entry>
    <title type="text">pkg</title>
    <author><name>someone</name></author>
    <content type="application/zip" src="https://packages.example/pkg.1.0.0.nupkg" />
    <m:properties>
      <d:Version>1.0.0</d:Version>
      <d:Published m:type="Edm.DateTime">2020-01-01T00:00:00</d:Published>
      <d:PackageHash>${Buffer.alloc(64, 7).toString('base64')}</d:PackageHash>
      <d:PackageHashAlgorithm>SHA512</d:PackageHashAlgorithm>
      <d:PackageSize m:type="Edm.Int64">10</d:PackageSize>
    </m:properties>
  </entry>
  <link rel="next" href="${next}" />
</feed>`;
  beforeAll(async () => {
    server = await startFileServer('/nonexistent', [
      (req, res) => {
        const port = server.url.split(':').pop();
        if (req.url === '/page1') return send(res.writeHead(200).end(page(`http://localhost:${port}/page2`)));
        if (req.url === '/page2') {
          page2Hits++;
          return send(res.writeHead(200).end(page('')));
        }
        return false;
      },
    ]);
  });
  afterAll(() => server.close());

  it('a NuGet next link to an internal host is refused, and nothing is stored', async () => {
    // The feed itself is allowed by name (an internal mirror); its next link leads elsewhere.
    const c = await openCatalog({ fetch: { policy: new FetchPolicy({ allowHosts: ['127.0.0.1'] }) } });
    try {
      await c.catalog.sources.put({ name: 'nuget', type: 'nuget-v2', urls: [`${server.url}/page1`] });
      const err = await refusal(c.catalog.importSource('nuget'));
      expect(err.code).toBe('FETCH_FORBIDDEN');
      expect(page2Hits).toBe(0);
      expect(c.catalog.store.lastSeq).toBe(0);
    } finally {
      await c.close();
    }
  });

  it('a file: source not named by the config is refused at fetch time, even if stored', async () => {
    const c = await openCatalog({ fetch: { policy: new FetchPolicy({ allowRanges: ['127.0.0.0/8'] }) } });
    try {
      const path = join(c.dir, 'local.ndjson');
      await writeFile(path, '{"id":"B1","vendor":"v","title":"t","updates":[]}\n');
      // As if stored by an older version through the API.
      await c.catalog.sources.put({ name: 'local', type: 'native', urls: [pathToFileURL(path).href] }, { allowFile: true });
      const err = await refusal(c.catalog.importSource('local'));
      expect(err.code).toBe('FETCH_FORBIDDEN');
      expect(c.catalog.store.lastSeq).toBe(0);
    } finally {
      await c.close();
    }
  });

  it('the admin API path refuses file: sources with SOURCE_INVALID', async () => {
    const c = await openCatalog();
    try {
      const err = await refusal(c.catalog.sources.put({ name: 'x', type: 'native', urls: ['file:///etc/passwd'] }));
      expect(err.code).toBe('SOURCE_INVALID');
      expect(await c.catalog.sources.list()).toEqual([]);
    } finally {
      await c.close();
    }
  });
});

describe('config of the policy and the bounds', () => {
  const load = (raw: Record<string, unknown>) => loadConfig({ env: {}, flags: raw as never });

  it('has safe defaults: no internal address allowed, 2 GiB catalogs, 8 GiB downloads, a 1 hour import deadline', () => {
    const config = load({});
    expect(config.fetch).toEqual({ allowHosts: [], allowRanges: [] });
    expect(config.catalogMaxBytes).toBe(2 * 1024 ** 3);
    expect(config.downloadMaxBytes).toBe(8 * 1024 ** 3);
    expect(config.importTimeoutMs).toBe(3_600_000);
  });

  it('refuses a malformed allow list instead of opening nothing or everything', () => {
    for (const fetch of [{ allowRanges: ['10.0.0.0/33'] }, { allowRanges: ['intranet'] }, { allowRanges: '10.0.0.0/8' }, { allowHosts: ['a b'] }, { allowEverything: true }]) {
      expect(() => load({ fetch }), JSON.stringify(fetch)).toThrow(expect.objectContaining({ code: 'CONFIG_INVALID' }));
    }
    expect(load({ fetch: { allowHosts: ['mirror.corp.example', '*.corp.example'], allowRanges: ['10.1.0.0/16', 'fd00::/8'] } }).fetch.allowRanges).toHaveLength(2);
  });

  it('takes file: sources from the config file', () => {
    expect(load({ sources: [{ name: 'local', type: 'native', urls: ['file:///srv/catalog.ndjson'] }] }).sources[0].urls).toEqual(['file:///srv/catalog.ndjson']);
  });
});

describe('mirrors', () => {
  it('never lead outside the mirror folder', async () => {
    // The mirror's host is allowed (the admin chose it); its other paths are not the mirror.
    const policy = new FetchPolicy({ allowHosts: ['127.0.0.1'] });
    const mirrors = [{ from: 'https://vendor.example/feed/', to: 'http://127.0.0.1:9/mirror/' }];
    const err = await refusal(fetchDocument('https://vendor.example/feed/../../admin/secrets', { policy, mirrors, retries: 0 }));
    expect(err.code).toBe('FETCH_FORBIDDEN');
  });
});
