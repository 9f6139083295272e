import { decodeChangeHeader, PatchtreeError } from '../../protocol/index.js';
import type { Mutation, ScopeRule } from '../../catalog/index.js';

/** What the child does with one received change: keep it (the scope rule says it holds it), or delete its copy. */
export function receivedMutation(rule: ScopeRule, bytes: Uint8Array): Mutation {
  // The header is all the decision needs; the store keeps the bytes as they came.
  const header = decodeChangeHeader(bytes);
  if (!rule.covers(header.key)) throw new PatchtreeError('REPL_BAD_RECORD', `parent sent ${header.key}, outside the rule ${rule.scope.rule}`);
  return header.deleted || rule.holds(header) ? { type: 'put-bytes', key: header.key, bytes, header } : { type: 'del', key: header.key };
}

