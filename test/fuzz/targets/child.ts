import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { adminCall, fuzzNode, registerChild, setupParent, type FixtureServer } from '../engine/fixtures.js';
import { failure, STABLE_CODE, type Verdict } from '../engine/oracle.js';
import type { Rng } from '../engine/rng.js';
import { storeState, type FuzzInput, type FuzzTarget, type StoreState } from '../engine/runner.js';
import { judgeRuns, settle } from './admin.js';
import { startFakeParent } from './fake-parent.js';
import { PARENT_MESSAGE_GENERATORS, type ParentAnswer, type ParentCall } from './parent-to-child.js';
import { messageType } from '../engine/protobuf.js';

/**
 * Every message a parent sends a child, made hostile, against a real child
 * process whose parent is the suite's fake parent (fake-parent.ts) in front
 * of a real parent process (a catalog, a staged bulletin, a policy). The
 * child holds the real parent's data before the first input, and that data
 * never changes: so after every input, whatever the child made of it, it
 * must hold exactly that data still (digest, count and last sequence as
 * before). A run that meets a hostile answer fails with a stable code; a
 * language report's answer is judged by what the child logged. An answer
 * that changes the rules the child runs (a parent may) is followed by a
 * clean report and a clean run, after which the child's data must be the
 * real parent's again.
 */

interface ChildInput extends FuzzInput {
  call: ParentCall;
  generator: string;
  pull?: { rules: string[]; mode: 'complete' | 'differential'; verifyPercent: number };
}

export interface ChildTarget extends FuzzTarget<ChildInput> {
  close(): Promise<void>;
}

const LANGUAGES = ['en-US'];
const same = (a: StoreState, b: StoreState) => a.digest === b.digest && a.count === b.count && a.lastSeq === b.lastSeq;
const show = (s: StoreState) => `digest ${s.digest.slice(0, 12)}… (${s.count} records), last sequence ${s.lastSeq}`;

/** A verify answer with one hash changed: the child finds a mismatch and asks fetch for that record. */
function oneHashWrong(answer: ParentAnswer): ParentAnswer {
  const type = messageType('VerifyResponse');
  try {
    const m = type.decode(answer.body) as unknown as { hashes: Array<{ key: string; hash: string }> };
    if (!m.hashes?.length) return answer;
    m.hashes[0].hash = m.hashes[0].hash.replace(/^./, (c) => (c === '0' ? '1' : '0'));
    return { ...answer, body: Buffer.from(type.encode(m as never).finish()) };
  } catch {
    return answer;
  }
}

export async function parentToChildTarget(dir: string, server: FixtureServer): Promise<ChildTarget> {
  const { node: parent } = await setupParent(join(dir, 'p2c-parent'), server, { nodeId: 'fuzz-p2c-parent' });
  const registered = await registerChild(parent, 'fz-leaf');
  const fake = await startFakeParent(parent.url);
  const childDir = join(dir, 'p2c-child');
  const child = await fuzzNode(childDir, { nodeId: 'fz-leaf', sample: false, languages: LANGUAGES, pollSeconds: 3600, syncIdleTimeoutMs: 2000, syncRunTimeoutMs: 20_000, parent: { url: fake.url, childId: 'fz-leaf', ...registered } });
  await settle(child);
  const cleanPull = async () => {
    const pulled = await adminCall(child, 'POST', '/replication/pull', { mode: 'complete', verifyPercent: 100 });
    const bad = (pulled.body.runs as Array<{ status: string }>).filter((r) => r.status !== 'ok');
    if (bad.length) throw new Error(`a clean pull through the fake parent failed: ${JSON.stringify(pulled.body.runs)}`);
  };
  await cleanPull();
  const golden = await storeState(child);
  if (golden.count === 0) throw new Error('the child holds nothing after its first pull');
  const contentRoot = join(childDir, 'content', 'sha256');
  const contentFiles = () => readdirSync(contentRoot).flatMap((d) => readdirSync(join(contentRoot, d)).map((f) => join(contentRoot, d, f)));
  if (!contentFiles().length) throw new Error('the child holds no content file after its first pull');
  let logOffset = child.logs().length;

  /** Lines the child logged since the last call. */
  const freshLines = () => {
    const text = child.logs();
    const lines = text.slice(logOffset).split('\n').filter(Boolean);
    logOffset = text.length;
    return lines;
  };

  /** A clean language report (the rules back as the real parent has them) and everything it started ended. */
  const cleanHello = async () => {
    const served = fake.served('hello', 8000);
    await adminCall(child, 'PUT', '/languages', { languages: LANGUAGES });
    await served;
    await settle(child);
  };

  return {
    name: 'parent-to-child',
    watched: () => [child, parent],
    deadlineMs: 45_000,
    generate(rng) {
      const call = rng.weighted<ParentCall>([[40, 'session'], [12, 'verify'], [8, 'fetch'], [10, 'content'], [8, 'content-file'], [14, 'hello'], [4, 'runs']]);
      const generator = rng.pick(PARENT_MESSAGE_GENERATORS.filter((g) => g.calls.includes(call))).name;
      const record = rng.chance(0.5) ? 'catalog' : 'policies';
      const pull: ChildInput['pull'] =
        call === 'hello' ? undefined
          : call === 'content' || call === 'content-file' ? { rules: ['content'], mode: 'complete', verifyPercent: 0 }
            : call === 'session' ? { rules: [record], mode: rng.chance(0.7) ? 'complete' : 'differential', verifyPercent: rng.chance(0.5) ? 100 : 0 }
              : call === 'runs' ? { rules: [record], mode: 'differential', verifyPercent: 0 }
                : { rules: [record], mode: 'differential', verifyPercent: 100 };
      return { row: 'parent-to-child', label: `${call}`, call, generator, pull, show: () => `${call} answer by ${generator}${pull ? `, during a pull ${JSON.stringify(pull)}` : ', to a language report'}` };
    },
    async run(input, rng) {
      const generator = PARENT_MESSAGE_GENERATORS.find((g) => g.name === input.generator)!;
      freshLines();
      fake.arm({ call: input.call, occurrence: 1, generator, rng: rng.fork('answer'), before: input.call === 'fetch' ? { call: 'verify', change: oneHashWrong } : undefined });
      if (input.call === 'content-file') for (const file of contentFiles()) rmSync(file); // the child lacks them: it downloads
      let verdict: Verdict;
      if (input.pull) {
        const runsServed = input.call === 'runs' ? fake.served('runs', 10_000) : undefined;
        const res = await adminCall(child, 'POST', '/replication/pull', input.pull);
        verdict = res.status === 200 ? judgeRuns(Buffer.from(JSON.stringify(res.body)), { kind: 'accepted', status: 200 }) : failure(`the child's pull answered ${res.status}: ${JSON.stringify(res.body).slice(0, 300)}`);
        if (runsServed) await runsServed;
        if (verdict.kind === 'accepted' && verdict.note && verdict.note !== input.pull.rules.map(() => 'ok').join(',')) {
          const failed = (res.body.runs as Array<{ status: string; error?: { code: string } }>).find((r) => r.status !== 'ok');
          verdict = { kind: 'refused', status: 200, code: failed?.error?.code ?? 'UNKNOWN' };
        }
      } else {
        const served = fake.served('hello', 8000);
        await adminCall(child, 'PUT', '/languages', { languages: LANGUAGES });
        await served;
        await settle(child);
        verdict = helloVerdict(freshLines());
      }
      const label = fake.disarm();
      input.label = `${input.call}:${label ?? 'not delivered (the call did not come)'}`;
      if (verdict.kind === 'failure') return verdict;
      // What the child holds: the real parent's data, whatever it was sent.
      let now = await storeState(child);
      if (input.call === 'hello' || !same(now, golden)) {
        const before = now;
        if (input.call === 'hello') {
          await cleanHello();
          await cleanPull().catch((err) => { throw new Error(`after the input: ${(err as Error).message}`); });
          now = await storeState(child);
          if (!same(now, golden)) return failure(`after a hostile language report answer, a clean report and a clean run, the child's data is not the parent's: ${show(golden)} -> ${show(now)} (right after the input: ${show(before)})`);
        } else {
          return failure(`${verdict.kind === 'refused' ? `the run failed (${verdict.code}) but` : 'the run succeeded and'} the child's data changed: ${show(golden)} -> ${show(now)}`);
        }
      }
      if (input.call === 'content' || input.call === 'content-file') {
        // The files back, for the next input that needs them.
        fake.disarm();
        const restored = await adminCall(child, 'POST', '/replication/pull', { rules: ['content'], mode: 'complete' });
        if (restored.body.runs?.[0]?.status !== 'ok') return failure(`after the input, a clean content run failed: ${JSON.stringify(restored.body.runs).slice(0, 300)}`);
      }
      return verdict;
    },
    async close() {
      await child.kill('SIGKILL');
      await parent.kill('SIGKILL');
      await fake.close();
    },
  };
}

/** What the child made of a language report's answer, from its log: refused (with the code it logged) or taken. */
function helloVerdict(lines: string[]): Verdict {
  for (const line of lines) {
    let entry: { level?: number; msg?: string; code?: string };
    try {
      entry = JSON.parse(line);
    } catch {
      continue;
    }
    if (entry.msg === 'language report refused by the parent' || entry.msg === 'language report failed') {
      const code = entry.code ?? '(report failed)';
      if (code !== '(report failed)' && (!STABLE_CODE.test(code) || code === 'INTERNAL')) return failure(`the child logged a refused report with code ${JSON.stringify(code)}`);
      return { kind: 'refused', status: 200, code };
    }
    if (entry.msg === 'the parent sent a rule this node cannot run; it is left out') return { kind: 'refused', status: 200, code: '(rule left out)' };
  }
  return { kind: 'accepted', status: 200 };
}
