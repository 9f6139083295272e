import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import pino from 'pino';
import { NEUTRAL } from '../../protocol/index.js';
import { NodeKey, Publication, Publisher, type Catalog, type PublicKeyInfo, type RecordStore } from '../../catalog/index.js';
import { Children, ChildTrust, inProcessPort, ParentService, Rules, signStatement, wire, type HelloReport, type ParentPort, type TrustChecks } from '../../replication/index.js';
import { tempDir } from './temp.js';
export { RecordStore, type Catalog } from '../../catalog/index.js';

export const SAMPLE = fileURLToPath(new URL('../../catalog/sample/sample-catalog.ndjson.gz', import.meta.url));

/** The tests' own statement of the scope rule's language test, kept apart from the code it checks. */
export const inLanguages = (languages: readonly string[], managed: ReadonlySet<string>) => languages.length === 0 || languages.some((l) => l === NEUTRAL || managed.has(l));

let children = 0;

/** A port to a parent, with the publisher keys its registration answers (what the child pins). */
export type TestPort = ParentPort & { publisherKeys: PublicKeyInfo[] };

const publications = new WeakMap<RecordStore, Promise<Publication>>();
/** Each store's keys folder, by store id: a store reopened keeps its publisher key, as a node's data directory does. */
const keysDirs = new Map<string, string>();

/**
 * The publication of a bare store (a Catalog has its own): its publisher's
 * keys in a temp folder. A store that replicates from a parent gets one
 * with `hasParent` (made by trustFor before it serves children of its own).
 */
export function publicationOf(store: RecordStore, hasParent = false): Promise<Publication> {
  let made = publications.get(store);
  if (!made) {
    made = (async () => {
      let keysDir = keysDirs.get(store.storeId);
      if (!keysDir) keysDirs.set(store.storeId, (keysDir = join((await tempDir('patchtree-keys-')).dir, 'keys')));
      const publication = new Publication(store, await Publisher.open(store, { keysDir, nodeId: `node-${store.storeId.slice(0, 8)}`, expiryDays: 7 }), hasParent);
      await publication.start();
      return publication;
    })();
    publications.set(store, made);
  }
  return made;
}

/**
 * A parent port to a store in this process: a child registered on it, its
 * parent service, and the in-process port (the real wire codecs, no network).
 * A bare store serves sessions, verification and repair; give a catalog for
 * hello and content.
 */
export async function portTo(parent: RecordStore | Catalog, nodeId = 'parent'): Promise<TestPort> {
  const catalog = ('store' in parent
    ? parent
    : { store: parent, publication: await publicationOf(parent), settings: { languages: async () => [] }, staging: { filesIn: async () => [] } }) as Catalog;
  const registry = new Children(catalog.store);
  const childId = `child-${++children}`;
  const { credential } = await registry.register(childId);
  const service = new ParentService({ catalog, children: registry, rules: new Rules(catalog.store), self: { nodeId, identity: catalog.store.storeId }, logger: pino({ level: 'silent' }) });
  return Object.assign(inProcessPort(service, { childId, credential }), { publisherKeys: await catalog.publication.keysForChildren() });
}

const trusts = new WeakMap<RecordStore, ChildTrust>();

/** The child side's checks for a store replicating from `port`, pinning the keys the port's parent answered. */
export async function trustFor(store: RecordStore, port: { publisherKeys: PublicKeyInfo[] }): Promise<ChildTrust> {
  let trust = trusts.get(store);
  if (!trust) {
    trust = new ChildTrust(store, await publicationOf(store, true), { publisherKeys: port.publisherKeys, trustOnFirstUse: false }, pino({ level: process.env.TRUST_LOG ?? 'silent' }));
    trusts.set(store, trust);
  }
  return trust;
}

/**
 * Trust checks that take everything: for tests of other concerns (batch
 * order, run-now bookkeeping) whose fake parents sign nothing. Never what a
 * node runs: node.ts always builds a ChildTrust.
 */
export function uncheckedTrust(): TrustChecks {
  return {
    heldListings: async () => [],
    alertOn: async () => undefined,
    checkExpiry: async () => undefined,
    alerts: async () => [],
    revoke: async () => [],
    pin: async () => [],
    describe: async () => ({}),
    contentChecks: async () => ({ contentBound: () => true }),
    begin: async () => ({ addListing() {}, ready: async () => undefined, guard: () => undefined, firstWrite: async () => [], checkHeld() {}, commit: async () => undefined }),
  };
}

/** Descendants of the node with `parentIdentity`, each with its own signed statement naming it. */
export function signedDescendants(parentIdentity: string, n: number, languages = ['de-DE']) {
  return Array.from({ length: n }, (_, i) => {
    const key = NodeKey.generate();
    const nodeId = `leaf-${i}`;
    return { nodeId, identity: key.keyid, languages, statement: Buffer.from(signStatement(key, { parentIdentity, nodeId, languages })).toString('base64') };
  });
}

/** A child's language report as a real child sends it: with its own statement, signed with `key`. */
export function signedHello(childId: string, over: Partial<HelloReport> & { key?: NodeKey } = {}): Uint8Array {
  const { key = NodeKey.generate(), ...rest } = over;
  const body = { identity: key.keyid, nodeId: childId, languages: ['en-US'], descendants: [], ...rest };
  return wire.encodeHello(childId, { ...body, statement: Buffer.from(signStatement(key, { parentIdentity: '', nodeId: body.nodeId, languages: body.languages })).toString('base64') });
}
