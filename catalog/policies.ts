import { randomUUID } from 'node:crypto';
import { decodeChange, plainRecord, PatchtreeError, type PolicyData, type PolicyEntryData } from '../protocol/index.js';
import type { Mutation, RecordStore } from './store/record-store.js';
import { bulletinKey, policyEntriesPrefix, policyEntryKey, policyKey } from './store/keys.js';
import type { Staging } from './staging/stage-bulletin.js';
import { assertLocal } from './settings.js';
import { Mutex } from './store/mutex.js';
import { MAX_POLICY_NAME, MAX_SHORT_TEXT } from './record-rules.js';

export interface PolicyInput {
  name: string;
  bulletinIds: string[];
  target?: string;
  schedule?: string;
  overrideMaintenanceWindow?: boolean;
  enabled?: boolean;
}

export interface PolicyPatch {
  name?: string;
  target?: string;
  schedule?: string;
  overrideMaintenanceWindow?: boolean;
  enabled?: boolean;
  /** Per-update settings, by update record key. */
  updates?: Record<string, { enabled?: boolean; commandLine?: string }>;
}

export interface PolicyView extends PolicyData {
  id: string;
  entries: Array<PolicyEntryData & { language: string }>;
}

const invalid = (message: string) => new PatchtreeError('POLICY_INVALID', message);

/**
 * Software Update policies: created only from fully staged bulletins. The
 * policy is one record and each of its updates an entry record of its own, in
 * that update's language, so a child filtered to some languages receives the
 * entries it can use without any record being rewritten.
 */
export class Policies {
  constructor(private readonly store: RecordStore, private readonly staging: Staging, private readonly nodeId: string, private readonly lock: Mutex = new Mutex()) {}

  create(input: PolicyInput): Promise<PolicyView> {
    return this.lock.run(() => this.createLocked(input));
  }

  update(id: string, patch: PolicyPatch): Promise<PolicyView> {
    return this.lock.run(() => this.updateLocked(id, patch));
  }

  remove(id: string): Promise<void> {
    return this.lock.run(() => this.removeLocked(id));
  }

  private async createLocked(input: PolicyInput): Promise<PolicyView> {
    validate(input);
    const notStaged: Array<{ bulletin: string; updates: number; downloaded: number }> = [];
    const entries: Array<{ key: string; language: string; entry: PolicyEntryData }> = [];
    const id = randomUUID();
    for (const bulletinId of [...new Set(input.bulletinIds)]) {
      if (!(await this.store.get(bulletinKey(bulletinId)))) throw new PatchtreeError('NOT_FOUND', `no bulletin ${bulletinId}`);
      const counts = await this.staging.counts(bulletinId);
      if (!counts.staged) {
        notStaged.push({ bulletin: bulletinId, updates: counts.updates, downloaded: counts.downloaded });
        continue;
      }
      for (const { key, update } of await this.staging.updatesFor(bulletinId)) {
        entries.push({ key: policyEntryKey(id, key), language: update.language, entry: { policyId: id, updateKey: key, enabled: true, commandLine: update.commandLine ?? '' } });
      }
    }
    if (notStaged.length) {
      throw new PatchtreeError('POLICY_NOT_STAGED', `a policy needs fully staged bulletins; not staged: ${notStaged.map((n) => `${n.bulletin} (${n.downloaded}/${n.updates} downloaded)`).join(', ')}`, {
        details: { notStaged },
      });
    }
    const now = new Date().toISOString();
    const policy: PolicyData = {
      id,
      name: input.name.trim(),
      bulletinIds: [...new Set(input.bulletinIds)].sort(),
      target: input.target ?? 'All Computers',
      schedule: input.schedule ?? '',
      overrideMaintenanceWindow: input.overrideMaintenanceWindow ?? false,
      enabled: input.enabled ?? true,
      created: now,
      modified: now,
      origin: this.nodeId,
    };
    const languages = [...new Set(entries.map((e) => e.language))].sort();
    await this.store.write([
      { type: 'put', key: policyKey(id), languages, record: { policy } },
      ...entries.map((e): Mutation => ({ type: 'put', key: e.key, languages: [e.language], record: { policyEntry: e.entry } })),
    ]);
    return (await this.get(id))!;
  }

  async get(id: string): Promise<PolicyView | undefined> {
    const stored = await this.store.get(policyKey(id));
    if (!stored) return undefined;
    const policy = plainRecord<PolicyData>(decodeChange(stored.bytes));
    const entries: PolicyView['entries'] = [];
    for await (const r of this.store.records(policyEntriesPrefix(id))) {
      const change = decodeChange(r.bytes);
      entries.push({ ...plainRecord<PolicyEntryData>(change), language: change.languages[0] ?? '' });
    }
    return { ...policy, id, entries };
  }

  async list(): Promise<PolicyData[]> {
    const out: PolicyData[] = [];
    for await (const r of this.store.records('p/')) out.push(plainRecord<PolicyData>(decodeChange(r.bytes)));
    return out;
  }

  private async updateLocked(id: string, patch: PolicyPatch): Promise<PolicyView> {
    const current = await this.get(id);
    if (!current) throw new PatchtreeError('NOT_FOUND', `no policy ${id}`);
    assertLocal(await this.store.get(policyKey(id)), `policy ${id}`);
    const { entries, ...policy } = current;
    for (const field of ['name', 'target', 'schedule'] as const) if (patch[field] !== undefined && typeof patch[field] !== 'string') throw invalid(`${field} must be a string`);
    for (const field of ['overrideMaintenanceWindow', 'enabled'] as const) if (patch[field] !== undefined && typeof patch[field] !== 'boolean') throw invalid(`${field} must be a boolean`);
    if (patch.name !== undefined) policy.name = patch.name;
    if (patch.target !== undefined) policy.target = patch.target;
    if (patch.schedule !== undefined) policy.schedule = patch.schedule;
    if (patch.overrideMaintenanceWindow !== undefined) policy.overrideMaintenanceWindow = patch.overrideMaintenanceWindow;
    if (patch.enabled !== undefined) policy.enabled = patch.enabled;
    validate({
      name: policy.name ?? '',
      bulletinIds: policy.bulletinIds ?? [],
      target: policy.target ?? undefined,
      schedule: policy.schedule ?? undefined,
      overrideMaintenanceWindow: policy.overrideMaintenanceWindow ?? undefined,
      enabled: policy.enabled ?? undefined,
    });
    const mutations: Mutation[] = [];
    const byUpdate = new Map(entries.map((e) => [e.updateKey, e]));
    if (patch.updates !== undefined && (typeof patch.updates !== 'object' || patch.updates === null || Array.isArray(patch.updates))) throw invalid('updates must be an object keyed by update key');
    for (const [updateKey, change] of Object.entries(patch.updates ?? {})) {
      const entry = byUpdate.get(updateKey);
      if (!entry) throw invalid(`policy ${id} has no update ${updateKey}`);
      if (typeof change !== 'object' || change === null) throw invalid(`updates["${updateKey}"] must be { enabled?, commandLine? }`);
      if (change.enabled !== undefined && typeof change.enabled !== 'boolean') throw invalid(`updates["${updateKey}"].enabled must be a boolean`);
      if (change.commandLine !== undefined && typeof change.commandLine !== 'string') throw invalid(`updates["${updateKey}"].commandLine must be a string`);
      const { language, ...data } = entry;
      if (change.enabled !== undefined) data.enabled = !!change.enabled;
      if (change.commandLine !== undefined) data.commandLine = String(change.commandLine);
      mutations.push({ type: 'put', key: policyEntryKey(id, updateKey), languages: [language], record: { policyEntry: data } });
    }
    policy.modified = new Date().toISOString();
    const languages = [...new Set(entries.map((e) => e.language))].sort();
    mutations.push({ type: 'put', key: policyKey(id), languages, record: { policy } });
    await this.store.write(mutations);
    return (await this.get(id))!;
  }

  private async removeLocked(id: string): Promise<void> {
    const current = await this.get(id);
    if (!current) throw new PatchtreeError('NOT_FOUND', `no policy ${id}`);
    assertLocal(await this.store.get(policyKey(id)), `policy ${id}`);
    await this.store.write([
      { type: 'del', key: policyKey(id) },
      ...current.entries.map((e): Mutation => ({ type: 'del', key: policyEntryKey(id, e.updateKey!) })),
    ]);
  }
}

/** The policy API's checks; what they let through, a child accepts too (record-rules.ts checks received policies with the same bounds). */
function validate(input: PolicyInput) {
  if (typeof input.name !== 'string' || input.name.trim() === '' || input.name.length > MAX_POLICY_NAME) throw invalid(`name must be a non-empty string of at most ${MAX_POLICY_NAME} characters`);
  if (!Array.isArray(input.bulletinIds) || input.bulletinIds.length === 0 || input.bulletinIds.some((b) => typeof b !== 'string')) {
    throw invalid('bulletinIds must be a non-empty array of bulletin ids');
  }
  for (const [field, value] of [['target', input.target], ['schedule', input.schedule]] as const) {
    if (value !== undefined && (typeof value !== 'string' || value.length > MAX_SHORT_TEXT)) throw invalid(`${field} must be a string of at most ${MAX_SHORT_TEXT} characters`);
  }
  for (const [field, value] of [['overrideMaintenanceWindow', input.overrideMaintenanceWindow], ['enabled', input.enabled]] as const) {
    if (value !== undefined && typeof value !== 'boolean') throw invalid(`${field} must be a boolean`);
  }
}
