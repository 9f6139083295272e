import { afterEach, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { UNCAUGHT_EXCEPTION, UNHANDLED_REJECTION } from '../node/process-guard.js';
import { spawnNode } from './helpers/process-node.js';
import { tempDir } from './helpers/temp.js';
import { waitFor } from './helpers/wait.js';

// The node's process-level policy (node/process-guard.ts), in a process of
// its own: an unhandled rejection is logged at error level with a stable
// message and the process keeps running (Node's default ends it); an
// uncaught exception is logged at fatal level and the node stops, exit 1.

const run = promisify(execFile);
const GUARD = fileURLToPath(new URL('../node/process-guard.ts', import.meta.url));
const LOGGER = fileURLToPath(new URL('../node/logger.ts', import.meta.url));
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => { while (cleanups.length) await cleanups.pop()!(); });

/** Runs `body` (TypeScript) in a node process of its own, the guard installed first unless `guarded` is false. */
async function inProcess(body: string, guarded = true): Promise<{ code: number; lines: Array<Record<string, any>>; stdout: string }> {
  const { dir, cleanup } = await tempDir('patchtree-guard-');
  cleanups.push(cleanup);
  const file = join(dir, 'main.ts');
  await writeFile(file, `
    import { guardProcess } from ${JSON.stringify(GUARD)};
    import { createLogger } from ${JSON.stringify(LOGGER)};
    const logger = createLogger('info');
    if (${guarded}) guardProcess(logger, () => { console.log('stopping'); process.exit(1); });
    ${body}
  `);
  const result = await run(process.execPath, ['--import', 'tsx', file], { cwd: fileURLToPath(new URL('..', import.meta.url)) }).then(
    (r) => ({ code: 0, stdout: r.stdout }),
    (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
  );
  const lines = result.stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
  return { ...result, lines };
}

describe('the process guard', () => {
  it('logs an unhandled rejection and keeps the node running', async () => {
    const unguarded = await inProcess(`Promise.reject(new Error('nobody awaited me')); setTimeout(() => console.log('still running'), 300);`, false);
    expect(unguarded.code).not.toBe(0); // what Node does without it: the process ends
    const guarded = await inProcess(`Promise.reject(new Error('nobody awaited me')); setTimeout(() => console.log('still running'), 300);`);
    expect(guarded.code).toBe(0);
    expect(guarded.stdout).toContain('still running');
    expect(guarded.lines).toContainEqual(expect.objectContaining({ level: 50, msg: UNHANDLED_REJECTION, err: expect.objectContaining({ message: 'nobody awaited me' }) }));
  });

  it('logs an uncaught exception at fatal level and stops the node', async () => {
    const { code, stdout, lines } = await inProcess(`setTimeout(() => { throw new Error('thrown from a timer'); }); setTimeout(() => console.log('still running'), 1000);`);
    expect(code).toBe(1);
    expect(stdout).toContain('stopping');
    expect(stdout).not.toContain('still running');
    expect(lines).toContainEqual(expect.objectContaining({ level: 60, msg: UNCAUGHT_EXCEPTION, err: expect.objectContaining({ message: 'thrown from a timer' }) }));
  });
});

describe('a node started with `patchtree start`', () => {
  it('has the guard installed: a rejection nobody handles is logged, and the node keeps serving', async () => {
    const { dir, cleanup } = await tempDir('patchtree-guard-node-');
    cleanups.push(cleanup);
    // A rejection nobody awaits, two seconds into the node's life, from code loaded before it (as a bug would be).
    const bug = `data:text/javascript,${encodeURIComponent("setTimeout(() => Promise.reject(new Error('a bug nobody awaited')), 2000).unref()")}`;
    const node = await spawnNode(join(dir, 'node'), { sample: false }, { env: { NODE_OPTIONS: `--import=${bug}` } });
    cleanups.push(() => node.kill());
    await waitFor('the rejection to be logged', async () => (node.logs().includes(UNHANDLED_REJECTION) ? true : undefined), 20_000);
    expect(node.logs()).toContain('a bug nobody awaited');
    expect((await node.api('GET', '/status')).status).toBe(200);
    expect(node.process.exitCode).toBeNull();
  });
});
