import { PatchtreeError } from '../../protocol/index.js';
import type { ReadView, RecordStore } from '../store/record-store.js';
import type { RecordClass } from '../store/scope.js';
import { STATE_FAMILIES } from '../store/state-keys.js';
import { Mutex } from '../store/mutex.js';
import type { Publisher, PublisherDocs } from './publisher.js';
import type { PublicKeyInfo } from './keys.js';
import { listedTargets, rootKeysOf } from './metadata.js';

/**
 * What a node serves its children for one rule: a snapshot of its store and
 * the signed documents that snapshot's records are checked against, taken
 * together, so a child never gets records of one moment and documents of
 * another.
 */
export interface PublishedView {
  id: number;
  recordClass: RecordClass;
  view: ReadView;
  /** This node's own documents first, then those of every publisher above it (relayed byte for byte). */
  docs: PublisherDocs[];
  /** The languages of each node from the top publisher down to this one (empty on the top: it holds all it has). */
  servedThrough: string[][];
}

/** What a node's last verified run of a rule brought (kept under STATE_FAMILIES.trustHeld). */
export interface HeldTrust {
  docs: PublisherDocs[];
  /** The parent's served-through chain of that run. */
  servedThrough: string[][];
  /** The languages the run was made with. */
  languages: string[];
}

const CLASSES: RecordClass[] = ['catalog', 'policies'];

/**
 * The node's published views, one per rule, and the two most recent of each
 * (verify and fetch calls of a run name the view its session read). A view
 * is made anew when the node's own records changed (it publishes them
 * first) and when a run of the rule from its parent has been verified
 * whole; while such a run is applying batches, the rule keeps its last
 * view, so children never see a half-applied run. A node with a parent that
 * holds records of a rule it never verified whole (a run cut short before
 * the last restart) serves none of that rule until its next run completes.
 */
export class Publication {
  private readonly current = new Map<RecordClass, PublishedView>();
  private readonly previous = new Map<RecordClass, PublishedView>();
  private readonly applying = new Set<RecordClass>();
  private readonly users = new Map<ReadView, number>();
  /** Views a session or a slot holds, with how many: their listings must stay on disk. */
  private readonly alive = new Map<PublishedView, number>();
  private readonly lock = new Mutex();
  private nextId = 1;

  constructor(private readonly store: RecordStore, readonly publisher: Publisher, private readonly hasParent: boolean) {}

  /** Loads which rules have a run under way (a restart cut it) and makes the first views. */
  async start(): Promise<void> {
    for (const cls of CLASSES) if (await this.store.state.get(STATE_FAMILIES.trustApplying.key(cls))) this.applying.add(cls);
    await this.refresh();
  }

  /** A run of `cls` begins writing batches (true) or has been verified whole (false). */
  async setApplying(cls: RecordClass, applying: boolean): Promise<void> {
    if (applying) this.applying.add(cls);
    else {
      this.applying.delete(cls);
      await this.refresh();
    }
  }

  /** Publishes this node's own records as of now and makes new views of every rule not being applied. */
  async refresh(): Promise<void> {
    await this.lock.run(async () => {
      const { view, changedGroups } = await this.store.publishableView();
      let used = false;
      try {
        const own = await this.publisher.publish(view, changedGroups);
        for (const cls of CLASSES) {
          if (this.applying.has(cls)) continue;
          const held = (await this.store.state.get(STATE_FAMILIES.trustHeld.key(cls), { snapshot: view.snapshot })) as HeldTrust | undefined;
          const replicated = view.digest(undefined, { origin: 'replicated', recordClass: cls }).count > 0;
          if (this.hasParent && replicated && !held) continue; // records never verified whole: serve none of them
          this.swap({
            id: this.nextId++,
            recordClass: cls,
            view,
            docs: [own, ...(held?.docs ?? [])],
            servedThrough: this.hasParent && held ? [...held.servedThrough, held.languages] : [],
          });
          used = true;
        }
      } finally {
        if (!used) await view.snapshot.close();
      }
      await this.collectGarbage();
    });
  }

  /**
   * Deletes the listings no document names any more: those of this node's
   * own documents, the documents it holds from above for each rule, and
   * those of every view a session still reads stay.
   */
  private async collectGarbage(): Promise<void> {
    const named = new Set<string>();
    const name = (docs: readonly PublisherDocs[]) => {
      for (const d of docs) for (const t of listedTargets(d.targets)) named.add(t.sha256);
    };
    if (this.publisher.current) name([this.publisher.current]);
    for (const view of this.alive.keys()) name(view.docs);
    for (const cls of CLASSES) name(((await this.store.state.get(STATE_FAMILIES.trustHeld.key(cls))) as HeldTrust | undefined)?.docs ?? []);
    const unnamed: string[] = [];
    for await (const key of this.store.listings.keys()) if (!named.has(key)) unnamed.push(key);
    if (unnamed.length) await this.store.listings.batch(unnamed.map((key) => ({ type: 'del' as const, key })));
  }

  private swap(next: PublishedView): void {
    const retired = this.previous.get(next.recordClass);
    const last = this.current.get(next.recordClass);
    if (last) this.previous.set(next.recordClass, last);
    this.current.set(next.recordClass, next);
    this.hold(next);
    if (retired) void this.drop(retired);
  }

  /**
   * The current view of a rule for a session, published anew first when the
   * node's own records changed or its signature is a day old. Call release()
   * when the session ends.
   */
  async acquire(cls: RecordClass): Promise<{ published: PublishedView; release: () => Promise<void> }> {
    if (!this.applying.has(cls) && (this.store.hasUnpublishedChanges || (await this.publisher.refreshDue()))) await this.refresh();
    // A publication under way (another session's, which took the changes already) ends first: its view is the current one.
    else await this.lock.run(async () => undefined);
    const published = this.current.get(cls);
    if (!published) throw new PatchtreeError('REPL_BUSY', `this node has not verified its ${cls} data from its own parent whole yet (a run was cut short); try again after its next run`);
    return this.use(published);
  }

  /** The view a run's session read, for its verify and fetch calls (0: the current one, for children that predate views). */
  async byId(cls: RecordClass, id: number): Promise<{ published: PublishedView; release: () => Promise<void> }> {
    if (id === 0) return this.acquire(cls);
    const published = [this.current.get(cls), this.previous.get(cls)].find((v) => v?.id === id);
    if (!published) throw new PatchtreeError('REPL_VIEW_GONE', `the view ${id} this run read has been replaced twice since; the next run starts from the current one`);
    return this.use(published);
  }

  private use(published: PublishedView) {
    this.hold(published);
    let released = false;
    return {
      published,
      release: async () => {
        if (released) return;
        released = true;
        await this.drop(published);
      },
    };
  }

  private hold(published: PublishedView): void {
    this.alive.set(published, (this.alive.get(published) ?? 0) + 1);
    this.users.set(published.view, (this.users.get(published.view) ?? 0) + 1);
  }

  private async drop(published: PublishedView): Promise<void> {
    const uses = (this.alive.get(published) ?? 1) - 1;
    if (uses > 0) this.alive.set(published, uses);
    else this.alive.delete(published);
    const view = published.view;
    const left = (this.users.get(view) ?? 1) - 1;
    if (left > 0) {
      this.users.set(view, left);
      return;
    }
    this.users.delete(view);
    await view.snapshot.close();
  }

  /**
   * The keys a child registered here pins: this node's own publisher key,
   * the keys this node pins itself (`pinned`: registered before its first
   * run, it knows no root above it yet), and the current root keys of every
   * publisher above it.
   */
  async keysForChildren(pinned: readonly PublicKeyInfo[] = []): Promise<PublicKeyInfo[]> {
    const keys = new Map<string, PublicKeyInfo>([[this.publisher.publicKey.keyid, this.publisher.publicKey]]);
    for (const key of pinned) keys.set(key.keyid, key);
    for await (const roots of this.store.state.values(STATE_FAMILIES.trustRoots.range())) {
      const chain = roots as string[];
      for (const key of rootKeysOf(chain[chain.length - 1])) keys.set(key.keyid, key);
    }
    return [...keys.values()];
  }

  /** Closes every view (the store is closing). */
  async close(): Promise<void> {
    await this.lock.run(async () => {
      for (const view of this.users.keys()) await view.snapshot.close().catch(() => undefined);
      this.users.clear();
      this.alive.clear();
      this.current.clear();
      this.previous.clear();
    });
  }
}
