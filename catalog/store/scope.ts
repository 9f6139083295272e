import { createHash } from 'node:crypto';
import { NEUTRAL, type ChangeHeader } from '../../protocol/index.js';
import { policyIdOf, recordClassOf } from './keys.js';

/**
 * The scope rule: which records a node managing some languages holds, which
 * change-log entries its parent must send it, and in which digest bucket a
 * record counts. This module is the only place that decides it; the parent's
 * sessions and verification, the child's apply and sampling, the digests,
 * staging and the content lists all ask here.
 */

/** The replication rule a record travels with (see recordClassOf). */
export type RecordClass = 'catalog' | 'policies';

/** What one child receives under one rule: the rule's records in its languages (and, for policies, a chosen list). */
export interface SyncScope {
  rule: RecordClass;
  languages: readonly string[];
  /** Policies rule only: these policies; empty = all. */
  policyIds: readonly string[];
}

type Header = Pick<ChangeHeader, 'key' | 'deleted' | 'languages' | 'leftLanguages'>;

/**
 * True when a record in `languages` belongs to a node managing `managed`:
 * neutral records (and records with no language) belong to every node.
 */
export function holdsLanguages(languages: readonly string[], managed: ReadonlySet<string>): boolean {
  if (languages.length === 0) return true;
  for (const language of languages) if (language === NEUTRAL || managed.has(language)) return true;
  return false;
}

/** Digest bucket of a record: its sorted language set (a bulletin or policy may be in several). */
export function bucketOf(languages: readonly string[]): string {
  // Every record's digest and signature check names its bucket: one language (most records) or a sorted list
  // (as headers are written) is named without a copy.
  if (languages.length <= 1) return languages.length === 0 ? NEUTRAL : languages[0];
  for (let i = 1; i < languages.length; i++) if (languages[i - 1] > languages[i]) return [...languages].sort().join(',');
  return languages.join(',');
}

/** Whether a digest bucket (see bucketOf) counts in the digest of a node managing `managed`. */
export function bucketHeld(bucket: string, managed: ReadonlySet<string>): boolean {
  return holdsLanguages(bucket.split(','), managed);
}

/** The managed languages plus neutral: the update languages whose files a node stages. */
export function stagedLanguages(managed: Iterable<string>): ReadonlySet<string> {
  return new Set([...managed, NEUTRAL]);
}

/** Languages a version of a record may have been held in before this one: its tombstone or next version keeps them. */
export function formerLanguages(previous: Pick<ChangeHeader, 'languages' | 'leftLanguages'> | undefined, now: readonly string[]): string[] {
  // No language reads as neutral (see holdsLanguages), on both sides.
  const named = (languages: readonly string[]) => (languages.length ? languages : [NEUTRAL]);
  const left = previous ? new Set([...named(previous.languages), ...previous.leftLanguages]) : new Set<string>();
  for (const language of named(now)) left.delete(language);
  return [...left].sort();
}

/** A stable id of a scope: a checkpoint made under another scope cannot be continued. */
export function scopeId(scope: SyncScope): string {
  const canonical = JSON.stringify([scope.rule, [...scope.languages].sort(), [...scope.policyIds].sort()]);
  return createHash('sha256').update(canonical).digest('hex').slice(0, 32);
}

/** A scope made ready for per-record questions (its language set built once). */
export class ScopeRule {
  readonly languages: ReadonlySet<string>;
  private readonly policies: ReadonlySet<string>;

  constructor(readonly scope: SyncScope) {
    this.languages = new Set(scope.languages);
    this.policies = new Set(scope.policyIds);
  }

  /** The record key travels with this scope's rule (and chosen policies), whatever its languages. */
  covers(key: string): boolean {
    if (recordClassOf(key) !== this.scope.rule) return false;
    return this.scope.rule !== 'policies' || this.policies.size === 0 || this.policies.has(policyIdOf(key));
  }

  /**
   * A record this node received under this scope's rule: its parent's to
   * keep or delete (a complete run deletes those the parent no longer sends,
   * policies outside a chosen list too; the child's sample checks them).
   */
  receivedUnderRule(key: string, origin: 'local' | 'replicated'): boolean {
    return origin === 'replicated' && recordClassOf(key) === this.scope.rule;
  }

  /** A node with this scope holds the record: live, covered, and in its languages or neutral. */
  holds(header: Header): boolean {
    return !header.deleted && this.covers(header.key) && holdsLanguages(header.languages, this.languages);
  }

  /**
   * The parent sends this change-log entry: what the child holds, and every
   * entry of a record the child may hold a stale copy of (a tombstone, or a
   * version that left one of its languages), so that it deletes that copy.
   */
  sends(header: Header): boolean {
    if (!this.covers(header.key)) return false;
    if (holdsLanguages(header.languages, this.languages)) return true;
    // Left neutral: every node held it.
    return header.leftLanguages.length > 0 && holdsLanguages(header.leftLanguages, this.languages);
  }
}
