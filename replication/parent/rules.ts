import { Cron } from 'croner';
import { PatchtreeError } from '../../protocol/index.js';
import { isValidId, STATE_KEYS, type RecordStore } from '../../catalog/index.js';
import type { RuleSettings } from '../wire.js';

export const RULE_NAMES = ['language-alerting', 'catalog', 'policies', 'content'] as const;
export type RuleSettingName = (typeof RULE_NAMES)[number];

export type { RuleSettings };

export type RuleSet = Record<RuleSettingName, RuleSettings>;

const DEFAULTS: RuleSet = {
  'language-alerting': { mode: 'differential', schedule: '*/10 * * * *', verification: { enabled: false, percent: 0 }, policyIds: [] },
  catalog: { mode: 'differential', schedule: '*/15 * * * *', verification: { enabled: true, percent: 5 }, policyIds: [] },
  policies: { mode: 'differential', schedule: '*/5 * * * *', verification: { enabled: true, percent: 5 }, policyIds: [] },
  content: { mode: 'differential', schedule: '0 * * * *', verification: { enabled: true, percent: 5 }, policyIds: [] },
};

const LOCAL = STATE_KEYS.rulesLocal;
const INHERITED = STATE_KEYS.rulesInherited;
const invalid = (message: string) => new PatchtreeError('RULE_INVALID', message);

/** Longest schedule, and most policies a policies rule may name. */
const MAX_SCHEDULE_LENGTH = 256;
export const MAX_RULE_POLICY_IDS = 1000;

/**
 * A rule's schedule: a cron expression croner runs, that fires at most once
 * a minute. Croner takes an optional seconds field first (six or seven
 * fields); it must name one second, or the rule would run several times a
 * minute (`* * * * * *` is a run every second, on every child of the tree).
 */
export function checkRuleSchedule(schedule: string): void {
  if (schedule.length > MAX_SCHEDULE_LENGTH) throw invalid(`a schedule of ${schedule.length} characters; at most ${MAX_SCHEDULE_LENGTH}`);
  try {
    new Cron(schedule, { paused: true }).stop();
  } catch (cause) {
    throw new PatchtreeError('RULE_INVALID', `invalid cron schedule "${schedule.slice(0, 100)}": ${(cause as Error).message}`, { cause });
  }
  const fields = schedule.trim().split(/\s+/);
  if (fields.length >= 6 && !/^\d{1,2}$/.test(fields[0])) throw invalid(`the schedule "${schedule.slice(0, 100)}" runs more often than once a minute (its seconds field must name one second)`);
}

/** Validates one rule's settings as an admin sends them (missing fields keep `current`). */
export function validateRule(name: string, input: unknown, current: RuleSettings): RuleSettings {
  if (!RULE_NAMES.includes(name as RuleSettingName)) throw new PatchtreeError('NOT_FOUND', `no rule ${name}; rules are ${RULE_NAMES.join(', ')}`);
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw invalid('a rule must be a JSON object');
  const { mode, schedule, verification, policyIds, ...rest } = input as Record<string, unknown>;
  if (Object.keys(rest).length) throw invalid(`unknown field(s): ${Object.keys(rest).join(', ')}`);
  const next: RuleSettings = { ...current, verification: { ...current.verification }, policyIds: [...current.policyIds] };
  if (mode !== undefined) {
    if (mode !== 'differential' && mode !== 'complete') throw invalid('mode must be "differential" or "complete"');
    next.mode = mode;
  }
  if (schedule !== undefined) {
    if (typeof schedule !== 'string') throw invalid('schedule must be a cron expression');
    checkRuleSchedule(schedule);
    next.schedule = schedule;
  }
  if (verification !== undefined) {
    const v = verification as Record<string, unknown>;
    if (typeof v !== 'object' || v === null) throw invalid('verification must be { enabled, percent }');
    if (v.enabled !== undefined && typeof v.enabled !== 'boolean') throw invalid('verification.enabled must be a boolean');
    if (v.percent !== undefined && (typeof v.percent !== 'number' || !Number.isFinite(v.percent) || v.percent < 0 || v.percent > 100)) throw invalid('verification.percent must be a number from 0 to 100');
    next.verification = { enabled: (v.enabled as boolean | undefined) ?? next.verification.enabled, percent: (v.percent as number | undefined) ?? next.verification.percent };
  }
  if (policyIds !== undefined) {
    if (name !== 'policies') throw invalid('only the policies rule takes policyIds');
    if (!Array.isArray(policyIds) || policyIds.some((p) => typeof p !== 'string' || !isValidId(p))) throw invalid('policyIds must be a list of policy ids');
    if (policyIds.length > MAX_RULE_POLICY_IDS) throw invalid(`a rule names at most ${MAX_RULE_POLICY_IDS} policies`);
    next.policyIds = [...new Set(policyIds as string[])].sort();
  }
  return next;
}

/** Rules kept in the store, each checked again (a rule saved by an older version may not pass today's checks): one that fails is left out. */
function checkedRules(stored: unknown): Partial<RuleSet> {
  const out: Partial<RuleSet> = {};
  if (typeof stored !== 'object' || stored === null) return out;
  for (const name of RULE_NAMES) {
    const rule = (stored as Partial<RuleSet>)[name];
    if (!rule) continue;
    try {
      out[name] = validateRule(name, { ...rule, policyIds: name === 'policies' ? rule.policyIds : undefined }, { ...DEFAULTS[name], mode: rule.mode });
    } catch {
      // left out: the defaults (or the parent's next answer) stand in
    }
  }
  return out;
}

/**
 * Replication rules for this node's children: set here by the admin, or
 * else inherited from this node's own parent (a mid-tier node passes its
 * parent's rules on), or else the defaults.
 */
export class Rules {
  constructor(private readonly store: RecordStore) {}

  async all(): Promise<RuleSet> {
    const local = checkedRules(await this.store.state.get(LOCAL));
    const inherited = checkedRules(await this.store.state.get(INHERITED));
    return Object.fromEntries(RULE_NAMES.map((name) => [name, local[name] ?? inherited[name] ?? DEFAULTS[name]])) as RuleSet;
  }

  async set(name: string, input: unknown): Promise<RuleSettings> {
    const current = (await this.all())[name as RuleSettingName];
    const next = validateRule(name, input, current ?? DEFAULTS.catalog);
    const local = checkedRules(await this.store.state.get(LOCAL));
    await this.store.state.put(LOCAL, { ...local, [name]: next });
    return next;
  }

  /**
   * The rules this node itself runs as a child: its parent's, as last
   * received (defaults until then). Its own rules are for its children only.
   */
  async fromParent(): Promise<RuleSet> {
    const inherited = await this.inherited();
    return Object.fromEntries(RULE_NAMES.map((name) => [name, inherited[name] ?? DEFAULTS[name]])) as RuleSet;
  }

  /** The parent's rules as last received and accepted (only those it sent). */
  async inherited(): Promise<Partial<RuleSet>> {
    return checkedRules(await this.store.state.get(INHERITED));
  }

  /** Stores the rules this node's parent sent, for inheritance (validated by the caller: see ChildReplicator). */
  async inherit(rules: Partial<RuleSet>): Promise<void> {
    await this.store.state.put(INHERITED, rules);
  }
}
