import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeCatalog } from '../catalog/index.js';
import { startFileServer, type TestServer } from './helpers/http-server.js';
import { quietSchedules, recordsOf, spawnNode, type ProcessNode } from './helpers/process-node.js';
import { tempDir } from './helpers/temp.js';
import { waitFor as waitUntil } from './helpers/wait.js';

// Issue 10, hierarchy behaviour: a bulletin that left a child's language gives
// no mismatch that never clears; a mid-tier pulls what its parent's rules say
// (its own rules are for its children); a child configured as in the README
// does not import the bundled sample; files of a language a node dropped leave
// its content store. Node ids are generated and child ids chosen by the admin,
// as the README tells an admin to build a hierarchy.

const LANGUAGES = ['en-US', 'de-DE', 'fr-FR'];
let dir: string;
let cleanup: () => Promise<void>;
let server: TestServer;
let hq: ProcessNode;
const nodes: ProcessNode[] = [];
const blobs = new Map<string, Buffer>();
let nativePath: string;

function update(bulletin: string, id: string, language: string, size: number) {
  const bytes = randomBytes(size);
  blobs.set(id, bytes);
  return { id, kb: `KB${9000 + blobs.size}`, language, url: `${server.url}/files/${id}`, fileName: id, size, hashAlgorithm: 'sha256', hash: createHash('sha256').update(bytes).digest('hex'), product: `Contoso ${bulletin}`, platform: 'x64' };
}
const contentPath = (node: ProcessNode, hash: string) => join(node.dataDir, 'content', 'sha256', hash.slice(0, 2), hash);

let lines: Array<{ id: string; vendor: string; title: string; updates: Array<ReturnType<typeof update>> }> = [];
const writeNative = () => writeFile(nativePath, lines.map((l) => JSON.stringify(l)).join('\n'));

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('patchtree-issue10-tiers-'));
  server = await startFileServer('/nonexistent', [
    (req, res) => {
      const name = /^\/files\/(.+)$/.exec(req.url ?? '')?.[1];
      if (!name || !blobs.has(name)) return false;
      const bytes = blobs.get(name)!;
      res.writeHead(200, { 'content-length': bytes.length }).end(bytes);
      return true;
    },
  ]);
  lines = [
    { id: 'LEFT-1', vendor: 'Contoso', title: 'Leaves de-DE later', updates: [update('LEFT-1', 'left-en.msi', 'en-US', 2048), update('LEFT-1', 'left-de.msi', 'de-DE', 2048)] },
    { id: 'POL-1', vendor: 'Contoso', title: 'Policy one', updates: [update('POL-1', 'pol1-en.msi', 'en-US', 4096), update('POL-1', 'pol1-all.msi', 'neutral', 4096)] },
    { id: 'POL-2', vendor: 'Contoso', title: 'Policy two', updates: [update('POL-2', 'pol2-en.msi', 'en-US', 4096)] },
    { id: 'CONTENT-1', vendor: 'Contoso', title: 'Files in two languages', updates: [update('CONTENT-1', 'content-en.msi', 'en-US', 1_500_000), update('CONTENT-1', 'content-de.msi', 'de-DE', 1_500_000)] },
  ];
  nativePath = join(dir, 'contoso.ndjson');
  await writeNative();
  const generated = join(dir, 'generated.ndjson.gz');
  await writeCatalog(generated, { seed: 1011, bulletins: 200, languages: ['neutral', ...LANGUAGES], updatesPerBulletin: [3, 8] });

  hq = await spawnNode(join(dir, 'hq'), {
    sample: false,
    languages: LANGUAGES,
    sources: [
      { name: 'generated', type: 'native', urls: [pathToFileURL(generated).href] },
      { name: 'contoso', type: 'native', urls: [pathToFileURL(nativePath).href] },
    ],
  });
  nodes.push(hq);
  await quietSchedules(hq);
  for (const source of ['generated', 'contoso']) expect((await hq.api('POST', `/sources/${source}/import`)).status).toBe(200);
  for (const id of ['POL-1', 'POL-2', 'CONTENT-1']) expect((await stage(hq, id)).result).toMatchObject({ staged: true });
});
afterAll(async () => {
  for (const n of nodes) await n.kill('SIGKILL');
  await server?.close();
  await cleanup?.();
});

async function stage(node: ProcessNode, id: string) {
  let job = (await node.api('POST', `/bulletins/${id}/stage`)).body;
  for (let i = 0; job.status === 'running' && i < 600; i++) {
    await new Promise((ok) => setTimeout(ok, 50));
    job = (await node.api('GET', `/jobs/${job.id}`)).body;
  }
  return job;
}

const waitFor = <T>(probe: () => Promise<T | undefined>, what: string, ms = 30_000) => waitUntil(what, probe, ms);

/** Registers `childId` on `parent` and starts a child process for it; resolves once its start-up runs are recorded. */
async function startChild(parent: ProcessNode, childId: string, languages: string[], extra: Record<string, unknown> = { sample: false, pollSeconds: 3600 }): Promise<ProcessNode> {
  const registered = await parent.api('POST', '/children', { id: childId });
  expect(registered.status).toBe(201);
  const child = await spawnNode(join(dir, childId), { ...extra, languages, parent: { url: parent.url, childId, credential: registered.body.credential, publisherKeys: registered.body.publisherKeys } });
  nodes.push(child);
  await waitFor(async () => {
    const runs = (await child.api('GET', '/replication/runs')).body.runs as any[];
    return ['catalog', 'policies', 'content'].every((rule) => runs.some((r) => r.rule === rule && r.trigger === 'start')) ? runs : undefined;
  }, `the start-up runs of ${childId}`);
  return child;
}

async function pull(node: ProcessNode, body: Record<string, unknown>) {
  const res = await node.api('POST', '/replication/pull', body);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  for (const run of res.body.runs) expect(run.status, `${run.rule} run: ${JSON.stringify(run.error)}`).toBe('ok');
  return res.body.runs as any[];
}

const keysOf = async (node: ProcessNode, prefix: string) => [...(await recordsOf(node, (r) => r.key.startsWith(prefix))).keys()].sort();

describe('a bulletin that left the child\'s language (issue 10)', () => {
  it('gives no verification mismatch that never clears: the second 100% run reports mismatched 0 and repaired 0', async () => {
    const child = await startChild(hq, 'site-de', ['de-DE']);
    await pull(child, { rules: ['catalog'], verifyPercent: 100 });
    expect(await keysOf(child, 'b/LEFT-1')).toEqual(['b/LEFT-1']);
    expect(await keysOf(child, 'u/LEFT-1/')).toEqual(['u/LEFT-1/left-de.msi']);

    // LEFT-1 loses its de-DE update on the top parent; it stays for en-US.
    lines[0] = { ...lines[0], updates: lines[0].updates.filter((u) => u.language !== 'de-DE') };
    await writeNative();
    const imported = await hq.api('POST', '/sources/contoso/import', { force: true });
    expect(imported.status).toBe(200);
    expect(await keysOf(hq, 'u/LEFT-1/')).toEqual(['u/LEFT-1/left-en.msi']);

    const [first] = await pull(child, { rules: ['catalog'], verifyPercent: 100 });
    expect(first.verification.digestEqual).toBe(true);
    const [second] = await pull(child, { rules: ['catalog'], verifyPercent: 100 });
    expect(second.verification, 'second 100% run after LEFT-1 left de-DE').toMatchObject({ digestEqual: true, mismatched: 0, repaired: 0, fellBackToComplete: false });
    expect(await keysOf(child, 'b/LEFT-1')).toEqual([]);
    expect(await keysOf(child, 'u/LEFT-1/')).toEqual([]);
    await child.kill();
  });
});

describe('a mid-tier\'s own policies rule (issue 10)', () => {
  it('narrows only what its children pull, not its own pull from its parent', async () => {
    const p1 = await hq.api('POST', '/policies', { name: 'Policy one', bulletinIds: ['POL-1'] });
    const p2 = await hq.api('POST', '/policies', { name: 'Policy two', bulletinIds: ['POL-2'] });
    expect([p1.status, p2.status]).toEqual([201, 201]);
    const [P1, P2] = [p1.body.id as string, p2.body.id as string];

    const mid = await startChild(hq, 'region-1', ['en-US', 'de-DE']);
    await pull(mid, { rules: ['policies'] });
    expect(await keysOf(mid, 'p/')).toEqual([`p/${P1}`, `p/${P2}`].sort());

    // The mid-tier admin narrows the policies rule for the mid-tier's own children.
    const set = await mid.api('PUT', '/replication/rules/policies', { policyIds: [P1] });
    expect(set.status).toBe(200);
    await pull(mid, { rules: ['policies'] });
    expect.soft(await keysOf(mid, 'p/'), 'the mid-tier pulls what hq\'s rule says (all policies)').toEqual([`p/${P1}`, `p/${P2}`].sort());
    expect.soft(await keysOf(mid, `e/${P2}/`)).toEqual([`e/${P2}/u/POL-2/pol2-en.msi`]);

    const leaf = await startChild(mid, 'site-1', ['en-US']);
    await pull(leaf, { rules: ['policies'] });
    expect(await keysOf(leaf, 'p/'), 'the leaf pulls what the mid-tier\'s rule says').toEqual([`p/${P1}`]);
    expect(await keysOf(leaf, 'e/')).toEqual([`e/${P1}/u/POL-1/pol1-all.msi`, `e/${P1}/u/POL-1/pol1-en.msi`]);
    await leaf.kill();
    await mid.kill();
  });
});

describe('a child configured as in the README (issue 10)', () => {
  it('has no sample source and holds no local records when its config has a parent and no `sample` key', async () => {
    // The README's example: { "parent": { "url", "childId", "credential" }, "languages": ["de-DE"] }.
    const child = await startChild(hq, 'site-readme', ['de-DE'], {});
    const sources = (await child.api('GET', '/sources')).body.sources as Array<{ name: string }>;
    expect.soft(sources.map((s) => s.name), 'sources of the child').not.toContain('sample');
    const local = await recordsOf(child, (r) => r.origin === 'local');
    expect.soft(local.size, `local records, e.g. ${[...local.keys()].slice(0, 3).join(', ')}`).toBe(0);
    expect((await recordsOf(child, (r) => r.origin === 'replicated')).size).toBeGreaterThan(0);
    await child.kill();
  });
});

describe('files of a language the node no longer manages (issue 10)', () => {
  it('leave the content store after the language change and the next content run; the content run reports its real duration', async () => {
    const [en, de] = lines[3].updates;
    const child = await startChild(hq, 'site-c', ['en-US', 'de-DE']);
    await pull(child, { rules: ['content'] });
    expect(existsSync(contentPath(child, en.hash)), 'en-US file staged on the child').toBe(true);
    expect(existsSync(contentPath(child, de.hash)), 'de-DE file staged on the child').toBe(true);
    const runs = (await child.api('GET', '/replication/runs')).body.runs as any[];
    const downloading = runs.find((r) => r.rule === 'content' && r.received >= 2);
    expect(downloading, 'the content run that downloaded the files').toBeDefined();
    expect(downloading.bytes).toBeGreaterThanOrEqual(3_000_000);
    expect.soft(downloading.durationMs, 'durationMs of a content run that downloaded 3 MB').toBeGreaterThan(0);

    expect((await child.api('PUT', '/languages', { languages: ['en-US'] })).status).toBe(200);
    await pull(child, { rules: ['catalog', 'content'] });
    expect(existsSync(contentPath(child, en.hash)), 'en-US file stays').toBe(true);
    expect(existsSync(contentPath(child, de.hash)), 'de-DE file left the content store').toBe(false);
    await child.kill();
  });
});
