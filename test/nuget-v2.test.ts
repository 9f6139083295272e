import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { PatchtreeError } from '../protocol/index.js';
import { parseNugetV2 } from '../catalog/sources/nuget-v2.js';
import { fetchDocument } from '../catalog/sources/fetch.js';
import { TEST_FETCH_POLICY } from './helpers/fetch-policy.js';
import type { ParsedDocument } from '../catalog/sources/model.js';
import { SHARED_DATA, startFileServer, type TestServer } from './helpers/http-server.js';

const DIR = join(SHARED_DATA, 'nuget-v2');
const PAGE1 = 'AzureSearch100.xml';
const PAGE2 = 'AzureSearchNext100.xml';
const BY_ID = 'WindowsAzureStorageFindPackagesById.xml';
const raw = (name: string) => readFileSync(join(DIR, name), 'utf8');

/*
 * Facts read from the raw files with regexes, a route independent of the
 * parser (which streams the XML through saxes).
 */
const ENTRY_START = /<entry[\s>]/g;

/** The text of each <entry>, in document order. */
function rawEntries(xml: string): string[] {
  return xml.split(ENTRY_START).slice(1).map((text) => text.slice(0, text.indexOf('</entry>')));
}

const isUnlisted = (entry: string) => /<d:Published[^>]*>1900-/.test(entry);

function field(entry: string, name: string): string {
  return new RegExp(`<d:${name}(?:\\s[^>]*)?>([^<]*)</d:${name}>`).exec(entry)?.[1] ?? '';
}

/** Listed entries as bulletin id -> expected sha512 hex (the base64 PackageHash decoded with Buffer). */
function expectedHashes(xml: string): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const entry of rawEntries(xml)) {
    if (isUnlisted(entry)) continue;
    const id = /<title[^>]*>([^<]*)<\/title>/.exec(entry)![1];
    hashes.set(`${id}.${field(entry, 'NormalizedVersion') || field(entry, 'Version')}`, Buffer.from(field(entry, 'PackageHash'), 'base64').toString('hex'));
  }
  return hashes;
}

/** The `next` href exactly as the file writes it (attribute entities decoded). */
function nextHref(xml: string): string | undefined {
  const href = /<link rel="next" href="([^"]*)"/.exec(xml)?.[1];
  return href?.replace(/&amp;/g, '&').replace(/&apos;/g, "'").replace(/&quot;/g, '"');
}

/** Replaces text inside the n-th (1-based) entry only. */
function inEntry(xml: string, n: number, edit: (entry: string) => string): string {
  const starts = [...xml.matchAll(ENTRY_START)].map((m) => m.index!);
  const start = starts[n - 1];
  const end = xml.indexOf('</entry>', start);
  const edited = edit(xml.slice(start, end));
  if (edited === xml.slice(start, end)) throw new Error(`edit changed nothing in entry ${n}`);
  return xml.slice(0, start) + edited + xml.slice(end);
}

/** 1-based line of the n-th entry's start tag. */
function entryLine(xml: string, n: number): number {
  const start = [...xml.matchAll(ENTRY_START)][n - 1].index!;
  return xml.slice(0, start).split('\n').length;
}

let server: TestServer;
/** Documents served under /variant/<name>: edited copies of the samples, made per test. */
const variants = new Map<string, string>();
/** path+query -> sample file: where the `next` links of the samples lead on this server. */
const pages = new Map<string, string>();

/** The local URL that stands for a feed URL: same path and query, on the test server. */
function localUrlOf(href: string): string {
  const url = new URL(href);
  return `${server.url}${url.pathname}${url.search}`;
}

function serveMapped(req: IncomingMessage, res: ServerResponse): boolean {
  const path = req.url ?? '/';
  const variant = path.startsWith('/variant/') ? variants.get(path.slice('/variant/'.length)) : undefined;
  const file = pages.get(path);
  if (variant === undefined && file === undefined) return false;
  res.writeHead(200, { 'content-type': 'application/atom+xml' }).end(variant ?? raw(file!));
  return true;
}

async function parseUrl(url: string): Promise<ParsedDocument> {
  const fetched = await fetchDocument(url, { policy: TEST_FETCH_POLICY, retries: 0 });
  if (fetched === 'not-modified') throw new Error('unexpected 304');
  return parseNugetV2(fetched.body, { source: 'chocolatey', url });
}

async function parseVariant(name: string, xml: string): Promise<ParsedDocument> {
  variants.set(name, xml);
  return parseUrl(`${server.url}/variant/${name}`);
}

async function parseError(name: string, xml: string): Promise<PatchtreeError> {
  const err = await parseVariant(name, xml).then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(PatchtreeError);
  expect((err as PatchtreeError).code).toBe('CATALOG_PARSE');
  return err as PatchtreeError;
}

const positionOf = (err: PatchtreeError) => err.details.position as { line?: number; column?: number; entry?: number };
const totals = { pages: 0, entries: 0, unlisted: 0, bulletins: 0, updates: 0 };

beforeAll(async () => {
  server = await startFileServer(DIR, [serveMapped]);
  // The second sample page is what the first page's `next` link returns.
  const next = new URL(nextHref(raw(PAGE1))!);
  pages.set(`${next.pathname}${next.search}`, PAGE2);
});

afterAll(async () => {
  await server.close();
  console.log('nuget-v2 totals', totals);
});

function tally(xml: string, doc: ParsedDocument): void {
  totals.pages++;
  totals.entries += rawEntries(xml).length;
  totals.unlisted += rawEntries(xml).filter(isUnlisted).length;
  totals.bulletins += doc.bulletins.length;
  totals.updates += doc.bulletins.reduce((n, b) => n + b.updates.length, 0);
}

function expectPageMatchesFile(xml: string, doc: ParsedDocument): void {
  const entries = rawEntries(xml);
  const listed = entries.filter((e) => !isUnlisted(e));
  expect(doc.bulletins).toHaveLength(listed.length);
  const expected = expectedHashes(xml);
  expect(new Set(doc.bulletins.map((b) => b.bulletin.id))).toEqual(new Set(expected.keys()));
  for (const { bulletin, updates } of doc.bulletins) {
    expect(updates).toHaveLength(1);
    expect(updates[0].hashAlgorithm).toBe('sha512');
    expect(updates[0].hash).toBe(expected.get(bulletin.id));
    expect(bulletin.released).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  }
  // Languages: en-US as written, lowercase tags canonicalised, null or empty -> neutral.
  const languages = doc.bulletins.map((b) => b.updates[0].language);
  const rawLanguage = (e: string) => /<d:Language>([^<]+)<\/d:Language>/.exec(e)?.[1];
  expect(languages.filter((l) => l === 'neutral')).toHaveLength(listed.filter((e) => rawLanguage(e) === undefined).length);
  expect(languages.filter((l) => l === 'en-US')).toHaveLength(listed.filter((e) => rawLanguage(e)?.toLowerCase() === 'en-us').length);
}

describe('nuget-v2 parser over HTTP', () => {
  it('parses page 1, returns its next href untouched, and page 2 is reached through it', async () => {
    const page1 = raw(PAGE1);
    const doc1 = await parseUrl(`${server.url}/${PAGE1}`);
    expectPageMatchesFile(page1, doc1);
    tally(page1, doc1);
    expect(doc1.next).toBe(nextHref(page1));
    expect(doc1.next).toContain("$skiptoken='Haven.ServiceBus.Azure.ServiceBus.Publisher'");

    const page2 = raw(PAGE2);
    const doc2 = await parseUrl(localUrlOf(doc1.next!));
    expectPageMatchesFile(page2, doc2);
    tally(page2, doc2);
    expect(doc2.next).toBe(nextHref(page2));
    const page1Ids = new Set(doc1.bulletins.map((b) => b.bulletin.id));
    expect(doc2.bulletins.filter((b) => page1Ids.has(b.bulletin.id))).toEqual([]);
  });

  it('maps a known package field by field', async () => {
    const doc = await parseUrl(`${server.url}/${PAGE1}`);
    const entry = rawEntries(raw(PAGE1)).find((e) => e.includes('<title type="text">WindowsAzure.Storage</title>'))!;
    const storage = doc.bulletins.find((b) => b.bulletin.id === `WindowsAzure.Storage.${field(entry, 'NormalizedVersion')}`)!;
    expect(storage.bulletin).toMatchObject({
      vendor: 'Microsoft',
      title: field(entry, 'Title'),
      released: `${field(entry, 'Published')}Z`,
      revised: `${field(entry, 'Published')}Z`, // LastEdited is m:null
      vendorSeverity: '',
      products: ['WindowsAzure.Storage'],
    });
    expect(storage.bulletin.description).toBe(field(entry, 'Description').replace(/\s+/g, ' ').trim());
    expect(storage.updates[0]).toMatchObject({
      id: `WindowsAzure.Storage.${field(entry, 'Version')}.nupkg`,
      fileName: `WindowsAzure.Storage.${field(entry, 'Version')}.nupkg`,
      kb: '',
      language: 'neutral',
      product: 'WindowsAzure.Storage',
      url: /<content [^>]*src="([^"]+)"/.exec(entry)![1],
      size: Number(field(entry, 'PackageSize')),
      hash: Buffer.from(field(entry, 'PackageHash'), 'base64').toString('hex'),
      restartRequired: false,
      updateType: 'Package',
    });
  });

  it('FindPackagesById: 47 versions minus the unlisted ones', async () => {
    const xml = raw(BY_ID);
    const entries = rawEntries(xml);
    expect(entries).toHaveLength(47);
    const unlisted = entries.filter(isUnlisted);
    expect(unlisted.length).toBeGreaterThan(0);
    const doc = await parseUrl(`${server.url}/${BY_ID}`);
    tally(xml, doc);
    expect(doc.bulletins).toHaveLength(47 - unlisted.length);
    expectPageMatchesFile(xml, doc);
    const ids = new Set(doc.bulletins.map((b) => b.bulletin.id));
    for (const entry of unlisted) expect(ids.has(`WindowsAzure.Storage.${field(entry, 'NormalizedVersion')}`)).toBe(false);
    expect(doc.next).toBeUndefined();
  });

  it('canonicalises a lowercase Language to BCP 47 and takes LastEdited as revised', async () => {
    const xml = inEntry(raw(PAGE1), 2, (e) => e
      .replace(/<d:Language[^>]*\/>|<d:Language>[^<]*<\/d:Language>/, '<d:Language>de-de</d:Language>')
      .replace(/<d:LastEdited[^>]*(?:\/>|>[^<]*<\/d:LastEdited>)/, '<d:LastEdited m:type="Edm.DateTime">2016-01-02T03:04:05.6</d:LastEdited>'));
    const doc = await parseVariant('language.xml', xml);
    const update = doc.bulletins[1].updates[0];
    expect(update.language).toBe('de-DE');
    expect(doc.bulletins[1].bulletin.revised).toBe('2016-01-02T03:04:05.600Z');
  });

  it('resolves a relative next href against xml:base, and refuses a file: one', async () => {
    const page1 = raw(PAGE1);
    const relative = page1.replace(/<link rel="next" href="[^"]*"/, '<link rel="next" href="Search()?$skip=100"');
    const base = /xml:base="([^"]+)"/.exec(page1)![1];
    expect((await parseVariant('relative.xml', relative)).next).toBe(new URL('Search()?$skip=100', base).href);

    const local = page1.replace(/<link rel="next" href="[^"]*"/, '<link rel="next" href="file:///etc/passwd"');
    await parseError('file-next.xml', local);
  });

  const corruptions: Array<[string, number, (entry: string) => string]> = [
    ['PackageHash not base64', 7, (e) => e.replace(/<d:PackageHash>[^<]*</, '<d:PackageHash>not-base64!!<')],
    ['PackageHash of the wrong length', 12, (e) => e.replace(/<d:PackageHash>[^<]*</, `<d:PackageHash>${Buffer.alloc(32, 1).toString('base64')}<`)],
    ['unknown hash algorithm', 3, (e) => e.replace(/<d:PackageHashAlgorithm>[^<]*</, '<d:PackageHashAlgorithm>MD5<')],
    ['non-numeric PackageSize', 20, (e) => e.replace(/(<d:PackageSize[^>]*>)[^<]*</, '$1big<')],
    ['missing content src', 41, (e) => e.replace(/(<content [^>]*?)\s+src="[^"]*"/, '$1')],
    ['missing Version', 100, (e) => e.replace(/<d:Version>[^<]*<\/d:Version>/, '')],
    ['missing Id', 1, (e) => e.replace(/<title type="text">[^<]*<\/title>/, '<title type="text"></title>')],
  ];
  for (const [what, n, corrupt] of corruptions) {
    it(`a bad entry (${what}) fails the page with its entry number and line`, async () => {
      const xml = inEntry(raw(PAGE1), n, corrupt);
      const err = await parseError(`bad-${n}.xml`, xml);
      expect(positionOf(err).entry).toBe(n);
      expect(positionOf(err).line).toBe(entryLine(xml, n));
      expect(positionOf(err).column).toEqual(expect.any(Number));
      expect(err.details.source).toBe('chocolatey');
    });
  }

  it('a truncated page is CATALOG_PARSE', async () => {
    const xml = raw(PAGE1);
    await parseError('truncated.xml', xml.slice(0, Math.floor(xml.length / 2)));
  });

  it('a document that is not a feed is CATALOG_PARSE', async () => {
    await parseError('not-a-feed.xml', '<?xml version="1.0"?><service xmlns="http://www.w3.org/2007/app"/>');
  });
});
