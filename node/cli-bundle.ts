// CLI commands for disconnected sites: export a bundle for a child (on the
// parent), import one (on the child). Both stream: a bundle of several GB is
// never in memory, on either side.
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebStream } from 'node:stream/web';
import type { Command } from 'commander';
import { PatchtreeError } from '../protocol/index.js';
import { commaList } from './cli-args.js';
import { clientCommand } from './cli-kit.js';
import { formatBytes, out, printRun } from './cli-output.js';
import { followJob } from './cli-progress-bar.js';

export function bundleCommands(program: Command): void {
  clientCommand(program, 'export <file>', 'write a bundle for a child that has no network path here: what it needs since its last bundle (or --complete)', async ({ client, show, opts }, file: string) => {
    const path = resolve(file);
    const partial = `${path}.partial`;
    const response = await client.request('POST', `/children/${encodeURIComponent(opts.child)}/bundle`, { body: JSON.stringify({ complete: opts.complete === true, languages: opts.languages }), type: 'application/json' });
    try {
      // Written beside the file and renamed whole: a cut export never leaves a file that looks like a bundle.
      await pipeline(Readable.fromWeb(response.body as WebStream<Uint8Array>), createWriteStream(partial));
      await rename(partial, path);
    } catch (err) {
      await rm(partial, { force: true });
      throw err instanceof PatchtreeError ? err : new PatchtreeError('BUNDLE_DAMAGED', `the bundle did not arrive whole: ${(err as Error).message}; export it again`);
    }
    const since = response.headers.get('x-patchtree-bundle-since');
    const result = { child: opts.child, file: path, seq: Number(response.headers.get('x-patchtree-bundle-seq')), since: since === 'complete' ? null : Number(since), bytes: (await stat(path)).size };
    show(result, () => out(`bundle ${result.seq} for child ${result.child} (${result.since === null ? 'complete' : `the changes since bundle ${result.since}`}): ${path}, ${formatBytes(result.bytes)}`));
  })
    .requiredOption('--child <id>', 'the registered child the bundle is for')
    .option('--complete', 'everything the child needs, not only what changed since its last bundle')
    .option('--languages <list>', 'the child\'s languages (comma list), where it never reported them here; kept for its next bundles', commaList);

  clientCommand(program, 'import-bundle <file>', 'apply a bundle from this node\'s parent (a node whose config names its parent without a url); the same file again resumes a cut import', async ({ client, show, json }, file: string) => {
    const body = Readable.toWeb(createReadStream(resolve(file))) as unknown as ReadableStream<Uint8Array>;
    if (!json) out(`sending ${file} to the node; it is checked whole before anything is applied…`);
    const started = await (await client.request('POST', '/replication/bundle', { body, type: 'application/octet-stream' })).json();
    const job = await followJob(client, started, { draw: false, pollMs: 500 });
    if (job.status === 'failed') throw new PatchtreeError(job.error.code, job.error.message);
    show(job.result, () => {
      job.result.runs.forEach(printRun);
      out(`bundle ${job.result.bundle} applied`);
    });
  });
}
