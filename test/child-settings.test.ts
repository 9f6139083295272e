import { afterEach, describe, expect, it } from 'vitest';
import { uncheckedTrust } from './helpers/replication.js';
import { NodeKey } from '../catalog/index.js';
import pino from 'pino';
import { Writable } from 'node:stream';
import { encodeChange } from '../protocol/index.js';
import { Catalog, STATE_KEYS } from '../catalog/index.js';
import { ChildReplicator, Children, Rules, Uplink, validateRule, type HelloAck, type ParentPort, type RuleSet } from '../replication/index.js';
import { ChildSchedules } from '../node/child-schedules.js';
import { openCatalog } from './helpers/catalog.js';

// What a parent sets on a child (its rules) is checked before anything is
// saved, and what the child's own admin set (its severity levels) is never
// overwritten by the parent (issue 11, findings 2 and 9).

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => { while (cleanups.length) await cleanups.pop()!(); });

async function catalogOf(languages = ['en-US']) {
  const { catalog, close } = await openCatalog({ languages });
  cleanups.push(close);
  return catalog;
}

/** A logger whose lines are kept, to count them. */
function recordingLogger() {
  const lines: Array<Record<string, unknown>> = [];
  const logger = pino({ level: 'debug' }, new Writable({ write(chunk, _e, done) { lines.push(JSON.parse(String(chunk))); done(); } }));
  return { logger, lines };
}

const honest = (schedule: string): RuleSet[keyof RuleSet] => ({ mode: 'differential', schedule, verification: { enabled: true, percent: 5 }, policyIds: [] });

/** A child replicator whose parent answers every report with `rules()`. */
function childOf(catalog: Catalog, rules: () => HelloAck['rules'], logger = pino({ level: 'silent' })) {
  const parent = {
    hello: async (): Promise<HelloAck> => ({ parentId: 'p', parentIdentity: 'parent-identity', unmanaged: [], rules: rules(), runNow: [] }),
    reportRun: async () => undefined,
  } as unknown as ParentPort;
  const ruleStore = new Rules(catalog.store);
  const applied: Array<Partial<RuleSet>> = [];
  const replicator = new ChildReplicator({ catalog, parent: new Uplink(parent, logger), nodeId: 'n', identity: 'i', childId: 'c', children: new Children(catalog.store), rules: ruleStore, logger, onRules: (r) => applied.push(r), trust: uncheckedTrust(), identityKey: NodeKey.generate() });
  cleanups.push(() => replicator.stop());
  return { replicator, ruleStore, applied };
}

describe('rule settings from the parent (finding 2)', () => {
  it('are refused past what croner can run or once a minute, by the one check an admin\'s rules pass too', () => {
    const current = honest('*/15 * * * *');
    for (const schedule of ['this is not cron', '* * * * * *', '*/10 * * * * *', '0,30 * * * * *', '* * * * * * *', '', 'x'.repeat(300), '61 * * * *']) {
      expect(() => validateRule('catalog', { schedule }, current), schedule).toThrow(expect.objectContaining({ code: 'RULE_INVALID' }));
    }
    for (const schedule of ['* * * * *', '0 * * * * *', '30 */5 * * * *', '0 0 1 1 *', '@hourly']) expect(validateRule('catalog', { schedule }, current).schedule).toBe(schedule);
    expect(() => validateRule('catalog', { verification: { percent: 101 } }, current)).toThrow(expect.objectContaining({ code: 'RULE_INVALID' }));
    expect(() => validateRule('policies', { policyIds: ['a/b'] }, current)).toThrow(expect.objectContaining({ code: 'RULE_INVALID' }));
    expect(() => validateRule('policies', { policyIds: Array.from({ length: 1001 }, (_, i) => `p${i}`) }, current)).toThrow(expect.objectContaining({ code: 'RULE_INVALID' }));
  });

  it('that a child refuses leave it with the rules it had (not the defaults), saved and applied, and are logged once', async () => {
    const catalog = await catalogOf();
    const { logger, lines } = recordingLogger();
    let answer: HelloAck['rules'] = { catalog: honest('0 0 1 1 *'), policies: honest('0 0 1 1 *') };
    const { replicator, ruleStore, applied } = childOf(catalog, () => answer, logger);
    await replicator.hello();
    const before = await ruleStore.fromParent();
    expect(before.catalog.schedule).toBe('0 0 1 1 *');

    answer = { catalog: honest('this is not cron'), policies: honest('* * * * * *') };
    for (let i = 0; i < 3; i++) await replicator.hello();
    expect(await ruleStore.fromParent()).toEqual(before);
    // A mid-tier passes on what it runs: never the refused ones.
    expect((await ruleStore.all()).catalog.schedule).toBe('0 0 1 1 *');
    expect(applied.at(-1)).toEqual(before);
    const refusals = lines.filter((l) => l.msg === 'the parent sent a rule this node refuses; it keeps its previous one');
    expect(refusals.map((l) => l.rule).sort()).toEqual(['catalog', 'policies']);

    // When the parent sends rules it can run again, they are taken.
    answer = { catalog: honest('0 3 * * *'), policies: honest('0 0 1 1 *') };
    await replicator.hello();
    expect((await ruleStore.fromParent()).catalog.schedule).toBe('0 3 * * *');
  });

  it('kept by an older version that would not pass today are left out when read, so no timer is built from them', async () => {
    const catalog = await catalogOf();
    await catalog.store.state.put(STATE_KEYS.rulesInherited, { catalog: honest('this is not cron'), policies: honest('* * * * * *'), content: honest('0 4 * * *') });
    const rules = new Rules(catalog.store);
    const fromParent = await rules.fromParent();
    expect(fromParent.catalog.schedule).toBe('*/15 * * * *'); // the default
    expect(fromParent.policies.schedule).toBe('*/5 * * * *');
    expect(fromParent.content.schedule).toBe('0 4 * * *');
  });

  it('never make the child\'s timers throw: a schedule croner cannot run is logged and left out', () => {
    const { logger, lines } = recordingLogger();
    const schedules = new ChildSchedules({ hello: async () => undefined, pull: async () => [] } as unknown as ChildReplicator, logger);
    expect(() => schedules.apply({ catalog: honest('this is not cron'), policies: honest('0 0 1 1 *') })).not.toThrow();
    schedules.stop();
    expect(lines.some((l) => l.msg === 'a replication schedule cannot run; the rule runs only when asked' && l.rule === 'catalog')).toBe(true);
  });
});

describe("the child's own severity levels (finding 9)", () => {
  const parentLevels = (levels: string[]) => encodeChange({ key: 's/levels', languages: ['neutral'], record: { severityLevels: { levels } } });

  it("are kept when the parent's replace the record, shown as `own`, and in force again once the parent's are gone", async () => {
    const catalog = await catalogOf();
    await catalog.settings.setSeverityLevels(['Mine', 'Also mine']);
    expect(await catalog.settings.severityLevelsView()).toEqual({ levels: ['Mine', 'Also mine'], from: 'local', own: ['Mine', 'Also mine'] });
    // The parent's levels arrive as replicated bytes, as a run writes them.
    await catalog.store.write([{ type: 'put-bytes', key: 's/levels', bytes: parentLevels(['Urgent', 'Routine']) }]);
    expect(await catalog.settings.severityLevelsView()).toEqual({ levels: ['Urgent', 'Routine'], from: 'parent', own: ['Mine', 'Also mine'] });
    await expect(catalog.settings.setSeverityLevels(['Other'])).rejects.toMatchObject({ code: 'REPL_READ_ONLY' });
    await catalog.store.write([{ type: 'put-bytes', key: 's/levels', bytes: encodeChange({ key: 's/levels', languages: ['neutral'], deleted: true }) }]);
    expect(await catalog.settings.severityLevelsView()).toEqual({ levels: ['Mine', 'Also mine'], from: 'local', own: ['Mine', 'Also mine'] });
  });

  it('set before they were kept apart (only in the record) are kept at the next start', async () => {
    const { catalog, dir, close } = await openCatalog();
    // An older node's store: the levels in the record alone.
    await catalog.store.write([{ type: 'put', key: 's/levels', languages: ['neutral'], record: { severityLevels: { levels: ['Old'] } } }]);
    await catalog.close();
    const reopened = await Catalog.open({ dataDir: dir, logger: pino({ level: 'silent' }), nodeId: 'n', languages: ['en-US'], exclusions: [] });
    cleanups.push(async () => { await reopened.close(); await close().catch(() => undefined); });
    await reopened.store.write([{ type: 'put-bytes', key: 's/levels', bytes: parentLevels(['Urgent']) }]);
    expect(await reopened.settings.severityLevelsView()).toEqual({ levels: ['Urgent'], from: 'parent', own: ['Old'] });
  });
});
