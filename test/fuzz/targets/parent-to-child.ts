import { SyncError } from '../../../protocol/index.js';
import { havoc } from '../engine/bytes.js';
import { NASTY_STRINGS, nastyString } from '../engine/nasty.js';
import { messageType, mutateMessage, varint } from '../engine/protobuf.js';
import type { Rng } from '../engine/rng.js';

/**
 * Messages a parent sends a child, made hostile: the pluggable part of the
 * parent-to-child target. The suite's fake parent (fake-parent.ts) proxies
 * a real parent process and hands each real answer, before it goes to the
 * child, to the generator the input chose; what the generator returns is
 * what the child gets.
 *
 * A generator of another origin plugs in by implementing
 * ParentMessageGenerator and being added to PARENT_MESSAGE_GENERATORS (for
 * instance one over test/helpers/hostile-parent.ts: its `mutate` can ignore
 * the real answer and return the message it makes for the call, with the
 * status and headers the real answer had). Each input picks a generator
 * among those that name the call, so a new one shares the inputs.
 */

/** The calls a child makes to its parent, by the answer it waits for. */
export const PARENT_CALLS = ['hello', 'session', 'verify', 'fetch', 'runs', 'content', 'content-file'] as const;
export type ParentCall = (typeof PARENT_CALLS)[number];

/** The message type of each call's answer (the content file is bytes; runs answers 204). */
export const ANSWER_TYPE: Partial<Record<ParentCall, string>> = { hello: 'LanguageAck', verify: 'VerifyResponse', fetch: 'FetchResponse', content: 'ContentListResponse' };

/** One answer of a parent to one call of the child, as the fake parent is about to send it. */
export interface ParentAnswer {
  call: ParentCall;
  status: number;
  /** Response headers, lower case. */
  headers: Record<string, string>;
  body: Buffer;
}

/** How the answer travels: cut after some bytes, stalled, or announced longer than it is. */
export interface Delivery {
  cutAfterBytes?: number;
  /** Stops sending for this long after `stallAfterBytes` bytes (a parent gone quiet). */
  stallMs?: number;
  stallAfterBytes?: number;
  /** A content-length other than the body's. */
  declaredLength?: number;
}

export interface HostileAnswer extends ParentAnswer {
  delivery?: Delivery;
}

export interface ParentMessageGenerator {
  name: string;
  /** The calls whose answers it makes hostile. */
  calls: readonly ParentCall[];
  /** A hostile version of `answer`, with a label that says what was done; undefined when it has nothing for this one. */
  mutate(answer: ParentAnswer, rng: Rng): { answer: HostileAnswer; label: string } | undefined;
}

// --- the built-in generator: mutations of the real answers ------------------------

/** A session body split into its length-delimited frames (undefined when it does not split cleanly). */
export function splitFrames(body: Buffer): Buffer[] | undefined {
  const frames: Buffer[] = [];
  let pos = 0;
  while (pos < body.length) {
    let len = 0;
    let shift = 0;
    let i = pos;
    for (; i < body.length && shift < 35; i++, shift += 7) {
      len += (body[i] & 0x7f) * 2 ** shift;
      if (!(body[i] & 0x80)) break;
    }
    if (i >= body.length) return undefined;
    const start = i + 1;
    if (start + len > body.length) return undefined;
    frames.push(body.subarray(start, start + len));
    pos = start + len;
  }
  return frames;
}

export const joinFrames = (frames: Buffer[]) => Buffer.concat(frames.flatMap((f) => [varint(f.length), f]));

/** A SyncError body with a code and message a parent should not send (never INTERNAL: that code is the child's own failure). */
function errorBody(rng: Rng): Buffer {
  const code = rng.pick(['REPL_LOOP', 'AUTH_INVALID_CREDENTIAL', 'PROTO_VERSION', 'REPL_BUSY', 'SIG_INVALID', '', 'lower_case', 'A', nastyString(rng).slice(0, 300), 'X'.repeat(100_000), '__proto__']);
  const message = rng.chance(0.8) ? nastyString(rng) : 'm'.repeat(1 << 20);
  return Buffer.from(SyncError.encode({ code, message }).finish());
}

function statusMutation(answer: ParentAnswer, rng: Rng): { answer: HostileAnswer; label: string } {
  const status = rng.pick([200, 204, 206, 301, 302, 304, 400, 401, 403, 404, 409, 413, 426, 429, 500, 502, 503]);
  const headers: Record<string, string> = { 'content-type': rng.chance(0.8) ? 'application/x-protobuf' : rng.pick(['text/html', 'application/json', '']) };
  let body: Buffer;
  if (status >= 300 && status < 400) {
    headers.location = rng.pick(['http://127.0.0.1:1/', '/sync/v1/hello', '/api/v1/status', 'file:///etc/passwd', 'http://169.254.169.254/']);
    body = Buffer.alloc(0);
  } else if (status >= 400) {
    body = rng.chance(0.7) ? errorBody(rng) : rng.bytes(rng.size(512));
    headers['x-patchtree-error'] = rng.pick(['REPL_LOOP', 'AUTH_INVALID_CREDENTIAL', '', 'lower', nastyString(rng).replace(/[^\x20-\x7e]/g, '').slice(0, 200)]);
  } else {
    body = rng.chance(0.5) ? Buffer.alloc(0) : rng.chance(0.5) ? errorBody(rng) : rng.bytes(rng.size(1024));
  }
  return { answer: { ...answer, status, headers, body }, label: `status-${status}` };
}

function deliveryMutation(answer: ParentAnswer, rng: Rng): { answer: HostileAnswer; label: string } {
  const kind = rng.weighted([[4, 'cut'], [3, 'declared'], [1, 'stall']] as const);
  const at = rng.int(answer.body.length + 1);
  if (kind === 'cut') return { answer: { ...answer, delivery: { cutAfterBytes: at } }, label: `cut@${at}` };
  if (kind === 'declared') return { answer: { ...answer, delivery: { declaredLength: answer.body.length + rng.range(1, 1 << 20) } }, label: 'content-length-lies' };
  return { answer: { ...answer, delivery: { stallAfterBytes: at, stallMs: 4000 } }, label: `stall@${at}` };
}

function sessionMutation(answer: ParentAnswer, rng: Rng): { answer: HostileAnswer; label: string } {
  const frames = splitFrames(answer.body);
  if (!frames || !frames.length || rng.chance(0.05)) {
    const h = havoc(answer.body, rng);
    return { answer: { ...answer, body: h.bytes }, label: `stream-${h.label}` };
  }
  const i = rng.int(frames.length);
  const kind = rng.weighted([[10, 'frame'], [2, 'drop'], [2, 'duplicate'], [1, 'swap'], [1, 'end-first'], [1, 'insert'], [1, 'length'], [1, 'repeat']] as const);
  switch (kind) {
    case 'frame': {
      const m = mutateMessage(frames[i], rng, 'SyncFrame');
      frames[i] = m.bytes;
      return { answer: { ...answer, body: joinFrames(frames) }, label: `frame${i}:${m.label}` };
    }
    case 'drop':
      frames.splice(i, 1);
      break;
    case 'duplicate':
      frames.splice(i, 0, frames[i]);
      break;
    case 'swap': {
      const j = rng.int(frames.length);
      [frames[i], frames[j]] = [frames[j], frames[i]];
      break;
    }
    case 'end-first':
      frames.unshift(frames.pop()!);
      break;
    case 'insert':
      frames.splice(i, 0, rng.chance(0.5) ? rng.bytes(rng.size(256)) : Buffer.alloc(0));
      break;
    case 'repeat': {
      // The same batch again and again: a run that never moves forward.
      const times = rng.pick([10, 1000]);
      frames.splice(i, 0, ...Array.from({ length: times }, () => frames[i]));
      break;
    }
    case 'length': {
      // A length prefix that lies: beyond the stream, beyond the frame limit, or zero.
      const body = joinFrames(frames.slice(0, i));
      const lie = rng.pick([frames[i].length + rng.range(1, 1000), 2 ** 31 - 1, 64 * 1024 * 1024 + 1, 0]);
      return { answer: { ...answer, body: Buffer.concat([body, varint(lie), frames[i]]) }, label: `frame${i}:length-${lie}` };
    }
  }
  return { answer: { ...answer, body: joinFrames(frames) }, label: `frames:${kind}@${i}` };
}

function fileMutation(answer: ParentAnswer, rng: Rng): { answer: HostileAnswer; label: string } {
  switch (rng.int(5)) {
    case 0: {
      const h = havoc(answer.body, rng);
      return { answer: { ...answer, body: h.bytes, headers: { ...answer.headers, 'content-length': String(h.bytes.length) } }, label: `file-${h.label}` };
    }
    case 1:
      return { answer: { ...answer, body: answer.body.subarray(0, rng.int(answer.body.length)) }, label: 'file-short' };
    case 2:
      return { answer: { ...answer, body: Buffer.concat([answer.body, rng.bytes(rng.pick([1, 4096, 1 << 20]))]) }, label: 'file-long' };
    case 3:
      return { answer: { ...answer, status: 206, headers: { ...answer.headers, 'content-range': rng.pick(['bytes 0-0/1', 'bytes 5-2/10', `bytes 0-${answer.body.length}/${answer.body.length * 2}`, 'bytes */0', 'garbage']) } }, label: 'file-range' };
    default:
      return { answer: { ...answer, body: rng.bytes(answer.body.length) }, label: 'file-other-bytes' };
  }
}

/** A language report's answer with rules a child must not run (schedules that are not cron or fire every second, odd modes and percents, run-now counters at the edges). */
function ackMutation(answer: ParentAnswer, rng: Rng): { answer: HostileAnswer; label: string } | undefined {
  const type = messageType('LanguageAck');
  let ack: Record<string, any>;
  try {
    ack = type.decode(answer.body) as never;
  } catch {
    return undefined;
  }
  const rules = (ack.rules ?? []) as Array<Record<string, any>>;
  if (!rules.length) return undefined;
  const rule = rng.pick(rules);
  const field = rng.pick(['schedule', 'schedule', 'mode', 'verifyPercent', 'policyIds', 'name', 'runNow']);
  switch (field) {
    case 'schedule': rule.schedule = rng.pick(NASTY_SCHEDULES); break;
    case 'mode': rule.mode = rng.pick([0, 3, 99, -1]); break;
    case 'verifyPercent': rule.verifyPercent = rng.pick([101, 2 ** 32 - 1, 1000]); break;
    case 'policyIds': rule.policyIds = Array.from({ length: rng.pick([1, 5000]) }, () => rng.pick(NASTY_STRINGS)); break;
    case 'name': rule.name = rng.pick(['', 'content', 'catalog', '__proto__', nastyString(rng)]); break;
    default: ack.runNow = [{ rule: rng.pick(['catalog', 'policies', 'content', 'language-alerting', '', '__proto__']), counter: rng.pick([1, 2 ** 53, 2 ** 64 - 1, 0]), mode: rng.pick([1, 2, 7]) }];
  }
  return { answer: { ...answer, body: Buffer.from(type.encode(ack as never).finish()) }, label: `ack:${field}=${JSON.stringify(field === 'runNow' ? ack.runNow : rule[field]).slice(0, 60)}` };
}

/** Mutates the real answers: frames and fields of every message, statuses, error bodies, and how the bytes travel. */
export const MUTATED_REAL_ANSWERS: ParentMessageGenerator = {
  name: 'mutated-real-answers',
  calls: PARENT_CALLS,
  mutate(answer, rng) {
    const how = rng.weighted([[14, 'message'], [2, 'status'], [2, 'delivery']] as const);
    if (how === 'status') return statusMutation(answer, rng);
    if (how === 'delivery') return deliveryMutation(answer, rng);
    switch (answer.call) {
      case 'session':
        return sessionMutation(answer, rng);
      case 'content-file':
        return fileMutation(answer, rng);
      case 'hello': {
        const targeted = rng.chance(0.4) ? ackMutation(answer, rng) : undefined;
        if (targeted) return targeted;
        const m = mutateMessage(answer.body, rng, 'LanguageAck');
        return { answer: { ...answer, body: m.bytes }, label: m.label };
      }
      case 'runs':
        return rng.chance(0.5) ? statusMutation(answer, rng) : { answer: { ...answer, status: 200, body: rng.bytes(rng.size(256)) }, label: 'runs-body' };
      default: {
        const m = mutateMessage(answer.body, rng, ANSWER_TYPE[answer.call]);
        return { answer: { ...answer, body: m.bytes }, label: m.label };
      }
    }
  },
};

/** Every generator the parent-to-child target draws from; add others here. */
export const PARENT_MESSAGE_GENERATORS: ParentMessageGenerator[] = [MUTATED_REAL_ANSWERS];

/** Values of LanguageAck fields that no parent should send: schedules that are not cron or fire every second, and the like. */
export const NASTY_SCHEDULES = NASTY_STRINGS.filter((s) => /\*|cron|@|\d/.test(s));
