import { hash } from 'node:crypto';
import type { Logger } from 'pino';
import { PatchtreeError, type SyncStartData } from '../../protocol/index.js';
import {
  bucketHeld, checkListing, expectedBuckets, listedTargets, parseTargetPath, partsOfGroup, publisherIdOf, scopeOfGroups, STATE_FAMILIES, STATE_KEYS, TrustedListings,
  verifyRootChain, verifyTargets, type ChangeGuard, type ExtraOp, type HeldTrust, type Publication, type PublicKeyInfo, type PublisherDocs, type RecordStore, type SyncScope,
  type TargetEntry, type VerifiedTargets,
} from '../../catalog/index.js';

/** What a child trusts: the publisher keys its config pins, and whether it may pin what its parent shows the first time. */
export interface TrustAnchors {
  publisherKeys: readonly PublicKeyInfo[];
  trustOnFirstUse: boolean;
}

export type TrustAlertCode = 'SIG_INVALID' | 'SIG_ROLLBACK' | 'SIG_EXPIRED';
export interface TrustAlert {
  code: TrustAlertCode;
  rule: string;
  message: string;
  since: string;
}

/** Bytes of checked listings a child keeps in memory (32 bytes a record: 8 million records). */
const LISTING_CACHE_BYTES = 256 * 1024 * 1024;

/** Checked listings by sha256, the oldest dropped past a byte budget (they are read again from disk then). */
class ListingCache {
  private readonly entries = new Map<string, Uint8Array>();
  private bytes = 0;

  constructor(private readonly budget: number) {}

  has(sha256: string): boolean {
    return this.entries.has(sha256);
  }

  get(sha256: string): Uint8Array | undefined {
    return this.entries.get(sha256);
  }

  set(sha256: string, data: Uint8Array): void {
    if (this.entries.has(sha256)) return;
    this.entries.set(sha256, data);
    this.bytes += data.length;
    for (const [oldest, old] of this.entries) {
      if (this.bytes <= this.budget) break;
      this.entries.delete(oldest);
      this.bytes -= old.length;
    }
  }
}

/** Most publishers a session may name (a chain deeper than this is not a hierarchy an admin built). */
const MAX_PUBLISHERS = 16;
/** Most root versions of one publisher (key rolls) a session may carry. */
const MAX_ROOTS = 1000;

/** The version of a targets document this node verified when it stored it. */
const versionOf = (targets: string) => (JSON.parse(targets) as { signed: { version: number } }).signed.version;

/** The expiry of a held targets document, read once per document (the check runs at every report). */
const expiries = new Map<string, Date>();
function expiresOf(targets: string): Date {
  const key = hash('sha256', targets, 'hex');
  let expires = expiries.get(key);
  if (!expires) {
    expires = new Date((JSON.parse(targets) as { signed: { expires: string } }).signed.expires);
    if (expiries.size > 16) expiries.clear();
    expiries.set(key, expires);
  }
  return expires;
}

const fail = (code: TrustAlertCode, message: string) => new PatchtreeError(code, message);
const isTrustCode = (code: string | undefined): code is TrustAlertCode => code === 'SIG_INVALID' || code === 'SIG_ROLLBACK' || code === 'SIG_EXPIRED';

/** What a run asks of the trust checks (ChildTrust; tests of other concerns may pass their own). */
export interface TrustChecks {
  heldListings(scope: SyncScope): Promise<string[]>;
  begin(scope: SyncScope, start: SyncStartData): Promise<SessionChecks>;
  alertOn(rule: string, err: unknown): Promise<void>;
  checkExpiry(): Promise<void>;
  alerts(): Promise<TrustAlert[]>;
  revoke(keyid: string): Promise<string[]>;
  pin(key: PublicKeyInfo): Promise<string[]>;
  describe(): Promise<unknown>;
  contentChecks(languages: readonly string[]): Promise<{ contentBound(updateKey: string, languages: readonly string[], file: { algorithm: string; hash: string; size: number }): boolean }>;
}

/** One session's checks (RunTrust). */
export interface SessionChecks {
  addListing(data: Uint8Array): void;
  ready(): Promise<void>;
  readonly guard: ChangeGuard;
  firstWrite(): Promise<ExtraOp[]>;
  checkHeld(): void;
  commit(): Promise<void>;
}

/**
 * A child's side of authenticity: before a run writes anything it checks
 * the publishers' documents its parent relays (root chains from the pinned
 * keys, targets signatures, no rollback, no expiry), then every change of
 * every batch against the publishers' listings, and after the run that
 * what it holds adds up to what they signed. A failure raises an alert
 * (SIG_INVALID, SIG_ROLLBACK, SIG_EXPIRED) and fails the run; the child
 * keeps its last good data. See the README's Security section.
 */
export class ChildTrust implements TrustChecks {
  /**
   * Listings checked already, by sha256, kept across runs: a run with little
   * to bring reads none from disk (at a million records they are 32 MB).
   */
  readonly listings = new ListingCache(LISTING_CACHE_BYTES);

  constructor(private readonly store: RecordStore, private readonly publication: Publication, private readonly anchors: TrustAnchors, private readonly logger: Logger) {}

  /**
   * The checks of the content rule: the catalog documents this node holds
   * (verified again, from the same pinned keys), whose content listings bind
   * the staged files of updates without a vendor hash. Refused (SIG_*) like
   * a run when they are not valid, or expired.
   */
  async contentChecks(languages: readonly string[]): Promise<RunTrust> {
    const held = await this.held('catalog');
    const run = await this.begin({ rule: 'catalog', languages: [...languages], policyIds: [] }, {
      publishers: (held?.docs ?? []).map((d) => ({ publisherId: d.id, roots: d.roots, targets: d.targets })),
      servedThrough: (held?.servedThrough ?? []).map((l) => ({ languages: l })),
    });
    await run.ready();
    return run;
  }

  /** sha256 of the listings of the documents held for a rule (the parent does not send those again). */
  async heldListings(scope: SyncScope): Promise<string[]> {
    const held = await this.held(scope.rule);
    const hashes = new Set<string>();
    for (const docs of held?.docs ?? []) for (const t of listedTargets(docs.targets)) hashes.add(t.sha256);
    // Only those kept: the last run kept the listings of its own scope, and the languages may have changed since.
    const unknown = [...hashes].filter((h) => !this.listings.has(h));
    const onDisk = unknown.length ? await this.store.listings.hasMany(unknown) : [];
    const stored = new Set(unknown.filter((_, i) => onDisk[i]));
    return [...hashes].filter((h) => this.listings.has(h) || stored.has(h));
  }

  /** Checks a session's documents; the returned RunTrust checks its changes. Throws SIG_* (with an alert) and writes nothing. */
  async begin(scope: SyncScope, start: SyncStartData): Promise<RunTrust> {
    try {
      return await this.beginChecked(scope, start);
    } catch (err) {
      await this.alertOn(scope.rule, err);
      throw err;
    }
  }

  private async beginChecked(scope: SyncScope, start: SyncStartData): Promise<RunTrust> {
    const presented = (start.publishers ?? []).map((p) => ({ id: p.publisherId ?? '', roots: [...(p.roots ?? [])], targets: p.targets ?? '' }));
    if (presented.length > MAX_PUBLISHERS) throw fail('SIG_INVALID', `the parent names ${presented.length} publishers; at most ${MAX_PUBLISHERS}`);
    const revoked = new Set((await this.store.state.get(STATE_KEYS.trustRevoked)) as string[] | undefined);
    const pinned = await this.pinned(presented, revoked);
    const held = await this.held(scope.rule);
    const heldById = new Map((held?.docs ?? []).map((d) => [d.id, d]));
    const verified: VerifiedTargets[] = [];
    const docs: PublisherDocs[] = [];
    const rootUpdates: Array<{ id: string; roots: string[] }> = [];
    const now = Date.now();
    for (const doc of [...presented, ...[...heldById.values()].filter((d) => !presented.some((p) => p.id === d.id))]) {
      if (doc.roots.length === 0 || doc.roots.length > MAX_ROOTS) throw fail('SIG_INVALID', `publisher ${doc.id.slice(0, 16)} comes with ${doc.roots.length} roots`);
      if (publisherIdOf(doc.roots[0]) !== doc.id) throw fail('SIG_INVALID', `the documents named publisher ${doc.id.slice(0, 16)} begin with another publisher's root`);
      const roots = await this.rootChain(doc);
      let root;
      try {
        root = verifyRootChain(roots, pinned, revoked, doc.id);
      } catch (err) {
        // A publisher no pinned key vouches for: its documents count for nothing (its records, if sent, are refused).
        if (!heldById.has(doc.id)) {
          this.logger.warn({ publisher: doc.id, err: (err as Error).message }, 'the parent relays a publisher this node does not trust; ignored');
          continue;
        }
        throw err;
      }
      const targets = verifyTargets(root, doc.targets, revoked, doc.id);
      const before = heldById.get(doc.id);
      if (before) {
        // Verified when it was stored, maybe under a key rolled since: only its version matters here.
        const previous = versionOf(before.targets);
        if (targets.version < previous) throw fail('SIG_ROLLBACK', `publisher ${doc.id.slice(0, 16)}: the parent relays targets version ${targets.version}, older than version ${previous} this node holds`);
        if (targets.version === previous && before.targets !== doc.targets) throw fail('SIG_INVALID', `publisher ${doc.id.slice(0, 16)}: two different targets documents carry version ${previous}`);
      }
      if (targets.expires.getTime() <= now) throw fail('SIG_EXPIRED', `publisher ${doc.id.slice(0, 16)}: the newest targets (version ${targets.version}) expired at ${targets.expires.toISOString()}; this node keeps its last good data`);
      verified.push(targets);
      docs.push(doc);
      rootUpdates.push({ id: doc.id, roots });
    }
    const servedThrough = (start.servedThrough ?? []).map((s) => [...(s.languages ?? [])]);
    return new RunTrust(this.store, this.publication, this, scope, verified, docs, rootUpdates, servedThrough);
  }

  /** The keys this node trusts; with none pinned and trustOnFirstUse, those the parent shows now (kept). */
  private async pinned(presented: readonly PublisherDocs[], revoked: ReadonlySet<string>): Promise<Set<string>> {
    const kept = ((await this.store.state.get(STATE_KEYS.trustPinned)) as string[] | undefined) ?? [];
    const pins = new Set([...this.anchors.publisherKeys.map((k) => k.keyid), ...kept].filter((id) => !revoked.has(id)));
    if (pins.size > 0) return pins;
    if (!this.anchors.trustOnFirstUse) throw fail('SIG_INVALID', 'no publisher key is pinned (parent.publisherKeys in the config, from the parent\'s registration answer) and parent.trustOnFirstUse is off: nothing from the parent can be checked, so nothing is taken');
    const first = presented.flatMap((d) => {
      try {
        return [publisherIdOf(d.roots[0])];
      } catch {
        return [];
      }
    });
    await this.store.state.put(STATE_KEYS.trustPinned, first);
    this.logger.warn({ publishers: first }, 'trust on first use: pinned the publisher keys the parent shows now');
    return new Set(first);
  }

  /** The longer of the presented root chain and the one held, when one extends the other. */
  private async rootChain(doc: PublisherDocs): Promise<string[]> {
    const held = ((await this.store.state.get(STATE_FAMILIES.trustRoots.key(doc.id))) as string[] | undefined) ?? [];
    const [short, long] = held.length <= doc.roots.length ? [held, doc.roots] : [doc.roots, held];
    if (short.some((root, i) => root !== long[i])) throw fail('SIG_INVALID', `publisher ${doc.id.slice(0, 16)}: the roots the parent relays differ from those this node holds`);
    return long;
  }

  async held(rule: string): Promise<HeldTrust | undefined> {
    return (await this.store.state.get(STATE_FAMILIES.trustHeld.key(rule))) as HeldTrust | undefined;
  }

  /** Records an alert for a trust failure (and logs it); other errors pass. */
  async alertOn(rule: string, err: unknown): Promise<void> {
    const e = err as PatchtreeError;
    if (!isTrustCode(e?.code)) return;
    const alerts = await this.alerts();
    const others = alerts.filter((a) => !(a.rule === rule && a.code === e.code));
    const raised = alerts.find((a) => a.rule === rule && a.code === e.code);
    // One log line when the alert is raised, not one per run or poll that meets it again.
    if (!raised) this.logger.error({ rule, code: e.code, err: e.message }, 'the parent sent data that fails its publisher\'s signatures; the run changed nothing and this node keeps its last good data');
    const since = raised?.since ?? new Date().toISOString();
    await this.store.state.put(STATE_KEYS.trustAlerts, [...others, { code: e.code, rule, message: e.message.slice(0, 1000), since }]);
  }

  /** Clears a rule's alerts after a run verified whole. */
  async clearAlerts(rule: string): Promise<void> {
    const alerts = await this.alerts();
    if (alerts.some((a) => a.rule === rule)) await this.store.state.put(STATE_KEYS.trustAlerts, alerts.filter((a) => a.rule !== rule));
  }

  async alerts(): Promise<TrustAlert[]> {
    return ((await this.store.state.get(STATE_KEYS.trustAlerts)) as TrustAlert[] | undefined) ?? [];
  }

  /** The child admin's revocation of a publisher key: nothing it signs is taken any more (until the publisher rolls to a new key this node pins). */
  async revoke(keyid: string): Promise<string[]> {
    const revoked = new Set(((await this.store.state.get(STATE_KEYS.trustRevoked)) as string[] | undefined) ?? []);
    revoked.add(keyid);
    await this.store.state.put(STATE_KEYS.trustRevoked, [...revoked]);
    this.logger.warn({ keyid }, 'publisher key revoked by this node\'s admin');
    return [...revoked];
  }

  /** The child admin pins a publisher key (a new one after a revocation, or one added to the hierarchy). */
  async pin(key: PublicKeyInfo): Promise<string[]> {
    const pinned = new Set(((await this.store.state.get(STATE_KEYS.trustPinned)) as string[] | undefined) ?? []);
    pinned.add(key.keyid);
    await this.store.state.put(STATE_KEYS.trustPinned, [...pinned]);
    const revoked = ((await this.store.state.get(STATE_KEYS.trustRevoked)) as string[] | undefined) ?? [];
    if (revoked.includes(key.keyid)) await this.store.state.put(STATE_KEYS.trustRevoked, revoked.filter((id) => id !== key.keyid));
    this.logger.warn({ keyid: key.keyid }, 'publisher key pinned by this node\'s admin');
    return [...pinned];
  }

  /** What this node trusts and holds: for the admin API. */
  async describe() {
    const kept = ((await this.store.state.get(STATE_KEYS.trustPinned)) as string[] | undefined) ?? [];
    const revoked = ((await this.store.state.get(STATE_KEYS.trustRevoked)) as string[] | undefined) ?? [];
    const held: Record<string, unknown[]> = {};
    for (const rule of ['catalog', 'policies']) {
      held[rule] = ((await this.held(rule))?.docs ?? []).map((d) => {
        const signed = (JSON.parse(d.targets) as { signed: { version: number; expires: string; 'x-patchtree-publisher'?: { nodeId?: string } } }).signed;
        return { publisher: d.id, nodeId: signed['x-patchtree-publisher']?.nodeId ?? '', version: signed.version, expires: signed.expires, roots: d.roots.length };
      });
    }
    return { pinned: [...new Set([...this.anchors.publisherKeys.map((k) => k.keyid), ...kept])], revoked, trustOnFirstUse: this.anchors.trustOnFirstUse, held, alerts: await this.alerts() };
  }

  /** Raises SIG_EXPIRED for every rule whose held documents have expired (the parent withholds updates, or cannot be reached). */
  async checkExpiry(): Promise<void> {
    for (const rule of ['catalog', 'policies']) {
      const held = await this.held(rule);
      for (const docs of held?.docs ?? []) {
        const expires = expiresOf(docs.targets);
        if (expires.getTime() <= Date.now()) {
          await this.alertOn(rule, fail('SIG_EXPIRED', `publisher ${docs.id.slice(0, 16)}: the newest ${rule} targets this node holds expired at ${expires.toISOString()}; it keeps serving its last good data`));
        }
      }
    }
  }
}

/** One session's checks (see ChildTrust). */
export class RunTrust implements SessionChecks {
  /** Listings of this run, by sha256: received from the parent (`fresh`, written at commit) or kept already. */
  private readonly received = new Map<string, Uint8Array>();
  private readonly fresh = new Set<string>();
  private listings?: TrustedListings;
  private readonly inScope;
  private wroteBatch = false;

  constructor(
    private readonly store: RecordStore,
    private readonly publication: Publication,
    private readonly owner: ChildTrust,
    readonly scope: SyncScope,
    private readonly targets: readonly VerifiedTargets[],
    private readonly docs: readonly PublisherDocs[],
    private readonly rootUpdates: ReadonlyArray<{ id: string; roots: string[] }>,
    private readonly servedThrough: string[][],
  ) {
    this.inScope = scopeOfGroups(scope, servedThrough);
  }

  /** A listing the parent sent; kept when a target in scope names it, at most the bytes those targets declare. */
  addListing(data: Uint8Array): void {
    if (this.listings) throw fail('SIG_INVALID', 'the parent sent a listing after the first batch');
    const sha256 = hash('sha256', data, 'hex');
    const target = this.needed().get(sha256);
    if (!target) throw fail('SIG_INVALID', 'the parent sent a listing no target of its publishers names');
    if (target.length !== data.length) throw fail('SIG_INVALID', `listing ${target.path.slice(0, 100)} is ${data.length} bytes; its target says ${target.length}`);
    checkListing(data, parseTargetPath(target.path).prefix, target.path);
    this.received.set(sha256, data);
    this.fresh.add(sha256);
  }

  private neededCache?: Map<string, TargetEntry>;
  /** The targets in scope, by sha256. */
  private needed(): Map<string, TargetEntry> {
    if (!this.neededCache) {
      this.neededCache = new Map();
      for (const t of this.targets) for (const entry of t.targets.values()) if (this.inScope(partsOfGroup(parseTargetPath(entry.path).group))) this.neededCache.set(entry.sha256, entry);
    }
    return this.neededCache;
  }

  /** Loads the listings held already, and checks every listing the scope needs is there. */
  async ready(): Promise<void> {
    if (this.listings) return;
    const needed = this.needed();
    const cache = this.owner.listings;
    for (const h of needed.keys()) {
      const kept = !this.received.has(h) && cache.get(h);
      if (kept) this.received.set(h, kept);
    }
    const missing = [...needed.keys()].filter((h) => !this.received.has(h));
    const stored = missing.length ? await this.store.listings.getMany(missing) : [];
    missing.forEach((h, i) => {
      const data = stored[i];
      if (!data) return;
      const target = needed.get(h)!;
      // A listing read from disk is checked as a received one: what is on disk is checked, not trusted.
      if (hash('sha256', data, 'hex') !== h || data.length !== target.length) return;
      this.received.set(h, data);
      cache.set(h, data);
    });
    const listings = new TrustedListings();
    for (const t of this.targets) listings.add(t, this.inScope, (entry) => this.received.get(entry.sha256));
    this.listings = listings;
  }

  /** True when the catalog's publisher bound this staged file to the update (see contentBinding). */
  contentBound(updateKey: string, languages: readonly string[], file: { algorithm: string; hash: string; size: number }): boolean {
    if (!this.listings) throw new TypeError('RunTrust.ready() must come before a content check');
    return this.listings.listsContent(updateKey, languages, file);
  }

  /** The check of every change a batch or repair writes (see ChangeGuard). */
  readonly guard: ChangeGuard = (change) => {
    const listings = this.listings;
    if (!listings) throw new TypeError('RunTrust.ready() must come before the first write');
    if (change.after) {
      if (!listings.lists(change.key, change.after.languages, change.after.hash)) throw fail('SIG_INVALID', `${change.key.slice(0, 200)}: the parent sent a version no publisher signed (rewritten, replayed or forged); the batch was not applied`);
    } else if (change.before && listings.lists(change.key, change.before.languages, change.before.hash)) {
      throw fail('SIG_INVALID', `${change.key.slice(0, 200)}: the parent deletes a record its publisher still lists; the batch was not applied`);
    }
  };

  /** The write that marks the rule as being applied (its first batch carries it), so a restart serves none of it half-applied. */
  async firstWrite(): Promise<ExtraOp[]> {
    if (this.wroteBatch) return [];
    this.wroteBatch = true;
    await this.publication.setApplying(this.scope.rule, true);
    return [{ type: 'put', sublevel: this.store.state, key: STATE_FAMILIES.trustApplying.key(this.scope.rule), value: true }];
  }

  /** After the run: what this node holds of the rule adds up, bucket by bucket, to what the publishers signed. */
  checkHeld(): void {
    const expected = expectedBuckets(this.targets, this.inScope);
    const child = new Set(this.scope.languages);
    const tiers = this.servedThrough.map((l) => new Set(l));
    const held = new Map([...this.store.bucketDigests('replicated', this.scope.rule)].filter(([bucket]) => bucketHeld(bucket, child) && tiers.every((t) => bucketHeld(bucket, t))));
    const differ = [...new Set([...expected.keys(), ...held.keys()])].filter((b) => expected.get(b)?.count !== held.get(b)?.count || expected.get(b)?.sum !== held.get(b)?.sum);
    if (differ.length) {
      const b = differ[0];
      throw fail('SIG_INVALID', `after the run this node's ${this.scope.rule} records do not add up to what the publishers signed in ${differ.length} language bucket(s) (e.g. ${b.slice(0, 80)}: ${held.get(b)?.count ?? 0} held, ${expected.get(b)?.count ?? 0} signed): records were withheld, added or altered`);
    }
  }

  /** Keeps the documents (and the listings they name) this run was verified against; the rule is served again. */
  async commit(): Promise<void> {
    const held: HeldTrust = { docs: [...this.docs], servedThrough: this.servedThrough, languages: [...this.scope.languages] };
    const ops: any[] = [
      { type: 'put', sublevel: this.store.state, key: STATE_FAMILIES.trustHeld.key(this.scope.rule), value: held },
      { type: 'del', sublevel: this.store.state, key: STATE_FAMILIES.trustApplying.key(this.scope.rule) },
      ...this.rootUpdates.map((r) => ({ type: 'put', sublevel: this.store.state, key: STATE_FAMILIES.trustRoots.key(r.id), value: r.roots })),
      ...[...this.fresh].map((h) => ({ type: 'put', sublevel: this.store.listings, key: h, value: Buffer.from(this.received.get(h)!) })),
    ];
    await this.store.db.batch(ops);
    for (const h of this.fresh) this.owner.listings.set(h, this.received.get(h)!);
    await this.owner.clearAlerts(this.scope.rule);
    await this.publication.setApplying(this.scope.rule, false);
  }
}
