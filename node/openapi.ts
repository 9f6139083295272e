import { OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import type { z } from 'zod';
import { ErrorBody } from './api-schemas.js';
import type { MountedRoute } from './route-table.js';

/** `/sources/:name` (Koa) as OpenAPI writes it: `/sources/{name}`. */
export function openApiPath(koaPath: string): string {
  return koaPath.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

/**
 * The OpenAPI 3.1 document of the routes the node mounted: every operation
 * comes from a route's own declaration (node/route-table.ts), its request
 * schemas the very ones that validate it.
 */
export function openApiDocument(routes: readonly MountedRoute[], info: { version: string }): object {
  const registry = new OpenAPIRegistry();
  const bearer = registry.registerComponent('securitySchemes', 'adminToken', { type: 'http', scheme: 'bearer', description: 'the admin token (DATA/admin-token, or adminToken in the config)' });
  // ErrorBody carries its component id (meta id 'Error'): every refusal refers to it.
  const error = ErrorBody;
  for (const { spec, path, admin } of routes) {
    const body = spec.request?.body;
    const config: RouteConfig = {
      method: spec.method,
      path: openApiPath(path),
      summary: spec.summary,
      tags: spec.tags,
      // Health is the one admin route without the token (app.ts).
      ...(admin && path !== '/api/v1/health' ? { security: [{ [bearer.name]: [] }] } : {}),
      request: {
        ...(spec.request?.params ? { params: spec.request.params as z.ZodObject } : {}),
        ...(spec.request?.query ? { query: spec.request.query as z.ZodObject } : {}),
        ...(body
          ? 'contentType' in body
            ? { body: { description: body.description, required: true, content: { [body.contentType]: { schema: { type: 'string', contentMediaType: body.contentType } } } } }
            : { body: { required: true, content: { 'application/json': { schema: body } } } }
          : {}),
      },
      responses: {
        ...Object.fromEntries(Object.entries(spec.responses).map(([status, r]) => [status, {
          description: r.description,
          ...(r.schema ? { content: { [r.contentType ?? 'application/json']: { schema: r.schema } } } : {}),
        }])),
        default: { description: `a refusal with a stable code (README, Error codes)${spec.tags.includes('sync') ? ': a SyncError message, the code also in x-patchtree-error' : ''}`, content: { [spec.tags.includes('sync') ? 'application/x-protobuf' : 'application/json']: { schema: spec.tags.includes('sync') ? { type: 'string', contentMediaType: 'application/x-protobuf' } : error } } },
      },
    };
    registry.registerPath(config);
  }
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'patchtree',
      version: info.version,
      description: 'The admin API (JSON under /api/v1, the admin token as a bearer token), the open routes (/, /console, /metrics, /content) and the sync API between nodes (/sync/v1, protobuf: protocol/patchtree.proto).',
    },
  });
}
