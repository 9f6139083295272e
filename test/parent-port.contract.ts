import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { decodeChange, decodeChangeHeader, PROTOCOL_VERSION, Mode, SignedStatement, type ReceivedFrame } from '../protocol/index.js';
import { NodeKey, parseNative, recordHash, writeCatalog, type Catalog, type SyncScope } from '../catalog/index.js';
import { MAX_DESCENDANTS, Rules, signStatement, type Children, type HelloReport, type ModeName, type ParentPort, type RecordRule, type RunReportData, type SessionRequest } from '../replication/index.js';
import { inLanguages } from './helpers/replication.js';
import { tempDir } from './helpers/temp.js';

/**
 * The contract every ParentPort must keep (abstract-level's habit: one suite,
 * run against each implementation). The setup gives a parent with a
 * registered child and a port for that child; the suite fills the parent's
 * catalog with the same small generated catalog whatever the port, then asks
 * through the port only, and inspects the parent directly.
 */

/** Keys per page of a whole sample: the setup builds its ports with it, so that a sample takes several pages. */
export const SAMPLE_PAGE_LIMIT = 40;
/** Languages the parent manages (the child reports others to see them called unmanaged). */
export const PARENT_LANGUAGES = ['en-US', 'de-DE', 'fr-FR'];

export interface ParentUnderTest {
  /** The registered child's port, built with samplePageLimit SAMPLE_PAGE_LIMIT. */
  port: ParentPort;
  /** The same child's port with another credential. */
  withCredential(credential: string): ParentPort;
  /** The parent, to inspect and change directly: its catalog, its children registry, its node id and the child's id. */
  parent: { catalog: Catalog; children: Children; nodeId: string; childId: string };
  /** The parent's identity (loops are detected by it) and the key it is the id of. */
  identity: string;
  identityKey: NodeKey;
  close(): Promise<void>;
}

const scope = (languages: string[], rule: RecordRule = 'catalog'): SyncScope => ({ rule, languages, policyIds: [] });

/** The code a call fails with, or 'resolved'. */
async function codeOf(call: () => Promise<unknown>): Promise<string> {
  try {
    await call();
    return 'resolved';
  } catch (err) {
    return (err as { code?: string }).code ?? `no code: ${(err as Error).message}`;
  }
}

async function drain<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** The tests' own statement of what a child with this scope holds: live records of the rule, in its languages or neutral. */
async function inScope(catalog: Catalog, s: SyncScope): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  const managed = new Set(s.languages);
  for await (const r of catalog.store.records()) {
    const rule = r.key.startsWith('p/') || r.key.startsWith('e/') ? 'policies' : 'catalog';
    if (rule !== s.rule) continue;
    if (inLanguages(decodeChange(r.bytes).languages, managed)) out.set(r.key, r.bytes);
  }
  return out;
}

/** The child's identity key: a report carries its statement, signed with it. */
const childKey = NodeKey.generate();
const statementOf = (key: NodeKey, about: { parentIdentity: string; nodeId: string; languages: string[] }) => Buffer.from(signStatement(key, about)).toString('base64');

/** A node below the child, as it says so itself: its statement names its parent. */
const below = (nodeId: string, languages: string[], parentIdentity = childKey.keyid, key = NodeKey.generate()) => ({ nodeId, identity: key.keyid, languages, statement: statementOf(key, { parentIdentity, nodeId, languages }) });

const report = (over: Partial<HelloReport> & { key?: NodeKey } = {}): HelloReport => {
  const { key = childKey, ...rest } = over;
  const body = { identity: key.keyid, nodeId: 'site-a', languages: ['de-DE'], descendants: [], ...rest };
  return { ...body, statement: statementOf(key, { parentIdentity: '', nodeId: body.nodeId, languages: body.languages }) };
};

const descendants = (n: number) => Array.from({ length: n }, (_, i) => below(`leaf-${i}`, ['en-US']));

export function parentPortContract(name: string, setup: () => Promise<ParentUnderTest>): void {
  describe(name, () => {
    let t: ParentUnderTest;
    let catalog: Catalog;
    let cleanup: () => Promise<void> = async () => undefined;

    const session = (over: Partial<SessionRequest> = {}): SessionRequest => ({
      protocolVersion: PROTOCOL_VERSION,
      childId: t.parent.childId,
      via: [childKey.keyid],
      rule: 'catalog',
      mode: 'complete',
      languages: ['en-US'],
      policyIds: [],
      batchSize: 50,
      ...over,
    });

    /** A key in the en-US scope and one outside it (an update in de-DE only). */
    async function keysInAndOut(): Promise<{ inKey: string; outKey: string }> {
      const held = await inScope(catalog, scope(['en-US']));
      let outKey = '';
      for await (const r of catalog.store.records('u/')) if (!held.has(r.key)) { outKey = r.key; break; }
      const inKey = [...held.keys()].find((k) => k.startsWith('u/'))!;
      expect(inKey && outKey).toBeTruthy();
      return { inKey, outKey };
    }

    beforeAll(async () => {
      t = await setup();
      catalog = t.parent.catalog;
      const temp = await tempDir('patchtree-contract-');
      cleanup = async () => { await t.close(); await temp.cleanup(); };
      const path = join(temp.dir, 'generated.ndjson.gz');
      await writeCatalog(path, { seed: 4242, bulletins: 80, languages: ['neutral', 'en-US', 'de-DE', 'fr-FR'], updatesPerBulletin: [2, 6] });
      const doc = await parseNative(createReadStream(path), { source: 'generated', url: path });
      await catalog.importParsed('generated', doc.bulletins);
    });
    afterAll(async () => cleanup());

    it('hello answers the rules, the run-now counters and the parent identity, and stores the report', async () => {
      await new Rules(catalog.store).set('catalog', { schedule: '*/7 * * * *' });
      await t.parent.children.requestRun([t.parent.childId], 'catalog', 'complete');
      const leaf = below('leaf', ['fr-FR']);
      const ack = await t.port.hello(report({ languages: ['de-DE', 'ja-JP'], descendants: [leaf] }));
      expect(ack.parentIdentity).toBe(t.identity);
      expect(ack.parentId).toBe(t.parent.nodeId);
      expect(ack.rules).toEqual(await new Rules(catalog.store).all());
      expect(ack.rules.catalog.schedule).toBe('*/7 * * * *');
      expect(ack.runNow).toContainEqual({ rule: 'catalog', counter: 1, mode: 'complete' });
      expect(ack.unmanaged).toEqual(['ja-JP']);
      expect(await t.parent.children.get(t.parent.childId)).toMatchObject({
        identity: childKey.keyid, nodeId: 'site-a', languages: ['de-DE', 'ja-JP'], descendants: [{ nodeId: 'leaf', identity: leaf.identity, languages: ['fr-FR'] }],
      });
    });

    it('hello refuses (REPL_LOOP) a report whose identity or descendants include the parent identity, and stores nothing of it', async () => {
      await t.port.hello(report({ languages: ['de-DE'] }));
      const before = await t.parent.children.get(t.parent.childId);
      // The parent itself, reporting as the child (its statement signed with its own key), or below it: a loop.
      expect(await codeOf(() => t.port.hello(report({ key: t.identityKey, languages: ['fr-FR'] })))).toBe('REPL_LOOP');
      expect(await codeOf(() => t.port.hello(report({ languages: ['fr-FR'], descendants: [...descendants(3), below('x', [], childKey.keyid, t.identityKey)] })))).toBe('REPL_LOOP');
      const after = await t.parent.children.get(t.parent.childId);
      expect({ ...after, lastSeen: undefined }).toEqual({ ...before, lastSeen: undefined });
      // Loops are told by identity, whatever the node ids say.
      const ack = await t.port.hello(report({ nodeId: t.parent.nodeId, descendants: [below(t.parent.nodeId, [])] }));
      expect(ack.parentIdentity).toBe(t.identity);
    });

    it('hello takes as descendants only nodes that signed that they are below the child: a claim of the parent identity is dropped, not a loop', async () => {
      const leaf = below('leaf', ['fr-FR']);
      const claims = [
        { nodeId: 'x', identity: t.identity, languages: ['en-US'] }, // the parent's identity, unsigned (finding 3)
        { ...below('y', ['en-US'], childKey.keyid, t.identityKey), statement: below('z', ['en-US']).statement }, // a statement of another node under the parent's identity
        below('stale', ['en-US'], 'someone-else'), // signed, but below a node that is not on the child's chain
        { ...below('w', ['ja-JP']), statement: Buffer.from(SignedStatement.encode({ statement: Buffer.from('garbage'), signature: Buffer.alloc(64) }).finish()).toString('base64') },
        leaf,
      ];
      const ack = await t.port.hello(report({ languages: ['de-DE'], descendants: claims }));
      expect(ack.parentIdentity).toBe(t.identity);
      expect((await t.parent.children.get(t.parent.childId)).descendants.map((d) => d.identity)).toEqual([leaf.identity]);
      // Sessions of the child go on.
      expect((await drain(t.port.session(session({ via: [childKey.keyid, leaf.identity] })))).at(-1)?.kind).toBe('end');
    });

    it(`hello refuses (REPL_TOO_MANY_DESCENDANTS) a report naming more than ${MAX_DESCENDANTS} descendants`, async () => {
      expect(await codeOf(() => t.port.hello(report({ descendants: descendants(MAX_DESCENDANTS + 1) })))).toBe('REPL_TOO_MANY_DESCENDANTS');
      expect((await t.parent.children.get(t.parent.childId)).descendants.length).toBeLessThanOrEqual(MAX_DESCENDANTS);
      await t.port.hello(report({ descendants: descendants(MAX_DESCENDANTS) }));
      expect((await t.parent.children.get(t.parent.childId)).descendants).toHaveLength(MAX_DESCENDANTS);
    });

    it('a session streams start (with the parent identity and its signed documents), the listings in scope, batches of the stored bytes in scope, and end', async () => {
      const frames = await drain(t.port.session(session()));
      const [start, ...afterStart] = frames;
      const listings = afterStart.filter((f) => f.kind === 'listing');
      // Listings come first: the child checks every batch against them.
      expect(afterStart.slice(0, listings.length).every((f) => f.kind === 'listing')).toBe(true);
      expect(listings.length).toBeGreaterThan(0);
      const rest = afterStart.slice(listings.length);
      const end = rest.pop();
      expect(start.kind).toBe('start');
      expect(end?.kind).toBe('end');
      expect(rest.length).toBeGreaterThan(1);
      expect(rest.every((f) => f.kind === 'batch')).toBe(true);
      const s = (start as Extract<ReceivedFrame, { kind: 'start' }>).start;
      expect(s.publishers?.map((p) => p.publisherId)).toEqual([catalog.publication.publisher.id]);
      expect(Number(s.viewId)).toBeGreaterThan(0);
      expect({ parentIdentity: s.parentIdentity, parentId: s.parentId, storeId: s.storeId, mode: s.mode }).toEqual({ parentIdentity: t.identity, parentId: t.parent.nodeId, storeId: catalog.store.storeId, mode: Mode.MODE_COMPLETE });
      const sent = rest.flatMap((f) => (f.kind === 'batch' ? f.batch.changes : []));
      const want = await inScope(catalog, scope(['en-US']));
      expect(sent.map((c) => decodeChangeHeader(c).key).sort()).toEqual([...want.keys()].sort()); // each once
      for (const c of sent) expect(Buffer.from(c).equals(want.get(decodeChangeHeader(c).key)!)).toBe(true);

      // From the end's checkpoint, a differential session has nothing to send.
      const upto = Number((end as Extract<ReceivedFrame, { kind: 'end' }>).end.uptoSeq);
      const held = listings.map((f) => createHash('sha256').update((f as Extract<ReceivedFrame, { kind: 'listing' }>).data).digest('hex'));
      const again = await drain(t.port.session(session({ mode: 'differential', checkpoint: { storeId: s.storeId, seq: upto, filter: s.filter }, heldListings: held })));
      expect(again[0]).toMatchObject({ kind: 'start', start: { mode: Mode.MODE_DIFFERENTIAL } });
      expect(again.filter((f) => f.kind === 'listing')).toEqual([]); // those it holds are not sent again
      expect(again.flatMap((f) => (f.kind === 'batch' ? f.batch.changes : []))).toEqual([]);
      expect(again.at(-1)?.kind).toBe('end');
    });

    it('a session refuses (REPL_LOOP) a via that contains the parent identity, not one that merely contains its node id', async () => {
      expect(await codeOf(() => drain(t.port.session(session({ via: ['child-identity', t.identity] }))))).toBe('REPL_LOOP');
      const frames = await drain(t.port.session(session({ via: ['child-identity', t.parent.nodeId] })));
      expect(frames[0].kind).toBe('start');
      expect(frames.at(-1)?.kind).toBe('end');
    });

    it('a session in an unknown mode is refused (REPL_BAD_REQUEST), not served as a default', async () => {
      expect(await codeOf(() => drain(t.port.session(session({ mode: 'sideways' as ModeName }))))).toBe('REPL_BAD_REQUEST');
    });

    it('a session for an unknown rule is refused (REPL_BAD_REQUEST)', async () => {
      expect(await codeOf(() => drain(t.port.session(session({ rule: 'everything' as RecordRule }))))).toBe('REPL_BAD_REQUEST');
      expect(await codeOf(() => drain(t.port.session(session({ rule: 'content' as RecordRule }))))).toBe('REPL_BAD_REQUEST');
    });

    it('verify answers the hash of each key in scope and "" for keys outside it', async () => {
      const { inKey, outKey } = await keysInAndOut();
      const keys = [inKey, outKey, 'b/NO-SUCH-BULLETIN', 'p/no-such-policy'];
      const hashes = await t.port.verify(scope(['en-US']), keys);
      expect(hashes).toEqual([{ key: inKey, hash: recordHash((await catalog.store.get(inKey))!.bytes) }, { key: outKey, hash: '' }, { key: keys[2], hash: '' }, { key: keys[3], hash: '' }]);
      expect(hashes[0].hash).not.toBe('');
      // The key outside en-US is in de-DE or fr-FR.
      const wider = await t.port.verify(scope(['en-US', 'de-DE', 'fr-FR']), [outKey]);
      expect(wider[0].hash).toBe(recordHash((await catalog.store.get(outKey))!.bytes));
    });

    it('verify and fetch answer "" and a tombstone for a bulletin that left the child language', async () => {
      const url = (id: string) => `https://vendor.example/left/${id}`;
      await catalog.importParsed('left', [{ bulletin: { id: 'LEFT-1', vendor: 'V', title: 'left' }, updates: [{ id: 'de', language: 'de-DE', url: url('de') }, { id: 'fr', language: 'fr-FR', url: url('fr') }] }] as never);
      const mixed = (await catalog.store.get('b/LEFT-1'))!;
      expect(await t.port.verify(scope(['de-DE']), ['b/LEFT-1'])).toEqual([{ key: 'b/LEFT-1', hash: recordHash(mixed.bytes) }]);
      // The de-DE update goes: the bulletin is fr-FR only now.
      await catalog.importParsed('left', [{ bulletin: { id: 'LEFT-1', vendor: 'V', title: 'left' }, updates: [{ id: 'fr', language: 'fr-FR', url: url('fr') }] }] as never);
      const frOnly = (await catalog.store.get('b/LEFT-1'))!;
      expect(decodeChange(frOnly.bytes).languages).toEqual(['fr-FR']);
      expect(await t.port.verify(scope(['de-DE']), ['b/LEFT-1', 'u/LEFT-1/de'])).toEqual([{ key: 'b/LEFT-1', hash: '' }, { key: 'u/LEFT-1/de', hash: '' }]);
      expect(await t.port.verify(scope(['fr-FR']), ['b/LEFT-1'])).toEqual([{ key: 'b/LEFT-1', hash: recordHash(frOnly.bytes) }]);
      const [tombstone] = await t.port.fetch(scope(['de-DE']), ['b/LEFT-1']);
      expect(decodeChange(tombstone)).toMatchObject({ key: 'b/LEFT-1', deleted: true });
    });

    it('sample at 100% yields pages that cover exactly the records in scope, each once', async () => {
      for (const languages of [['en-US'], ['de-DE']]) {
        const pages = await drain(t.port.sample(scope(languages), 100));
        expect(pages.length).toBeGreaterThan(1);
        for (const page of pages) expect(page.length).toBeLessThanOrEqual(SAMPLE_PAGE_LIMIT);
        const all = pages.flat();
        const want = await inScope(catalog, scope(languages));
        expect(all.map((h) => h.key).sort()).toEqual([...want.keys()].sort()); // each once
        for (const { key, hash } of all) expect(hash).toBe(recordHash(want.get(key)!));
      }
      expect((await drain(t.port.sample(scope(['en-US'], 'policies'), 100))).flat()).toEqual([]);
    });

    it('fetch answers the stored bytes of keys in scope and a tombstone for the others', async () => {
      const { inKey, outKey } = await keysInAndOut();
      const changes = await t.port.fetch(scope(['en-US']), [inKey, outKey, 'b/NO-SUCH-BULLETIN']);
      expect(changes).toHaveLength(3);
      expect(Buffer.from(changes[0]).equals((await catalog.store.get(inKey))!.bytes)).toBe(true);
      expect(decodeChange(changes[1])).toMatchObject({ key: outKey, deleted: true });
      expect(decodeChange(changes[2])).toMatchObject({ key: 'b/NO-SUCH-BULLETIN', deleted: true });
    });

    it('reportRun keeps the run on the parent, once however often it is sent', async () => {
      const run: RunReportData = {
        id: 7, rule: 'catalog', trigger: 'schedule', started: new Date().toISOString(), durationMs: 1234, status: 'failed', mode: 'complete',
        reason: 'no checkpoint', received: 40, applied: 39, deleted: 1, bytes: 4096,
        verification: { digestEqual: false, sampled: 10, mismatched: 2, repaired: 2, fellBackToComplete: false },
        error: { code: 'REPL_INTERRUPTED', message: 'cut' },
      };
      await t.port.reportRun(run);
      await t.port.reportRun(run);
      const kept = (await t.parent.children.reportedRuns(t.parent.childId)).filter((r) => r.id === run.id && r.started === run.started);
      expect(kept).toHaveLength(1);
      expect(kept[0]).toMatchObject({ ...run, child: t.parent.childId });
    });

    it('contentList refuses (REPL_LOOP) a via with the parent identity and answers an ordinary one', async () => {
      expect(await codeOf(() => t.port.contentList(['en-US'], ['child-identity', t.identity]))).toBe('REPL_LOOP');
      expect(await t.port.contentList(['en-US'], ['child-identity', t.parent.nodeId])).toEqual(expect.any(Array));
    });

    it('every method refuses a wrong credential (AUTH_INVALID_CREDENTIAL) and changes nothing', async () => {
      await t.port.hello(report({ languages: ['de-DE'] }));
      const bad = t.withCredential('not-the-credential');
      const { inKey } = await keysInAndOut();
      const run: RunReportData = { id: 99, rule: 'catalog', trigger: 'manual', started: new Date().toISOString(), durationMs: 1, status: 'ok' };
      const calls: Record<string, () => Promise<unknown>> = {
        hello: () => bad.hello(report({ languages: ['ja-JP'] })),
        session: () => drain(bad.session(session())),
        verify: () => bad.verify(scope(['en-US']), [inKey]),
        sample: () => drain(bad.sample(scope(['en-US']), 100)),
        fetch: () => bad.fetch(scope(['en-US']), [inKey]),
        reportRun: () => bad.reportRun(run),
        contentList: () => bad.contentList(['en-US'], ['child-identity']),
      };
      const codes: Record<string, string> = {};
      for (const [method, call] of Object.entries(calls)) codes[method] = await codeOf(call);
      expect(codes).toEqual(Object.fromEntries(Object.keys(calls).map((m) => [m, 'AUTH_INVALID_CREDENTIAL'])));
      expect((await t.parent.children.get(t.parent.childId)).languages).not.toContain('ja-JP');
      expect((await t.parent.children.reportedRuns(t.parent.childId)).some((r) => r.id === run.id)).toBe(false);
    });
  });
}
