import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fetchDocument } from '../catalog/sources/fetch.js';
import { TEST_FETCH_POLICY } from './helpers/fetch-policy.js';
import { parseNative, type NativeBulletinLine } from '../catalog/sources/native.js';
import {
  ALL_LANGUAGES, DEFAULT_LANGUAGES, DEFAULT_SAMPLE, SAMPLE_CATALOG_FILE, generateCatalog, writeCatalog, type CatalogOptions,
} from '../catalog/sample/generate.js';
import { startFileServer, type TestServer } from './helpers/http-server.js';
import { tempDir } from './helpers/temp.js';

let server: TestServer;
let cleanup: () => Promise<void>;
let dir: string;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('patchtree-sample-'));
  server = await startFileServer(dir);
});

afterAll(async () => {
  await server?.close();
  await cleanup?.();
});

const ndjson = (options: CatalogOptions) => [...generateCatalog(options)].map((line) => `${JSON.stringify(line)}\n`).join('');
const linesOf = (text: string) => text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as NativeBulletinLine);
const HASH_DIGITS: Record<string, number> = { sha1: 40, sha256: 64, sha512: 128 };

function summary(lines: NativeBulletinLine[]) {
  const languages: Record<string, number> = {};
  const sizes = lines.map((l) => l.updates.length);
  for (const u of lines.flatMap((l) => l.updates)) languages[u.language] = (languages[u.language] ?? 0) + 1;
  return {
    bulletins: lines.length,
    updates: sizes.reduce((a, b) => a + b, 0),
    updatesPerBulletin: [Math.min(...sizes), Math.max(...sizes)],
    vendors: [...new Set(lines.map((l) => l.vendor))].sort(),
    languages: Object.fromEntries(Object.entries(languages).sort()),
  };
}

/**
 * Walks the catalog in order and checks the supersedence references against
 * what came before; returns the longest bulletin chain and the longest KB
 * chain (of one product/platform/language).
 */
function checkSupersedence(lines: NativeBulletinLine[]): { bulletinChain: number; kbChain: number } {
  const bulletinDepth = new Map<string, number>();
  const kbDepth = new Map<string, number>();
  let bulletinChain = 0;
  let kbChain = 0;
  for (const line of lines) {
    for (const id of line.supersedes ?? []) expect(bulletinDepth.has(id), `${line.id} supersedes unknown or later ${id}`).toBe(true);
    const added = new Map<string, number>();
    for (const u of line.updates) {
      const where = `|${u.product}|${u.platform}|${u.language}`;
      for (const kb of u.supersedes ?? []) {
        expect(kbDepth.has(kb + where), `${u.id} in ${line.id} supersedes ${kb}`).toBe(true);
        expect(kb).not.toBe(u.kb);
      }
      added.set(u.kb + where, 1 + Math.max(0, ...(u.supersedes ?? []).map((kb) => kbDepth.get(kb + where)!)));
    }
    for (const [key, d] of added) kbDepth.set(key, d);
    kbChain = Math.max(kbChain, ...added.values());
    const d = 1 + Math.max(0, ...(line.supersedes ?? []).map((id) => bulletinDepth.get(id)!));
    bulletinDepth.set(line.id, d);
    bulletinChain = Math.max(bulletinChain, d);
  }
  return { bulletinChain, kbChain };
}

/** Every bulletin is all neutral, or for each product one file per language per platform (per installer kind). */
function checkLanguageGrid(lines: NativeBulletinLine[]): void {
  for (const line of lines) {
    const neutral = line.updates.filter((u) => u.language === 'neutral').length;
    expect([0, line.updates.length], line.id).toContain(neutral);
    if (neutral > 0) continue;
    const languages = new Set(line.updates.map((u) => u.language));
    for (const product of new Set(line.updates.map((u) => u.product))) {
      const files = line.updates.filter((u) => u.product === product);
      const platforms = new Set(files.map((u) => u.platform));
      const pairs = new Set(files.map((u) => `${u.platform}|${u.language}`));
      expect(pairs.size, `${line.id} ${product}`).toBe(platforms.size * languages.size);
    }
  }
}

describe('sample catalog generator', () => {
  it('is deterministic for a seed and differs for another seed', () => {
    const options = { seed: 42, bulletins: 60 };
    expect(ndjson(options)).toBe(ndjson(options));
    expect(ndjson({ ...options, seed: 43 })).not.toBe(ndjson(options));
  });

  it('the committed sample equals writeCatalog(DEFAULT_SAMPLE), gzipped or plain', async () => {
    const committed = gunzipSync(await readFile(SAMPLE_CATALOG_FILE));
    const gzCounts = await writeCatalog(join(dir, 'regenerated.ndjson.gz'), DEFAULT_SAMPLE);
    const plainCounts = await writeCatalog(join(dir, 'regenerated.ndjson'), DEFAULT_SAMPLE);
    const regenerated = gunzipSync(await readFile(join(dir, 'regenerated.ndjson.gz')));
    expect(regenerated.equals(committed), 'run `npx tsx catalog/sample/write-sample.ts` after changing the generator').toBe(true);
    expect((await readFile(join(dir, 'regenerated.ndjson'))).equals(committed)).toBe(true);
    const lines = linesOf(committed.toString('utf8'));
    expect(gzCounts).toEqual({ bulletins: lines.length, updates: lines.reduce((n, l) => n + l.updates.length, 0) });
    expect(plainCounts).toEqual(gzCounts);
  });

  it('the sample is realistic: vendors, languages, ordered dates, hashes, unique URLs, supersedence chains', async () => {
    const lines = linesOf(gunzipSync(await readFile(SAMPLE_CATALOG_FILE)).toString('utf8'));
    const stats = summary(lines);
    const chains = checkSupersedence(lines);
    const superseding = lines.filter((l) => l.supersedes).length;
    console.log(`sample: ${JSON.stringify(stats)}, ${superseding} bulletins supersede others, longest chains ${JSON.stringify(chains)}`);

    expect(stats.bulletins).toBe(DEFAULT_SAMPLE.bulletins);
    expect(stats.vendors).toEqual(['Adobe', 'Google', 'Igor Pavlov', 'Microsoft', 'Mozilla', 'Notepad++', 'Oracle', 'VideoLAN']);
    expect(Object.keys(stats.languages).sort()).toEqual([...DEFAULT_LANGUAGES].sort());
    expect(stats.updatesPerBulletin[0]).toBeGreaterThanOrEqual(5);
    expect(stats.updatesPerBulletin[1]).toBeLessThanOrEqual(30);
    expect(chains.bulletinChain).toBeGreaterThanOrEqual(3);
    expect(chains.kbChain).toBeGreaterThanOrEqual(3);
    expect(superseding).toBeLessThan(lines.length);
    checkLanguageGrid(lines);

    const released = lines.map((l) => l.released!);
    expect(released).toEqual([...released].sort());
    expect(new Set(released.map((d) => d.slice(0, 4))).size).toBeGreaterThanOrEqual(3);
    const updates = lines.flatMap((l) => l.updates);
    expect(new Set(updates.map((u) => u.url)).size).toBe(updates.length);
    for (const u of updates) {
      expect(u.hash, u.id).toHaveLength(HASH_DIGITS[u.hashAlgorithm!]);
      expect(u.url).toMatch(/^https:\/\/download\.[a-z0-9.+-]+\.example\//);
    }
    expect(updates.filter((u) => /^KB\d{7}$/.test(u.kb!)).length).toBeGreaterThan(0);
    expect(new Set(updates.map((u) => u.hashAlgorithm))).toEqual(new Set(['sha1', 'sha256', 'sha512']));
    expect(new Set(updates.map((u) => u.platform))).toEqual(new Set(['x86', 'x64', 'arm64']));
  });

  it('keeps every update in the chosen languages and within the bounds', () => {
    for (const languages of [['de-DE'], ['neutral'], ['neutral', 'ja-JP', 'ko-KR']]) {
      const lines = [...generateCatalog({ seed: 7, bulletins: 80, languages, updatesPerBulletin: [2, 12] })];
      const stats = summary(lines);
      console.log(`languages ${languages.join(',')}: ${JSON.stringify(stats)}`);
      expect(Object.keys(stats.languages).every((l) => languages.includes(l))).toBe(true);
      expect(stats.updatesPerBulletin[0]).toBeGreaterThanOrEqual(2);
      expect(stats.updatesPerBulletin[1]).toBeLessThanOrEqual(12);
      checkSupersedence(lines);
      checkLanguageGrid(lines);
    }
  });

  it('refuses bad options', () => {
    expect(() => [...generateCatalog({ seed: 1, bulletins: 1, languages: ['en-us'] })]).toThrow(TypeError);
    expect(() => [...generateCatalog({ seed: 1, bulletins: 1, languages: [] })]).toThrow(TypeError);
    expect(() => [...generateCatalog({ seed: 1, bulletins: 1, updatesPerBulletin: [5, 2] })]).toThrow(TypeError);
    expect(() => [...generateCatalog({ seed: 1.5, bulletins: 1 })]).toThrow(TypeError);
  });

  it('the parser accepts every generated line, at full language width, over HTTP', async () => {
    expect(ALL_LANGUAGES).toHaveLength(25);
    const options = { seed: 20240109, bulletins: 50, languages: ALL_LANGUAGES };
    const counts = await writeCatalog(join(dir, 'all-languages.ndjson.gz'), options);
    const lines = linesOf(ndjson(options));
    const url = `${server.url}/all-languages.ndjson.gz`;
    const fetched = await fetchDocument(url, { policy: TEST_FETCH_POLICY });
    if (fetched === 'not-modified') throw new Error('unexpected 304');
    const doc = await parseNative(fetched.body, { source: 'generated', url });
    const stats = summary(lines);
    console.log(`25 languages: ${JSON.stringify(stats)}`);

    expect(doc.bulletins.length).toBe(lines.length);
    expect(doc.bulletins.reduce((n, b) => n + b.updates.length, 0)).toBe(stats.updates);
    expect(counts).toEqual({ bulletins: stats.bulletins, updates: stats.updates });
    expect(Object.keys(stats.languages).every((l) => ALL_LANGUAGES.includes(l))).toBe(true);
    expect(Object.keys(stats.languages).length).toBeGreaterThan(DEFAULT_LANGUAGES.length);
    checkSupersedence(lines);
    checkLanguageGrid(lines);
  });
});
