import type Router from '@koa/router';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { z } from 'zod';
import { PatchtreeError } from '../../protocol/index.js';
import { BundleFile, exportBundle, type BundleHeader } from '../../replication/index.js';
import type { NodeContext } from '../context.js';
import { defineRoute, mountRoutes } from '../route-table.js';
import { accepted, Param } from '../api-schemas.js';

const tags = ['replication'];
const BUNDLE_TYPE = 'application/octet-stream';
const IMPORT_JOB = 'bundle-import';

const ExportBody = z.strictObject({
  complete: z.boolean().optional().meta({ description: 'everything the child needs, not only what changed since its last bundle' }),
  languages: z.array(z.string()).optional().meta({ description: 'the child\'s languages, where this node does not know them (a child that never connected); kept for its next bundles' }),
});

/**
 * Bundles: a parent writes one for a registered child (the answer streams
 * the file), a disconnected child imports one (the body streams it into the
 * node's data folder, where it is checked whole before anything is applied).
 */
export function bundleRoutes(api: Router, node: NodeContext): void {
  let receiving = false;
  mountRoutes(api, { bodyLimit: node.config.bodyLimitBytes, admin: true }, [
    defineRoute({
      method: 'post', path: '/children/:id/bundle', tags, summary: 'Export a bundle for a child: what it needs since its last bundle (or all of it), as a file',
      request: { params: z.object({ id: Param }), body: ExportBody },
      responses: { 200: { description: 'the bundle (its number and the one it follows in `x-patchtree-bundle-seq` and `x-patchtree-bundle-since`)', contentType: BUNDLE_TYPE } },
      audit: { action: 'child.bundle', target: ({ params }) => params.id, after: (answer) => (answer as { bundle?: BundleHeader }).bundle ? { seq: (answer as { bundle: BundleHeader }).bundle.seq, since: (answer as { bundle: BundleHeader }).bundle.since } : null },
      async handler(ctx, { params, body }) {
        const { header, bytes } = await exportBundle({
          catalog: node.catalog, children: node.children, rules: node.rules, childId: params.id, complete: body.complete === true, languages: body.languages,
          self: { nodeId: node.nodeId, identity: node.identity, parentIdentity: () => node.replicator?.parentIdentity ?? '' },
        });
        ctx.type = BUNDLE_TYPE;
        ctx.set('x-patchtree-bundle-seq', String(header.seq));
        ctx.set('x-patchtree-bundle-since', header.since === null ? 'complete' : String(header.since));
        // Once the bytes flow the status is sent: a failure can only cut the answer (the CLI keeps no file), and is logged here.
        const log = node.logger.child({ module: 'bundle' });
        async function* logged() {
          try {
            yield* bytes;
            log.info({ child: params.id, seq: header.seq, since: header.since }, 'bundle exported');
          } catch (err) {
            log.error({ child: params.id, seq: header.seq, code: (err as PatchtreeError).code ?? 'INTERNAL', err: (err as Error).message }, 'bundle export failed; the child\'s next bundle starts where this one began');
            throw err;
          }
        }
        ctx.body = Object.assign(Readable.from(logged(), { objectMode: false }), { bundle: header });
      },
    }),
    defineRoute({
      method: 'post', path: '/replication/bundle', tags, summary: 'Import a bundle from this node\'s parent (a node whose parent has no URL): checked whole, then applied as a job',
      request: { body: { contentType: BUNDLE_TYPE, description: 'the bundle file, as `patchtree export` wrote it' } },
      responses: accepted('the import job: its result lists the runs; refusals (`BUNDLE_*`) answer before a job starts, and change nothing'),
      audit: { action: 'bundle.import', after: (answer) => ({ job: (answer as { id: string }).id, bundle: (answer as { subject: string }).subject }) },
      async handler(ctx) {
        const bundles = node.bundles;
        if (!bundles) throw new PatchtreeError('REPL_NO_PARENT', 'this node takes bundles only when its config names its parent without a url (a disconnected site)');
        if (receiving || node.jobs.list().some((j) => j.kind === IMPORT_JOB && j.status === 'running')) throw new PatchtreeError('REPL_BUSY', 'a bundle is being imported already; wait for its job');
        receiving = true;
        // The node reads its own copy, checked whole once it is all here: the carried file may change or go meanwhile.
        const dir = join(node.config.dataDir, 'bundles');
        const path = join(dir, 'incoming.ptb');
        let bundle: BundleFile;
        try {
          await rm(dir, { recursive: true, force: true }); // what a killed import left
          await mkdir(dir, { recursive: true });
          await pipeline(ctx.req, createWriteStream(path));
          bundle = await BundleFile.open(path);
          await bundles.check(bundle);
        } catch (err) {
          await rm(path, { force: true });
          throw err;
        } finally {
          receiving = false;
        }
        const job = node.jobs.start(IMPORT_JOB, String(bundle.header.seq), async () => {
          try {
            const runs = await bundles.apply(bundle);
            return { bundle: bundle.header.seq, since: bundle.header.since, runs };
          } finally {
            await rm(path, { force: true });
          }
        });
        ctx.status = 202;
        ctx.body = job;
      },
    }),
  ]);
}
