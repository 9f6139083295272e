import { decode, NodeStatement, PatchtreeError, SignedStatement } from '../protocol/index.js';
import { keyIdOf, verifySignature, type NodeKey } from '../catalog/index.js';

/**
 * Node statements: what a node says of itself (its identity key, its
 * parent's identity, node id, languages), signed with its identity key. A
 * node's identity is the key id of that key, so it cannot be claimed by
 * another node; and a node is taken as a descendant only on its own signed
 * word that its parent is the reporting child or a descendant already
 * taken. A leaf can no more name the top as its descendant than sign as it.
 */

/** A statement is taken for this long after it was issued (a node re-signs it with every report). */
export const STATEMENT_MAX_AGE_MS = 7 * 86_400_000;
/** A statement issued this far in the future is not taken either (clocks differ, not by days). */
const CLOCK_SKEW_MS = 10 * 60_000;

export interface Statement {
  identity: string;
  parentIdentity: string;
  nodeId: string;
  languages: string[];
  issued: string;
}

/** Signs this node's statement. */
export function signStatement(key: NodeKey, about: Pick<Statement, 'parentIdentity' | 'nodeId' | 'languages'>, now = new Date()): Uint8Array {
  const statement = NodeStatement.encode({ publicKey: key.info.public, parentIdentity: about.parentIdentity, nodeId: about.nodeId, languages: about.languages, issued: now.toISOString() }).finish();
  return SignedStatement.encode({ statement, signature: key.sign(statement) }).finish();
}

/** The statement in signed bytes, or undefined when it is malformed, not signed by its own key, stale or from the future. */
export function readStatement(signed: Uint8Array | null | undefined, now = Date.now()): Statement | undefined {
  if (!signed?.length) return undefined;
  try {
    const outer = decode(SignedStatement, signed);
    const inner = decode(NodeStatement, outer.statement ?? new Uint8Array());
    const publicHex = inner.publicKey ?? '';
    if (!/^[0-9a-f]{64}$/.test(publicHex)) return undefined;
    const identity = keyIdOf(publicHex);
    if (!verifySignature({ keyid: identity, keytype: 'ed25519', scheme: 'ed25519', public: publicHex }, outer.statement ?? new Uint8Array(), outer.signature ?? new Uint8Array())) return undefined;
    const issued = Date.parse(inner.issued ?? '');
    if (!Number.isFinite(issued) || issued < now - STATEMENT_MAX_AGE_MS || issued > now + CLOCK_SKEW_MS) return undefined;
    return { identity, parentIdentity: inner.parentIdentity ?? '', nodeId: inner.nodeId ?? '', languages: [...(inner.languages ?? [])], issued: inner.issued ?? '' };
  } catch (err) {
    if (err instanceof PatchtreeError) return undefined;
    throw err;
  }
}

/**
 * The descendants a child reports that are facts: each with a valid, fresh
 * statement of its own naming as its parent the child (`root`) or a
 * descendant taken before it. The rest are dropped: a node that has not yet
 * heard its parent's identity shows up once it has reported again.
 */
export function verifiedDescendants<T extends { statement?: string }>(root: string, claimed: readonly T[], now = Date.now()): Array<T & Statement> {
  const known = new Set([root]);
  const out: Array<T & Statement> = [];
  for (const d of claimed) {
    const s = readStatement(d.statement ? Buffer.from(d.statement, 'base64') : undefined, now);
    if (!s || known.has(s.identity) || !known.has(s.parentIdentity)) continue;
    known.add(s.identity);
    out.push({ ...d, ...s });
  }
  return out;
}
