import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gunzipSync, gzipSync } from 'node:zlib';
import { hasCode } from '../protocol/index.js';
import { CatalogParseError, type DocumentPosition } from '../catalog/errors.js';
import { fetchDocument } from '../catalog/sources/fetch.js';
import { TEST_FETCH_POLICY } from './helpers/fetch-policy.js';
import type { ParsedDocument } from '../catalog/sources/model.js';
import { parseNative } from '../catalog/sources/native.js';
import { SAMPLE_CATALOG_FILE } from '../catalog/sample/generate.js';
import { startFileServer, type TestServer } from './helpers/http-server.js';
import { tempDir } from './helpers/temp.js';

let server: TestServer;
let cleanup: () => Promise<void>;
let dir: string;
/** The bundled sample, gunzipped here with zlib, independently of the parser. */
let sampleText: string;
let sampleLines: string[];

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('patchtree-native-'));
  const gz = await readFile(SAMPLE_CATALOG_FILE);
  sampleText = gunzipSync(gz).toString('utf8');
  sampleLines = sampleText.split('\n').filter((l) => l.trim() !== '');
  await writeFile(join(dir, 'sample.ndjson.gz'), gz);
  await writeFile(join(dir, 'sample.ndjson'), sampleText);
  // Detection is by the magic bytes: gzip under a plain name, plain under a .gz name.
  await writeFile(join(dir, 'gzip-without-extension.ndjson'), gz);
  await writeFile(join(dir, 'plain-with-extension.ndjson.gz'), sampleText);
  server = await startFileServer(dir);
});

afterAll(async () => {
  await server?.close();
  await cleanup?.();
});

/** Fetches a served file over real HTTP with the production fetcher and parses it. */
async function parseServed(name: string): Promise<ParsedDocument> {
  const url = `${server.url}/${name}`;
  const doc = await fetchDocument(url, { policy: TEST_FETCH_POLICY });
  if (doc === 'not-modified') throw new Error('unexpected 304');
  return parseNative(doc.body, { source: 'native-test', url });
}

/** Serves `text` (or bytes) under `name` and returns the CatalogParseError that parsing it must raise. */
async function parseError(name: string, content: string | Buffer): Promise<CatalogParseError & { details: { position: DocumentPosition } }> {
  await writeFile(join(dir, name), content);
  const err = await parseServed(name).then(() => undefined, (e: unknown) => e);
  expect(err, `${name} should be refused`).toBeInstanceOf(CatalogParseError);
  expect(hasCode(err, 'CATALOG_PARSE')).toBe(true);
  expect((err as Error).message).toContain('native-test');
  return err as CatalogParseError & { details: { position: DocumentPosition } };
}

const updateCount = (doc: ParsedDocument) => doc.bulletins.reduce((sum, b) => sum + b.updates.length, 0);
const countBy = <T>(items: Iterable<T>, key: (item: T) => string) => {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort());
};

describe('native parser on the bundled sample over HTTP', () => {
  it('reads every line of the gzipped sample, with the counts and languages of the raw text', async () => {
    const doc = await parseServed('sample.ndjson.gz');
    const expectedUpdates = sampleLines.reduce((sum, line) => sum + (JSON.parse(line) as { updates: unknown[] }).updates.length, 0);
    const rawLanguages = countBy(sampleText.matchAll(/"language":"([^"]+)"/g), (m) => m[1]);
    const parsedLanguages = countBy(doc.bulletins.flatMap((b) => b.updates), (u) => u.language);
    console.log(`sample: ${doc.bulletins.length} bulletins, ${updateCount(doc)} updates, per language ${JSON.stringify(parsedLanguages)}`);

    expect(doc.bulletins.length).toBe(sampleLines.length);
    expect(updateCount(doc)).toBe(expectedUpdates);
    expect(parsedLanguages).toEqual(rawLanguages);
    expect(Object.keys(parsedLanguages)).toEqual(expect.arrayContaining(['neutral', 'en-US', 'de-DE', 'ja-JP', 'zh-CN']));
    expect(doc.bulletins.map((b) => b.bulletin.id)).toEqual(sampleLines.map((l) => /^\{"id":"([^"]+)"/.exec(l)![1]));
  });

  it('gives the same bulletins from the plain copy, whatever the file names say', async () => {
    const gz = await parseServed('sample.ndjson.gz');
    expect(await parseServed('sample.ndjson')).toEqual(gz);
    expect(await parseServed('gzip-without-extension.ndjson')).toEqual(gz);
    expect(await parseServed('plain-with-extension.ndjson.gz')).toEqual(gz);
  });

  it('fills omitted optional fields with canonical defaults', async () => {
    const doc = await parseServed('sample.ndjson');
    const withRevised = sampleLines.filter((l) => l.includes('"revised":')).length;
    const withSupersedes = sampleLines.filter((l) => /"supersedes":\[[^\]]*\],"products"/.test(l)).length;
    expect(withRevised).toBeGreaterThan(0);
    expect(withRevised).toBeLessThan(sampleLines.length);
    expect(doc.bulletins.filter((b) => b.bulletin.revised !== '').length).toBe(withRevised);
    expect(doc.bulletins.filter((b) => b.bulletin.supersedes!.length > 0).length).toBe(withSupersedes);
    for (const { bulletin, updates } of doc.bulletins) {
      expect(typeof bulletin.description).toBe('string');
      for (const u of updates) expect(Array.isArray(u.supersedes) && typeof u.size === 'number' && typeof u.restartRequired === 'boolean').toBe(true);
    }
  });
});

describe('native parser refuses malformed lines, naming line, entry and field', () => {
  const first = (n: number) => sampleLines.slice(0, n);

  it('a wrong type: "size" as a string on line 5', async () => {
    const lines = first(10);
    const index = (JSON.parse(lines[4]) as { updates: Array<{ size?: number }> }).updates.findIndex((u) => u.size !== undefined);
    lines[4] = lines[4].replace(/"size":(\d+)/, '"size":"$1"');
    const err = await parseError('wrong-type.ndjson', `${lines.join('\n')}\n`);
    expect(err.details.position.line).toBe(5);
    expect(err.details.position.entry).toBe(5);
    expect(err.message).toContain(`updates[${index}].size: expected a non-negative integer, got string`);
  });

  it('bad JSON on line 7, with the column', async () => {
    const lines = first(10);
    lines[6] = lines[6].slice(0, -1);
    const err = await parseError('bad-json.ndjson', `${lines.join('\n')}\n`);
    expect(err.details.position.line).toBe(7);
    expect(err.message).toMatch(/invalid JSON/);
  });

  it('counts blank lines and CRLF endings in the line number, not in the entry', async () => {
    const lines = first(6);
    lines[5] = lines[5].replace('"language":"', '"language":"EN_us-');
    const text = `${lines.slice(0, 3).join('\r\n')}\r\n\r\n   \r\n${lines.slice(3).join('\r\n')}\r\n`;
    const err = await parseError('crlf.ndjson', text);
    expect(err.details.position).toMatchObject({ line: 8, entry: 6 });
    expect(err.message).toMatch(/updates\[0\]\.language: expected a BCP 47 tag/);
    await writeFile(join(dir, 'crlf-ok.ndjson'), text.replace(lines[5], first(6)[5]));
    expect((await parseServed('crlf-ok.ndjson')).bulletins.length).toBe(6);
  });

  it('an unknown field, with a hint for a misspelt one', async () => {
    const lines = first(4);
    lines[2] = lines[2].replace('"fileName":', '"filename":');
    const err = await parseError('unknown-field.ndjson', lines.join('\n'));
    expect(err.details.position.line).toBe(3);
    expect(err.message).toMatch(/updates\[0\]\.filename: unknown field \(did you mean "fileName"\?\)/);
  });

  it('fields the node derives (customSeverity, bulletinId, superseded, ...)', async () => {
    for (const [i, [field, value]] of ([['customSeverity', '"High"'], ['source', '"x"'], ['supersededBy', '[]']] as const).entries()) {
      const lines = first(3);
      lines[1] = lines[1].replace('{"id":', `{"${field}":${value},"id":`);
      const err = await parseError(`node-field-${i}.ndjson`, lines.join('\n'));
      expect(err.details.position.line).toBe(2);
      expect(err.message).toContain(`${field}: unknown field`);
    }
    for (const [i, [field, value]] of ([['bulletinId', '"B"'], ['superseded', 'true']] as const).entries()) {
      const lines = first(3);
      lines[2] = lines[2].replace('"updates":[{', `"updates":[{"${field}":${value},`);
      const err = await parseError(`node-update-field-${i}.ndjson`, lines.join('\n'));
      expect(err.message).toContain(`updates[0].${field}: unknown field`);
    }
  });

  it('a hash of the wrong length, or without its algorithm', async () => {
    const lines = first(5);
    lines[3] = lines[3].replace(/"hash":"([0-9a-f]+)"/, (_m, hex: string) => `"hash":"${hex.slice(1)}"`);
    const err = await parseError('bad-hash.ndjson', lines.join('\n'));
    expect(err.details.position.line).toBe(4);
    expect(err.message).toMatch(/updates\[0\]\.hash: expected (40|64|128) hex digits for sha(1|256|512), got (39|63|127)/);

    const noAlgorithm = first(5);
    noAlgorithm[1] = noAlgorithm[1].replace(/"hashAlgorithm":"[a-z0-9]+",/, '');
    expect((await parseError('no-algorithm.ndjson', noAlgorithm.join('\n'))).message).toContain('updates[0].hashAlgorithm: required when hash is given');
  });

  it('missing required fields, bad ids, bad URLs, bad dates, null, duplicates', async () => {
    const cases: Array<[string, (l: string) => string, RegExp]> = [
      ['no-vendor', (l) => l.replace(/"vendor":"[^"]*",/, ''), /: vendor: required field is missing/],
      ['slash-id', (l) => l.replace(/^\{"id":"/, '{"id":"a/'), /: id: invalid id/],
      ['ftp-url', (l) => l.replace(/"url":"https:/, '"url":"ftp:'), /updates\[0\]\.url: expected an absolute http or https URL/],
      ['bad-date', (l) => l.replace(/"released":"\d{4}-\d{2}-\d{2}/, '"released":"2019-02-30'), /released: expected an ISO 8601 date/],
      ['null-kb', (l) => l.replace(/"kb":"[^"]*"/, '"kb":null'), /updates\[0\]\.kb: expected a string, got null/],
      ['negative-size', (l) => l.replace(/"size":\d+/, '"size":-1'), /updates\[0\]\.size: expected a non-negative integer, got a negative number/],
      ['upper-hex', (l) => l.replace(/"hash":"[0-9a-f]/, '"hash":"A'), /updates\[0\]\.hash: expected lower-case hex digits/],
      ['array-line', (l) => `[${l}]`, /expected a JSON object, got array/],
    ];
    for (const [name, edit, reason] of cases) {
      const lines = first(3);
      lines[2] = edit(lines[2]);
      expect(lines[2], name).not.toBe(first(3)[2]);
      const err = await parseError(`${name}.ndjson`, lines.join('\n'));
      expect(err.details.position.line, name).toBe(3);
      expect(err.message, name).toMatch(reason);
    }
    const dupUpdate = JSON.parse(first(1)[0]);
    dupUpdate.updates.push({ ...dupUpdate.updates[0] });
    expect((await parseError('dup-update.ndjson', JSON.stringify(dupUpdate))).message).toMatch(/updates\[\d+\]\.id: duplicate update id/);
    const dupBulletin = await parseError('dup-bulletin.ndjson', [...first(3), first(1)[0]].join('\n'));
    expect(dupBulletin.details.position.line).toBe(4);
    expect(dupBulletin.message).toContain('first on line 1');
  });

  it('invalid UTF-8', async () => {
    const bytes = Buffer.from(`${first(2).join('\n')}\n`);
    const bad = Buffer.concat([bytes, Buffer.from('{"id":"x'), Buffer.from([0xff]), Buffer.from('"}\n')]);
    expect((await parseError('bad-utf8.ndjson', bad)).details.position.line).toBe(3);
  });

  it('a truncated or corrupt gzip stream', async () => {
    const gz = await readFile(SAMPLE_CATALOG_FILE);
    const truncated = await parseError('truncated.ndjson.gz', gz.subarray(0, Math.floor(gz.length / 2)));
    expect(truncated.message).toMatch(/corrupt gzip stream/);
    const corrupt = Buffer.from(gz);
    for (let i = 1000; i < 1100; i++) corrupt[i] ^= 0x5a;
    expect((await parseError('corrupt.ndjson.gz', corrupt)).message).toMatch(/corrupt gzip stream/);
  });
});

describe('native parser line handling', () => {
  it('parses a final line without a newline', async () => {
    const lines = sampleLines.slice(0, 6);
    await writeFile(join(dir, 'no-final-newline.ndjson'), lines.join('\n'));
    const doc = await parseServed('no-final-newline.ndjson');
    expect(doc.bulletins.map((b) => b.bulletin.id)).toEqual(lines.map((l) => (JSON.parse(l) as { id: string }).id));
    expect(doc.bulletins[5].updates.length).toBe((JSON.parse(lines[5]) as { updates: unknown[] }).updates.length);
  });

  it('joins lines and multi-byte characters cut across chunks, gzipped or not', async () => {
    const line = JSON.parse(sampleLines[0]);
    line.title = 'Sicherheitsupdate für Größen — 日本語 🔒';
    const text = `\uFEFF${JSON.stringify(line)}\n\n${sampleLines[1]}`;
    for (const bytes of [Buffer.from(text), gzipSync(text)]) {
      const oneByteChunks = Readable.from([...bytes].map((b) => Buffer.from([b])));
      const doc = await parseNative(oneByteChunks, { source: 'chunks', url: 'test:' });
      expect(doc.bulletins.map((b) => b.bulletin.title)).toEqual([line.title, JSON.parse(sampleLines[1]).title]);
    }
  });

  it('reads an empty document as no bulletins', async () => {
    await writeFile(join(dir, 'empty.ndjson'), '\n\n');
    expect((await parseServed('empty.ndjson')).bulletins).toEqual([]);
  });
});
