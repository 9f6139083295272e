import { Cron } from 'croner';
import { PatchtreeError } from '../../protocol/index.js';
import { STATE_KEYS, type RecordStore } from '../../catalog/index.js';
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
    try {
      new Cron(schedule, { paused: true }).stop();
    } catch (cause) {
      throw new PatchtreeError('RULE_INVALID', `invalid cron schedule "${schedule}": ${(cause as Error).message}`, { cause });
    }
    next.schedule = schedule;
  }
  if (verification !== undefined) {
    const v = verification as Record<string, unknown>;
    if (typeof v !== 'object' || v === null) throw invalid('verification must be { enabled, percent }');
    if (v.enabled !== undefined && typeof v.enabled !== 'boolean') throw invalid('verification.enabled must be a boolean');
    if (v.percent !== undefined && (typeof v.percent !== 'number' || v.percent < 0 || v.percent > 100)) throw invalid('verification.percent must be a number from 0 to 100');
    next.verification = { enabled: (v.enabled as boolean | undefined) ?? next.verification.enabled, percent: (v.percent as number | undefined) ?? next.verification.percent };
  }
  if (policyIds !== undefined) {
    if (name !== 'policies') throw invalid('only the policies rule takes policyIds');
    if (!Array.isArray(policyIds) || policyIds.some((p) => typeof p !== 'string')) throw invalid('policyIds must be a list of policy ids');
    next.policyIds = [...new Set(policyIds as string[])].sort();
  }
  return next;
}

/**
 * Replication rules for this node's children: set here by the admin, or
 * else inherited from this node's own parent (a mid-tier node passes its
 * parent's rules on), or else the defaults.
 */
export class Rules {
  constructor(private readonly store: RecordStore) {}

  async all(): Promise<RuleSet> {
    const local = ((await this.store.state.get(LOCAL)) ?? {}) as Partial<RuleSet>;
    const inherited = ((await this.store.state.get(INHERITED)) ?? {}) as Partial<RuleSet>;
    return Object.fromEntries(RULE_NAMES.map((name) => [name, local[name] ?? inherited[name] ?? DEFAULTS[name]])) as RuleSet;
  }

  async set(name: string, input: unknown): Promise<RuleSettings> {
    const current = (await this.all())[name as RuleSettingName];
    const next = validateRule(name, input, current ?? DEFAULTS.catalog);
    const local = ((await this.store.state.get(LOCAL)) ?? {}) as Partial<RuleSet>;
    await this.store.state.put(LOCAL, { ...local, [name]: next });
    return next;
  }

  /**
   * The rules this node itself runs as a child: its parent's, as last
   * received (defaults until then). Its own rules are for its children only.
   */
  async fromParent(): Promise<RuleSet> {
    const inherited = ((await this.store.state.get(INHERITED)) ?? {}) as Partial<RuleSet>;
    return Object.fromEntries(RULE_NAMES.map((name) => [name, inherited[name] ?? DEFAULTS[name]])) as RuleSet;
  }

  /** Stores the rules this node's parent sent, for inheritance. */
  async inherit(rules: Partial<RuleSet>): Promise<void> {
    await this.store.state.put(INHERITED, rules);
  }
}
