import type Router from '@koa/router';
import { z } from 'zod';
import { PatchtreeError } from '../../protocol/index.js';
import { parsePublicKey } from '../../catalog/index.js';
import type { NodeContext } from '../context.js';
import { defineRoute, mountRoutes } from '../route-table.js';
import { ok } from '../api-schemas.js';

const tags = ['trust'];

const RaiseBody = z.strictObject({ version: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).meta({ description: 'the newest version children hold, from their GET /trust' }) });
const RevokeBody = z.strictObject({ keyid: z.string().regex(/^[0-9a-f]{64}$/, 'must be a key id (64 hex digits)') });
/** The key's checks (hex, ed25519, keyid matches) are parsePublicKey's. */
const PinBody = z.strictObject({
  key: z.object({ public: z.string().meta({ description: 'ed25519 public key, 64 hex digits' }), keyid: z.string().optional(), keytype: z.string().optional(), scheme: z.string().optional() }),
});

/**
 * Keys and signed metadata: this node as a publisher (its key, rolling it,
 * raising its version counter after a restore) and as a child (the keys it
 * pins, revoking one, the documents it holds, its alerts).
 */
export function trustRoutes(api: Router, node: NodeContext): void {
  const { publication } = node.catalog;
  mountRoutes(api, { bodyLimit: node.config.bodyLimitBytes, admin: true }, [
    defineRoute({
      method: 'get', path: '/trust', tags, summary: 'This node as a publisher and, on a child, the keys it pins and the documents it holds',
      responses: ok('`{ publisher, keysForChildren, asChild? }`'),
      async handler(ctx) {
        const docs = publication.publisher.current;
        const signed = docs ? (JSON.parse(docs.targets) as { signed: { version: number; expires: string } }).signed : undefined;
        ctx.body = {
          publisher: { id: publication.publisher.id, key: publication.publisher.publicKey, version: signed?.version ?? 0, expires: signed?.expires ?? null, roots: docs?.roots.length ?? 0 },
          keysForChildren: await publication.keysForChildren(node.config.parent?.publisherKeys),
          ...(node.replicator ? { asChild: await node.replicator.trust.describe() } : {}),
        };
      },
    }),
    defineRoute({
      method: 'post', path: '/trust/roll-key', tags, summary: 'Roll this node\'s publisher key (children follow the next root)',
      responses: ok('`{ key, note }`'),
      audit: { action: 'trust.roll-key', before: () => ({ keyid: publication.publisher.publicKey.keyid }), after: (answer) => ({ keyid: (answer as { key: { keyid: string } }).key.keyid }) },
      async handler(ctx) {
        const key = await publication.publisher.rollKey();
        await publication.refresh();
        node.logger.warn({ keyid: key.keyid }, 'publisher key rolled: children follow the new root on their next run');
        ctx.body = { key, note: 'children follow on their next run; new registrations answer the new key' };
      },
    }),
    defineRoute({
      method: 'post', path: '/trust/raise-version', tags, summary: 'Sign above a version from now on (after a restore)',
      request: { body: RaiseBody },
      responses: ok('`{ version, note }`'),
      audit: { action: 'trust.raise-version', after: (answer) => ({ version: (answer as { version: number }).version }) },
      async handler(ctx, { body }) {
        const version = await publication.publisher.raiseVersion(body.version);
        ctx.body = { version, note: 'the next signature takes a version above this one' };
      },
    }),
    defineRoute({
      method: 'post', path: '/trust/revoke', tags, summary: 'On a child: revoke a pinned publisher key',
      request: { body: RevokeBody },
      responses: ok('`{ revoked }`'),
      audit: { action: 'trust.revoke', target: ({ body }) => body.keyid, after: (answer) => answer },
      async handler(ctx, { body }) {
        ctx.body = { revoked: await childTrust(node).revoke(body.keyid) };
      },
    }),
    defineRoute({
      method: 'post', path: '/trust/pin', tags, summary: 'On a child: pin a publisher key',
      request: { body: PinBody },
      responses: ok('`{ pinned }`'),
      audit: { action: 'trust.pin', after: (answer) => answer },
      async handler(ctx, { body }) {
        const trust = childTrust(node);
        let key;
        try {
          key = parsePublicKey(body.key, 'key');
        } catch (err) {
          throw new PatchtreeError('BAD_REQUEST', (err as Error).message);
        }
        ctx.body = { pinned: await trust.pin(key) };
      },
    }),
  ]);
}

function childTrust(node: NodeContext) {
  if (!node.replicator) throw new PatchtreeError('REPL_NO_PARENT', 'this node has no parent configured: it pins no publisher keys');
  return node.replicator.trust;
}
