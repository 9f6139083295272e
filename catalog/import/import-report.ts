import type { Logger } from 'pino';
import type { RecordStore } from '../store/record-store.js';
import type { Mutex } from '../store/mutex.js';
import type { FetchPolicy } from '../sources/fetch-policy.js';
import { redactUrl } from '../sources/redact.js';
import type { Exclusions } from './exclusions.js';

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
  /** What the documents hold that the import left out on purpose, and why (wsusoffline tool lists, repeated lines). */
  skipped: SkipReport;
  lastSeq: number;
  durationMs: number;
}

export interface ImportContext {
  store: RecordStore;
  exclusions: Exclusions;
  logger: Logger;
  fetch?: ImportFetchOptions;
  /** Taken to write (never to fetch): the lock every read-modify-write of records runs under. */
  lock?: Mutex;
  /** Folder for the documents of an import under way (read twice: checked, then applied); the system temp folder if unset. */
  spoolDir?: string;
  /** Records per batch (CHUNK_RECORDS unless set; tests set it small to exercise journaled imports). */
  chunkRecords?: number;
}

/** How an import fetches its documents. */
export interface ImportFetchOptions {
  /** What may be fetched; a strict policy (public http/https only, no local file) when unset. */
  policy?: FetchPolicy;
  /** Idle timeout of every read. */
  timeoutMs?: number;
  retries?: number;
  backoffMs?: number;
  mirrors?: ReadonlyArray<{ from: string; to: string }>;
  /** Largest document (and largest inflated native gzip document) in bytes. */
  maxBytes?: number;
  /** All documents of one import are fetched within this; CATALOG_FETCH_TIMEOUT after. */
  deadlineMs?: number;
}

/** One thing left out: a whole document (no `line`) or one line of it. */
export interface Skip {
  /** The document's URL, credentials shown as `***`. */
  url: string;
  line?: number;
  reason: string;
}

export interface SkipReport {
  /** Documents left out whole. */
  documents: number;
  /** Lines left out of documents that were read. */
  lines: number;
  /** The first MAX_SKIPS_LISTED of them, in document order: a report stays small whatever a feed holds. */
  items: Skip[];
}

/** Skips listed in a report (the counts are whole): the history keeps 100 reports, so each stays within some 25 kB. */
export const MAX_SKIPS_LISTED = 50;
/** Longest URL shown in a skip: a feed's URL is its admin's, but a report is no place for a long one. */
const MAX_SKIP_URL = 300;

/** Collects the skips of one import into its bounded report. */
export class SkipLog {
  private readonly report: SkipReport = { documents: 0, lines: 0, items: [] };

  add(url: string, skip: { line?: number; reason: string }): void {
    if (skip.line === undefined) this.report.documents++;
    else this.report.lines++;
    if (this.report.items.length >= MAX_SKIPS_LISTED) return;
    const shown = redactUrl(url);
    this.report.items.push({ url: shown.length > MAX_SKIP_URL ? `${shown.slice(0, MAX_SKIP_URL)}…` : shown, ...skip });
  }

  result(): SkipReport {
    return { ...this.report, items: [...this.report.items] };
  }
}

export function emptyReport(source: string, status: ImportReport['status'], lastSeq: number, started: number): ImportReport {
  const zero = () => ({ added: 0, changed: 0, removed: 0, unchanged: 0 });
  return { source, status, documents: 0, bulletins: zero(), updates: zero(), relinked: 0, ownedElsewhere: [], skipped: { documents: 0, lines: 0, items: [] }, lastSeq, durationMs: Date.now() - started };
}
