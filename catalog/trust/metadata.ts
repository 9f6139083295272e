import { hash } from 'node:crypto';
import { Key, Metadata, MetadataKind, Root, Signature, TargetFile, Targets } from '@tufjs/models';
import { PatchtreeError } from '../../protocol/index.js';
import { tufKeyJson, type NodeKey, type PublicKeyInfo } from './keys.js';

/**
 * The signed metadata a publisher writes, in TUF's own model (read and
 * signed with @tufjs/models, so standard TUF tooling reads it too):
 *
 * - `root.json`: the publisher's keys. Version 1 is self-signed; a key roll
 *   writes the next version, signed by the old key and the new one, which a
 *   child follows as TUF clients follow root rotation.
 * - `targets.json`: one target per listing (see listings.ts), whose length
 *   and sha256 bind the listing's bytes and whose custom fields carry the
 *   record count and the digest sum of its records; a version that only
 *   grows and an expiry. The snapshot and timestamp roles are not used:
 *   a session carries the targets document itself, so its version and
 *   expiry already do what those roles add for a file repository.
 *
 * A publisher is named by the key id of its first root's key: it stays its
 * name through key rolls.
 */

/** The TUF specification version patchtree writes. */
const SPEC_VERSION = '1.0.31';
const ROLES = ['root', 'targets', 'snapshot', 'timestamp'] as const;
/** Roots do not expire in practice: trust in them ends by a key roll or the child admin's revocation. */
const ROOT_LIFETIME_MS = 100 * 365 * 86_400_000;
/** Extension field of a targets document naming the publisher and the node that runs it. */
const PUBLISHER_FIELD = 'x-patchtree-publisher';

/** TUF writes times as ISO 8601 in UTC without fractions. */
export const tufTime = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

const signerOf = (key: NodeKey) => (data: Buffer) => new Signature({ keyID: key.keyid, sig: key.sign(data).toString('hex') });

/** A publisher's root of `version` listing `key` for every role, signed by it and by the previous root's key when rolling. */
export function makeRoot(key: NodeKey, version: number, previous?: NodeKey): string {
  const tufKey = Key.fromJSON(key.keyid, tufKeyJson(key.info.public));
  const root = new Root({ specVersion: SPEC_VERSION, version, expires: tufTime(new Date(Date.now() + ROOT_LIFETIME_MS)), keys: {}, consistentSnapshot: false });
  for (const role of ROLES) root.addKey(tufKey, role);
  const metadata = new Metadata(root);
  if (previous) metadata.sign(signerOf(previous));
  metadata.sign(signerOf(key), true);
  return JSON.stringify(metadata.toJSON());
}

export interface TargetEntry {
  path: string;
  length: number;
  sha256: string;
  count: number;
  /** Digest sum of the records the listing names (64 hex digits), see DigestBuckets. */
  sum: string;
}

/** A signed targets document of `version`, expiring at `expires`. */
export function makeTargets(key: NodeKey, publisher: { id: string; nodeId: string }, version: number, expires: Date, entries: readonly TargetEntry[]): string {
  const targets = new Targets({ specVersion: SPEC_VERSION, version, expires: tufTime(expires), unrecognizedFields: { [PUBLISHER_FIELD]: { id: publisher.id, nodeId: publisher.nodeId } } });
  for (const e of entries) targets.addTarget(new TargetFile({ path: e.path, length: e.length, hashes: { sha256: e.sha256 }, unrecognizedFields: { custom: { count: e.count, sum: e.sum } } }));
  const metadata = new Metadata(targets);
  metadata.sign(signerOf(key));
  return JSON.stringify(metadata.toJSON());
}

export interface VerifiedRoot {
  version: number;
  /** Key ids of the targets role (the keys that sign manifests now). */
  targetKeys: string[];
  metadata: Metadata<Root>;
}

export interface VerifiedTargets {
  publisher: string;
  nodeId: string;
  version: number;
  expires: Date;
  targets: Map<string, TargetEntry>;
  /** sha256 of the document's bytes: a document already verified is known by it. */
  digest: string;
}

const invalid = (message: string) => new PatchtreeError('SIG_INVALID', message);

function parse<T extends Root | Targets>(kind: MetadataKind.Root | MetadataKind.Targets, text: string, what: string): Metadata<T> {
  try {
    return Metadata.fromJSON(kind as MetadataKind.Root, JSON.parse(text)) as unknown as Metadata<T>;
  } catch (err) {
    throw invalid(`${what} is not a valid TUF ${kind} document: ${(err as Error).message.slice(0, 200)}`);
  }
}

const rootOf = (metadata: Metadata<Root>): VerifiedRoot => ({ version: metadata.signed.version, targetKeys: [...metadata.signed.roles.targets.keyIDs], metadata });

/**
 * Walks a publisher's root chain from what the child trusts: the first root
 * whose root role holds a pinned key (and that signs itself), then each next
 * version, which must be signed by its predecessor's root keys and its own
 * (TUF's root rotation). Revoked keys sign nothing. Returns the newest root.
 */
export function verifyRootChain(chain: readonly string[], pinned: ReadonlySet<string>, revoked: ReadonlySet<string>, publisher: string): VerifiedRoot {
  const roots = chain.map((text, i) => parse<Root>(MetadataKind.Root, text, `root ${i + 1} of publisher ${publisher.slice(0, 16)}`));
  roots.forEach((r, i) => {
    if (r.signed.version !== i + 1) throw invalid(`publisher ${publisher.slice(0, 16)}: root ${i + 1} says version ${r.signed.version}`);
  });
  const withoutRevoked = (m: Metadata<Root>) => {
    for (const id of revoked) delete m.signatures[id];
    return m;
  };
  let trusted: Metadata<Root> | undefined;
  for (const root of roots) {
    if (!trusted) {
      if (!root.signed.roles.root.keyIDs.some((id) => pinned.has(id) && !revoked.has(id))) continue;
      try {
        root.verifyDelegate('root', withoutRevoked(root));
      } catch (err) {
        throw invalid(`publisher ${publisher.slice(0, 16)}: root version ${root.signed.version} is not validly signed: ${(err as Error).message}`);
      }
      trusted = root;
      continue;
    }
    try {
      trusted.verifyDelegate('root', withoutRevoked(root));
      root.verifyDelegate('root', root);
    } catch (err) {
      throw invalid(`publisher ${publisher.slice(0, 16)}: root version ${root.signed.version} is not signed by the keys of version ${trusted.signed.version} and its own: ${(err as Error).message}`);
    }
    trusted = root;
  }
  if (!trusted) throw invalid(`publisher ${publisher.slice(0, 16)}: no root is signed by a key this node pins`);
  return rootOf(trusted);
}

/** The publisher id of a root chain: the key id of the first root's key. */
export function publisherIdOf(firstRoot: string): string {
  const root = parse<Root>(MetadataKind.Root, firstRoot, 'a root');
  const [id] = root.signed.roles.root.keyIDs;
  if (!id) throw invalid('a root names no root key');
  return id;
}

/** Verifies a targets document against its publisher's newest root; the caller checks version and expiry. */
export function verifyTargets(root: VerifiedRoot, text: string, revoked: ReadonlySet<string>, publisher: string): VerifiedTargets {
  // A document verified already under the same keys is not verified again: a run with nothing new to bring
  // carries the same targets as the last one, and checking a large one costs a canonical-JSON pass.
  const key = `${publisher}|${root.targetKeys.join(',')}|${[...revoked].sort().join(',')}|${hash('sha256', text, 'hex')}`;
  const known = verified.get(key);
  if (known) return known;
  const result = verifyTargetsOnce(root, text, revoked, publisher);
  remember(verified, key, result);
  return result;
}

/** Most documents kept verified, or listed, in memory (a node relays a handful of publishers per rule). */
const REMEMBERED = 16;
const verified = new Map<string, VerifiedTargets>();
const listed = new Map<string, Array<{ path: string; sha256: string }>>();

function remember<T>(memo: Map<string, T>, key: string, value: T): void {
  memo.set(key, value);
  if (memo.size > REMEMBERED) memo.delete(memo.keys().next().value!);
}

function verifyTargetsOnce(root: VerifiedRoot, text: string, revoked: ReadonlySet<string>, publisher: string): VerifiedTargets {
  const metadata = parse<Targets>(MetadataKind.Targets, text, `the targets of publisher ${publisher.slice(0, 16)}`);
  for (const id of revoked) delete metadata.signatures[id];
  try {
    root.metadata.verifyDelegate('targets', metadata);
  } catch (err) {
    throw invalid(`publisher ${publisher.slice(0, 16)}: targets version ${metadata.signed.version} is not signed by its current key: ${(err as Error).message}`);
  }
  const named = metadata.signed.unrecognizedFields[PUBLISHER_FIELD] as { id?: unknown; nodeId?: unknown } | undefined;
  if (named?.id !== publisher) throw invalid(`targets signed for publisher ${String(named?.id).slice(0, 16)} came as publisher ${publisher.slice(0, 16)}'s`);
  const targets = new Map<string, TargetEntry>();
  for (const [path, file] of Object.entries(metadata.signed.targets)) {
    const custom = file.custom as { count?: unknown; sum?: unknown };
    const sha256 = file.hashes.sha256;
    if (!/^[0-9a-f]{64}$/.test(sha256 ?? '') || !Number.isSafeInteger(custom.count) || typeof custom.sum !== 'string' || !/^[0-9a-f]{64}$/.test(custom.sum)) {
      throw invalid(`publisher ${publisher.slice(0, 16)}: target ${path.slice(0, 100)} lacks its sha256, count or sum`);
    }
    targets.set(path, { path, length: file.length, sha256, count: custom.count as number, sum: custom.sum });
  }
  const expires = new Date(metadata.signed.expires);
  if (Number.isNaN(expires.getTime())) throw invalid(`publisher ${publisher.slice(0, 16)}: targets expiry ${metadata.signed.expires} is not a time`);
  return { publisher, nodeId: typeof named.nodeId === 'string' ? named.nodeId : '', version: metadata.signed.version, expires, targets, digest: hash('sha256', text, 'hex') };
}

/** The keys of a verified root's targets role, as a child pins them. */
export function targetKeysOf(root: VerifiedRoot): PublicKeyInfo[] {
  return root.targetKeys.map((id) => {
    const key = root.metadata.signed.keys[id];
    return { keyid: id, keytype: 'ed25519', scheme: 'ed25519', public: key.keyVal.public };
  });
}

/**
 * The targets a document names, read without checking its signature: for a
 * node serving documents it verified (or signed) already. Children verify.
 */
export function listedTargets(text: string): Array<{ path: string; sha256: string }> {
  const key = hash('sha256', text, 'hex');
  const known = listed.get(key);
  if (known) return known;
  const targets = (JSON.parse(text) as { signed?: { targets?: Record<string, { hashes?: { sha256?: string } }> } }).signed?.targets ?? {};
  const result = Object.entries(targets).map(([path, file]) => ({ path, sha256: file.hashes?.sha256 ?? '' }));
  remember(listed, key, result);
  return result;
}

/** The keys a root names for its root role (what a child pins), read from a root this node verified when it stored it. */
export function rootKeysOf(rootText: string): PublicKeyInfo[] {
  const root = parse<Root>(MetadataKind.Root, rootText, 'a held root');
  return root.signed.roles.root.keyIDs.map((id) => ({ keyid: id, keytype: 'ed25519' as const, scheme: 'ed25519' as const, public: root.signed.keys[id].keyVal.public }));
}
