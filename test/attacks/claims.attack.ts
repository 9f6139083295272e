import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { LanguageReport, PROTOCOL_VERSION } from '../../protocol/index.js';
import { NodeKey } from '../../catalog/index.js';
import { signStatement, wire } from '../../replication/index.js';
import { freePort, quietSchedules, spawnNode, type ProcessNode } from '../helpers/process-node.js';
import { tempDir } from '../helpers/temp.js';

// Finding 3 of issue 11: a leaf claimed the top's identity as its descendant
// in its language report, and its mid-tier's sessions were then refused as a
// loop for as long as the leaf liked. Played here by a rogue leaf (the
// leaf's own credential, requests of its own making) against real processes
// set up as the README says: generated node ids, pinned publisher keys.

const nodes: ProcessNode[] = [];
const closers: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const n of nodes) await n.kill('SIGKILL');
  for (const c of closers) await c();
});

async function start(dir: string, config: Record<string, unknown>) {
  const node = await spawnNode(dir, { port: await freePort(), ...config });
  nodes.push(node);
  return node;
}

async function register(parent: ProcessNode, id: string) {
  const res = await parent.api('POST', '/children', { id });
  return { url: parent.url, childId: id, credential: res.body.credential as string, publisherKeys: res.body.publisherKeys };
}

async function hello(node: ProcessNode, childId: string, credential: string, body: Uint8Array) {
  const res = await fetch(`${node.url}/sync/v1/hello`, { method: 'POST', body: body as Uint8Array<ArrayBuffer>, headers: { 'content-type': 'application/x-protobuf', authorization: `Bearer ${credential}`, [wire.CHILD_HEADER]: childId } });
  return res.status;
}

describe('a rogue leaf claiming nodes below it', () => {
  it('cannot cut its mid-tier off by claiming the top (or any node that did not sign that it is below it)', async () => {
    const { dir, cleanup } = await tempDir('patchtree-claims-');
    closers.push(cleanup);
    const top = await start(join(dir, 'top'), { languages: ['en-US'] });
    for (let i = 0; i < 200 && (await top.api('GET', '/status')).body.counts.bulletin === 0; i++) await new Promise((ok) => setTimeout(ok, 100));
    await quietSchedules(top);
    const mid = await start(join(dir, 'mid'), { languages: ['en-US'], pollSeconds: 3600, parent: await register(top, 'region-1') });
    const leaf = await register(mid, 'site-a');
    const topIdentity = (await top.api('GET', '/status')).body.identity as string;
    expect(topIdentity).toMatch(/^[0-9a-f]{64}$/);

    // The rogue leaf: its own key, a valid statement of its own, and claims below it.
    const rogue = NodeKey.generate();
    const statement = (key: NodeKey, parentIdentity: string, nodeId: string) => Buffer.from(signStatement(key, { parentIdentity, nodeId, languages: ['en-US'] })).toString('base64');
    const claims = [
      { nodeId: 'hq', identity: topIdentity, languages: ['en-US'] }, // unsigned
      { nodeId: 'hq', identity: topIdentity, languages: ['en-US'], statement: statement(NodeKey.generate(), rogue.keyid, 'hq') }, // signed by another key
    ];
    const report = wire.encodeHello('site-a', { identity: rogue.keyid, nodeId: 'site-a', languages: ['en-US'], descendants: claims, statement: statement(rogue, '', 'site-a') });
    expect(await hello(mid, 'site-a', leaf.credential, report)).toBe(200);
    // A report with no statement at all is refused.
    const bare = LanguageReport.encode({ protocolVersion: PROTOCOL_VERSION, childId: 'site-a', identity: topIdentity, languages: ['en-US'] }).finish();
    expect(await hello(mid, 'site-a', leaf.credential, bare)).toBe(400);

    // Nothing of the claim is kept or passed up, and the mid-tier goes on replicating from the top.
    expect((await mid.api('GET', '/children/site-a')).body.descendants).toEqual([]);
    const runs = (await mid.api('POST', '/replication/pull', { rules: ['catalog', 'policies'] })).body.runs;
    expect(runs.map((r: any) => [r.rule, r.status, r.error?.code])).toEqual([['catalog', 'ok', undefined], ['policies', 'ok', undefined]]);
    const atTop = (await top.api('GET', '/children/region-1')).body;
    expect(atTop.descendants.map((d: { identity: string }) => d.identity)).not.toContain(topIdentity);
    expect(mid.logs()).not.toContain('REPL_LOOP');
  });
});
