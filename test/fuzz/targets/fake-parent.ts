import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Rng } from '../engine/rng.js';
import type { HostileAnswer, ParentAnswer, ParentCall, ParentMessageGenerator } from './parent-to-child.js';

/**
 * The suite's own parent, as a child sees it: a 127.0.0.1 HTTP server that
 * passes every call of the child to a real parent process and its real
 * answer back, except the one answer a plan names, which it hands to a
 * generator first (see parent-to-child.ts) and sends as the generator made
 * it: other bytes, another status, cut, stalled or announced longer.
 */

export interface Plan {
  call: ParentCall;
  /** Which answer of that call since the plan was armed (1 = the first). */
  occurrence: number;
  generator: ParentMessageGenerator;
  rng: Rng;
  /** Called with what was done once the answer was sent (or cut). */
  done?: (label: string) => void;
  /** An answer of another call to change first, on the way (verify hashes changed so that the child asks fetch). */
  before?: { call: ParentCall; change: (answer: ParentAnswer) => ParentAnswer };
}

export interface FakeParent {
  url: string;
  arm(plan: Plan): void;
  /** The armed plan's label once its answer went out; undefined if the call never came. */
  disarm(): string | undefined;
  /** Resolves when an answer to `call` has been sent after now (or after `ms`, with false). */
  served(call: ParentCall, ms: number): Promise<boolean>;
  /** Answers sent per call, since the start. */
  counts: Record<string, number>;
  close(): Promise<void>;
}

export function callOf(method: string, path: string): ParentCall | undefined {
  if (/^\/content\/[^/]+\/[^/]+$/.test(path) && (method === 'GET' || method === 'HEAD')) return 'content-file';
  const m = /^\/sync\/v1\/(hello|session|verify|fetch|runs|content)$/.exec(path);
  return m ? (m[1] as ParentCall) : undefined;
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'host', 'date']);

export async function startFakeParent(realUrl: string): Promise<FakeParent> {
  let plan: Plan | undefined;
  let seen = 0;
  let label: string | undefined;
  let beforeDone = false;
  const waiters: Array<{ call: ParentCall; resolve: (ok: boolean) => void }> = [];
  const counts: Record<string, number> = {};

  const answered = (call: ParentCall) => {
    counts[call] = (counts[call] ?? 0) + 1;
    for (const w of waiters.filter((x) => x.call === call)) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(true);
    }
  };

  async function forward(req: IncomingMessage, body: Buffer): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (!HOP_BY_HOP.has(k) && typeof v === 'string') headers[k] = v;
    const res = await fetch(`${realUrl}${req.url}`, { method: req.method, headers, body: req.method === 'GET' || req.method === 'HEAD' ? undefined : (body as Uint8Array<ArrayBuffer>), redirect: 'manual' });
    const out: Record<string, string> = {};
    res.headers.forEach((v, k) => { if (!HOP_BY_HOP.has(k)) out[k] = v; });
    return { status: res.status, headers: out, body: Buffer.from(await res.arrayBuffer()) };
  }

  async function send(res: ServerResponse, answer: HostileAnswer): Promise<void> {
    const d = answer.delivery ?? {};
    const body = d.cutAfterBytes !== undefined ? answer.body.subarray(0, d.cutAfterBytes) : answer.body;
    res.writeHead(answer.status, { ...answer.headers, 'content-length': String(d.declaredLength ?? (d.cutAfterBytes !== undefined ? answer.body.length : body.length)) });
    if (d.stallMs !== undefined) {
      const at = d.stallAfterBytes ?? 0;
      res.write(body.subarray(0, at));
      await new Promise((ok) => setTimeout(ok, d.stallMs));
      if (!res.destroyed) res.end(body.subarray(at));
      return;
    }
    if (d.cutAfterBytes !== undefined || d.declaredLength !== undefined) {
      // Fewer bytes than announced, then the connection goes.
      res.write(body, () => res.destroy());
      return;
    }
    res.end(body);
  }

  const server: Server = createServer(async (req, res) => {
    res.on('error', () => undefined);
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const call = callOf(req.method ?? 'GET', path);
    let real;
    try {
      real = await forward(req, Buffer.concat(chunks));
    } catch (err) {
      res.writeHead(502).end(String(err));
      return;
    }
    let answer: HostileAnswer = { call: call ?? 'content-file', ...real };
    if (call && plan?.before && !beforeDone && plan.before.call === call) {
      answer = plan.before.change(answer);
      beforeDone = true;
    } else if (call && plan && plan.call === call && label === undefined && ++seen === plan.occurrence) {
      // The plan may be disarmed while its answer is still under way (a stall outlives the input).
      const active = plan;
      const made = active.generator.mutate(answer, active.rng);
      const done = made ? `${active.generator.name}:${made.label}` : 'unchanged';
      label = done;
      if (made) answer = made.answer;
      try {
        await send(res, answer);
      } finally {
        active.done?.(done);
        answered(call);
      }
      return;
    }
    await send(res, answer);
    if (call) answered(call);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    counts,
    arm(p) {
      plan = p;
      seen = 0;
      label = undefined;
      beforeDone = false;
    },
    disarm() {
      const made = label;
      plan = undefined;
      label = undefined;
      return made;
    },
    served(call, ms) {
      return new Promise((resolve) => {
        const w = { call, resolve };
        waiters.push(w);
        setTimeout(() => {
          const i = waiters.indexOf(w);
          if (i >= 0) waiters.splice(i, 1);
          resolve(false);
        }, ms);
      });
    },
    close: () => new Promise<void>((ok) => { server.closeAllConnections(); server.close(() => ok()); }),
  };
}
