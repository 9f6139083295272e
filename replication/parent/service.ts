import type { Logger } from 'pino';
import { encodeFrame, PatchtreeError } from '../../protocol/index.js';
import { normaliseLanguages, type Catalog, type ReadView } from '../../catalog/index.js';
import * as wire from '../wire.js';
import type { ChildRecord, Children } from './children.js';
import { unmanagedLanguages } from './language-alerts.js';
import type { Rules } from './rules.js';
import { checkLoop, checkSession, serveSession, type ServingNode } from './session.js';
import { readStatement, verifiedDescendants } from '../statements.js';
import { changesFor, hashesFor, pageOfHashes, sampleHashes } from './verify.js';
import { logRun } from '../run-log.js';

/**
 * What one child may make this node do (config: syncPolicyIdsLimit,
 * syncDescendantsLimit, syncSessionsPerChildLimit, syncBodyLimitBytes,
 * syncRunReportLimitBytes).
 */
export interface ParentLimits extends wire.RequestLimits {
  /** Sessions one child may have open at once (REPL_BUSY): each holds a snapshot of the store. */
  sessionsPerChild: number;
  /** Largest request body (BODY_TOO_LARGE): verify and fetch key lists, reports, session requests. */
  bodyBytes: number;
  /** Largest run report body (BODY_TOO_LARGE): its texts are kept in this node's history. */
  runReportBytes: number;
}

/**
 * The smallest run report limit a parent may set: a child's own report, its
 * texts cut to MAX_TEXT characters (at most 3 bytes each in UTF-8), is about
 * 16 kB at most, and must always fit (a refused one would wait in the
 * child's outbox for ever).
 */
export const MIN_RUN_REPORT_BYTES = 32 * 1024;

export const DEFAULT_PARENT_LIMITS: Readonly<ParentLimits> = {
  ...wire.DEFAULT_REQUEST_LIMITS,
  sessionsPerChild: 4,
  bodyBytes: 16 * 1024 * 1024,
  runReportBytes: 64 * 1024,
};

export interface ParentServiceOptions {
  catalog: Catalog;
  children: Children;
  rules: Rules;
  self: ServingNode;
  logger: Logger;
  limits?: Partial<ParentLimits>;
  /** A child's report changed what the nodes below this one need: a mid-tier reports up at once. */
  onDescendantsChanged?: () => void;
}

/**
 * One sync call as a transport hands it over: who the headers say calls,
 * and a way to read the body that is used only once the caller is
 * authenticated, so that a caller without a valid credential costs no more
 * than its headers.
 */
export interface SyncCall {
  /** The child id its headers name (wire.CHILD_HEADER). */
  childId: string;
  credential: string | undefined;
  peer?: string;
  /** Reads the body; more than `limit` bytes is BODY_TOO_LARGE, refused before it is all read. */
  body(limit: number): Promise<Uint8Array>;
}

/** A call whose body is already in hand (the in-process port, tests): the same checks, the same limits. */
export function callWith(bytes: Uint8Array, credential: string | undefined, childId = wire.childIdOf(bytes), peer?: string): SyncCall {
  return {
    childId,
    credential,
    peer,
    async body(limit) {
      if (bytes.length > limit) throw new PatchtreeError('BODY_TOO_LARGE', `request body is ${bytes.length} bytes; the limit is ${limit}`);
      return bytes;
    },
  };
}

/** One session as this node serves it, for its log line. */
interface Served {
  child: string;
  rule: string;
  requestedMode: string;
  frames: number;
  bytes: number;
  /** complete: every frame sent; cut: the child went away or stopped reading; failed: an error frame ended it. */
  outcome: 'complete' | 'cut' | 'failed';
  code?: string;
  err?: string;
  started: number;
}

/**
 * The parent's side of every sync call, bytes in and bytes out through the
 * wire codecs: HTTP routes (node/) and the in-process port both call it, so
 * both run the same authentication, loop refusals and scope rule. Each call
 * authenticates the child by its credential first.
 */
export class ParentService {
  private readonly log: Logger;
  readonly limits: Readonly<ParentLimits>;
  /** Sessions each child has open here: each holds a snapshot of the store until it ends. */
  private readonly openSessions = new Map<string, number>();

  constructor(private readonly options: ParentServiceOptions) {
    this.log = options.logger.child({ module: 'sync' });
    this.limits = { ...DEFAULT_PARENT_LIMITS, ...options.limits };
  }

  /** The registered child whose credential this is; refusals are logged with the id the request named. */
  async authenticate(childId: string, credential: string | undefined, peer = ''): Promise<ChildRecord> {
    try {
      const child = await this.options.children.authenticate(childId, credential);
      await this.options.children.update(child.id, { lastSeen: new Date().toISOString() });
      return child;
    } catch (err) {
      this.log.warn({ child: childId.slice(0, 100), peer, code: (err as PatchtreeError).code }, 'sync call refused');
      throw err;
    }
  }

  /**
   * Authenticates a call by its headers, then reads its body (at most
   * `limit` bytes) and decodes it; a body that names another child than the
   * headers is REPL_BAD_REQUEST.
   */
  private async accept<T>(call: SyncCall, limit: number, decode: (bytes: Uint8Array) => T & { childId: string }): Promise<{ child: ChildRecord; message: T }> {
    const child = await this.authenticate(call.childId, call.credential, call.peer);
    const message = decode(await call.body(limit));
    if (message.childId !== child.id) throw new PatchtreeError('REPL_BAD_REQUEST', `the request body names child ${JSON.stringify(message.childId.slice(0, 100))}; its headers name ${child.id}`);
    return { child, message };
  }

  /**
   * A child's language report. A report that names this node (the child or
   * one of its descendants is this node) is a loop: refused, and nothing of
   * it is stored, so the chain of reports stops here instead of growing.
   */
  async hello(call: SyncCall): Promise<Uint8Array> {
    const { child, message: { body } } = await this.accept(call, this.limits.bodyBytes, (bytes) => wire.decodeHello(bytes, this.limits));
    const { self } = this.options;
    // The child's identity, node id and languages are what it signed; its descendants, those that signed that they are.
    const own = readStatement(body.statement ? Buffer.from(body.statement, 'base64') : undefined);
    if (!own) throw new PatchtreeError('REPL_BAD_REQUEST', 'a language report must carry the child\'s own statement, signed with its identity key and at most 7 days old');
    const claimed = verifiedDescendants(own.identity, body.descendants);
    if (claimed.length < body.descendants.length) this.log.debug({ child: child.id, dropped: body.descendants.length - claimed.length }, 'descendants without a valid statement naming their parent were not taken');
    checkLoop([own.identity, ...claimed.map((d) => d.identity)], self);
    const languages = normaliseReported(own.languages);
    const descendants = claimed.map((d) => ({ nodeId: d.nodeId, identity: d.identity, languages: normaliseReported(d.languages), statement: d.statement }));
    await this.options.children.update(child.id, { languages, descendants, identity: own.identity, nodeId: own.nodeId, statement: body.statement });
    // What the nodes above need changed, or the child now names this node as its parent (so the node above takes it).
    const namedBefore = readStatement(child.statement ? Buffer.from(child.statement, 'base64') : undefined)?.parentIdentity;
    const summary = (c: { languages: string[]; descendants: Array<{ identity: string; languages: string[] }> }) => JSON.stringify([c.languages, c.descendants.map((d) => [d.identity, d.languages])]);
    if (summary(child) !== summary({ languages, descendants }) || namedBefore !== own.parentIdentity) this.options.onDescendantsChanged?.();
    const managed = await this.options.catalog.settings.languages();
    const needed = (c: { languages: string[]; descendants: Array<{ languages: string[] }> }) => [...c.languages, ...c.descendants.flatMap((d) => d.languages)];
    const unmanaged = unmanagedLanguages(needed({ languages, descendants }), managed);
    if (unmanaged.length && unmanaged.join() !== unmanagedLanguages(needed(child), managed).join()) {
      this.log.warn({ child: child.id, languages: unmanaged }, 'a child needs languages this node does not manage; alert raised');
    }
    const runNow = await this.options.children.runNow(child.id);
    return wire.encodeHelloAck({
      parentId: self.nodeId,
      parentIdentity: self.identity,
      unmanaged,
      rules: await this.options.rules.all(),
      runNow: Object.entries(runNow).map(([rule, r]) => ({ rule, counter: r.counter, mode: r.mode === 'complete' ? 'complete' : 'differential' })),
    });
  }

  /**
   * Opens a session: refusals (credential, shape, version, loop, too many at
   * once) come before any frame, so they answer with a status. The session
   * counts as open until its frames end or `release` is called (a transport
   * that drops the frames unread calls it; it may be called twice).
   */
  async session(call: SyncCall): Promise<{ childId: string; rule: wire.RecordRule; frames: AsyncGenerator<Buffer>; release: () => void }> {
    const { child, message: request } = await this.accept(call, this.limits.bodyBytes, (bytes) => wire.decodeSessionRequest(bytes, this.limits));
    const { self, catalog } = this.options;
    checkSession(request, self);
    // A child runs a session per rule at most (two, and one more left by a cut the idle timeout has not ended yet):
    // more at once is a child gone wrong, and each would hold a snapshot of the store.
    const open = this.openSessions.get(child.id) ?? 0;
    const max = this.limits.sessionsPerChild;
    if (open >= max) throw new PatchtreeError('REPL_BUSY', `child ${child.id} has ${open} sessions open here already; at most ${max} (syncSessionsPerChildLimit)`);
    this.openSessions.set(child.id, open + 1);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      const left = (this.openSessions.get(child.id) ?? 1) - 1;
      if (left > 0) this.openSessions.set(child.id, left);
      else this.openSessions.delete(child.id);
    };
    let published: Awaited<ReturnType<Catalog['publication']['acquire']>>;
    try {
      published = await catalog.publication.acquire(request.rule);
    } catch (err) {
      release();
      throw err;
    }
    const done = () => {
      release();
      void published.release();
    };
    const served: Served = { child: child.id, rule: request.rule, requestedMode: request.mode, frames: 0, bytes: 0, outcome: 'cut', started: Date.now() };
    return { childId: child.id, rule: request.rule, frames: this.counted(this.framesOrError(serveSession(catalog.store, { ...request, childId: child.id }, self, published.published), served), done, served), release: done };
  }

  /**
   * The frames, with `release` called once when they end, fail or are
   * abandoned (a cut connection); then the session's one log line: what was
   * served, to whom, and how it ended.
   */
  private async *counted(frames: AsyncGenerator<Buffer>, release: () => void, served: Served): AsyncGenerator<Buffer> {
    try {
      for await (const frame of frames) {
        served.frames++;
        served.bytes += frame.length;
        yield frame;
      }
    } finally {
      release();
      const { started, ...fields } = served;
      this.log[served.outcome === 'failed' ? 'error' : 'info']({ ...fields, durationMs: Date.now() - started }, 'sync session served');
    }
  }

  async verify(call: SyncCall): Promise<Uint8Array> {
    const { message: { body } } = await this.accept(call, this.limits.bodyBytes, (bytes) => wire.decodeVerifyRequest(bytes, this.limits));
    const { store } = this.options.catalog;
    // Answers come from the view the run's session read: what its documents sign.
    return this.inView(body.scope, async (view) => {
      if ('keys' in body) return wire.encodeVerifyResponse(await hashesFor(store, body.keys, body.scope, view));
      if (body.percent >= 100 && body.pageLimit) {
        const page = await pageOfHashes(store, body.scope, body.pageAfter ?? '', body.pageLimit, view);
        return wire.encodeVerifyResponse(page.hashes, page.nextAfter);
      }
      return wire.encodeVerifyResponse(await sampleHashes(store, body.scope, body.percent, view));
    });
  }

  async fetch(call: SyncCall): Promise<Uint8Array> {
    const { message: { body } } = await this.accept(call, this.limits.bodyBytes, (bytes) => wire.decodeFetchRequest(bytes, this.limits));
    return this.inView(body.scope, async (view) => wire.encodeFetchResponse(await changesFor(this.options.catalog.store, body.keys, body.scope, view)));
  }

  private async inView<T>(scope: wire.ViewScope, read: (view: ReadView) => Promise<T>): Promise<T> {
    const { published, release } = await this.options.catalog.publication.byId(scope.rule, scope.viewId ?? 0);
    try {
      return await read(published.view);
    } finally {
      await release();
    }
  }

  /** Keeps a child's run report (a report sent twice is kept once); its body is at most runReportBytes. */
  async runReport(call: SyncCall): Promise<{ childId: string; run: wire.RunReportData; fresh: boolean }> {
    const { child, message: { body } } = await this.accept(call, this.limits.runReportBytes, wire.decodeRunReport);
    const fresh = await this.options.children.recordRun({ child: child.id, ...body });
    // A report sent again (its answer was lost) is logged once, like it is counted once.
    if (fresh) logRun(this.log, body, 'child run reported', { child: child.id });
    return { childId: child.id, run: body, fresh };
  }

  async contentList(call: SyncCall): Promise<Uint8Array> {
    const { message: { body } } = await this.accept(call, this.limits.bodyBytes, (bytes) => wire.decodeContentListRequest(bytes, this.limits));
    checkLoop(body.via, this.options.self);
    const files = await this.options.catalog.staging.filesIn(normaliseReported(body.languages));
    return wire.encodeContentList(files.map((f) => ({ updateKey: f.updateKey, algorithm: f.algorithm, hash: f.hash, size: f.size, verified: f.verified })));
  }

  /** Passes frames through; an error once streaming has begun becomes an error frame (the status line is gone). */
  private async *framesOrError(frames: AsyncGenerator<Buffer>, served: Served): AsyncGenerator<Buffer> {
    try {
      yield* frames;
      served.outcome = 'complete';
    } catch (err) {
      const e = err as PatchtreeError;
      // The transport ended the frames: the child went away or stopped reading (syncIdleTimeoutMs). Not a failure here (outcome "cut").
      if (e.code === 'ERR_STREAM_PREMATURE_CLOSE') return;
      Object.assign(served, { outcome: 'failed', code: e.code ?? 'INTERNAL', err: e.message });
      yield encodeFrame({ error: { code: e.code ?? 'INTERNAL', message: e.code ? e.message : 'internal error; see the parent log' } });
    }
  }
}

/** Reported languages, normalised; a malformed list is refused rather than trusted. */
function normaliseReported(languages: readonly string[]): string[] {
  try {
    return normaliseLanguages([...languages]);
  } catch (err) {
    throw new PatchtreeError('REPL_BAD_REQUEST', (err as Error).message);
  }
}
