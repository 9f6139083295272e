import type { Logger } from 'pino';
import { PatchtreeError } from '../../protocol/index.js';
import { Mutex, STATE_KEYS, type Catalog, type NodeKey } from '../../catalog/index.js';
import { signStatement } from '../statements.js';
import type { Children } from '../parent/children.js';
import { validateRule, RULE_NAMES, type Rules, type RuleSet, type RuleSettingName } from '../parent/rules.js';
import { MAX_DESCENDANTS, type HelloAck, type ModeName, type NodeLanguages, type PullRule, type RunReportData } from '../wire.js';
import { runContent } from './content.js';
import { RunHistory } from './history.js';
import { runRule } from './run.js';
import { logRun } from '../run-log.js';
import type { TrustChecks } from './trust.js';
import type { Uplink } from './uplink.js';

export type RunRecord = RunReportData;

export interface PullOptions {
  rules?: PullRule[];
  mode?: ModeName;
  verifyPercent?: number;
  trigger?: string;
}

export interface ChildReplicatorOptions {
  catalog: Catalog;
  /** The parent, through the uplink's retries and breaker. */
  parent: Uplink;
  /** This node's id (what admins see) and identity (what loops are detected by: the key id of its identity key). */
  nodeId: string;
  identity: string;
  /** Signs this node's statement in every report (see statements.ts). */
  identityKey: NodeKey;
  /** The id the parent's admin registered this node under. */
  childId: string;
  /** This node's own children: what they need is reported up, and they are on the loop chain. */
  children: Children;
  /** Where the parent's rules are kept (a mid-tier passes them on to its children). */
  rules: Rules;
  logger: Logger;
  batchSize?: number;
  stagingConcurrency?: number;
  /** A run that has not ended by then is broken off (REPL_INTERRUPTED); the next resumes after its last applied batch. */
  runTimeoutMs?: number;
  /** Called with the parent's rules after each report, to reschedule runs. */
  onRules?: (rules: RuleSet) => void;
  /** Checks what the parent sends against its publishers' signatures. */
  trust: TrustChecks;
  /** Called with each run once it ended and is in the history (the node's metrics). */
  onRunEnd?: (run: RunRecord) => void;
}

const ALL_RULES: readonly PullRule[] = ['catalog', 'policies', 'content'];
export const DEFAULT_RUN_TIMEOUT_MS = 60 * 60_000;

/**
 * The child side of a node: pulls rules from its parent, each rule in a
 * lane of its own (a slow or stuck catalog run never holds back policies),
 * keeps a run history that tells the truth (a run is recorded when it
 * starts, so one cut short by a kill reads as interrupted after the
 * restart), and reports every run to the parent as soon as it can. A failed
 * run leaves the last good data in place.
 */
export class ChildReplicator {
  readonly history: RunHistory;
  private readonly lanes = new Map<PullRule, Promise<unknown>>();
  private readonly runNowLock = new Mutex();
  private readonly stopping = new AbortController();
  private unmanagedLogged = '';
  private loopLogged = false;
  private reportErrorLogged = '';
  /** The parent's identity as its last answer gave it (a run refuses a parent that is this node or below it). */
  private parentIdentityValue = '';

  /** The parent's identity as its last answer gave it ('' before one came): no report from below may name it. */
  get parentIdentity(): string {
    return this.parentIdentityValue;
  }

  constructor(private readonly options: ChildReplicatorOptions) {
    this.history = new RunHistory(options.catalog.store);
  }

  /** The checks of what the parent sends against its publishers' signatures. */
  get trust(): TrustChecks {
    return this.options.trust;
  }

  /** Authenticity alerts (SIG_INVALID, SIG_ROLLBACK, SIG_EXPIRED), checked for expiry first. */
  async trustAlerts() {
    await this.options.trust.checkExpiry();
    return (await this.options.trust.alerts()).map((a) => ({ kind: 'signature' as const, ...a }));
  }

  /** Marks runs a stop cut short as interrupted; they go to the parent with the next report. */
  async start(): Promise<void> {
    const interrupted = await this.history.recoverInterrupted();
    if (interrupted) this.options.logger.warn({ runs: interrupted }, 'runs cut short by the last stop are recorded as interrupted');
  }

  /** Stops new runs and breaks off those under way after their batch in flight; resolves when they have ended. */
  async stop(): Promise<void> {
    this.stopping.abort();
    this.options.parent.close();
    await Promise.allSettled([...this.lanes.values()]);
  }

  /** This node's identity and those of every node below it, each once (at most MAX_DESCENDANTS below it). */
  async chain(): Promise<{ via: string[]; descendants: NodeLanguages[] }> {
    const seen = new Set<string>([this.options.identity]);
    const descendants: NodeLanguages[] = [];
    for (const child of await this.options.children.list()) {
      for (const node of [{ nodeId: child.nodeId ?? child.id, identity: child.identity ?? '', languages: child.languages, statement: child.statement }, ...child.descendants]) {
        if (descendants.length >= MAX_DESCENDANTS) break;
        if (node.identity && seen.has(node.identity)) continue;
        if (node.identity) seen.add(node.identity);
        descendants.push(node);
      }
    }
    return { via: [...seen], descendants };
  }

  /**
   * Reports this node's languages (and its descendants') to the parent;
   * takes back the rules, starts any run the parent admin asked for, and
   * hands the parent the runs it has not seen yet.
   */
  hello(): Promise<HelloAck | undefined> {
    // Called from timers and routes without a wait: it logs what fails (a full disk too) and never rejects.
    const reported = this.report().catch((err) => {
      this.options.logger.error({ err: (err as Error).message }, 'language report failed');
      return undefined;
    });
    // Withheld updates are seen at every report, reached or not, not only by a run that meets them (SIG_EXPIRED).
    return reported.then(async (ack) => {
      await this.options.trust.checkExpiry().catch((err) => this.options.logger.error({ err: (err as Error).message }, 'expiry check failed'));
      return ack;
    });
  }

  private async report(): Promise<HelloAck | undefined> {
    const { logger, rules, onRules, catalog } = this.options;
    let ack: HelloAck;
    try {
      const { descendants } = await this.chain();
      const languages = await catalog.settings.languages();
      // What this node says of itself, signed: the parent takes its identity, node id and languages from it.
      const statement = Buffer.from(signStatement(this.options.identityKey, { parentIdentity: this.parentIdentityValue, nodeId: this.options.nodeId, languages })).toString('base64');
      ack = await this.options.parent.hello({ identity: this.options.identity, nodeId: this.options.nodeId, languages, descendants, statement });
    } catch (err) {
      const e = err as PatchtreeError;
      if (e.code === 'REPL_LOOP') {
        if (!this.loopLogged) logger.error({ code: e.code, err: e.message }, 'the parent refused this node: it is this node or one of its descendants (a replication loop); fix the parent configuration');
        this.loopLogged = true;
      } else if (e.code !== 'REPL_PARENT_UNREACHABLE' && e.code !== 'REPL_INTERRUPTED') {
        // Once per distinct refusal: a parent that answers every poll the same way does not flood the log.
        const signature = `${e.code}:${e.message}`;
        if (signature !== this.reportErrorLogged) logger.error({ code: e.code, err: e.message }, 'language report refused by the parent, or its answer refused; the rules stay as they were');
        this.reportErrorLogged = signature;
      }
      return undefined;
    }
    this.reportErrorLogged = '';
    this.loopLogged = false;
    const learned = ack.parentIdentity !== this.parentIdentityValue;
    this.parentIdentityValue = ack.parentIdentity;
    // This node's statement names its parent; the parent's parent takes this node as a descendant only once it
    // does, so a parent identity heard for the first time (or changed) is reported at once, not at the next poll.
    if (learned && ack.parentIdentity) setImmediate(() => void this.hello());
    const parentRules = this.validParentRules(ack.rules, await rules.inherited());
    await rules.inherit(parentRules);
    onRules?.(await rules.fromParent());
    const unmanaged = ack.unmanaged.join(',');
    if (unmanaged && unmanaged !== this.unmanagedLogged) logger.warn({ languages: ack.unmanaged }, 'the parent does not manage languages this node needs; it raised an alert');
    this.unmanagedLogged = unmanaged;
    await this.startRunsAsked(ack);
    void this.flushReports();
    return ack;
  }

  /**
   * Pulls the given rules now; resolves with their run records. Each rule
   * runs in its own lane, so a run of one rule never waits for another
   * rule's run started elsewhere (a schedule, a run-now). The rules of one
   * pull run in the order given, by default catalog, policies, content: a
   * policy names bulletins and a content file an update, so each comes after
   * what it refers to; a rule that fails (a stall ends within
   * syncIdleTimeoutMs) does not stop the next.
   */
  async pull(options: PullOptions = {}): Promise<RunRecord[]> {
    if (options.trigger === 'api' || options.trigger === 'parent') this.options.parent.probeNow();
    const ruleSet = await this.options.rules.fromParent();
    const records: RunRecord[] = [];
    for (const rule of options.rules ?? ALL_RULES) {
      const setting = ruleSet[rule];
      const verifyPercent = options.verifyPercent ?? (setting.verification.enabled ? setting.verification.percent : 0);
      records.push(await this.inLane(rule, () => this.runOne(rule, options.mode ?? 'differential', verifyPercent, options.trigger ?? 'manual')));
    }
    return records;
  }

  async runs(): Promise<RunRecord[]> {
    return this.history.list();
  }

  /** Runs of one rule one at a time; other rules run meanwhile. */
  private inLane(rule: PullRule, run: () => Promise<RunRecord>): Promise<RunRecord> {
    const next = (this.lanes.get(rule) ?? Promise.resolve()).then(run);
    this.lanes.set(rule, next.catch(() => undefined));
    return next;
  }

  private async runOne(rule: PullRule, mode: ModeName, verifyPercent: number, trigger: string): Promise<RunRecord> {
    const started = Date.now();
    const record = await this.history.begin({ rule, trigger, mode, started: new Date(started).toISOString() });
    // Every run has a deadline: a parent that trickles bytes just inside the idle timeout cannot hold a lane for ever.
    const timeoutMs = this.options.runTimeoutMs ?? DEFAULT_RUN_TIMEOUT_MS;
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(new PatchtreeError('REPL_INTERRUPTED', `the run took longer than ${timeoutMs} ms (syncRunTimeoutMs); the next run resumes after its last applied batch`)), timeoutMs);
    const signal = AbortSignal.any([this.stopping.signal, deadline.signal]);
    try {
      if (this.stopping.signal.aborted) throw new PatchtreeError('REPL_INTERRUPTED', 'the node is stopping');
      const { via } = await this.chain();
      if (this.parentIdentity && via.includes(this.parentIdentity)) throw new PatchtreeError('REPL_LOOP', 'replication loop: the parent is this node or one of its descendants');
      const result = rule === 'content' ? await this.runContent(mode, verifyPercent, via) : await runRule(this.options.catalog.store, this.options.parent, {
        childId: this.options.childId,
        via,
        scope: { rule, languages: await this.options.catalog.settings.languages(), policyIds: rule === 'policies' ? (await this.options.rules.fromParent()).policies.policyIds : [] },
        mode,
        verifyPercent,
        batchSize: this.options.batchSize,
        signal,
        trust: this.options.trust,
      });
      const { rule: _rule, ignored, ...figures } = result as typeof result & { ignored?: number };
      if (ignored) this.options.logger.warn({ rule, files: ignored }, 'the parent listed files of updates this node does not hold (or does not stage); they were left out');
      Object.assign(record, figures, { status: 'ok' });
    } catch (err) {
      // Only the node's own codes reach the history and the parent (an errno or a library's code is a bug here: INTERNAL).
      const code = err instanceof PatchtreeError ? err.code : 'INTERNAL';
      const message = (err as Error)?.message ?? String(err);
      Object.assign(record, { status: code === 'REPL_INTERRUPTED' && this.stopping.signal.aborted ? 'interrupted' : 'failed', error: { code, message } });
      // A bug's stack goes to the log (the run line below carries its code and message).
      if (code === 'INTERNAL') this.options.logger.error({ rule, code, err }, 'replication run failed on a bug; the last good data stays in place');
    } finally {
      clearTimeout(timer);
    }
    record.durationMs = Date.now() - started;
    await this.history.finish(record);
    this.options.onRunEnd?.(record);
    logRun(this.options.logger, record);
    void this.flushReports();
    return record;
  }

  private runContent(mode: ModeName, verifyPercent: number, via: string[]) {
    const { catalog, parent, stagingConcurrency, trust } = this.options;
    return runContent(catalog.staging, catalog.content, {
      // The content listings of the catalog documents this node holds: the files of updates without a vendor hash are bound there.
      bindings: async () => {
        const checks = await trust.contentChecks(await catalog.settings.languages());
        return (updateKey, languages, file) => checks.contentBound(updateKey, languages, file);
      },
      mode,
      verifyPercent,
      concurrency: stagingConcurrency,
      list: async () => parent.contentList(await catalog.settings.languages(), via),
      urlFor: (algorithm, hash) => parent.contentUrl(algorithm, hash),
      certificateAuthority: parent.certificateAuthority,
      store: parent.storeContent && ((file) => parent.storeContent!(file, catalog.content)),
    });
  }

  /**
   * Sends the parent the runs it has not taken yet (failed and interrupted
   * ones too), oldest first. One flush at a time; a run that ends during a
   * flush makes it go round once more, so no report waits for the next run.
   */
  flushReports(): Promise<void> {
    this.flushAgain = true;
    this.flushing ??= (async () => {
      try {
        while (this.flushAgain) {
          this.flushAgain = false;
          for (const run of await this.history.unreported()) {
            await this.options.parent.reportRun(run);
            await this.history.reported(run.id);
          }
        }
      } catch {
        // the parent is away: the outbox keeps them for the next contact
      } finally {
        this.flushing = undefined;
      }
    })();
    return this.flushing;
  }

  private flushing?: Promise<void>;
  private flushAgain = false;

  /**
   * Starts the runs the parent's admin asked for: at most one per known
   * rule (the highest counter names it), however many the answer lists, and
   * one report at a time, so two reports crossing start nothing twice.
   */
  private startRunsAsked(ack: HelloAck): Promise<void> {
    return this.runNowLock.run(async () => {
      const { store } = this.options.catalog;
      const seen = ((await store.state.get(STATE_KEYS.runNowSeen)) ?? {}) as Record<string, number>;
      const asked = new Map<PullRule, { counter: number; mode: ModeName }>();
      for (const r of ack.runNow) {
        const rule = r.rule as PullRule;
        if (!ALL_RULES.includes(rule) || !Number.isFinite(r.counter)) continue;
        if (r.counter > (asked.get(rule)?.counter ?? 0)) asked.set(rule, { counter: r.counter, mode: r.mode });
      }
      const due = [...asked].filter(([rule, r]) => r.counter > (seen[rule] ?? 0));
      for (const [rule, r] of asked) seen[rule] = Math.max(seen[rule] ?? 0, r.counter);
      await store.state.put(STATE_KEYS.runNowSeen, Object.fromEntries(ALL_RULES.filter((rule) => seen[rule] !== undefined).map((rule) => [rule, seen[rule]])));
      for (const [rule, r] of due) void this.pull({ rules: [rule], mode: r.mode, trigger: 'parent' }).catch((err) => this.options.logger.error({ rule, err: (err as Error).message }, 'a run the parent asked for failed to start'));
    });
  }

  /**
   * The parent's rules as this node will run them (and pass on to its own
   * children): each checked as an admin's would be (validateRule: a cron
   * croner runs, at most once a minute, bounded percent and policy ids). A
   * rule that fails is refused: this node keeps the one it had (saved
   * nothing of the refused one, so a mid-tier never passes it on) and logs
   * the refusal once, until the parent sends another.
   */
  private validParentRules(rules: HelloAck['rules'], previous: Partial<RuleSet>): Partial<RuleSet> {
    const out: Partial<RuleSet> = {};
    for (const [name, settings] of Object.entries(rules)) {
      if (!RULE_NAMES.includes(name as RuleSettingName)) continue;
      const rule = name as RuleSettingName;
      try {
        out[rule] = validateRule(name, { ...settings, policyIds: name === 'policies' ? settings.policyIds : undefined }, settings);
        this.refusedLogged.delete(rule);
      } catch (err) {
        if (previous[rule]) out[rule] = previous[rule];
        const signature = JSON.stringify(settings);
        if (this.refusedLogged.get(rule) !== signature) {
          this.refusedLogged.set(rule, signature);
          this.options.logger.error({ rule, code: (err as PatchtreeError).code, err: (err as Error).message, kept: previous[rule] ? 'the previous rule' : 'the default rule' }, 'the parent sent a rule this node refuses; it keeps its previous one');
        }
      }
    }
    return out;
  }

  /** The refused rule settings already logged, by rule (one log line per refusal, not one per report). */
  private readonly refusedLogged = new Map<RuleSettingName, string>();
}

