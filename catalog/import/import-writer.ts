import { decodeChange, type BulletinData, type UpdateData } from '../../protocol/index.js';
import { STATE_FAMILIES } from '../store/state-keys.js';
import type { ParsedBulletin } from '../sources/model.js';
import type { ExtraOp, Mutation, WriteResult } from '../store/record-store.js';
import { idOfBulletinKey } from '../store/keys.js';
import { buildRecords, bulletinLanguages, type BuiltBulletin } from './build.js';
import type { ImportContext, ImportReport, KindCounts } from './import-report.js';
import { emptyReport } from './import-report.js';
import { resolveSupersedence } from './supersedence.js';

const SEP = '\u0000';
/**
 * Records written per batch. Large enough that per-batch lookups amortise,
 * small enough that a million-record catalog never sits in memory at once
 * (the objects of one chunk die young, which keeps garbage collection cheap).
 */
export const CHUNK_RECORDS = 20_000;
/** Bulletins deleted per batch when a source drops many at once. */
const DELETE_CHUNK = 2_000;
/** Update keys in a source-membership entry are separated by a newline, which no id may hold. */
const KEY_LIST_SEP = '\n';

/** `index` key saying bulletin `key` belongs to `source`; its value lists the bulletin's update keys. */
export const memberKey = (source: string, bulletinKey = '') => `src${SEP}${source}${SEP}${bulletinKey}`;

/** State key present while an import of `source` is written in several batches. */
export const journalKey = (source: string) => STATE_FAMILIES.importing.key(source);
export const validatorsKey = (source: string) => STATE_FAMILIES.validators.key(source);

/**
 * Writes one source's bulletins to the store as they are handed over, in
 * chunks of about CHUNK_RECORDS records, then deletes what the source held
 * before and no longer lists.
 *
 * A source that fits in one chunk is written in one atomic batch. A larger
 * one is journaled: its first batch records that an import is under way and
 * drops the source's saved validators; its last batch clears the journal and
 * saves the new validators. If the node stops in between, the source is left
 * partly updated and its next import cannot be answered "not modified", so it
 * runs in full and completes the job (writing an unchanged record costs
 * nothing). The caller must have checked the whole input first (parsed it
 * once), so nothing in the input can fail half-way.
 *
 * Bulletins listed more than once (wsusoffline splits a KB across its
 * per-language lists) are merged, so the caller names them in `mergeIds` and
 * they are held back and written together in the last batch.
 */
export class ImportWriter {
  private chunk: ParsedBulletin[] = [];
  private chunkRecords = 0;
  private readonly held: ParsedBulletin[] = [];
  /** Bulletin keys of this source after the import (written, unchanged, or skipped as owned elsewhere). */
  private readonly listed = new Set<string>();
  private readonly report: ImportReport;
  private journaled = false;
  private readonly started = Date.now();

  constructor(
    private readonly ctx: ImportContext,
    private readonly source: string,
    private readonly mergeIds: ReadonlySet<string> = new Set(),
  ) {
    this.report = emptyReport(source, 'imported', ctx.store.lastSeq, Date.now());
  }

  async add(parsed: ParsedBulletin): Promise<void> {
    if (this.mergeIds.has(parsed.bulletin.id)) {
      this.held.push(parsed);
      return;
    }
    this.chunk.push(parsed);
    this.chunkRecords += 1 + parsed.updates.length;
    if (this.chunkRecords >= (this.ctx.chunkRecords ?? CHUNK_RECORDS)) {
      const parts = this.chunk;
      this.chunk = [];
      this.chunkRecords = 0;
      await this.apply(this.build(parts), [], []);
    }
  }

  /** Writes what is left, deletes what the source no longer lists, and reports the whole import. */
  async finish(extra: ExtraOp[] = []): Promise<ImportReport> {
    const built = this.build([...this.chunk, ...this.held]);
    this.chunk = [];
    const dropped: string[] = [];
    const prefix = memberKey(this.source);
    for await (const key of this.ctx.store.index.keys({ gte: prefix, lt: `${prefix}\uffff` })) {
      const bulletin = key.slice(prefix.length);
      if (!this.listed.has(bulletin)) dropped.push(bulletin);
    }
    while (dropped.length > DELETE_CHUNK) await this.apply(new Map(), dropped.splice(0, DELETE_CHUNK), []);
    // Also clears the journal of an earlier import of this source that a stop cut short.
    const final: ExtraOp[] = [...extra, { type: 'del', sublevel: this.ctx.store.state, key: journalKey(this.source) }];
    await this.apply(built, dropped, final, true);
    this.report.lastSeq = this.ctx.store.lastSeq;
    this.report.durationMs = Date.now() - this.started;
    if (this.report.ownedElsewhere.length) {
      this.ctx.logger.warn({ source: this.source, bulletins: this.report.ownedElsewhere.slice(0, 20), count: this.report.ownedElsewhere.length }, 'bulletins already imported by another source were skipped');
    }
    return this.report;
  }

  private build(parts: ParsedBulletin[]): Map<string, BuiltBulletin> {
    const built = buildRecords(this.source, parts, this.ctx.exclusions);
    for (const key of built.keys()) this.listed.add(key);
    return built;
  }

  /** Writes one chunk: the built bulletins, and deletes `dropped` bulletins with their updates. */
  private async apply(built: Map<string, BuiltBulletin>, dropped: string[], extra: ExtraOp[], last = false): Promise<void> {
    const { store } = this.ctx;
    const bulletinKeys = [...built.keys(), ...dropped];
    // Membership entry of each bulletin: undefined when the source did not hold it, else its update keys.
    const entries = await store.index.getMany(bulletinKeys.map((k) => memberKey(this.source, k)));
    const membership = new Map(bulletinKeys.map((k, i) => [k, entries[i]]));
    const oldKeys: string[] = [];
    for (const [key, updates] of membership) {
      if (updates === undefined) continue;
      oldKeys.push(key);
      if (updates) for (const u of updates.split(KEY_LIST_SEP)) oldKeys.push(u);
    }
    const oldBulletins = new Map<string, BulletinData & { id?: string }>();
    const oldUpdates = new Map<string, UpdateData & { id?: string }>();
    (await store.getMany(oldKeys)).forEach((r, i) => {
      if (!r) return;
      const record = decodeChange(r.bytes).record!;
      if (record.bulletin) oldBulletins.set(oldKeys[i], record.bulletin as BulletinData & { id?: string });
      else if (record.update) oldUpdates.set(oldKeys[i], record.update as UpdateData & { id?: string });
    });

    // A bulletin belongs to the first source that imported it: another source
    // listing the same bulletin (the same package in two feeds) skips it rather
    // than taking it over, so neither source's removals delete the other's data.
    const claimed = [...built.keys()].filter((key) => membership.get(key) === undefined);
    (await store.getMany(claimed)).forEach((owner, i) => {
      if (!owner) return;
      this.report.ownedElsewhere.push(idOfBulletinKey(claimed[i]));
      built.delete(claimed[i]);
    });

    const newUpdates = new Map<string, BuiltBulletin['updates'][number]['data']>();
    for (const b of built.values()) {
      // Admin-assigned severity belongs to the node, not the document: keep it.
      b.data.customSeverity = oldBulletins.get(b.key)?.customSeverity ?? '';
      for (const u of b.updates) newUpdates.set(u.key, u.data);
    }
    const links = await resolveSupersedence(store, { newBulletins: built, newUpdates, oldBulletins, oldUpdates });

    const mutations: Mutation[] = [];
    const ops: ExtraOp[] = [...links.ops];
    const newKeys = new Set<string>();
    for (const b of built.values()) {
      mutations.push({ type: 'put', key: b.key, languages: bulletinLanguages(b.updates), record: { bulletin: b.data } });
      newKeys.add(b.key);
      for (const u of b.updates) {
        mutations.push({ type: 'put', key: u.key, languages: [u.data.language], record: { update: u.data } });
        newKeys.add(u.key);
      }
      const updateKeys = b.updates.map((u) => u.key).join(KEY_LIST_SEP);
      if (membership.get(b.key) !== updateKeys) ops.push({ type: 'put', sublevel: store.index, key: memberKey(this.source, b.key), value: updateKeys });
    }
    for (const key of oldKeys) if (!newKeys.has(key)) mutations.push({ type: 'del', key });
    for (const key of bulletinKeys) {
      if (!built.has(key) && membership.get(key) !== undefined) ops.push({ type: 'del', sublevel: store.index, key: memberKey(this.source, key) });
    }
    for (const [key, u] of links.otherUpdates) mutations.push({ type: 'put', key, languages: u.languages, record: { update: u.data } });
    for (const [key, b] of links.otherBulletins) mutations.push({ type: 'put', key, languages: b.languages, record: { bulletin: b.data } });
    this.report.relinked += links.otherUpdates.size + links.otherBulletins.size;

    if (!last && !this.journaled) {
      this.journaled = true;
      ops.push({ type: 'put', sublevel: store.state, key: journalKey(this.source), value: { started: new Date().toISOString() } });
      ops.push({ type: 'del', sublevel: store.state, key: validatorsKey(this.source) });
    }
    this.tally(await store.write(mutations, [...ops, ...extra]));
  }

  private tally(result: WriteResult): void {
    const add = (to: KindCounts, from: KindCounts | undefined) => {
      if (!from) return;
      to.added += from.added;
      to.changed += from.changed;
      to.removed += from.removed;
      to.unchanged += from.unchanged;
    };
    add(this.report.bulletins, result.byKind.bulletin);
    add(this.report.updates, result.byKind.update);
  }
}
