import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProcessNode } from '../../helpers/process-node.js';
import { adminCall, type FuzzNode } from './fixtures.js';
import { HangError } from './http.js';
import { failure, type Verdict } from './oracle.js';
import { Rng } from './rng.js';
import type { Tally } from './tally.js';

/** The store a node holds, as GET /api/v1/status shows it: what a refused input must leave as it was. */
export interface StoreState {
  digest: string;
  count: number;
  lastSeq: number;
}

export async function storeState(node: FuzzNode): Promise<StoreState> {
  const res = await adminCall(node, 'GET', '/status');
  if (res.status !== 200) throw new Error(`GET /status answered ${res.status}`);
  return { digest: res.body.digest.digest, count: res.body.digest.count, lastSeq: res.body.lastSeq };
}

const sameState = (a: StoreState, b: StoreState) => a.digest === b.digest && a.lastSeq === b.lastSeq && a.count === b.count;
const showState = (s: StoreState) => `digest ${s.digest.slice(0, 12)}… (${s.count} records), last sequence ${s.lastSeq}`;

/** One generated input: which row of the tally it counts in, a label of what was done, and what to print to replay it. */
export interface FuzzInput {
  row: string;
  label: string;
  /** The input as a failure report prints it (bodies as base64, cut). */
  show(): string;
}

export interface FuzzTarget<I extends FuzzInput> {
  /** The name FUZZ_TARGETS selects it by. */
  name: string;
  /** Node processes whose life and log the checks watch. */
  watched(): ProcessNode[];
  generate(rng: Rng, index: number): I;
  run(input: I, rng: Rng): Promise<Verdict>;
  /** The store a refused input must not change (absent: the target checks state itself). */
  state?(): Promise<StoreState>;
  /** True when no input of this target may change the store, accepted or not (the sync API only reads records). */
  readOnly?: boolean;
  /** Per-input deadline (a hang is a failure); 10 s unless set. */
  deadlineMs?: number;
  /** After an accepted input: puts back what later inputs rely on (then the state is read again). */
  afterAccepted?(input: I): Promise<void>;
}

export interface RunOptions {
  seed: string;
  count: number;
  tally: Tally;
  /** Only these indices (replay), or all below `upto`. */
  only?: number[];
  upto?: number;
}

/** Hangs in a row after which a target stops (its node no longer answers in time). */
const MAX_HANGS_IN_A_ROW = 5;

/** Where failing inputs are written in full (the report prints them cut). */
export const FAILURES_DIR = join(tmpdir(), 'patchtree-fuzz-failures');

/** Log lines of `node` since the last call, with the line's level. */
function logReader(node: ProcessNode) {
  let offset = node.logs().length;
  return () => {
    const text = node.logs();
    const fresh = text.slice(offset);
    const end = fresh.lastIndexOf('\n');
    if (end < 0) return [];
    offset += end + 1;
    return fresh.slice(0, end).split('\n').filter(Boolean);
  };
}

/** The lines that are a failure whatever the input: an unhandled rejection or uncaught exception the node survived and logged. */
export function unhandledLines(lines: string[]): string[] {
  return lines.filter((line) => {
    if (!/unhandled|uncaught/i.test(line)) return false;
    try {
      return (JSON.parse(line).level ?? 0) >= 50;
    } catch {
      return /unhandled|uncaught/i.test(line); // Node's own crash output is not JSON
    }
  });
}

/**
 * Runs `count` inputs of a target, each from its own seeded generator, and
 * after each one checks: the watched processes are alive, none logged an
 * unhandled error, the answer is acceptable (see oracle.ts), and a refused
 * input (any input, for a read-only target) left the store as it was.
 */
export async function runTarget<I extends FuzzInput>(target: FuzzTarget<I>, options: RunOptions): Promise<void> {
  const { seed, tally } = options;
  const readers = new Map(target.watched().map((n) => [n, logReader(n)]));
  let baseline = target.state ? await target.state() : undefined;
  const indices = options.only ?? Array.from({ length: Math.min(options.count, options.upto !== undefined ? options.upto + 1 : Infinity) }, (_, i) => i);
  let abandoned: Promise<unknown> | undefined;
  let hangsInARow = 0;
  for (const index of indices) {
    // An input that passed its deadline may still be under way: let it end (bounded) before the next one starts.
    if (abandoned) await Promise.race([abandoned.catch(() => undefined), new Promise((ok) => setTimeout(ok, target.deadlineMs ?? 10_000))]);
    abandoned = undefined;
    const rng = Rng.for(seed, target.name, index);
    const input = target.generate(rng, index);
    const reasons: string[] = [];
    let verdict: Verdict;
    const deadline = target.deadlineMs ?? 10_000;
    let timer: NodeJS.Timeout | undefined;
    const running = target.run(input, rng.fork('run'));
    try {
      verdict = await Promise.race([
        running,
        new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new HangError(deadline, input.label)), deadline); }),
      ]);
    } catch (err) {
      if (err instanceof HangError) abandoned = running;
      const cause = (err as { cause?: { message?: string; code?: string } }).cause;
      verdict = failure(err instanceof HangError ? `hang: ${err.message}` : `no answer: ${(err as Error).message}${cause ? ` (${cause.code ?? ''} ${cause.message ?? ''})` : ''}`);
    } finally {
      clearTimeout(timer);
    }
    if (verdict.kind === 'failure') reasons.push(verdict.reason);
    // A call that lost its connection may have lost it to a node dying: give its exit a moment to be seen.
    if (verdict.kind === 'failure' && /^no answer/.test(verdict.reason)) {
      await Promise.all(target.watched().filter((n) => n.process.exitCode === null && n.process.signalCode === null).map((n) => new Promise((ok) => {
        const timer = setTimeout(ok, 1000);
        n.process.once('exit', () => { clearTimeout(timer); ok(undefined); });
      })));
    }
    let dead = false;
    const logged: string[] = [];
    for (const [node, read] of readers) {
      const lines = read();
      logged.push(...lines.map((l) => `${node.url} ${l}`));
      for (const line of unhandledLines(lines)) reasons.push(`the node logged: ${line.slice(0, 400)}`);
      if (node.process.exitCode !== null || node.process.signalCode !== null) {
        dead = true;
        reasons.push(`node ${node.url} died (exit ${node.process.exitCode}, signal ${node.process.signalCode}); last output: ${node.logs().slice(-1500)}`);
      }
    }
    if (!dead && baseline && target.state) {
      try {
        if (verdict.kind !== 'accepted' || target.readOnly) {
          const now = await target.state();
          if (!sameState(baseline, now)) {
            reasons.push(`${verdict.kind === 'refused' ? `refused (${verdict.code}) but` : 'an input of a read-only target'} changed the store: ${showState(baseline)} -> ${showState(now)}`);
            baseline = now;
          }
        } else {
          await target.afterAccepted?.(input);
          baseline = await target.state();
        }
      } catch (err) {
        reasons.push(`could not read the store state after the input: ${(err as Error).message}`);
      }
    }
    // What the nodes logged as errors during a failed input says where to look.
    const errors = logged.filter((l) => /"level":(5\d|60)/.test(l));
    if (reasons.length && errors.length) reasons.push(`logged: ${errors.slice(0, 3).map((l) => l.slice(0, 300)).join(' / ')}`);
    const final: Verdict = reasons.length ? failure(reasons.join('; ')) : verdict;
    tally.add(input.row, final);
    if (/not delivered/.test(input.label)) tally.undelivered.set(input.row, (tally.undelivered.get(input.row) ?? 0) + 1);
    if (final.kind === 'failure') {
      const shown = input.show();
      tally.fail({ row: input.row, target: target.name, seed, index, label: input.label, reason: final.reason.slice(0, 3000), input: shown.length > 2000 ? `${shown.slice(0, 2000)}… (${shown.length} characters; whole in ${FAILURES_DIR})` : shown });
      mkdirSync(FAILURES_DIR, { recursive: true });
      writeFileSync(join(FAILURES_DIR, `${seed}-${target.name}-${index}.txt`), `${final.reason}\n\n${shown}\n\nlogged during the input:\n${logged.join('\n')}\n`);
    }
    if (dead) {
      tally.notes.push(`${target.name}: stopped after input #${index}: a watched node died`);
      return;
    }
    // A node that no longer answers in time makes every later input a hang too: reported, and the target ends.
    hangsInARow = /\bhang: /.test(final.kind === 'failure' ? final.reason : '') ? hangsInARow + 1 : 0;
    if (hangsInARow >= MAX_HANGS_IN_A_ROW) {
      tally.notes.push(`${target.name}: stopped after input #${index}: ${hangsInARow} hangs in a row (the node no longer answers in time)`);
      return;
    }
  }
}
