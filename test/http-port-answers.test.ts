import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_FRAME_BYTES } from '../protocol/index.js';
import { httpPort } from '../replication/index.js';

// A parent's answer to a call (verify, fetch, content list, ...) is read up to its bound; past it the call fails,
// and the child stops reading: it closes the connection instead of taking whatever the parent sends for ever.
let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((ok) => server?.close(ok) ?? ok(undefined));
  server = undefined;
});

describe('a call whose answer does not end', () => {
  it('fails past the bound (PROTO_DECODE) and closes the connection', async () => {
    let closedAfter = -1;
    let sent = 0;
    server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/x-protobuf' });
      const chunk = Buffer.alloc(1 << 20);
      const more = () => {
        for (let flowing = true; flowing && !res.destroyed; ) {
          sent += chunk.length;
          flowing = res.write(chunk);
        }
        if (!res.destroyed) res.once('drain', more);
      };
      res.on('close', () => (closedAfter = sent));
      more();
    });
    await new Promise<void>((ok) => server!.listen(0, '127.0.0.1', ok));
    const { port } = server.address() as { port: number };
    const parent = httpPort({ url: `http://127.0.0.1:${port}`, childId: 'c', credential: 'x', idleTimeoutMs: 5_000 });
    await expect(parent.verify({ rule: 'catalog', languages: ['en-US'], policyIds: [] }, ['u/B/U'])).rejects.toMatchObject({ code: 'PROTO_DECODE' });
    // The parent sees its answer cut soon after the bound, not a child reading on.
    for (let i = 0; i < 100 && closedAfter < 0; i++) await new Promise((ok) => setTimeout(ok, 50));
    expect(closedAfter).toBeGreaterThan(MAX_FRAME_BYTES);
    expect(closedAfter).toBeLessThan(MAX_FRAME_BYTES * 4);
  });
});
