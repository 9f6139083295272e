import { PatchtreeError, type ChangeHeader } from '../../protocol/index.js';
import { checkReceivedChange, readChange, type Mutation, type ParsedKey, type ScopeRule } from '../../catalog/index.js';

const NONE: string[] = [];

/**
 * Checks the changes of one session batch against each other, as they are
 * received. A bulletin is in the languages of its updates, a policy in
 * those of its entries (import-writer.ts and policies.ts derive them so);
 * the child holds only some of them, so it cannot derive a header whole,
 * but every version in one session comes from the parent's one snapshot: an
 * update or entry whose bulletin or policy came in the same batch must be in
 * one of its languages. (A repair's fetch reads no snapshot, so it is not
 * checked so.) And no key comes twice.
 *
 * It keeps strings the batch's mutations keep anyway, and no object per
 * change: what lives until the batch is written is promoted by V8, and a
 * site whose objects are promoted is then allocated in the old generation
 * (pretenured). One more object per change so kept cost the child ~45 MB
 * of peak memory in a 100k complete run.
 */
export class BatchCheck {
  private readonly keys = new Set<string>();
  /** Languages of the bulletins and policies of the batch, by id (the ids are the parsed key's: no string is made). */
  private readonly bulletins = new Map<string, readonly string[]>();
  private readonly policies = new Map<string, readonly string[]>();
  /** Updates and policy entries of the batch: key, owner id, and language, in three parallel lists. */
  private readonly members: string[] = [];
  private readonly owners: string[] = [];
  private readonly languages: string[] = [];
  private readonly ofPolicy: boolean[] = [];

  add(key: string, parsed: ParsedKey, header: ChangeHeader): void {
    if (this.keys.has(key)) throw new PatchtreeError('REPL_BAD_RECORD', `the parent sent ${key} twice in one batch`);
    this.keys.add(key);
    if (header.deleted) return;
    switch (parsed.kind) {
      case 'bulletin': this.bulletins.set(parsed.bulletinId, header.languages); return;
      case 'policy': this.policies.set(parsed.policyId, header.languages); return;
      case 'update': this.member(key, parsed.bulletinId, false, header); return;
      case 'policy-entry': this.member(key, parsed.policyId, true, header); return;
    }
  }

  private member(key: string, owner: string, ofPolicy: boolean, header: ChangeHeader): void {
    this.members.push(key);
    this.owners.push(owner);
    this.ofPolicy.push(ofPolicy);
    this.languages.push(header.languages[0]);
  }

  finish(): void {
    if (this.bulletins.size === 0 && this.policies.size === 0) return;
    for (let i = 0; i < this.members.length; i++) {
      // u/B/U belongs to b/B, e/P/... to p/P.
      const languages = (this.ofPolicy[i] ? this.policies : this.bulletins).get(this.owners[i]);
      if (languages && !languages.includes(this.languages[i])) {
        const owner = `${this.ofPolicy[i] ? 'p' : 'b'}/${this.owners[i]}`;
        throw new PatchtreeError('REPL_BAD_RECORD', `the parent sent ${this.members[i]} in ${this.languages[i]}, but ${owner} in the same batch says ${languages.join(',') || 'no language'}`);
      }
    }
  }
}

/**
 * What the child does with one received change: keep it (the scope rule
 * says it holds it), or delete its copy. The change is read strictly and
 * checked as an import checks a document (catalog/record-rules.ts) before
 * anything is decided: a malformed key, a record of another kind than its
 * key, a header whose languages are not the record's, or a field an import
 * would refuse, is REPL_BAD_RECORD, and the caller applies nothing of the
 * batch it came in. With `batch`, the change is also checked against the
 * others of its batch (BatchCheck).
 */
export function receivedMutation(rule: ScopeRule, bytes: Uint8Array, asked?: string, batch?: BatchCheck): Mutation {
  const change = readChange(bytes, 'REPL_BAD_RECORD');
  const parsed = checkReceivedChange(change);
  // The reader's lists (made at their size, read-only), or one shared empty list.
  const header: ChangeHeader = {
    key: change.key,
    languages: change.languages.length ? change.languages : NONE,
    deleted: change.deleted,
    leftLanguages: change.leftLanguages.length ? change.leftLanguages : NONE,
  };
  batch?.add(change.key, parsed, header);
  // A repair asked for this key: a tombstone for it says this node should not hold it, whatever the rule covers.
  if (change.deleted && asked === change.key) return { type: 'del', key: change.key };
  if (!rule.covers(change.key)) throw new PatchtreeError('REPL_BAD_RECORD', `parent sent ${change.key}, outside the rule ${rule.scope.rule}`);
  return change.deleted || rule.holds(header) ? { type: 'put-bytes', key: change.key, bytes, header } : { type: 'del', key: change.key };
}
