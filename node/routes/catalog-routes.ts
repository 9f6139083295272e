import type Router from '@koa/router';
import { z } from 'zod';
import { PatchtreeError } from '../../protocol/index.js';
import { Mutex, shownSource, SOURCE_TYPES, STATE_KEYS, type SourceConfig } from '../../catalog/index.js';
import type { NodeContext } from '../context.js';
import { checkSchedule } from '../scheduler.js';
import { defineRoute, mountRoutes } from '../route-table.js';
import { accepted, ok, Param, QueryText, queryInt } from '../api-schemas.js';

const IMPORT_HISTORY = STATE_KEYS.importHistory;
const tags = ['catalog'];

/** A source as the API takes it: the shape; URLs, name and unknown fields are validateSource's (SOURCE_INVALID), the schedule the scheduler's. */
const SourceBody = z.strictObject({
  name: z.string().optional().meta({ description: 'if given, the name in the URL' }),
  type: z.enum(SOURCE_TYPES),
  urls: z.array(z.string()).optional().meta({ description: 'http(s) URLs (`file:` only from the config file)' }),
  url: z.string().optional().meta({ description: 'one URL, instead of `urls`' }),
  schedule: z.string().nullable().optional().meta({ description: 'cron expression (croner)' }),
  enabled: z.boolean().optional(),
});
const SourceName = z.object({ name: Param });
const BulletinId = z.object({ id: Param });

/** A source as an audit line shows it: credentials in URLs as `***`. */
const sourceSummary = (s: SourceConfig | undefined) => (s ? (({ type, urls, schedule, enabled }) => ({ type, urls, schedule: schedule ?? null, enabled }))(shownSource(s)) : null);

/** Sources and imports, bulletins (with staging counts), custom severity and staging. */
export function catalogRoutes(api: Router, node: NodeContext): void {
  const { catalog } = node;
  const sourceOrNull = (name: string) => catalog.sources.get(name).catch(() => undefined);
  mountRoutes(api, { bodyLimit: node.config.bodyLimitBytes, admin: true }, [
    defineRoute({
      method: 'get', path: '/sources', tags, summary: 'Catalog sources',
      responses: ok('`{ sources }`, URL credentials shown as `***`'),
      async handler(ctx) {
        ctx.body = { sources: (await catalog.sources.list()).map(shownSource) };
      },
    }),
    defineRoute({
      method: 'get', path: '/sources/:name', tags, summary: 'One catalog source',
      request: { params: SourceName },
      responses: ok('the source'),
      async handler(ctx, { params }) {
        ctx.body = shownSource(await catalog.sources.get(params.name));
      },
    }),
    defineRoute({
      method: 'put', path: '/sources/:name', tags, summary: 'Create or replace a source',
      request: { params: SourceName, body: SourceBody, invalid: 'SOURCE_INVALID' },
      responses: ok('the source'),
      audit: { action: 'source.put', target: ({ params }) => params.name, before: ({ params }) => sourceOrNull(params.name).then(sourceSummary), after: (answer) => sourceSummary(answer as SourceConfig) },
      async handler(ctx, { params, body }) {
        if (body.name !== undefined && body.name !== params.name) throw new PatchtreeError('SOURCE_INVALID', 'the body names another source than the URL');
        if (body.schedule) checkSchedule(body.schedule);
        // From the API: never a file: URL (those come from the config file only).
        const source = await catalog.sources.put({ ...body, name: params.name }, { allowFile: false });
        node.scheduler.sync(await catalog.sources.list());
        ctx.body = shownSource(source);
      },
    }),
    defineRoute({
      method: 'delete', path: '/sources/:name', tags, summary: 'Remove a source and the records only it brought',
      request: { params: SourceName },
      responses: ok('`{ removed: { bulletins, updates } }`'),
      audit: { action: 'source.delete', target: ({ params }) => params.name, before: ({ params }) => sourceOrNull(params.name).then(sourceSummary), after: (answer) => answer },
      async handler(ctx, { params }) {
        const report = await catalog.removeSource(params.name);
        node.scheduler.sync(await catalog.sources.list());
        ctx.body = { removed: { bulletins: report.bulletins.removed, updates: report.updates.removed } };
      },
    }),
    defineRoute({
      method: 'post', path: '/sources/:name/import', tags, summary: 'Import a source now',
      request: { params: SourceName, body: z.strictObject({ force: z.boolean().optional().meta({ description: 'skip the conditional (ETag) check' }) }) },
      responses: ok('the import report'),
      audit: {
        action: 'source.import', target: ({ params }) => params.name,
        after: (answer) => (({ status, bulletins, updates }) => ({ status, bulletins, updates }))(answer as Record<string, unknown>),
      },
      async handler(ctx, { params, body }) {
        ctx.body = await node.runImport(params.name, { force: body.force === true });
      },
    }),
    defineRoute({
      method: 'get', path: '/imports', tags, summary: 'The last 100 imports and failures',
      responses: ok('`{ imports }`'),
      async handler(ctx) {
        ctx.body = { imports: ((await catalog.store.state.get(IMPORT_HISTORY)) as unknown[] | undefined) ?? [] };
      },
    }),

    defineRoute({
      method: 'get', path: '/bulletins', tags, summary: 'Bulletins with Updates / Downloaded / Staged (the Patch Remediation Center list)',
      request: {
        query: z.object({
          offset: queryInt(0, Number.MAX_SAFE_INTEGER, 'first item (default 0)'),
          limit: queryInt(0, Number.MAX_SAFE_INTEGER, 'page size (default 100, at most 1000 are answered)'),
          search: QueryText.meta({ description: 'case-insensitive text in id, title or vendor' }),
          staged: z.enum(['true', 'false']).optional(),
        }),
      },
      responses: ok('`{ total, items }`'),
      async handler(ctx, { query }) {
        ctx.body = await catalog.bulletins({ offset: query.offset ?? 0, limit: query.limit ?? 100, search: query.search, staged: query.staged === undefined ? undefined : query.staged === 'true' });
      },
    }),
    defineRoute({
      method: 'get', path: '/bulletins/:id', tags, summary: 'One bulletin with its updates and staging counts',
      request: { params: BulletinId },
      responses: ok('the bulletin'),
      async handler(ctx, { params }) {
        ctx.body = await catalog.bulletin(params.id);
      },
    }),
    defineRoute({
      method: 'put', path: '/bulletins/:id/severity', tags, summary: 'Set (or clear with "") a bulletin\'s custom severity',
      request: { params: BulletinId, body: z.strictObject({ severity: z.string().meta({ description: 'one of the custom severity levels, or "" to clear' }) }), invalid: 'SETTINGS_INVALID' },
      responses: ok('the bulletin'),
      audit: {
        action: 'bulletin.severity', target: ({ params }) => params.id,
        before: ({ params }) => catalog.bulletin(params.id).then((b) => (b as { customSeverity?: string }).customSeverity ?? '', () => null),
        after: (_answer, { body }) => body.severity,
      },
      async handler(ctx, { params, body }) {
        await catalog.settings.setCustomSeverity(params.id, body.severity);
        ctx.body = await catalog.bulletin(params.id);
      },
    }),
    defineRoute({
      method: 'post', path: '/bulletins/:id/stage', tags, summary: 'Start staging a bulletin (a job)',
      request: { params: BulletinId },
      responses: accepted('the staging job'),
      audit: { action: 'bulletin.stage', target: ({ params }) => params.id, after: (answer) => ({ job: (answer as { id: string }).id }) },
      async handler(ctx, { params }) {
        await catalog.bulletin(params.id); // 404 before a job is started
        const job = node.jobs.start('stage', params.id, (report) => node.metrics.stagingOf((progress) => catalog.staging.stage(params.id, progress), report));
        ctx.status = 202;
        ctx.body = job;
      },
    }),
  ]);
}

/** Keeps the last 100 import outcomes in local state for GET /imports. */
export function recordImport(node: Pick<NodeContext, 'catalog'>, entry: Record<string, unknown>): Promise<void> {
  // Two imports finishing together must not both read the old history and drop one entry.
  return historyLock.run(async () => {
    const history = ((await node.catalog.store.state.get(IMPORT_HISTORY)) as unknown[] | undefined) ?? [];
    history.unshift({ at: new Date().toISOString(), ...entry });
    await node.catalog.store.state.put(IMPORT_HISTORY, history.slice(0, 100));
  });
}

const historyLock = new Mutex();
