import type Router from '@koa/router';
import { PatchtreeError } from '../../protocol/index.js';
import { parsePublicKey } from '../../catalog/index.js';
import type { NodeContext } from '../context.js';
import { readObject } from '../body.js';

/**
 * Keys and signed metadata: this node as a publisher (its key, rolling it,
 * raising its version counter after a restore) and as a child (the keys it
 * pins, revoking one, the documents it holds, its alerts).
 */
export function trustRoutes(api: Router, node: NodeContext): void {
  const limit = node.config.bodyLimitBytes;
  const { publication } = node.catalog;

  api.get('/trust', async (ctx) => {
    const docs = publication.publisher.current;
    const signed = docs ? (JSON.parse(docs.targets) as { signed: { version: number; expires: string } }).signed : undefined;
    ctx.body = {
      publisher: { id: publication.publisher.id, key: publication.publisher.publicKey, version: signed?.version ?? 0, expires: signed?.expires ?? null, roots: docs?.roots.length ?? 0 },
      keysForChildren: await publication.keysForChildren(node.config.parent?.publisherKeys),
      ...(node.replicator ? { asChild: await node.replicator.trust.describe() } : {}),
    };
  });
  api.post('/trust/roll-key', async (ctx) => {
    const key = await publication.publisher.rollKey();
    await publication.refresh();
    node.logger.warn({ keyid: key.keyid }, 'publisher key rolled: children follow the new root on their next run');
    ctx.body = { key, note: 'children follow on their next run; new registrations answer the new key' };
  });
  api.post('/trust/raise-version', async (ctx) => {
    const body = await readObject(ctx, limit);
    if (!Number.isSafeInteger(body.version) || (body.version as number) < 1) throw new PatchtreeError('BAD_REQUEST', 'version must be a positive integer (the newest version children hold, from their GET /trust)');
    const version = await publication.publisher.raiseVersion(body.version as number);
    ctx.body = { version, note: 'the next signature takes a version above this one' };
  });
  api.post('/trust/revoke', async (ctx) => {
    const trust = childTrust(node);
    const body = await readObject(ctx, limit);
    if (typeof body.keyid !== 'string' || !/^[0-9a-f]{64}$/.test(body.keyid)) throw new PatchtreeError('BAD_REQUEST', 'keyid must be a key id (64 hex digits)');
    ctx.body = { revoked: await trust.revoke(body.keyid) };
  });
  api.post('/trust/pin', async (ctx) => {
    const trust = childTrust(node);
    const body = await readObject(ctx, limit);
    let key;
    try {
      key = parsePublicKey(body.key, 'key');
    } catch (err) {
      throw new PatchtreeError('BAD_REQUEST', (err as Error).message);
    }
    ctx.body = { pinned: await trust.pin(key) };
  });
}

function childTrust(node: NodeContext) {
  if (!node.replicator) throw new PatchtreeError('REPL_NO_PARENT', 'this node has no parent configured: it pins no publisher keys');
  return node.replicator.trust;
}
