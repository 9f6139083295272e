import './numbers.js';
import type { Readable } from 'node:stream';
import protobuf from 'protobufjs/minimal.js';
import { patchtree } from './generated/patchtree.js';
import { PatchtreeError } from './errors.js';
import { decodeStrict, field, type MessageSpec } from './strict.js';

const pb = patchtree.v1;
export const { SyncFrame, SyncRequest, SyncError, VerifyRequest, VerifyResponse, FetchRequest, FetchResponse, LanguageReport, LanguageAck, RunReport, ContentListRequest, ContentListResponse, NodeStatement, SignedStatement } = pb;
export const { Rule, Mode } = pb;
export type SyncFrameData = patchtree.v1.SyncFrame.$Properties;
export type DecodedSyncFrame = patchtree.v1.SyncFrame;
export type SyncStartData = patchtree.v1.ISyncStart;

/** The protocol version every session carries; a different major is refused. */
export const PROTOCOL_VERSION = 1;

/** Largest frame accepted from a peer: a batch of a few thousand records fits many times. */
export const MAX_FRAME_BYTES = 64 * 1024 * 1024;
/** Most changes in one batch (a parent serves at most this many per batch, whatever a child asks). */
export const MAX_BATCH_CHANGES = 10_000;

/** Most bytes a batch frame adds around one change: its field tag (1) and length varint (at most 5 below 4 GiB). */
export const CHANGE_OVERHEAD_BYTES = 6;

/**
 * Room a batch frame keeps beside its changes: the frame's and the batch's
 * tags and lengths, last_seq, and the two cursor keys (a record key is at most
 * a few kB of UTF-8).
 */
const BATCH_FRAME_ROOM = 64 * 1024;

/**
 * The largest change (one record's stored bytes) that can replicate: alone in
 * a batch it still fits in a frame of MAX_FRAME_BYTES. An importer refuses a
 * larger record with a clear error, since no child could ever receive it.
 */
export const MAX_RECORD_BYTES = MAX_FRAME_BYTES - BATCH_FRAME_ROOM;

/**
 * A parent closes a batch before its changes (with CHANGE_OVERHEAD_BYTES
 * each) would pass this many bytes; a change larger than this travels in a
 * batch of its own. Batches split by bytes as well as by records, so a few
 * large records never add up to a frame a child must refuse, and each side
 * holds a few MB per batch, not the frame limit.
 */
export const BATCH_TARGET_BYTES = 8 * 1024 * 1024;

/** One length-delimited frame (varint byte length, then the encoded SyncFrame). */
export function encodeFrame(frame: SyncFrameData): Buffer {
  return delimit(pb.SyncFrame.encode(frame).finish());
}

/**
 * A batch frame built from stored change bytes without decoding them: the
 * bytes a parent stored are the bytes the child receives (and forwards).
 */
export function encodeBatchFrame(changes: readonly Uint8Array[], cursor: { lastSeq?: number; lastKey?: string; fromKey?: string }): Buffer {
  // Written straight into one buffer of the frame's size: protobufjs's writer copied every change's bytes
  // three times (into the batch, the frame, the delimited frame), which was most of a parent's work per record.
  const lastKey = cursor.lastKey ? Buffer.from(cursor.lastKey) : undefined;
  const fromKey = cursor.fromKey ? Buffer.from(cursor.fromKey) : undefined;
  let batchLength = 0;
  for (const bytes of changes) batchLength += 1 + varintLength(bytes.length) + bytes.length;
  if (cursor.lastSeq) batchLength += 1 + varintLength(cursor.lastSeq);
  if (lastKey) batchLength += 1 + varintLength(lastKey.length) + lastKey.length;
  if (fromKey) batchLength += 1 + varintLength(fromKey.length) + fromKey.length;
  const frameLength = 1 + varintLength(batchLength) + batchLength;
  const out = Buffer.allocUnsafe(varintLength(frameLength) + frameLength);
  let at = writeVarint(out, 0, frameLength);
  out[at++] = (2 << 3) | 2; // SyncFrame.batch = 2
  at = writeVarint(out, at, batchLength);
  for (const bytes of changes) {
    out[at++] = (1 << 3) | 2; // SyncBatch.changes = 1
    at = writeVarint(out, at, bytes.length);
    out.set(bytes, at);
    at += bytes.length;
  }
  if (cursor.lastSeq) {
    out[at++] = (2 << 3) | 0; // last_seq = 2
    at = writeVarint(out, at, cursor.lastSeq);
  }
  for (const [tag, key] of [[(3 << 3) | 2, lastKey], [(4 << 3) | 2, fromKey]] as const) {
    if (!key) continue;
    out[at++] = tag;
    at = writeVarint(out, at, key.length);
    out.set(key, at);
    at += key.length;
  }
  if (at !== out.length) throw new TypeError(`batch frame of ${out.length} bytes written as ${at}`);
  return out;
}

/** Bytes of a varint of `value` (a whole number below 2^53). */
function varintLength(value: number): number {
  let n = 1;
  while (value >= 128) {
    value = Math.floor(value / 128);
    n++;
  }
  return n;
}

/** Writes `value` as a varint at `at`; returns where it ends. */
function writeVarint(out: Buffer, at: number, value: number): number {
  while (value >= 128) {
    out[at++] = (value % 128) | 0x80;
    value = Math.floor(value / 128);
  }
  out[at++] = value;
  return at;
}

function delimit(bytes: Uint8Array): Buffer {
  const length = protobuf.Writer.create().uint32(bytes.length).finish();
  return Buffer.concat([length, bytes]);
}

/** A received batch with each change's bytes exactly as they came (to store and forward unchanged). */
export interface RawBatch {
  changes: Uint8Array[];
  lastSeq: number;
  lastKey: string;
  fromKey: string;
}

/** A session's start, end and error frames as a child reads them (every field present). */
export interface ReceivedStart {
  protocolVersion: number; parentId: string; storeId: string; mode: number; reason: string; uptoSeq: number; filter: string; parentIdentity: string;
  publishers?: Array<{ publisherId?: string; roots?: string[]; targets?: string }>;
  servedThrough?: Array<{ languages?: string[] }>;
  viewId?: number;
}
export interface ReceivedEnd { uptoSeq: number; digest?: { count: number; digest: string } }
export interface ReceivedError { code: string; message: string }

export type ReceivedFrame =
  | { kind: 'batch'; batch: RawBatch }
  | { kind: 'start'; start: ReceivedStart }
  | { kind: 'end'; end: ReceivedEnd }
  | { kind: 'error'; error: ReceivedError }
  | { kind: 'listing'; data: Uint8Array };

const { string, uint, message, messages, byteList, bytes, strings } = field;
/** One publisher's TUF documents (a targets document of a large catalog is a few hundred kB). */
const PUBLISHER_DOCS: MessageSpec = { name: 'PublisherDocs', fields: { 1: string('publisherId', 128), 2: strings('roots', 1000), 3: string('targets') } };
const LANGUAGE_SET: MessageSpec = { name: 'LanguageSet', fields: { 1: strings('languages', 256) } };
const SYNC_START: MessageSpec = {
  name: 'SyncStart',
  fields: {
    1: uint('protocolVersion'), 2: string('parentId'), 3: string('storeId'), 4: uint('mode'), 5: string('reason'), 6: uint('uptoSeq'), 7: string('filter'), 8: string('parentIdentity'),
    9: messages('publishers', PUBLISHER_DOCS, 16), 10: messages('servedThrough', LANGUAGE_SET, 64), 11: uint('viewId'),
  },
};
const SYNC_BATCH: MessageSpec = { name: 'SyncBatch', fields: { 1: byteList('changes', MAX_BATCH_CHANGES), 2: uint('lastSeq'), 3: string('lastKey'), 4: string('fromKey') } };
const SET_DIGEST: MessageSpec = { name: 'SetDigest', fields: { 1: uint('count'), 2: string('digest') } };
const SYNC_END: MessageSpec = { name: 'SyncEnd', fields: { 1: uint('uptoSeq'), 2: message('digest', SET_DIGEST) } };
export const SYNC_ERROR: MessageSpec = { name: 'SyncError', fields: { 1: string('code'), 2: string('message') } };
const LISTING: MessageSpec = { name: 'Listing', fields: { 1: bytes('data') } };
/** The schema of every frame a parent sends in a session (the strict reader's, and a fuzzer's map of what to break). */
export const SYNC_FRAME: MessageSpec = {
  name: 'SyncFrame',
  fields: { 1: message('start', SYNC_START), 2: message('batch', SYNC_BATCH), 3: message('end', SYNC_END), 4: message('error', SYNC_ERROR), 5: message('listing', LISTING) },
  oneof: [1, 2, 3, 4, 5],
};

/**
 * Decodes one frame a parent sent, strictly (protocol/strict.ts): each
 * change of a batch keeps its original bytes (a view into the frame, to
 * store and forward unchanged), at most MAX_BATCH_CHANGES of them; text is
 * valid UTF-8; an empty frame or one of an unknown kind is PROTO_DECODE,
 * never a guess.
 */
export function decodeFrame(bytes: Uint8Array): ReceivedFrame {
  const frame = decodeStrict(SYNC_FRAME, bytes) as Record<string, any>;
  if (frame.batch) return { kind: 'batch', batch: frame.batch as RawBatch };
  if (frame.start) return { kind: 'start', start: frame.start as ReceivedStart };
  if (frame.end) return { kind: 'end', end: frame.end as ReceivedEnd };
  if (frame.error) return { kind: 'error', error: frame.error as ReceivedError };
  if (frame.listing) return { kind: 'listing', data: (frame.listing.data as Uint8Array | undefined) ?? new Uint8Array() };
  throw new PatchtreeError('PROTO_DECODE', 'unknown or empty sync frame');
}

/** A message made of one repeated bytes/message field carrying the given bytes as they are (e.g. FetchResponse.changes). */
export function encodeRepeatedBytes(items: readonly Uint8Array[], field: number): Buffer {
  const w = protobuf.Writer.create();
  for (const bytes of items) w.uint32((field << 3) | 2).bytes(bytes);
  return Buffer.from(w.finish());
}

/** The original bytes of each occurrence of a repeated message field (e.g. FetchResponse.changes = 1). */
export function rawRepeatedBytes(bytes: Uint8Array, field: number): Uint8Array[] {
  const reader = protobuf.Reader.create(bytes);
  const out: Uint8Array[] = [];
  try {
    while (reader.pos < reader.len) {
      const tag = reader.uint32();
      if (tag === ((field << 3) | 2)) out.push(reader.bytes());
      else reader.skipType(tag & 7);
    }
  } catch (cause) {
    throw new PatchtreeError('PROTO_DECODE', `malformed message: ${(cause as Error).message}`, { cause });
  }
  return out;
}

/** Reads frames as they arrive and decodes each (see decodeFrame). */
export async function* readReceivedFrames(body: AsyncIterable<Uint8Array>, maxFrameBytes = MAX_FRAME_BYTES): AsyncGenerator<ReceivedFrame> {
  for await (const bytes of readFrameBytes(body, maxFrameBytes)) yield decodeFrame(bytes);
}

/**
 * Reads length-delimited frames from a stream as they arrive, so memory
 * holds one batch at a time. A frame over the limit, a truncated stream or a
 * frame that does not decode is PROTO_DECODE.
 */
export async function* readFrames(body: Readable, maxFrameBytes = MAX_FRAME_BYTES): AsyncGenerator<DecodedSyncFrame> {
  for await (const bytes of readFrameBytes(body, maxFrameBytes)) yield decode(pb.SyncFrame, bytes);
}

async function* readFrameBytes(body: AsyncIterable<Uint8Array>, maxFrameBytes: number): AsyncGenerator<Uint8Array> {
  // Chunks of an incomplete frame wait in a list and are joined once, when the frame is whole
  // (`needed` bytes; 0 while its length prefix is incomplete): joining at every chunk copies a
  // 500 kB frame several times over.
  const waiting: Buffer[] = [];
  let waitingBytes = 0;
  let needed = 0;
  for await (const chunk of body) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    if (waitingBytes + bytes.length < needed) {
      waiting.push(bytes);
      waitingBytes += bytes.length;
      continue;
    }
    let buffer = waiting.length ? Buffer.concat([...waiting, bytes]) : bytes;
    waiting.length = 0;
    waitingBytes = 0;
    needed = 0;
    for (;;) {
      const header = readVarint(buffer);
      if (!header) break;
      if (header.value > maxFrameBytes) throw new PatchtreeError('PROTO_DECODE', `frame of ${header.value} bytes exceeds the limit of ${maxFrameBytes}`);
      const end = header.length + header.value;
      if (buffer.length < end) {
        needed = end;
        break;
      }
      yield buffer.subarray(header.length, end);
      buffer = buffer.subarray(end);
    }
    if (buffer.length) {
      waiting.push(buffer);
      waitingBytes = buffer.length;
    }
  }
  // A stream that stops inside a frame was cut (a reset, a proxy giving up): the run resumes next time.
  if (waitingBytes) throw new PatchtreeError('REPL_INTERRUPTED', `stream ended inside a frame (${waitingBytes} bytes left)`);
}

/** Decodes one message of `type`; malformed bytes are PROTO_DECODE, never a guess. */
export function decode<T>(type: { decode(bytes: Uint8Array): T }, bytes: Uint8Array): T {
  try {
    return type.decode(bytes);
  } catch (cause) {
    throw new PatchtreeError('PROTO_DECODE', `malformed protobuf message: ${(cause as Error).message}`, { cause });
  }
}

function readVarint(buffer: Buffer): { value: number; length: number } | undefined {
  let value = 0;
  for (let i = 0; i < Math.min(buffer.length, 5); i++) {
    value += (buffer[i] & 0x7f) * 2 ** (7 * i);
    if ((buffer[i] & 0x80) === 0) return { value, length: i + 1 };
  }
  if (buffer.length >= 5) throw new PatchtreeError('PROTO_DECODE', 'frame length is not a valid varint');
  return undefined;
}
