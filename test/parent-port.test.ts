import pino from 'pino';
import { expect } from 'vitest';
import { Children, httpPort, inProcessPort, ParentService, Rules } from '../replication/index.js';
import { openCatalog } from './helpers/catalog.js';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NodeKey } from '../catalog/index.js';
import { startTestNode } from './helpers/node.js';
import { PARENT_LANGUAGES, parentPortContract, SAMPLE_PAGE_LIMIT } from './parent-port.contract.js';

// One contract, every ParentPort: in-process over the parent's service, and
// HTTP to a real node on 127.0.0.1.

const CHILD_ID = 'site-a';

parentPortContract('in-process port', async () => {
  const { catalog, close } = await openCatalog({ languages: PARENT_LANGUAGES });
  const children = new Children(catalog.store);
  const { credential } = await children.register(CHILD_ID);
  const identityKey = NodeKey.generate();
  const self = { nodeId: 'hq', identity: identityKey.keyid };
  const service = new ParentService({ catalog, children, rules: new Rules(catalog.store), self, logger: pino({ level: 'silent' }) });
  const portWith = (c: string) => inProcessPort(service, { childId: CHILD_ID, credential: c, samplePageLimit: SAMPLE_PAGE_LIMIT });
  return { port: portWith(credential), withCredential: portWith, parent: { catalog, children, nodeId: self.nodeId, childId: CHILD_ID }, identity: self.identity, identityKey, close };
});

parentPortContract('HTTP port to a real node', async () => {
  const node = await startTestNode({ languages: PARENT_LANGUAGES, nodeId: 'hq' });
  const registered = await node.api('POST', '/children', { id: CHILD_ID });
  expect(registered.status).toBe(201);
  const { context } = node.node;
  const portWith = (c: string) => httpPort({ url: node.url, childId: CHILD_ID, credential: c, samplePageLimit: SAMPLE_PAGE_LIMIT, idleTimeoutMs: 10_000 });
  return {
    port: portWith(registered.body.credential),
    withCredential: portWith,
    parent: { catalog: context.catalog, children: context.children, nodeId: context.nodeId, childId: CHILD_ID },
    identity: context.identity,
    identityKey: NodeKey.fromPem(await readFile(join(context.config.dataDir, 'keys', 'identity.key'), 'utf8')),
    close: () => node.close(),
  };
});
