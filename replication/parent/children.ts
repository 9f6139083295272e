import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { PatchtreeError } from '../../protocol/index.js';
import { Mutex, STATE_FAMILIES, STATE_KEYS, type RecordStore } from '../../catalog/index.js';
import { CHILD_HEADER, type NodeLanguages, type RunReportData } from '../wire.js';
import { childHealth, DEFAULT_HEALTH_SETTINGS, foldRun, staleAlert, type ChildHealth, type HealthSettings, type RunFacts, type StaleAlert } from './child-health.js';

export interface ChildRecord {
  id: string;
  name: string;
  /** sha256 of the credential; the credential itself is shown once, at registration. */
  credentialHash: string;
  registered: string;
  /** Languages the child reported it manages (and, for a mid-tier node, what its own children need). */
  languages: string[];
  descendants: NodeLanguages[];
  /** The child node's identity and node id, as it last reported them (loops are detected by identity). */
  identity?: string;
  nodeId?: string;
  /** The child's own signed statement (relayed up with its descendants'). */
  statement?: string;
  lastSeen?: string;
}

export type ChildView = Omit<ChildRecord, 'credentialHash'>;

/** A child as the admin API lists it: with its health. */
export type ChildWithHealth = ChildView & { health: ChildHealth };

/** A run as a child reported it to this node. */
export interface ReportedRun extends RunReportData {
  child: string;
}

export type RunNowCounters = Record<string, { counter: number; mode: string }>;

const RUN_NOW = STATE_FAMILIES.childRunNow;
const RUNS = STATE_FAMILIES.childRun;
const RUN_IDS = STATE_FAMILIES.childRunId;
const RUN_SLOTS = STATE_FAMILIES.childRunSlots;
const HEALTH = STATE_FAMILIES.childHealth;
/** Reported runs listed for all children at once (the newest). */
const LIST_REPORTED = 500;
/** Reported runs kept per child: its newest, in a ring. */
const KEEP_PER_CHILD = 100;

/** A reported run as stored, with the order this node received it in. */
type StoredRun = ReportedRun & { seq: number };
/** The key range of one child's entries in a family keyed `<child id>/...` (child ids hold no "/"). */
const ofChild = (family: typeof RUNS, child: string) => ({ gte: family.key(`${child}/`), lt: family.key(`${child}/\uffff`) });
const runIdKey = (run: Pick<ReportedRun, 'child' | 'id' | 'started'>) => RUN_IDS.key(`${run.child}/${createHash('sha256').update(JSON.stringify([run.id, run.started])).digest('hex').slice(0, 32)}`);

const CHILDREN = STATE_FAMILIES.child;
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const hash = (credential: string) => createHash('sha256').update(credential).digest('hex');
/** Compared against when no child has the id, so that an unknown child costs what a wrong credential does. */
const NO_CHILD_HASH = hash(randomBytes(32).toString('base64url'));
const view = ({ credentialHash: _, ...child }: ChildRecord): ChildView => child;

/** The children a parent admin registered, with the credential each authenticates its sync calls with. */
export class Children {
  /**
   * Child records, run reports and run-now counters are read-modify-writes of
   * one state value each: one at a time, so that no update is lost and none
   * brings back a child just removed (its credential revoked).
   */
  private readonly lock = new Mutex();

  constructor(private readonly store: RecordStore, private readonly healthSettings: Readonly<HealthSettings> = DEFAULT_HEALTH_SETTINGS) {}

  /** Asks children to run a rule now: raises its counter, which each child sees at its next report. */
  async requestRun(ids: readonly string[], rule: string, mode: string): Promise<void> {
    await this.lock.run(async () => {
      for (const id of ids) {
        const counters = await this.runNow(id);
        counters[rule] = { counter: (counters[rule]?.counter ?? 0) + 1, mode };
        await this.store.state.put(RUN_NOW.key(id), counters);
      }
    });
  }

  async runNow(id: string): Promise<RunNowCounters> {
    return ((await this.store.state.get(RUN_NOW.key(id))) ?? {}) as RunNowCounters;
  }

  /**
   * Keeps a child's run report; a report sent again is kept once. Each
   * report is a key of its own in a ring of the child's newest
   * KEEP_PER_CHILD, so keeping one costs a few reads and one small write
   * whatever the history holds, and a chatty (or hostile) child can neither
   * grow the history nor push the other children's runs out. The child's
   * health facts (its newest run and success per rule) are written in the
   * same batch. Resolves false for a report already kept.
   */
  async recordRun(run: ReportedRun): Promise<boolean> {
    return this.lock.run(async () => {
      const state = this.store.state;
      if (run.id && (await state.get(runIdKey(run))) !== undefined) return false;
      const slots = ((await state.get(RUN_SLOTS.key(run.child))) ?? { next: 0 }) as { next: number };
      const slot = RUNS.key(`${run.child}/${String(slots.next % KEEP_PER_CHILD).padStart(3, '0')}`);
      const replaced = (await state.get(slot)) as StoredRun | undefined;
      this.lastRunSeq ??= ((await state.get(STATE_KEYS.reportedRunSeq)) as number | undefined) ?? 0;
      const seq = ++this.lastRunSeq;
      const ops: Array<{ type: 'put'; key: string; value: unknown } | { type: 'del'; key: string }> = [];
      if (replaced?.id) ops.push({ type: 'del', key: runIdKey(replaced) });
      if (run.id) ops.push({ type: 'put', key: runIdKey(run), value: seq });
      ops.push(
        { type: 'put', key: slot, value: { ...run, seq } satisfies StoredRun },
        { type: 'put', key: RUN_SLOTS.key(run.child), value: { next: slots.next + 1 } },
        { type: 'put', key: STATE_KEYS.reportedRunSeq, value: seq },
        { type: 'put', key: HEALTH.key(run.child), value: foldRun(await this.runFacts(run.child), run, Date.now()) },
      );
      // The one list all reports were kept in before goes (rewritten whole at each report, it grew with the history).
      if (!this.legacyCleared) ops.push({ type: 'del', key: STATE_KEYS.reportedRunsLegacy });
      await state.batch(ops);
      this.legacyCleared = true;
      return true;
    });
  }

  /** What the child's health is computed from: per rule, its newest reported run and newest success. */
  async runFacts(id: string): Promise<RunFacts> {
    return ((await this.store.state.get(HEALTH.key(id))) ?? {}) as RunFacts;
  }

  /** Every child with its health now. */
  async listWithHealth(now = Date.now()): Promise<ChildWithHealth[]> {
    return Promise.all((await this.list()).map((child) => this.withHealth(child, now)));
  }

  async getWithHealth(id: string, now = Date.now()): Promise<ChildWithHealth> {
    return this.withHealth(await this.get(id), now);
  }

  /** CHILD_STALE alerts: children with a rule that has not succeeded for longer than childStaleSeconds. */
  async staleAlerts(now = Date.now()): Promise<StaleAlert[]> {
    const alerts: StaleAlert[] = [];
    for (const child of await this.list()) {
      const alert = staleAlert(child, await this.runFacts(child.id), now, this.healthSettings);
      if (alert) alerts.push(alert);
    }
    return alerts;
  }

  private async withHealth(child: ChildView, now: number): Promise<ChildWithHealth> {
    const input = { lastSeen: child.lastSeen, registered: child.registered, runs: await this.runFacts(child.id), lastSeq: this.store.lastSeq, now };
    return { ...child, health: childHealth(input, this.healthSettings) };
  }

  private lastRunSeq?: number;
  private legacyCleared = false;

  /** The runs children reported, newest first: one child's (at most KEEP_PER_CHILD), or the newest LIST_REPORTED of all. */
  async reportedRuns(child?: string): Promise<ReportedRun[]> {
    const runs: StoredRun[] = [];
    for await (const value of this.store.state.values(child === undefined ? RUNS.range() : ofChild(RUNS, child))) runs.push(value as StoredRun);
    runs.sort((a, b) => b.seq - a.seq);
    return runs.slice(0, LIST_REPORTED).map(({ seq: _, ...run }) => run);
  }

  /** Registers a child and returns its credential (shown once; only its hash is kept). */
  async register(id: unknown, name?: unknown): Promise<{ child: ChildView; credential: string }> {
    if (typeof id !== 'string' || !ID.test(id)) throw new PatchtreeError('CHILD_INVALID', 'child id must be 1-64 letters, digits, ".", "_" or "-"');
    if (name !== undefined && typeof name !== 'string') throw new PatchtreeError('CHILD_INVALID', 'name must be a string');
    return this.lock.run(async () => {
      if (await this.store.state.get(CHILDREN.key(id))) throw new PatchtreeError('CHILD_EXISTS', `child ${id} is already registered; delete it first to issue a new credential`);
      const credential = randomBytes(32).toString('base64url');
      const child: ChildRecord = { id, name: (name as string | undefined) ?? id, credentialHash: hash(credential), registered: new Date().toISOString(), languages: [], descendants: [] };
      await this.store.state.put(CHILDREN.key(id), child);
      return { child: view(child), credential };
    });
  }

  async list(): Promise<ChildView[]> {
    const out: ChildView[] = [];
    for await (const value of this.store.state.values(CHILDREN.range())) out.push(view(value as ChildRecord));
    return out;
  }

  async get(id: string): Promise<ChildView> {
    const child = (await this.store.state.get(CHILDREN.key(id))) as ChildRecord | undefined;
    if (!child) throw new PatchtreeError('NOT_FOUND', `no child ${id}`);
    return view(child);
  }

  /** Removes a child (its credential no longer opens anything) and the runs it reported. */
  async remove(id: string): Promise<void> {
    await this.lock.run(async () => {
      await this.get(id);
      const ops: Array<{ type: 'del'; key: string }> = [{ type: 'del', key: CHILDREN.key(id) }, { type: 'del', key: RUN_SLOTS.key(id) }, { type: 'del', key: HEALTH.key(id) }, { type: 'del', key: STATE_FAMILIES.bundleCursor.key(id) }];
      for (const family of [RUNS, RUN_IDS]) for await (const key of this.store.state.keys(ofChild(family, id))) ops.push({ type: 'del', key });
      await this.store.state.batch(ops);
    });
  }

  /**
   * The registered child whose credential this is. An unknown child and a
   * wrong credential are refused alike, with the same code after the same
   * work, so that no caller can learn which child ids exist.
   */
  async authenticate(id: string, credential: string | undefined): Promise<ChildRecord> {
    if (!credential || !id) throw new PatchtreeError('AUTH_REQUIRED', `sync calls need "Authorization: Bearer <child credential>" and "${CHILD_HEADER}: <child id>"`);
    const child = ID.test(id) ? ((await this.store.state.get(CHILDREN.key(id))) as ChildRecord | undefined) : undefined;
    const given = Buffer.from(hash(credential), 'hex');
    const matches = timingSafeEqual(given, Buffer.from(child?.credentialHash ?? NO_CHILD_HASH, 'hex'));
    if (!child || !matches) throw new PatchtreeError('AUTH_INVALID_CREDENTIAL', `unknown child ${JSON.stringify(id.slice(0, 100))} or wrong credential`);
    return child;
  }

  /** Records what a child needs and when it was last seen. */
  async update(id: string, change: Partial<Pick<ChildRecord, 'languages' | 'descendants' | 'identity' | 'nodeId' | 'statement' | 'lastSeen'>>): Promise<void> {
    await this.lock.run(async () => {
      const child = (await this.store.state.get(CHILDREN.key(id))) as ChildRecord | undefined;
      if (!child) return;
      await this.store.state.put(CHILDREN.key(id), { ...child, ...change });
    });
  }
}
