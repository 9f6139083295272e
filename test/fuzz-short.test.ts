import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ProcessNode } from './helpers/process-node.js';
import { defineFuzzSuite } from './fuzz/suite.js';
import { sendRaw } from './fuzz/engine/http.js';
import { judgeAnswer } from './fuzz/engine/oracle.js';
import { runTarget, type FuzzInput, type FuzzTarget } from './fuzz/engine/runner.js';
import { Tally } from './fuzz/engine/tally.js';

// The fuzz suite, short and seeded (a few hundred inputs): the same targets
// and checks as `npm run test:fuzz`, inside `npm test`.
defineFuzzSuite({ counts: { sync: 160, admin: 100, importers: 50, 'parent-to-child': 40 }, minimumInputs: 350, seed: 'patchtree-11-short' });

// And the harness itself, against a stub server and a process of its own:
// every kind of failure it claims to catch, it reports.
describe('the fuzz harness', () => {
  const closers: Array<() => void> = [];
  afterAll(() => closers.forEach((c) => c()));

  it('reports a 500, an INTERNAL, a refusal without a code, a hang, a store changed by a refusal, an unhandled error logged, and a dead process', async () => {
    let state = 0;
    const stub = createServer((req, res) => {
      const json = (status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      switch (req.url) {
        case '/ok': return json(200, { ok: true });
        case '/refused': return json(400, { error: { code: 'BAD_REQUEST', message: 'no' } });
        case '/internal': return json(500, { error: { code: 'INTERNAL', message: 'bug' } });
        case '/gateway': return json(502, { error: { code: 'CATALOG_FETCH', message: 'feed' } });
        case '/5xx': return json(503, { error: { code: 'STAGE_ABORTED', message: 'a stable code, but a 5xx' } });
        case '/no-code': return res.writeHead(400).end('Bad Request');
        case '/changes': state++; return json(409, { error: { code: 'REPL_READ_ONLY', message: 'no' } });
        case '/hang': return undefined; // never answers
        default: return json(200, {});
      }
    });
    await new Promise<void>((ok) => stub.listen(0, '127.0.0.1', ok));
    closers.push(() => { stub.closeAllConnections(); stub.close(); });
    const url = `http://127.0.0.1:${(stub.address() as AddressInfo).port}`;
    const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);
    closers.push(() => child.kill('SIGKILL'));
    let log = '';
    const node = { url, process: child, logs: () => log } as unknown as ProcessNode;
    const paths = ['/ok', '/refused', '/internal', '/gateway', '/5xx', '/no-code', '/changes', '/hang', '/unhandled', '/die', '/ok'];
    const target: FuzzTarget<FuzzInput & { path: string }> = {
      name: 'stub',
      deadlineMs: 1000,
      watched: () => [node],
      state: async () => ({ digest: String(state), count: 0, lastSeq: 0 }),
      generate: (_rng, i) => ({ row: 'stub', label: paths[i], path: paths[i], show: () => paths[i] }),
      async run(input) {
        if (input.path === '/unhandled') log += `${JSON.stringify({ level: 50, msg: 'unhandled rejection: the process survived it' })}\n`;
        if (input.path === '/die') await new Promise((ok) => { child.once('exit', ok); child.kill('SIGKILL'); });
        return judgeAnswer(await sendRaw(url, { method: 'GET', path: input.path, headers: [] }, 5000), { gatewayCodes: new Set(['CATALOG_FETCH']) });
      },
    };
    const tally = new Tally();
    await runTarget(target, { seed: 'harness', count: paths.length, tally });
    const reasons = Object.fromEntries(tally.failures.map((f) => [f.label, f.reason]));
    expect(Object.keys(reasons).sort()).toEqual(['/5xx', '/changes', '/die', '/hang', '/internal', '/no-code', '/unhandled'].sort());
    expect(reasons['/5xx']).toMatch(/a 503 answer \(STAGE_ABORTED\)/);
    expect(reasons['/internal']).toMatch(/INTERNAL/);
    expect(reasons['/no-code']).toMatch(/not JSON|no error code/);
    expect(reasons['/hang']).toMatch(/hang/);
    expect(reasons['/changes']).toMatch(/refused \(REPL_READ_ONLY\) but changed the store/);
    expect(reasons['/unhandled']).toMatch(/unhandled rejection/);
    expect(reasons['/die']).toMatch(/died/);
    // The inputs that were fine count as they should, and nothing runs after the process died.
    const row = tally.rows.get('stub')!;
    expect(row).toMatchObject({ inputs: 10, accepted: 1, failures: 7 });
    expect([...row.refused]).toEqual([['BAD_REQUEST', 1], ['CATALOG_FETCH', 1]]);
    expect(tally.table('harness')).toMatch(/FAILURE stub #2 \[\/internal\].*\n.*FUZZ_SEED=harness FUZZ_TARGETS=stub FUZZ_ONLY=2/);
  });
});
