import Koa, { type Context } from 'koa';
import Router from '@koa/router';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { PatchtreeError } from '../protocol/index.js';
import type { NodeContext } from './context.js';
import { bearerToken, sameSecret } from './auth.js';
import { toHttpError } from './http-errors.js';
import { catalogRoutes } from './routes/catalog-routes.js';
import { policyRoutes } from './routes/policy-routes.js';
import { statusRoutes, VERSION } from './routes/status-routes.js';
import { contentRoutes } from './routes/content-routes.js';
import { consoleRoutes } from './routes/console-routes.js';
import { syncRoutes } from './routes/sync-routes.js';
import { replicationRoutes } from './routes/replication-routes.js';
import { trustRoutes } from './routes/trust-routes.js';
import { bundleRoutes } from './routes/bundle-routes.js';
import { SyncError } from '../protocol/index.js';
import { defineRoute, mountRoutes, routesOf } from './route-table.js';
import { openApiDocument } from './openapi.js';

/** Builds the Koa app: errors to JSON in one place, admin token on /api/v1 (except health), routes. */
export function createApp(node: NodeContext): Koa {
  const app = new Koa();
  const log = node.logger.child({ module: 'http' });
  app.silent = true; // errors are logged below, once, with their code
  const { api, open } = buildRouters(node);

  // Every answer carries a request id (the caller's own, if it sent a sane one); admin requests get one access line.
  app.use(async (ctx, next) => {
    const started = performance.now();
    const given = ctx.get('x-request-id');
    const reqId = /^[A-Za-z0-9._:-]{1,128}$/.test(given) ? given : randomUUID();
    ctx.set('x-request-id', reqId);
    ctx.state.auditLog = node.logger.child({ module: 'audit', reqId });
    try {
      await next();
    } finally {
      const admin = isAdminPath(ctx.path);
      const line = { reqId, method: ctx.method.slice(0, 20), route: admin ? routePattern(ctx, api) : routePattern(ctx, open), status: ctx.status, ms: Math.round((performance.now() - started) * 10) / 10, ip: ctx.ip, ...(ctx.state.errorCode ? { code: ctx.state.errorCode } : {}) };
      // The route's pattern, never the raw path nor the query (a query may carry a secret); headers are not logged.
      if (admin) log.info(line, 'request');
      else log.debug(line, 'request');
    }
  });

  app.use(async (ctx, next) => {
    try {
      await next();
      if (ctx.status === 404 && ctx.body === undefined) throw new PatchtreeError('ROUTE_NOT_FOUND', `no route ${ctx.method} ${ctx.path}`);
      // The router answers another method on a known path 405 (a method it does not know, 501) with no body: a refusal with a code like any other (its Allow header stays).
      if ((ctx.status === 405 || ctx.status === 501) && ctx.body === undefined) throw new PatchtreeError('METHOD_NOT_ALLOWED', `${ctx.method.slice(0, 20)} is not allowed on ${ctx.path.slice(0, 200)}`);
    } catch (err) {
      const { status, body, internal } = toHttpError(err);
      ctx.status = status;
      ctx.body = body;
      ctx.state.errorCode = body.error.code;
      if (ctx.path.startsWith('/sync/')) {
        // The sync API speaks protobuf only, errors included.
        ctx.type = 'application/x-protobuf';
        ctx.set('x-patchtree-error', body.error.code);
        ctx.body = Buffer.from(SyncError.encode({ code: body.error.code, message: body.error.message }).finish());
      }
      if (internal) log.error({ err, method: ctx.method, path: ctx.path }, 'request failed');
      // An admin request's refusal is in its access line (with its code).
      else if (!isAdminPath(ctx.path)) log.info({ code: body.error.code, method: ctx.method, path: ctx.path, status }, 'request refused');
    } finally {
      node.metrics.count('patchtree_http_requests_total', 'HTTP requests answered', { status: String(ctx.status) });
    }
  });

  // The admin token guards everything under /api/v1 but health, whatever the method or path: an OPTIONS
  // request or an unknown route learns nothing (methods, routes) without it. Paths match as the router
  // matches them, without regard to case.
  app.use(async (ctx, next) => {
    if (!isAdminPath(ctx.path) || (/^\/api\/v1\/health\/?$/i.test(ctx.path) && (ctx.method === 'GET' || ctx.method === 'HEAD'))) return next();
    const token = bearerToken(ctx.get('authorization'));
    if (token === undefined) throw new PatchtreeError('AUTH_REQUIRED', 'the admin API needs "Authorization: Bearer <admin token>"');
    if (!sameSecret(token, node.adminToken)) {
      log.warn({ path: ctx.path, ip: ctx.ip }, 'wrong admin token');
      throw new PatchtreeError('AUTH_INVALID', 'wrong admin token');
    }
    return next();
  });

  app.use(api.routes());
  app.use(api.allowedMethods());
  app.use(open.routes());
  return app;
}

/** Under /api/v1, as the router matches paths (without regard to case): what the admin token guards. */
function isAdminPath(path: string): boolean {
  return /^\/api\/v1(\/|$)/i.test(path);
}

/** The pattern of the route a request is for (`/api/v1/sources/:name`), even when it was refused before routing; null when none. */
function routePattern(ctx: Context, router: Router): string | null {
  const matched = (ctx as Context & { _matchedRoute?: string | RegExp })._matchedRoute;
  if (typeof matched === 'string') return matched;
  const layers = router.match(ctx.path, ctx.method).pathAndMethod;
  return layers.length ? String(layers[layers.length - 1].path) : null;
}

/**
 * The node's routers: the admin API (/api/v1) and the open routes (metrics,
 * content, console, sync). Every route is declared with defineRoute, so the
 * OpenAPI document (GET /api/v1/openapi.json) is made from these routers.
 */
export function buildRouters(node: NodeContext): { api: Router; open: Router } {
  const api = new Router({ prefix: '/api/v1' });
  statusRoutes(api, node);
  catalogRoutes(api, node);
  policyRoutes(api, node);
  replicationRoutes(api, node);
  trustRoutes(api, node);
  bundleRoutes(api, node);

  const open = new Router();
  mountRoutes(open, { bodyLimit: 0, admin: false }, [defineRoute({
    method: 'get', path: '/metrics', tags: ['open'], summary: 'Prometheus text format (no token)',
    responses: { 200: { description: 'the metrics', contentType: 'text/plain', schema: z.string() } },
    async handler(ctx) {
      ctx.type = node.metrics.contentType;
      ctx.body = await node.metrics.text();
    },
  })]);
  contentRoutes(open, node);
  consoleRoutes(open);
  syncRoutes(open, node);

  // Made once, at the first ask: the routes do not change while the node runs.
  let document: object | undefined;
  mountRoutes(api, { bodyLimit: 0, admin: true }, [defineRoute({
    method: 'get', path: '/openapi.json', tags: ['status'], summary: 'This document: OpenAPI 3.1 of every route the node serves',
    responses: { 200: { description: 'the OpenAPI 3.1 document', schema: z.record(z.string(), z.unknown()) } },
    handler(ctx) {
      ctx.body = document ??= openApiDocument([...routesOf(api), ...routesOf(open)], { version: VERSION });
    },
  })]);
  return { api, open };
}
