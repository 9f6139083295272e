import { PatchtreeError, readChange, type ChangeHeader } from '../../protocol/index.js';
import { checkReceivedChange, type Mutation, type ParsedKey, type ScopeRule } from '../../catalog/index.js';

/** One change as the child received and checked it, and what it does with it. */
export interface Received {
  mutation: Mutation;
  header: ChangeHeader;
  parsed: ParsedKey;
  /** A live update's or policy entry's language (the one its header names). */
  language?: string;
}

/**
 * What the child does with one received change: keep it (the scope rule
 * says it holds it), or delete its copy. The change is read strictly and
 * checked as an import checks a document (catalog/record-rules.ts) before
 * anything is decided: a malformed key, a record of another kind than its
 * key, a header whose languages are not the record's, or a field an import
 * would refuse, is REPL_BAD_RECORD, and the caller applies nothing of the
 * batch it came in.
 */
export function receiveChange(rule: ScopeRule, bytes: Uint8Array, asked?: string): Received {
  const change = readChange(bytes, 'REPL_BAD_RECORD');
  const parsed = checkReceivedChange(change);
  const header: ChangeHeader = { key: change.key, languages: change.languages, deleted: change.deleted, leftLanguages: change.leftLanguages };
  const language = !change.deleted && (parsed.kind === 'update' || parsed.kind === 'policy-entry') ? change.languages[0] : undefined;
  const received = (mutation: Mutation): Received => ({ mutation, header, parsed, language });
  // A repair asked for this key: a tombstone for it says this node should not hold it, whatever the rule covers.
  if (change.deleted && asked === change.key) return received({ type: 'del', key: change.key });
  if (!rule.covers(change.key)) throw new PatchtreeError('REPL_BAD_RECORD', `parent sent ${change.key}, outside the rule ${rule.scope.rule}`);
  return received(change.deleted || rule.holds(header) ? { type: 'put-bytes', key: change.key, bytes, header } : { type: 'del', key: change.key });
}

/** receiveChange's mutation alone. */
export const receivedMutation = (rule: ScopeRule, bytes: Uint8Array, asked?: string): Mutation => receiveChange(rule, bytes, asked).mutation;

/**
 * Checks the changes of one session batch against each other. A bulletin
 * is in the languages of its updates, a policy in those of its entries
 * (import-writer.ts and policies.ts derive them so); the child holds only
 * some of them, so it cannot derive a header whole, but every version in
 * one session comes from the parent's one snapshot: an update or entry
 * whose bulletin or policy came in the same batch must be in one of its
 * languages. (A repair's fetch reads no snapshot, so it is not checked so.)
 * And no key comes twice.
 */
export function checkBatch(received: readonly Received[]): void {
  // The parent's change log holds each key once: the same key twice in a batch is no version of it.
  const keys = new Set<string>();
  for (const r of received) {
    if (keys.has(r.header.key)) throw new PatchtreeError('REPL_BAD_RECORD', `the parent sent ${r.header.key} twice in one batch`);
    keys.add(r.header.key);
  }
  const aggregates = new Map<string, readonly string[]>();
  for (const r of received) {
    if (r.header.deleted) continue;
    if (r.parsed.kind === 'bulletin') aggregates.set(`b/${r.parsed.bulletinId}`, r.header.languages);
    if (r.parsed.kind === 'policy') aggregates.set(`p/${r.parsed.policyId}`, r.header.languages);
  }
  if (aggregates.size === 0) return;
  for (const r of received) {
    if (r.language === undefined) continue;
    const owner = r.parsed.kind === 'update' ? `b/${r.parsed.bulletinId}` : r.parsed.kind === 'policy-entry' ? `p/${r.parsed.policyId}` : '';
    const languages = aggregates.get(owner);
    if (languages && !languages.includes(r.language)) {
      throw new PatchtreeError('REPL_BAD_RECORD', `the parent sent ${r.header.key} in ${r.language}, but ${owner} in the same batch says ${languages.join(',') || 'no language'}`);
    }
  }
}
