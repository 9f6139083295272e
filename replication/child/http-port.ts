import got, { type Response } from 'got';
import type { Readable } from 'node:stream';
import { MAX_FRAME_BYTES, PatchtreeError, readReceivedFrames, type ReceivedFrame } from '../../protocol/index.js';
import type { SyncScope } from '../../catalog/index.js';
import type { ParentPort } from '../port.js';
import * as wire from '../wire.js';

export interface ParentLink {
  /** Base URL of the parent node, e.g. https://hq.example:8470 */
  url: string;
  childId: string;
  credential: string;
  /**
   * Base URL package files are downloaded from (CONTENT/content/ALG/HEX)
   * instead of `url`: a site's HTTP cache or CDN in front of the parent.
   * Any source will do: every file is checked against its hash.
   */
  contentUrl?: string;
  /** No byte from the parent for this long fails the call (REPL_INTERRUPTED once it answered). */
  idleTimeoutMs?: number;
  /** PEM certificate(s) to trust for an https parent with its own CA. */
  ca?: string;
  /** Keys per page of a whole (100%) verification sample; MAX_KEYS_PER_CALL unless set. */
  samplePageLimit?: number;
}

const CONTENT_TYPE = 'application/x-protobuf';
const CONNECT_TIMEOUT_MS = 10_000;
export const DEFAULT_IDLE_TIMEOUT_MS = 30_000;
/** Largest answer to a call that is not a session (a page of 5,000 hashes is ~0.5 MB). */
const MAX_ANSWER_BYTES = MAX_FRAME_BYTES;

/**
 * The parent port over HTTP(S) with got: protobuf bodies, streamed sessions.
 * Every wait is bounded: the connection (10 s), the answer's first byte and
 * every later byte (idleTimeoutMs). A parent that cannot be reached is
 * REPL_PARENT_UNREACHABLE; one that stops or breaks off after it began to
 * answer is REPL_INTERRUPTED (the next run resumes).
 */
export function httpPort(parent: ParentLink): ParentPort {
  const base = parent.url.replace(/\/$/, '');
  const contentBase = (parent.contentUrl ?? parent.url).replace(/\/$/, '');
  const idleMs = parent.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;

  /** POSTs a body; resolves once the parent's status line came, with its body as a stream. */
  const open = async (path: string, body: Uint8Array): Promise<{ response: Response; stream: Readable }> => {
    const stream = got.stream.post(`${base}${path}`, {
      body: Buffer.from(body),
      // The child id beside the credential: the parent checks both before it reads the body.
      headers: { authorization: `Bearer ${parent.credential}`, [wire.CHILD_HEADER]: parent.childId, 'content-type': CONTENT_TYPE, accept: CONTENT_TYPE },
      timeout: { lookup: CONNECT_TIMEOUT_MS, connect: CONNECT_TIMEOUT_MS, secureConnect: CONNECT_TIMEOUT_MS, send: idleMs, response: idleMs },
      retry: { limit: 0 },
      throwHttpErrors: false,
      ...(parent.ca ? { https: { certificateAuthority: parent.ca } } : {}),
    });
    stream.on('error', () => undefined); // reported through the promise or the reader below
    const response = await new Promise<Response>((resolve, reject) => {
      stream.once('response', resolve);
      stream.once('error', reject);
    }).catch((cause) => {
      stream.destroy();
      throw callFailed(base, cause, false);
    });
    return { response, stream: stream as unknown as Readable };
  };

  /** One call with a whole answer: the body when the status is `expect`, else the parent's SyncError. */
  const call = async (path: string, body: Uint8Array, expect = 200): Promise<Buffer> => {
    const { response, stream } = await open(path, body);
    const answer = await readAll(stream, idleMs, base);
    if (response.statusCode !== expect) throw wire.decodeSyncError(response.statusCode, answer, headerOf(response));
    return answer;
  };

  return {
    certificateAuthority: parent.ca,
    async hello(report) {
      return wire.decodeHelloAck(await call('/sync/v1/hello', wire.encodeHello(parent.childId, report)));
    },
    async *session(request): AsyncIterable<ReceivedFrame> {
      const { response, stream } = await open('/sync/v1/session', wire.encodeSessionRequest({ ...request, childId: parent.childId }));
      try {
        if (response.statusCode !== 200) throw wire.decodeSyncError(response.statusCode, await readAll(stream, idleMs, base), headerOf(response));
        yield* readReceivedFrames(idleBounded(stream, idleMs, base));
      } finally {
        stream.destroy();
      }
    },
    async verify(scope, keys) {
      return wire.decodeVerifyResponse(await call('/sync/v1/verify', wire.encodeVerifyRequest(parent.childId, { scope, keys }))).hashes;
    },
    async *sample(scope: wire.ViewScope, percent: number) {
      // A whole sample comes a page at a time: a million keys and hashes are never one message on either side.
      const pageLimit = percent >= 100 ? (parent.samplePageLimit ?? wire.MAX_KEYS_PER_CALL) : 0;
      let pageAfter = '';
      do {
        const page = wire.decodeVerifyResponse(await call('/sync/v1/verify', wire.encodeVerifyRequest(parent.childId, { scope, percent, pageAfter, pageLimit })));
        yield page.hashes;
        const next = pageLimit ? page.nextPageAfter : '';
        if (next && next <= pageAfter) throw new PatchtreeError('PROTO_DECODE', `sample page after ${pageAfter} names ${next} as the next: pages must move forward`);
        pageAfter = next;
      } while (pageAfter);
    },
    async fetch(scope, keys) {
      return wire.decodeFetchResponse(await call('/sync/v1/fetch', wire.encodeFetchRequest(parent.childId, scope, keys)));
    },
    async reportRun(run) {
      await call('/sync/v1/runs', wire.encodeRunReport(parent.childId, run), 204);
    },
    async contentList(languages, via) {
      return wire.decodeContentList(await call('/sync/v1/content', wire.encodeContentListRequest(parent.childId, languages, via)));
    },
    contentUrl: (algorithm, hash) => `${contentBase}/content/${algorithm}/${hash}`,
  };
}

const headerOf = (response: Response) => {
  const value = response.headers['x-patchtree-error'];
  return Array.isArray(value) ? value[0] : value;
};

/** Bytes taken from the socket and not yet read by the run before the stream is paused (back-pressure on the parent). */
const QUEUE_HIGH_BYTES = 1024 * 1024;

/**
 * The body's chunks as the stream emits them, failing with
 * REPL_INTERRUPTED when none comes for `idleMs` or the stream breaks off.
 * Taken from 'data' events, never through the stream's own read(): that
 * hands over everything it has buffered as one new Buffer, so a child busy
 * checking a batch copied the chunks that came meanwhile once more before
 * the frame reader joined them into frames.
 */
async function* idleBounded(stream: Readable, idleMs: number, base: string): AsyncGenerator<Buffer> {
  const queue: Buffer[] = [];
  let queued = 0;
  let ended = false;
  let failure: unknown;
  let wake: (() => void) | undefined;
  const notify = () => {
    const resolve = wake;
    wake = undefined;
    resolve?.();
  };
  const onData = (chunk: Buffer) => {
    queue.push(chunk);
    queued += chunk.length;
    if (queued >= QUEUE_HIGH_BYTES) stream.pause();
    notify();
  };
  const onEnd = () => {
    ended = true;
    notify();
  };
  const onError = (err: unknown) => {
    failure ??= err;
    notify();
  };
  // Closed before its end (destroyed, the socket reset without an error): cut short.
  const onClose = () => {
    if (!ended) failure ??= new Error('the answer was cut short');
    notify();
  };
  stream.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
  let timer: NodeJS.Timeout | undefined;
  try {
    for (;;) {
      const chunk = queue.shift();
      if (chunk) {
        queued -= chunk.length;
        if (queued < QUEUE_HIGH_BYTES / 2 && stream.isPaused()) stream.resume();
        yield chunk;
        continue;
      }
      if (failure !== undefined) throw callFailed(base, failure, true);
      if (ended) return;
      const stalled = await new Promise<boolean>((resolve) => {
        wake = () => resolve(false);
        timer = setTimeout(() => resolve(true), idleMs);
      });
      clearTimeout(timer);
      if (stalled) throw new PatchtreeError('REPL_INTERRUPTED', `parent ${base} sent nothing for ${idleMs} ms; the next run resumes`);
    }
  } finally {
    clearTimeout(timer);
    stream.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
    // Left before its end (a failure, or a reader that stopped: an answer past its bound): a stream without a
    // 'data' listener keeps flowing, and would take what the parent sends for ever.
    if (!ended) stream.destroy();
  }
}

async function readAll(stream: Readable, idleMs: number, base: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of idleBounded(stream, idleMs, base)) {
    size += chunk.length;
    if (size > MAX_ANSWER_BYTES) throw new PatchtreeError('PROTO_DECODE', `the parent's answer exceeds ${MAX_ANSWER_BYTES} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * A failed call as the child reports it: unreachable when no answer began
 * (refused, no route, a bad certificate), interrupted when the parent
 * stalled or broke off (the next run resumes).
 */
function callFailed(base: string, cause: unknown, answered: boolean): PatchtreeError {
  if (cause instanceof PatchtreeError) return cause;
  const err = cause as { code?: string; event?: string; message: string };
  const stalled = err.event === 'send' || err.event === 'response';
  if (!answered && !stalled) return new PatchtreeError('REPL_PARENT_UNREACHABLE', `parent ${base} unreachable: ${err.message}`, { cause });
  return new PatchtreeError('REPL_INTERRUPTED', `the call to parent ${base} broke off: ${err.message}; the next run resumes`, { cause });
}
