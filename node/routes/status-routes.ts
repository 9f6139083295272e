import type Router from '@koa/router';
import type { NodeContext } from '../context.js';
import { readJson } from '../body.js';

const VERSION = '0.1.0';

/** Status, health, node settings and jobs. */
export function statusRoutes(api: Router, node: NodeContext): void {
  const { catalog } = node;
  const limit = node.config.bodyLimitBytes;

  api.get('/health', (ctx) => {
    ctx.body = { ok: true };
  });

  api.get('/status', async (ctx) => {
    const languages = await catalog.settings.languages();
    ctx.body = {
      nodeId: node.nodeId,
      version: VERSION,
      startedAt: node.startedAt.toISOString(),
      uptimeSeconds: Math.round((Date.now() - node.startedAt.getTime()) / 1000),
      languages,
      lastSeq: catalog.store.lastSeq,
      counts: catalog.store.counts(),
      digest: catalog.store.digest(),
      sources: (await catalog.sources.list()).map((s) => ({ name: s.name, type: s.type, schedule: s.schedule ?? null, enabled: s.enabled })),
      nextImports: node.scheduler.nextRuns(),
      jobsRunning: node.jobs.list().filter((j) => j.status === 'running').length,
    };
  });

  api.get('/digest', (ctx) => {
    const languages = typeof ctx.query.languages === 'string' && ctx.query.languages ? ctx.query.languages.split(',') : undefined;
    ctx.body = catalog.store.digest(languages);
  });

  api.get('/languages', async (ctx) => {
    ctx.body = { languages: await catalog.settings.languages() };
  });
  api.put('/languages', async (ctx) => {
    const body = (await readJson(ctx, limit)) as { languages?: unknown };
    ctx.body = { languages: await catalog.settings.setLanguages(body?.languages) };
  });

  api.get('/exclusions', async (ctx) => {
    ctx.body = { exclusions: await catalog.settings.exclusions() };
  });
  api.put('/exclusions', async (ctx) => {
    const body = (await readJson(ctx, limit)) as { exclusions?: unknown };
    ctx.body = { exclusions: await catalog.settings.setExclusions(body?.exclusions) };
  });

  api.get('/severity-levels', async (ctx) => {
    ctx.body = { levels: await catalog.settings.severityLevels() };
  });
  api.put('/severity-levels', async (ctx) => {
    const body = (await readJson(ctx, limit)) as { levels?: unknown };
    ctx.body = { levels: await catalog.settings.setSeverityLevels(body?.levels) };
  });

  api.get('/jobs', (ctx) => {
    ctx.body = { jobs: node.jobs.list() };
  });
  api.get('/jobs/:id', (ctx) => {
    ctx.body = node.jobs.get(ctx.params.id);
  });
}
