import { createHash } from 'node:crypto';
import type { ChangeHeader } from '../protocol/index.js';
import { inLanguages, recordClassOf } from '../catalog/index.js';

export type RuleName = 'catalog' | 'policies';

/** What one child receives under one rule: the rule's records in its languages (and, for policies, a chosen list). */
export interface SyncScope {
  rule: RuleName;
  languages: readonly string[];
  /** Policies rule only: these policies; empty = all. */
  policyIds: readonly string[];
}

/** A stable id of a scope: a checkpoint made under another scope cannot be continued. */
export function scopeId(scope: SyncScope): string {
  const canonical = JSON.stringify([scope.rule, [...scope.languages].sort(), [...scope.policyIds].sort()]);
  return createHash('sha256').update(canonical).digest('hex').slice(0, 32);
}

/** Policy id of a policy ("p/ID") or policy entry ("e/ID/...") key. */
function policyIdOf(key: string): string {
  const end = key.indexOf('/', 2);
  return end < 0 ? key.slice(2) : key.slice(2, end);
}

/** True when the record key travels with this scope's rule (and chosen policies), whatever its languages. */
export function keyInScope(key: string, scope: SyncScope): boolean {
  if (recordClassOf(key) !== scope.rule) return false;
  return scope.rule !== 'policies' || scope.policyIds.length === 0 || scope.policyIds.includes(policyIdOf(key));
}

/**
 * Whether a parent sends a change-log entry to a child: live records in the
 * child's languages, tombstones it may hold, and versions that left one of
 * its languages (so it deletes its stale copy).
 */
export function sendsChange(change: ChangeHeader, scope: SyncScope, languages: ReadonlySet<string>): boolean {
  if (!keyInScope(change.key, scope)) return false;
  if (inLanguages(change.languages, languages)) return true;
  return !change.deleted && change.leftLanguages.some((l) => languages.has(l));
}

/** Whether a child keeps a received live record (otherwise it left the child's languages and is deleted). */
export function keepsRecord(change: Pick<ChangeHeader, 'deleted' | 'languages'>, languages: ReadonlySet<string>): boolean {
  return !change.deleted && inLanguages(change.languages, languages);
}
