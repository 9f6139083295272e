import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { MAX_FRAME_BYTES, readReceivedFrames, PatchtreeError, type ReceivedFrame } from '../protocol/index.js';
import type { Checkpoint, RecordRule } from './wire.js';

/**
 * A bundle: what a registered child needs, as its parent would answer the
 * calls of a network run, recorded in one file a person carries to a site
 * the network does not reach (see README "Disconnected sites").
 *
 *   "PTBUNDLE" | section* | END section | sha256 of every byte before it (32 bytes)
 *   section = kind (1 byte) | length (8 bytes, big-endian) | payload
 *
 * The sections, in order: HEADER (JSON, below), HELLO (the parent's
 * LanguageAck: its rules), per rule a SESSION (JSON: the rule and the
 * checkpoint the session was served from) and its FRAMEs (each one sync
 * frame, as the parent serves it), CONTENT_LIST (ContentListResponse), per
 * file carried a FILE (JSON: algorithm, hash, size) and its FILE_DATA. The
 * trailing sha256 finds damage (a flipped byte, a cut copy) before anything
 * is applied; it is no signature (anyone can compute one): what the records,
 * listings and files are worth is checked exactly as on the network, by the
 * publishers' signatures and the files' hashes.
 */
export const BUNDLE_MAGIC = Buffer.from('PTBUNDLE');
export const BUNDLE_FORMAT = 1;
const DIGEST_BYTES = 32;
const SECTION_HEAD = 9;
/** Largest JSON or protobuf section read whole (a header, a content list of some 100k files). */
const MAX_SMALL_SECTION = 64 * 1024 * 1024;
/**
 * Most frames and files one bundle may hold: each is indexed in memory before anything is applied. A
 * 10-million-record catalog makes a few thousand batch frames and listings; a carried (or forged) file of
 * millions of tiny sections is refused instead of filling the node's memory.
 */
export const MAX_BUNDLE_ENTRIES = 1_000_000;

export const SECTION = { header: 1, hello: 2, session: 3, frame: 4, contentList: 5, file: 6, fileData: 7, end: 8 } as const;
type SectionKind = (typeof SECTION)[keyof typeof SECTION];

export interface BundleHeader {
  format: number;
  childId: string;
  /** Grows by one with every bundle exported for the child. */
  seq: number;
  /** The bundle this one is differential from (its seq); null for a complete bundle. */
  since: number | null;
  parentId: string;
  parentIdentity: string;
  /** The child's languages and chosen policies the bundle was made for. */
  languages: string[];
  policyIds: string[];
  created: string;
}

export interface SessionMeta {
  rule: RecordRule;
  /** The checkpoint the parent served the session from (where the previous bundle left the child); none for a complete one. */
  base?: Checkpoint;
}

export interface CarriedFile {
  algorithm: string;
  hash: string;
  size: number;
}

/** Where a section's payload lies in the file. */
interface Span {
  offset: number;
  length: number;
}

const damaged = (why: string) => new PatchtreeError('BUNDLE_DAMAGED', `the bundle is damaged: ${why}; nothing was applied`);

function sectionHead(kind: SectionKind, length: number): Buffer {
  const head = Buffer.alloc(SECTION_HEAD);
  head.writeUInt8(kind, 0);
  head.writeBigUInt64BE(BigInt(length), 1);
  return head;
}

/**
 * Writes a bundle as a stream of buffers: sections as they are made (a
 * file's bytes as they are read), the running sha256 over all of them, and
 * the trailer last. Nothing of it is held beyond the chunk in hand.
 */
export class BundleWriter {
  private readonly digest: Hash = createHash('sha256');

  private out(chunk: Buffer): Buffer {
    this.digest.update(chunk);
    return chunk;
  }

  start(): Buffer {
    return this.out(BUNDLE_MAGIC);
  }

  /** One section whose payload is in hand. */
  section(kind: SectionKind, payload: Uint8Array | object): Buffer {
    const bytes = payload instanceof Uint8Array ? Buffer.from(payload) : Buffer.from(JSON.stringify(payload));
    return this.out(Buffer.concat([sectionHead(kind, bytes.length), bytes]));
  }

  /** A section whose payload streams (a content file): its head, then each chunk through `chunk`. */
  head(kind: SectionKind, length: number): Buffer {
    return this.out(sectionHead(kind, length));
  }

  chunk(bytes: Buffer): Buffer {
    return this.out(bytes);
  }

  /** The END section and the trailing sha256 of everything before it. */
  end(): Buffer {
    const end = this.out(sectionHead(SECTION.end, 0));
    return Buffer.concat([end, this.digest.digest()]);
  }
}

/**
 * A bundle on disk, checked whole and indexed: its sha256 first (the file
 * streamed once), then its sections walked by their heads, their shape
 * checked (order, kinds, bounds). Payloads stay on disk; frames and files
 * are read from their offsets when asked for.
 */
export class BundleFile {
  private constructor(
    readonly path: string,
    readonly size: number,
    readonly header: BundleHeader,
    readonly hello: Uint8Array,
    readonly sessions: ReadonlyMap<RecordRule, { meta: SessionMeta; start: ReceivedFrame & { kind: 'start' }; frames: Span[] }>,
    readonly contentList: Uint8Array,
    readonly files: ReadonlyMap<string, CarriedFile & Span>,
  ) {}

  /** `maxEntries`: most frames and files (MAX_BUNDLE_ENTRIES; a test passes fewer). */
  static async open(path: string, maxEntries = MAX_BUNDLE_ENTRIES): Promise<BundleFile> {
    const handle = await open(path, 'r');
    try {
      const { size } = await handle.stat();
      if (size < BUNDLE_MAGIC.length + SECTION_HEAD + DIGEST_BYTES) throw damaged(`${size} bytes is shorter than any bundle`);
      await checkDigest(path, handle, size);
      return await BundleFile.index(path, handle, size, maxEntries);
    } finally {
      await handle.close();
    }
  }

  private static async index(path: string, handle: FileHandle, size: number, maxEntries: number): Promise<BundleFile> {
    const read = async (offset: number, length: number) => {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, offset);
      if (bytesRead !== length) throw damaged(`cut at byte ${offset + bytesRead}`);
      return buffer;
    };
    if (!(await read(0, BUNDLE_MAGIC.length)).equals(BUNDLE_MAGIC)) throw damaged('it does not begin with PTBUNDLE');
    const endOfSections = size - DIGEST_BYTES;
    let header: BundleHeader | undefined;
    let hello: Uint8Array | undefined;
    let contentList: Uint8Array | undefined;
    const sessions = new Map<RecordRule, { meta: SessionMeta; start: ReceivedFrame & { kind: 'start' }; frames: Span[] }>();
    const files = new Map<string, CarriedFile & Span>();
    let session: { meta: SessionMeta; frames: Span[]; first?: Buffer } | undefined;
    let file: CarriedFile | undefined;
    let ended = false;
    let entries = 0;
    const entry = () => {
      if (++entries > maxEntries) throw damaged(`more than ${maxEntries} frames and files`);
    };
    for (let at = BUNDLE_MAGIC.length; at < endOfSections;) {
      if (ended) throw damaged('bytes after its END section');
      if (at + SECTION_HEAD > endOfSections) throw damaged(`a section head cut at byte ${at}`);
      const head = await read(at, SECTION_HEAD);
      const kind = head.readUInt8(0) as SectionKind;
      const length = Number(head.readBigUInt64BE(1));
      const offset = at + SECTION_HEAD;
      if (offset + length > endOfSections) throw damaged(`a section of ${length} bytes at byte ${at} runs past its end`);
      at = offset + length;
      const small = async () => {
        if (length > MAX_SMALL_SECTION) throw damaged(`a section of ${length} bytes where at most ${MAX_SMALL_SECTION} are expected`);
        return read(offset, length);
      };
      const json = async <T>() => {
        try {
          return JSON.parse((await small()).toString('utf8')) as T;
        } catch (err) {
          if (err instanceof PatchtreeError) throw err;
          throw damaged(`a section at byte ${offset - SECTION_HEAD} is not JSON`);
        }
      };
      if (!header && kind !== SECTION.header) throw damaged('it does not begin with its header');
      if (file && kind !== SECTION.fileData) throw damaged('a file without its bytes');
      switch (kind) {
        case SECTION.header:
          if (header) throw damaged('two headers');
          header = checkHeader(await json<BundleHeader>());
          break;
        case SECTION.hello:
          hello = await small();
          break;
        case SECTION.session: {
          const meta = await json<SessionMeta>();
          if ((meta.rule !== 'catalog' && meta.rule !== 'policies') || sessions.has(meta.rule) || session?.meta.rule === meta.rule) throw damaged(`a session of ${String(meta.rule).slice(0, 20)} where none or another is expected`);
          await closeSession();
          session = { meta, frames: [] };
          break;
        }
        case SECTION.frame:
          if (!session) throw damaged('a frame outside a session');
          if (length > MAX_FRAME_BYTES + 16) throw damaged(`a frame of ${length} bytes`);
          entry();
          session.frames.push({ offset, length });
          if (session.frames.length === 1) session.first = await read(offset, length);
          break;
        case SECTION.contentList:
          await closeSession();
          contentList = await small();
          break;
        case SECTION.file: {
          const f = await json<CarriedFile>();
          if (typeof f.algorithm !== 'string' || typeof f.hash !== 'string' || !Number.isSafeInteger(f.size) || f.size < 0) throw damaged('a file without algorithm, hash and size');
          file = f;
          break;
        }
        case SECTION.fileData:
          if (!file || length !== file.size) throw damaged(`file bytes without their description, or of another size (${length} bytes)`);
          entry();
          files.set(`${file.algorithm}:${file.hash}`, { ...file, offset, length });
          file = undefined;
          break;
        case SECTION.end:
          await closeSession();
          ended = true;
          break;
        default:
          throw damaged(`an unknown section kind ${kind} at byte ${offset - SECTION_HEAD}`);
      }
    }
    if (!ended) throw damaged('it has no END section');
    if (!hello) throw damaged('it carries no rules');
    if (!contentList) throw damaged('it carries no content list');
    return new BundleFile(path, size, header!, hello, sessions, contentList, files);

    async function closeSession() {
      if (!session) return;
      let start: ReceivedFrame | undefined;
      try {
        start = session.first && (await decodeOne(session.first));
      } catch {
        throw damaged(`the ${session.meta.rule} session's first frame does not decode`);
      }
      if (start?.kind !== 'start') throw damaged(`the ${session.meta.rule} session does not begin with a start frame`);
      sessions.set(session.meta.rule, { meta: session.meta, frames: session.frames, start });
      session = undefined;
    }
  }

  /** A session's frames as the byte stream a parent would send, read a frame at a time. */
  async *frameBytes(rule: RecordRule): AsyncGenerator<Buffer> {
    const session = this.sessions.get(rule);
    if (!session) return;
    const handle = await open(this.path, 'r');
    try {
      for (const span of session.frames) {
        const buffer = Buffer.alloc(span.length);
        const { bytesRead } = await handle.read(buffer, 0, span.length, span.offset);
        if (bytesRead !== span.length) throw damaged(`cut at byte ${span.offset + bytesRead}`);
        yield buffer;
      }
    } finally {
      await handle.close();
    }
  }

  /** A carried file's bytes, streamed from the bundle. */
  fileStream(file: Span) {
    return createReadStream(this.path, { start: file.offset, end: file.offset + file.length - 1 });
  }
}

/** One delimited frame, decoded as a child reads a session (PROTO_DECODE when it does not). */
async function decodeOne(bytes: Buffer): Promise<ReceivedFrame | undefined> {
  for await (const frame of readReceivedFrames((async function* () { yield bytes; })())) return frame;
  return undefined;
}

async function checkDigest(path: string, handle: FileHandle, size: number): Promise<void> {
  const digest = createHash('sha256');
  // The file streamed once: several GB are never in memory.
  for await (const chunk of createReadStream(path, { start: 0, end: size - DIGEST_BYTES - 1 })) digest.update(chunk as Buffer);
  const trailer = Buffer.alloc(DIGEST_BYTES);
  await handle.read(trailer, 0, DIGEST_BYTES, size - DIGEST_BYTES);
  if (!digest.digest().equals(trailer)) throw damaged('its sha256 is not the one it ends with (a changed byte, or a cut copy)');
}

function checkHeader(h: BundleHeader): BundleHeader {
  const strings = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string');
  if (typeof h !== 'object' || h === null || h.format !== BUNDLE_FORMAT) throw damaged(`a header of another format than ${BUNDLE_FORMAT}`);
  if (typeof h.childId !== 'string' || !Number.isSafeInteger(h.seq) || h.seq < 1 || !(h.since === null || (Number.isSafeInteger(h.since) && h.since >= 1 && h.since < h.seq))) throw damaged('a header without child id and sequence numbers');
  if (typeof h.parentId !== 'string' || typeof h.parentIdentity !== 'string' || !strings(h.languages) || !strings(h.policyIds)) throw damaged('a header without parent, languages and policies');
  return h;
}
