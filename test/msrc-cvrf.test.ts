import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import got from 'got';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMsrcCvrf } from '../catalog/sources/msrc-cvrf.js';
import type { ParsedDocument } from '../catalog/sources/model.js';
import { SHARED_DATA, startFileServer, type TestServer } from './helpers/http-server.js';

const DIR = join(SHARED_DATA, 'msrc-cvrf');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.xml')).sort();
const SEVERITIES = ['Low', 'Moderate', 'Important', 'Critical'];

/** What a Vendor Fix KB (KB, ProductID) pair says across the document, read with regexes only. */
interface RawPair {
  supersedes: Set<string>;
  restart: boolean;
}

interface RawFacts {
  id: string;
  title: string;
  kbs: Set<string>;
  /** Keyed "KB<n>-<ProductID>". */
  pairs: Map<string, RawPair>;
  severity: string;
}

/** Facts read from the raw XML text by regex: a route independent of the parser. */
function rawFacts(text: string): RawFacts {
  const facts: RawFacts = {
    id: /<cvrf:ID>([^<]*)<\/cvrf:ID>/.exec(text)?.[1].trim() ?? '',
    title: /<cvrf:DocumentTitle>([^<]*)<\/cvrf:DocumentTitle>/.exec(text)?.[1].trim() ?? '',
    kbs: new Set(),
    pairs: new Map(),
    severity: '',
  };
  for (const m of text.matchAll(/<vuln:Remediation\s+Type="([^"]*)"\s*>([\s\S]*?)<\/vuln:Remediation>/g)) {
    if (m[1] !== 'Vendor Fix') continue;
    const kbNumber = /<vuln:Description>\s*(?:KB)?(\d+)\s*<\/vuln:Description>/i.exec(m[2])?.[1];
    if (!kbNumber) continue;
    const kb = `KB${kbNumber}`;
    facts.kbs.add(kb);
    const superseded = [...m[2].matchAll(/<vuln:Supercedence>([^<]*)<\/vuln:Supercedence>/g)]
      .flatMap((s) => [...s[1].matchAll(/(?<![\w-])(?:KB)?(\d+)(?![\w-])/gi)].map((n) => `KB${n[1]}`));
    const restart = /<vuln:RestartRequired>\s*yes\s*<\/vuln:RestartRequired>/i.test(m[2]);
    for (const p of m[2].matchAll(/<vuln:ProductID>([^<]*)<\/vuln:ProductID>/g)) {
      const key = `${kb}-${p[1].trim()}`;
      const pair = facts.pairs.get(key) ?? { supersedes: new Set<string>(), restart: false };
      superseded.forEach((s) => pair.supersedes.add(s));
      pair.restart ||= restart;
      facts.pairs.set(key, pair);
    }
  }
  for (const m of text.matchAll(/<vuln:Threat\s+Type="Severity"\s*>\s*<vuln:Description>([^<]*)<\/vuln:Description>/g)) {
    if (SEVERITIES.indexOf(m[1].trim()) > SEVERITIES.indexOf(facts.severity)) facts.severity = m[1].trim();
  }
  return facts;
}

/** 1-based line of a character offset. */
function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

function nthIndexOf(text: string, needle: string, n: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`fewer than ${n} occurrences of ${needle}`);
  }
  return at;
}

const texts = new Map(FILES.map((f) => [f, readFileSync(join(DIR, f), 'utf8')]));
const text = (name: string) => texts.get(`cvrfDocument-2017-${name}.xml`)!;

/** Broken variants of real documents, served beside the real ones under /broken/. */
const broken = new Map<string, string>();
let server: TestServer;

beforeAll(async () => {
  server = await startFileServer(DIR, [
    (req, res) => {
      const body = broken.get(req.url ?? '');
      if (body === undefined) return false;
      res.writeHead(200, { 'content-type': 'application/xml' }).end(body);
      return true;
    },
  ]);
});
afterAll(() => server.close());

function fetchAndParse(path: string): Promise<ParsedDocument> {
  const url = `${server.url}${path}`;
  return parseMsrcCvrf(got.stream(url), { source: 'msrc', url });
}

function serveBroken(name: string, body: string): string {
  const path = `/broken/${name}.xml`;
  broken.set(path, body);
  return path;
}

describe('msrc-cvrf parser on the real 2017 documents', () => {
  it('has the seven sample documents', () => {
    expect(FILES).toHaveLength(7);
  });

  const counts: Record<string, { updates: number; kbs: number }> = {};

  for (const file of FILES) {
    it(`${file}: one bulletin whose KBs, (KB, product) updates, supersedence and severity match the raw XML`, async () => {
      const raw = rawFacts(texts.get(file)!);
      const doc = await fetchAndParse(`/${file}`);
      expect(doc.bulletins).toHaveLength(1);
      const [{ bulletin, updates }] = doc.bulletins;
      counts[bulletin.id] = { updates: updates.length, kbs: new Set(updates.map((u) => u.kb)).size };

      expect(bulletin.id).toBe(raw.id);
      expect(bulletin.title).toBe(raw.title);
      expect(bulletin.vendor).toBe('Microsoft');
      expect(bulletin.vendorSeverity).toBe(raw.severity);
      expect(new Set(updates.map((u) => u.kb))).toEqual(raw.kbs);
      expect(updates).toHaveLength(raw.pairs.size);
      expect(new Set(updates.map((u) => u.id))).toEqual(new Set(raw.pairs.keys()));

      for (const u of updates) {
        const pair = raw.pairs.get(u.id)!;
        expect(u.id).not.toContain('/');
        expect(u.language).toBe('neutral');
        expect(u.bulletinId).toBe(bulletin.id);
        expect(new Set(u.supersedes)).toEqual(pair.supersedes);
        expect(u.restartRequired).toBe(pair.restart);
        expect(u.product).toBeTruthy();
      }
      expect(updates.map((u) => u.id)).toEqual([...updates.map((u) => u.id)].sort());
      expect(bulletin.products).toEqual([...new Set(updates.map((u) => u.product))].sort());
      expect(bulletin.released).toMatch(/Z$/);
      expect(bulletin.revised).toMatch(/Z$/);
    });
  }

  it('prints the per-month update counts', () => {
    console.log('msrc-cvrf per bulletin (updates, distinct KBs):', JSON.stringify(counts));
    expect(Object.keys(counts)).toHaveLength(FILES.length);
  });

  it('reads the March header and the MS17-010 rollup for Windows 7 x64', async () => {
    const [{ bulletin, updates }] = (await fetchAndParse('/cvrfDocument-2017-Mar.xml')).bulletins;
    expect(bulletin.id).toBe('2017-Mar');
    expect(bulletin.title).toBe('March 2017 Security Updates');
    expect(bulletin.released).toBe('2017-03-14T07:00:00Z');
    expect(bulletin.revised).toBe('2017-08-08T07:00:00Z');
    expect(bulletin.vendorSeverity).toBe('Critical');
    expect(bulletin.description).toMatch(/^The March security release consists of security updates for the following software: Internet Explorer Microsoft Edge/);
    expect(bulletin.description).not.toMatch(/[<>]|&\w+;/);

    const rollup = updates.find((u) => u.id === 'KB4012215-10048');
    expect(rollup).toMatchObject({
      kb: 'KB4012215',
      product: 'Windows 7 for x64-based Systems Service Pack 1',
      platform: 'x64',
      updateType: 'Monthly Rollup',
      supersedes: ['KB3212646'],
      url: 'https://catalog.update.microsoft.com/v7/site/Search.aspx?q=KB4012215',
      fileName: '',
      hash: '',
      size: 0,
    });
    const securityOnly = updates.find((u) => u.id === 'KB4012212-10047');
    expect(securityOnly).toMatchObject({ platform: 'x86', updateType: 'Security Only', supersedes: [] });
    // "MS16-110, 3187754": the bulletin id is not a KB and is dropped.
    expect(updates.find((u) => u.id === 'KB4012214-10378')?.supersedes).toContain('KB3187754');
    expect(updates.flatMap((u) => u.supersedes ?? []).every((kb) => /^KB\d+$/.test(kb))).toBe(true);
  });

  it('normalises zone-less dates of the out-of-band May-B document to UTC', async () => {
    const [{ bulletin, updates }] = (await fetchAndParse('/cvrfDocument-2017-May-B.xml')).bulletins;
    expect(bulletin.id).toBe('2017-May-B');
    expect(bulletin.released).toBe('2017-05-08T07:00:00Z');
    expect(updates).toEqual([]);
    expect(bulletin.vendorSeverity).toBe('');
  });

  it('skips the non-KB vendor fixes ("Click to Run", "Release Notes")', async () => {
    const jun = text('Jun');
    expect(jun).toContain('<vuln:Description>Click to Run</vuln:Description>');
    const [{ updates }] = (await fetchAndParse('/cvrfDocument-2017-Jun.xml')).bulletins;
    expect(updates.every((u) => /^KB\d+$/.test(u.kb ?? ''))).toBe(true);
  });
});

describe('msrc-cvrf parser on malformed documents', () => {
  it('rejects the Jun document truncated at half its length with a position', async () => {
    const jun = text('Jun');
    const path = serveBroken('jun-truncated', jun.slice(0, Math.floor(jun.length / 2)));
    const err = await fetchAndParse(path).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'CATALOG_PARSE' });
    expect((err as { details: { position: { line: number } } }).details.position.line).toBeGreaterThan(0);
  });

  it('rejects a corrupted closing tag at the line of the corruption', async () => {
    const mar = text('Mar');
    const at = nthIndexOf(mar, '</vuln:Title>', 40);
    const path = serveBroken('mar-corrupt', `${mar.slice(0, at)}</vuln:Titel>${mar.slice(at + '</vuln:Title>'.length)}`);
    const err = await fetchAndParse(path).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'CATALOG_PARSE', details: { source: 'msrc', position: { line: lineAt(mar, at) } } });
  });

  it('rejects a Vendor Fix naming an unknown ProductID, at that ProductID', async () => {
    const feb = text('Feb');
    const fix = feb.indexOf('<vuln:Remediation Type="Vendor Fix">');
    const productId = feb.indexOf('<vuln:ProductID>', fix);
    const end = feb.indexOf('</vuln:ProductID>', productId);
    const path = serveBroken('feb-unknown-product', `${feb.slice(0, productId)}<vuln:ProductID>NO-SUCH-PRODUCT${feb.slice(end)}`);
    const err = await fetchAndParse(path).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'CATALOG_PARSE', details: { position: { line: lineAt(feb, productId) } } });
    // Named by its position, never quoted (an error must not echo document bytes).
    expect((err as Error).message).toMatch(/ProductID the product tree does not define/);
    expect((err as Error).message).not.toContain('NO-SUCH-PRODUCT');
  });

  it('rejects a Vendor Fix KB with no ProductID', async () => {
    const feb = text('Feb');
    const fix = feb.indexOf('<vuln:Remediation Type="Vendor Fix">');
    const productId = feb.indexOf('<vuln:ProductID>', fix);
    const end = feb.indexOf('</vuln:ProductID>', productId) + '</vuln:ProductID>'.length;
    const path = serveBroken('feb-no-product', feb.slice(0, productId) + feb.slice(end));
    await expect(fetchAndParse(path)).rejects.toMatchObject({ code: 'CATALOG_PARSE', message: expect.stringMatching(/names no ProductID/) });
  });

  it('rejects a document without an ID and one with another root element', async () => {
    const feb = text('Feb');
    const noId = serveBroken('feb-no-id', feb.replace(/<cvrf:ID>[^<]*<\/cvrf:ID>/, ''));
    await expect(fetchAndParse(noId)).rejects.toMatchObject({ code: 'CATALOG_PARSE', message: expect.stringMatching(/ID/) });
    const otherRoot = serveBroken('feb-root', feb.replace('<cvrf:cvrfdoc ', '<cvrf:other ').replace(/<\/cvrf:cvrfdoc>\s*$/, '</cvrf:other>'));
    await expect(fetchAndParse(otherRoot)).rejects.toMatchObject({ code: 'CATALOG_PARSE', details: { position: { line: 2 } } });
  });
});
