import { afterAll, describe, expect, it } from 'vitest';
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_DATA, startFileServer, type TestServer, catalogAndFiles } from './helpers/http-server.js';
import { quietSchedules, recordsOf, spawnNode, type ProcessNode } from './helpers/process-node.js';
import { tempDir } from './helpers/temp.js';

// Three tiers, each node its own process: hq -> mid (en-US, de-DE, ja-JP) ->
// leaf-a (en-US) and leaf-b (de-DE, ja-JP), with the real samples and a policy.

const nodes: ProcessNode[] = [];
const closers: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const n of nodes) await n.kill('SIGKILL');
  for (const c of closers) await c();
});

const files = new Map<string, Buffer>();
let catalogLines: object[] = [];
function contosoUpdate(id: string, language: string) {
  const bytes = randomBytes(4096);
  files.set(id, bytes);
  return { id, language, url: '', fileName: id, size: bytes.length, hashAlgorithm: 'sha256', hash: createHash('sha256').update(bytes).digest('hex'), product: 'Contoso Suite', kb: `KB9${id.length}` };
}

const inScope = (languages: string[]) => (r: { languages: string[] }) => r.languages.some((l) => l === 'neutral' || languages.includes(l));
const replicated = (r: { origin: string }) => r.origin === 'replicated';

async function waitForRuns(node: ProcessNode, count: number) {
  for (let i = 0; i < 300; i++) {
    const runs = (await node.api('GET', '/replication/runs')).body.runs;
    if (runs.filter((r: any) => r.status === 'ok').length >= count) return runs;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error(`runs did not finish: ${node.logs()}`);
}

describe('a three-tier hierarchy', () => {
  let hq: ProcessNode;
  let mid: ProcessNode;
  let leafA: ProcessNode;
  let leafB: ProcessNode;
  let server: TestServer;

  it('holds at every node exactly the top parent data filtered by that node languages', async () => {
    const { dir, cleanup } = await tempDir('patchtree-tiers-');
    closers.push(cleanup);
    server = await startFileServer(SHARED_DATA, [catalogAndFiles('contoso.ndjson', () => catalogLines.map((l) => JSON.stringify(l)).join('\n'), files)]);
    closers.push(() => server.close());
    const updates = [contosoUpdate('c-en.msi', 'en-US'), contosoUpdate('c-de.msi', 'de-DE'), contosoUpdate('c-ja.msi', 'ja-JP'), contosoUpdate('c-fr.msi', 'fr-FR'), contosoUpdate('c-all.msi', 'neutral')];
    for (const u of updates) u.url = `${server.url}/files/${u.id}`;
    catalogLines = [{ id: 'CONTOSO-1', vendor: 'Contoso', title: 'Contoso Suite 1', updates }, { id: 'CONTOSO-2', vendor: 'Contoso', title: 'Contoso Suite 2', updates: [contosoUpdate('d-en.msi', 'en-US')].map((u) => ({ ...u, url: `${server.url}/files/${u.id}` })) }];

    hq = await spawnNode(join(dir, 'hq'), {
      nodeId: 'hq', sample: false, languages: ['en-US', 'de-DE', 'ja-JP', 'fr-FR', 'zh-CN'],
      sources: [
        { name: 'wsus', type: 'wsusoffline', urls: readdirSync(join(SHARED_DATA, 'wsusoffline')).map((f) => `${server.url}/wsusoffline/${f}`) },
        { name: 'msrc-mar', type: 'msrc-cvrf', urls: [`${server.url}/msrc-cvrf/cvrfDocument-2017-Mar.xml`] },
        { name: 'contoso', type: 'native', urls: [`${server.url}/contoso.ndjson`] },
      ],
    });
    nodes.push(hq);
    await quietSchedules(hq);
    for (const source of ['wsus', 'msrc-mar', 'contoso']) expect((await hq.api('POST', `/sources/${source}/import`)).status).toBe(200);
    let job = (await hq.api('POST', '/bulletins/CONTOSO-1/stage')).body;
    while (job.status === 'running') job = (await hq.api('GET', `/jobs/${job.id}`)).body;
    expect(job.result.staged).toBe(true);
    const policy = await hq.api('POST', '/policies', { name: 'Contoso rollout', bulletinIds: ['CONTOSO-1'], target: 'All Workstations' });
    expect(policy.status).toBe(201);
    expect(policy.body.entries).toHaveLength(5);

    const midRegistered = (await hq.api('POST', '/children', { id: 'mid' })).body;
    const midCredential = midRegistered.credential;
    mid = await spawnNode(join(dir, 'mid'), { nodeId: 'mid', sample: false, languages: ['en-US', 'de-DE', 'ja-JP'], pollSeconds: 3600, parent: { url: hq.url, childId: 'mid', credential: midCredential, publisherKeys: midRegistered.publisherKeys } });
    nodes.push(mid);
    await waitForRuns(mid, 3);
    const leafCredentials = {
      a: (await mid.api('POST', '/children', { id: 'leaf-a' })).body,
      b: (await mid.api('POST', '/children', { id: 'leaf-b' })).body,
    };
    leafA = await spawnNode(join(dir, 'leaf-a'), { nodeId: 'leaf-a', sample: false, languages: ['en-US'], pollSeconds: 3600, parent: { url: mid.url, childId: 'leaf-a', credential: leafCredentials.a.credential, publisherKeys: leafCredentials.a.publisherKeys } });
    leafB = await spawnNode(join(dir, 'leaf-b'), { nodeId: 'leaf-b', sample: false, languages: ['de-DE', 'ja-JP'], pollSeconds: 3600, parent: { url: mid.url, childId: 'leaf-b', credential: leafCredentials.b.credential, publisherKeys: leafCredentials.b.publisherKeys } });
    nodes.push(leafA, leafB);
    await Promise.all([waitForRuns(leafA, 3), waitForRuns(leafB, 3)]);

    for (const [node, languages] of [[mid, ['en-US', 'de-DE', 'ja-JP']], [leafA, ['en-US']], [leafB, ['de-DE', 'ja-JP']]] as const) {
      const want = await recordsOf(hq, inScope([...languages]));
      expect(await recordsOf(node, replicated), `node with ${languages}`).toEqual(want);
      const top = (await hq.api('GET', `/digest?languages=${languages.join(',')}`)).body;
      expect((await node.api('GET', '/digest?origin=replicated')).body).toEqual(top);
    }
    // Content: each tier holds the staged files of its languages, fetched from the tier above and verified.
    expect((await mid.api('GET', '/bulletins/CONTOSO-1')).body).toMatchObject({ updateCount: 4, downloaded: 4, staged: true });
    expect((await leafB.api('GET', '/bulletins/CONTOSO-1')).body).toMatchObject({ updateCount: 3, downloaded: 3, staged: true });
    const de = updates.find((u) => u.language === 'de-DE')!;
    const served = Buffer.from(await (await fetch(`${leafB.url}/content/sha256/${de.hash}`)).arrayBuffer());
    expect(served.equals(files.get('c-de.msi')!)).toBe(true);
    expect((await fetch(`${leafA.url}/content/sha256/${de.hash}`)).status).toBe(404); // not in leaf-a's languages
    // The policy reached every tier with its entries filtered, not rewritten.
    const leafPolicy = (await leafB.api('GET', `/policies/${policy.body.id}`)).body;
    expect(leafPolicy.entries.map((e: any) => e.language).sort()).toEqual(['de-DE', 'ja-JP', 'neutral']);
    // Mid-tier reports what its leaves need; hq manages all of it, so no alert.
    let descendants: unknown[] = [];
    for (let i = 0; i < 50 && descendants.length < 2; i++) {
      descendants = (await hq.api('GET', '/children/mid')).body.descendants;
      await new Promise((ok) => setTimeout(ok, 100));
    }
    expect(descendants).toEqual(expect.arrayContaining([expect.objectContaining({ nodeId: 'leaf-b', languages: ['de-DE', 'ja-JP'] })]));
    expect((await hq.api('GET', '/alerts')).body.alerts).toEqual([]);
  });

  it('moves only what changed on the next differential runs, and every tier is equal again', async () => {
    // One bulletin revised, one deleted, one added.
    catalogLines = [{ ...(catalogLines[0] as object), title: 'Contoso Suite 1 (revised)' }, { id: 'CONTOSO-3', vendor: 'Contoso', title: 'Contoso Suite 3', updates: [{ ...contosoUpdate('e-en.msi', 'en-US'), url: `${server.url}/files/e-en.msi` }] }];
    const imported = (await hq.api('POST', '/sources/contoso/import', { force: true })).body;
    expect(imported.bulletins).toMatchObject({ added: 1, changed: 1, removed: 1 });
    const midRun = (await mid.api('POST', '/replication/pull', { rules: ['catalog'] })).body.runs[0];
    expect(midRun).toMatchObject({ mode: 'differential', status: 'ok', received: 5, verification: { digestEqual: true } }); // 1 revised + 2 removed + 2 added
    const leafRun = (await leafA.api('POST', '/replication/pull', { rules: ['catalog'] })).body.runs[0];
    expect(leafRun).toMatchObject({ mode: 'differential', status: 'ok', received: 5, verification: { digestEqual: true } });
    expect(await recordsOf(leafA, replicated)).toEqual(await recordsOf(hq, inScope(['en-US'])));
    const leafBRun = (await leafB.api('POST', '/replication/pull', { rules: ['catalog'] })).body.runs[0];
    expect(leafBRun.received).toBe(1); // only the revised bulletin is in its languages
    expect(await recordsOf(leafB, replicated)).toEqual(await recordsOf(hq, inScope(['de-DE', 'ja-JP'])));
  });
});
