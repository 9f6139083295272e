import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PatchtreeError } from '../../protocol/index.js';
import { CatalogParseError } from '../errors.js';
import { fetchDocument, spoolDocument, type FetchOptions, type Validators } from '../sources/fetch.js';
import { FetchPolicy } from '../sources/fetch-policy.js';
import { folderDocuments } from '../sources/folder.js';
import { redactUrl } from '../sources/redact.js';
import type { BulletinSink, ParseContext, ParsedBulletin } from '../sources/model.js';
import { PARSERS, type SourceConfig, type SourceType } from '../sources/registry.js';
import type { ExtraOp } from '../store/record-store.js';
import { STATE_FAMILIES } from '../store/state-keys.js';
import { checkParsedBulletin } from './build.js';
import { checkRecordSizes } from './record-size.js';
import { emptyReport, SkipLog, type ImportContext, type ImportReport } from './import-report.js';
import { ImportWriter, memberKey, validatorsKey } from './import-writer.js';

export type { ImportContext, ImportReport, KindCounts } from './import-report.js';

/** NuGet feeds page with `next`; a feed that pages forever is cut here. */
const MAX_PAGES = 10_000;
/** All documents of one import are fetched within this unless the config says otherwise: 1 hour. */
export const DEFAULT_IMPORT_DEADLINE_MS = 60 * 60 * 1000;

/** Validators of every document (every followed page too) of a source's last import, and the URLs they came from. */
interface SavedValidators {
  urls: string[];
  documents: Record<string, Validators>;
  /** The exclusions the import applied: a changed list must re-apply to unchanged documents. */
  exclusions?: string[];
  /** The documents each file: folder URL held (see folderDocuments): a file added or removed is a change. */
  folders?: Record<string, string[]>;
}

interface SpooledDocument { url: string; path: string }

/** The first pass's view of each bulletin: ids that can be keys, and which ids are listed more than once (merged by ImportWriter). */
class BulletinIds {
  readonly listedTwice = new Set<string>();
  private readonly seen = new Set<string>();

  constructor(private readonly source: string) {}

  get count(): number {
    return this.seen.size;
  }

  /** `where`: the document and the bulletin's place in it, for an error naming the entry. */
  check(b: ParsedBulletin, where: { url?: string; entry?: number } = {}): void {
    checkParsedBulletin(this.source, b, where);
    checkRecordSizes(this.source, b, where);
    if (this.seen.has(b.bulletin.id)) this.listedTwice.add(b.bulletin.id);
    else this.seen.add(b.bulletin.id);
  }
}

/**
 * Imports one source: fetches its documents (conditionally: when none
 * changed, nothing is downloaded nor written) into a spool folder, checks
 * that every one parses, then parses them again and writes the difference
 * (see ImportWriter: one batch, or journaled chunks for a large catalog).
 * A malformed document throws CATALOG_PARSE before anything is written, and
 * memory stays bounded by a chunk, not by the catalog.
 *
 * Only the write takes `ctx.lock`: fetching, however slow the feed, never
 * holds up the admin edits that need the lock (severity, policies), and
 * fetching is bounded by an idle timeout on every read and a deadline for
 * all the documents (CATALOG_FETCH_TIMEOUT).
 */
export async function importSource(ctx: ImportContext, source: SourceConfig, options: { force?: boolean } = {}): Promise<ImportReport> {
  const started = Date.now();
  const log = ctx.logger.child({ source: source.name });
  const fetch = fetchOptions(ctx);
  const saved = (await ctx.store.state.get(validatorsKey(source.name))) as SavedValidators | undefined;
  if (!options.force && (await unchangedSinceLastImport(ctx, fetch, source, saved))) {
    log.info('no document changed; nothing downloaded');
    return emptyReport(source.name, 'not-modified', ctx.store.lastSeq, started);
  }

  const spool = join(ctx.spoolDir ?? tmpdir(), `import-${randomUUID()}`);
  await mkdir(spool, { recursive: true });
  try {
    const { documents, validators, ids, skips, folders } = await fetchAndCheck(ctx, fetch, source, spool);
    const write = async () => {
      // The source may have been removed while its documents were fetched (removal takes the lock, fetching does not).
      if ((await ctx.store.state.get(STATE_FAMILIES.source.key(source.name))) === undefined) {
        throw new PatchtreeError('NOT_FOUND', `source "${source.name}" was removed while its documents were fetched; nothing was written`);
      }
      if (ids.count === 0) {
        // An empty feed is far likelier a broken download than a vendor withdrawing everything.
        const prefix = memberKey(source.name);
        for await (const _ of ctx.store.index.keys({ gte: prefix, lt: `${prefix}\uffff`, limit: 1 })) {
          throw new PatchtreeError('CATALOG_EMPTY', `source "${source.name}": the documents hold no bulletin; refusing to delete everything the source imported before (remove the source's URLs or fix the feed)`);
        }
      }
      const writer = new ImportWriter(ctx, source.name, ids.listedTwice);
      for (const doc of documents) await parseDocument(source.type, createReadStream(doc.path), parseContext(ctx, source, doc.url), (b) => writer.add(b));
      const remembered: SavedValidators = { urls: source.urls, documents: validators, exclusions: [...ctx.exclusions.list], folders };
      return writer.finish([{ type: 'put', sublevel: ctx.store.state, key: validatorsKey(source.name), value: remembered }]);
    };
    const report = await (ctx.lock ? ctx.lock.run(write) : write());
    report.documents = documents.length;
    report.skipped = skips.result();
    report.durationMs = Date.now() - started;
    const { documents: skippedDocuments, lines: skippedLines } = report.skipped;
    log.info({ bulletins: report.bulletins, updates: report.updates, relinked: report.relinked, skipped: { documents: skippedDocuments, lines: skippedLines }, lastSeq: report.lastSeq }, 'import done');
    return report;
  } finally {
    await rm(spool, { recursive: true, force: true });
  }
}

/** The fetch options of one import: its policy (strict unless given), and a deadline for all its documents. */
function fetchOptions(ctx: ImportContext): FetchOptions {
  const { policy, deadlineMs, ...rest } = ctx.fetch ?? {};
  return { ...rest, policy: policy ?? new FetchPolicy(), signal: AbortSignal.timeout(deadlineMs ?? DEFAULT_IMPORT_DEADLINE_MS) };
}

/** `skips`: where the parser's skips go (the first pass only: the second parses the same documents again). */
function parseContext(ctx: ImportContext, source: SourceConfig, url: string, skips?: SkipLog): ParseContext {
  return { source: source.name, url, maxBytes: ctx.fetch?.maxBytes, skip: skips && ((skip) => skips.add(url, skip)) };
}

/**
 * First pass: downloads every document (following NuGet `next` links, and
 * taking each file of a file: folder) to the spool and parses it, keeping
 * nothing but the bulletin ids, so that a malformed document fails the
 * import before anything is written.
 */
async function fetchAndCheck(ctx: ImportContext, fetch: FetchOptions, source: SourceConfig, spool: string) {
  const documents: SpooledDocument[] = [];
  const validators: Record<string, Validators> = {};
  const ids = new BulletinIds(source.name);
  const skips = new SkipLog();
  const folders: Record<string, string[]> = {};
  const urls: string[] = [];
  for (const url of source.urls) {
    const inFolder = await folderDocuments(url, fetch.policy);
    if (inFolder) folders[url] = inFolder;
    urls.push(...(inFolder ?? [url]));
  }
  for (const url of urls) {
    const pages = new Set<string>();
    for (let next: string | undefined = url; next; ) {
      if (pages.has(next) || pages.size >= MAX_PAGES) throw new CatalogParseError(source.name, { url: next }, 'the feed pages in a loop or without end');
      pages.add(next);
      const path = join(spool, `${documents.length}`);
      const fetched = await spoolDocument(next, path, fetch);
      if (fetched === 'not-modified') throw new PatchtreeError('CATALOG_FETCH', `${redactUrl(next)} answered 304 to an unconditional request`);
      documents.push({ url: next, path });
      validators[next] = { etag: fetched.etag, lastModified: fetched.lastModified };
      const where = { url: next, entry: 0 };
      next = await parseDocument(source.type, createReadStream(path), parseContext(ctx, source, next, skips), (b) => {
        where.entry++;
        ids.check(b, where);
      });
    }
  }
  return { documents, validators, ids, skips, folders };
}

/** Parses one document and hands each bulletin to `emit`, streaming where the parser can; returns the next page, if any. */
async function parseDocument(type: SourceType, body: NodeJS.ReadableStream, ctx: ParseContext, emit: BulletinSink): Promise<string | undefined> {
  const document = await PARSERS[type](body as never, ctx, emit);
  for (const b of document.bulletins) await emit(b);
  return document.next;
}

/** Writes already-parsed bulletins as the whole content of source `sourceName` (the bundled sample, tests, removing a source). */
export async function applyImport(ctx: ImportContext, sourceName: string, parsed: Iterable<ParsedBulletin>, extra: ExtraOp[] = []): Promise<ImportReport> {
  const ids = new BulletinIds(sourceName);
  const all = [...parsed];
  all.forEach((b, i) => ids.check(b, { entry: i + 1 }));
  const writer = new ImportWriter(ctx, sourceName, ids.listedTwice);
  for (const b of all) await writer.add(b);
  return writer.finish(extra);
}

/**
 * True when every document fetched by the last import (every followed page
 * too) answers 304 to a conditional request: then nothing is downloaded.
 */
async function unchangedSinceLastImport(ctx: ImportContext, fetch: FetchOptions, source: SourceConfig, saved: SavedValidators | undefined): Promise<boolean> {
  // A source whose URLs were edited since is imported afresh.
  if (!saved || saved.urls.length !== source.urls.length || saved.urls.some((u, i) => u !== source.urls[i])) return false;
  if (JSON.stringify(saved.exclusions ?? []) !== JSON.stringify(ctx.exclusions.list)) return false;
  for (const url of source.urls) {
    const inFolder = await folderDocuments(url, fetch.policy);
    if (inFolder && JSON.stringify(inFolder) !== JSON.stringify(saved.folders?.[url])) return false;
  }
  for (const [url, validators] of Object.entries(saved.documents)) {
    if (!validators.etag && !validators.lastModified) return false;
    const fetched = await fetchDocument(url, { ...fetch, validators });
    if (fetched !== 'not-modified') {
      fetched.body.destroy();
      return false;
    }
  }
  return true;
}
