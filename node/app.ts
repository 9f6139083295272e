import Koa from 'koa';
import Router from '@koa/router';
import { PatchtreeError } from '../protocol/index.js';
import type { NodeContext } from './context.js';
import { bearerToken, sameSecret } from './auth.js';
import { toHttpError } from './http-errors.js';
import { catalogRoutes } from './routes/catalog-routes.js';
import { policyRoutes } from './routes/policy-routes.js';
import { statusRoutes } from './routes/status-routes.js';
import { contentRoutes } from './routes/content-routes.js';
import { consoleRoutes } from './routes/console-routes.js';
import { syncRoutes } from './routes/sync-routes.js';
import { replicationRoutes } from './routes/replication-routes.js';
import { trustRoutes } from './routes/trust-routes.js';
import { SyncError } from '../protocol/index.js';

/** Builds the Koa app: errors to JSON in one place, admin token on /api/v1 (except health), routes. */
export function createApp(node: NodeContext): Koa {
  const app = new Koa();
  const log = node.logger.child({ module: 'http' });
  app.silent = true; // errors are logged below, once, with their code

  app.use(async (ctx, next) => {
    const started = Date.now();
    try {
      await next();
      if (ctx.status === 404 && ctx.body === undefined) throw new PatchtreeError('ROUTE_NOT_FOUND', `no route ${ctx.method} ${ctx.path}`);
      // The router answers another method on a known path 405 (a method it does not know, 501) with no body: a refusal with a code like any other (its Allow header stays).
      if ((ctx.status === 405 || ctx.status === 501) && ctx.body === undefined) throw new PatchtreeError('METHOD_NOT_ALLOWED', `${ctx.method.slice(0, 20)} is not allowed on ${ctx.path.slice(0, 200)}`);
    } catch (err) {
      const { status, body, internal } = toHttpError(err);
      ctx.status = status;
      ctx.body = body;
      if (ctx.path.startsWith('/sync/')) {
        // The sync API speaks protobuf only, errors included.
        ctx.type = 'application/x-protobuf';
        ctx.set('x-patchtree-error', body.error.code);
        ctx.body = Buffer.from(SyncError.encode({ code: body.error.code, message: body.error.message }).finish());
      }
      if (internal) log.error({ err, method: ctx.method, path: ctx.path }, 'request failed');
      else log.info({ code: body.error.code, method: ctx.method, path: ctx.path, status }, 'request refused');
    } finally {
      node.metrics.count('patchtree_http_requests_total', 'HTTP requests answered', { status: String(ctx.status) });
      log.debug({ method: ctx.method, path: ctx.path, status: ctx.status, ms: Date.now() - started }, 'request');
    }
  });

  // The admin token guards everything under /api/v1 but health, whatever the method or path: an OPTIONS
  // request or an unknown route learns nothing (methods, routes) without it. Paths match as the router
  // matches them, without regard to case.
  app.use(async (ctx, next) => {
    if (!/^\/api\/v1(\/|$)/i.test(ctx.path) || (/^\/api\/v1\/health\/?$/i.test(ctx.path) && (ctx.method === 'GET' || ctx.method === 'HEAD'))) return next();
    const token = bearerToken(ctx.get('authorization'));
    if (token === undefined) throw new PatchtreeError('AUTH_REQUIRED', 'the admin API needs "Authorization: Bearer <admin token>"');
    if (!sameSecret(token, node.adminToken)) {
      log.warn({ path: ctx.path, ip: ctx.ip }, 'wrong admin token');
      throw new PatchtreeError('AUTH_INVALID', 'wrong admin token');
    }
    return next();
  });

  const api = new Router({ prefix: '/api/v1' });
  statusRoutes(api, node);
  catalogRoutes(api, node);
  policyRoutes(api, node);
  replicationRoutes(api, node);
  trustRoutes(api, node);
  app.use(api.routes());
  app.use(api.allowedMethods());

  const open = new Router();
  open.get('/metrics', async (ctx) => {
    ctx.type = node.metrics.contentType;
    ctx.body = await node.metrics.text();
  });
  contentRoutes(open, node);
  consoleRoutes(open);
  syncRoutes(open, node);
  app.use(open.routes());
  return app;
}
