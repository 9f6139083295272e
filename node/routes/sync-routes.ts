import type Router from '@koa/router';
import type { Context } from 'koa';
import { Readable } from 'node:stream';
import {
  decode, encodeFrame, encodeRepeatedBytes, FetchRequest, LanguageAck, LanguageReport, Mode, RunReport, ContentListRequest, ContentListResponse, PatchtreeError, Rule, SyncRequest, VerifyRequest, VerifyResponse,
} from '../../protocol/index.js';
import { changesFor, checkSession, checkVersion, hashesFor, MAX_KEYS_PER_CALL, pageOfHashes, sampleHashes, serveSession, unmanagedLanguages, type RuleName, type SessionRequest, type SyncScope } from '../../replication/index.js';
import type { NodeContext } from '../context.js';
import { readRaw } from '../body.js';
import { normaliseLanguages } from '../../catalog/index.js';

const PROTOBUF = 'application/x-protobuf';
const RULES: Record<number, RuleName> = { [Rule.RULE_CATALOG]: 'catalog', [Rule.RULE_POLICIES]: 'policies' };

function ruleOf(value: number | null | undefined): RuleName {
  const rule = RULES[value ?? 0];
  if (!rule) throw new PatchtreeError('REPL_BAD_REQUEST', `unknown or unsupported rule ${value}`);
  return rule;
}

/** The sync API between nodes: protobuf bodies, each call authenticated by the child's own credential. */
export function syncRoutes(router: Router, node: NodeContext): void {
  const limit = node.config.syncBodyLimitBytes;
  const log = node.logger.child({ module: 'sync' });

  /** Authenticates the calling child; refusals are logged with the child id named in the request. */
  const authenticate = async (ctx: Context, childId: string) => {
    if (ctx.request.type && ctx.request.type !== PROTOBUF) throw new PatchtreeError('UNSUPPORTED_MEDIA_TYPE', `expected ${PROTOBUF}`);
    const credential = ctx.get('authorization').replace(/^Bearer\s+/i, '') || undefined;
    try {
      const child = await node.children.authenticate(childId, credential);
      await node.children.update(child.id, { lastSeen: new Date().toISOString() });
      return child;
    } catch (err) {
      log.warn({ child: childId, ip: ctx.ip, code: (err as PatchtreeError).code }, 'sync call refused');
      throw err;
    }
  };

  router.post('/sync/v1/session', async (ctx) => {
    const message = decode(SyncRequest, await readRaw(ctx, limit));
    const child = await authenticate(ctx, message.childId);
    const request: SessionRequest = {
      protocolVersion: message.protocolVersion,
      childId: child.id,
      via: message.via ?? [],
      rule: ruleOf(message.rule),
      mode: message.mode === Mode.MODE_COMPLETE ? 'complete' : 'differential',
      checkpoint: message.checkpoint
        ? { storeId: message.checkpoint.storeId ?? '', seq: Number(message.checkpoint.seq ?? 0), filter: message.checkpoint.filter ?? '', completeAfterKey: message.checkpoint.completeAfterKey ?? '', completeUpto: Number(message.checkpoint.completeUpto ?? 0) }
        : undefined,
      languages: message.languages ?? [],
      policyIds: message.policyIds ?? [],
      batchSize: message.batchSize ?? 0,
    };
    checkSession(request, node.nodeId); // version and loop refusals answer with an HTTP status, before any frame
    node.metrics.count('patchtree_sync_sessions_total', 'Sync sessions served', { child: child.id, rule: request.rule });
    ctx.type = PROTOBUF;
    ctx.body = Readable.from(framesOrError(serveSession(node.catalog.store, request, node.nodeId), log, child.id));
  });

  router.post('/sync/v1/hello', async (ctx) => {
    const report = decode(LanguageReport, await readRaw(ctx, limit));
    checkVersion(report.protocolVersion);
    const child = await authenticate(ctx, report.childId);
    const languages = normaliseReported(report.languages);
    const descendants = (report.descendants ?? []).map((d) => ({ nodeId: d.nodeId ?? '', languages: normaliseReported(d.languages) }));
    await node.children.update(child.id, { languages, descendants });
    // A mid-tier node passes what its children need up to its own parent at once.
    if (JSON.stringify([child.languages, child.descendants]) !== JSON.stringify([languages, descendants])) void node.replicator?.hello();
    const managed = await node.catalog.settings.languages();
    const unmanaged = unmanagedLanguages([...languages, ...descendants.flatMap((d) => d.languages)], managed);
    if (unmanaged.length && unmanaged.join() !== unmanagedLanguages([...child.languages, ...child.descendants.flatMap((d) => d.languages)], managed).join()) {
      log.warn({ child: child.id, languages: unmanaged }, 'a child needs languages this node does not manage; alert raised');
    }
    const rules = await node.rules.all();
    const runNow = await node.children.runNow(child.id);
    ctx.type = PROTOBUF;
    ctx.body = Buffer.from(LanguageAck.encode({
      parentId: node.nodeId,
      unmanaged,
      rules: Object.entries(rules).map(([name, r]) => ({ name, mode: r.mode === 'complete' ? Mode.MODE_COMPLETE : Mode.MODE_DIFFERENTIAL, schedule: r.schedule, verify: r.verification.enabled, verifyPercent: r.verification.percent, policyIds: r.policyIds })),
      runNow: Object.entries(runNow).map(([rule, r]) => ({ rule, counter: r.counter, mode: r.mode === 'complete' ? Mode.MODE_COMPLETE : Mode.MODE_DIFFERENTIAL })),
    }).finish());
  });

  router.post('/sync/v1/runs', async (ctx) => {
    const report = decode(RunReport, await readRaw(ctx, limit));
    checkVersion(report.protocolVersion);
    const child = await authenticate(ctx, report.childId);
    await node.children.recordRun({
      child: child.id, rule: report.rule, trigger: report.trigger, mode: report.mode === Mode.MODE_COMPLETE ? 'complete' : 'differential', reason: report.reason,
      started: report.started, durationMs: Number(report.durationMs), received: Number(report.received), applied: Number(report.applied), deleted: Number(report.deleted), bytes: Number(report.bytes),
      verification: { digestEqual: report.digestEqual, sampled: Number(report.sampled), mismatched: Number(report.mismatched), repaired: Number(report.repaired), fellBackToComplete: report.fellBackToComplete },
      status: report.ok ? 'ok' : 'failed', error: report.errorCode ? { code: report.errorCode, message: report.errorMessage } : undefined,
    });
    node.metrics.count('patchtree_child_runs_total', 'Runs reported by children', { child: child.id, rule: report.rule ?? '', status: report.ok ? 'ok' : 'failed' });
    ctx.status = 204;
  });

  router.post('/sync/v1/content', async (ctx) => {
    const request = decode(ContentListRequest, await readRaw(ctx, limit));
    checkVersion(request.protocolVersion);
    await authenticate(ctx, request.childId);
    const files = await node.catalog.staging.filesIn(normaliseReported(request.languages));
    ctx.type = PROTOBUF;
    ctx.body = Buffer.from(ContentListResponse.encode({ files: files.map((f) => ({ updateKey: f.updateKey, algorithm: f.algorithm, hash: f.hash, size: f.size, verified: f.verified })) }).finish());
  });

  router.post('/sync/v1/verify', async (ctx) => {
    const message = decode(VerifyRequest, await readRaw(ctx, limit));
    checkVersion(message.protocolVersion);
    await authenticate(ctx, message.childId);
    const scope = scopeOf(message);
    const percent = message.samplePerMillion ? message.samplePerMillion / 10_000 : (message.samplePercent ?? 0);
    if (percent > 100) throw new PatchtreeError('REPL_BAD_REQUEST', 'sample_percent must be at most 100 (sample_per_million at most 1000000)');
    const pageLimit = message.pageLimit ?? 0;
    if (pageLimit > MAX_KEYS_PER_CALL) throw new PatchtreeError('REPL_BAD_REQUEST', `page_limit must be at most ${MAX_KEYS_PER_CALL}`);
    ctx.type = PROTOBUF;
    if (percent >= 100 && pageLimit > 0) {
      const page = await pageOfHashes(node.catalog.store, scope, message.pageAfter ?? '', pageLimit);
      ctx.body = Buffer.from(VerifyResponse.encode({ hashes: page.hashes, nextPageAfter: page.nextAfter }).finish());
      return;
    }
    const hashes = percent > 0 ? await sampleHashes(node.catalog.store, scope, percent) : await hashesFor(node.catalog.store, keysOf(message.keys), scope);
    ctx.body = Buffer.from(VerifyResponse.encode({ hashes }).finish());
  });

  router.post('/sync/v1/fetch', async (ctx) => {
    const message = decode(FetchRequest, await readRaw(ctx, limit));
    checkVersion(message.protocolVersion);
    await authenticate(ctx, message.childId);
    const changes = await changesFor(node.catalog.store, keysOf(message.keys), scopeOf(message));
    ctx.type = PROTOBUF;
    ctx.body = encodeRepeatedBytes(changes, 1); // FetchResponse.changes, as the bytes stored here
  });
}

/** Reported languages, normalised; a malformed list is refused rather than trusted. */
function normaliseReported(languages: string[] | null | undefined): string[] {
  try {
    return normaliseLanguages(languages ?? []);
  } catch (err) {
    throw new PatchtreeError('REPL_BAD_REQUEST', (err as Error).message);
  }
}

function scopeOf(message: { rule?: number | null; languages?: string[] | null; policyIds?: string[] | null }): SyncScope {
  return { rule: ruleOf(message.rule), languages: message.languages ?? [], policyIds: message.policyIds ?? [] };
}

function keysOf(keys: string[] | null | undefined): string[] {
  const list = keys ?? [];
  if (list.length > MAX_KEYS_PER_CALL) throw new PatchtreeError('REPL_BAD_REQUEST', `at most ${MAX_KEYS_PER_CALL} keys per call`);
  return list;
}

/** Passes frames through; an error once streaming has begun becomes an error frame (the status line is gone). */
async function* framesOrError(frames: AsyncGenerator<Buffer>, log: NodeContext['logger'], child: string): AsyncGenerator<Buffer> {
  try {
    yield* frames;
  } catch (err) {
    const e = err as PatchtreeError;
    log.error({ child, code: e.code, err: e.message }, 'sync session failed');
    yield encodeFrame({ error: { code: e.code ?? 'INTERNAL', message: e.code ? e.message : 'internal error; see the parent log' } });
  }
}
