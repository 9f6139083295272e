import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { decodeChange, plainRecord, PatchtreeError, type BulletinData, type DecodedChange, type UpdateData } from '../protocol/index.js';
import { RecordStore } from './store/record-store.js';
import { Mutex } from './store/mutex.js';
import { bulletinKey, idOfBulletinKey, updatesPrefix } from './store/keys.js';
import { Settings } from './settings.js';
import { Policies } from './policies.js';
import { ContentStore } from './staging/content-store.js';
import { Staging, type StagingCounts } from './staging/stage-bulletin.js';
import { SourceConfigs } from './sources/source-configs.js';
import { Exclusions } from './import/exclusions.js';
import { applyImport, importSource, type ImportReport } from './import/import-source.js';
import { validatorsKey } from './import/import-writer.js';
import { STATE_FAMILIES } from './store/state-keys.js';
import type { ParsedBulletin } from './sources/model.js';
import { Publisher } from './trust/publisher.js';
import { Publication } from './trust/publication.js';
import { FetchPolicy } from './sources/fetch-policy.js';
import type { ImportFetchOptions } from './import/import-report.js';

export interface CatalogOptions {
  dataDir: string;
  logger: Logger;
  nodeId: string;
  languages: string[];
  exclusions: string[];
  stagingConcurrency?: number;
  /** How catalogs are fetched (policy, idle timeout, size cap, deadline); the policy also governs staging downloads. */
  fetch?: ImportFetchOptions;
  /** Largest update file staged when its catalog declares no size (staging stops at the declared size otherwise). */
  downloadMaxBytes?: number;
  /** This node as a publisher: how long its signatures last, and whether it has a parent (see catalog/trust/). */
  trust?: { expiryDays?: number; hasParent?: boolean };
}

/** How long a signed targets document is valid by default: a child whose parent withholds updates for longer raises SIG_EXPIRED. */
export const DEFAULT_EXPIRY_DAYS = 7;

export interface BulletinSummary extends BulletinData, StagingCounts {
  id: string;
  languages: string[];
}

export interface BulletinQuery {
  offset?: number;
  limit?: number;
  /** Case-insensitive text in id, title or vendor. */
  search?: string;
  staged?: boolean;
}

/**
 * The parent-side catalog of one node: the record store, settings, sources
 * and imports, staging and policies. node/ drives it; it knows nothing of HTTP.
 */
export class Catalog {
  readonly settings: Settings;
  readonly sources: SourceConfigs;
  readonly staging: Staging;
  readonly policies: Policies;
  /**
   * Every read-modify-write of records (imports, custom severity, policy
   * edits) runs under this one lock, so none can undo another's change.
   */
  private readonly importLock: Mutex;

  private readonly policy: FetchPolicy;
  /** Imports under way, by source: fetching runs outside the lock, so two could otherwise overlap. */
  private readonly importing = new Map<string, Promise<ImportReport>>();

  private constructor(readonly store: RecordStore, readonly content: ContentStore, readonly publication: Publication, private readonly options: CatalogOptions) {
    this.importLock = new Mutex();
    // Without a policy of the node's, nothing but public http(s) is fetched.
    this.policy = options.fetch?.policy ?? new FetchPolicy();
    this.settings = new Settings(store, { languages: options.languages, exclusions: options.exclusions }, this.importLock);
    this.sources = new SourceConfigs(store);
    this.staging = new Staging(store, content, this.settings, options.logger.child({ module: 'staging' }), {
      concurrency: options.stagingConcurrency ?? 3,
      retries: options.fetch?.retries,
      backoffMs: options.fetch?.backoffMs,
      policy: this.policy,
      maxBytes: options.downloadMaxBytes,
    });
    this.policies = new Policies(store, this.staging, options.nodeId, this.importLock);
  }

  static async open(options: CatalogOptions): Promise<Catalog> {
    // Documents of imports a stop cut short: each import spools afresh.
    await rm(spoolDir(options.dataDir), { recursive: true, force: true });
    const store = await RecordStore.open(join(options.dataDir, 'db'));
    // The kept digest is what verification trusts: make sure it describes the records on disk.
    const integrity = await store.checkIntegrity();
    const { records, damaged, orphans, badKeys, rebuilt } = integrity;
    if (rebuilt || damaged.length || orphans || badKeys.length) {
      options.logger.child({ module: 'store' }).warn(
        { records, damaged: damaged.slice(0, 20), damagedCount: damaged.length, orphans, badKeys: badKeys.slice(0, 20), badKeyCount: badKeys.length, rebuilt },
        'the store was damaged behind the node\'s back: orphan log entries and bad key entries removed, digest rebuilt from the records; verification repairs the rest',
      );
    }
    const publisher = await Publisher.open(store, { keysDir: join(options.dataDir, 'keys'), nodeId: options.nodeId, expiryDays: options.trust?.expiryDays ?? DEFAULT_EXPIRY_DAYS });
    const publication = new Publication(store, publisher, options.trust?.hasParent ?? false);
    await publication.start();
    const catalog = new Catalog(store, new ContentStore(join(options.dataDir, 'content')), publication, options);
    await catalog.settings.keepOwnSeverityLevels();
    return catalog;
  }

  async close(): Promise<void> {
    await this.publication.close();
    await this.store.close();
  }

  /**
   * Imports one configured source now (conditionally unless `force`). The
   * documents are fetched without the lock; only writing them takes it.
   */
  async importSource(name: string, options: { force?: boolean } = {}): Promise<ImportReport> {
    const source = await this.sources.get(name);
    // A second import of a source being fetched joins it: two fetches finishing in either order could write an older document last.
    const running = this.importing.get(name);
    if (running) return running;
    const run = (async () => importSource({ ...(await this.importContext()), lock: this.importLock }, source, options))();
    this.importing.set(name, run);
    try {
      return await run;
    } finally {
      if (this.importing.get(name) === run) this.importing.delete(name);
    }
  }

  /**
   * Removes a source and everything it imported (tombstones replicate the
   * removal), so bulletins it held can be taken by another source.
   */
  async removeSource(name: string): Promise<ImportReport> {
    await this.sources.get(name);
    return this.importLock.run(async () => {
      const report = await applyImport(await this.importContext(), name, [], [{ type: 'del', sublevel: this.store.state, key: validatorsKey(name) }]);
      await this.sources.remove(name);
      return report;
    });
  }

  /**
   * Sources whose last import stopped between two of its batches (the node
   * was killed mid-way): they are partly updated until imported again.
   */
  async interruptedImports(): Promise<string[]> {
    const names: string[] = [];
    for await (const key of this.store.state.keys(STATE_FAMILIES.importing.range())) names.push(STATE_FAMILIES.importing.idOf(key));
    return names;
  }

  /** Imports already-parsed bulletins as if they came from source `name` (used for the bundled sample and tests). */
  async importParsed(name: string, parsed: Iterable<ParsedBulletin>): Promise<ImportReport> {
    return this.importLock.run(async () => applyImport(await this.importContext(), name, parsed));
  }

  private async importContext() {
    return {
      store: this.store,
      exclusions: new Exclusions(await this.settings.exclusions()),
      logger: this.options.logger.child({ module: 'import' }),
      fetch: { ...this.options.fetch, policy: this.policy },
      spoolDir: spoolDir(this.options.dataDir),
    };
  }

  /** Bulletins in id order with their staging counts (the Patch Remediation Center list). */
  async bulletins(query: BulletinQuery = {}): Promise<{ total: number; items: BulletinSummary[] }> {
    const offset = query.offset ?? 0;
    const limit = Math.min(query.limit ?? 100, 1000);
    const needle = query.search?.toLowerCase();
    const languages = await this.staging.languagesInScope();
    const summary = (change: DecodedChange, counts: StagingCounts): BulletinSummary => ({ ...plainRecord<BulletinData & { id: string }>(change), languages: change.languages, ...counts });
    /** The page's summaries; counts not read already come from one walk of the staging entries. */
    const summaries = async (page: Array<{ change: DecodedChange; counts?: StagingCounts }>): Promise<BulletinSummary[]> => {
      const missing = page.filter((p) => !p.counts);
      const read = await this.staging.countsOf(missing.map((p) => idOfBulletinKey(p.change.key)), languages);
      missing.forEach((p, i) => (p.counts = read[i]));
      return page.map((p) => summary(p.change, p.counts!));
    };
    if (!needle && query.staged === undefined) {
      // Unfiltered (the common page): the total is the kept count, and only the page is read.
      const total = this.store.counts().bulletin;
      if (offset >= total || limit === 0) return { total, items: [] };
      let after: string | undefined;
      let skipped = 0;
      // Skipping walks keys only; values are read for the page alone.
      for await (const { key } of offset > 0 ? this.store.liveKeys('b/') : []) {
        after = key;
        if (++skipped >= offset) break;
      }
      const page: Array<{ change: DecodedChange }> = [];
      for await (const r of this.store.records('b/', after)) {
        page.push({ change: decodeChange(r.bytes) });
        if (page.length >= limit) break;
      }
      return { total, items: await summaries(page) };
    }
    const page: Array<{ change: DecodedChange; counts?: StagingCounts }> = [];
    let total = 0;
    for await (const r of this.store.records('b/')) {
      const change = decodeChange(r.bytes);
      const b = plainRecord<BulletinData & { id: string }>(change);
      if (needle && ![b.id, b.title, b.vendor].some((f) => f?.toLowerCase().includes(needle))) continue;
      let counts: StagingCounts | undefined;
      if (query.staged !== undefined) {
        counts = await this.staging.counts(b.id, languages);
        if (counts.staged !== query.staged) continue;
      }
      if (total >= offset && total < offset + limit) page.push({ change, counts });
      total++;
    }
    return { total, items: await summaries(page) };
  }

  /** One bulletin with its updates and which of them are staged here. */
  async bulletin(id: string) {
    const stored = await this.store.get(bulletinKey(id));
    if (!stored) throw new PatchtreeError('NOT_FOUND', `no bulletin ${id}`);
    const change = decodeChange(stored.bytes);
    const inScope = await this.staging.updatesFor(id);
    const files = await this.staging.stagedFiles(inScope);
    const stagedByKey = new Map(inScope.map((u, i) => [u.key, files[i]]));
    const updates: Array<UpdateData & { key: string; managed: boolean; staged: unknown }> = [];
    for await (const r of this.store.records(updatesPrefix(id))) {
      const update = plainRecord<UpdateData>(decodeChange(r.bytes));
      updates.push({ ...update, key: r.key, managed: stagedByKey.has(r.key), staged: stagedByKey.get(r.key) ?? null });
    }
    const counts = await this.staging.counts(id);
    // `updates` is the list here; the Patch Remediation Center count of managed updates is `updateCount`.
    return { ...plainRecord<BulletinData>(change), languages: change.languages, updateCount: counts.updates, downloaded: counts.downloaded, staged: counts.staged, updates };
  }
}

/** Where imports spool their documents (emptied at every open: a killed import leaves nothing behind for long). */
const spoolDir = (dataDir: string) => join(dataDir, 'spool');
