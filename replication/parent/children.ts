import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { PatchtreeError } from '../../protocol/index.js';
import { Mutex, STATE_FAMILIES, STATE_KEYS, type RecordStore } from '../../catalog/index.js';
import type { NodeLanguages, RunReportData } from '../wire.js';

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

/** A run as a child reported it to this node. */
export interface ReportedRun extends RunReportData {
  child: string;
}

export type RunNowCounters = Record<string, { counter: number; mode: string }>;

const RUN_NOW = STATE_FAMILIES.childRunNow;
const REPORTED_RUNS = STATE_KEYS.reportedRuns;
const KEEP_REPORTED = 500;
const KEEP_PER_CHILD = 100;

const CHILDREN = STATE_FAMILIES.child;
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const hash = (credential: string) => createHash('sha256').update(credential).digest('hex');
const view = ({ credentialHash: _, ...child }: ChildRecord): ChildView => child;

/** The children a parent admin registered, with the credential each authenticates its sync calls with. */
export class Children {
  /**
   * Child records, run reports and run-now counters are read-modify-writes of
   * one state value each: one at a time, so that no update is lost and none
   * brings back a child just removed (its credential revoked).
   */
  private readonly lock = new Mutex();

  constructor(private readonly store: RecordStore) {}

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

  /** Keeps a child's run report (the last few hundred of all children); a report sent again is kept once. */
  async recordRun(run: ReportedRun): Promise<void> {
    await this.lock.run(async () => {
      const history = await this.reportedRuns();
      if (run.id && history.some((r) => r.child === run.child && r.id === run.id && r.started === run.started)) return;
      history.unshift(run);
      // One child keeps at most a share of the list: a chatty (or hostile) child cannot push the others' runs out.
      const own = history.filter((r) => r.child === run.child);
      if (own.length > KEEP_PER_CHILD) history.splice(history.lastIndexOf(own[own.length - 1]), 1);
      await this.store.state.put(REPORTED_RUNS, history.slice(0, KEEP_REPORTED));
    });
  }

  async reportedRuns(child?: string): Promise<ReportedRun[]> {
    const runs = ((await this.store.state.get(REPORTED_RUNS)) ?? []) as ReportedRun[];
    return child ? runs.filter((r) => r.child === child) : runs;
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

  async remove(id: string): Promise<void> {
    await this.lock.run(async () => {
      await this.get(id);
      await this.store.state.del(CHILDREN.key(id));
    });
  }

  /** The registered child whose credential this is; unknown child or wrong credential is refused. */
  async authenticate(id: string, credential: string | undefined): Promise<ChildRecord> {
    const child = (await this.store.state.get(CHILDREN.key(id))) as ChildRecord | undefined;
    if (!child) throw new PatchtreeError('AUTH_UNKNOWN_CHILD', `no child ${JSON.stringify(id)} is registered here`);
    if (!credential) throw new PatchtreeError('AUTH_REQUIRED', 'sync calls need "Authorization: Bearer <child credential>"');
    const given = Buffer.from(hash(credential), 'hex');
    if (!timingSafeEqual(given, Buffer.from(child.credentialHash, 'hex'))) throw new PatchtreeError('AUTH_INVALID_CREDENTIAL', `wrong credential for child ${id}`);
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
