import type Router from '@koa/router';
import type { Context } from 'koa';
import { Readable } from 'node:stream';
import { z } from 'zod';
import { PatchtreeError } from '../../protocol/index.js';
import { wire, type SyncCall } from '../../replication/index.js';
import type { NodeContext } from '../context.js';
import { bearerToken } from '../auth.js';
import { readRaw } from '../body.js';
import { defineRoute, mountRoutes } from '../route-table.js';

/** Bytes of frames a session makes ahead of its socket: about one batch frame of 1,000 typical records. */
const SESSION_READ_AHEAD_BYTES = 512 * 1024;

const PROTOBUF = 'application/x-protobuf';
const PROTOBUF_BYTES = z.string().meta({ contentMediaType: PROTOBUF });
/** Largest body of a refused, unauthenticated call that is read off the connection (and dropped) rather than cut. */
const REFUSED_BODY_BYTES = 64 * 1024;

/**
 * The sync API between nodes: protobuf bodies, each call authenticated by
 * the child's own credential. The routes only move bytes: the parent's
 * service (replication/parent/service.ts) authenticates the caller from the
 * headers, then reads, decodes, decides and encodes.
 */
export function syncRoutes(router: Router, node: NodeContext): void {
  const service = node.sync;
  const answer = (ctx: Context, bytes: Uint8Array) => {
    ctx.type = PROTOBUF;
    ctx.body = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  };

  /**
   * Runs one call. A call refused before its body was asked for (no or a
   * wrong credential) does not have it read: one of more than
   * REFUSED_BODY_BYTES (or of no declared length) closes the connection
   * after the answer. A smaller one is read off and dropped, so an honest
   * client still sending it reads its refusal rather than a broken pipe;
   * so is the body of an authenticated child refused later (its limits
   * and codes are its admin's to read).
   */
  const handle = (serve: (ctx: Context, call: SyncCall) => Promise<void>) => async (ctx: Context) => {
    let bodyAsked = false;
    try {
      if (ctx.request.type && ctx.request.type !== PROTOBUF) throw new PatchtreeError('UNSUPPORTED_MEDIA_TYPE', `expected ${PROTOBUF}`);
      await serve(ctx, {
        childId: ctx.get(wire.CHILD_HEADER),
        credential: bearerToken(ctx.get('authorization')),
        peer: ctx.ip,
        body: (limit) => {
          bodyAsked = true;
          return readRaw(ctx, limit);
        },
      });
    } catch (err) {
      const declared = Number(ctx.get('content-length') || Number.POSITIVE_INFINITY);
      if (!bodyAsked && !ctx.req.readableEnded && !(declared <= REFUSED_BODY_BYTES)) ctx.set('Connection', 'close');
      throw err;
    }
  };

  /** A sync call: its protobuf request and answer message types (protocol/patchtree.proto); the body is read by the service once the caller is authenticated. */
  const syncRoute = (name: string, request: string, reply: string, serve: (ctx: Context, call: SyncCall) => Promise<void>, status = 200) => defineRoute({
    method: 'post', path: `/sync/v1/${name}`, tags: ['sync'],
    summary: `Sync API (child credential: \`Authorization: Bearer\` and \`${wire.CHILD_HEADER}\`): ${request} -> ${reply}`,
    request: { body: { contentType: PROTOBUF, description: `a ${request} message` } },
    responses: { [status]: { description: reply, ...(status === 204 ? {} : { contentType: PROTOBUF, schema: PROTOBUF_BYTES }) } },
    handler: handle(serve),
  });

  mountRoutes(router, { bodyLimit: 0, admin: false }, [
    syncRoute('session', 'SyncRequest', 'a stream of length-delimited SyncFrame messages', async (ctx, call) => {
      const { childId, rule, frames, release } = await service.session(call);
      ctx.res.once('close', release); // a response that ends unread (the child went away) ends the session too
      node.metrics.count('patchtree_sync_sessions_total', 'Sync sessions served', { child: childId, rule });
      // A child that stops reading must not hold this node's snapshot and socket forever.
      ctx.req.socket.setTimeout(node.config.syncIdleTimeoutMs, () => ctx.req.socket.destroy());
      ctx.type = PROTOBUF;
      // Frames are made ahead of the socket up to SESSION_READ_AHEAD_BYTES, counted in bytes (Readable.from's
      // default counts sixteen frames): the next batch is read from LevelDB while the child takes the last one,
      // and a session holds at most one frame more than the one being sent, as before.
      ctx.body = Readable.from(frames, { objectMode: false, highWaterMark: SESSION_READ_AHEAD_BYTES });
    }),
    syncRoute('hello', 'LanguageReport', 'LanguageAck', async (ctx, call) => answer(ctx, await service.hello(call))),
    syncRoute('verify', 'VerifyRequest', 'VerifyResponse', async (ctx, call) => answer(ctx, await service.verify(call))),
    syncRoute('fetch', 'FetchRequest', 'FetchResponse', async (ctx, call) => answer(ctx, await service.fetch(call))),
    syncRoute('content', 'ContentListRequest', 'ContentListResponse', async (ctx, call) => answer(ctx, await service.contentList(call))),
    syncRoute('runs', 'RunReport', 'no content: the report is kept', async (ctx, call) => {
      const { childId, run, fresh } = await service.runReport(call);
      if (fresh) {
        // A report sent again (its answer was lost) counts once.
        node.metrics.count('patchtree_child_runs_total', 'Runs reported by children', { child: childId, rule: run.rule, status: run.status });
        node.metrics.replicationRun('parent', run);
      }
      ctx.status = 204;
    }, 204),
  ]);
}
