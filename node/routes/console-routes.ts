import type Router from '@koa/router';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PatchtreeError } from '../../protocol/index.js';
import { z } from 'zod';
import { defineRoute, mountRoutes } from '../route-table.js';

// The console: a Preact + htm app over the admin API. Its script is bundled by esbuild in memory on first
// request (from the compiled modules beside this one, or the sources under tsx) and everything is served
// by the node itself, so the page works offline and the CSP can allow scripts and styles from 'self' only.
const HERE = new URL('../console/', import.meta.url);
const PAGE = readFileSync(new URL('index.html', HERE), 'utf8');
const STYLE = readFileSync(new URL('console.css', HERE), 'utf8');
const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

let bundled: Promise<{ code: string; etag: string }> | undefined;

async function bundle(): Promise<{ code: string; etag: string }> {
  const { build } = await import('esbuild');
  const compiled = new URL('main.js', HERE);
  const entry = fileURLToPath(existsSync(compiled) ? compiled : new URL('main.ts', HERE));
  const out = await build({ entryPoints: [entry], bundle: true, write: false, format: 'esm', platform: 'browser', target: 'es2022', minify: true, legalComments: 'none', logLevel: 'silent' });
  const code = out.outputFiles[0].text;
  return { code, etag: `"${createHash('sha256').update(code).digest('hex').slice(0, 16)}"` };
}

/** The console's bundle, built once per process (a failed build is tried again on the next request). */
function script(): Promise<{ code: string; etag: string }> {
  bundled ??= bundle().catch((err) => {
    bundled = undefined;
    throw new PatchtreeError('INTERNAL', `the console script did not build: ${(err as Error).message}`);
  });
  return bundled;
}

type Ctx = { type: string; body: unknown; status: number; set(k: string, v: string): void; get(k: string): string };

function headers(ctx: Ctx, type: string): void {
  ctx.type = type;
  ctx.set('content-security-policy', CSP);
  ctx.set('x-content-type-options', 'nosniff');
  ctx.set('referrer-policy', 'no-referrer');
  ctx.set('cache-control', 'no-cache');
}

export function consoleRoutes(router: Router): void {
  const asset = (path: string, summary: string, contentType: string, serve: (ctx: Ctx) => void | Promise<void>) => defineRoute({
    method: 'get', path, tags: ['open'], summary,
    responses: { 200: { description: summary, contentType, schema: z.string() } },
    handler: (ctx) => serve(ctx as unknown as Ctx),
  });
  const page = (ctx: Ctx) => {
    headers(ctx, 'text/html; charset=utf-8');
    ctx.body = PAGE;
  };
  mountRoutes(router, { bodyLimit: 0, admin: false }, [
    asset('/', 'The console (HTML; it asks for the admin token)', 'text/html', page),
    asset('/console', 'The console (HTML; it asks for the admin token)', 'text/html', page),
    asset('/console/console.css', "The console's style sheet", 'text/css', (ctx) => {
      headers(ctx, 'text/css; charset=utf-8');
      ctx.body = STYLE;
    }),
    asset('/console/console.js', "The console's script (an ETag; 304 when unchanged)", 'text/javascript', async (ctx) => {
      const { code, etag } = await script();
      headers(ctx, 'text/javascript; charset=utf-8');
      ctx.set('etag', etag);
      if (ctx.get('if-none-match') === etag) {
        ctx.status = 304;
        return;
      }
      ctx.body = code;
    }),
  ]);
}
