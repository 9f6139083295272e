import { afterAll, describe, expect, it } from 'vitest';
import { SHARED_DATA, startFileServer } from './helpers/http-server.js';
import { startTestNode } from './helpers/node.js';

describe('scheduled imports', () => {
  const closers: Array<() => Promise<void>> = [];
  afterAll(async () => { for (const c of closers) await c(); });

  it('imports a source on its croner schedule, then only conditionally', async () => {
    const files = await startFileServer(SHARED_DATA);
    closers.push(() => files.close());
    const url = `${files.url}/wsusoffline/StaticDownloadLinks-w61-x64-glb.txt`;
    const node = await startTestNode({ sources: [{ name: 'w61', type: 'wsusoffline', urls: [url], schedule: '* * * * * *' }] });
    closers.push(() => node.close());
    let imports: any[] = [];
    for (let i = 0; i < 60 && imports.length < 2; i++) {
      await new Promise((ok) => setTimeout(ok, 100));
      imports = (await node.api('GET', '/imports')).body.imports;
    }
    expect(imports.map((i) => i.status).reverse().slice(0, 2)).toEqual(['imported', 'not-modified']);
    expect((await node.api('GET', '/status')).body.counts.update).toBeGreaterThan(0);
    // Unscheduling stops it.
    await node.api('PUT', '/sources/w61', { type: 'wsusoffline', urls: [url] });
    await new Promise((ok) => setTimeout(ok, 300)); // let an import already under way finish
    const count = (await node.api('GET', '/imports')).body.imports.length;
    await new Promise((ok) => setTimeout(ok, 1500));
    expect((await node.api('GET', '/imports')).body.imports.length).toBe(count);
  });
});
