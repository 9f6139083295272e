import { decodeChange, type BulletinData, type UpdateData } from '../../protocol/index.js';
import type { ExtraOp, RecordStore } from '../store/record-store.js';
import { bulletinIdOfUpdateKey, bulletinKey, updatesPrefix } from '../store/keys.js';
import { normaliseKb } from './build.js';

const SEP = '\u0000';
const HOLDER = 'kb';
const SUPERSEDER = 'sup';
const EXPLICIT = 'bx';
const EXPLICIT_INVERSE = 'bxi';

type Update = UpdateData & { id?: string };
type Bulletin = BulletinData & { id?: string };
type Other<T> = { data: T; languages: string[]; changed?: boolean };

/** What one update is and replaces, as the supersedence index sees it. */
function matchKey(kb: string | null | undefined, u: Update): string | undefined {
  if (!kb) return undefined;
  return [normaliseKb(kb), u.product ?? '', u.platform ?? '', u.language ?? ''].join('|');
}

function supersededKeys(u: Update): string[] {
  return (u.supersedes ?? []).map((kb) => matchKey(kb, u)!).filter(Boolean);
}

class PairDelta {
  readonly added = new Map<string, Set<string>>();
  readonly removed = new Map<string, Set<string>>();
  add(group: string, member: string) { getSet(this.added, group).add(member); }
  remove(group: string, member: string) { getSet(this.removed, group).add(member); }
  groups(): string[] { return [...new Set([...this.added.keys(), ...this.removed.keys()])]; }
}

function getSet<K, V>(map: Map<K, Set<V>>, key: K): Set<V> {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  return set;
}

const sameList = (a: readonly string[] | null | undefined, b: readonly string[]) =>
  (a ?? []).length === b.length && (a ?? []).every((x, i) => x === b[i]);

export interface SupersedenceInput {
  /** This source's records after the import, by key (mutated: derived fields are set). */
  newBulletins: Map<string, { data: Bulletin; explicitSupersedes: string[]; updates: Array<{ data: Update }> }>;
  newUpdates: Map<string, Update>;
  /** This source's records before the import, by key. */
  oldBulletins: Map<string, Bulletin>;
  oldUpdates: Map<string, Update>;
}

export interface SupersedenceOutput {
  /** Index maintenance, written in the import's batch. */
  ops: ExtraOp[];
  /** Records of other sources whose derived supersedence fields changed, with their languages. */
  otherUpdates: Map<string, Other<Update>>;
  otherBulletins: Map<string, Other<Bulletin>>;
}

/**
 * Resolves supersedence across documents and sources. An update is
 * superseded when another live update lists its KB (for the same product,
 * platform and language); a bulletin supersedes the bulletins whose updates
 * its updates supersede, plus those its document names. Only the match keys
 * touched by this import are looked at, through the `index` sublevel, so a
 * re-import that changes nothing costs no lookups.
 */
export async function resolveSupersedence(store: RecordStore, input: SupersedenceInput): Promise<SupersedenceOutput> {
  const { newBulletins, newUpdates, oldBulletins, oldUpdates } = input;
  const holders = new PairDelta();
  const superseders = new PairDelta();
  const explicit = new PairDelta();
  const ops: ExtraOp[] = [];
  const output: SupersedenceOutput = { ops, otherUpdates: new Map(), otherBulletins: new Map() };

  for (const [key, u] of newUpdates) {
    const old = oldUpdates.get(key);
    if (old) {
      u.superseded = old.superseded;
      u.supersededBy = old.supersededBy;
    }
  }
  for (const [key, b] of newBulletins) {
    const old = oldBulletins.get(key);
    if (old) {
      b.data.supersedes = old.supersedes;
      b.data.supersededBy = old.supersededBy;
    }
  }

  for (const key of new Set([...oldUpdates.keys(), ...newUpdates.keys()])) {
    const before = oldUpdates.get(key);
    const after = newUpdates.get(key);
    const mBefore = before && matchKey(before.kb, before);
    const mAfter = after && matchKey(after.kb, after);
    if (mBefore !== mAfter) {
      if (mBefore) holders.remove(mBefore, key);
      if (mAfter) holders.add(mAfter, key);
    }
    const sBefore = new Set(before ? supersededKeys(before) : []);
    const sAfter = new Set(after ? supersededKeys(after) : []);
    for (const m of sBefore) if (!sAfter.has(m)) superseders.remove(m, key);
    for (const m of sAfter) if (!sBefore.has(m)) superseders.add(m, key);
  }
  const bulletinIds = [...new Set([...oldBulletins.keys(), ...newBulletins.keys()])].map((key) => key.slice(2));
  const explicitBefore = await readGroups(store, EXPLICIT, bulletinIds);
  for (const id of bulletinIds) {
    const key = bulletinKey(id);
    const before = explicitBefore.get(id) ?? new Set<string>();
    const after = new Set(newBulletins.get(key)?.explicitSupersedes ?? []);
    for (const target of before) if (!after.has(target)) explicit.remove(id, target);
    for (const target of after) if (!before.has(target)) explicit.add(id, target);
  }
  const inverse = new PairDelta();
  for (const [from, targets] of explicit.added) for (const t of targets) inverse.add(t, from);
  for (const [from, targets] of explicit.removed) for (const t of targets) inverse.remove(t, from);

  const holdersOf = new LiveIndex(store, HOLDER, holders);
  const supersedersOf = new LiveIndex(store, SUPERSEDER, superseders);
  const explicitOf = new LiveIndex(store, EXPLICIT, explicit, { groups: bulletinIds, stored: explicitBefore });
  const explicitInverseOf = new LiveIndex(store, EXPLICIT_INVERSE, inverse);
  for (const index of [holdersOf, supersedersOf, explicitOf, explicitInverseOf]) ops.push(...(await index.writeOps()));

  const affectedBulletins = new Set<string>();
  for (const id of explicit.groups()) affectedBulletins.add(id);
  for (const id of inverse.groups()) affectedBulletins.add(id);
  // Bulletins new to this import pick up links that point at them already
  // (explicit supersedes named before they existed): import order must not matter.
  for (const key of newBulletins.keys()) if (!oldBulletins.has(key)) affectedBulletins.add(key.slice(2));
  // Updates that stopped holding or superseding a KB: their bulletins lose links.
  for (const delta of [holders, superseders]) for (const members of delta.removed.values()) for (const m of members) affectedBulletins.add(bulletinIdOfUpdateKey(m));
  const touched = [...new Set([...holders.groups(), ...superseders.groups()])];
  await Promise.all([holdersOf.prefetch(touched), supersedersOf.prefetch(touched)]);
  for (const m of touched) {
    const by = [...(await supersedersOf.get(m))].sort();
    for (const holder of await holdersOf.get(m)) {
      const update = await updateFor(store, holder, newUpdates, output);
      if (!update) continue;
      const newBy = by.filter((k) => k !== holder);
      if (!sameList(update.supersededBy, newBy)) {
        update.supersededBy = newBy;
        update.superseded = newBy.length > 0;
        if (!newUpdates.has(holder)) output.otherUpdates.get(holder)!.changed = true;
      }
      affectedBulletins.add(bulletinIdOfUpdateKey(holder));
    }
    for (const s of by) affectedBulletins.add(bulletinIdOfUpdateKey(s));
  }

  const affected: Array<{ id: string; key: string; bulletin: { data: Bulletin }; updates: Update[] }> = [];
  for (const id of affectedBulletins) {
    const key = bulletinKey(id);
    if (oldBulletins.has(key) && !newBulletins.has(key)) continue; // being deleted by this import: never rewrite it
    const bulletin = await bulletinFor(store, key, newBulletins, output);
    if (bulletin) affected.push({ id, key, bulletin, updates: await updatesOf(store, id, input, output) });
  }
  const ids = affected.map((a) => a.id);
  await Promise.all([
    explicitOf.prefetch(ids),
    explicitInverseOf.prefetch(ids),
    holdersOf.prefetch(affected.flatMap((a) => a.updates.flatMap(supersededKeys))),
  ]);
  for (const { id, key, bulletin, updates } of affected) {
    const supersededBy = new Set(await explicitInverseOf.get(id));
    const supersedes = new Set(await explicitOf.get(id));
    for (const u of updates) {
      for (const by of u.supersededBy ?? []) supersededBy.add(bulletinIdOfUpdateKey(by));
      for (const m of supersededKeys(u)) for (const h of await holdersOf.get(m)) supersedes.add(bulletinIdOfUpdateKey(h));
    }
    supersedes.delete(id);
    supersededBy.delete(id);
    const nextSupersedes = [...supersedes].sort();
    const nextSupersededBy = [...supersededBy].sort();
    if (!sameList(bulletin.data.supersedes, nextSupersedes) || !sameList(bulletin.data.supersededBy, nextSupersededBy)) {
      bulletin.data.supersedes = nextSupersedes;
      bulletin.data.supersededBy = nextSupersededBy;
      if (!newBulletins.has(key)) output.otherBulletins.get(key)!.changed = true;
    }
  }
  // Records loaded only to be looked at are not rewritten.
  for (const [key, other] of output.otherUpdates) if (!other.changed) output.otherUpdates.delete(key);
  for (const [key, other] of output.otherBulletins) if (!other.changed) output.otherBulletins.delete(key);
  return output;
}


async function updateFor(store: RecordStore, key: string, newUpdates: Map<string, Update>, output: SupersedenceOutput): Promise<Update | undefined> {
  return newUpdates.get(key) ?? (await otherRecord(store, key, output.otherUpdates, 'update'))?.data;
}

async function bulletinFor(store: RecordStore, key: string, newBulletins: SupersedenceInput['newBulletins'], output: SupersedenceOutput) {
  return newBulletins.get(key) ?? (await otherRecord(store, key, output.otherBulletins, 'bulletin'));
}

/** A record of another source, loaded once and kept (with its languages) in case it must be rewritten. */
async function otherRecord<T>(store: RecordStore, key: string, others: Map<string, Other<T>>, field: 'update' | 'bulletin'): Promise<Other<T> | undefined> {
  if (!others.has(key)) {
    const stored = await store.get(key);
    if (!stored) return undefined;
    const change = decodeChange(stored.bytes);
    others.set(key, { data: change.record![field] as T, languages: change.languages });
  }
  return others.get(key);
}

async function updatesOf(store: RecordStore, bulletinId: string, input: SupersedenceInput, output: SupersedenceOutput): Promise<Update[]> {
  const own = input.newBulletins.get(bulletinKey(bulletinId));
  if (own) return own.updates.map((u) => u.data);
  const updates: Update[] = [];
  for await (const r of store.records(updatesPrefix(bulletinId))) updates.push((await updateFor(store, r.key, input.newUpdates, output))!);
  return updates;
}

/**
 * Index layout: one `index` entry per group (`kind NUL group`) whose value
 * lists the group's members, one per line (no id may hold a newline). A
 * group is nearly always one or two members, so reading any number of
 * groups is one getMany, never a scan.
 */
const groupKey = (kind: string, group: string) => `${kind}${SEP}${group}`;
const MEMBER_SEP = '\n';

/** Stored members of several index groups, by group (absent groups are left out). */
async function readGroups(store: RecordStore, kind: string, groups: readonly string[]): Promise<Map<string, Set<string>>> {
  const found = new Map<string, Set<string>>();
  if (groups.length === 0) return found;
  const values = await store.index.getMany(groups.map((g) => groupKey(kind, g)));
  values.forEach((value, i) => {
    if (value) found.set(groups[i], new Set(value.split(MEMBER_SEP)));
  });
  return found;
}

/** One index section as it will be after this import: stored members plus the import's own delta, cached per group. */
class LiveIndex {
  private readonly cache = new Map<string, Set<string>>();

  /** `read`: groups whose stored members were read already (absent from `stored` = none), so no later prefetch reads them again. */
  constructor(private readonly store: RecordStore, private readonly kind: string, private readonly delta: PairDelta, read?: { groups: readonly string[]; stored: Map<string, Set<string>> }) {
    if (read) for (const group of read.groups) this.remember(group, read.stored.get(group));
  }

  async prefetch(groups: Iterable<string>): Promise<void> {
    const missing = [...new Set(groups)].filter((g) => !this.cache.has(g));
    const stored = await readGroups(this.store, this.kind, missing);
    for (const group of missing) this.remember(group, stored.get(group));
  }

  async get(group: string): Promise<Set<string>> {
    if (!this.cache.has(group)) await this.prefetch([group]);
    return this.cache.get(group)!;
  }

  /** Rewrites every group the delta touches with its members after the import (or deletes it when none are left). */
  async writeOps(): Promise<ExtraOp[]> {
    const groups = this.delta.groups();
    await this.prefetch(groups);
    return groups.map((group) => {
      const members = this.cache.get(group)!;
      const key = groupKey(this.kind, group);
      return members.size ? { type: 'put', sublevel: this.store.index, key, value: [...members].sort().join(MEMBER_SEP) } : { type: 'del', sublevel: this.store.index, key };
    });
  }

  private remember(group: string, stored: Set<string> | undefined): void {
    const set = new Set(stored);
    for (const m of this.delta.removed.get(group) ?? []) set.delete(m);
    for (const m of this.delta.added.get(group) ?? []) set.add(m);
    this.cache.set(group, set);
  }
}
