import type { Tally } from './tally.js';
import type { Tree, TreeNode } from './topology.js';

/**
 * What must hold once the faults are over and one clean run has gone down
 * the tree. Each check answers a list of problems (empty = fine) rather than
 * throwing, so one round reports everything it found.
 */

export interface Rec {
  key: string;
  hash: string;
  origin: string;
  languages: string[];
  damaged?: boolean;
}

const classOf = (key: string) => (key[0] === 'p' || key[0] === 'e' ? 'policies' : 'catalog');
/** Policy id of a policy ("p/ID") or policy entry ("e/ID/...") key. */
const policyIdOf = (key: string) => {
  const end = key.indexOf('/', 2);
  return end < 0 ? key.slice(2) : key.slice(2, end);
};

/**
 * The records a child managing `languages` holds of its parent's: the
 * catalog and policies rules, records in those languages or neutral (a
 * record with no language is neutral), and for policies only the parent's
 * chosen policies when its policies rule names some.
 */
export function inScope(r: Pick<Rec, 'key' | 'languages'>, languages: readonly string[], policyIds: readonly string[]): boolean {
  if (!(r.languages.length === 0 || r.languages.some((l) => l === 'neutral' || languages.includes(l)))) return false;
  return classOf(r.key) !== 'policies' || policyIds.length === 0 || policyIds.includes(policyIdOf(r.key));
}

/** Every record of a node through GET /records, page by page; a listing that fails is an error. */
export async function listRecords(tree: Tree, node: TreeNode): Promise<Rec[]> {
  const out: Rec[] = [];
  let after = '';
  for (;;) {
    const page = await tree.api(node, 'GET', `/records?limit=5000${after ? `&after=${encodeURIComponent(after)}` : ''}`);
    if (page.status !== 200) throw new Error(`${node.name}: GET /records answered ${page.status}: ${JSON.stringify(page.body).slice(0, 300)}`);
    out.push(...page.body.records);
    if (page.body.next === null) return out;
    after = page.body.next;
  }
}

/** The set digest the store keeps, recomputed from a listing: sum of the record hashes mod 2^256, and the count. */
export function digestOf(records: readonly Pick<Rec, 'hash'>[]): { count: number; digest: string } {
  let sum = 0n;
  for (const r of records) sum = (sum + BigInt(`0x${r.hash}`)) & ((1n << 256n) - 1n);
  return { count: records.length, digest: sum.toString(16).padStart(64, '0') };
}

function diff(want: Map<string, string>, have: Map<string, string>): string | undefined {
  const missing = [...want.keys()].filter((k) => !have.has(k));
  const extra = [...have.keys()].filter((k) => !want.has(k));
  const changed = [...want.keys()].filter((k) => have.has(k) && have.get(k) !== want.get(k));
  if (!missing.length && !extra.length && !changed.length) return undefined;
  const few = (keys: string[]) => keys.slice(0, 4).join(', ') + (keys.length > 4 ? ', ...' : '');
  return [
    missing.length ? `${missing.length} missing (${few(missing)})` : '',
    extra.length ? `${extra.length} extra (${few(extra)})` : '',
    changed.length ? `${changed.length} with another hash (${few(changed)})` : '',
  ].filter(Boolean).join('; ');
}

/**
 * Checks that can be left out (FAULT_SKIP_CHECKS), to see what else a
 * campaign finds while a known bug is being fixed. The record comparison and
 * the digests are never skipped.
 */
export const OPTIONAL_CHECKS = ['store', 'running', 'durations', 'reports', 'descendants', 'repairs', 'top-origin'] as const;
export type OptionalCheck = (typeof OPTIONAL_CHECKS)[number];

export class Checker {
  /** Runs already checked, per node ("rule|started"): each run is judged once. */
  private readonly seenRuns = new Map<string, Set<string>>();

  constructor(private readonly tree: Tree, private readonly tally: Tally, private readonly options: { maxRunMs: number; skip?: ReadonlySet<OptionalCheck> }) {}

  on(check: OptionalCheck): boolean {
    return !this.options.skip?.has(check);
  }

  /** All checks over the whole tree. */
  async all(): Promise<string[]> {
    const problems: string[] = [];
    const listings = new Map<string, Rec[]>();
    // Listed at once: each node is its own process, so two cores list two nodes at a time.
    await Promise.all(this.tree.nodes.map(async (node) => {
      try {
        listings.set(node.name, await listRecords(this.tree, node));
      } catch (err) {
        problems.push(`listing: ${(err as Error).message}`);
      }
    }));
    for (const node of this.tree.nodes) {
      const listing = listings.get(node.name);
      if (listing && this.on('store')) problems.push(...(await this.store(node, listing)));
    }
    const top = listings.get('top');
    if (top && this.on('top-origin')) {
      // The top has no parent: nothing of it may ever turn 'replicated' (a loop that replicated into it would).
      const replicated = top.filter((r) => r.origin !== 'local');
      if (replicated.length) problems.push(`top: ${replicated.length} of its own records are origin '${replicated[0].origin}' (${replicated.slice(0, 3).map((r) => r.key).join(', ')})`);
    }
    for (const child of this.tree.children) {
      const mine = listings.get(child.name);
      const parents = listings.get(child.parent!.name);
      if (mine && parents) problems.push(...(await this.converged(child, mine, parents)));
    }
    for (const child of this.tree.children) problems.push(...(await this.runs(child)));
    if (this.on('descendants')) for (const parent of [this.tree.top, this.tree.mid]) problems.push(...(await this.descendants(parent)));
    this.tally.checks++;
    return problems;
  }

  /**
   * One store on its own: keys listed once each in order (nothing
   * duplicated), the record counts of GET /status add up to the listing, and
   * the digest it keeps equals one recomputed from the records it lists.
   */
  private async store(node: TreeNode, listing: Rec[]): Promise<string[]> {
    const problems: string[] = [];
    for (let i = 1; i < listing.length; i++) {
      if (listing[i].key <= listing[i - 1].key) {
        problems.push(`${node.name}: GET /records lists ${listing[i].key} after ${listing[i - 1].key} (a key twice, or out of order)`);
        break;
      }
    }
    const damaged = listing.filter((r) => r.damaged);
    if (damaged.length) problems.push(`${node.name}: ${damaged.length} records still damaged after the clean run (${damaged.slice(0, 3).map((r) => r.key).join(', ')})`);
    const status = await this.tree.ok(node, 'GET', '/status');
    const counted = Object.values(status.counts as Record<string, number>).reduce((a, b) => a + b, 0);
    if (counted !== listing.length) problems.push(`${node.name}: GET /status counts ${counted} records, GET /records lists ${listing.length}`);
    const kept = await this.tree.ok(node, 'GET', '/digest');
    const recomputed = digestOf(listing);
    if (kept.count !== recomputed.count || kept.digest !== recomputed.digest) {
      problems.push(`${node.name}: kept digest ${kept.count}/${String(kept.digest).slice(0, 12)} differs from the digest of its records ${recomputed.count}/${recomputed.digest.slice(0, 12)}`);
    }
    return problems;
  }

  /**
   * A child holds exactly its parent's records filtered by its languages
   * (and the parent's chosen policies), byte for byte (same hashes), and its
   * digest of what it received equals the parent's digest of that set.
   */
  private async converged(child: TreeNode, mine: Rec[], parents: Rec[]): Promise<string[]> {
    const problems: string[] = [];
    const parent = child.parent!;
    const policyIds: string[] = (await this.tree.ok(parent, 'GET', '/replication/rules')).rules.policies.policyIds;
    const want = new Map(parents.filter((r) => inScope(r, child.languages, policyIds)).map((r) => [r.key, r.hash]));
    const have = new Map(mine.filter((r) => r.origin === 'replicated').map((r) => [r.key, r.hash]));
    this.tally.recordsCompared += want.size;
    const d = diff(want, have);
    if (d) problems.push(`${child.name} vs its parent ${parent.name} (languages ${child.languages.join(',')}${policyIds.length ? `, policies ${policyIds.join(',')}` : ''}): ${d}`);
    const local = mine.filter((r) => r.origin === 'local' && r.key !== 's/levels');
    if (local.length) problems.push(`${child.name}: holds ${local.length} local records of the replicated rules (${local.slice(0, 3).map((r) => r.key).join(', ')})`);
    const languages = child.languages.join(',');
    for (const rule of ['catalog', 'policies']) {
      if (rule === 'policies' && policyIds.length) continue; // the parent keeps no digest of a chosen list; the record comparison covers it
      const theirs = await this.tree.ok(parent, 'GET', `/digest?languages=${languages}&rule=${rule}`);
      const ours = await this.tree.ok(child, 'GET', `/digest?languages=${languages}&rule=${rule}&origin=replicated`);
      if (theirs.count !== ours.count || theirs.digest !== ours.digest) problems.push(`${child.name}: ${rule} digest ${ours.count}/${String(ours.digest).slice(0, 12)} differs from ${parent.name}'s ${theirs.count}/${String(theirs.digest).slice(0, 12)}`);
    }
    if (!problems.length) this.tally.convergences++;
    return problems;
  }

  /**
   * The runs a child kept since the last check: none still 'running' (a run
   * in progress is stored as such, and a kill turns it 'interrupted' at
   * restart), none longer than the run deadline, and each one reported to the
   * parent (failed and interrupted ones too, once the parent can be reached).
   */
  private async runs(child: TreeNode): Promise<string[]> {
    const problems: string[] = [];
    const seen = this.seenRuns.get(child.name) ?? new Set<string>();
    this.seenRuns.set(child.name, seen);
    const runs: any[] = (await this.tree.ok(child, 'GET', '/replication/runs')).runs;
    const fresh = runs.filter((r) => !seen.has(`${r.rule}|${r.started}`));
    if (!fresh.length) return problems;
    for (const run of fresh) {
      seen.add(`${run.rule}|${run.started}`);
      const what = `${child.name} run ${run.id} (${run.rule}, ${run.status}${run.error ? ` ${run.error.code}` : ''}, started ${run.started})`;
      if (run.status === 'running' && this.on('running')) problems.push(`${what} is still 'running' after the clean runs`);
      if (run.status === 'interrupted') this.tally.interrupted++;
      if (typeof run.durationMs === 'number' && run.durationMs > this.options.maxRunMs && this.on('durations')) problems.push(`${what} took ${run.durationMs} ms, more than the ${this.options.maxRunMs} ms a run may take`);
    }
    if (!this.on('reports')) return problems;
    // The child has just reached its parent (the clean run reported itself); what it still owed may follow
    // a moment later, so the parent's list is read a few times before a missing run counts.
    let unreported: string[] = [];
    for (let attempt = 0; attempt < 10; attempt++) {
      const reported: any[] = (await this.tree.ok(child.parent!, 'GET', `/replication/runs?child=${encodeURIComponent(child.childId!)}`)).children;
      const reportedKeys = new Set(reported.map((r) => `${r.rule}|${r.started}`));
      unreported = fresh.filter((r) => r.status !== 'running' && !reportedKeys.has(`${r.rule}|${r.started}`)).map((r) => `${r.rule} ${r.status}${r.error ? ` ${r.error.code}` : ''} ${r.started}`);
      if (!unreported.length) break;
      await new Promise((ok) => setTimeout(ok, 300));
    }
    if (unreported.length) problems.push(`${child.name}: ${unreported.length} runs never reached its parent ${child.parent!.name}: ${unreported.slice(0, 4).join('; ')}${unreported.length > 4 ? '; ...' : ''}`);
    return problems;
  }

  /** What a parent knows of its children's descendants stays bounded and de-duplicated (no hello storm left it growing). */
  private async descendants(parent: TreeNode): Promise<string[]> {
    const problems: string[] = [];
    for (const c of (await this.tree.ok(parent, 'GET', '/children')).children as Array<{ id: string; descendants: Array<{ nodeId: string }> }>) {
      const ids = c.descendants.map((d) => d.nodeId);
      if (ids.length > 1000) problems.push(`${parent.name}: child ${c.id} lists ${ids.length} descendants (more than 1000)`);
      if (new Set(ids).size !== ids.length) problems.push(`${parent.name}: child ${c.id} lists descendants twice (${ids.length} entries, ${new Set(ids).size} distinct)`);
    }
    return problems;
  }

  /** The top holds what its catalog file and the policy source list (checked after each import). */
  async topCounts(expected: { bulletins: number; updates: number }): Promise<string[]> {
    const status = await this.tree.ok(this.tree.top, 'GET', '/status');
    const got = { bulletins: status.counts.bulletin, updates: status.counts.update };
    return got.bulletins === expected.bulletins && got.updates === expected.updates ? [] : [`top: holds ${got.bulletins} bulletins and ${got.updates} updates after the import, the catalog has ${expected.bulletins} and ${expected.updates}`];
  }
}
