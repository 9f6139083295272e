import type Router from '@koa/router';
import type { Context } from 'koa';
import { z } from 'zod';
import { PatchtreeError } from '../protocol/index.js';
import { readJson } from './body.js';
import { auditLine, type AuditSpec } from './audit.js';

export type Method = 'get' | 'put' | 'post' | 'patch' | 'delete';

/** A request body the handler reads itself (protobuf on the sync API): documented, not parsed here. */
export interface RawBody {
  contentType: string;
  /** The message type (protocol/patchtree.proto) or what the bytes are. */
  description: string;
}

/** One answer a route gives: its description, and its body's media type and schema when it has one. */
export interface ResponseSpec {
  description: string;
  contentType?: string;
  schema?: z.ZodType;
}

/**
 * One route: what it takes (path params, query, body: zod schemas), what it
 * answers, and its handler. The same declaration is registered on the Koa
 * router (its schemas validate every request before the handler runs) and
 * becomes the route's operation in the OpenAPI document: a route cannot be
 * served undocumented, nor documented and absent.
 */
export interface RouteSpec<P = Record<string, string>, Q = Record<string, unknown>, B = undefined> {
  method: Method;
  /** Koa-router pattern, relative to the router's prefix: `/sources/:name`. */
  path: string;
  summary: string;
  tags: string[];
  request?: {
    params?: z.ZodType<P>;
    query?: z.ZodType<Q>;
    body?: z.ZodType<B> | RawBody;
    /**
     * The code a request the schemas refuse answers (default BAD_REQUEST):
     * where a domain module owns the field's checks, its code (SETTINGS_INVALID,
     * RULE_INVALID...) so a refusal reads the same whichever check met it first.
     */
    invalid?: string;
  };
  responses: Record<number, ResponseSpec>;
  /** Admin changes: what the audit line says (required on every admin route that is not a GET). */
  audit?: AuditSpec<{ params: P; query: Q; body: B }>;
  handler(ctx: Context, input: { params: P; query: Q; body: B }): unknown;
}

/** A RouteSpec whose handler's input is typed by its schemas. */
export function defineRoute<P = Record<string, string>, Q = Record<string, unknown>, B = undefined>(spec: RouteSpec<P, Q, B>): RouteSpec {
  return spec as unknown as RouteSpec;
}

/** A route as mounted: its spec and its whole path (the router's prefix included). */
export interface MountedRoute {
  spec: RouteSpec;
  path: string;
  /** Guarded by the admin token (the app's auth middleware decides; recorded for the document). */
  admin: boolean;
}

const mounted = new WeakMap<Router, MountedRoute[]>();

export interface MountOptions {
  /** Largest JSON body read. */
  bodyLimit: number;
  /** Routes behind the admin token: every non-GET one must declare its audit line. */
  admin: boolean;
}

/** Registers routes on a router, each validating its request by its schemas first; the router remembers them for the document. */
export function mountRoutes(router: Router, options: MountOptions, routes: RouteSpec[]): void {
  const list = mounted.get(router) ?? [];
  mounted.set(router, list);
  const prefix = (router as unknown as { opts: { prefix?: string } }).opts.prefix ?? '';
  for (const spec of routes) {
    if (options.admin && spec.method !== 'get' && !spec.audit) throw new Error(`admin route ${spec.method.toUpperCase()} ${spec.path} changes something and declares no audit line`);
    list.push({ spec, path: prefix + spec.path, admin: options.admin });
    router[spec.method](spec.path, async (ctx) => {
      const input = await readInput(ctx, spec, options.bodyLimit);
      const before = spec.audit?.before ? await spec.audit.before(input) : undefined;
      await spec.handler(ctx, input);
      if (spec.audit) await auditLine(ctx, spec.audit, input, before);
    });
  }
}

/** The routes mounted on a router, in registration order. */
export function routesOf(router: Router): readonly MountedRoute[] {
  return mounted.get(router) ?? [];
}

async function readInput(ctx: Context, spec: RouteSpec, bodyLimit: number) {
  const request = spec.request ?? {};
  const code = request.invalid ?? 'BAD_REQUEST';
  const params = request.params ? check(request.params, ctx.params, 'path', code) : ctx.params;
  const query = request.query ? check(request.query, ctx.query, 'query', code) : {};
  // A raw body (protobuf) is the handler's to read, after it has authenticated the caller.
  const body = request.body && !('contentType' in request.body) ? check(request.body, await readJson(ctx, bodyLimit), 'body', code) : undefined;
  return { params, query, body } as { params: Record<string, string>; query: Record<string, unknown>; body: undefined };
}

function check<T>(schema: z.ZodType<T>, value: unknown, where: string, code: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const at = [where, ...issue.path.map(String)].join('.');
  throw new PatchtreeError(code, `${at}: ${issue.message}`, { details: { at } });
}
