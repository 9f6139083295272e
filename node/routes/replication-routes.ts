import type Router from '@koa/router';
import { PatchtreeError } from '../../protocol/index.js';
import { languageAlerts, readCheckpoint, type PullRule } from '../../replication/index.js';
import type { NodeContext } from '../context.js';
import { readObject } from '../body.js';

/** Children (this node as a parent) and pulls and runs (this node as a child). */
export function replicationRoutes(api: Router, node: NodeContext): void {
  const limit = node.config.bodyLimitBytes;

  api.get('/children', async (ctx) => {
    ctx.body = { children: await node.children.listWithHealth() };
  });
  api.post('/children', async (ctx) => {
    const body = await readObject(ctx, limit);
    const { child, credential } = await node.children.register(body.id, body.name);
    node.logger.child({ module: 'replication' }).info({ child: child.id }, 'child registered');
    ctx.status = 201;
    const publisherKeys = await node.catalog.publication.keysForChildren(node.config.parent?.publisherKeys);
    ctx.body = { ...child, credential, publisherKeys, note: 'the credential is shown once: configure it on the child as parent.credential, and publisherKeys as parent.publisherKeys' };
  });
  api.get('/children/:id', async (ctx) => {
    ctx.body = await node.children.getWithHealth(ctx.params.id);
  });
  api.delete('/children/:id', async (ctx) => {
    await node.children.remove(ctx.params.id);
    ctx.status = 204;
  });

  api.get('/replication/rules', async (ctx) => {
    ctx.body = { rules: await node.rules.all() };
  });
  api.put('/replication/rules/:name', async (ctx) => {
    ctx.body = await node.rules.set(ctx.params.name, await readObject(ctx, limit));
  });
  // Run a rule now on all children, or one: raises the rule's run-now counter, which each child picks up on its next report.
  api.post('/replication/run', async (ctx) => {
    const body = await readObject(ctx, limit);
    if (body.rule !== 'catalog' && body.rule !== 'policies' && body.rule !== 'content') throw new PatchtreeError('BAD_REQUEST', 'rule must be "catalog", "policies" or "content"');
    if (body.mode !== undefined && body.mode !== 'differential' && body.mode !== 'complete') throw new PatchtreeError('BAD_REQUEST', 'mode must be "differential" or "complete"');
    const targets = body.child === undefined ? (await node.children.list()).map((c) => c.id) : [(await node.children.get(String(body.child))).id];
    await node.children.requestRun(targets, body.rule, (body.mode as string | undefined) ?? (await node.rules.all())[body.rule].mode);
    ctx.status = 202;
    ctx.body = { rule: body.rule, children: targets, note: 'each child runs it when it next reports (pollSeconds)' };
  });
  api.get('/alerts', async (ctx) => {
    const trust = node.replicator ? await node.replicator.trustAlerts() : [];
    ctx.body = { alerts: [...languageAlerts(await node.catalog.settings.languages(), await node.children.list()), ...(await node.children.staleAlerts()), ...trust] };
  });

  api.post('/replication/pull', async (ctx) => {
    if (!node.replicator) throw new PatchtreeError('REPL_NO_PARENT', 'this node has no parent configured');
    const body = (await readObject(ctx, limit)) as { rules?: unknown; mode?: unknown; verifyPercent?: unknown };
    const rules = body.rules ?? ['catalog', 'policies', 'content'];
    if (!Array.isArray(rules) || rules.some((r) => r !== 'catalog' && r !== 'policies' && r !== 'content')) throw new PatchtreeError('BAD_REQUEST', 'rules must be a list of "catalog", "policies", "content"');
    if (body.mode !== undefined && body.mode !== 'differential' && body.mode !== 'complete') throw new PatchtreeError('BAD_REQUEST', 'mode must be "differential" or "complete"');
    const percent = body.verifyPercent ?? 5;
    if (typeof percent !== 'number' || percent < 0 || percent > 100) throw new PatchtreeError('BAD_REQUEST', 'verifyPercent must be a number from 0 to 100');
    ctx.body = { runs: await node.replicator.pull({ rules: rules as PullRule[], mode: body.mode as 'differential' | 'complete' | undefined, verifyPercent: percent, trigger: 'api' }) };
  });
  api.get('/replication/checkpoints', async (ctx) => {
    const checkpoints: Record<string, unknown> = {};
    for (const rule of ['catalog', 'policies'] as const) checkpoints[rule] = (await readCheckpoint(node.catalog.store, { rule })) ?? null;
    ctx.body = { checkpoints };
  });
  // Runs of this node's children (as they reported them) and, if it is a child itself, its own.
  api.get('/replication/runs', async (ctx) => {
    const child = typeof ctx.query.child === 'string' ? ctx.query.child : undefined;
    ctx.body = { runs: node.replicator ? await node.replicator.runs() : [], children: await node.children.reportedRuns(child) };
  });
}
