import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SHARED_DATA, startFileServer, type TestServer } from './helpers/http-server.js';
import { BIN, quietSchedules, spawnNode, type ProcessNode } from './helpers/process-node.js';
import { tempDir } from './helpers/temp.js';
import { DOTNET, FIVE_LANGUAGE, TOOLS } from './helpers/wsusoffline-lists.js';

// An admin points a wsusoffline source at the folder they have: every file
// of it, whatever its name. The folder here is the shared real lists (six
// languages) plus what the shared data lacks, as wsusoffline's static/
// folder holds it: a .NET list without a language code, a -5lg list, the
// tool lists, and a script that is no list at all.

const nodes: ProcessNode[] = [];
const cleanups: Array<() => Promise<void>> = [];
let parent: ProcessNode;
let server: TestServer;
let folder: string;
let urls: string[];

/** What wsusoffline's static/ holds beside its lists (loaded by its scripts, not downloaded). */
const NOT_A_LIST = 'KB968930.js';
/** The dotnet list names its first download twice: the second is reported by line. */
const DOTNET_TEXT = [...DOTNET, DOTNET[0]].join('\r\n');

function cli(node: ProcessNode, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args, '--url', node.url, '--data', node.dataDir], { timeout: 120_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  const { dir, cleanup } = await tempDir('patchtree-wsus-folder-');
  cleanups.push(cleanup);
  folder = join(dir, 'static');
  mkdirSync(folder);
  for (const name of readdirSync(join(SHARED_DATA, 'wsusoffline'))) copyFileSync(join(SHARED_DATA, 'wsusoffline', name), join(folder, name));
  writeFileSync(join(folder, 'StaticDownloadLinks-dotnet.txt'), DOTNET_TEXT);
  writeFileSync(join(folder, 'StaticDownloadLinks-w60-x64-5lg.txt'), FIVE_LANGUAGE.join('\r\n'));
  for (const [name, line] of Object.entries(TOOLS)) writeFileSync(join(folder, name), `${line}\r\n`);
  writeFileSync(join(folder, NOT_A_LIST), 'var kb968930 = 1;\r\n');
  server = await startFileServer(folder);
  cleanups.push(() => server.close());
  urls = readdirSync(folder).sort().map((name) => `${server.url}/${encodeURIComponent(name)}`);

  parent = await spawnNode(join(dir, 'parent'), { sample: false, languages: ['en-US', 'de-DE', 'fr-FR', 'ja-JP', 'zh-CN', 'zh-TW', 'ar-SA'] });
  nodes.push(parent);
  await quietSchedules(parent);
  expect((await parent.api('PUT', '/sources/wsus', { type: 'wsusoffline', urls })).status).toBe(200);
}, 120_000);

afterAll(async () => {
  for (const n of nodes) await n.kill('SIGKILL');
  for (const c of cleanups.reverse()) await c();
});

describe('a wsusoffline source pointed at a whole folder', () => {
  it('imports every list, whatever its name, and reports what it skipped and why (CLI and GET /imports)', async () => {
    const ran = await cli(parent, 'import', 'wsus');
    expect(ran.code, ran.stderr).toBe(0);
    const skippedLists = Object.keys(TOOLS).length + 1;
    expect(ran.stdout).toContain(`${urls.length} document(s)`);
    expect(ran.stdout).toContain(`skipped: ${skippedLists} document(s), 1 line(s)`);
    for (const name of Object.keys(TOOLS)) expect(ran.stdout).toMatch(new RegExp(`/${name.replace(/[.]/g, '\\.')}: a wsusoffline tool list, not updates: `));
    expect(ran.stdout).toContain(`/${NOT_A_LIST}: not a wsusoffline static download list name`);
    expect(ran.stdout).toContain(`/StaticDownloadLinks-dotnet.txt line ${DOTNET.length + 1}: the same download in the same culture as line 1`);

    const [last] = (await parent.api('GET', '/imports')).body.imports;
    expect(last).toMatchObject({ source: 'wsus', status: 'imported', documents: urls.length });
    expect(last.skipped.documents).toBe(skippedLists);
    expect(last.skipped.lines).toBe(1);
    expect(new Set(last.skipped.items.map((s: { url: string }) => s.url.slice(s.url.lastIndexOf('/') + 1)))).toEqual(new Set([...Object.keys(TOOLS), NOT_A_LIST, 'StaticDownloadLinks-dotnet.txt']));
    for (const item of last.skipped.items) expect(item.reason).toMatch(/^(a wsusoffline tool list, not updates: .+|not a wsusoffline static download list name .+|the same download in the same culture as line 1)$/);
    const listed = await cli(parent, 'imports');
    expect(listed.stdout).toContain(`${skippedLists} document(s), 1 line(s)`);
  });

  it('keeps each distinct URL as its own update in its own culture, and the same ids on a re-import', async () => {
    const converters = (await parent.api('GET', '/bulletins/fileformatconverters')).body.updates;
    const offices = readdirSync(folder).filter((n) => /^StaticDownloadLinks-ofc-(?!glb)[a-z]{3}\.txt$/.test(n));
    expect(converters).toHaveLength(offices.length);
    expect(new Set(converters.map((u: { url: string }) => u.url)).size).toBe(offices.length);
    expect(new Set(converters.map((u: { language: string }) => u.language))).toEqual(new Set(['zh-CN', 'de-DE', 'en-US', 'fr-FR', 'ja-JP']));

    const scripten = (await parent.api('GET', '/bulletins/scripten')).body.updates;
    expect(scripten.map((u: { product: string }) => u.product).sort()).toEqual(['w2k3-x86', 'wxp-x86']);

    // The list without a code: .NET 4.6 in the cultures its file names say, one bulletin.
    const dotnet = (await parent.api('GET', '/bulletins/KB3045557')).body;
    expect(dotnet.updates.map((u: { language: string }) => u.language).sort()).toEqual(['ar-SA', 'en-US', 'zh-CN']);
    expect((await parent.api('GET', '/bulletins/dotnetfx40lp_full_x86_x64')).body.updates.map((u: { language: string }) => u.language).sort())
      .toEqual(['ar-SA', 'de-DE', 'nb-NO', 'pt-BR', 'pt-PT', 'zh-CN', 'zh-TW']);

    const again = (await parent.api('POST', '/sources/wsus/import', { force: true })).body;
    expect(again.updates).toMatchObject({ added: 0, changed: 0, removed: 0 });
    expect(again.updates.unchanged).toBeGreaterThan(0);
  });

  it('gives a de-DE child the German converter, and it alone', async () => {
    const registered = (await parent.api('POST', '/children', { id: 'site-de' })).body;
    const child = await spawnNode(join(folder, '..', 'child'), { sample: false, languages: ['de-DE'], pollSeconds: 3600, parent: { url: parent.url, childId: 'site-de', credential: registered.credential, publisherKeys: registered.publisherKeys } });
    nodes.push(child);
    const pulled = (await child.api('POST', '/replication/pull', { rules: ['catalog'] })).body;
    expect(pulled.runs[0]).toMatchObject({ status: 'ok' });
    const converters = (await child.api('GET', '/bulletins/fileformatconverters')).body.updates;
    expect(converters).toHaveLength(1);
    expect(converters[0]).toMatchObject({ language: 'de-DE', fileName: 'FileFormatConverters.exe' });
    const atParent = (await parent.api('GET', '/bulletins/fileformatconverters')).body.updates.find((u: { language: string }) => u.language === 'de-DE');
    expect(converters[0].url).toBe(atParent.url);
  });

  it('reads a file: folder the config names: every file directly in it, none outside, and a file added or removed is a change', async () => {
    // A copy of the folder, with what must not be read: a subfolder (wsusoffline's static/custom/) and a link out.
    const local = join(folder, '..', 'local-static');
    mkdirSync(join(local, 'custom'), { recursive: true });
    for (const name of readdirSync(folder)) copyFileSync(join(folder, name), join(local, name));
    writeFileSync(join(local, 'custom', 'StaticDownloadLinks-dotnet.txt'), 'not a URL\r\n');
    writeFileSync(join(folder, '..', 'outside.txt'), 'not a URL\r\n');
    symlinkSync(join(folder, '..', 'outside.txt'), join(local, 'StaticDownloadLinks-linked-enu.txt'));
    const folderUrl = `${pathToFileURL(local).href}/`;
    const node = await spawnNode(join(folder, '..', 'local-node'), { sample: false, languages: ['en-US'], sources: [{ name: 'wsus', type: 'wsusoffline', urls: [folderUrl] }] });
    nodes.push(node);
    await quietSchedules(node);

    const first = (await node.api('POST', '/sources/wsus/import')).body;
    expect(first).toMatchObject({ status: 'imported', documents: readdirSync(folder).length });
    expect(first.skipped).toMatchObject({ documents: Object.keys(TOOLS).length + 1, lines: 1 });
    const atParent = (await parent.api('GET', '/status')).body.counts;
    expect((await node.api('GET', '/status')).body.counts).toMatchObject({ bulletin: atParent.bulletin, update: atParent.update });
    expect((await node.api('POST', '/sources/wsus/import')).body.status).toBe('not-modified');

    // A list added to the folder is read at the next import; removed, its updates go.
    writeFileSync(join(local, 'StaticDownloadLinks-extra-enu.txt'), 'http://download.microsoft.com/download/0/0/0/00000000-0000-0000-0000-000000000000/Extra-KB999999-x64.exe\r\n');
    const added = (await node.api('POST', '/sources/wsus/import')).body;
    expect(added).toMatchObject({ status: 'imported', documents: first.documents + 1, updates: { added: 1, removed: 0 } });
    rmSync(join(local, 'StaticDownloadLinks-extra-enu.txt'));
    expect((await node.api('POST', '/sources/wsus/import')).body).toMatchObject({ status: 'imported', updates: { added: 0, removed: 1 } });
  });
});
