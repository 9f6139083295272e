import { hash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { STATE_KEYS } from '../store/state-keys.js';
import { sumOfHashes } from '../store/digest.js';
import type { ChangedGroups, ReadView, RecordStore } from '../store/record-store.js';
import { Mutex } from '../store/mutex.js';
import { NodeKey, type PublicKeyInfo } from './keys.js';
import { makeRoot, makeTargets, publisherIdOf, rootKeysOf, type TargetEntry } from './metadata.js';
import { PatchtreeError } from '../../protocol/index.js';
import { HASH_BYTES, parseTargetPath, prefixLengthFor, prefixOf, targetPath } from './listings.js';

export interface PublisherOptions {
  /** Folder of the node's keys and version counter, apart from the database (a restored database must not roll them back). */
  keysDir: string;
  nodeId: string;
  /** How long a signed targets document is valid; it is signed anew when a day of that has passed. */
  expiryDays: number;
}

/** What a publisher hands its children: its root chain and its newest signed targets. */
export interface PublisherDocs {
  id: string;
  roots: string[];
  targets: string;
}

const DAY_MS = 86_400_000;

const rootsFile = (keysDir: string) => join(keysDir, 'roots.json');

async function readRoots(keysDir: string): Promise<string[]> {
  try {
    return JSON.parse(await readFile(rootsFile(keysDir), 'utf8')) as string[];
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    return [];
  }
}

async function writeRoots(keysDir: string, roots: readonly string[]): Promise<void> {
  const temp = `${rootsFile(keysDir)}.${process.pid}.tmp`;
  await writeFile(temp, JSON.stringify(roots), { mode: 0o600 });
  await rename(temp, rootsFile(keysDir));
}

/**
 * This node as a publisher of its own records (what it imported, the
 * policies it created): it keeps the hashes of those records by listing
 * group (the store's `published` sublevel, written with the records),
 * builds the listings of the groups that changed, and signs a targets
 * document naming them all, with a version that only grows and an expiry.
 *
 * The version is max(last + 1, the current Unix time in seconds) and the
 * last one is kept in a file beside the key, outside the database: a node
 * restored from an old backup goes on past the versions it signed since,
 * so its children do not take the restore for a rollback.
 */
export class Publisher {
  private readonly lock = new Mutex();
  /** The targets of each group, as last built. */
  private readonly groups = new Map<string, TargetEntry[]>();
  private docs?: PublisherDocs;
  private signedAt = 0;
  private everyGroup = true;

  private constructor(private readonly store: RecordStore, private key: NodeKey, private roots: string[], private readonly options: PublisherOptions) {}

  static async open(store: RecordStore, options: PublisherOptions): Promise<Publisher> {
    await mkdir(options.keysDir, { recursive: true, mode: 0o700 });
    const key = await NodeKey.loadOrCreate(join(options.keysDir, 'publisher.key'));
    // The root chain lives with the key, outside the database: a database restored from a backup taken
    // before a key roll must not bring back the old chain beside the new key.
    let roots = await readRoots(options.keysDir);
    if (!roots.length) {
      roots = [makeRoot(key, 1)];
      await writeRoots(options.keysDir, roots);
    }
    if (!rootKeysOf(roots[roots.length - 1]).some((k) => k.keyid === key.keyid)) {
      throw new PatchtreeError('PUBLISHER_KEY_MISMATCH', `the publisher key in ${options.keysDir} (${key.keyid.slice(0, 16)}) is not the key of this node's newest root (version ${roots.length}): restore the keys folder from the same backup as the database, or put back the key the node last rolled to`);
    }
    return new Publisher(store, key, roots, options);
  }

  /** The publisher's name: its first root's key id (it stays through key rolls). */
  get id(): string {
    return publisherIdOf(this.roots[0]);
  }

  /** The key that signs now, as a child pins it. */
  get publicKey(): PublicKeyInfo {
    return this.key.info;
  }

  /** The documents of the last publication (publish() makes the first). */
  get current(): PublisherDocs | undefined {
    return this.docs;
  }

  /**
   * Publishes the local records of `view`: rebuilds the listings of the
   * groups in `changed` (every group on the first call), keeps them in the
   * store, and signs a new targets document when anything changed or the
   * last one is a day old. Listings are read under the view's snapshot, so
   * they name exactly the records that view holds.
   */
  async publish(view: ReadView, changed: ChangedGroups): Promise<PublisherDocs> {
    return this.lock.run(async () => {
      const ops: Array<{ type: 'put'; key: string; value: Buffer }> = [];
      let dirty = this.everyGroup;
      if (this.everyGroup) {
        for (const group of await this.allGroups(view)) this.setGroup(group, await this.buildGroup(view, group, ops));
      } else {
        for (const [group, prefixes] of changed) this.setGroup(group, await this.rebuildBins(view, group, prefixes, ops));
        dirty = changed.size > 0;
      }
      this.everyGroup = false;
      if (ops.length) await this.store.listings.batch(ops.map((op) => ({ ...op })));
      if (dirty || !this.docs || Date.now() - this.signedAt >= this.renewAfterMs) await this.sign();
      return this.docs!;
    });
  }

  private setGroup(group: string, entries: TargetEntry[]): void {
    if (entries.length) this.groups.set(group, entries);
    else this.groups.delete(group);
  }

  /**
   * A changed group's listings: the bins that hold a changed hash are made
   * from the bytes of their last listing with the changes applied (no index
   * is read), unless the group grew or shrank past a bin size (then it is
   * cut anew from the index).
   */
  private async rebuildBins(view: ReadView, group: string, changes: ReadonlyMap<string, boolean>, ops: Array<{ type: 'put'; key: string; value: Buffer }>): Promise<TargetEntry[]> {
    const before = this.groups.get(group);
    if (!before) return this.buildGroup(view, group, ops);
    const digits = parseTargetPath(before[0].path).prefix.length;
    const changesByBin = new Map<string, Array<[string, boolean]>>();
    for (const [hex, present] of changes) {
      const prefix = hex.slice(0, digits);
      const list = changesByBin.get(prefix);
      if (list) list.push([hex, present]);
      else changesByBin.set(prefix, [[hex, present]]);
    }
    const byPrefix = new Map(before.map((e) => [parseTargetPath(e.path).prefix, e]));
    const kept = before.filter((e) => !changesByBin.has(parseTargetPath(e.path).prefix));
    const rebuilt: TargetEntry[] = [];
    for (const [prefix, binChanges] of changesByBin) {
      const hashes = await this.binAfter(view, group, prefix, byPrefix.get(prefix), binChanges);
      if (hashes.length) rebuilt.push(this.listing(group, prefix, hashes, ops));
    }
    const count = [...kept, ...rebuilt].reduce((n, e) => n + e.count, 0);
    // A group that crossed a bin size is cut anew.
    return prefixLengthFor(count) === digits ? [...kept, ...rebuilt] : this.buildGroup(view, group, ops);
  }

  /** One bin's hashes after `changes`, from its last listing's bytes (or the index, when that listing is not at hand). */
  private async binAfter(view: ReadView, group: string, prefix: string, last: TargetEntry | undefined, changes: ReadonlyArray<[string, boolean]>): Promise<Buffer[]> {
    const blob = last ? await this.store.listings.get(last.sha256) : Buffer.alloc(0);
    if (!blob || blob.length !== (last?.count ?? 0) * HASH_BYTES) return this.hashesOf(view, group, prefix);
    const hashes = new Map<string, Buffer>();
    for (let at = 0; at < blob.length; at += HASH_BYTES) {
      const h = blob.subarray(at, at + HASH_BYTES);
      hashes.set(h.toString('hex'), h);
    }
    for (const [hex, present] of changes) {
      if (present) hashes.set(hex, Buffer.from(hex, 'hex'));
      else hashes.delete(hex);
    }
    // In the index's order: lower-case hex sorts as the bytes do.
    return [...hashes.keys()].sort().map((hex) => hashes.get(hex)!);
  }

  /** The published hashes of a group (under one hash prefix), in order, as the view holds them. */
  private async hashesOf(view: ReadView, group: string, prefix = ''): Promise<Buffer[]> {
    const hashes: Buffer[] = [];
    for await (const key of this.store.published.keys({ gte: `${group}\u0000${prefix}`, lt: `${group}\u0000${prefix}\uffff`, snapshot: view.snapshot })) {
      hashes.push(Buffer.from(key.slice(group.length + 1), 'hex'));
    }
    return hashes;
  }

  /** One listing: its bytes go into `ops`, its target is returned. */
  private listing(group: string, prefix: string, bin: Buffer[], ops: Array<{ type: 'put'; key: string; value: Buffer }>): TargetEntry {
    const blob = Buffer.concat(bin, bin.length * HASH_BYTES);
    const sha256 = hash('sha256', blob, 'hex');
    ops.push({ type: 'put', key: sha256, value: blob });
    return { path: targetPath(group, prefix), length: blob.length, sha256, count: bin.length, sum: sumOfHashes(bin) };
  }

  /** Signs anew when the last signature is a day old, or half its life for signatures shorter than two days. */
  async refreshDue(): Promise<boolean> {
    return !this.docs || Date.now() - this.signedAt >= this.renewAfterMs;
  }

  private get renewAfterMs(): number {
    return Math.min(DAY_MS, (this.options.expiryDays * DAY_MS) / 2);
  }

  /**
   * Rolls the key: a new key, and the next root naming it, signed by the old
   * key and the new one; children follow the chain. The old key is kept
   * beside the new one under its key id.
   */
  async rollKey(): Promise<PublicKeyInfo> {
    return this.lock.run(async () => {
      const next = NodeKey.generate();
      const roots = [...this.roots, makeRoot(next, this.roots.length + 1, this.key)];
      await this.key.save(join(this.options.keysDir, `publisher-${this.key.keyid}.retired`));
      await next.save(join(this.options.keysDir, 'publisher.key'));
      await writeRoots(this.options.keysDir, roots);
      this.roots = roots;
      this.key = next;
      await this.sign();
      return next.info;
    });
  }

  /** Raises the version counter to at least `version` (a restore from a backup taken before later versions were signed). */
  async raiseVersion(version: number): Promise<number> {
    return this.lock.run(async () => {
      const current = await this.lastVersion();
      const next = Math.max(current, version);
      await this.saveVersion(next);
      return next;
    });
  }

  private async sign(): Promise<void> {
    const version = Math.max((await this.lastVersion()) + 1, Math.floor(Date.now() / 1000));
    await this.saveVersion(version);
    const expires = new Date(Date.now() + this.options.expiryDays * DAY_MS);
    const entries = [...this.groups.values()].flat().sort((a, b) => (a.path < b.path ? -1 : 1));
    const targets = makeTargets(this.key, { id: this.id, nodeId: this.options.nodeId }, version, expires, entries);
    await this.store.state.put(STATE_KEYS.trustOwnTargets, targets);
    this.docs = { id: this.id, roots: this.roots, targets };
    this.signedAt = Date.now();
  }

  private get versionFile(): string {
    return join(this.options.keysDir, 'publisher-version');
  }

  private async lastVersion(): Promise<number> {
    try {
      const value = Number((await readFile(this.versionFile, 'utf8')).trim());
      return Number.isSafeInteger(value) && value > 0 ? value : 0;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      return 0;
    }
  }

  private async saveVersion(version: number): Promise<void> {
    const temp = `${this.versionFile}.${process.pid}.tmp`;
    await writeFile(temp, `${version}\n`, { mode: 0o600 });
    await rename(temp, this.versionFile);
  }

  /** Every group with a published record in the view. */
  private async allGroups(view: ReadView): Promise<Set<string>> {
    const groups = new Set<string>(this.groups.keys());
    for await (const key of this.store.published.keys({ snapshot: view.snapshot })) groups.add(key.slice(0, key.indexOf('\u0000')));
    return groups;
  }

  /** The listings of one group, cut into bins; their bytes go into `ops`. */
  private async buildGroup(view: ReadView, group: string, ops: Array<{ type: 'put'; key: string; value: Buffer }>): Promise<TargetEntry[]> {
    const hashes = await this.hashesOf(view, group);
    if (hashes.length === 0) return [];
    const digits = prefixLengthFor(hashes.length);
    const bins = new Map<string, Buffer[]>();
    for (const h of hashes) {
      const prefix = prefixOf(h, digits);
      const bin = bins.get(prefix);
      if (bin) bin.push(h);
      else bins.set(prefix, [h]);
    }
    return [...bins].map(([prefix, bin]) => this.listing(group, prefix, bin, ops));
  }
}
