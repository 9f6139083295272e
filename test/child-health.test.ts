import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { RecordStore } from '../catalog/index.js';
import { childHealth, Children, foldRun, ruleHealth, staleAlert, wire, type RunFacts, type RunReportData } from '../replication/index.js';
import { tempDir } from './helpers/temp.js';

// The health of a child as its parent computes it (replication/parent/child-health.ts), from the facts it stores.

const T0 = Date.parse('2026-01-01T00:00:00.000Z');
const at = (seconds: number) => new Date(T0 + seconds * 1000).toISOString();
let nextId = 1;
const run = (rule: RunReportData['rule'], status: RunReportData['status'], startedSeconds: number, extra: Partial<RunReportData> = {}): RunReportData => ({
  id: nextId++, rule, trigger: 'schedule', started: at(startedSeconds), durationMs: 1000, status, ...(status === 'ok' ? {} : { error: { code: 'REPL_PARENT_UNREACHABLE', message: 'no parent' } }), ...extra,
});
const fold = (runs: RunReportData[], receivedSeconds = 10_000) => runs.reduce<RunFacts>((facts, r) => foldRun(facts, r, T0 + receivedSeconds * 1000), {});
const OFFLINE = { offlineAfterMs: 60_000 };

describe('child health, computed', () => {
  it('keeps per rule the newest attempt and the newest success; a late, older report changes neither', () => {
    const facts = fold([run('catalog', 'ok', 10, { uptoSeq: 5 }), run('catalog', 'failed', 20), run('catalog', 'ok', 5, { uptoSeq: 2 })]);
    expect(facts.catalog?.lastAttempt).toMatchObject({ at: at(20), status: 'failed' });
    expect(facts.catalog?.lastSuccess).toMatchObject({ at: at(10), uptoSeq: 5 });
    expect(facts.policies).toBeUndefined();
  });

  it('takes a start later than the report\'s arrival (a child clock ahead) as the arrival', () => {
    const facts = fold([run('policies', 'ok', 50_000, { uptoSeq: 1 })], 100);
    expect(facts.policies?.lastSuccess?.at).toBe(at(100));
  });

  it('gives the lag behind this node\'s store from the last success, and null for content or before any success', () => {
    const facts = fold([run('catalog', 'ok', 100, { uptoSeq: 40 }), run('content', 'ok', 100)]);
    expect(ruleHealth('catalog', facts.catalog, 40, T0 + 400_000)).toEqual({ lastAttemptAt: at(100), lastSuccessAt: at(100), lagSequences: 0, lagSeconds: 0, lastError: null });
    expect(ruleHealth('catalog', facts.catalog, 52, T0 + 400_000)).toMatchObject({ lagSequences: 12, lagSeconds: 300 });
    expect(ruleHealth('content', facts.content, 52, T0 + 400_000)).toMatchObject({ lagSequences: null, lagSeconds: null, lastSuccessAt: at(100) });
    expect(ruleHealth('policies', facts.policies, 52, T0)).toEqual({ lastAttemptAt: null, lastSuccessAt: null, lagSequences: null, lagSeconds: null, lastError: null });
  });

  it('is unknown before the child was heard from, ok, failing when a rule\'s newest run failed, offline after offlineAfterMs', () => {
    const ok = fold([run('catalog', 'ok', 10, { uptoSeq: 1 })]);
    const base = { registered: at(0), lastSeq: 1, now: T0 + 30_000 };
    expect(childHealth({ ...base, runs: {} }, OFFLINE)).toMatchObject({ state: 'unknown', offlineSince: null });
    expect(childHealth({ ...base, lastSeen: at(20), runs: ok }, OFFLINE)).toMatchObject({ state: 'ok', offlineSince: null });
    const failing = childHealth({ ...base, lastSeen: at(20), runs: fold([run('catalog', 'ok', 10), run('policies', 'interrupted', 15)]) }, OFFLINE);
    expect(failing.state).toBe('failing');
    expect(failing.rules.policies.lastError).toEqual({ code: 'REPL_PARENT_UNREACHABLE', message: 'no parent' });
    expect(failing.rules.catalog.lastError).toBeNull();
    // Green again once the rule's next run succeeds.
    expect(childHealth({ ...base, lastSeen: at(20), runs: fold([run('catalog', 'ok', 10), run('policies', 'interrupted', 15), run('policies', 'ok', 16)]) }, OFFLINE).state).toBe('ok');
    const offline = childHealth({ ...base, now: T0 + 81_000, lastSeen: at(20), runs: ok }, OFFLINE);
    expect(offline).toMatchObject({ state: 'offline', offlineSince: at(20) });
  });

  it('raises CHILD_STALE for the rules without a success for longer than staleAfterMs, counted from registration when none', () => {
    const child = { id: 'site-a', registered: at(0) };
    const facts = fold([run('catalog', 'ok', 100), run('policies', 'ok', 500), run('content', 'ok', 500)]);
    expect(staleAlert(child, facts, T0 + 550_000, { staleAfterMs: 600_000 })).toBeUndefined();
    expect(staleAlert(child, facts, T0 + 750_000, { staleAfterMs: 600_000 })).toMatchObject({ kind: 'child-stale', code: 'CHILD_STALE', child: 'site-a', rules: ['catalog'], lastSuccessAt: at(100) });
    expect(staleAlert(child, {}, T0 + 100_000, { staleAfterMs: 600_000 })).toBeUndefined();
    expect(staleAlert(child, {}, T0 + 700_000, { staleAfterMs: 600_000 })).toMatchObject({ rules: ['catalog', 'policies', 'content'], lastSuccessAt: null });
  });
});

describe('child health, stored', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => { while (cleanups.length) await cleanups.pop()!(); });

  async function registry() {
    const { dir, cleanup } = await tempDir('patchtree-child-health-');
    const store = await RecordStore.open(join(dir, 'db'));
    cleanups.push(async () => { await store.close(); await cleanup(); });
    return new Children(store, { offlineAfterMs: 60_000, staleAfterMs: 3_600_000 });
  }

  it('keeps the facts with each report, once per report, and forgets them with the child', async () => {
    const children = await registry();
    await children.register('site-a');
    const now = Date.now();
    await children.update('site-a', { lastSeen: new Date(now).toISOString() });
    const failed = { child: 'site-a', ...run('catalog', 'failed', 0, { started: new Date(now - 1000).toISOString() }) };
    expect(await children.recordRun(failed)).toBe(true);
    expect(await children.recordRun(failed)).toBe(false);
    expect((await children.getWithHealth('site-a')).health).toMatchObject({ state: 'failing', rules: { catalog: { lastError: { code: 'REPL_PARENT_UNREACHABLE' } } } });
    await children.recordRun({ child: 'site-a', ...run('catalog', 'ok', 0, { started: new Date(now).toISOString(), uptoSeq: 0 }) });
    const [listed] = await children.listWithHealth();
    expect(listed.health.state).toBe('ok');
    expect(listed.health.rules.catalog).toMatchObject({ lastSuccessAt: new Date(now).toISOString(), lagSequences: 0, lastError: null });
    await children.remove('site-a');
    await children.register('site-a');
    expect(await children.runFacts('site-a')).toEqual({});
  });

  it('learns the sequence a run reached from its report on the wire', () => {
    const bytes = wire.encodeRunReport('site-a', run('catalog', 'ok', 0, { uptoSeq: 1234 }));
    expect(wire.decodeRunReport(bytes).body.uptoSeq).toBe(1234);
  });
});
