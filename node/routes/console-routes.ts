import type Router from '@koa/router';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { defineRoute, mountRoutes, type RouteSpec } from '../route-table.js';

const PAGE = readFileSync(new URL('../console/console.html', import.meta.url), 'utf8');

/** The console: one static page over the admin API (it asks for the admin token). */
export function consoleRoutes(router: Router): void {
  const page = (path: string): RouteSpec => defineRoute({
    method: 'get', path, tags: ['open'], summary: 'The console (HTML; it asks for the admin token)',
    responses: { 200: { description: 'the console page', contentType: 'text/html', schema: z.string() } },
    handler(ctx) {
      ctx.type = 'text/html; charset=utf-8';
      ctx.set('content-security-policy', "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'");
      ctx.body = PAGE;
    },
  });
  mountRoutes(router, { bodyLimit: 0, admin: false }, [page('/'), page('/console')]);
}
