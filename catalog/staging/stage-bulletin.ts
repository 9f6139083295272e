import type { Logger } from 'pino';
import { decodeChange, PatchtreeError, type UpdateData } from '../../protocol/index.js';
import { STATE_FAMILIES } from '../store/state-keys.js';
import { stagedLanguages } from '../store/scope.js';
import type { RecordStore } from '../store/record-store.js';
import { bulletinIdOfUpdateKey, bulletinKey, updatesPrefix } from '../store/keys.js';
import type { Settings } from '../settings.js';
import type { ContentStore, HashAlgorithm } from './content-store.js';
import { downloadVerified } from './download.js';
import { FetchPolicy } from '../sources/fetch-policy.js';
import { runLimited } from './limit.js';
import { contentBinding, contentGroupOf } from '../trust/listings.js';

/** What the node holds for one staged update file. */
export interface StagedFile {
  algorithm: string;
  hash: string;
  size: number;
  /** False when the vendor gave no hash to verify against (stored by the sha256 computed here). */
  verified: boolean;
  stagedAt: string;
  /** For files without a vendor hash: where and how big, so a revised update is fetched again. */
  url?: string;
  /**
   * The content group this node published the file's binding in (a file of
   * one of its own updates without a vendor hash; see contentBinding), so
   * that forgetting the file withdraws the binding.
   */
  binding?: string;
}

/** Patch Remediation Center counts: updates in the managed languages, how many are downloaded, staged when all are. */
export interface StagingCounts {
  updates: number;
  downloaded: number;
  staged: boolean;
}

export interface StageProgress {
  bulletinId: string;
  files: number;
  done: number;
  failed: number;
  bytes: number;
  totalBytes: number;
  /** Files whose last attempt failed and that wait for (or make) the next one, until bytes come again. */
  retrying: Array<{ update: string; attempt: number; delayMs: number; code: string; message: string }>;
}

export interface StageReport extends StagingCounts {
  bulletinId: string;
  failures: Array<{ update: string; code: string; message: string }>;
}

const STAGED = STATE_FAMILIES.staged;
const stagedKey = (updateKey: string) => STAGED.key(updateKey);

type Update = UpdateData & { id: string; language: string };

/** The update a stored record holds; a damaged record reads as none (the staged entry is then dropped, never trusted). */
function updateOf(bytes: Uint8Array): Update | undefined {
  try {
    return decodeChange(bytes).record?.update as Update | undefined;
  } catch {
    return undefined;
  }
}

function matches(staged: StagedFile | undefined, update: Update): staged is StagedFile {
  if (!staged) return false;
  if (update.hash) return staged.algorithm === update.hashAlgorithm && staged.hash === update.hash;
  // No vendor hash: the same URL (and size, when known) is the only sign it is the same file.
  return (staged.url === undefined || staged.url === update.url) && (!update.size || staged.size === update.size);
}

/**
 * Staging: downloads a bulletin's update files in the managed languages (and
 * neutral) into the content store, verifying the vendor's hash, a few at a
 * time; each finished file is recorded at once, so a cut staging run keeps
 * what it finished and resumes the rest.
 */
export class Staging {
  private policy?: FetchPolicy;

  constructor(
    private readonly store: RecordStore,
    private readonly content: ContentStore,
    private readonly settings: Settings,
    private readonly logger: Logger,
    private readonly options: {
      concurrency: number;
      retries?: number;
      backoffMs?: number;
      /** What update URLs may be fetched (strict when unset: public http/https only). */
      policy?: FetchPolicy;
      /** Largest file fetched when the catalog declares no size. */
      maxBytes?: number;
    } = { concurrency: 3 },
  ) {}

  /** The managed languages and neutral: the updates staging works on. */
  async languagesInScope(): Promise<ReadonlySet<string>> {
    return stagedLanguages(await this.settings.languages());
  }

  /** The bulletin's updates in the managed languages and neutral. */
  async updatesFor(bulletinId: string): Promise<Array<{ key: string; update: Update }>> {
    const languages = await this.languagesInScope();
    const out: Array<{ key: string; update: Update }> = [];
    for await (const r of this.store.records(updatesPrefix(bulletinId))) {
      const update = decodeChange(r.bytes).record!.update as Update;
      if (languages.has(update.language)) out.push({ key: r.key, update });
    }
    return out;
  }

  /** Staged files of the given updates (undefined where missing or stale). */
  async stagedFiles(updates: ReadonlyArray<{ key: string; update: Update }>): Promise<Array<StagedFile | undefined>> {
    const states = (await this.store.state.getMany(updates.map((u) => stagedKey(u.key)))) as Array<StagedFile | undefined>;
    return states.map((s, i) => (matches(s, updates[i].update) ? s : undefined));
  }

  /**
   * Staged files of every update in the given languages (and neutral): what
   * a parent offers a child. Walks the staged entries, not the catalog: a
   * node with a million updates has staged a few thousand.
   */
  async filesIn(languages: readonly string[]): Promise<Array<StagedFile & { updateKey: string }>> {
    const wanted = stagedLanguages(languages);
    const out: Array<StagedFile & { updateKey: string }> = [];
    for await (const { updateKey, file, update } of this.stagedEntries()) {
      if (update && wanted.has(update.language) && matches(file, update)) out.push({ ...file, updateKey });
    }
    return out; // in update-key order, as the staged entries are kept
  }

  /** The update records held under these keys that this node stages (managed languages and neutral); undefined for the others. */
  async heldUpdates(keys: readonly string[]): Promise<Array<Update | undefined>> {
    const languages = await this.languagesInScope();
    return (await this.store.getMany(keys)).map((r) => {
      const update = r && updateOf(r.bytes);
      return update && languages.has(update.language) ? update : undefined;
    });
  }

  /** Every staged entry with its update record (undefined when the update is gone), read a thousand at a time. */
  private async *stagedEntries(): AsyncGenerator<{ updateKey: string; file: StagedFile; update?: Update }> {
    let chunk: Array<[string, StagedFile]> = [];
    const flush = async function* (this: Staging) {
      const records = await this.store.getMany(chunk.map(([key]) => key));
      for (let i = 0; i < chunk.length; i++) {
        const record = records[i];
        yield { updateKey: chunk[i][0], file: chunk[i][1], update: record && updateOf(record.bytes) };
      }
      chunk = [];
    }.bind(this);
    for await (const [key, file] of this.store.state.iterator(STAGED.range())) {
      chunk.push([STAGED.idOf(key), file as StagedFile]);
      if (chunk.length >= 1000) yield* flush();
    }
    yield* flush();
  }

  /**
   * Forgets the staged files of updates this node no longer manages the
   * language of (the admin dropped it) and, when `listed` is given (the
   * parent's current content list), of updates it no longer holds that the
   * list no longer names; removes their files from the content store unless
   * a kept update names the same file. An update not held here yet (its
   * record still on its way in the catalog rule) keeps its file.
   */
  async pruneUnmanaged(listed?: ReadonlySet<string>): Promise<{ entries: number; files: number }> {
    const languages = await this.languagesInScope();
    const kept = new Set<string>();
    const dropped: Array<{ updateKey: string; file: StagedFile }> = [];
    for await (const { updateKey, file, update } of this.stagedEntries()) {
      const drop = update ? !languages.has(update.language) : !!listed && !listed.has(updateKey);
      if (drop) dropped.push({ updateKey, file });
      else kept.add(`${file.algorithm}/${file.hash}`);
    }
    if (dropped.length) {
      const forget = dropped.map((d) => ({ type: 'del' as const, sublevel: this.store.state, key: stagedKey(d.updateKey) }));
      const withdrawn = dropped.filter((d) => d.file.binding).map((d) => ({ group: d.file.binding!, hash: contentBinding(d.updateKey, d.file), present: false }));
      await this.store.writePublished(withdrawn, forget);
    }
    let files = 0;
    for (const name of new Set(dropped.map((d) => `${d.file.algorithm}/${d.file.hash}`))) {
      if (kept.has(name)) continue;
      const [algorithm, hash] = name.split('/');
      if (await this.content.remove(algorithm as HashAlgorithm, hash)) files++;
    }
    return { entries: dropped.length, files };
  }

  /** Records a file staged for an update (by download here or from the parent). */
  async recordStaged(updateKey: string, file: StagedFile): Promise<void> {
    await this.store.state.put(stagedKey(updateKey), file);
  }

  async counts(bulletinId: string, inScope?: ReadonlySet<string>): Promise<StagingCounts> {
    return (await this.countsOf([bulletinId], inScope))[0];
  }

  /**
   * Counts for several bulletins (a page of the list) in a few reads: their
   * updates are read in one walk over the key range their prefixes span
   * (neighbouring bulletins keep their updates side by side), then their
   * staged entries in one lookup.
   */
  async countsOf(bulletinIds: readonly string[], inScope?: ReadonlySet<string>): Promise<StagingCounts[]> {
    if (bulletinIds.length === 0) return [];
    const languages = inScope ?? (await this.languagesInScope());
    const prefixes = bulletinIds.map(updatesPrefix).sort();
    const wanted = new Set(bulletinIds);
    const updates: Array<{ key: string; update: Update }> = [];
    for await (const r of this.store.recordsIn({ gte: prefixes[0], lt: `${prefixes[prefixes.length - 1]}\uffff` })) {
      if (!wanted.has(bulletinIdOfUpdateKey(r.key))) continue;
      const update = decodeChange(r.bytes).record!.update as Update;
      if (languages.has(update.language)) updates.push({ key: r.key, update });
    }
    const staged = await this.stagedFiles(updates);
    const counts = new Map(bulletinIds.map((id) => [id, { updates: 0, downloaded: 0, staged: false }]));
    updates.forEach((u, i) => {
      const c = counts.get(bulletinIdOfUpdateKey(u.key))!;
      c.updates++;
      if (staged[i]) c.downloaded++;
    });
    return bulletinIds.map((id) => {
      const c = counts.get(id)!;
      return { ...c, staged: c.updates > 0 && c.downloaded === c.updates };
    });
  }

  /** Downloads what is missing of a bulletin; resolves with the counts and any per-file failure. */
  async stage(bulletinId: string, onProgress?: (p: StageProgress) => void): Promise<StageReport> {
    if (!(await this.store.get(bulletinKey(bulletinId)))) throw new PatchtreeError('NOT_FOUND', `no bulletin ${bulletinId}`);
    const log = this.logger.child({ bulletin: bulletinId });
    const all = await this.updatesFor(bulletinId);
    const staged = await this.stagedFiles(all);
    const missing = all.filter((_, i) => !staged[i]);
    // Updates this node imported itself: it is their publisher, and binds a file that has no vendor hash.
    const own = new Set((await this.store.getMany(missing.map((m) => m.key))).filter((r) => r?.origin === 'local').map((r) => r!.key));
    const retrying = new Map<string, StageProgress['retrying'][number]>();
    const progress: Omit<StageProgress, 'retrying'> = { bulletinId, files: missing.length, done: 0, failed: 0, bytes: 0, totalBytes: missing.reduce((n, u) => n + (u.update.size ?? 0), 0) };
    const report = () => onProgress?.({ ...progress, retrying: [...retrying.values()] });
    report();
    const received = new Map<string, number>();
    const results = await runLimited(missing, this.options.concurrency, async ({ key, update }) => {
      const result = await downloadVerified({
        url: update.url ?? '',
        algorithm: (update.hashAlgorithm ?? '') as 'sha1' | 'sha256' | 'sha512' | '',
        hash: update.hash ?? '',
        expectedSize: update.size || undefined,
        store: this.content,
        policy: (this.policy ??= this.options.policy ?? new FetchPolicy()),
        maxBytes: this.options.maxBytes,
        retries: this.options.retries,
        backoffMs: this.options.backoffMs,
        onProgress: (p) => {
          progress.bytes += p.received - (received.get(key) ?? 0);
          received.set(key, p.received);
          retrying.delete(key);
          report();
        },
        onRetry: (r) => {
          retrying.set(key, { update: key, ...r });
          report();
        },
      }).finally(() => retrying.delete(key));
      const file: StagedFile = { algorithm: result.algorithm, hash: result.hash, size: result.size, verified: result.verified, stagedAt: new Date().toISOString(), ...(update.hash ? {} : { url: update.url ?? '' }) };
      if (!update.hash && own.has(key)) {
        // No tier below can then substitute the bytes: the binding is signed with this node's records.
        file.binding = contentGroupOf([update.language || 'neutral']);
        await this.store.writePublished([{ group: file.binding, hash: contentBinding(key, file), present: true }], [{ type: 'put', sublevel: this.store.state, key: stagedKey(key), value: file }]);
      } else {
        await this.store.state.put(stagedKey(key), file);
      }
      progress.done++;
      report();
    });
    const failures: StageReport['failures'] = [];
    results.forEach((r, i) => {
      if (r.status === 'fulfilled') return;
      const err = r.reason as PatchtreeError;
      progress.failed++;
      failures.push({ update: missing[i].key, code: err.code ?? 'STAGE_DOWNLOAD_FAILED', message: err.message });
      log.warn({ update: missing[i].key, code: err.code, err: err.message }, 'update file not staged');
    });
    report();
    const counts = await this.counts(bulletinId);
    log.info({ ...counts, failures: failures.length }, 'staging done');
    return { bulletinId, ...counts, failures };
  }
}
