import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { PatchtreeError } from '../protocol/index.js';
import { parseWsusOffline, WSUS_LANGUAGES } from '../catalog/sources/wsusoffline.js';
import { fetchDocument } from '../catalog/sources/fetch.js';
import { TEST_FETCH_POLICY } from './helpers/fetch-policy.js';
import type { ParsedDocument } from '../catalog/sources/model.js';
import { SHARED_DATA, startFileServer, type TestServer } from './helpers/http-server.js';
import { DOTNET, DOTNET_CULTURES, FIVE_LANGUAGE, MS, TOOLS } from './helpers/wsusoffline-lists.js';
import { MAX_SKIPS_LISTED, SkipLog } from '../catalog/import/import-report.js';

const DIR = join(SHARED_DATA, 'wsusoffline');
const LISTS = readdirSync(DIR).filter((name) => name.endsWith('.txt')).sort();

/** Microsoft's 25 codes as the task states them, typed out here so the parser's table is checked against a second copy. */
const EXPECTED_LANGUAGES: Record<string, string> = {
  enu: 'en-US', deu: 'de-DE', fra: 'fr-FR', jpn: 'ja-JP', chs: 'zh-CN', cht: 'zh-TW', kor: 'ko-KR', ita: 'it-IT',
  esn: 'es-ES', rus: 'ru-RU', ptb: 'pt-BR', ptg: 'pt-PT', nld: 'nl-NL', sve: 'sv-SE', nor: 'nb-NO', fin: 'fi-FI',
  dan: 'da-DK', plk: 'pl-PL', hun: 'hu-HU', csy: 'cs-CZ', ell: 'el-GR', trk: 'tr-TR', heb: 'he-IL', ara: 'ar-SA',
  glb: 'neutral',
};

/* Facts read from the raw lists with plain string work, independently of the parser. */

const rawLines = (name: string) => readFileSync(join(DIR, name), 'utf8').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
const urlOf = (line: string) => line.split(',')[0];
const fileNameOf = (line: string) => line.split(',')[1] ?? urlOf(line).slice(urlOf(line).lastIndexOf('/') + 1);
const WINDOWSUPDATE_SHA1 = /^https?:\/\/(?:[^/]+\.)?windowsupdate\.com\/.*_([0-9a-f]{40})\.\w+$/i;

let server: TestServer;
const parsed = new Map<string, ParsedDocument>();
/** Lists served under /variant/<list name>: edited copies, made per test. */
const variants = new Map<string, string>();

function serveVariant(req: IncomingMessage, res: ServerResponse): boolean {
  const path = req.url ?? '/';
  if (!path.startsWith('/variant/')) return false;
  const text = variants.get(decodeURIComponent(path.slice('/variant/'.length)));
  if (text === undefined) return false;
  res.writeHead(200, { 'content-type': 'text/plain' }).end(text);
  return true;
}

type Skips = Array<{ line?: number; reason: string }>;

async function parseUrl(url: string, skips?: Skips): Promise<ParsedDocument> {
  const fetched = await fetchDocument(url, { policy: TEST_FETCH_POLICY, retries: 0 });
  if (fetched === 'not-modified') throw new Error('unexpected 304');
  return parseWsusOffline(fetched.body, { source: 'wsusoffline', url, skip: (s) => skips?.push(s) });
}

async function parseVariant(listName: string, text: string, skips?: Skips): Promise<ParsedDocument> {
  variants.set(listName, text);
  return parseUrl(`${server.url}/variant/${encodeURIComponent(listName)}`, skips);
}

async function parseError(listName: string, text: string): Promise<PatchtreeError> {
  const err = await parseVariant(listName, text).then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(PatchtreeError);
  expect((err as PatchtreeError).code).toBe('CATALOG_PARSE');
  return err as PatchtreeError;
}

const updatesOf = (doc: ParsedDocument) => doc.bulletins.flatMap((b) => b.updates);
const positionOf = (err: PatchtreeError) => err.details.position as { line?: number; entry?: number };

beforeAll(async () => {
  server = await startFileServer(DIR, [serveVariant]);
  for (const name of LISTS) parsed.set(name, await parseUrl(`${server.url}/${name}`));
});

afterAll(() => server.close());

describe('wsusoffline language table', () => {
  it('maps all 25 of Microsoft\'s codes, each to a distinct tag', () => {
    expect(Object.keys(WSUS_LANGUAGES)).toHaveLength(25);
    expect(new Set(Object.values(WSUS_LANGUAGES)).size).toBe(25);
    expect(WSUS_LANGUAGES).toEqual(EXPECTED_LANGUAGES);
    expect(Object.isFrozen(WSUS_LANGUAGES)).toBe(true);
  });
});

describe('wsusoffline parser over HTTP, every sample list', () => {
  it('gives one update per distinct non-empty line of every list', () => {
    let expectedTotal = 0;
    let actualTotal = 0;
    for (const name of LISTS) {
      const distinct = new Set(rawLines(name));
      const updates = updatesOf(parsed.get(name)!);
      expect(updates, name).toHaveLength(distinct.size);
      expect(new Set(updates.map((u) => u.url)), name).toEqual(new Set([...distinct].map(urlOf)));
      expectedTotal += distinct.size;
      actualTotal += updates.length;
    }
    expect(actualTotal).toBe(expectedTotal);

    const all = [...parsed.values()].flatMap(updatesOf);
    const byLanguage: Record<string, number> = {};
    for (const u of all) byLanguage[u.language] = (byLanguage[u.language] ?? 0) + 1;
    console.log('wsusoffline totals', {
      lists: LISTS.length,
      emptyLists: LISTS.filter((n) => rawLines(n).length === 0).length,
      bulletins: [...parsed.values()].reduce((n, d) => n + d.bulletins.length, 0),
      distinctBulletinIds: new Set([...parsed.values()].flatMap((d) => d.bulletins.map((b) => b.bulletin.id))).size,
      updates: all.length,
      sha1Updates: all.filter((u) => u.hashAlgorithm === 'sha1').length,
      withKb: all.filter((u) => u.kb).length,
      byLanguage,
    });
  });

  it('gives zero bulletins for an empty list', () => {
    const empty = LISTS.filter((n) => readFileSync(join(DIR, n)).length === 0);
    expect(empty.length).toBeGreaterThan(0);
    for (const name of empty) expect(parsed.get(name)!.bulletins, name).toEqual([]);
  });

  it('takes the language from the list, unless the file name names a culture', () => {
    for (const name of LISTS.filter((n) => n.endsWith('-deu.txt'))) {
      for (const u of updatesOf(parsed.get(name)!)) expect(u.language, `${name} ${u.fileName}`).toBe('de-DE');
    }
    for (const u of updatesOf(parsed.get('StaticDownloadLinks-w63-x64-glb.txt')!)) expect(u.language).toBe('neutral');

    // MSE lines name the culture in the local file name: MSEInstall-x64-csy.exe -> cs-CZ.
    const msse = rawLines('StaticDownloadLinks-msse-x64-glb.txt');
    const updates = updatesOf(parsed.get('StaticDownloadLinks-msse-x64-glb.txt')!);
    for (const line of msse) {
      const code = /^MSEInstall-x64-([a-z]{3})\.exe$/i.exec(fileNameOf(line))?.[1];
      const update = updates.find((u) => u.url === urlOf(line))!;
      expect(update.fileName).toBe(fileNameOf(line));
      expect(update.language, line).toBe(code ? EXPECTED_LANGUAGES[code.toLowerCase()] : 'neutral');
    }
    expect(updates.find((u) => u.fileName === 'MSEInstall-x64-csy.exe')!.language).toBe('cs-CZ');

    // A culture such as -de-de in a glb list: IE10 for Windows 7 in German.
    const w61 = updatesOf(parsed.get('StaticDownloadLinks-w61-x64-glb.txt')!);
    expect(w61.find((u) => u.fileName === 'IE10-Windows6.1-x64-de-de.exe')!.language).toBe('de-DE');
    expect(w61.find((u) => u.fileName === 'IE10-Windows6.1-x64-en-us.exe')!.language).toBe('en-US');
    for (const u of w61.filter((x) => /\.msu$/.test(x.fileName ?? ''))) expect(u.language, u.fileName ?? '').toBe('neutral');
  });

  it('reads the SHA-1 embedded in windowsupdate.com file names, and only there', () => {
    let sha1Lines = 0;
    for (const name of LISTS) {
      const updates = updatesOf(parsed.get(name)!);
      for (const line of new Set(rawLines(name))) {
        const update = updates.find((u) => u.url === urlOf(line))!;
        const sha1 = WINDOWSUPDATE_SHA1.exec(urlOf(line))?.[1];
        if (sha1) sha1Lines++;
        expect(update.hashAlgorithm, line).toBe(sha1 ? 'sha1' : '');
        expect(update.hash, line).toBe(sha1 ? sha1.toLowerCase() : '');
      }
    }
    expect(sha1Lines).toBeGreaterThan(0);
  });

  it('groups a list\'s files by KB, else by file stem', () => {
    for (const name of LISTS) {
      const doc = parsed.get(name)!;
      const kbsFromFileNames = new Set(rawLines(name).map((line) => /kb(\d+)/i.exec(fileNameOf(line))).filter((m) => m).map((m) => `KB${m![1]}`));
      expect(new Set(doc.bulletins.map((b) => b.bulletin.id).filter((id) => /^KB\d+$/.test(id))), name).toEqual(kbsFromFileNames);
      for (const { bulletin, updates } of doc.bulletins) {
        expect(bulletin.vendor).toBe('Microsoft');
        expect(bulletin.released).toBe('');
        for (const u of updates) expect(u.kb === '' ? true : u.kb === bulletin.id, `${name} ${u.fileName}`).toBe(true);
      }
    }
    // All 22 MSE installers of one list are one bulletin, whatever their language.
    const msse = parsed.get('StaticDownloadLinks-msse-x64-glb.txt')!;
    const mse = msse.bulletins.filter((b) => b.updates.some((u) => u.fileName?.startsWith('MSEInstall-')));
    expect(mse).toHaveLength(1);
    expect(mse[0].updates).toHaveLength(rawLines('StaticDownloadLinks-msse-x64-glb.txt').filter((l) => /,MSEInstall-x64-/.test(l)).length);
  });

  it('gives the same bulletin id to the same KB in different lists', () => {
    const idOf = (list: string, kb: string) => parsed.get(list)!.bulletins.find((b) => b.updates.some((u) => u.kb === kb))?.bulletin.id;
    expect(idOf('StaticDownloadLinks-wxp-x86-deu.txt', 'KB4012598')).toBe('KB4012598');
    expect(idOf('StaticDownloadLinks-wxp-x86-enu.txt', 'KB4012598')).toBe('KB4012598');
    expect(idOf('StaticDownloadLinks-w62-x64-glb.txt', 'KB4012598')).toBe('KB4012598');
    // And a KB-less installer in several language lists lands in one bulletin too.
    const ie9 = LISTS.filter((n) => /^StaticDownloadLinks-ie9-w61-x64-/.test(n)).map((n) => parsed.get(n)!.bulletins.find((b) => b.updates[0].fileName?.startsWith('IE9-'))!.bulletin.id);
    expect(new Set(ie9).size).toBe(1);
  });

  it('takes product and platform from the list name', () => {
    const ie9 = parsed.get('StaticDownloadLinks-ie9-w61-x64-deu.txt')!;
    for (const u of updatesOf(ie9)) expect(u).toMatchObject({ product: 'ie9-w61-x64', platform: 'x64', size: 0, updateType: 'Update', restartRequired: false });
    for (const { bulletin } of ie9.bulletins) expect(bulletin.products).toEqual(['ie9-w61-x64']);
    expect(updatesOf(parsed.get('StaticDownloadLinks-o2k10-enu.txt')!).every((u) => u.product === 'o2k10')).toBe(true);
    expect(updatesOf(parsed.get('StaticDownloadLink-wddefs-x86-glb.txt')!)[0]).toMatchObject({ product: 'wddefs-x86', platform: 'x86', language: 'neutral' });
  });
});

describe('wsusoffline parser, malformed lists', () => {
  const sample = 'StaticDownloadLinks-w61-x64-glb.txt';

  it('a garbage line in the middle is CATALOG_PARSE with its line number', async () => {
    const lines = readFileSync(join(DIR, sample), 'utf8').split('\r\n');
    lines.splice(4, 0, 'this is not a url');
    const err = await parseError(sample, lines.join('\r\n'));
    expect(positionOf(err).line).toBe(5);
    expect(positionOf(err).entry).toBe(5);
    expect(err.details.source).toBe('wsusoffline');
  });

  it('counts blank lines in the line number but not in the entry number', async () => {
    const lines = rawLines(sample);
    const text = [lines[0], '', lines[1], 'ftp://example.com/file.exe', lines[2]].join('\n');
    const err = await parseError(sample, text);
    expect(positionOf(err)).toMatchObject({ line: 4, entry: 3 });
  });

  it('skips and reports a name that is not a list name, and reads an unknown code as part of a list name without a language', async () => {
    const text = rawLines(sample).join('\n');
    const skips: Array<{ line?: number; reason: string }> = [];
    expect((await parseVariant('links.txt', text, skips)).bulletins).toEqual([]);
    expect(skips).toEqual([{ reason: expect.stringContaining('not a wsusoffline static download list name') }]);
    // No code: each file's own culture, neutral when it names none (these .msu name none).
    const unknown = updatesOf(await parseVariant('StaticDownloadLinks-w61-x64-xyz.txt', text));
    expect(unknown).toHaveLength(new Set(rawLines(sample)).size);
    expect(unknown.every((u) => u.product === 'w61-x64-xyz' && u.platform === 'x64')).toBe(true);
    expect(new Set(unknown.filter((u) => /\.msu$/.test(u.fileName ?? '')).map((u) => u.language))).toEqual(new Set(['neutral']));
  });

  it('keeps one update for a download listed twice, and reports the repeated lines', async () => {
    const lines = rawLines(sample);
    const skips: Array<{ line?: number; reason: string }> = [];
    const doc = await parseVariant(sample, [...lines, lines[0], lines[3]].join('\n'), skips);
    expect(updatesOf(doc)).toHaveLength(new Set(lines).size);
    expect(skips).toEqual([
      { line: lines.length + 1, reason: 'the same download in the same culture as line 1' },
      { line: lines.length + 2, reason: 'the same download in the same culture as line 4' },
    ]);
  });
});

/*
 * Full fidelity: every distinct URL is its own update in its own culture, a
 * list without a language code is read, tool lists are skipped. The real
 * lists of ../shared/data hold six languages; the names it lacks are small
 * synthetic lists written from lines of wsusoffline's published static/
 * folder (942da75).
 */

/** The update id as the README defines it, computed here independently of the parser. */
const expectedId = (fileName: string, url: string, culture: string) =>
  `${fileName.toLowerCase()}~${createHash('sha256').update(`${culture}\n${new URL(url).href}`).digest('hex').slice(0, 16)}`;

const listCode = (name: string) => /-([a-z]{3})\.txt$/i.exec(name)?.[1].toLowerCase();

describe('wsusoffline, every download its own update in its own culture (real lists)', () => {
  it('keeps distinct URLs that share a file name apart, each in the culture of its list', () => {
    const byName = new Map<string, Map<string, string>>(); // lowercased file name -> url -> list
    for (const name of LISTS) {
      for (const line of rawLines(name)) {
        const urls = byName.get(fileNameOf(line).toLowerCase()) ?? new Map<string, string>();
        urls.set(urlOf(line), name);
        byName.set(fileNameOf(line).toLowerCase(), urls);
      }
    }
    const shared = [...byName].filter(([, urls]) => urls.size > 1);
    expect(shared.map(([n]) => n)).toEqual(expect.arrayContaining(['fileformatconverters.exe', 'scripten.exe']));
    for (const [fileName, urls] of shared) {
      const ids = new Set<string>();
      for (const [url, list] of urls) {
        const update = updatesOf(parsed.get(list)!).find((u) => u.url === url)!;
        const code = listCode(list)!;
        // A list with a code gives its culture; a glb list the culture the file names (none here: neutral).
        const culture = code === 'glb' ? 'neutral' : EXPECTED_LANGUAGES[code];
        expect(update.language, `${fileName} in ${list}`).toBe(culture);
        expect(update.id).toBe(expectedId(update.fileName!, url, culture));
        ids.add(update.id);
      }
      expect(ids.size, fileName).toBe(urls.size);
    }

    // The Office lists' converters: one per language list, de-DE and en-US included.
    const converters = LISTS.filter((n) => n.startsWith('StaticDownloadLinks-ofc-')).flatMap((n) => updatesOf(parsed.get(n)!).filter((u) => u.fileName === 'FileFormatConverters.exe'));
    expect(new Set(converters.map((u) => u.language))).toEqual(new Set(['de-DE', 'en-US', 'fr-FR', 'ja-JP', 'zh-CN']));
    expect(new Set(converters.map((u) => u.bulletinId))).toEqual(new Set(['fileformatconverters']));
    // XP's scripten.exe and Server 2003's: two updates, each with its product.
    const scripten = ['StaticDownloadLinks-w2k3-x86-glb.txt', 'StaticDownloadLinks-wxp-x86-glb.txt'].map((n) => updatesOf(parsed.get(n)!).find((u) => u.fileName === 'scripten.exe')!);
    expect(scripten.map((u) => u.product)).toEqual(['w2k3-x86', 'wxp-x86']);
    expect(scripten[0].id).not.toBe(scripten[1].id);
  });

  it('gives every update an id from its URL and culture: the same on every import, unique per download and culture', async () => {
    const byId = new Map<string, string>();
    for (const name of LISTS) {
      for (const u of updatesOf(parsed.get(name)!)) {
        expect(u.id).toBe(expectedId(u.fileName!, u.url!, u.language));
        const download = `${u.language} ${u.url}`;
        expect(byId.get(u.id) ?? download, u.id).toBe(download);
        byId.set(u.id, download);
      }
    }
    const again = await parseUrl(`${server.url}/StaticDownloadLinks-ofc-deu.txt`);
    expect(updatesOf(again).map((u) => u.id)).toEqual(updatesOf(parsed.get('StaticDownloadLinks-ofc-deu.txt')!).map((u) => u.id));
    // The URL as parsed: the host's case does not make another update, another path does.
    const [line] = rawLines('StaticDownloadLinks-ofc-deu.txt');
    const respelled = updatesOf(await parseVariant('StaticDownloadLinks-ofc-deu.txt', line.replace('download.microsoft.com', 'DOWNLOAD.Microsoft.com')));
    const moved = updatesOf(await parseVariant('StaticDownloadLinks-ofc-deu.txt', line.replace('/download/', '/download2/')));
    const original = updatesOf(parsed.get('StaticDownloadLinks-ofc-deu.txt')!).find((u) => u.url === urlOf(line))!;
    expect(respelled[0].id).toBe(original.id);
    expect(moved[0].id).not.toBe(original.id);
  });
});

describe('wsusoffline, lists without a language code and tool lists (synthetic)', () => {
  it('reads a list without a code (StaticDownloadLinks-dotnet.txt) with the culture each file name says, neutral when none', async () => {
    const updates = updatesOf(await parseVariant('StaticDownloadLinks-dotnet.txt', DOTNET.join('\r\n')));
    expect(new Map(updates.map((u) => [u.url, u.language]))).toEqual(new Map(DOTNET.map((url, i) => [url, DOTNET_CULTURES[i]])));
    for (const u of updates) expect(u).toMatchObject({ product: 'dotnet', id: expectedId(u.fileName!, u.url!, u.language) });
    // The .NET 4.6 installers of two cultures meet in their KB's bulletin, each its own update.
    const kb = updates.filter((u) => u.kb === 'KB3045557');
    expect(kb.map((u) => u.language).sort()).toEqual(['ar-SA', 'en-US', 'zh-CN']);
    expect(new Set(kb.map((u) => u.bulletinId))).toEqual(new Set(['KB3045557']));
  });

  it('reads a -5lg list as its glb list: product without the marker, cultures from the file names', async () => {
    const updates = updatesOf(await parseVariant('StaticDownloadLinks-w60-x64-5lg.txt', FIVE_LANGUAGE.join('\r\n')));
    expect(new Map(updates.map((u) => [u.url, u.language]))).toEqual(new Map(FIVE_LANGUAGE.map((url, i) => [url, ['neutral', 'neutral', 'en-US', 'de-DE', 'neutral'][i]])));
    for (const u of updates) expect(u).toMatchObject({ product: 'w60-x64', platform: 'x64' });
    // A download of the glb list and its -5lg variant is one update (same URL, same culture).
    const glb = updatesOf(parsed.get('StaticDownloadLinks-w60-x64-glb.txt')!).find((u) => u.url === FIVE_LANGUAGE[4])!;
    expect(updates.find((u) => u.url === FIVE_LANGUAGE[4])!.id).toBe(glb.id);
  });

  it('keeps a list code\'s culture for a file named in another: a chs list\'s -ENU file is for Chinese systems', async () => {
    // As Server 2003 x64's chs list names WindowsServer2003-KB4012598-x64-custom-ENU.exe.
    const url = `${MS}/9/3/E/93E0745A-EF1B-4C35-8B3E-62E3ED1F9C48/WindowsServer2003-KB4012598-x64-custom-ENU.exe`;
    const [chs] = updatesOf(await parseVariant('StaticDownloadLinks-w2k3-x64-chs.txt', url));
    const [enu] = updatesOf(await parseVariant('StaticDownloadLinks-w2k3-x64-enu.txt', url));
    expect([chs.language, enu.language]).toEqual(['zh-CN', 'en-US']);
    expect(chs.id).not.toBe(enu.id);
  });

  it('skips each tool list, reads nothing of it, and says which tool it is', async () => {
    for (const [name, line] of Object.entries(TOOLS)) {
      const skips: Skips = [];
      expect((await parseVariant(name, `${line}\r\nnot even a URL`, skips)).bulletins, name).toEqual([]);
      expect(skips, name).toEqual([{ reason: expect.stringMatching(/^a wsusoffline tool list, not updates: /) }]);
    }
  });
});

describe('the import report of skips', () => {
  it('counts every skip but lists the first MAX_SKIPS_LISTED, with URLs shown without credentials and cut', () => {
    const log = new SkipLog();
    const secret = `https://admin:hunter2@mirror.example/${'x'.repeat(1000)}/StaticDownloadLinks-dotnet.txt`;
    log.add(secret, { reason: 'a whole document' });
    for (let line = 1; line <= 3 * MAX_SKIPS_LISTED; line++) log.add(`${server.url}/StaticDownloadLinks-dotnet.txt`, { line, reason: 'again' });
    const report = log.result();
    expect(report).toMatchObject({ documents: 1, lines: 3 * MAX_SKIPS_LISTED });
    expect(report.items).toHaveLength(MAX_SKIPS_LISTED);
    expect(report.items[0].url).not.toContain('hunter2');
    expect(report.items[0].url.length).toBeLessThanOrEqual(301);
    expect(report.items[1]).toEqual({ url: `${server.url}/StaticDownloadLinks-dotnet.txt`, line: 1, reason: 'again' });
    expect(JSON.stringify(report).length).toBeLessThan(MAX_SKIPS_LISTED * 400);
  });
});
