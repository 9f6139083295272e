/**
 * Every key of the local `state` sublevel is built here, and nowhere else.
 * Keys that hold an id chosen by an admin or a peer (a source name, a child
 * id, an update key) live under a family prefix of their own; no fixed key
 * starts with a family prefix and no prefix starts another, so no id can
 * land in another concern's key (a child named "seen" once shared its
 * run-now counters with the node's own).
 */

/** A family of keys `prefix + id`, with the range that lists them. */
export class KeyFamily {
  constructor(readonly prefix: string) {}

  key(id: string): string {
    return this.prefix + id;
  }

  /** The id in one of this family's keys. */
  idOf(key: string): string {
    return key.slice(this.prefix.length);
  }

  /** The LevelDB range of every key of the family. */
  range(): { gte: string; lt: string } {
    return { gte: this.prefix, lt: `${this.prefix}\uffff` };
  }
}

export const STATE_FAMILIES = {
  /** Source configs by name. */
  source: new KeyFamily('source:'),
  /** A journaled import under way, by source name. */
  importing: new KeyFamily('importing:'),
  /** Conditional-request validators of a source's last import. */
  validators: new KeyFamily('validators:'),
  /** Staged files, by update record key. */
  staged: new KeyFamily('staged:'),
  /** Children registered here, by child id. */
  child: new KeyFamily('child:'),
  /** Run-now counters this node keeps for a registered child, by child id. */
  childRunNow: new KeyFamily('runnow:'),
  /** Runs a child reported, by `<child id>/<slot>`: a ring of each child's newest. */
  childRun: new KeyFamily('childrun:'),
  /** A child's reported run by `<child id>/<digest of run id and start>`: a report sent twice is kept once. */
  childRunId: new KeyFamily('childrunid:'),
  /** The next slot of a child's ring of reported runs, by child id. */
  childRunSlots: new KeyFamily('childruns:'),
  /** Per rule, the newest run a child reported and its newest success (see replication/parent/child-health.ts), by child id. */
  childHealth: new KeyFamily('childhealth:'),
  /** This node's replication checkpoint, by rule. */
  checkpoint: new KeyFamily('checkpoint:'),
  /** Root chains of the publishers above this node, by publisher id. */
  trustRoots: new KeyFamily('trust-roots:'),
  /** The publishers' targets documents this node's data of one rule was last verified against, by rule. */
  trustHeld: new KeyFamily('trust-held:'),
  /** A run of the rule has written batches it has not verified whole yet, by rule. */
  trustApplying: new KeyFamily('trust-applying:'),
  /** Where the last bundle exported for a registered child left it (replication/parent/export.ts), by child id. */
  bundleCursor: new KeyFamily('bundle-cursor:'),
} as const;

export const STATE_KEYS = {
  languages: 'settings:languages',
  exclusions: 'settings:exclusions',
  /** The custom severity levels this node's own admin set (a parent's replicated levels never overwrite them). */
  severityLevels: 'settings:severity-levels',
  importHistory: 'imports:history',
  /** This node's own runs as a child. */
  runHistory: 'runs:history',
  /** This node's runs its parent has not taken yet. */
  runOutbox: 'runs:outbox',
  /** Runs this node's children reported, as one list (before each run had a key of its own): removed at the next report. */
  reportedRunsLegacy: 'runs:children',
  /** The order in which this node received its children's run reports. */
  reportedRunSeq: 'runs:children-seq',
  /** The parent's run-now counters this node has acted on. */
  runNowSeen: 'pull:run-now-seen',
  rulesLocal: 'rules:local',
  rulesInherited: 'rules:inherited',
  seqMarks: 'maintenance:seq-marks',
  /** This node's last signed targets document. */
  trustOwnTargets: 'trust:own-targets',
  /** Publisher keys this node pinned on first use (parent.trustOnFirstUse), and keys its admin revoked. */
  trustPinned: 'trust:pinned',
  trustRevoked: 'trust:revoked',
  /** Authenticity alerts of this node as a child (SIG_INVALID, SIG_ROLLBACK, SIG_EXPIRED). */
  trustAlerts: 'trust:alerts',
  /** The last bundle this node took from its parent, and the one it is applying (replication/child/bundle-import.ts). */
  bundleHeld: 'bundle:held',
} as const;
