import type { Logger } from 'pino';
import { PatchtreeError, type ReceivedFrame } from '../../protocol/index.js';
import type { SyncScope } from '../../catalog/index.js';
import type { ParentPort } from '../port.js';
import type { RunReportData, ViewScope } from '../wire.js';

export interface UplinkOptions {
  /** Tries after the first of a call that failed for want of the parent (not refused by it). */
  retries?: number;
  backoffMs?: number;
  /** Failed calls in a row that take the parent offline. */
  maxFails?: number;
  /** While offline, calls fail at once for this long, then one goes through to probe. */
  failTimeoutMs?: number;
}

/** Errors that say the parent is not there or broke off, rather than that it answered no. */
const LINK_ERRORS = new Set(['REPL_PARENT_UNREACHABLE', 'REPL_INTERRUPTED']);
const isLinkError = (err: unknown) => LINK_ERRORS.has((err as PatchtreeError).code);
const stopping = () => new PatchtreeError('REPL_INTERRUPTED', 'the node is stopping; the next run resumes after the last applied batch');

/**
 * The parent port as a child uses it (Verdaccio's uplink is the model):
 * each call retries with backoff when the parent cannot be reached, and a
 * circuit breaker takes the parent offline after a few failed calls in a row,
 * failing calls at once until a probe gets through. Offline and online are
 * logged once per transition, never per failed call. A session is retried
 * only until its first frame: after that the run fails and the next resumes.
 */
export class Uplink implements ParentPort {
  private fails = 0;
  private openUntil = 0;
  private state: 'online' | 'offline' | undefined;
  private readonly retries: number;
  private readonly backoffMs: number;
  private readonly maxFails: number;
  private readonly failTimeoutMs: number;
  private readonly closing = new AbortController();

  constructor(private readonly port: ParentPort, private readonly logger: Logger, options: UplinkOptions = {}) {
    this.retries = options.retries ?? 2;
    this.backoffMs = options.backoffMs ?? 250;
    this.maxFails = options.maxFails ?? 3;
    this.failTimeoutMs = options.failTimeoutMs ?? 5_000;
  }

  get certificateAuthority(): string | undefined {
    return this.port.certificateAuthority;
  }

  /** True once a call got through, false once the breaker opened, undefined before either. */
  get online(): boolean | undefined {
    return this.state === undefined ? undefined : this.state === 'online';
  }

  /** Breaks off every call and session under way (REPL_INTERRUPTED) and refuses new ones: the node is stopping. */
  close(): void {
    this.closing.abort();
  }

  /** Lets the next call through at once (an admin asked for a run: do not make them wait out the breaker). */
  probeNow(): void {
    this.openUntil = 0;
  }

  hello = (report: Parameters<ParentPort['hello']>[0]) => this.call(() => this.port.hello(report));
  verify = (scope: ViewScope, keys: string[]) => this.call(() => this.port.verify(scope, keys));
  fetch = (scope: ViewScope, keys: string[]) => this.call(() => this.port.fetch(scope, keys));
  reportRun = (run: RunReportData) => this.call(() => this.port.reportRun(run));
  contentList = (languages: readonly string[], via: readonly string[]) => this.call(() => this.port.contentList(languages, via));
  contentUrl = (algorithm: string, hash: string) => this.port.contentUrl(algorithm, hash);
  /** Only when the port carries files itself (a bundle): no link to retry. */
  get storeContent() {
    return this.port.storeContent?.bind(this.port);
  }

  async *sample(scope: ViewScope, percent: number): AsyncIterable<Awaited<ReturnType<ParentPort['verify']>>> {
    // Pages are separate calls; a page that fails fails the sample (the run's verification), not the link.
    yield* this.stream(() => this.port.sample(scope, percent));
  }

  async *session(request: Parameters<ParentPort['session']>[0], signal?: AbortSignal): AsyncIterable<ReceivedFrame> {
    yield* this.stream(() => this.port.session(request), signal);
  }

  /** A stream of answers: retried like a call until its first item, then passed through. */
  private async *stream<T>(open: () => AsyncIterable<T>, signal?: AbortSignal): AsyncGenerator<T> {
    let iterator!: AsyncIterator<T>;
    const first = await this.call(async () => {
      iterator = open()[Symbol.asyncIterator]();
      return this.unlessAborted(iterator.next(), signal);
    });
    try {
      // Inside the try: a reader that stops at the first item (a refused start frame) still closes the stream.
      if (first.done) return;
      yield first.value;
      for (;;) {
        const next = await this.unlessClosing(this.unlessAborted(iterator.next(), signal));
        if (next.done) return;
        yield next.value;
      }
    } catch (err) {
      if (isLinkError(err) && !this.closing.signal.aborted) this.failed(err as PatchtreeError);
      throw err;
    } finally {
      // A generator waiting on its stream cannot return before that wait ends: do not wait for it when stopping.
      if (!this.closing.signal.aborted && !signal?.aborted) await iterator.return?.();
      else void iterator.return?.()?.catch(() => undefined);
    }
  }

  private async call<T>(attempt: () => Promise<T>): Promise<T> {
    if (this.state === 'offline' && Date.now() < this.openUntil) {
      throw new PatchtreeError('REPL_PARENT_UNREACHABLE', `the parent is offline; the next try goes through in ${Math.ceil((this.openUntil - Date.now()) / 1000)} s`);
    }
    for (let tries = 0; ; tries++) {
      if (this.closing.signal.aborted) throw stopping(); // no new request, nor a retry, once the node is stopping
      try {
        const value = await this.unlessClosing(attempt());
        this.succeeded();
        return value;
      } catch (err) {
        if (this.closing.signal.aborted) throw err;
        if (!isLinkError(err)) {
          this.succeeded(); // it answered, if only to refuse
          throw err;
        }
        if (tries >= this.retries) {
          this.failed(err as PatchtreeError);
          throw err;
        }
        await new Promise((ok) => setTimeout(ok, this.backoffMs * 2 ** tries));
      }
    }
  }

  /** The answer, unless `signal` (a run's deadline) aborts first: then REPL_INTERRUPTED with the signal's reason. */
  private unlessAborted<T>(answer: Promise<T>, signal?: AbortSignal): Promise<T> {
    if (!signal) return answer;
    const reason = () => (signal.reason instanceof PatchtreeError ? signal.reason : stopping());
    if (signal.aborted) return dropped(answer, reason());
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => reject(reason());
      signal.addEventListener('abort', onAbort, { once: true });
      answer.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  }

  /** The answer, unless the node starts stopping first. */
  private unlessClosing<T>(answer: Promise<T>): Promise<T> {
    const { signal } = this.closing;
    if (signal.aborted) return dropped(answer, stopping());
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => reject(stopping());
      signal.addEventListener('abort', onAbort, { once: true });
      answer.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  }

  private succeeded(): void {
    this.fails = 0;
    if (this.state === 'offline') this.logger.info('parent online again');
    this.state = 'online';
  }

  private failed(err: PatchtreeError): void {
    this.fails++;
    if (this.fails < this.maxFails && this.state !== 'offline') return;
    this.openUntil = Date.now() + this.failTimeoutMs;
    if (this.state !== 'offline') this.logger.warn({ code: err.code, reason: err.message }, 'parent offline; serving the last good data');
    this.state = 'offline';
  }
}

/**
 * Gives up on an answer for `reason`: the answer may still fail later (its
 * stream destroyed as the node stops), and a rejection nobody handles would
 * end the process, so it is handled here, and ignored.
 */
function dropped<T>(answer: Promise<T>, reason: PatchtreeError): Promise<T> {
  answer.catch(() => undefined);
  return Promise.reject(reason);
}
