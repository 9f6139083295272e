import type Router from '@koa/router';
import type { NodeContext } from '../context.js';
import { readJson } from '../body.js';
import { PatchtreeError } from '../../protocol/index.js';
import { inspectRecord, recordHash } from '../../catalog/index.js';
import { languageAlerts } from '../../replication/index.js';

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
      identity: node.identity,
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
      parent: node.config.parent ? { url: node.config.parent.url, childId: node.config.parent.childId } : null,
      children: (await node.children.list()).map((c) => ({ id: c.id, languages: c.languages, lastSeen: c.lastSeen ?? null })),
      alerts: languageAlerts(languages, await node.children.list()),
    };
  });

  api.get('/digest', (ctx) => {
    const { languages, origin, rule } = ctx.query;
    if ([languages, origin, rule].some(Array.isArray)) throw new PatchtreeError('BAD_REQUEST', 'give each query parameter once (languages as a comma list)');
    if (origin !== undefined && origin !== 'local' && origin !== 'replicated') throw new PatchtreeError('BAD_REQUEST', 'origin must be local or replicated');
    if (rule !== undefined && rule !== 'catalog' && rule !== 'policies') throw new PatchtreeError('BAD_REQUEST', 'rule must be catalog or policies');
    ctx.body = catalog.store.digest(typeof languages === 'string' && languages ? languages.split(',') : undefined, { origin, recordClass: rule });
  });

  // Record keys and hashes in key order, a page at a time: what an admin (or a test) compares between nodes.
  api.get('/records', async (ctx) => {
    const { prefix, after, limit: max } = ctx.query;
    if ([prefix, after, max].some(Array.isArray)) throw new PatchtreeError('BAD_REQUEST', 'give each query parameter once');
    const pageSize = max === undefined ? 1000 : Number(max);
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 10_000) throw new PatchtreeError('BAD_REQUEST', 'limit must be an integer from 1 to 10000');
    const records: Array<{ key: string; hash: string; origin: string; languages: string[]; damaged?: true; code?: string; message?: string }> = [];
    for await (const r of catalog.store.records(typeof prefix === 'string' ? prefix : '', typeof after === 'string' ? after : undefined)) {
      // A damaged record is listed as such (verification repairs it), never a reason to fail the whole page.
      const { languages, damage } = inspectRecord(r.key, r.bytes);
      records.push({ key: r.key, hash: recordHash(r.bytes), origin: r.origin, languages, ...(damage ? { damaged: true as const, code: 'STORE_RECORD_DAMAGED', message: damage } : {}) });
      if (records.length >= pageSize) break;
    }
    ctx.body = { records, next: records.length >= pageSize ? records[records.length - 1].key : null };
  });

  api.get('/languages', async (ctx) => {
    ctx.body = { languages: await catalog.settings.languages() };
  });
  api.put('/languages', async (ctx) => {
    const body = (await readJson(ctx, limit)) as { languages?: unknown };
    ctx.body = { languages: await catalog.settings.setLanguages(body?.languages) };
    void node.replicator?.hello(); // the parent learns at once; the next run backfills (its filter changed)
    // Package files of a language no longer managed leave the content store.
    void catalog.staging.pruneUnmanaged().catch((err) => node.logger.warn({ err: (err as Error).message }, 'could not prune staged files'));
  });

  api.get('/exclusions', async (ctx) => {
    ctx.body = { exclusions: await catalog.settings.exclusions() };
  });
  api.put('/exclusions', async (ctx) => {
    const body = (await readJson(ctx, limit)) as { exclusions?: unknown };
    ctx.body = { exclusions: await catalog.settings.setExclusions(body?.exclusions) };
  });

  // `levels` are those in force (the parent's on a child that holds them), `own` this node's admin's, kept whatever the parent sends.
  api.get('/severity-levels', async (ctx) => {
    ctx.body = await catalog.settings.severityLevelsView();
  });
  api.put('/severity-levels', async (ctx) => {
    const body = (await readJson(ctx, limit)) as { levels?: unknown };
    await catalog.settings.setSeverityLevels(body?.levels);
    ctx.body = await catalog.settings.severityLevelsView();
  });

  api.get('/jobs', (ctx) => {
    ctx.body = { jobs: node.jobs.list() };
  });
  api.get('/jobs/:id', (ctx) => {
    ctx.body = node.jobs.get(ctx.params.id);
  });
}
