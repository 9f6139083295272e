import type { ReceivedFrame } from '../protocol/index.js';
import type { ContentStore, SyncScope } from '../catalog/index.js';
import type { ContentFileInfo, HelloAck, HelloReport, KeyHash, RunReportData, SessionRequest, ViewScope } from './wire.js';

/**
 * Everything a child asks its parent: one interface, implemented over HTTP
 * between nodes (child/http-port.ts) and in-process over the same wire
 * codecs (child/in-process-port.ts); one contract suite runs against both.
 * Every method fails with a PatchtreeError whose code says what went wrong
 * (REPL_PARENT_UNREACHABLE, REPL_INTERRUPTED, the parent's own refusal...).
 */
export interface ParentPort {
  /** Reports this node's languages and descendants; the answer carries the rules and run-now counters. */
  hello(report: HelloReport): Promise<HelloAck>;
  /** One replication session: start, batches, end (or an error frame); `signal` breaks it off (REPL_INTERRUPTED). */
  session(request: SessionRequest, signal?: AbortSignal): AsyncIterable<ReceivedFrame>;
  /** The parent's hash of each key as the child should hold it ('' = it should not). */
  verify(scope: ViewScope, keys: string[]): Promise<KeyHash[]>;
  /** The parent's own random sample of its records in scope, in parts (pages at 100%). */
  sample(scope: ViewScope, percent: number): AsyncIterable<KeyHash[]>;
  /** The stored bytes of each key, or a tombstone where the child should hold nothing. */
  fetch(scope: ViewScope, keys: string[]): Promise<Uint8Array[]>;
  /** Tells the parent how a run went. */
  reportRun(run: RunReportData): Promise<void>;
  /** The parent's staged files for these languages (refused in a loop, as sessions are). */
  contentList(languages: readonly string[], via: readonly string[]): Promise<ContentFileInfo[]>;
  /** Where the parent serves a content file (an immutable URL any HTTP cache can carry). */
  contentUrl(algorithm: string, hash: string): string;
  /** A port that carries the files itself (a bundle): stores one in the content store, verified by its hash; its size. */
  storeContent?(file: ContentFileInfo, store: ContentStore): Promise<number>;
  /** PEM to trust when downloading content from an https parent with its own CA. */
  readonly certificateAuthority?: string;
}
