import type { Logger } from 'pino';
import { decodeChange, PatchtreeError, type BulletinData, type UpdateData } from '../../protocol/index.js';
import { CatalogParseError } from '../errors.js';
import { fetchDocument, type Validators } from '../sources/fetch.js';
import type { ParsedBulletin } from '../sources/model.js';
import { PARSERS, type SourceConfig } from '../sources/registry.js';
import type { ExtraOp, Mutation, RecordStore } from '../store/record-store.js';
import { buildRecords, bulletinLanguages, type BuiltBulletin } from './build.js';
import type { Exclusions } from './exclusions.js';
import { resolveSupersedence } from './supersedence.js';

const SEP = '\u0000';
const MEMBER = 'src';
/** NuGet feeds page with `next`; a feed that pages forever is cut here. */
const MAX_PAGES = 10_000;

export interface KindCounts { added: number; changed: number; removed: number; unchanged: number }

export interface ImportReport {
  source: string;
  status: 'imported' | 'not-modified';
  documents: number;
  bulletins: KindCounts;
  updates: KindCounts;
  /** Records of other sources rewritten because this import changed their supersedence. */
  relinked: number;
  /** Bulletins this source lists that another source imported first (left to that source). */
  ownedElsewhere: string[];
  lastSeq: number;
  durationMs: number;
}

/** Validators of every document (every followed page too) of a source's last import, and the URLs they came from. */
interface SavedValidators {
  urls: string[];
  documents: Record<string, Validators>;
  /** The exclusions the import applied: a changed list must re-apply to unchanged documents. */
  exclusions?: string[];
}

export interface ImportContext {
  store: RecordStore;
  exclusions: Exclusions;
  logger: Logger;
  fetch?: { timeoutMs?: number; retries?: number; backoffMs?: number; mirrors?: ReadonlyArray<{ from: string; to: string }> };
}

/**
 * Imports one source: fetches its documents (conditionally: when none
 * changed, nothing is downloaded nor written), parses them all, then writes
 * the difference in one atomic batch. A malformed document throws
 * CATALOG_PARSE before anything is written.
 */
export async function importSource(ctx: ImportContext, source: SourceConfig, options: { force?: boolean } = {}): Promise<ImportReport> {
  const started = Date.now();
  const log = ctx.logger.child({ source: source.name });
  const validatorsKey = `validators:${source.name}`;
  const saved = (await ctx.store.state.get(validatorsKey)) as SavedValidators | undefined;
  if (!options.force && (await unchangedSinceLastImport(ctx, source, saved))) {
    log.info('no document changed; nothing downloaded');
    return emptyReport(source.name, 'not-modified', ctx.store.lastSeq, started);
  }

  const parsed: ParsedBulletin[] = [];
  const validators: Record<string, Validators> = {};
  let documents = 0;
  for (const url of source.urls) {
    const seen = new Set<string>();
    for (let next: string | undefined = url; next; ) {
      if (seen.has(next) || seen.size >= MAX_PAGES) throw new CatalogParseError(source.name, { url: next }, 'the feed pages in a loop or without end');
      seen.add(next);
      const fetched = await fetchDocument(next, ctx.fetch);
      if (fetched === 'not-modified') throw new PatchtreeError('CATALOG_FETCH', `${next} answered 304 to an unconditional request`);
      const document = await PARSERS[source.type](fetched.body, { source: source.name, url: next });
      documents++;
      validators[next] = { etag: fetched.etag, lastModified: fetched.lastModified };
      for (const b of document.bulletins) parsed.push(b);
      next = document.next;
    }
  }

  if (parsed.length === 0) {
    // An empty feed is far likelier a broken download than a vendor withdrawing everything.
    const memberPrefix = `${MEMBER}${SEP}${source.name}${SEP}`;
    for await (const _ of ctx.store.index.keys({ gte: memberPrefix, lt: `${memberPrefix}\uffff`, limit: 1 })) {
      throw new PatchtreeError('CATALOG_EMPTY', `source "${source.name}": the documents hold no bulletin; refusing to delete everything the source imported before (remove the source's URLs or fix the feed)`);
    }
  }
  const remembered: SavedValidators = { urls: source.urls, documents: validators, exclusions: [...ctx.exclusions.list] };
  const report = await applyImport(ctx, source.name, parsed, [{ type: 'put', sublevel: ctx.store.state, key: validatorsKey, value: remembered }]);
  report.documents = documents;
  report.durationMs = Date.now() - started;
  log.info({ bulletins: report.bulletins, updates: report.updates, relinked: report.relinked, lastSeq: report.lastSeq }, 'import done');
  return report;
}

/** Writes the records of one source (as parsed) in one batch and reports what changed. */
export async function applyImport(ctx: ImportContext, sourceName: string, parsed: Iterable<ParsedBulletin>, extra: ExtraOp[] = []): Promise<ImportReport> {
  const started = Date.now();
  const { store } = ctx;
  const built = buildRecords(sourceName, parsed, ctx.exclusions);
  const memberPrefix = `${MEMBER}${SEP}${sourceName}${SEP}`;
  const oldKeys: string[] = [];
  for await (const key of store.index.keys({ gte: memberPrefix, lt: `${memberPrefix}\uffff` })) oldKeys.push(key.slice(memberPrefix.length));
  const oldBulletins = new Map<string, BulletinData & { id?: string }>();
  const oldUpdates = new Map<string, UpdateData & { id?: string }>();
  const stored = await store.getMany(oldKeys);
  stored.forEach((r, i) => {
    if (!r) return;
    const record = decodeChange(r.bytes).record!;
    if (record.bulletin) oldBulletins.set(oldKeys[i], record.bulletin as BulletinData & { id?: string });
    else if (record.update) oldUpdates.set(oldKeys[i], record.update as UpdateData & { id?: string });
  });

  // A bulletin belongs to the first source that imported it: another source
  // listing the same bulletin (the same package in two feeds) skips it rather
  // than taking it over, so neither source's removals delete the other's data.
  const oldKeySet = new Set(oldKeys);
  const claimed = [...built.keys()].filter((key) => !oldKeySet.has(key));
  const owners = await store.getMany(claimed);
  const skipped: string[] = [];
  owners.forEach((owner, i) => {
    if (!owner) return;
    skipped.push(claimed[i].slice(2));
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
  const ops: ExtraOp[] = [...links.ops, ...extra];
  const newKeys = new Set<string>();
  for (const b of built.values()) {
    mutations.push({ type: 'put', key: b.key, languages: bulletinLanguages(b.updates), record: { bulletin: b.data } });
    newKeys.add(b.key);
    for (const u of b.updates) {
      mutations.push({ type: 'put', key: u.key, languages: [u.data.language], record: { update: u.data } });
      newKeys.add(u.key);
    }
  }
  for (const key of oldKeys) {
    if (newKeys.has(key)) continue;
    mutations.push({ type: 'del', key });
    ops.push({ type: 'del', sublevel: store.index, key: memberPrefix + key });
  }
  for (const key of newKeys) if (!oldKeySet.has(key)) ops.push({ type: 'put', sublevel: store.index, key: memberPrefix + key, value: '' });
  for (const [key, u] of links.otherUpdates) mutations.push({ type: 'put', key, languages: u.languages, record: { update: u.data } });
  for (const [key, b] of links.otherBulletins) mutations.push({ type: 'put', key, languages: b.languages, record: { bulletin: b.data } });

  const result = await store.write(mutations, ops);
  const report = emptyReport(sourceName, 'imported', result.lastSeq, started);
  for (const [kind, counts] of Object.entries(result.byKind)) {
    if (kind === 'bulletin') report.bulletins = counts;
    if (kind === 'update') report.updates = counts;
  }
  report.relinked = links.otherUpdates.size + links.otherBulletins.size;
  report.ownedElsewhere = skipped;
  if (skipped.length) ctx.logger.warn({ source: sourceName, bulletins: skipped.slice(0, 20), count: skipped.length }, 'bulletins already imported by another source were skipped');
  return report;
}

/**
 * True when every document fetched by the last import (every followed page
 * too) answers 304 to a conditional request: then nothing is downloaded.
 */
async function unchangedSinceLastImport(ctx: ImportContext, source: SourceConfig, saved: SavedValidators | undefined): Promise<boolean> {
  // A source whose URLs were edited since is imported afresh.
  if (!saved || saved.urls.length !== source.urls.length || saved.urls.some((u, i) => u !== source.urls[i])) return false;
  if (JSON.stringify(saved.exclusions ?? []) !== JSON.stringify(ctx.exclusions.list)) return false;
  for (const [url, validators] of Object.entries(saved.documents)) {
    if (!validators.etag && !validators.lastModified) return false;
    const fetched = await fetchDocument(url, { ...ctx.fetch, validators });
    if (fetched !== 'not-modified') {
      fetched.body.destroy();
      return false;
    }
  }
  return true;
}

function emptyReport(source: string, status: ImportReport['status'], lastSeq: number, started: number): ImportReport {
  const zero = () => ({ added: 0, changed: 0, removed: 0, unchanged: 0 });
  return { source, status, documents: 0, bulletins: zero(), updates: zero(), relinked: 0, ownedElsewhere: [], lastSeq, durationMs: Date.now() - started };
}

