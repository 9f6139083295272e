import type Router from '@koa/router';
import { z } from 'zod';
import { PatchtreeError } from '../../protocol/index.js';
import { languageAlerts, readCheckpoint, RULE_NAMES, type RunReportData } from '../../replication/index.js';
import type { NodeContext } from '../context.js';
import { defineRoute, mountRoutes } from '../route-table.js';
import { accepted, created, Mode, noContent, ok, Param, PullRule, QueryText } from '../api-schemas.js';

const tags = ['replication'];

const ChildBody = z.strictObject({
  id: z.string().meta({ description: '1-64 letters, digits, ".", "_" or "-"' }),
  name: z.string().optional(),
});
const ChildId = z.object({ id: Param });
/** A rule's settings: the shape; the schedule, bounds and which rule takes policyIds are validateRule's (RULE_INVALID). */
const RuleBody = z.strictObject({
  mode: Mode,
  schedule: z.string().meta({ description: 'cron expression croner runs, at most once a minute' }),
  verification: z.strictObject({ enabled: z.boolean().optional(), percent: z.number().min(0).max(100).optional() }),
  policyIds: z.array(z.string()).meta({ description: 'the policies rule only: at most 1,000' }),
}).partial();
const RunBody = z.strictObject({ rule: PullRule, mode: Mode.optional(), child: z.string().optional().meta({ description: 'one child; default all' }) });
const PullBody = z.strictObject({
  rules: z.array(PullRule).optional().meta({ description: 'default catalog, policies, content' }),
  mode: Mode.optional(),
  verifyPercent: z.number().min(0).max(100).optional().meta({ description: 'default 5' }),
});

/** Children (this node as a parent) and pulls and runs (this node as a child). */
export function replicationRoutes(api: Router, node: NodeContext): void {
  // A child as an audit line shows it: never its credential (nor its hash).
  const childSummary = (id: string) => node.children.get(id).then((c) => ({ id: c.id, name: c.name }), () => null);
  mountRoutes(api, { bodyLimit: node.config.bodyLimitBytes, admin: true }, [
    defineRoute({
      method: 'get', path: '/children', tags, summary: 'Children registered here',
      responses: ok('`{ children }`'),
      async handler(ctx) {
        ctx.body = { children: await node.children.listWithHealth() };
      },
    }),
    defineRoute({
      method: 'post', path: '/children', tags, summary: 'Register a child: its credential is answered once',
      request: { body: ChildBody, invalid: 'CHILD_INVALID' },
      responses: created('the child, its `credential` (shown once) and the `publisherKeys` it pins'),
      audit: { action: 'child.register', target: ({ body }) => body.id, before: () => null, after: (_answer, { body }) => childSummary(body.id) },
      async handler(ctx, { body }) {
        const { child, credential } = await node.children.register(body.id, body.name);
        ctx.status = 201;
        const publisherKeys = await node.catalog.publication.keysForChildren(node.config.parent?.publisherKeys);
        ctx.body = { ...child, credential, publisherKeys, note: 'the credential is shown once: configure it on the child as parent.credential, and publisherKeys as parent.publisherKeys' };
      },
    }),
    defineRoute({
      method: 'get', path: '/children/:id', tags, summary: 'One child',
      request: { params: ChildId },
      responses: ok('the child'),
      async handler(ctx, { params }) {
        ctx.body = await node.children.getWithHealth(params.id);
      },
    }),
    defineRoute({
      method: 'delete', path: '/children/:id', tags, summary: 'Remove a child (its credential stops working)',
      request: { params: ChildId },
      responses: noContent('removed'),
      audit: { action: 'child.remove', target: ({ params }) => params.id, before: ({ params }) => childSummary(params.id), after: () => null },
      async handler(ctx, { params }) {
        await node.children.remove(params.id);
        ctx.status = 204;
      },
    }),

    defineRoute({
      method: 'get', path: '/replication/rules', tags, summary: 'Replication rules for this node\'s children',
      responses: ok('`{ rules }`'),
      async handler(ctx) {
        ctx.body = { rules: await node.rules.all() };
      },
    }),
    defineRoute({
      method: 'put', path: '/replication/rules/:name', tags, summary: 'Change a rule: mode, schedule, verification, policy list (missing fields keep theirs)',
      request: { params: z.object({ name: Param.meta({ description: RULE_NAMES.join(', ') }) }), body: RuleBody, invalid: 'RULE_INVALID' },
      responses: ok('the rule as now set'),
      audit: { action: 'rule.set', target: ({ params }) => params.name, before: async ({ params }) => (await node.rules.all())[params.name as 'catalog'] ?? null, after: (answer) => answer },
      async handler(ctx, { params, body }) {
        ctx.body = await node.rules.set(params.name, body);
      },
    }),
    // Run a rule now on all children, or one: raises the rule's run-now counter, which each child picks up on its next report.
    defineRoute({
      method: 'post', path: '/replication/run', tags, summary: 'Run a rule now on all children or one (each runs it at its next report)',
      request: { body: RunBody },
      responses: accepted('`{ rule, children, note }`'),
      audit: { action: 'replication.run', target: ({ body }) => body.rule, after: (answer, { body }) => ({ children: (answer as { children: string[] }).children, mode: body.mode ?? 'rule default' }) },
      async handler(ctx, { body }) {
        const targets = body.child === undefined ? (await node.children.list()).map((c) => c.id) : [(await node.children.get(body.child)).id];
        await node.children.requestRun(targets, body.rule, body.mode ?? (await node.rules.all())[body.rule].mode);
        ctx.status = 202;
        ctx.body = { rule: body.rule, children: targets, note: 'each child runs it when it next reports (pollSeconds)' };
      },
    }),
    defineRoute({
      method: 'get', path: '/alerts', tags, summary: 'Language and stale-child alerts (as a parent) and signature alerts (as a child)',
      responses: ok('`{ alerts }`'),
      async handler(ctx) {
        const trust = node.replicator ? await node.replicator.trustAlerts() : [];
        ctx.body = { alerts: [...languageAlerts(await node.catalog.settings.languages(), await node.children.list()), ...(await node.children.staleAlerts()), ...trust] };
      },
    }),

    defineRoute({
      method: 'post', path: '/replication/pull', tags, summary: 'This node as a child: pull now; answers the run records',
      request: { body: PullBody },
      responses: ok('`{ runs }`'),
      audit: {
        action: 'replication.pull', target: ({ body }) => (body.rules ?? ['catalog', 'policies', 'content']).join(','),
        after: (answer) => (answer as { runs: RunReportData[] }).runs.map((r) => ({ rule: r.rule, status: r.status, ...(r.error ? { code: r.error.code } : {}) })),
      },
      async handler(ctx, { body }) {
        if (!node.replicator) throw new PatchtreeError('REPL_NO_PARENT', 'this node has no parent configured');
        ctx.body = { runs: await node.replicator.pull({ rules: body.rules ?? ['catalog', 'policies', 'content'], mode: body.mode, verifyPercent: body.verifyPercent ?? 5, trigger: 'api' }) };
      },
    }),
    defineRoute({
      method: 'get', path: '/replication/checkpoints', tags, summary: 'This node as a child: where each rule stands',
      responses: ok('`{ checkpoints }`'),
      async handler(ctx) {
        const checkpoints: Record<string, unknown> = {};
        for (const rule of ['catalog', 'policies'] as const) checkpoints[rule] = (await readCheckpoint(node.catalog.store, { rule })) ?? null;
        ctx.body = { checkpoints };
      },
    }),
    // Runs of this node's children (as they reported them) and, if it is a child itself, its own.
    defineRoute({
      method: 'get', path: '/replication/runs', tags, summary: 'Run history: this node\'s own runs as a child, and those its children reported',
      request: { query: z.object({ child: QueryText.meta({ description: 'only this child\'s reported runs' }) }) },
      responses: ok('`{ runs, children }`'),
      async handler(ctx, { query }) {
        ctx.body = { runs: node.replicator ? await node.replicator.runs() : [], children: await node.children.reportedRuns(query.child) };
      },
    }),
  ]);
}
