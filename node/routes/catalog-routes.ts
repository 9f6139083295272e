import type Router from '@koa/router';
import { PatchtreeError } from '../../protocol/index.js';
import { Mutex, shownSource, STATE_KEYS } from '../../catalog/index.js';
import type { NodeContext } from '../context.js';
import { readJson, readObject } from '../body.js';
import { checkSchedule } from '../scheduler.js';

const IMPORT_HISTORY = STATE_KEYS.importHistory;

function intParam(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new PatchtreeError('BAD_REQUEST', `${name} must be a non-negative integer`);
  return n;
}

/** Sources and imports, bulletins (with staging counts), custom severity and staging. */
export function catalogRoutes(api: Router, node: NodeContext): void {
  const { catalog } = node;
  const limit = node.config.bodyLimitBytes;

  api.get('/sources', async (ctx) => {
    ctx.body = { sources: (await catalog.sources.list()).map(shownSource) };
  });
  api.get('/sources/:name', async (ctx) => {
    ctx.body = shownSource(await catalog.sources.get(ctx.params.name));
  });
  api.put('/sources/:name', async (ctx) => {
    const body = await readObject(ctx, limit);
    if (body.name !== undefined && body.name !== ctx.params.name) throw new PatchtreeError('SOURCE_INVALID', 'the body names another source than the URL');
    if (typeof body.schedule === 'string' && body.schedule) checkSchedule(body.schedule);
    // From the API: never a file: URL (those come from the config file only).
    const source = await catalog.sources.put({ ...body, name: ctx.params.name }, { allowFile: false });
    node.scheduler.sync(await catalog.sources.list());
    ctx.body = shownSource(source);
  });
  api.delete('/sources/:name', async (ctx) => {
    const report = await catalog.removeSource(ctx.params.name);
    node.scheduler.sync(await catalog.sources.list());
    ctx.body = { removed: { bulletins: report.bulletins.removed, updates: report.updates.removed } };
  });
  api.post('/sources/:name/import', async (ctx) => {
    const body = (await readJson(ctx, limit)) as { force?: unknown };
    ctx.body = await node.runImport(ctx.params.name, { force: body?.force === true });
  });
  api.get('/imports', async (ctx) => {
    ctx.body = { imports: ((await catalog.store.state.get(IMPORT_HISTORY)) as unknown[] | undefined) ?? [] };
  });

  api.get('/bulletins', async (ctx) => {
    const { offset, limit: max, search, staged } = ctx.query;
    ctx.body = await catalog.bulletins({
      offset: intParam(offset, 'offset', 0),
      limit: intParam(max, 'limit', 100),
      search: typeof search === 'string' ? search : undefined,
      staged: staged === 'true' ? true : staged === 'false' ? false : undefined,
    });
  });
  api.get('/bulletins/:id', async (ctx) => {
    ctx.body = await catalog.bulletin(ctx.params.id);
  });
  api.put('/bulletins/:id/severity', async (ctx) => {
    const body = await readObject(ctx, limit);
    await catalog.settings.setCustomSeverity(ctx.params.id, body.severity);
    ctx.body = await catalog.bulletin(ctx.params.id);
  });
  api.post('/bulletins/:id/stage', async (ctx) => {
    await catalog.bulletin(ctx.params.id); // 404 before a job is started
    const job = node.jobs.start('stage', ctx.params.id, (report) => node.metrics.stagingOf((progress) => catalog.staging.stage(ctx.params.id, progress), report));
    ctx.status = 202;
    ctx.body = job;
  });
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
