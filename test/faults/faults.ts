import { cp, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ProxyFault } from '../helpers/fault-proxy.js';
import type { CatalogModel } from './catalog-model.js';
import { listRecords, type Checker } from './checks.js';
import { damageStore } from './damage.js';
import type { Rng } from './rng.js';
import type { Tally } from './tally.js';
import type { Tree, TreeNode } from './topology.js';

/**
 * The faults, one function each. A fault does its damage and may drive a
 * run through it; it does not judge the end state (the clean run and the
 * checks after it do), but it notes what it can only see while it happens
 * (a stalled run that never ends, a loop run that was not refused) in
 * `world.problems`.
 */

export type FaultKind = 'kill-run' | 'kill-import' | 'cut' | 'stall' | 'trickle' | 'restore' | 'damage' | 'loop' | 'rule-change';
export const FAULT_KINDS: readonly FaultKind[] = ['kill-run', 'kill-import', 'cut', 'stall', 'trickle', 'restore', 'damage', 'loop', 'rule-change'];

export interface FaultResult {
  detail: string;
  /** The first clean run may repair (the fault damaged data or rolled a store back); a second, strict one follows. */
  mayRepair?: boolean;
}

export interface Step {
  kind: FaultKind | 'backup';
  /** The node a backup or restore is about. */
  target?: string;
}

type Mode = 'differential' | 'complete';

export interface PullBody {
  rules: string[];
  mode?: Mode;
  verifyPercent?: number;
}

/**
 * Rough sizes of earlier pulls and imports, so kills and cuts land inside the
 * next one rather than after it. A pull's size depends on the node, the
 * mode, the verification share (100% sends every key and hash) and the
 * rules, so samples are kept by all four, falling back to coarser matches
 * (the share first: it changes the size most).
 */
export class Estimates {
  importMs = 1000;
  private readonly runs = new Map<string, { ms: number; down: number; up: number }>();

  private static keys(node: string, body: PullBody): string[] {
    const mode = body.mode ?? 'differential';
    const verify = body.verifyPercent ?? 5;
    return [`${node}|${mode}|${verify}|${body.rules.join('+')}`, `${node}|${mode}|${verify}`, `${node}|${mode}`];
  }

  run(node: string, body: PullBody): { ms: number; down: number; up: number } {
    for (const key of Estimates.keys(node, body)) {
      const found = this.runs.get(key);
      if (found) return found;
    }
    return { ms: 300, down: 100_000, up: 5_000 };
  }

  note(node: string, body: PullBody, sample: { ms: number; down: number; up: number }): void {
    for (const key of Estimates.keys(node, body)) this.runs.set(key, sample);
  }
}

export interface World {
  tree: Tree;
  rng: Rng;
  tally: Tally;
  checker: Checker;
  catalog: CatalogModel;
  catalogPath: string;
  est: Estimates;
  options: { idleTimeoutMs?: number; maxRunMs: number; stallBoundMs: number };
  /** Latest backup directory per node name. */
  backups: Map<string, string>;
  dir: string;
  /** Problems seen while a fault happened (reset each round). */
  problems: string[];
  log(line: string): void;
  verbose: boolean;
}

export interface RunRecord {
  id: number;
  rule: string;
  status: string;
  started: string;
  durationMs: number;
  mode?: string;
  reason?: string;
  received?: number;
  error?: { code: string; message: string };
  verification?: { digestEqual: boolean; sampled: number; mismatched: number; repaired: number; fellBackToComplete: boolean };
}

export interface PullOutcome {
  runs?: RunRecord[];
  error?: string;
  timedOut?: boolean;
  ms: number;
}

export const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));
const describeRuns = (runs: RunRecord[] | undefined, error?: string) =>
  runs ? runs.map((r) => `${r.rule} ${r.status}${r.error ? ` ${r.error.code}` : ''}`).join(', ') : `no answer (${error})`;

/**
 * POST /replication/pull on a child, with a deadline; never throws (a node
 * killed under the call is an outcome like any other). Successful pulls
 * feed the estimates.
 */
export async function pull(w: World, node: TreeNode, body: PullBody, timeoutMs = w.options.maxRunMs): Promise<PullOutcome> {
  const before = node.link?.stats();
  const started = Date.now();
  try {
    const res = await w.tree.api(node, 'POST', '/replication/pull', body, timeoutMs);
    const ms = Date.now() - started;
    if (res.status !== 200) return { error: `answered ${res.status}: ${JSON.stringify(res.body).slice(0, 300)}`, ms };
    const runs = res.body.runs as RunRecord[];
    const after = node.link?.stats();
    if (before && after && runs.every((r) => r.status === 'ok')) w.est.note(node.name, body, { ms, down: after.down - before.down, up: after.up - before.up });
    return { runs, ms };
  } catch (err) {
    const e = err as Error;
    return { error: e.message, timedOut: e.name === 'TimeoutError', ms: Date.now() - started };
  }
}

/** The top imports its (changed) catalog file; it must then hold exactly what the file and the policy source list. */
export async function importTop(w: World): Promise<void> {
  const started = Date.now();
  await w.tree.ok(w.tree.top, 'POST', '/sources/gen/import', { force: true }, 180_000);
  w.est.importMs = Date.now() - started;
  w.tally.imports++;
  const file = w.catalog.counts;
  const extra = w.tree.policySourceCounts;
  w.problems.push(...(await w.checker.topCounts({ bulletins: file.bulletins + extra.bulletins, updates: file.updates + extra.updates })));
}

/** The catalog moves on: a few bulletins change, the top imports them; now and then a policy is edited too. */
export async function evolve(w: World): Promise<void> {
  const what = w.catalog.edit(w.rng);
  await w.catalog.write(w.catalogPath);
  await importTop(w);
  let policy = '';
  if (w.rng.chance(0.3)) {
    const policies = (await w.tree.ok(w.tree.top, 'GET', '/policies')).policies as Array<{ id: string; name: string }>;
    const p = w.rng.pick(policies);
    await w.tree.ok(w.tree.top, 'PATCH', `/policies/${p.id}`, { name: `${p.name.replace(/ #\d+$/, '')} #${w.tally.imports}` });
    policy = `; policy ${p.id} renamed`;
  }
  w.log(`    catalog: ${what}${policy}`);
}

async function kill(w: World, node: TreeNode): Promise<void> {
  await w.tree.stop(node, 'SIGKILL');
  w.tally.sigkills++;
  await w.tree.start(node);
}

/** SIGKILL of the puller, its parent or the top while a run of one rule (or both) is under way; the victim restarts in place. */
async function killRun(w: World): Promise<FaultResult> {
  const { tree, rng } = w;
  const child = rng.pick(tree.children);
  const rules = rng.pick([['catalog'], ['policies'], ['catalog', 'policies']]);
  const mode: Mode = rng.chance(0.5) ? 'complete' : 'differential';
  if (mode === 'differential' || rng.chance(0.3)) await evolve(w);
  const r = rng.next();
  const victim = r < 0.6 ? child : r < 0.9 ? child.parent! : tree.top;
  const body = { rules, mode, verifyPercent: rng.pick([0, 5, 100]) };
  const delay = rng.int(0, Math.max(50, w.est.run(child.name, body).ms));
  w.tally.fault('kill-run', victim === child ? 'the puller' : victim === child.parent ? 'its parent' : 'the top');
  const pulling = pull(w, child, body);
  await sleep(delay);
  await kill(w, victim);
  const outcome = await pulling;
  if (outcome.runs) w.tally.outcome('kill-run', outcome.runs);
  return { detail: `${child.name} pulls ${rules.join('+')} ${mode} at ${body.verifyPercent}%; ${victim.name} SIGKILLed after ${delay} ms -> ${describeRuns(outcome.runs, outcome.error)}` };
}

/** SIGKILL of the top in the middle of a forced import of its changed catalog (with a child pulling at the same time, sometimes). */
async function killImport(w: World): Promise<FaultResult> {
  const { tree, rng } = w;
  const what = w.catalog.edit(rng);
  await w.catalog.write(w.catalogPath);
  const delay = rng.int(0, Math.max(50, w.est.importMs));
  const alongside = rng.chance(0.5) ? pull(w, tree.mid, { rules: ['catalog'], verifyPercent: 0 }) : undefined;
  const importing = tree.api(tree.top, 'POST', '/sources/gen/import', { force: true }, 180_000).catch((err: Error) => ({ status: 0, body: err.message }));
  w.tally.fault('kill-import', alongside ? 'while the mid pulls' : 'alone');
  await sleep(delay);
  await kill(w, tree.top);
  const answered = await importing;
  await alongside;
  // The admin runs the import again (the node may be finishing the interrupted one by itself: imports queue).
  await importTop(w);
  return { detail: `catalog ${what}; top SIGKILLed ${delay} ms into the import (it answered ${answered.status || 'nothing'})` };
}

/**
 * A cut, a stall or a slow line on one link while the child below it
 * pulls. A cut or stall hits one connection (`once`) at a random byte
 * offset within what such a run moves that way; idle keep-alive connections
 * are reset first, or the run could go out on one opened before the fault.
 */
async function linkFault(w: World, kind: 'cut' | 'stall' | 'trickle'): Promise<FaultResult> {
  const { tree, rng } = w;
  const child = rng.pick(tree.children);
  const link = child.link!;
  const mode: Mode = rng.chance(0.35) ? 'complete' : 'differential';
  if (mode === 'differential' || rng.chance(0.3)) await evolve(w);
  const rules = rng.chance(0.7) ? ['catalog', 'policies'] : [rng.pick(['catalog', 'policies'])];
  const verifyPercent = rng.pick([0, 5, 100]);
  const size = w.est.run(child.name, { rules, mode, verifyPercent });
  let fault: ProxyFault;
  let how: string;
  if (kind === 'trickle') {
    const bytesPerTick = Math.max(512, Math.ceil(size.down / 40));
    fault = { kind, bytesPerTick, tickMs: 10 };
    how = `${bytesPerTick} B per 10 ms`;
    w.tally.fault(kind);
  } else {
    const direction = rng.chance(0.75) ? 'down' : 'up';
    // Within the first 70% of what such a pull moves that way: the estimate adds up every connection of the
    // pull (verification runs two at once), and an offset past the end would cut nothing.
    const afterBytes = rng.int(0, Math.max(256, Math.floor(0.7 * (direction === 'down' ? size.down : size.up))));
    fault = { kind, direction, afterBytes };
    how = `${direction} after ${afterBytes} B`;
    w.tally.fault(kind, direction);
  }
  link.resetAll();
  await sleep(50);
  const connections = link.stats().connections;
  link.set(fault, { once: kind !== 'trickle' });
  const deadline = kind === 'stall' ? w.options.stallBoundMs : w.options.maxRunMs;
  const outcome = await pull(w, child, { rules, mode, verifyPercent }, deadline);
  link.set({ kind: 'pass' });
  if (link.stats().connections === connections) w.tally.undelivered++;
  if (outcome.timedOut) {
    w.problems.push(`${kind}: ${child.name}'s pull did not end within ${deadline} ms (a stalled call must fail after syncIdleTimeoutMs)`);
    link.resetAll(); // frees the hung run, so the clean run is not stuck behind it
  } else if (outcome.runs) {
    w.tally.outcome(kind, outcome.runs);
    if (kind === 'stall') {
      const slow = outcome.runs.filter((r) => r.durationMs > w.options.stallBoundMs);
      if (slow.length) w.problems.push(`stall: ${child.name}'s ${slow[0].rule} run took ${slow[0].durationMs} ms`);
    }
    if (kind === 'trickle') {
      const failed = outcome.runs.filter((r) => r.status !== 'ok');
      if (failed.length) w.problems.push(`trickle: a slow link failed ${child.name}'s ${failed[0].rule} run: ${failed[0].error?.code} ${failed[0].error?.message}`);
    }
  }
  return { detail: `${child.name}'s link ${how}; pulls ${rules.join('+')} ${mode} at ${verifyPercent}% -> ${describeRuns(outcome.runs, outcome.error)} in ${outcome.ms} ms` };
}

let backups = 0;

/** A copy of a stopped node's data directory, restored by a later 'restore' step. */
export async function backup(w: World, node: TreeNode): Promise<string> {
  await w.tree.stop(node, 'SIGTERM');
  const target = join(w.dir, 'backups', `${node.name}-${++backups}`);
  await mkdir(join(w.dir, 'backups'), { recursive: true });
  await cp(node.dir, target, { recursive: true });
  await w.tree.start(node);
  w.backups.set(node.name, target);
  return target;
}

/**
 * A parent restored from an older copy of its data directory (same node id,
 * same store id, older sequence): its children's checkpoints are now ahead
 * of it. Half the time the top imports a change before anyone runs, so the
 * restored store's sequence climbs past the checkpoints with other contents.
 */
async function restore(w: World, step: Step): Promise<FaultResult> {
  const node = w.tree.byName(step.target ?? 'mid');
  let copy = w.backups.get(node.name);
  if (!copy) {
    copy = await backup(w, node);
    await evolve(w);
  }
  w.tally.fault('restore', node.name);
  await w.tree.stop(node, 'SIGTERM');
  await rm(node.dir, { recursive: true, force: true });
  await cp(copy, node.dir, { recursive: true });
  await w.tree.start(node);
  const moved = w.rng.chance(0.5);
  if (moved) await evolve(w);
  return { detail: `${node.name} restored from ${copy.split('/').pop()}${moved ? ', then the top imported a change' : ''}`, mayRepair: true };
}

/** Damage to a stopped child's LevelDB; once restarted it must still list its records (the damaged ones marked). */
async function damage(w: World): Promise<FaultResult> {
  const { tree, rng } = w;
  const node = rng.pick(tree.children);
  const keys = (await listRecords(tree, node)).filter((r) => r.origin === 'replicated' && !r.key.startsWith('s/')).map((r) => r.key);
  await tree.stop(node, 'SIGTERM');
  const done = await damageStore(join(node.dir, 'db'), keys, rng.int(3, 12), rng);
  w.tally.fault('damage', node.name);
  await tree.start(node);
  try {
    await listRecords(tree, node);
  } catch (err) {
    w.problems.push(`damage: a damaged store must still list its records: ${(err as Error).message}`);
  }
  return { detail: `${node.name}: ${done.join(', ')}`, mayRepair: true };
}

/**
 * A loop: the top's admin makes the top a child of a leaf (the leaf's admin
 * registered it under an id of its own choosing). Every run the top tries
 * must be refused with REPL_LOOP, content included, none of its own records
 * may turn 'replicated', and the hellos it sets off must not make the
 * descendant lists grow without end. Then the top's config is put back.
 */
async function loop(w: World): Promise<FaultResult> {
  const { tree, rng } = w;
  const leaf = rng.pick(tree.leaves);
  const top = tree.top;
  w.tally.fault('loop', leaf.name);
  await tree.api(leaf, 'DELETE', '/children/hq-loop');
  const { credential } = await tree.ok(leaf, 'POST', '/children', { id: 'hq-loop' });
  await tree.stop(top, 'SIGTERM');
  const since = new Date().toISOString();
  top.override = { parent: { url: leaf.proc!.url, childId: 'hq-loop', credential }, pollSeconds: 3600, ...(w.options.idleTimeoutMs !== undefined ? { syncIdleTimeoutMs: w.options.idleTimeoutMs } : {}) };
  let detail = `top made a child of ${leaf.name}`;
  try {
    await tree.start(top);
    // Every rule, content included (the top also tries them all at start, before or after this pull).
    const outcome = await pull(w, top, { rules: ['catalog', 'policies', 'content'], verifyPercent: 100 });
    if (!outcome.runs) w.problems.push(`loop: the top's pull got no answer: ${outcome.error}`);
    else if (outcome.runs.length !== 3) w.problems.push(`loop: the top's pull of three rules answered ${outcome.runs.length} runs (${describeRuns(outcome.runs)})`);
    // The start-up pull may come after this one: wait (bounded) until no run of the top is still under way.
    let runs: RunRecord[] = [];
    for (const deadline = Date.now() + 10_000; ; ) {
      runs = ((await tree.ok(top, 'GET', '/replication/runs')).runs as RunRecord[]).filter((r) => r.started >= since);
      if (!runs.some((r) => r.status === 'running') || Date.now() > deadline) break;
      await new Promise((ok) => setTimeout(ok, 100));
    }
    w.tally.outcome('loop', runs);
    const wrong = runs.filter((r) => r.status !== 'failed' || r.error?.code !== 'REPL_LOOP');
    if (wrong.length) w.problems.push(`loop: ${wrong.length} of the top's ${runs.length} runs were not refused with REPL_LOOP: ${describeRuns(wrong)}`);
    const replicated = (await listRecords(tree, top)).filter((r) => r.origin !== 'local');
    if (replicated.length) w.problems.push(`loop: ${replicated.length} of the top's own records turned '${replicated[0].origin}' (${replicated.slice(0, 3).map((r) => r.key).join(', ')})`);
    // Hellos went round the loop: what every parent knows of its descendants must stay bounded and stop growing.
    const sizes = async () => {
      let total = 0;
      for (const parent of [top, tree.mid, leaf]) {
        for (const c of (await tree.ok(parent, 'GET', '/children')).children as Array<{ id: string; descendants: unknown[] }>) {
          if (c.descendants.length > 1000) w.problems.push(`loop: ${parent.name} lists ${c.descendants.length} descendants for ${c.id}`);
          total += c.descendants.length;
        }
      }
      return total;
    };
    await sleep(500);
    const first = await sizes();
    await sleep(1500);
    const second = await sizes();
    if (second > first) w.problems.push(`loop: the descendant lists keep growing (${first} -> ${second} entries in 1.5 s): a hello storm`);
    detail += `: ${describeRuns(runs)}; descendants ${first} -> ${second}`;
  } finally {
    await tree.stop(top, 'SIGKILL'); // a storm may keep a clean stop waiting
    top.override = undefined;
    await tree.start(top);
    await tree.api(leaf, 'DELETE', '/children/hq-loop');
    // The leaves report again without the loop below them; the mid passes that up.
    for (const l of tree.leaves) await tree.hello(l);
  }
  return { detail };
}

/**
 * The mid-tier's admin changes the rules it gives its own children. What the
 * mid pulls is its parent's business: its own run and its records must not
 * change; its leaves, once they have the new rules, follow them.
 */
async function ruleChange(w: World): Promise<FaultResult> {
  const { tree, rng } = w;
  const mid = tree.mid;
  let detail: string;
  if (rng.chance(0.5)) {
    const body = { mode: rng.pick(['differential', 'complete']), verification: { enabled: rng.chance(0.5), percent: rng.pick([0, 5, 50, 100]) } };
    await tree.ok(mid, 'PUT', '/replication/rules/catalog', body);
    detail = `mid's catalog rule ${JSON.stringify(body)}`;
    w.tally.fault('rule-change', 'catalog');
  } else {
    const ids = ((await tree.ok(tree.top, 'GET', '/policies')).policies as Array<{ id: string }>).map((p) => p.id);
    const chosen = rng.chance(0.3) ? [] : rng.sample(ids, rng.int(1, Math.max(1, ids.length - 1)));
    await tree.ok(mid, 'PUT', '/replication/rules/policies', { policyIds: chosen });
    detail = `mid's policies rule: ${chosen.length ? chosen.join(',') : 'all policies'}`;
    w.tally.fault('rule-change', 'policies');
  }
  // Leaves take rules at their next report; make them report now and wait until they have the new ones.
  const want = JSON.stringify((await tree.ok(mid, 'GET', '/replication/rules')).rules);
  for (const leaf of tree.leaves) {
    await tree.hello(leaf);
    let have = '';
    for (let i = 0; i < 100 && have !== want; i++) {
      have = JSON.stringify((await tree.ok(leaf, 'GET', '/replication/rules')).rules);
      if (have !== want) await sleep(100);
    }
    if (have !== want) w.problems.push(`rule-change: ${leaf.name} did not take the mid's rules after reporting: ${have} vs ${want}`);
  }
  const outcome = await pull(w, mid, { rules: ['catalog', 'policies'] });
  if (outcome.runs) w.tally.outcome('rule-change', outcome.runs);
  const failed = outcome.runs?.filter((r) => r.status !== 'ok') ?? [];
  if (!outcome.runs || failed.length) w.problems.push(`rule-change: the mid's own pull failed: ${describeRuns(outcome.runs, outcome.error)}`);
  return { detail: `${detail}; mid pulls -> ${describeRuns(outcome.runs, outcome.error)}` };
}

export const FAULTS: Record<FaultKind, (w: World, step: Step) => Promise<FaultResult>> = {
  'kill-run': killRun,
  'kill-import': killImport,
  cut: (w) => linkFault(w, 'cut'),
  stall: (w) => linkFault(w, 'stall'),
  trickle: (w) => linkFault(w, 'trickle'),
  restore,
  damage,
  loop,
  'rule-change': ruleChange,
};
