import type Router from '@koa/router';
import { readFileSync } from 'node:fs';

const PAGE = readFileSync(new URL('../console/console.html', import.meta.url), 'utf8');

/** The console: one static page over the admin API (it asks for the admin token). */
export function consoleRoutes(router: Router): void {
  const serve = (ctx: { type: string; body: unknown; set(k: string, v: string): void }) => {
    ctx.type = 'text/html; charset=utf-8';
    ctx.set('content-security-policy', "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'");
    ctx.body = PAGE;
  };
  router.get('/', serve);
  router.get('/console', serve);
}
