import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { NEUTRAL } from '../../protocol/index.js';
import type { Catalog, RecordStore } from '../../catalog/index.js';
import { Children, inProcessPort, ParentService, Rules, type ParentPort } from '../../replication/index.js';
export { RecordStore, type Catalog } from '../../catalog/index.js';

export const SAMPLE = fileURLToPath(new URL('../../catalog/sample/sample-catalog.ndjson.gz', import.meta.url));

/** The tests' own statement of the scope rule's language test, kept apart from the code it checks. */
export const inLanguages = (languages: readonly string[], managed: ReadonlySet<string>) => languages.length === 0 || languages.some((l) => l === NEUTRAL || managed.has(l));

let children = 0;

/**
 * A parent port to a store in this process: a child registered on it, its
 * parent service, and the in-process port (the real wire codecs, no network).
 * A bare store serves sessions, verification and repair; give a catalog for
 * hello and content.
 */
export async function portTo(parent: RecordStore | Catalog, nodeId = 'parent'): Promise<ParentPort> {
  const catalog = ('store' in parent ? parent : { store: parent, settings: { languages: async () => [] }, staging: { filesIn: async () => [] } }) as Catalog;
  const registry = new Children(catalog.store);
  const childId = `child-${++children}`;
  const { credential } = await registry.register(childId);
  const service = new ParentService({ catalog, children: registry, rules: new Rules(catalog.store), self: { nodeId, identity: catalog.store.storeId }, logger: pino({ level: 'silent' }) });
  return inProcessPort(service, { childId, credential });
}
