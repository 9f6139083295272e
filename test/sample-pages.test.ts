import { describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import { VerifyRequest, VerifyResponse } from '../protocol/index.js';
import { httpPort } from '../replication/index.js';

/** A parent that answers every verify call with `answer(request)`. */
async function fakeParent(answer: (request: ReturnType<typeof VerifyRequest.decode>) => ReturnType<typeof VerifyResponse.create>) {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      res.setHeader('content-type', 'application/x-protobuf');
      res.end(Buffer.from(VerifyResponse.encode(answer(VerifyRequest.decode(Buffer.concat(chunks)))).finish()));
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(ok)) };
}

const scope = { rule: 'catalog' as const, languages: ['en-US'], policyIds: [] };
const read = async (pages: AsyncIterable<Array<{ key: string }>>) => { const keys = []; for await (const page of pages) keys.push(...page.map((h) => h.key)); return keys; };

describe('whole verification samples in pages, over HTTP', () => {
  it('reads the one answer of a parent that predates paging as the whole sample', async () => {
    // Record keys and SHA-256 hashes: a child refuses an answer of anything else.
    const parent = await fakeParent(() => VerifyResponse.create({ hashes: [{ key: 'b/a', hash: 'a'.repeat(64) }, { key: 'b/b', hash: 'b'.repeat(64) }] }));
    expect(await read(httpPort({ url: parent.url, childId: 'c', credential: 'k' }).sample(scope, 100))).toEqual(['b/a', 'b/b']);
    await parent.close();
  });

  it('refuses a parent whose pages do not move forward, instead of asking for ever', async () => {
    const parent = await fakeParent((request) => VerifyResponse.create({ hashes: [{ key: 'b/a', hash: 'a'.repeat(64) }], nextPageAfter: request.pageAfter || 'b/a' }));
    await expect(read(httpPort({ url: parent.url, childId: 'c', credential: 'k' }).sample(scope, 100))).rejects.toMatchObject({ code: 'PROTO_DECODE' });
    await parent.close();
  });
});
