import { decodeChangeHeader, PatchtreeError } from '../../protocol/index.js';
import { isRecordKey, type Mutation, type ScopeRule } from '../../catalog/index.js';

/** What the child does with one received change: keep it (the scope rule says it holds it), or delete its copy. */
export function receivedMutation(rule: ScopeRule, bytes: Uint8Array, asked?: string): Mutation {
  // The header is all the decision needs; the store keeps the bytes as they came.
  const header = decodeChangeHeader(bytes);
  if (!isRecordKey(header.key)) throw new PatchtreeError('REPL_BAD_RECORD', `parent sent a change under ${JSON.stringify(header.key.slice(0, 100))}, which is not a record key`);
  // A repair asked for this key: a tombstone for it says this node should not hold it, whatever the rule covers.
  if (header.deleted && asked === header.key) return { type: 'del', key: header.key };
  if (!rule.covers(header.key)) throw new PatchtreeError('REPL_BAD_RECORD', `parent sent ${header.key}, outside the rule ${rule.scope.rule}`);
  return header.deleted || rule.holds(header) ? { type: 'put-bytes', key: header.key, bytes, header } : { type: 'del', key: header.key };
}

