import { PatchtreeError } from '../../protocol/index.js';
import { STATE_KEYS, type Catalog } from '../../catalog/index.js';
import type { BundleFile } from '../bundle-format.js';
import { BundlePort, replayPlan, type BundleSlot } from './bundle-port.js';
import type { ChildReplicator, RunRecord } from './replicator.js';
import { readCheckpoint } from './run.js';
import type { Uplink } from './uplink.js';

/** The last bundle this node applied whole, and the one it began to apply and has not finished (a kill, a failed run). */
export interface HeldBundle {
  seq: number;
  applying?: number;
}

export interface BundleImportOptions {
  catalog: Catalog;
  /** The id the parent's admin registered this node under (its config's parent.childId). */
  childId: string;
  replicator: ChildReplicator;
  /** The parent port the replicator's uplink reads: the bundle is put in it for the import. */
  slot: BundleSlot;
  uplink: Uplink;
}

/**
 * A bundle applied on a disconnected node: refused whole (nothing changed)
 * when it is for another child, older than what this node holds, or does not
 * follow it; else run through the node's own replication, rule by rule, as a
 * pull from a parent would (see BundlePort). A kill, or a failed rule, leaves
 * the bundle "applying": the same file imported again resumes it.
 */
export class BundleImports {
  constructor(private readonly options: BundleImportOptions) {}

  async held(): Promise<HeldBundle> {
    return ((await this.options.catalog.store.state.get(STATE_KEYS.bundleHeld)) as HeldBundle | undefined) ?? { seq: 0 };
  }

  /** The refusals, before anything is written. */
  async check(bundle: BundleFile): Promise<void> {
    const { header } = bundle;
    const { childId, catalog } = this.options;
    if (header.childId !== childId) throw new PatchtreeError('BUNDLE_WRONG_CHILD', `the bundle was exported for child ${header.childId.slice(0, 64)}; this node is child ${childId}`);
    const languages = await catalog.settings.languages();
    if (header.languages.join() !== languages.join()) throw new PatchtreeError('BUNDLE_WRONG_CHILD', `the bundle was made for the languages ${header.languages.join(', ') || 'neutral'}; this node manages ${languages.join(', ') || 'neutral'}: export it again with --languages ${languages.join(',')}`);
    const held = await this.held();
    if (held.applying === header.seq) return; // resumed: its rules say below where each left off
    if (header.seq <= held.seq) throw new PatchtreeError('BUNDLE_OLDER', `the bundle is number ${header.seq} of child ${childId}; this node applied number ${held.seq} already`);
    if (header.since !== null && header.since !== held.seq) {
      throw new PatchtreeError('BUNDLE_NOT_FOLLOWING', `the bundle holds the changes since bundle ${header.since}; this node applied bundle ${held.seq}${held.applying ? ` and began bundle ${held.applying}` : ''}: bring the bundles in between, or export a complete one`);
    }
    // Each rule's changes start where this node's checkpoint is (a store or scope changed since: refused).
    for (const [rule, session] of bundle.sessions) replayPlan(session, await readCheckpoint(catalog.store, { rule }), 'differential');
  }

  /** Checks, then applies the bundle; its runs, as the run history has them. */
  async apply(bundle: BundleFile): Promise<RunRecord[]> {
    await this.check(bundle);
    const { catalog, slot, uplink, replicator } = this.options;
    const held = await this.held();
    await catalog.store.state.put(STATE_KEYS.bundleHeld, { seq: held.seq, applying: bundle.header.seq } satisfies HeldBundle);
    slot.load(new BundlePort(bundle));
    try {
      uplink.probeNow();
      // The parent's rules first (the policies run needs the chosen list), as a language report's answer brings them.
      if (!(await replicator.hello())) throw new PatchtreeError('BUNDLE_DAMAGED', 'the bundle\'s rules were refused (see the node log); nothing was applied');
      const runs = await replicator.pull({ trigger: 'bundle', verifyPercent: 0 });
      const failed = runs.find((r) => r.status !== 'ok');
      if (failed) throw new PatchtreeError(failed.error?.code ?? 'INTERNAL', `the ${failed.rule} run of bundle ${bundle.header.seq} failed: ${failed.error?.message ?? failed.status}; import the same bundle again to resume`);
      await catalog.store.state.put(STATE_KEYS.bundleHeld, { seq: bundle.header.seq } satisfies HeldBundle);
      return runs;
    } finally {
      slot.unload();
    }
  }
}
