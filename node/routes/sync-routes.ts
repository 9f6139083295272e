import type Router from '@koa/router';
import type { Context } from 'koa';
import { Readable } from 'node:stream';
import { PatchtreeError } from '../../protocol/index.js';
import type { NodeContext } from '../context.js';
import { readRaw } from '../body.js';

const PROTOBUF = 'application/x-protobuf';

/**
 * The sync API between nodes: protobuf bodies, each call authenticated by
 * the child's own credential. The routes only move bytes: the parent's
 * service (replication/parent/service.ts) decodes, decides and encodes.
 */
export function syncRoutes(router: Router, node: NodeContext): void {
  const service = node.sync;
  const limit = node.config.syncBodyLimitBytes;
  const body = async (ctx: Context) => {
    if (ctx.request.type && ctx.request.type !== PROTOBUF) throw new PatchtreeError('UNSUPPORTED_MEDIA_TYPE', `expected ${PROTOBUF}`);
    return readRaw(ctx, limit);
  };
  const credential = (ctx: Context) => ctx.get('authorization').replace(/^Bearer\s+/i, '') || undefined;
  const answer = (ctx: Context, bytes: Uint8Array) => {
    ctx.type = PROTOBUF;
    ctx.body = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  };

  router.post('/sync/v1/session', async (ctx) => {
    const { childId, rule, frames, release } = await service.session(await body(ctx), credential(ctx), ctx.ip);
    ctx.res.once('close', release); // a response that ends unread (the child went away) ends the session too
    node.metrics.count('patchtree_sync_sessions_total', 'Sync sessions served', { child: childId, rule });
    // A child that stops reading must not hold this node's snapshot and socket forever.
    ctx.req.socket.setTimeout(node.config.syncIdleTimeoutMs, () => ctx.req.socket.destroy());
    ctx.type = PROTOBUF;
    ctx.body = Readable.from(frames);
  });
  router.post('/sync/v1/hello', async (ctx) => answer(ctx, await service.hello(await body(ctx), credential(ctx), ctx.ip)));
  router.post('/sync/v1/verify', async (ctx) => answer(ctx, await service.verify(await body(ctx), credential(ctx), ctx.ip)));
  router.post('/sync/v1/fetch', async (ctx) => answer(ctx, await service.fetch(await body(ctx), credential(ctx), ctx.ip)));
  router.post('/sync/v1/content', async (ctx) => answer(ctx, await service.contentList(await body(ctx), credential(ctx), ctx.ip)));
  router.post('/sync/v1/runs', async (ctx) => {
    const { childId, run } = await service.runReport(await body(ctx), credential(ctx), ctx.ip);
    node.metrics.count('patchtree_child_runs_total', 'Runs reported by children', { child: childId, rule: run.rule, status: run.status });
    ctx.status = 204;
  });
}
