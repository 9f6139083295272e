import { afterAll, describe, expect, it } from 'vitest';
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { tempDir } from './helpers/temp.js';

const run = promisify(execFile);
const BIN = fileURLToPath(new URL('../node/bin.mjs', import.meta.url));
const CONSOLE_PAGE = fileURLToPath(new URL('../node/console/index.html', import.meta.url));
const SAMPLE = fileURLToPath(new URL('../catalog/sample/sample-catalog.ndjson.gz', import.meta.url));

let child: ChildProcess | undefined;
afterAll(() => {
  child?.kill('SIGKILL');
});

/** Starts `patchtree start` as its own process and waits for its "node listening" log line. */
async function startProcess(dataDir: string): Promise<{ url: string; stderr: () => string; logs: () => string }> {
  let stdout = '';
  let stderr = '';
  child = spawn(BIN, ['start', '--data', dataDir, '--port', '0'], { env: { ...process.env, PATCHTREE_LOG_LEVEL: 'info' } });
  child.stderr!.on('data', (d) => (stderr += d));
  const url = await new Promise<string>((resolve, reject) => {
    child!.stdout!.on('data', (d) => {
      stdout += d;
      const m = /"url":"(http:\/\/[^"]+)".*"msg":"node listening"/.exec(stdout);
      if (m) resolve(m[1]);
    });
    child!.once('exit', (code) => reject(new Error(`node exited with ${code}: ${stderr}`)));
  });
  return { url, stderr: () => stderr, logs: () => stdout };
}

describe('the main job (npm start) in its own process', () => {
  it('starts a parent on embedded defaults, imports the bundled sample and serves the API to the CLI', async () => {
    const { dir, cleanup } = await tempDir('patchtree-main-');
    const node = await startProcess(dir);
    const token = readFileSync(join(dir, 'admin-token'), 'utf8').trim();
    for (let i = 0; i < 50 && !node.stderr().includes(token); i++) await new Promise((ok) => setTimeout(ok, 100));
    expect(node.stderr()).toContain(token); // printed once, on first start

    const expected = gunzipSync(readFileSync(SAMPLE)).toString('utf8').split('\n').filter((l) => l.trim());
    const expectedUpdates = expected.reduce((n, line) => n + JSON.parse(line).updates.length, 0);
    const cli = (...args: string[]) => run(process.execPath, [BIN, ...args, '--url', node.url, '--data', dir]);
    let status: any;
    for (let i = 0; i < 100; i++) {
      status = JSON.parse((await cli('status', '--json')).stdout);
      if (status.counts.bulletin > 0) break;
      await new Promise((ok) => setTimeout(ok, 100));
    }
    expect(status.counts.bulletin).toBe(expected.length);
    expect(status.counts.update).toBe(expectedUpdates);
    expect(status.sources.map((s: any) => s.name)).toEqual(['sample']);

    // Started as npm start starts it, the node runs with bin.mjs's V8 flags (the young generation cap).
    expect(readFileSync(`/proc/${child!.pid}/cmdline`, 'utf8').split('\0')).toContain('--max-semi-space-size=8');
    // The sample source names the catalog in the source tree, not in a build (whose path changes with every build).
    const { sources } = await (await fetch(`${node.url}/api/v1/sources`, { headers: { authorization: `Bearer ${token}` } })).json();
    expect(sources[0].urls).toEqual([pathToFileURL(SAMPLE).href]);
    // The compiled node finds the files it serves next to its modules.
    const page = await fetch(`${node.url}/console`);
    expect(page.status).toBe(200);
    expect(await page.text()).toBe(readFileSync(CONSOLE_PAGE, 'utf8'));
    // ... and bundles the console's script from the compiled modules beside them.
    const script = await fetch(`${node.url}/console/console.js`);
    expect(script.status).toBe(200);
    expect(await script.text()).toContain('/api/v1');

    const human = (await cli('bulletins', '--limit', '5')).stdout;
    expect(human).toContain(`5 of ${expected.length}`);
    const wrong = await run(process.execPath, [BIN, 'status', '--url', node.url, '--token', 'wrong-token']).catch((e) => e);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('AUTH_INVALID');

    child!.kill('SIGTERM');
    await new Promise((ok) => child!.once('exit', ok));
    // A restart keeps the token (not printed again) and the data.
    const again = await startProcess(dir);
    expect(again.stderr()).not.toContain(token);
    const restarted = JSON.parse((await run(process.execPath, [BIN, 'status', '--json', '--url', again.url, '--data', dir])).stdout);
    expect(restarted.lastSeq).toBe(status.lastSeq);
    child!.kill('SIGTERM');
    await new Promise((ok) => child!.once('exit', ok));
    await cleanup();
  });
});
