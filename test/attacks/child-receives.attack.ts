import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { RecordStore, STATE_FAMILIES } from '../../catalog/index.js';
import { wire } from '../../replication/index.js';
import { UNCAUGHT_EXCEPTION, UNHANDLED_REJECTION } from '../../node/process-guard.js';
import { CHILD_ID, CHILD_LANGUAGES, FOREIGN_UPDATE, startFakeParent, type Answer, type FakeParent, type HostileCase } from '../helpers/hostile-parent.js';
import { delimited, encodeRaw, parseRaw, splitFrames, text, type RawField } from '../helpers/raw-protobuf.js';
import { freePort, spawnNode, type ProcessNode } from '../helpers/process-node.js';
import { tempDir } from '../helpers/temp.js';
import { waitFor } from '../helpers/wait.js';

// Issue 11, findings 2 and 9, played against real node processes: a child
// (and a mid-tier with a leaf below it) pointed at a fake parent of the
// project's own that lies (test/helpers/hostile-parent.ts).
//
// 2. A parent crashes its child, at every restart, and the crash spreads
//    down: a LanguageAck rule with schedule `this is not cron`;
//    `* * * * * *` is accepted too (a run every second).
// 9. The child checks almost nothing it receives: malformed keys
//    (`u/onlyone`, `b/`), a header that says `neutral` over a `ja-JP`
//    update, records with no body or a garbage body (its own GET /bulletins
//    then fails, and it forwards the bytes on), content recorded as staged
//    for updates it does not hold, its own admin's severity levels
//    overwritten by the parent's.

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => { while (cleanups.length) await cleanups.pop()!(); });

async function fakeParent(port?: number): Promise<FakeParent> {
  const parent = await startFakeParent({ port });
  cleanups.push(() => parent.close());
  return parent;
}

const configs = new WeakMap<ProcessNode, Record<string, unknown>>();

async function node(name: string, config: Record<string, unknown>): Promise<ProcessNode> {
  const { dir, cleanup } = await tempDir(`patchtree-attack-${name}-`);
  const started = await spawnNode(join(dir, name), config);
  configs.set(started, config);
  cleanups.push(async () => { await started.kill(); await cleanup(); });
  return started;
}

/** Stops a node and starts it again on its data, with its config (and `changes`). */
async function restart(stopped: ProcessNode, changes: Record<string, unknown> = {}): Promise<ProcessNode> {
  await stopped.kill();
  const config = { ...configs.get(stopped), ...changes };
  const started = await spawnNode(stopped.dataDir, config);
  configs.set(started, config);
  cleanups.push(() => started.kill());
  return started;
}

const childOf = (parent: { url: string; credential: string; publisherKeys?: unknown[] }, extra: Record<string, unknown> = {}, childId = CHILD_ID) =>
  node(childId, { parent: { url: parent.url, childId, credential: parent.credential, publisherKeys: parent.publisherKeys ?? [] }, languages: CHILD_LANGUAGES, pollSeconds: 3600, ...extra });

async function pulled(child: ProcessNode, rules = ['catalog', 'policies', 'content']): Promise<void> {
  await waitFor('the start-up pull', async () => {
    const runs = (await child.api('GET', '/replication/runs')).body.runs as Array<{ rule: string; status: string }>;
    return rules.every((rule) => runs.some((r) => r.rule === rule && r.status === 'ok')) ? true : undefined;
  }, 60_000);
}

const snapshot = async (child: ProcessNode) => {
  const status = (await child.api('GET', '/status')).body;
  return { lastSeq: status.lastSeq, digest: status.digest };
};

const up = (n: ProcessNode) => n.process.exitCode === null && n.process.signalCode === null;
const crashFree = (n: ProcessNode) => {
  expect(up(n)).toBe(true);
  expect(n.logs()).not.toContain(UNHANDLED_REJECTION);
  expect(n.logs()).not.toContain(UNCAUGHT_EXCEPTION);
  expect(n.logs()).not.toMatch(/Unhandled|UnhandledPromiseRejection|uncaughtException/);
};

/** The parent's answer to reports with some rules' settings replaced. */
function rulesCase(rules: Record<string, { schedule: string }>): HostileCase {
  return {
    id: 'attack/rules', rule: 'hello', verifyPercent: 0, expect: 'refused',
    answers: {
      hello: (honest) => {
        if (honest.status !== 200) return undefined;
        const ack = wire.decodeHelloAck(Buffer.concat(honest.chunks));
        for (const [name, settings] of Object.entries(rules)) ack.rules[name] = { ...ack.rules[name], ...settings } as never;
        return { status: 200, chunks: [wire.encodeHelloAck(ack)] };
      },
    },
  };
}

/** Reports the node's languages (the same ones) so that it asks its parent for the rules at once; resolves once `parent` answered `times` more reports. */
async function reportTo(parent: { served: FakeParent['served'] }, child: ProcessNode, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) {
    const before = parent.served.hello;
    await child.api('PUT', '/languages', { languages: CHILD_LANGUAGES });
    await waitFor('a report to the parent', async () => (parent.served.hello > before ? true : undefined), 10_000, undefined, 10);
  }
}

describe('finding 2: a parent that sends rules a child cannot run', () => {
  it('cannot crash the child, at once or at a restart, and the child keeps the rules it had, logging the refusal once', async () => {
    const parent = await fakeParent();
    const child = await childOf(parent);
    await pulled(child);
    const before = (await child.api('GET', '/replication/rules')).body.rules;
    expect(before.catalog.schedule).toBe('0 0 1 1 *'); // the parent's honest rules

    parent.use(rulesCase({ catalog: { schedule: 'this is not cron' }, policies: { schedule: '* * * * * *' }, content: { schedule: '*/10 * * * * *' } }));
    await reportTo(parent, child, 3);
    crashFree(child);
    // The rules it runs (and would pass on) are the ones it had: not the defaults, not the parent's bad ones.
    expect((await child.api('GET', '/replication/rules')).body.rules).toEqual(before);
    const refusals = child.logs().split('\n').filter((line) => line.includes('the parent sent a rule this node refuses'));
    expect(refusals.map((line) => JSON.parse(line).rule).sort()).toEqual(['catalog', 'content', 'policies']); // once each, however many reports

    // A restart, with the parent still sending them: the child starts, and keeps the same rules.
    const again = await restart(child);
    await reportTo(parent, again, 2);
    crashFree(again);
    expect((await again.api('GET', '/replication/rules')).body.rules).toEqual(before);
  });

  it('cannot spread down a tree: a mid-tier never passes on a rule it refused, and neither it nor its leaf stops', async () => {
    const parent = await fakeParent();
    const mid = await childOf(parent, { pollSeconds: 1 }, CHILD_ID);
    await pulled(mid);
    const registered = await mid.api('POST', '/children', { id: 'leaf' });
    const leaf = await node('leaf', { parent: { url: mid.url, childId: 'leaf', credential: registered.body.credential, publisherKeys: registered.body.publisherKeys }, languages: CHILD_LANGUAGES, pollSeconds: 1 });
    await pulled(leaf);
    const passedOn = (await leaf.api('GET', '/replication/rules')).body.rules;

    parent.use(rulesCase({ catalog: { schedule: 'this is not cron' }, policies: { schedule: '* * * * * *' } }));
    const served = parent.served.hello;
    await waitFor('three reports from the mid-tier', async () => (parent.served.hello >= served + 3 ? true : undefined), 30_000);
    // The leaf reports to the mid-tier every second: let it take the mid-tier's rules a few times.
    const leafReports = (await mid.api('GET', '/children/leaf')).body.lastSeen;
    await waitFor('the leaf to report again', async () => ((await mid.api('GET', '/children/leaf')).body.lastSeen !== leafReports ? true : undefined), 30_000);
    crashFree(mid);
    crashFree(leaf);
    const midRules = (await mid.api('GET', '/replication/rules')).body.rules;
    expect(midRules.catalog.schedule).toBe('0 0 1 1 *');
    expect(midRules.policies.schedule).toBe('0 0 1 1 *');
    expect((await leaf.api('GET', '/replication/rules')).body.rules).toEqual(passedOn);

    const midAgain = await restart(mid);
    await waitFor('a report from the restarted mid-tier', async () => (parent.served.hello >= served + 5 ? true : undefined), 30_000);
    crashFree(midAgain);
    crashFree(leaf);
    expect((await midAgain.api('GET', '/replication/rules')).body.rules.policies.schedule).toBe('0 0 1 1 *');
  });
});

/** A session answer whose batch is rewritten by `change` (the batch's changes in, the ones to send out). */
function batchCase(rule: 'catalog' | 'policies', change: (changes: Uint8Array[]) => Uint8Array[]): HostileCase {
  return {
    id: 'attack/batch', rule, verifyPercent: 0, expect: 'refused',
    answers: {
      session: (honest): Answer | undefined => {
        if (honest.status !== 200) return undefined;
        const frames = splitFrames(Buffer.concat(honest.chunks));
        const i = frames.findIndex((f) => parseRaw(f)[0].no === 2);
        const batch = parseRaw(parseRaw(frames[i])[0].value as Uint8Array);
        const changes = change(batch.filter((f) => f.no === 1).map((f) => f.value as Uint8Array));
        const rebuilt = encodeRaw([...changes.map((c): RawField => ({ no: 1, wire: 2, value: c })), ...batch.filter((f) => f.no !== 1)]);
        const out = frames.map((f, j) => (j === i ? encodeRaw([{ no: 2, wire: 2, value: rebuilt }]) : f));
        return { status: 200, chunks: [Buffer.concat(out.map(delimited))] };
      },
    },
  };
}

const keyOf = (change: Uint8Array) => Buffer.from(parseRaw(change).find((f) => f.no === 1)!.value as Uint8Array).toString();
const recordOf = (changes: Uint8Array[], key: string) => parseRaw(changes.find((c) => keyOf(c) === key)!).find((f) => f.no === 4)!.value as Uint8Array;
/** The update of `key` with one of its fields (SoftwareUpdate field number) set to `value`, as a Record. */
const updateWith = (changes: Uint8Array[], key: string, no: number, value: string) => {
  const update = parseRaw(recordOf(changes, key))[0].value as Uint8Array; // Record.update = 2, the one body
  return encodeRaw([{ no: 2, wire: 2, value: encodeRaw([...parseRaw(update).filter((f) => f.no !== no), { no, wire: 2, value: text(value) }]) }]);
};
/** The change of `key` with its key (1), languages (2) or record (4) replaced. */
const rewrite = (changes: Uint8Array[], key: string, replace: { key?: string; languages?: string[]; record?: Uint8Array | null }) => changes.map((c) => {
  if (keyOf(c) !== key) return c;
  const fields = parseRaw(c);
  const keep = fields.filter((f) => !(f.no === 1 && replace.key !== undefined) && !(f.no === 2 && replace.languages) && !(f.no === 4 && replace.record !== undefined));
  return encodeRaw([
    ...(replace.key !== undefined ? [{ no: 1, wire: 2 as const, value: text(replace.key) }] : []),
    ...keep,
    ...(replace.languages ?? []).map((l): RawField => ({ no: 2, wire: 2, value: text(l) })),
    ...(replace.record ? [{ no: 4, wire: 2 as const, value: replace.record }] : []),
  ]);
});

describe('finding 9: a parent that sends records a child must refuse', () => {
  const attacks: Array<[string, (changes: Uint8Array[], foreign: Uint8Array) => Uint8Array[]]> = [
    ['a malformed key: u/onlyone', (cs) => rewrite(cs, 'u/HT-1/HT-1-en', { key: 'u/onlyone' })],
    ['a malformed key: b/', (cs) => rewrite(cs, 'b/HT-1', { key: 'b/' })],
    ['a header that says neutral over a ja-JP update', (cs, foreign) => [...cs, rewrite([foreign], FOREIGN_UPDATE, { languages: ['neutral'] })[0]]],
    ['a header that says neutral over an en-US update', (cs) => rewrite(cs, 'u/HT-1/HT-1-en', { languages: ['neutral'] })],
    ['a record with no body', (cs) => rewrite(cs, 'b/HT-1', { record: null })],
    ['a record with an empty body', (cs) => rewrite(cs, 'b/HT-1', { record: new Uint8Array() })],
    ['a record with a garbage body', (cs) => rewrite(cs, 'b/HT-1', { record: encodeRaw([{ no: 1, wire: 2, value: Uint8Array.from([0x0a, 0xff, 0xff, 0x7f, 0x01, 0x02]) }]) })],
    ['an update under a bulletin key', (cs) => rewrite(cs, 'b/HT-1', { record: recordOf(cs, 'u/HT-1/HT-1-en') })],
    ['a file: URL', (cs) => rewrite(cs, 'u/HT-1/HT-1-en', { record: updateWith(cs, 'u/HT-1/HT-1-en', 8, 'file:///etc/passwd') })],
    ['a javascript: URL', (cs) => rewrite(cs, 'u/HT-1/HT-1-en', { record: updateWith(cs, 'u/HT-1/HT-1-en', 8, 'javascript:alert(1)') })],
    ['a file name that climbs out: ../../evil.msu', (cs) => rewrite(cs, 'u/HT-1/HT-1-en', { record: updateWith(cs, 'u/HT-1/HT-1-en', 4, '../../evil.msu') })],
    ['a file name with a backslash', (cs) => rewrite(cs, 'u/HT-1/HT-1-en', { record: updateWith(cs, 'u/HT-1/HT-1-en', 4, '..\\windows\\evil.msu') })],
  ];

  it.each(attacks)('refuses %s: the run fails REPL_BAD_RECORD, the batch changes nothing, the child stays up and serves its records', async (_name, attack) => {
    const parent = await fakeParent();
    const child = await childOf(parent);
    await pulled(child);
    const before = await snapshot(child);
    const foreign = (await parent.catalog.store.get(FOREIGN_UPDATE))!.bytes;
    parent.use(batchCase('catalog', (cs) => attack(cs, foreign)));
    const run = (await child.api('POST', '/replication/pull', { rules: ['catalog'] })).body.runs[0];
    expect(run).toMatchObject({ status: 'failed', error: { code: 'REPL_BAD_RECORD' } });
    expect(await snapshot(child)).toEqual(before);
    expect((await child.api('GET', '/bulletins')).status).toBe(200);
    expect((await child.api('GET', '/bulletins/HT-3')).status).toBe(404); // the ja-JP bulletin and its update never came
    const keys = (await child.api('GET', '/records?limit=1000')).body.records.map((r: { key: string }) => r.key);
    expect(keys).not.toContain('u/onlyone');
    expect(keys).not.toContain('b/');
    expect(keys).not.toContain(FOREIGN_UPDATE);
    crashFree(child);
    // The next honest run goes through.
    parent.use(undefined);
    expect((await child.api('POST', '/replication/pull', { rules: ['catalog'] })).body.runs[0]).toMatchObject({ status: 'ok' });
  });

  it('records no file as staged for an update the child does not hold, and takes no verified flag from the parent', async () => {
    const parent = await fakeParent();
    const child = await childOf(parent);
    await pulled(child);
    const foreignFile = (await parent.catalog.staging.filesIn(['ja-JP'])).find((f) => f.updateKey === 'u/HT-1/HT-1-ja')!;
    parent.use({
      id: 'attack/content', rule: 'content', verifyPercent: 0, expect: 'ignored',
      answers: {
        content: (honest) => {
          const files = wire.decodeContentList(Buffer.concat(honest.chunks));
          // Offered: a ja-JP file (the child manages en-US), a file for an update nobody holds, and the no-vendor-hash file marked verified.
          const offered = [
            ...files.map((f) => ({ ...f, verified: true })),
            { updateKey: FOREIGN_UPDATE, algorithm: foreignFile.algorithm, hash: foreignFile.hash, size: foreignFile.size, verified: true },
            { updateKey: 'u/HT-404/HT-404-x', algorithm: foreignFile.algorithm, hash: foreignFile.hash, size: foreignFile.size, verified: true },
          ];
          return { status: 200, chunks: [wire.encodeContentList(offered)] };
        },
      },
    });
    const run = (await child.api('POST', '/replication/pull', { rules: ['content'] })).body.runs[0];
    expect(run.status).toBe('ok');
    crashFree(child);
    await child.kill();
    const store = await RecordStore.open(join(child.dataDir, 'db'));
    try {
      const staged: Record<string, { verified: boolean }> = {};
      for await (const [key, value] of store.state.iterator(STATE_FAMILIES.staged.range())) staged[STATE_FAMILIES.staged.idOf(key)] = value as { verified: boolean };
      expect(Object.keys(staged).sort()).toEqual(['u/HT-1/HT-1-en', 'u/HT-1/HT-1-neutral']);
      // The no-vendor-hash file is the parent's word alone: not verified here, whatever the parent says.
      expect(staged['u/HT-1/HT-1-neutral'].verified).toBe(false);
      expect(staged['u/HT-1/HT-1-en'].verified).toBe(true);
    } finally {
      await store.close();
    }
  });

  it("keeps the child's own admin's severity levels when the parent's come", async () => {
    const port = await freePort();
    // The child starts before its parent is there: its admin sets levels of its own.
    const child = await childOf({ url: `http://127.0.0.1:${port}`, credential: 'not yet' });
    expect((await child.api('PUT', '/severity-levels', { levels: ['Mine', 'Also mine'] })).status).toBe(200);
    const parent = await fakeParent(port);
    // Registered now (the credential comes with the parent): the same node, restarted with its credential.
    const again = await restart(child, { parent: { url: parent.url, childId: CHILD_ID, credential: parent.credential, publisherKeys: parent.publisherKeys } });
    await pulled(again, ['catalog']);
    const levels = (await again.api('GET', '/severity-levels')).body;
    expect(levels).toMatchObject({ levels: ['Urgent', 'Routine'], from: 'parent', own: ['Mine', 'Also mine'] });
    // Read-only while the parent's are in force; the node's own stay as they were.
    expect((await again.api('PUT', '/severity-levels', { levels: ['Other'] })).body.error.code).toBe('REPL_READ_ONLY');
    expect((await again.api('GET', '/severity-levels')).body.own).toEqual(['Mine', 'Also mine']);
    crashFree(again);
  });

  it('never forwards a refused record to its own children', async () => {
    const parent = await fakeParent();
    const mid = await childOf(parent);
    await pulled(mid);
    const registered = await mid.api('POST', '/children', { id: 'leaf' });
    const leaf = await node('leaf', { parent: { url: mid.url, childId: 'leaf', credential: registered.body.credential, publisherKeys: registered.body.publisherKeys }, languages: CHILD_LANGUAGES, pollSeconds: 3600 });
    await pulled(leaf);
    parent.use(batchCase('catalog', (cs) => rewrite(cs, 'b/HT-1', { record: encodeRaw([{ no: 1, wire: 2, value: Uint8Array.from([0xff, 0xff, 0xff]) }]) })));
    expect((await mid.api('POST', '/replication/pull', { rules: ['catalog'] })).body.runs[0]).toMatchObject({ status: 'failed', error: { code: 'REPL_BAD_RECORD' } });
    const run = (await leaf.api('POST', '/replication/pull', { rules: ['catalog'], verifyPercent: 100 })).body.runs[0];
    expect(run).toMatchObject({ status: 'ok', verification: { digestEqual: true, mismatched: 0 } });
    expect((await leaf.api('GET', '/bulletins/HT-1')).status).toBe(200);
    crashFree(mid);
    crashFree(leaf);
  });
});
