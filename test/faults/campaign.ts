import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCatalog } from '../../catalog/index.js';
import { tempDir } from '../helpers/temp.js';
import { CatalogModel } from './catalog-model.js';
import { Checker, OPTIONAL_CHECKS, type OptionalCheck } from './checks.js';
import { backup, Estimates, FAULT_KINDS, FAULTS, pull, sleep, type FaultKind, type FaultResult, type Step, type World } from './faults.js';
import { Rng } from './rng.js';
import { Tally } from './tally.js';
import { Tree, type TreeNode } from './topology.js';

/**
 * The fault campaign: real node processes in a three-tier tree (see
 * topology.ts), a seeded schedule of faults (faults.ts), and after each
 * fault one clean run down the tree and the checks (checks.ts). It stops at
 * the first round that finds a problem (or goes on with `keepGoing`) and
 * answers the problems with the seed that replays the schedule.
 */

export type Plan = Partial<Record<FaultKind, number>>;

/** The full campaign (npm run test:faults): at least 30 SIGKILLs, 100 cuts, 10 stalls, 5 restores, 10 damages, 3 loops. */
export const FULL_PLAN: Required<Plan> = { 'kill-run': 23, 'kill-import': 8, cut: 100, stall: 11, trickle: 3, restore: 6, damage: 11, loop: 3, 'rule-change': 5 };

export interface CampaignOptions {
  seed: number;
  plan: Plan;
  /** Bulletins in the generated catalog (about 11 updates each). */
  bulletins: number;
  topLanguages: string[];
  midLanguages: string[];
  leaves: Array<{ name: string; languages: string[] }>;
  /** syncIdleTimeoutMs given to the children; undefined leaves the key out of their configs. */
  idleTimeoutMs?: number;
  /** No run may take longer (checked on every run record; a pull not answered by then is a hung run). */
  maxRunMs: number;
  /** Catalog edits move updates to other languages (default true; false leaves out the left_languages path). */
  moveLanguages?: boolean;
  /** Checks left out (see OPTIONAL_CHECKS). */
  skipChecks?: OptionalCheck[];
  /** Go on after a round that found problems (they are all reported at the end). */
  keepGoing?: boolean;
  /** Log each clean run (mode, reason, records received, verification). */
  verbose?: boolean;
  /** Keep the data directories (and print where) instead of removing them. */
  keepDirs?: boolean;
  log?: (line: string) => void;
}

export interface CampaignResult {
  seed: number;
  problems: string[];
  tally: Tally;
  /** Where the nodes' logs were written when the campaign failed. */
  logsDir?: string;
}

/** A plan with `rounds` faults in the proportions of FULL_PLAN, each kind at least once when there is room. */
export function scalePlan(rounds: number, kinds: readonly FaultKind[] = FAULT_KINDS): Plan {
  const base = kinds.map((k) => [k, FULL_PLAN[k]] as const);
  const total = base.reduce((n, [, c]) => n + c, 0);
  const plan: Plan = {};
  let left = rounds;
  if (rounds >= base.length) for (const [k] of base) { plan[k] = 1; left--; }
  // Largest remainder over what is left, so the counts add up to `rounds`.
  const shares = base.map(([k, c]) => ({ k, exact: (c / total) * Math.max(0, left) }));
  for (const s of shares) plan[s.k] = (plan[s.k] ?? 0) + Math.floor(s.exact);
  let short = rounds - Object.values(plan).reduce((n, c) => n + (c ?? 0), 0);
  for (const s of [...shares].sort((a, b) => (b.exact % 1) - (a.exact % 1))) {
    if (short-- <= 0) break;
    plan[s.k] = (plan[s.k] ?? 0) + 1;
  }
  return plan;
}

/**
 * The order of the faults: shuffled by the seed; each restore gets a backup
 * of the same node a few rounds earlier, so the tree moves on between the
 * copy and the restore.
 */
export function schedule(plan: Plan, rng: Rng): Step[] {
  const steps: Step[] = [];
  for (const kind of FAULT_KINDS) for (let i = 0; i < (plan[kind] ?? 0); i++) steps.push({ kind });
  rng.shuffle(steps);
  for (let i = 0; i < steps.length; i++) {
    if (steps[i].kind !== 'restore') continue;
    const target = rng.pick(['top', 'mid']);
    steps[i].target = target;
    const at = rng.int(Math.max(0, i - 5), i); // the backup goes in before the restore, 0-5 faults earlier
    steps.splice(at, 0, { kind: 'backup', target });
    i++;
  }
  return steps;
}

export async function runCampaign(options: CampaignOptions): Promise<CampaignResult> {
  // Straight to stdout: vitest passes it through as it comes (console.log would get a header per line).
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const rng = new Rng(options.seed);
  const tally = new Tally();
  const steps = schedule(options.plan, rng.fork());
  const faults = steps.filter((s) => s.kind !== 'backup').length;
  log(`fault campaign: seed ${options.seed}, ${faults} faults (${Object.entries(options.plan).filter(([, n]) => n).map(([k, n]) => `${k} ${n}`).join(', ')}), ${options.bulletins} bulletins, syncIdleTimeoutMs ${options.idleTimeoutMs ?? 'not set'}`);
  const { dir, cleanup } = await tempDir('patchtree-campaign-');
  const catalogPath = join(dir, 'catalog.ndjson');
  const catalog = new CatalogModel({ seed: options.seed, bulletins: options.bulletins, languages: ['neutral', ...options.topLanguages], moveLanguages: options.moveLanguages });
  // The file the top imports first is writeCatalog's; the model generates the same lines to edit later.
  await writeCatalog(catalogPath, { seed: options.seed, bulletins: options.bulletins, languages: ['neutral', ...options.topLanguages] });
  const problems: string[] = [];
  let tree: Tree | undefined;
  let logsDir: string | undefined;
  try {
    tree = await Tree.build({ dir, catalogPath, topLanguages: options.topLanguages, midLanguages: options.midLanguages, leaves: options.leaves, idleTimeoutMs: options.idleTimeoutMs, runTimeoutMs: options.idleTimeoutMs === undefined ? undefined : Math.floor(options.maxRunMs / 2) }, rng.fork());
    const world: World = {
      tree,
      rng: rng.fork(),
      tally,
      checker: new Checker(tree, tally, { maxRunMs: options.maxRunMs, skip: new Set(options.skipChecks ?? []) }),
      catalog,
      catalogPath,
      est: new Estimates(),
      // A stalled call ends after the idle timeout; a run makes a few calls and the pull may hold two rules.
      options: { idleTimeoutMs: options.idleTimeoutMs, maxRunMs: options.maxRunMs, stallBoundMs: 4 * (options.idleTimeoutMs ?? 5000) + 20_000 },
      backups: new Map(),
      dir,
      problems: [],
      log,
      verbose: !!options.verbose,
    };
    // First sync: complete runs down the tree, which also give the first estimates of a run's size.
    for (const child of tree.children) {
      for (const mode of ['complete', 'differential'] as const) {
        const outcome = await pull(world, child, { rules: ['catalog', 'policies'], mode, verifyPercent: mode === 'complete' ? 100 : 0 });
        if (!outcome.runs?.every((r) => r.status === 'ok')) throw new Error(`the first sync of ${child.name} failed: ${JSON.stringify(outcome).slice(0, 500)}`);
      }
    }
    const checkStarted = Date.now();
    const initial = await world.checker.all();
    if (initial.length) throw new Error(`the tree did not converge before any fault:\n  ${initial.join('\n  ')}`);
    log(`tree ready: top ${tree.top.proc!.url}, ${catalog.counts.bulletins} bulletins / ${catalog.counts.updates} updates; one check takes ${Date.now() - checkStarted} ms`);

    let round = 0;
    for (const step of steps) {
      if (step.kind === 'backup') {
        const copy = await backup(world, tree.byName(step.target!));
        log(`  backup of ${step.target} (${copy.split('/').pop()})`);
        continue;
      }
      round++;
      const times = [Date.now()];
      world.problems = [];
      let result: FaultResult | undefined;
      try {
        result = await FAULTS[step.kind](world, step);
      } catch (err) {
        world.problems.push(`${step.kind}: the fault itself failed: ${(err as Error).stack}`);
      }
      const found = [...world.problems];
      try {
        times.push(Date.now());
        found.push(...(await settle(world, step.kind, result)));
        times.push(Date.now());
        found.push(...(await world.checker.all()));
      } catch (err) {
        found.push(`checks could not run: ${(err as Error).stack}`);
      }
      times.push(Date.now());
      const seconds = times.slice(1).map((t, i) => ((t - times[i]) / 1000).toFixed(1));
      log(`round ${round}/${faults} ${step.kind}: ${result?.detail ?? '(failed)'} [fault ${seconds[0]} s, clean run ${seconds[1] ?? '-'} s, checks ${seconds[2] ?? '-'} s]${found.length ? ` -> ${found.length} PROBLEMS` : ''}`);
      for (const p of found) log(`    PROBLEM ${p}`);
      problems.push(...found.map((p) => `round ${round} (${step.kind}): ${p}`));
      if (found.length && !options.keepGoing) break;
    }
  } catch (err) {
    problems.push(`campaign aborted: ${(err as Error).stack}`);
  } finally {
    if (tree) {
      await tree.close();
      if (problems.length) logsDir = await saveLogs(tree, options.seed);
    }
    if (options.keepDirs) log(`data directories kept in ${dir}`);
    else await cleanup();
  }
  log(tally.format());
  if (problems.length) log(`${problems.length} problems; FAULT_SEED=${options.seed} (with the same FAULT_* settings) replays this campaign${logsDir ? `; node logs in ${logsDir}` : ''}`);
  return { seed: options.seed, problems, tally, logsDir };
}

/**
 * One clean run down the tree (parents first): catalog and policies at 100%
 * verification. Each must succeed with equal digests; after a fault that
 * cannot have damaged data (kills, cuts, stalls, loops, rule changes) it
 * must not have had anything to repair either. After damage or a restore
 * the first run may repair; a second one follows and must find nothing.
 */
async function settle(w: World, kind: FaultKind, result?: FaultResult): Promise<string[]> {
  const problems: string[] = [];
  // The fault is over: a connection that took a cut or stall but did not reach its offset would still carry
  // it (kept alive in the child's agent) into the clean run, so every open connection goes.
  for (const link of w.tree.links) {
    link.set({ kind: 'pass' });
    link.resetAll();
  }
  await sleep(50); // lets the children's agents drop the reset sockets before the next request
  for (const node of w.tree.nodes) {
    if (!w.tree.alive(node)) {
      problems.push(`${node.name} was not running after the fault (it died): ${w.tree.logsOf(node).slice(-1500)}`);
      await w.tree.start(node);
    }
  }
  const passes = result?.mayRepair ? 2 : 1;
  for (let pass = 1; pass <= passes; pass++) {
    const judge = (child: TreeNode) => cleanRun(w, child, { pass, kind, mayRepair: !!result?.mayRepair && pass === 1 }, problems);
    await judge(w.tree.mid); // parents first; the leaves, siblings, at the same time
    await Promise.all(w.tree.leaves.map(judge));
  }
  return problems;
}

async function cleanRun(w: World, child: TreeNode, how: { pass: number; kind: FaultKind; mayRepair: boolean }, problems: string[]): Promise<void> {
  const outcome = await pull(w, child, { rules: ['catalog', 'policies'], verifyPercent: 100 });
  if (!outcome.runs) {
    problems.push(`clean run of ${child.name}: no answer: ${outcome.error}`);
    if (outcome.timedOut) child.link?.resetAll();
    return;
  }
  w.tally.cleanRuns += outcome.runs.length;
  if (w.verbose) w.log(`    clean run ${how.pass} of ${child.name}: ${outcome.runs.map((r) => `${r.rule} ${r.status} ${r.mode}${r.reason ? ` (${r.reason})` : ''} received ${r.received ?? 0}, verification ${JSON.stringify(r.verification)}`).join('; ')}`);
  for (const run of outcome.runs) {
    const what = `clean run ${how.pass} of ${child.name} (${[run.rule, run.mode, run.reason].filter(Boolean).join(', ')})`;
    if (run.status !== 'ok') {
      problems.push(`${what} failed: ${run.error?.code} ${run.error?.message}`);
      continue;
    }
    const v = run.verification;
    if (!v?.digestEqual) {
      problems.push(`${what}: digests differ after the run (${JSON.stringify(v)})`);
    } else if (v.mismatched || v.repaired || v.fellBackToComplete) {
      if (how.mayRepair || !w.checker.on('repairs')) w.tally.repaired(how.kind);
      else problems.push(`${what} reported mismatched ${v.mismatched}, repaired ${v.repaired}, fell back to complete ${v.fellBackToComplete}: ${how.pass === 1 ? `nothing should need repair after a ${how.kind}` : 'a second run after a repair must find nothing'}`);
    }
  }
}

/** Writes every node's output to a folder that outlives the campaign, for the failure report. */
async function saveLogs(tree: Tree, seed: number): Promise<string> {
  const dir = join(tmpdir(), `patchtree-fault-logs-${seed}-${Date.now()}`);
  await mkdir(dir, { recursive: true });
  for (const node of tree.nodes) await writeFile(join(dir, `${node.name}.log`), tree.logsOf(node));
  return dir;
}

/** Campaign settings from FAULT_* environment variables over `defaults` (what the test files use). */
export function fromEnv(defaults: CampaignOptions & { rounds?: number }, env: NodeJS.ProcessEnv = process.env): CampaignOptions & { replay: string } {
  const seed = env.FAULT_SEED ? Number(env.FAULT_SEED) : defaults.seed;
  const kinds = env.FAULT_KINDS ? (env.FAULT_KINDS.split(',').map((k) => k.trim()) as FaultKind[]) : undefined;
  for (const k of kinds ?? []) if (!FAULT_KINDS.includes(k)) throw new Error(`FAULT_KINDS: unknown kind ${k} (kinds: ${FAULT_KINDS.join(', ')})`);
  let plan = defaults.plan;
  if (env.FAULT_ROUNDS) plan = scalePlan(Number(env.FAULT_ROUNDS), kinds);
  else if (kinds) plan = Object.fromEntries(Object.entries(plan).filter(([k]) => kinds.includes(k as FaultKind)));
  // Today's main refuses the unknown config key syncIdleTimeoutMs: FAULT_NO_IDLE_TIMEOUT=1 leaves it out.
  const idleTimeoutMs = env.FAULT_NO_IDLE_TIMEOUT === '1' ? undefined : env.FAULT_IDLE_TIMEOUT_MS ? Number(env.FAULT_IDLE_TIMEOUT_MS) : defaults.idleTimeoutMs;
  const skipChecks = env.FAULT_SKIP_CHECKS ? (env.FAULT_SKIP_CHECKS.split(',').map((c) => c.trim()) as OptionalCheck[]) : defaults.skipChecks;
  for (const c of skipChecks ?? []) if (!OPTIONAL_CHECKS.includes(c)) throw new Error(`FAULT_SKIP_CHECKS: unknown check ${c} (checks: ${OPTIONAL_CHECKS.join(', ')})`);
  const replay = ['FAULT_SEED', 'FAULT_ROUNDS', 'FAULT_KINDS', 'FAULT_NO_IDLE_TIMEOUT', 'FAULT_IDLE_TIMEOUT_MS', 'FAULT_BULLETINS', 'FAULT_SKIP_CHECKS', 'FAULT_NO_LANGUAGE_MOVES']
    .map((k) => (k === 'FAULT_SEED' ? `FAULT_SEED=${seed}` : env[k] ? `${k}=${env[k]}` : ''))
    .filter(Boolean)
    .join(' ');
  return {
    ...defaults,
    seed,
    plan,
    idleTimeoutMs,
    bulletins: env.FAULT_BULLETINS ? Number(env.FAULT_BULLETINS) : defaults.bulletins,
    skipChecks,
    moveLanguages: env.FAULT_NO_LANGUAGE_MOVES === '1' ? false : defaults.moveLanguages,
    keepGoing: env.FAULT_KEEP_GOING === '1' || defaults.keepGoing,
    keepDirs: env.FAULT_KEEP === '1' || defaults.keepDirs,
    verbose: env.FAULT_VERBOSE === '1' || defaults.verbose,
    replay,
  };
}
