import type { Context } from 'koa';
import type { Logger } from 'pino';

/**
 * What an admin change's audit line says. Summaries are the route's to
 * write and hold no secret: a child's credential, a source URL's password
 * or a token never appear (sources are summarized as shown by the API,
 * with credentials as `***`).
 */
export interface AuditSpec<I> {
  /** What changed, as `thing.verb`: `languages.set`, `policy.create`, `child.register`... */
  action: string;
  /** Which one: a source's name, a policy's id, a child's id. */
  target?: (input: I) => string;
  /** The state before the change, read before the handler runs. */
  before?: (input: I) => unknown;
  /** The state after, from the answer the handler gave (and its input). */
  after?: (answer: unknown, input: I) => unknown;
}

/** The audit logger of a request (app.ts gives it the request id). */
export function auditLogger(ctx: Context): Logger | undefined {
  return ctx.state.auditLog as Logger | undefined;
}

/** One `admin change` line: action, target, before -> after, and the address it came from. */
export async function auditLine<I>(ctx: Context, spec: AuditSpec<I>, input: I, before: unknown): Promise<void> {
  const log = auditLogger(ctx);
  if (!log) return;
  const after = spec.after ? await spec.after(ctx.body, input) : null;
  // Every line has both sides: null where the action has no state of its own to show (a run asked for, a create).
  log.info({ audit: spec.action, target: spec.target?.(input), before: before ?? null, after: after ?? null, address: ctx.ip }, 'admin change');
}
