import './numbers.js';
import type { Readable } from 'node:stream';
import protobuf from 'protobufjs/minimal.js';
import { patchtree } from './generated/patchtree.js';
import { PatchtreeError } from './errors.js';

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
  const batch = protobuf.Writer.create();
  for (const bytes of changes) batch.uint32((1 << 3) | 2).bytes(bytes);
  if (cursor.lastSeq) batch.uint32((2 << 3) | 0).uint64(cursor.lastSeq);
  if (cursor.lastKey) batch.uint32((3 << 3) | 2).string(cursor.lastKey);
  if (cursor.fromKey) batch.uint32((4 << 3) | 2).string(cursor.fromKey);
  const batchBytes = batch.finish();
  const frame = protobuf.Writer.create();
  frame.uint32((2 << 3) | 2).bytes(batchBytes); // SyncFrame.batch = 2
  return delimit(frame.finish());
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

export type ReceivedFrame =
  | { kind: 'batch'; batch: RawBatch }
  | { kind: 'start'; start: patchtree.v1.SyncStart }
  | { kind: 'end'; end: patchtree.v1.SyncEnd }
  | { kind: 'error'; error: patchtree.v1.SyncError }
  | { kind: 'listing'; data: Uint8Array };

/**
 * Decodes one frame. Batches are read field by field so that each change
 * keeps its original bytes; other frames decode normally. Unknown frame
 * kinds are PROTO_DECODE, never a guess.
 */
export function decodeFrame(bytes: Uint8Array): ReceivedFrame {
  const reader = protobuf.Reader.create(bytes);
  try {
    if (reader.len > 0 && reader.uint32() === ((2 << 3) | 2)) {
      const batchBytes = reader.bytes();
      if (reader.pos === reader.len) return { kind: 'batch', batch: readBatch(batchBytes) };
    }
  } catch (cause) {
    throw new PatchtreeError('PROTO_DECODE', `malformed batch frame: ${(cause as Error).message}`, { cause });
  }
  const frame = decode(pb.SyncFrame, bytes);
  switch (frame.frame) {
    case 'start': return { kind: 'start', start: frame.start! as patchtree.v1.SyncStart };
    case 'end': return { kind: 'end', end: frame.end! as patchtree.v1.SyncEnd };
    case 'error': return { kind: 'error', error: frame.error! as patchtree.v1.SyncError };
    case 'listing': return { kind: 'listing', data: frame.listing!.data ?? new Uint8Array() };
    case 'batch': return { kind: 'batch', batch: readBatch(pb.SyncBatch.encode(frame.batch!).finish()) };
    default: throw new PatchtreeError('PROTO_DECODE', 'unknown or empty sync frame');
  }
}

function readBatch(bytes: Uint8Array): RawBatch {
  const reader = protobuf.Reader.create(bytes);
  const batch: RawBatch = { changes: [], lastSeq: 0, lastKey: '', fromKey: '' };
  while (reader.pos < reader.len) {
    const tag = reader.uint32();
    switch (tag) {
      case (1 << 3) | 2: batch.changes.push(reader.bytes()); break;
      case (2 << 3) | 0: batch.lastSeq = Number(reader.uint64()); break;
      case (3 << 3) | 2: batch.lastKey = reader.string(); break;
      case (4 << 3) | 2: batch.fromKey = reader.string(); break;
      default: reader.skipType(tag & 7);
    }
  }
  return batch;
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
