import { afterEach, describe, expect, it } from 'vitest';
import { createReadStream, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { encodeChange, type ChangeData } from '../protocol/index.js';
import { checkReceivedChange, isHttpUrl, parseNative, PLAIN_HTTP_URL, readChange, parseRecordKey, type Catalog } from '../catalog/index.js';
import { SAMPLE } from './helpers/replication.js';
import { SHARED_DATA, startFileServer } from './helpers/http-server.js';
import { openCatalog } from './helpers/catalog.js';

// One set of rules for a valid record (catalog/record-rules.ts): what an
// import writes, a child accepts; what a parent makes up beyond it, a child
// refuses, as an import refuses the document.

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => { while (cleanups.length) await cleanups.pop()!(); });

const check = (change: ChangeData) => checkReceivedChange(readChange(encodeChange(change), 'REPL_BAD_RECORD'));
const refused = (change: ChangeData) => expect(() => check(change)).toThrow(expect.objectContaining({ code: 'REPL_BAD_RECORD' }));

const update = { id: 'U1', bulletinId: 'B1', language: 'de-DE', url: 'https://download.example/u1.msu', fileName: 'u1.msu', size: 10, hashAlgorithm: 'sha256', hash: 'a'.repeat(64) };
const bulletin = { id: 'B1', vendor: 'Contoso', title: 'T' };

describe('record keys', () => {
  it('parses the keys the store builds, and nothing else', () => {
    expect(parseRecordKey('b/B1')).toEqual({ kind: 'bulletin', bulletinId: 'B1' });
    expect(parseRecordKey('u/B1/U1')).toEqual({ kind: 'update', bulletinId: 'B1', updateId: 'U1' });
    expect(parseRecordKey('p/P')).toEqual({ kind: 'policy', policyId: 'P' });
    expect(parseRecordKey('e/P/u/B1/U1')).toEqual({ kind: 'policy-entry', policyId: 'P', updateKey: 'u/B1/U1' });
    expect(parseRecordKey('s/levels')).toEqual({ kind: 'severity-levels' });
    for (const key of ['u/onlyone', 'b/', 'b', '', 'b/a/b', 'u/B1/', 'u//U1', 's/other', 'e/P/b/B1', 'e/P/u/B1', 'x/y', '/b/B1', `b/${'x'.repeat(513)}`, 'b/a\u0000']) {
      expect(parseRecordKey(key), key).toBeUndefined();
    }
  });
});

describe('a record received from a parent', () => {
  it('is taken when it is what an import or the policy API writes', () => {
    expect(check({ key: 'u/B1/U1', languages: ['de-DE'], record: { update } })).toMatchObject({ kind: 'update' });
    expect(check({ key: 'b/B1', languages: ['de-DE', 'neutral'], leftLanguages: ['fr-FR'], record: { bulletin } })).toMatchObject({ kind: 'bulletin' });
    expect(check({ key: 'u/B1/U2', languages: ['neutral'], record: { update: { ...update, id: 'U2', language: 'neutral', url: '', hashAlgorithm: '', hash: '', size: 0 } } })).toMatchObject({ kind: 'update' }); // an MSRC remediation may name no URL
    expect(check({ key: 'p/P', languages: [], record: { policy: { id: 'P', name: 'n', bulletinIds: ['B1'] } } })).toMatchObject({ kind: 'policy' });
    expect(check({ key: 'e/P/u/B1/U1', languages: ['de-DE'], record: { policyEntry: { policyId: 'P', updateKey: 'u/B1/U1' } } })).toMatchObject({ kind: 'policy-entry' });
    expect(check({ key: 's/levels', languages: ['neutral'], record: { severityLevels: { levels: ['Urgent'] } } })).toMatchObject({ kind: 'severity-levels' });
    expect(check({ key: 'u/onlyone/x', languages: ['de-DE'], deleted: true })).toMatchObject({ kind: 'update' });
  });

  it('is refused when its key, kind, header or fields are not', () => {
    refused({ key: 'u/onlyone', languages: ['de-DE'], record: { update } });
    refused({ key: 'b/', languages: ['neutral'], record: { bulletin } });
    refused({ key: 'b/B1', languages: ['de-DE'], record: { update } }); // an update under a bulletin key
    refused({ key: 'b/B1', languages: ['de-DE'] }); // live, no record
    refused({ key: 'b/B1', languages: ['de-DE'], record: {} }); // a record with no body
    refused({ key: 'b/B1', deleted: true, record: { bulletin } }); // a tombstone with a record
    refused({ key: 'u/B1/U1', languages: ['neutral'], record: { update } }); // neutral over a de-DE update
    refused({ key: 'u/B1/U1', languages: ['de-DE', 'neutral'], record: { update } });
    refused({ key: 'b/B1', languages: [], record: { bulletin } });
    refused({ key: 'b/B1', languages: ['neutral', 'de-DE'], record: { bulletin } }); // not as the writers sort them
    refused({ key: 'b/B1', languages: ['de-DE'], leftLanguages: ['de-DE'], record: { bulletin } });
    refused({ key: 'b/B1', languages: ['de_DE'], record: { bulletin } });
    refused({ key: 'b/B2', languages: ['de-DE'], record: { bulletin } }); // the record names another id
    refused({ key: 'u/B2/U1', languages: ['de-DE'], record: { update } });
    refused({ key: 's/levels', languages: ['de-DE'], record: { severityLevels: { levels: ['Urgent'] } } });
    refused({ key: 's/levels', languages: ['neutral'], record: { severityLevels: { levels: ['Urgent', 'Urgent'] } } });
    refused({ key: 'e/P/u/B1/U1', languages: ['de-DE'], record: { policyEntry: { policyId: 'P', updateKey: 'u/B1/U2' } } });
    refused({ key: 'p/P', languages: [], record: { policy: { id: 'P', name: '', bulletinIds: ['B1'] } } });
    const bad = { url: ['file:///etc/passwd', 'javascript:alert(1)', '\\\\host\\share\\u.msu', 'ftp://x.example/u'], fileName: ['../u.msu', 'a/u.msu', 'a\\u.msu', '..'], size: [2 ** 41], hash: ['A'.repeat(64), 'a'.repeat(63)], hashAlgorithm: ['md5'], language: ['de_DE'] };
    for (const [field, values] of Object.entries(bad)) {
      for (const value of values) refused({ key: 'u/B1/U1', languages: ['de-DE'], record: { update: { ...update, [field]: value } } });
    }
  });
});

describe('an import', () => {
  it('refuses, whatever the source, a document with a value a child would refuse', async () => {
    const { catalog, close } = await openCatalog();
    cleanups.push(close);
    const parsed = (u: Record<string, unknown>) => [{ bulletin: { ...bulletin }, updates: [{ ...update, ...u }] }];
    for (const u of [{ url: 'file:///etc/passwd' }, { url: '\\\\host\\share\\x.msu' }, { fileName: '../../evil.msu' }, { fileName: 'a\\b.msu' }, { size: 2 ** 41 }, { kb: 'k'.repeat(5000) }]) {
      await expect(catalog.importParsed('feed', parsed(u))).rejects.toMatchObject({ code: 'CATALOG_PARSE' });
    }
    // The native parser's own reading of a line refuses it already, by the same rule.
    const line = JSON.stringify({ ...bulletin, updates: [{ id: 'U1', language: 'de-DE', url: 'https://x.example/u', fileName: '../../evil.msu' }] });
    await expect(parseNative(Readable.from([line]), { source: 'native', url: 'mem:' })).rejects.toMatchObject({ code: 'CATALOG_PARSE' });
    expect(catalog.store.lastSeq).toBe(0);
  });

  it('writes only records a child takes: the bundled sample, the real vendor samples, severity levels and policies', async () => {
    const { catalog, close } = await openCatalog({ languages: ['en-US', 'de-DE', 'fr-FR', 'ja-JP', 'zh-CN'] });
    cleanups.push(close);
    const server = await startFileServer(SHARED_DATA);
    cleanups.push(() => server.close());
    const sample = await parseNative(createReadStream(SAMPLE), { source: 'sample', url: SAMPLE });
    await catalog.importParsed('sample', sample.bulletins);
    const files = (dir: string) => readdirSync(join(SHARED_DATA, dir)).map((f) => `${server.url}/${dir}/${f}`);
    for (const [name, type, urls] of [['msrc', 'msrc-cvrf', files('msrc-cvrf')], ['wsus', 'wsusoffline', files('wsusoffline')], ['nuget', 'nuget-v2', [`${server.url}/nuget-v2/WindowsAzureStorageFindPackagesById.xml`]]] as const) {
      await catalog.sources.put({ name, type, urls: [...urls] });
      await catalog.importSource(name);
    }
    await catalog.settings.setSeverityLevels(['Urgent', 'Routine']);
    await policyOnAStagedBulletin(catalog);
    let records = 0;
    const kinds = new Set<string>();
    for await (const r of catalog.store.records()) {
      kinds.add(check_(r.bytes));
      records++;
    }
    expect(kinds).toEqual(new Set(['bulletin', 'update', 'severity-levels', 'policy', 'policy-entry']));
    expect(records).toBeGreaterThan(3000);
  }, 120_000);
});

const check_ = (bytes: Uint8Array) => checkReceivedChange(readChange(bytes, 'REPL_BAD_RECORD')).kind;

/** A policy needs a fully staged bulletin: one whose files are recorded as staged (no download needed for the record rules). */
async function policyOnAStagedBulletin(catalog: Catalog): Promise<void> {
  const [first] = (await catalog.bulletins({ limit: 1, search: 'KB' })).items;
  for (const { key, update: u } of await catalog.staging.updatesFor(first.id)) {
    await catalog.staging.recordStaged(key, { algorithm: u.hashAlgorithm || 'sha256', hash: u.hash || 'b'.repeat(64), size: Number(u.size ?? 0), verified: !!u.hash, stagedAt: '', ...(u.hash ? {} : { url: u.url ?? '' }) });
  }
  await catalog.policies.create({ name: 'all of it', bulletinIds: [first.id] });
}

describe('download URLs', () => {
  // isHttpUrl skips URL.canParse for URLs of a plain form (PLAIN_HTTP_URL). The claim that every such URL parses, checked
  // on generated URLs around the form's edges: the answer must be the full check's every time.
  const fullCheck = (url: string) => url.length <= 8192 && /^https?:\/\/[^\s\u0000-\u001f\u007f]+$/i.test(url) && URL.canParse(url);
  let seed = 11;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const chars = (alphabet: string, min: number, max: number) => Array.from({ length: min + Math.floor(random() * (max - min + 1)) }, () => pick([...alphabet])).join('');
  const LABEL = 'abcxyzABCXYZ0189-';
  const PATH = "abzAZ09._~!$&'()*+,;=:@%/-" + ' \\?#[]^`{|}"<>\u00e9\u4e2d\t';
  const label = () => (random() < 0.1 ? 'xn--' : random() < 0.1 ? 'XN--' : '') + chars(LABEL, random() < 0.05 ? 0 : 1, 10);
  const host = () => {
    const labels = Array.from({ length: 1 + Math.floor(random() * 4) }, label);
    if (random() < 0.3) labels.push(`${pick(['a', 'Z', '0', '9', '-', '0x'])}${chars(LABEL, 0, 4)}`);
    if (random() < 0.05) labels.push('');
    return labels.join('.');
  };
  const url = () => `${pick(['http', 'https', 'HTTP', 'Https', 'ftp', 'httpx'])}://${host()}${random() < 0.3 ? `:${Math.floor(random() * 100_000)}` : ''}${random() < 0.8 ? `/${chars(random() < 0.5 ? PATH.slice(0, 26) : PATH, 0, 60)}` : ''}`;

  it('answers as the full check (pattern and URL.canParse) on 20,000 generated URLs, taking the short way for many', () => {
    let plain = 0;
    for (let i = 0; i < 20_000; i++) {
      const u = url();
      expect(isHttpUrl(u), u).toBe(fullCheck(u));
      if (PLAIN_HTTP_URL.test(u)) plain++;
    }
    expect(plain).toBeGreaterThan(2000);
  });
});
