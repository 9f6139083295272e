import type { Logger } from 'pino';
import type { RecordStore } from '../store/record-store.js';
import type { Mutex } from '../store/mutex.js';
import type { FetchPolicy } from '../sources/fetch-policy.js';
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

export function emptyReport(source: string, status: ImportReport['status'], lastSeq: number, started: number): ImportReport {
  const zero = () => ({ added: 0, changed: 0, removed: 0, unchanged: 0 });
  return { source, status, documents: 0, bulletins: zero(), updates: zero(), relinked: 0, ownedElsewhere: [], lastSeq, durationMs: Date.now() - started };
}
