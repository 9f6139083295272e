import type Router from '@koa/router';
import { z } from 'zod';
import type { NodeContext } from '../context.js';
import { inspectRecord, recordHash } from '../../catalog/index.js';
import { languageAlerts } from '../../replication/index.js';
import { defineRoute, mountRoutes } from '../route-table.js';
import { ok, Param, QueryText, queryInt } from '../api-schemas.js';

export const VERSION = '0.1.0';
const tags = ['status'];

/** Settings bodies: the shape only; normalising and the deep checks are catalog/settings.ts's (SETTINGS_INVALID). */
const LanguagesBody = z.strictObject({ languages: z.array(z.string()).meta({ description: 'BCP 47 tags; `neutral` is implied' }) });
const ExclusionsBody = z.strictObject({ exclusions: z.array(z.string()).meta({ description: 'patterns, `*` a wildcard' }) });
const LevelsBody = z.strictObject({ levels: z.array(z.string()).meta({ description: 'most severe first, at most 100, each at most 64 characters' }) });

/** Status, health, node settings and jobs. */
export function statusRoutes(api: Router, node: NodeContext): void {
  const { catalog } = node;
  mountRoutes(api, { bodyLimit: node.config.bodyLimitBytes, admin: true }, [
    defineRoute({
      method: 'get', path: '/health', tags, summary: 'Liveness; the one admin route without a token',
      responses: ok('`{ ok: true }`', z.strictObject({ ok: z.literal(true) })),
      handler(ctx) {
        ctx.body = { ok: true };
      },
    }),
    defineRoute({
      method: 'get', path: '/status', tags, summary: 'This node: id, identity, version, uptime, languages, counts, digest, sources, parent, children, alerts',
      responses: ok('the node status'),
      async handler(ctx) {
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
          parent: node.config.parent ? { url: node.config.parent.url ?? null, childId: node.config.parent.childId, ...(node.bundles ? { bundle: await node.bundles.held() } : {}) } : null,
          children: (await node.children.list()).map((c) => ({ id: c.id, languages: c.languages, lastSeen: c.lastSeen ?? null })),
          alerts: languageAlerts(languages, await node.children.list()),
        };
      },
    }),
    defineRoute({
      method: 'get', path: '/digest', tags, summary: 'Set digest of all records, or of a part of the store',
      request: {
        query: z.object({
          languages: QueryText.meta({ description: 'comma list: the records a node managing these languages holds' }),
          origin: z.enum(['local', 'replicated']).optional(),
          rule: z.enum(['catalog', 'policies']).optional(),
        }),
      },
      responses: ok('`{ count, hash, ... }`'),
      handler(ctx, { query: { languages, origin, rule } }) {
        ctx.body = catalog.store.digest(languages ? languages.split(',') : undefined, { origin, recordClass: rule });
      },
    }),
    // Record keys and hashes in key order, a page at a time: what an admin (or a test) compares between nodes.
    defineRoute({
      method: 'get', path: '/records', tags, summary: 'Record keys, hashes, origin and languages in key order, a page at a time',
      request: { query: z.object({ prefix: QueryText, after: QueryText, limit: queryInt(1, 10_000, 'page size, 1-10000 (default 1000)') }) },
      responses: ok('`{ records: [{ key, hash, origin, languages, damaged?, code?, message? }], next }`'),
      async handler(ctx, { query: { prefix, after, limit } }) {
        const pageSize = limit ?? 1000;
        const records: Array<{ key: string; hash: string; origin: string; languages: string[]; damaged?: true; code?: string; message?: string }> = [];
        for await (const r of catalog.store.records(prefix ?? '', after)) {
          // A damaged record is listed as such (verification repairs it), never a reason to fail the whole page.
          const { languages, damage } = inspectRecord(r.key, r.bytes);
          records.push({ key: r.key, hash: recordHash(r.bytes), origin: r.origin, languages, ...(damage ? { damaged: true as const, code: 'STORE_RECORD_DAMAGED', message: damage } : {}) });
          if (records.length >= pageSize) break;
        }
        ctx.body = { records, next: records.length >= pageSize ? records[records.length - 1].key : null };
      },
    }),

    defineRoute({
      method: 'get', path: '/languages', tags: ['settings'], summary: 'Managed languages',
      responses: ok('`{ languages }`', LanguagesBody),
      async handler(ctx) {
        ctx.body = { languages: await catalog.settings.languages() };
      },
    }),
    defineRoute({
      method: 'put', path: '/languages', tags: ['settings'], summary: 'Set the managed languages',
      request: { body: LanguagesBody, invalid: 'SETTINGS_INVALID' },
      responses: ok('the languages now managed, normalised', LanguagesBody),
      audit: { action: 'languages.set', before: () => catalog.settings.languages(), after: (answer) => (answer as { languages: string[] }).languages },
      async handler(ctx, { body }) {
        ctx.body = { languages: await catalog.settings.setLanguages(body.languages) };
        void node.replicator?.hello(); // the parent learns at once; the next run backfills (its filter changed)
        // Package files of a language no longer managed leave the content store.
        void catalog.staging.pruneUnmanaged().catch((err) => node.logger.warn({ err: (err as Error).message }, 'could not prune staged files'));
      },
    }),

    defineRoute({
      method: 'get', path: '/exclusions', tags: ['settings'], summary: 'Excluded products and releases',
      responses: ok('`{ exclusions }`', ExclusionsBody),
      async handler(ctx) {
        ctx.body = { exclusions: await catalog.settings.exclusions() };
      },
    }),
    defineRoute({
      method: 'put', path: '/exclusions', tags: ['settings'], summary: 'Set the exclusions',
      request: { body: ExclusionsBody, invalid: 'SETTINGS_INVALID' },
      responses: ok('the exclusions now in force', ExclusionsBody),
      audit: { action: 'exclusions.set', before: () => catalog.settings.exclusions(), after: (answer) => (answer as { exclusions: string[] }).exclusions },
      async handler(ctx, { body }) {
        ctx.body = { exclusions: await catalog.settings.setExclusions(body.exclusions) };
      },
    }),

    // `levels` are those in force (the parent's on a child that holds them), `own` this node's admin's, kept whatever the parent sends.
    defineRoute({
      method: 'get', path: '/severity-levels', tags: ['settings'], summary: 'Custom severity levels: in force, where from, and this node\'s own',
      responses: ok('`{ levels, from, own }`'),
      async handler(ctx) {
        ctx.body = await catalog.settings.severityLevelsView();
      },
    }),
    defineRoute({
      method: 'put', path: '/severity-levels', tags: ['settings'], summary: 'Set this node\'s custom severity levels',
      request: { body: LevelsBody, invalid: 'SETTINGS_INVALID' },
      responses: ok('`{ levels, from, own }`'),
      audit: { action: 'severity-levels.set', before: async () => (await catalog.settings.severityLevelsView()).own, after: (answer) => (answer as { own: string[] }).own },
      async handler(ctx, { body }) {
        await catalog.settings.setSeverityLevels(body.levels);
        ctx.body = await catalog.settings.severityLevelsView();
      },
    }),

    defineRoute({
      method: 'get', path: '/jobs', tags: ['catalog'], summary: 'Jobs (staging) and their progress',
      responses: ok('`{ jobs }`'),
      handler(ctx) {
        ctx.body = { jobs: node.jobs.list() };
      },
    }),
    defineRoute({
      method: 'get', path: '/jobs/:id', tags: ['catalog'], summary: 'One job and its progress',
      request: { params: z.object({ id: Param }) },
      responses: ok('the job'),
      handler(ctx, { params }) {
        ctx.body = node.jobs.get(params.id);
      },
    }),
  ]);
}
