import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Writable } from 'node:stream';
import pino, { type Logger } from 'pino';
import { PatchtreeError, type ReceivedFrame } from '../protocol/index.js';
import type { SyncScope } from '../catalog/index.js';
import { Uplink, type KeyHash, type ParentPort, type SessionRequest } from '../replication/index.js';

// The uplink (retries, backoff, circuit breaker, transition logs) over a fake
// parent port, on fake timers: no network, no waiting.

const SCOPE: SyncScope = { rule: 'catalog', languages: ['en-US'], policyIds: [] };
const REQUEST = { protocolVersion: 1, childId: 'c', via: ['c'], rule: 'catalog', mode: 'differential', languages: ['en-US'], policyIds: [] } as SessionRequest;
const unreachable = () => new PatchtreeError('REPL_PARENT_UNREACHABLE', 'parent unreachable: ECONNREFUSED');
const interrupted = () => new PatchtreeError('REPL_INTERRUPTED', 'the call broke off');
const START: ReceivedFrame = { kind: 'start', start: { parentIdentity: 'p' } as never };
const BATCH: ReceivedFrame = { kind: 'batch', batch: { changes: [], lastSeq: 1, lastKey: '', fromKey: '' } };

/** A parent port whose every method is a spy; verify answers with `answer` unless told otherwise. */
function fakePort(over: Partial<ParentPort> = {}): ParentPort & { verify: ReturnType<typeof vi.fn> } {
  const fail = () => Promise.reject(new Error('not faked'));
  return {
    hello: vi.fn(fail),
    session: vi.fn(() => { throw new Error('not faked'); }),
    verify: vi.fn(async (): Promise<KeyHash[]> => [{ key: 'b/1', hash: 'h' }]),
    sample: vi.fn(() => { throw new Error('not faked'); }),
    fetch: vi.fn(fail),
    reportRun: vi.fn(fail),
    contentList: vi.fn(fail),
    contentUrl: (algorithm, hash) => `http://parent/content/${algorithm}/${hash}`,
    ...over,
  } as ParentPort & { verify: ReturnType<typeof vi.fn> };
}

/** A pino logger writing JSON lines to memory. */
function memoryLogger(): { logger: Logger; lines: () => Array<{ level: number; msg: string; code?: string }> } {
  const out: string[] = [];
  const stream = new Writable({ write(chunk, _enc, done) { out.push(...String(chunk).split('\n').filter(Boolean)); done(); } });
  return { logger: pino({ level: 'info' }, stream), lines: () => out.map((l) => JSON.parse(l)) };
}

/** The code a promise fails with, or 'resolved'. */
const codeOf = (promise: Promise<unknown>) => promise.then(() => 'resolved', (err: { code?: string }) => err.code ?? 'no code');

async function drain<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

beforeEach(() => { vi.useFakeTimers(); });
afterEach(() => { vi.useRealTimers(); });

describe('Uplink', () => {
  it('retries a call the parent could not be reached for, waiting backoff, then 2x backoff, and succeeds', async () => {
    const port = fakePort();
    port.verify.mockRejectedValueOnce(unreachable()).mockRejectedValueOnce(interrupted());
    const uplink = new Uplink(port, memoryLogger().logger, { retries: 2, backoffMs: 100 });
    const answer = uplink.verify(SCOPE, ['b/1']);
    await vi.advanceTimersByTimeAsync(0);
    expect(port.verify).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(99);
    expect(port.verify).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(port.verify).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(199);
    expect(port.verify).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(await answer).toEqual([{ key: 'b/1', hash: 'h' }]);
    expect(port.verify).toHaveBeenCalledTimes(3);
    expect(port.verify).toHaveBeenCalledWith(SCOPE, ['b/1']);
    expect(uplink.online).toBe(true);
  });

  it('gives up after its retries with the last link error', async () => {
    const port = fakePort();
    port.verify.mockRejectedValue(unreachable());
    const uplink = new Uplink(port, memoryLogger().logger, { retries: 2, backoffMs: 10, maxFails: 5 });
    const code = codeOf(uplink.verify(SCOPE, []));
    await vi.advanceTimersByTimeAsync(100);
    expect(await code).toBe('REPL_PARENT_UNREACHABLE');
    expect(port.verify).toHaveBeenCalledTimes(3);
    expect(uplink.online).toBeUndefined(); // one failed call is not yet offline
  });

  it('does not retry a refusal by the parent, and counts it as the parent answering', async () => {
    const port = fakePort();
    const uplink = new Uplink(port, memoryLogger().logger, { retries: 3, backoffMs: 10, maxFails: 2 });
    port.verify.mockRejectedValue(unreachable());
    const first = codeOf(uplink.verify(SCOPE, []));
    await vi.advanceTimersByTimeAsync(1000);
    expect(await first).toBe('REPL_PARENT_UNREACHABLE');
    port.verify.mockReset().mockRejectedValue(new PatchtreeError('REPL_LOOP', 'replication loop'));
    expect(await codeOf(uplink.verify(SCOPE, []))).toBe('REPL_LOOP');
    expect(port.verify).toHaveBeenCalledTimes(1);
    expect(uplink.online).toBe(true);
    // The refusal reset the count: one more failed call does not take the parent offline (maxFails 2).
    port.verify.mockReset().mockRejectedValue(unreachable());
    const again = codeOf(uplink.verify(SCOPE, []));
    await vi.advanceTimersByTimeAsync(1000);
    expect(await again).toBe('REPL_PARENT_UNREACHABLE');
    expect(uplink.online).toBe(true);
  });

  it('after maxFails failed calls is offline and fails fast, without calling the parent, until failTimeoutMs passed', async () => {
    const port = fakePort();
    port.verify.mockRejectedValue(unreachable());
    const uplink = new Uplink(port, memoryLogger().logger, { retries: 0, maxFails: 3, failTimeoutMs: 1000 });
    for (let i = 0; i < 3; i++) {
      expect(uplink.online).not.toBe(false);
      expect(await codeOf(uplink.verify(SCOPE, []))).toBe('REPL_PARENT_UNREACHABLE');
    }
    expect(uplink.online).toBe(false);
    expect(port.verify).toHaveBeenCalledTimes(3);
    expect(await codeOf(uplink.verify(SCOPE, []))).toBe('REPL_PARENT_UNREACHABLE');
    expect(await codeOf(uplink.fetch(SCOPE, []))).toBe('REPL_PARENT_UNREACHABLE');
    expect(await codeOf(drain(uplink.session(REQUEST)))).toBe('REPL_PARENT_UNREACHABLE');
    vi.advanceTimersByTime(999);
    expect(await codeOf(uplink.verify(SCOPE, []))).toBe('REPL_PARENT_UNREACHABLE');
    expect(port.verify).toHaveBeenCalledTimes(3);
    expect(port.fetch).not.toHaveBeenCalled();
    expect(port.session).not.toHaveBeenCalled();

    // The timeout passed: one call goes through to probe; it fails, and the breaker opens again for failTimeoutMs.
    vi.advanceTimersByTime(1);
    expect(await codeOf(uplink.verify(SCOPE, []))).toBe('REPL_PARENT_UNREACHABLE');
    expect(port.verify).toHaveBeenCalledTimes(4);
    expect(await codeOf(uplink.verify(SCOPE, []))).toBe('REPL_PARENT_UNREACHABLE');
    expect(port.verify).toHaveBeenCalledTimes(4);

    // The next probe gets through and succeeds: online, calls go through again.
    vi.advanceTimersByTime(1000);
    port.verify.mockResolvedValue([]);
    expect(await uplink.verify(SCOPE, [])).toEqual([]);
    expect(uplink.online).toBe(true);
    expect(await uplink.verify(SCOPE, [])).toEqual([]);
    expect(port.verify).toHaveBeenCalledTimes(6);
  });

  it('leaves no rejection unhandled when the node stops while a session waits, and its stream fails after', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      let fail!: (err: Error) => void;
      const port = fakePort({
        session: vi.fn(() => ({
          [Symbol.asyncIterator]: () => {
            let sent = false;
            return {
              next: () => (sent ? new Promise<IteratorResult<ReceivedFrame>>((_, reject) => (fail = reject)) : ((sent = true), Promise.resolve({ done: false, value: START }))),
              return: () => Promise.resolve({ done: true, value: undefined }),
            };
          },
        })) as never,
      });
      const uplink = new Uplink(port, memoryLogger().logger);
      const stopping = new AbortController();
      const frames = uplink.session(REQUEST, stopping.signal)[Symbol.asyncIterator]();
      expect((await frames.next()).value).toEqual(START);
      // The node stops: the run's signal and the uplink abort before the next frame is asked for.
      stopping.abort();
      uplink.close();
      expect(await codeOf(frames.next())).toBe('REPL_INTERRUPTED');
      fail(interrupted()); // the dropped stream fails afterwards (its socket destroyed)
      vi.useRealTimers();
      await new Promise((ok) => setTimeout(ok, 20));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('probeNow lets the next call through at once', async () => {
    const port = fakePort();
    port.verify.mockRejectedValue(unreachable());
    const uplink = new Uplink(port, memoryLogger().logger, { retries: 0, maxFails: 1, failTimeoutMs: 60_000 });
    await codeOf(uplink.verify(SCOPE, []));
    expect(uplink.online).toBe(false);
    expect(await codeOf(uplink.verify(SCOPE, []))).toBe('REPL_PARENT_UNREACHABLE');
    expect(port.verify).toHaveBeenCalledTimes(1);
    port.verify.mockResolvedValue([]);
    uplink.probeNow();
    expect(await uplink.verify(SCOPE, [])).toEqual([]);
    expect(port.verify).toHaveBeenCalledTimes(2);
    expect(uplink.online).toBe(true);
  });

  it("logs 'parent offline' once and 'parent online again' once per transition", async () => {
    const { logger, lines } = memoryLogger();
    const port = fakePort();
    const uplink = new Uplink(port, logger, { retries: 0, maxFails: 2, failTimeoutMs: 100 });
    const messages = () => lines().map((l) => l.msg);
    const fail = async (n: number) => {
      port.verify.mockRejectedValue(unreachable());
      for (let i = 0; i < n; i++) {
        vi.advanceTimersByTime(100); // past the breaker's timeout: each call reaches the port
        await codeOf(uplink.verify(SCOPE, []));
      }
    };
    await uplink.verify(SCOPE, []);
    expect(messages()).toEqual([]); // the first success is not a transition back
    await fail(1);
    expect(messages()).toEqual([]);
    await fail(4);
    expect(messages()).toEqual([expect.stringContaining('parent offline')]);
    expect(lines()[0]).toMatchObject({ level: 40, code: 'REPL_PARENT_UNREACHABLE' });
    port.verify.mockResolvedValue([]);
    vi.advanceTimersByTime(100);
    await uplink.verify(SCOPE, []);
    await uplink.verify(SCOPE, []);
    expect(messages()).toEqual([expect.stringContaining('parent offline'), 'parent online again']);
    expect(lines()[1].level).toBe(30);
    await fail(3);
    port.verify.mockResolvedValue([]);
    vi.advanceTimersByTime(100);
    await uplink.verify(SCOPE, []);
    expect(messages()).toEqual([expect.stringContaining('parent offline'), 'parent online again', expect.stringContaining('parent offline'), 'parent online again']);
  });

  it('retries a session until its first frame, and not after it', async () => {
    let opened = 0;
    const port = fakePort({
      session: vi.fn(async function* () {
        opened++;
        if (opened === 1) throw unreachable();
        yield START;
        yield BATCH;
        throw interrupted();
      }),
    });
    const uplink = new Uplink(port, memoryLogger().logger, { retries: 3, backoffMs: 10, maxFails: 1 });
    const frames: ReceivedFrame[] = [];
    const done = (async () => {
      for await (const frame of uplink.session(REQUEST)) frames.push(frame);
    })().then(() => 'resolved', (err: { code?: string }) => err.code);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await done).toBe('REPL_INTERRUPTED');
    expect(frames).toEqual([START, BATCH]);
    expect(opened).toBe(2);
    expect(port.session).toHaveBeenCalledWith(REQUEST);
    // A session cut off mid-stream counts as a failed call.
    expect(uplink.online).toBe(false);
  });

  it('does not retry a session the parent refused before its first frame', async () => {
    const port = fakePort({ session: vi.fn(async function* (): AsyncGenerator<ReceivedFrame> { throw new PatchtreeError('REPL_LOOP', 'loop'); }) });
    const uplink = new Uplink(port, memoryLogger().logger, { retries: 3, backoffMs: 10 });
    expect(await codeOf(drain(uplink.session(REQUEST)))).toBe('REPL_LOOP');
    expect(port.session).toHaveBeenCalledTimes(1);
  });

  it("closes the port's session when the reader stops, at the first frame as at a later one", async () => {
    for (const stopAfter of [1, 2]) {
      let closed = false;
      const port = fakePort({
        session: vi.fn(async function* () {
          try {
            yield START;
            yield BATCH;
            yield BATCH;
          } finally {
            closed = true; // the HTTP port destroys its stream here
          }
        }),
      });
      const uplink = new Uplink(port, memoryLogger().logger);
      let read = 0;
      for await (const _ of uplink.session(REQUEST)) if (++read === stopAfter) break; // e.g. the child refuses the start frame (a loop)
      expect({ stopAfter, closed }).toEqual({ stopAfter, closed: true });
    }
  });

  it('retries a sample until its first page', async () => {
    let opened = 0;
    const port = fakePort({
      sample: vi.fn(async function* () {
        if (++opened === 1) throw unreachable();
        yield [{ key: 'b/1', hash: 'h1' }];
        yield [{ key: 'b/2', hash: 'h2' }];
      }),
    });
    const uplink = new Uplink(port, memoryLogger().logger, { retries: 2, backoffMs: 10 });
    const pages = drain(uplink.sample(SCOPE, 100));
    await vi.advanceTimersByTimeAsync(100);
    expect(await pages).toEqual([[{ key: 'b/1', hash: 'h1' }], [{ key: 'b/2', hash: 'h2' }]]);
    expect(opened).toBe(2);
    expect(port.sample).toHaveBeenCalledWith(SCOPE, 100);
  });

  it('close breaks off a call under way (REPL_INTERRUPTED), and the parent is not taken offline for it', async () => {
    const { logger, lines } = memoryLogger();
    const port = fakePort();
    port.verify.mockReturnValue(new Promise(() => undefined)); // a stalled parent
    const uplink = new Uplink(port, logger, { retries: 2, backoffMs: 10, maxFails: 1 });
    const pending = codeOf(uplink.verify(SCOPE, []));
    await vi.advanceTimersByTimeAsync(0);
    uplink.close();
    expect(await pending).toBe('REPL_INTERRUPTED');
    expect(port.verify).toHaveBeenCalledTimes(1);
    expect(uplink.online).not.toBe(false);
    expect(lines()).toEqual([]);
  });

  it('close breaks off a session waiting for its next frame (REPL_INTERRUPTED), and the parent is not taken offline for it', async () => {
    const port = fakePort({
      session: vi.fn(async function* () {
        yield START;
        await new Promise(() => undefined); // the parent stalls mid-session
      }),
    });
    const uplink = new Uplink(port, memoryLogger().logger, { maxFails: 1 });
    const frames: ReceivedFrame[] = [];
    const done = (async () => {
      for await (const frame of uplink.session(REQUEST)) frames.push(frame);
    })().then(() => 'resolved', (err: { code?: string }) => err.code);
    await vi.advanceTimersByTimeAsync(0);
    expect(frames).toEqual([START]);
    uplink.close();
    expect(await done).toBe('REPL_INTERRUPTED');
    expect(uplink.online).toBe(true);
  });

  it('after close, a new call is refused (REPL_INTERRUPTED) without reaching the parent', async () => {
    const port = fakePort({ reportRun: vi.fn(async () => undefined), hello: vi.fn(async () => ({}) as never) });
    const uplink = new Uplink(port, memoryLogger().logger);
    uplink.close();
    expect(await codeOf(uplink.reportRun({ id: 1, rule: 'catalog', trigger: 'start', started: 'now', durationMs: 1, status: 'interrupted' }))).toBe('REPL_INTERRUPTED');
    expect(await codeOf(uplink.hello({ identity: 'c', nodeId: 'c', languages: [], descendants: [] }))).toBe('REPL_INTERRUPTED');
    expect(await codeOf(drain(uplink.session(REQUEST)))).toBe('REPL_INTERRUPTED');
    expect(port.reportRun).not.toHaveBeenCalled(); // the run's report would reach the parent, and read as not sent here
    expect(port.hello).not.toHaveBeenCalled();
    expect(port.session).not.toHaveBeenCalled();
  });

  it('close during a retry backoff ends the call without trying the parent again', async () => {
    const port = fakePort();
    port.verify.mockRejectedValue(unreachable());
    const uplink = new Uplink(port, memoryLogger().logger, { retries: 2, backoffMs: 100 });
    const pending = codeOf(uplink.verify(SCOPE, []));
    await vi.advanceTimersByTimeAsync(0);
    expect(port.verify).toHaveBeenCalledTimes(1);
    uplink.close();
    await vi.advanceTimersByTimeAsync(1000);
    expect(await pending).toBe('REPL_INTERRUPTED');
    expect(port.verify).toHaveBeenCalledTimes(1);
  });

  it('passes contentUrl and the certificate authority through', () => {
    const uplink = new Uplink({ ...fakePort(), certificateAuthority: 'PEM' }, memoryLogger().logger);
    expect(uplink.contentUrl('sha256', 'ab')).toBe('http://parent/content/sha256/ab');
    expect(uplink.certificateAuthority).toBe('PEM');
  });
});
