import type Router from '@koa/router';
import { PatchtreeError } from '../../protocol/index.js';
import type { PolicyInput, PolicyPatch } from '../../catalog/index.js';
import type { NodeContext } from '../context.js';
import { readObject } from '../body.js';
import { checkSchedule } from '../scheduler.js';

/** Software Update policies. */
export function policyRoutes(api: Router, node: NodeContext): void {
  const { policies } = node.catalog;
  const limit = node.config.bodyLimitBytes;
  const checkPolicySchedule = (body: Record<string, unknown>) => {
    if (typeof body.schedule === 'string' && body.schedule) {
      try {
        checkSchedule(body.schedule);
      } catch (err) {
        throw new PatchtreeError('POLICY_INVALID', (err as Error).message);
      }
    }
  };

  api.get('/policies', async (ctx) => {
    ctx.body = { policies: await policies.list() };
  });
  api.post('/policies', async (ctx) => {
    const body = await readObject(ctx, limit);
    checkPolicySchedule(body);
    ctx.status = 201;
    ctx.body = await policies.create(body as unknown as PolicyInput);
  });
  api.get('/policies/:id', async (ctx) => {
    const policy = await policies.get(ctx.params.id);
    if (!policy) throw new PatchtreeError('NOT_FOUND', `no policy ${ctx.params.id}`);
    ctx.body = policy;
  });
  api.patch('/policies/:id', async (ctx) => {
    const body = await readObject(ctx, limit);
    checkPolicySchedule(body);
    ctx.body = await policies.update(ctx.params.id, body as PolicyPatch);
  });
  api.delete('/policies/:id', async (ctx) => {
    await policies.remove(ctx.params.id);
    ctx.status = 204;
  });
}
