import type Router from '@koa/router';
import { z } from 'zod';
import { PatchtreeError } from '../../protocol/index.js';
import type { PolicyView } from '../../catalog/index.js';
import type { NodeContext } from '../context.js';
import { checkSchedule } from '../scheduler.js';
import { defineRoute, mountRoutes } from '../route-table.js';
import { created, noContent, ok, Param } from '../api-schemas.js';

const tags = ['policies'];

/** The shape of a policy's fields; lengths and staging are catalog/policies.ts's (POLICY_INVALID, POLICY_NOT_STAGED). */
const fields = {
  name: z.string(),
  target: z.string().meta({ description: 'a named computer filter (default "All Computers")' }),
  schedule: z.string().meta({ description: 'cron expression, or "" for none' }),
  overrideMaintenanceWindow: z.boolean(),
  enabled: z.boolean(),
};
const PolicyCreate = z.strictObject({ ...fields, bulletinIds: z.array(z.string()).meta({ description: 'fully staged bulletins' }) }).partial({ target: true, schedule: true, overrideMaintenanceWindow: true, enabled: true });
const PolicyPatch = z.strictObject({
  ...fields,
  updates: z.record(z.string(), z.strictObject({ enabled: z.boolean().optional(), commandLine: z.string().optional() })).meta({ description: 'per-update settings by update key' }),
}).partial();
const PolicyId = z.object({ id: Param });

/** A policy as an audit line shows it. */
const summary = (p: PolicyView | undefined) => (p ? { name: p.name, enabled: p.enabled, target: p.target, schedule: p.schedule, bulletinIds: p.bulletinIds, entriesEnabled: p.entries.filter((e) => e.enabled).length } : null);

/** A policy's schedule is a cron expression croner runs; a bad one is POLICY_INVALID. */
function checkPolicySchedule(schedule: string | undefined): void {
  if (!schedule) return;
  try {
    checkSchedule(schedule);
  } catch (err) {
    throw new PatchtreeError('POLICY_INVALID', (err as Error).message);
  }
}

/** Software Update policies. */
export function policyRoutes(api: Router, node: NodeContext): void {
  const { policies } = node.catalog;
  mountRoutes(api, { bodyLimit: node.config.bodyLimitBytes, admin: true }, [
    defineRoute({
      method: 'get', path: '/policies', tags, summary: 'Policies',
      responses: ok('`{ policies }`'),
      async handler(ctx) {
        ctx.body = { policies: await policies.list() };
      },
    }),
    defineRoute({
      method: 'post', path: '/policies', tags, summary: 'Create a policy from fully staged bulletins',
      request: { body: PolicyCreate, invalid: 'POLICY_INVALID' },
      responses: created('the policy with its per-update entries'),
      audit: { action: 'policy.create', before: () => null, after: (answer) => ({ id: (answer as PolicyView).id, ...summary(answer as PolicyView) }) },
      async handler(ctx, { body }) {
        checkPolicySchedule(body.schedule);
        ctx.status = 201;
        ctx.body = await policies.create(body);
      },
    }),
    defineRoute({
      method: 'get', path: '/policies/:id', tags, summary: 'One policy with its per-update entries',
      request: { params: PolicyId },
      responses: ok('the policy'),
      async handler(ctx, { params }) {
        const policy = await policies.get(params.id);
        if (!policy) throw new PatchtreeError('NOT_FOUND', `no policy ${params.id}`);
        ctx.body = policy;
      },
    }),
    defineRoute({
      method: 'patch', path: '/policies/:id', tags, summary: 'Edit a policy (name, target, schedule, flags, per-update settings)',
      request: { params: PolicyId, body: PolicyPatch, invalid: 'POLICY_INVALID' },
      responses: ok('the policy'),
      audit: { action: 'policy.update', target: ({ params }) => params.id, before: ({ params }) => policies.get(params.id).then(summary), after: (answer) => summary(answer as PolicyView) },
      async handler(ctx, { params, body }) {
        checkPolicySchedule(body.schedule);
        ctx.body = await policies.update(params.id, body);
      },
    }),
    defineRoute({
      method: 'delete', path: '/policies/:id', tags, summary: 'Delete a policy',
      request: { params: PolicyId },
      responses: noContent('deleted'),
      audit: { action: 'policy.delete', target: ({ params }) => params.id, before: ({ params }) => policies.get(params.id).then(summary), after: () => null },
      async handler(ctx, { params }) {
        await policies.remove(params.id);
        ctx.status = 204;
      },
    }),
  ]);
}
