import { PatchtreeError, PROTOCOL_VERSION } from '../../protocol/index.js';
import { normaliseLanguages, scopeId, STATE_FAMILIES, type Catalog, type HashAlgorithm } from '../../catalog/index.js';
import { BUNDLE_FORMAT, BundleWriter, SECTION, type BundleHeader, type SessionMeta } from '../bundle-format.js';
import * as wire from '../wire.js';
import type { Children } from './children.js';
import { unmanagedLanguages } from './language-alerts.js';
import type { Rules } from './rules.js';
import { serveSession, type ServingNode } from './session.js';

/** Where the last bundle exported for a child left it: the next differential bundle starts there. */
export interface BundleCursor {
  seq: number;
  /** Per record rule, the checkpoint the child holds once it applied the bundle (the session's end). */
  checkpoints: Partial<Record<wire.RecordRule, wire.Checkpoint>>;
  /** The content files (`algorithm:hash`) the bundles carried so far: a differential bundle carries the others. */
  files: string[];
}

export interface ExportOptions {
  catalog: Catalog;
  children: Children;
  rules: Rules;
  self: ServingNode;
  childId: string;
  /** Everything the child needs, whatever the bundles before carried. */
  complete: boolean;
  /** The child's languages, when the parent does not know them (a child that never connected) or they changed; kept for the next export. */
  languages?: string[];
}

const RECORD_RULES: readonly wire.RecordRule[] = ['catalog', 'policies'];
const cursorKey = (childId: string) => STATE_FAMILIES.bundleCursor.key(childId);
/** Children a bundle is being exported for: two at once would both take the same sequence number. */
const exporting = new Set<string>();

/** Where the last bundle exported for the child left it (none yet: undefined). */
export async function bundleCursor(catalog: Catalog, childId: string): Promise<BundleCursor | undefined> {
  return (await catalog.store.state.get(cursorKey(childId))) as BundleCursor | undefined;
}

/**
 * The bundle of what a registered child needs, as a stream of buffers: the
 * answers this node would give the calls of the child's network run (its
 * rules, one session per record rule from where the last bundle left it,
 * the content list of its languages and the files it lacks), recorded by
 * the same code that serves them (serveSession). Nothing is held in memory
 * beyond a frame or a file chunk. The cursor moves only once the last byte
 * was taken: an export cut short leaves the next one where this one began.
 */
export async function exportBundle(options: ExportOptions): Promise<{ header: BundleHeader; bytes: AsyncGenerator<Buffer> }> {
  const { catalog, children, rules, self, childId } = options;
  const child = await children.get(childId); // NOT_FOUND for a child not registered here
  let languages: string[];
  try {
    languages = options.languages ? normaliseLanguages(options.languages) : child.languages;
  } catch (err) {
    throw new PatchtreeError('BUNDLE_NO_LANGUAGES', (err as Error).message);
  }
  if (!options.languages && !child.identity && child.languages.length === 0) {
    // A child that never reported: its languages are the admin's word, given once (kept on its registration).
    throw new PatchtreeError('BUNDLE_NO_LANGUAGES', `child ${childId} never reported its languages to this node: give them (--languages en-US,de-DE); they are kept for its next bundles`);
  }
  const ruleSet = await rules.all();
  const scopeOf = (rule: wire.RecordRule) => ({ rule, languages, policyIds: rule === 'policies' ? ruleSet.policies.policyIds : [] });
  const cursor = await bundleCursor(catalog, childId);
  // The cursor holds for the scope it was made for; another scope (languages, chosen policies) needs every record.
  const complete = options.complete || !cursor || RECORD_RULES.some((rule) => cursor.checkpoints[rule]?.filter !== scopeId(scopeOf(rule)));
  const header: BundleHeader = {
    format: BUNDLE_FORMAT,
    childId,
    seq: (cursor?.seq ?? 0) + 1,
    since: complete ? null : cursor!.seq,
    parentId: self.nodeId,
    parentIdentity: self.identity,
    languages,
    policyIds: ruleSet.policies.policyIds,
    created: new Date().toISOString(),
  };

  const busy = () => new PatchtreeError('REPL_BUSY', `a bundle for child ${childId} is being exported already`);
  if (exporting.has(childId)) throw busy();
  async function* bytes(): AsyncGenerator<Buffer> {
    // Taken when the first byte is asked for (a stream never read holds nothing), checked again for a race.
    if (exporting.has(childId)) throw busy();
    exporting.add(childId);
    try {
      yield* written();
    } finally {
      exporting.delete(childId);
    }
  }
  async function* written(): AsyncGenerator<Buffer> {
    const out = new BundleWriter();
    yield out.start();
    yield out.section(SECTION.header, header);
    // The language report's answer: the rules the child runs by (and passes on to its own children).
    const managed = await catalog.settings.languages();
    yield out.section(SECTION.hello, wire.encodeHelloAck({ parentId: self.nodeId, parentIdentity: self.identity, unmanaged: unmanagedLanguages(languages, managed), rules: ruleSet, runNow: [] }));
    const checkpoints: BundleCursor['checkpoints'] = {};
    for (const rule of RECORD_RULES) {
      const scope = scopeOf(rule);
      const base = complete ? undefined : cursor!.checkpoints[rule];
      const request: wire.SessionRequest = {
        protocolVersion: PROTOCOL_VERSION, childId, via: [], rule, mode: complete ? 'complete' : 'differential', checkpoint: base,
        languages: scope.languages, policyIds: scope.policyIds,
        // What the child holds is not known here: every listing of its scope comes (it keeps those it has).
        heldListings: [],
      };
      const { published, release } = await catalog.publication.acquire(rule);
      try {
        yield out.section(SECTION.session, { rule, ...(base ? { base } : {}) } satisfies SessionMeta);
        for await (const frame of serveSession(catalog.store, request, self, published)) yield out.section(SECTION.frame, frame);
        checkpoints[rule] = { storeId: published.view.storeId, seq: published.view.lastSeq, filter: scopeId(scope) };
      } finally {
        await release();
      }
    }
    const files = await catalog.staging.filesIn(languages);
    yield out.section(SECTION.contentList, wire.encodeContentList(files.map((f) => ({ updateKey: f.updateKey, algorithm: f.algorithm, hash: f.hash, size: f.size, verified: f.verified }))));
    const carried = new Set(complete ? [] : cursor!.files);
    const listed = new Set<string>();
    for (const f of files) {
      const id = `${f.algorithm}:${f.hash}`;
      if (listed.has(id)) continue;
      listed.add(id);
      if (carried.has(id)) continue;
      const algorithm = f.algorithm as HashAlgorithm;
      const size = await catalog.content.stat(algorithm, f.hash);
      if (size === undefined) throw new PatchtreeError('STAGE_DOWNLOAD_FAILED', `the staged file ${id} of ${f.updateKey} is missing from this node's content store; stage it again`);
      yield out.section(SECTION.file, { algorithm: f.algorithm, hash: f.hash, size });
      yield out.head(SECTION.fileData, size);
      let sent = 0;
      for await (const chunk of catalog.content.openRead(algorithm, f.hash)) {
        sent += (chunk as Buffer).length;
        yield out.chunk(chunk as Buffer);
      }
      if (sent !== size) throw new PatchtreeError('STAGE_SIZE_MISMATCH', `the staged file ${id} changed size while it was exported`);
    }
    yield out.end();
    // The whole bundle was taken: the next differential one starts where the child will be once it applied this one.
    await catalog.store.state.put(cursorKey(childId), { seq: header.seq, checkpoints, files: [...listed] } satisfies BundleCursor);
    if (options.languages) await children.update(childId, { languages });
  }
  return { header, bytes: bytes() };
}
