import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { recordClassOf, writeCatalog } from '../catalog/index.js';
import { readReceivedFrames } from '../protocol/index.js';
import { BundleFile } from '../replication/index.js';
import { BIN, quietSchedules, recordsOf, spawnNode, type ProcessNode } from './helpers/process-node.js';
import { catalogAndFiles, startFileServer, SHARED_DATA, type TestServer } from './helpers/http-server.js';
import { tempDir } from './helpers/temp.js';
import { waitFor } from './helpers/wait.js';

// Issue 13, disconnected sites: a child with no network path to its parent is
// fed by bundles carried across. Real node processes, real CLI calls: the
// parent exports (complete, then differential), the child imports; refusals
// (older, another child's, damaged) change nothing; a kill during an import
// resumes; a networked grandchild replicates from the disconnected child.
// Built as the README tells an admin: node ids generated, child ids the admin's.

const LANGUAGES = ['en-US', 'de-DE', 'fr-FR'];
const SITE = ['de-DE'];
let dir: string;
let server: TestServer;
let parent: ProcessNode;
let ship: ProcessNode;
const nodes: ProcessNode[] = [];
const closers: Array<() => Promise<void>> = [];
let shipConfig: Record<string, unknown>;
let generated: string;

const files = new Map<string, Buffer>();
let catalog = '';
function update(id: string, language: string) {
  const bytes = randomBytes(32 * 1024);
  files.set(id, bytes);
  return { id, language, url: `${server.url}/files/${id}`, fileName: id, size: bytes.length, hashAlgorithm: 'sha256', hash: createHash('sha256').update(bytes).digest('hex'), product: 'Contoso Suite', kb: `KB-${id}` };
}
const bulletins: Array<Record<string, unknown>> = [];
const publish = () => { catalog = bulletins.map((b) => JSON.stringify(b)).join('\n'); };

interface Ran { code: number; stdout: string; stderr: string; json?: any }
/** The CLI, as an admin types it, against a node. */
function cli(node: ProcessNode, args: string[]): Promise<Ran> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args, '--url', node.url, '--data', node.dataDir, '--json'], { timeout: 120_000 }, (err, stdout, stderr) => {
      let json: any;
      try { json = JSON.parse(stdout || stderr); } catch { json = undefined; }
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr, json });
    });
  });
}
const errorCode = (ran: Ran) => ran.json?.error?.code as string | undefined;

let bundleNo = 0;
async function exportFor(child: string, extra: string[] = []): Promise<{ file: string; seq: number; since: number | null }> {
  const file = join(dir, `bundle-${child}-${++bundleNo}.ptb`);
  const ran = await cli(parent, ['export', '--child', child, file, ...extra]);
  expect(ran.code, ran.stdout + ran.stderr).toBe(0);
  return ran.json;
}
const importOn = (node: ProcessNode, file: string) => cli(node, ['import-bundle', file]);

/** Changes in the catalog batches of a bundle file. */
async function catalogChanges(file: string): Promise<number> {
  let changes = 0;
  for await (const frame of readReceivedFrames((await BundleFile.open(file)).frameBytes('catalog'))) if (frame.kind === 'batch') changes += frame.batch.changes.length;
  return changes;
}

/** Imports `file` on the site, kills the site (SIGKILL) once `applied` says part of it is in, and starts it again on its data. */
async function killDuringImport(file: string, what: string, applied: () => Promise<boolean>): Promise<void> {
  const importing = importOn(ship, file);
  await waitFor(what, async () => ((await applied()) ? true : undefined), 120_000, undefined, 10);
  await ship.kill('SIGKILL');
  expect((await importing).code).not.toBe(0);
  ship = await spawnNode(ship.dataDir, shipConfig);
  nodes.push(ship);
}

const staged = new Set<string>();
const stage = async (bulletin: string) => {
  staged.add(bulletin);
  const job = (await parent.api('POST', `/bulletins/${bulletin}/stage`)).body;
  const done = await waitFor(`staging ${bulletin}`, async () => {
    const j = (await parent.api('GET', `/jobs/${job.id}`)).body;
    return j.status === 'running' ? undefined : j;
  }, 60_000);
  expect(done.status, JSON.stringify(done)).toBe('done');
};
const reimport = async (source: string) => expect((await parent.api('POST', `/sources/${source}/import`)).status).toBe(200);

/** What the site should hold: the parent's catalog and policy records in its languages (or neutral). */
const inSite = (r: { key: string; languages: string[] }) => ['catalog', 'policies'].includes(recordClassOf(r.key)) && r.languages.some((l) => l === 'neutral' || SITE.includes(l));
const replicated = (r: { origin: string }) => r.origin === 'replicated';

/** The site equals its parent filtered by its languages: records (key and hash), the whole-set digest, the content files, hash-verified. */
async function expectSiteEqualsParent(site: ProcessNode) {
  const want = await recordsOf(parent, inSite);
  const got = await recordsOf(site, replicated);
  expect(want.size).toBeGreaterThan(1000);
  expect(got.size).toBe(want.size);
  expect(got).toEqual(want);
  for (const rule of ['catalog', 'policies']) {
    const theirs = (await parent.api('GET', `/digest?languages=${SITE.join(',')}&rule=${rule}`)).body;
    expect((await site.api('GET', `/digest?languages=${SITE.join(',')}&rule=${rule}&origin=replicated`)).body).toEqual(theirs);
  }
  // The package files of the staged bulletins: those of the site's languages there, hash-verified, and counted as staged; no other.
  for (const bulletin of bulletins.filter((b) => staged.has(b.id as string))) {
    const held = (await site.api('GET', `/bulletins/${bulletin.id}`)).body;
    expect({ staged: held.staged, downloaded: held.downloaded }, `${bulletin.id} on ${site.url}`).toEqual({ staged: true, downloaded: held.updateCount });
    for (const u of bulletin.updates as Array<{ id: string; language: string; hash: string }>) {
      const res = await fetch(`${site.url}/content/sha256/${u.hash}`);
      if (u.language !== 'neutral' && !SITE.includes(u.language)) {
        expect(res.status, `${u.id} (${u.language}) is not for the site`).toBe(404);
        continue;
      }
      expect(res.status, `${u.id} on the site`).toBe(200);
      expect(createHash('sha256').update(Buffer.from(await res.arrayBuffer())).digest('hex')).toBe(u.hash);
    }
  }
}

beforeAll(async () => {
  ({ dir } = await tempDir('patchtree-bundle-').then((t) => { closers.push(t.cleanup); return t; }));
  server = await startFileServer(SHARED_DATA, [catalogAndFiles('contoso.ndjson', () => catalog, files)]);
  closers.push(() => server.close());
  bulletins.push(
    { id: 'CONTOSO-1', vendor: 'Contoso', title: 'Contoso Suite 1', updates: [update('c1-en.msi', 'en-US'), update('c1-de.msi', 'de-DE'), update('c1-fr.msi', 'fr-FR'), update('c1-all.msi', 'neutral')] },
    { id: 'CONTOSO-2', vendor: 'Contoso', title: 'Contoso Suite 2', updates: [update('c2-de.msi', 'de-DE'), update('c2-en.msi', 'en-US')] },
  );
  publish();
  // A catalog large enough that an import is several batches (a kill lands between two of them).
  generated = join(dir, 'generated.ndjson.gz');
  await writeCatalog(generated, { seed: 1313, bulletins: 1000, languages: ['neutral', ...LANGUAGES], updatesPerBulletin: [3, 8] });
  parent = await spawnNode(join(dir, 'hq'), { sample: false, languages: LANGUAGES, sources: [{ name: 'contoso', type: 'native', urls: [`${server.url}/contoso.ndjson`] }, { name: 'generated', type: 'native', urls: [pathToFileURL(generated).href] }] });
  nodes.push(parent);
  await quietSchedules(parent);
  await reimport('contoso');
  await reimport('generated');
  await stage('CONTOSO-1');
  const registered = (await parent.api('POST', '/children', { id: 'ship-7' })).body;
  expect((await parent.api('POST', '/children', { id: 'ship-8' })).status).toBe(201);
  // No url: the parent is reached by bundles only.
  shipConfig = { sample: false, languages: SITE, parent: { childId: 'ship-7', publisherKeys: registered.publisherKeys } };
  ship = await spawnNode(join(dir, 'ship-7'), shipConfig);
  nodes.push(ship);
}, 180_000);

afterAll(async () => {
  for (const n of nodes) await n.kill('SIGKILL');
  for (const close of closers.reverse()) await close();
});

describe('disconnected sites', () => {
  let third: { file: string };

  it('a complete bundle, then two differential ones, each leave the site equal to its parent filtered by its languages', async () => {
    // The parent never heard from ship-7: its languages are the admin's word, given once.
    const refused = await cli(parent, ['export', '--child', 'ship-7', join(dir, 'x.ptb')]);
    expect(errorCode(refused)).toBe('BUNDLE_NO_LANGUAGES');

    const first = await exportFor('ship-7', ['--complete', '--languages', SITE.join(',')]);
    expect(first).toMatchObject({ seq: 1, since: null });
    const applied = await importOn(ship, first.file);
    expect(applied.code, applied.stdout + applied.stderr).toBe(0);
    expect(applied.json.runs.map((r: any) => [r.rule, r.status])).toEqual([['catalog', 'ok'], ['policies', 'ok'], ['content', 'ok']]);
    await expectSiteEqualsParent(ship);

    // Records change on the parent: a bulletin's title, a new one in the site's language, one gone; content staged; a policy.
    bulletins[0].title = 'Contoso Suite 1 (revised)';
    bulletins.splice(1, 1);
    bulletins.push({ id: 'CONTOSO-3', vendor: 'Contoso', title: 'Contoso Suite 3', updates: [update('c3-de.msi', 'de-DE'), update('c3-all.msi', 'neutral')] });
    publish();
    await reimport('contoso');
    await stage('CONTOSO-3');
    const second = await exportFor('ship-7');
    expect(second).toMatchObject({ seq: 2, since: 1 });
    // Differential: the files bundle 1 carried are not carried again.
    expect(statSync(second.file).size).toBeLessThan(statSync(first.file).size);
    const second2 = await importOn(ship, second.file);
    expect(second2.code, second2.stdout + second2.stderr).toBe(0);
    expect(second2.json.runs.find((r: any) => r.rule === 'catalog').mode).toBe('differential');
    await expectSiteEqualsParent(ship);

    expect((await parent.api('POST', '/policies', { name: 'Ships', bulletinIds: ['CONTOSO-1', 'CONTOSO-3'] })).status).toBe(201);
    third = await exportFor('ship-7');
    expect(third).toMatchObject({ seq: 3, since: 2 });
    const third3 = await importOn(ship, third.file);
    expect(third3.code, third3.stdout + third3.stderr).toBe(0);
    await expectSiteEqualsParent(ship);
    expect((await recordsOf(ship, (r) => replicated(r) && recordClassOf(r.key) === 'policies')).size).toBeGreaterThan(0);
  }, 240_000);

  it('refuses an older bundle, another child\'s, a damaged one (a flipped byte, a cut copy) and a forged one, changing nothing', async () => {
    const before = await recordsOf(ship);
    const held = (await ship.api('GET', '/status')).body.parent.bundle;
    expect(held).toEqual({ seq: 3 });

    expect(errorCode(await importOn(ship, third.file))).toBe('BUNDLE_OLDER');
    const other = await exportFor('ship-8', ['--languages', SITE.join(',')]);
    expect(errorCode(await importOn(ship, other.file))).toBe('BUNDLE_WRONG_CHILD');

    bulletins[0].title = 'Contoso Suite 1 (third revision)';
    publish();
    await reimport('contoso');
    const fourth = await exportFor('ship-7');
    expect(fourth).toMatchObject({ seq: 4, since: 3 });
    const flipped = join(dir, 'flipped.ptb');
    copyFileSync(fourth.file, flipped);
    const bytes = readFileSync(flipped);
    bytes[Math.floor(bytes.length / 2)] ^= 0x01;
    writeFileSync(flipped, bytes);
    expect(errorCode(await importOn(ship, flipped))).toBe('BUNDLE_DAMAGED');
    const cut = join(dir, 'cut.ptb');
    copyFileSync(fourth.file, cut);
    truncateSync(cut, statSync(cut).size - 100);
    expect(errorCode(await importOn(ship, cut))).toBe('BUNDLE_DAMAGED');

    expect(await recordsOf(ship)).toEqual(before);
    expect((await ship.api('GET', '/status')).body.parent.bundle).toEqual({ seq: 3 });

    // A record changed in the bundle, its sha256 made anew (anyone can): the publisher's signature refuses it, as on the network.
    const forged = join(dir, 'forged.ptb');
    const original = readFileSync(fourth.file);
    const at = original.indexOf('third revision');
    expect(at).toBeGreaterThan(0);
    const body = Buffer.from(original.subarray(0, original.length - 32));
    body.write('third REVISION', at);
    writeFileSync(forged, Buffer.concat([body, createHash('sha256').update(body).digest()]));
    expect(errorCode(await importOn(ship, forged))).toBe('SIG_INVALID');
    expect(await recordsOf(ship)).toEqual(before);

    // The same bundle whole is taken.
    expect((await importOn(ship, fourth.file)).code).toBe(0);
    await expectSiteEqualsParent(ship);
  }, 240_000);

  it('a kill during import-bundle resumes: the same file imported again continues from the checkpoint and ends equal', async () => {
    // Every record of the generated source changes: a differential bundle of thousands of changes in many batches.
    await writeCatalog(generated, { seed: 1314, bulletins: 1000, languages: ['neutral', ...LANGUAGES], updatesPerBulletin: [3, 8] });
    expect((await parent.api('POST', '/sources/generated/import', { force: true })).status).toBe(200);
    const fifth = await exportFor('ship-7');
    expect(fifth).toMatchObject({ seq: 5, since: 4 });
    const changes = await catalogChanges(fifth.file);
    expect(changes).toBeGreaterThan(3000);

    const digest = async () => JSON.stringify((await ship.api('GET', '/digest?rule=catalog&origin=replicated')).body);
    const before = await digest();
    // Killed once a batch of it is written (the digest moved), while its job still runs.
    await killDuringImport(fifth.file, 'a batch of bundle 5 applied', async () => (await digest()) !== before);
    expect((await ship.api('GET', '/status')).body.parent.bundle).toEqual({ seq: 4, applying: 5 });
    const resumed = await importOn(ship, fifth.file);
    expect(resumed.code, resumed.stdout + resumed.stderr).toBe(0);
    const catalogRun = resumed.json.runs.find((r: any) => r.rule === 'catalog');
    // It went on from the checkpoint: the changes applied before the kill were not sent again.
    expect(catalogRun.received).toBeLessThan(changes);
    expect((await ship.api('GET', '/status')).body.parent.bundle).toEqual({ seq: 5 });
    await expectSiteEqualsParent(ship);

    // A complete bundle cut short goes on after the last key it applied. (The parent changed a little: a bundle
    // of the very state the site holds has nothing to apply, every batch is skipped; this one walks every key.)
    bulletins[0].title = 'Contoso Suite 1 (fourth revision)';
    publish();
    await reimport('contoso');
    const complete = await exportFor('ship-7', ['--complete']);
    expect(complete).toMatchObject({ seq: 6, since: null });
    const total = await catalogChanges(complete.file);
    await killDuringImport(complete.file, 'a batch of the complete bundle applied', async () => !!(await ship.api('GET', '/replication/checkpoints')).body.checkpoints.catalog?.completeAfterKey);
    expect((await ship.api('GET', '/status')).body.parent.bundle).toEqual({ seq: 5, applying: 6 });
    const goneOn = await importOn(ship, complete.file);
    expect(goneOn.code, goneOn.stdout + goneOn.stderr).toBe(0);
    const run = goneOn.json.runs.find((r: any) => r.rule === 'catalog');
    expect(run.mode).toBe('complete');
    expect(run.received).toBeLessThan(total);
    await expectSiteEqualsParent(ship);
  }, 480_000);

  it('a networked child of the disconnected site replicates from it, content included', async () => {
    const registered = (await ship.api('POST', '/children', { id: 'deck-1' })).body;
    const deck = await spawnNode(join(dir, 'deck-1'), { sample: false, languages: SITE, pollSeconds: 3600, parent: { url: ship.url, childId: 'deck-1', credential: registered.credential, publisherKeys: registered.publisherKeys } });
    nodes.push(deck);
    const runs = await waitFor('the start-up pull of deck-1', async () => {
      const list = (await deck.api('GET', '/replication/runs')).body.runs as Array<{ rule: string; status: string }>;
      return ['catalog', 'policies', 'content'].every((rule) => list.some((r) => r.rule === rule && r.status !== 'running')) ? list : undefined;
    }, 120_000, () => deck.logs().slice(-2000));
    expect(runs.filter((r) => r.status !== 'ok'), JSON.stringify(runs)).toEqual([]);
    await expectSiteEqualsParent(deck);

    // The next bundle reaches it too.
    bulletins.push({ id: 'CONTOSO-4', vendor: 'Contoso', title: 'Contoso Suite 4', updates: [update('c4-de.msi', 'de-DE')] });
    publish();
    await reimport('contoso');
    await stage('CONTOSO-4');
    const sixth = await exportFor('ship-7');
    expect((await importOn(ship, sixth.file)).code).toBe(0);
    const pulled = await deck.api('POST', '/replication/pull', {});
    expect(pulled.body.runs.map((r: any) => r.status), JSON.stringify(pulled.body)).toEqual(['ok', 'ok', 'ok']);
    await expectSiteEqualsParent(deck);
  }, 240_000);
});
