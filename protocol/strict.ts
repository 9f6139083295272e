import { isUtf8 } from 'node:buffer';
import { PatchtreeError } from './errors.js';

/**
 * A strict reader of protobuf messages whose bytes came from a peer: every
 * known field must have its declared wire type and appear once (unless
 * repeated), strings must be valid UTF-8, bools 0 or 1, integers within
 * 2^53, and a message may not end inside a field. protobufjs's decoders are
 * lenient on all of these (a string of broken UTF-8 reads as other text, a
 * field sent twice keeps the last, a varint read where a string was
 * declared reads garbage); a child checks what its parent sends as an
 * importer checks a vendor document, so it reads with this instead. Unknown
 * field numbers are skipped, as protobuf says: a later protocol version may
 * add fields without breaking older readers.
 */

export type FieldKind = 'string' | 'bytes' | 'bool' | 'uint' | 'message';

export interface FieldSpec {
  name: string;
  kind: FieldKind;
  repeated?: boolean;
  /** For kind 'message'. */
  message?: MessageSpec;
  /** Most occurrences of a repeated field: counted as they are read, so a peer cannot make the reader build millions of objects. */
  max?: number;
  /**
   * Text nothing checks but its UTF-8 and its length (a title, a product
   * name): a checking read (readStrict's `checking`) validates it without
   * making a string of it, and it reads as ''.
   */
  free?: boolean;
  /** Longest text (UTF-16 units, as String.length counts them), refused past it in any read. */
  maxLength?: number;
}

export interface MessageSpec {
  name: string;
  fields: Readonly<Record<number, FieldSpec>>;
  /** Field numbers of a oneof: at most one of them may be present. */
  oneof?: readonly number[];
}

const WIRE_OF: Record<FieldKind, number> = { string: 2, bytes: 2, bool: 0, uint: 0, message: 2 };

/** Why a message was refused; the caller turns it into its own error code. */
export class StrictDecodeError extends Error {
  constructor(readonly path: string, reason: string) {
    super(`${path}: ${reason}`);
    this.name = 'StrictDecodeError';
  }
}

class Cursor {
  /** The names of the messages being read, outermost first: an error's path is built from them, only when there is one. */
  private readonly stack: string[] = [];
  private depth = 0;

  constructor(readonly buffer: Buffer, public pos: number, readonly end: number, root: string) {
    this.stack[0] = root;
    this.depth = 1;
  }

  enter(name: string): void {
    this.stack[this.depth++] = name;
  }

  leave(): void {
    this.depth--;
  }

  /** The path of the message being read, or of one of its fields. */
  where(field?: string): string {
    const names = this.stack.slice(0, this.depth);
    return (field === undefined ? names : [...names, field]).join('.');
  }

  varint(): number {
    // Tags and most lengths are one byte.
    if (this.pos < this.end && this.buffer[this.pos] < 0x80) return this.buffer[this.pos++];
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 10; i++, scale *= 128) {
      if (this.pos >= this.end) fail(this.where(), 'the message ends inside a varint');
      const byte = this.buffer[this.pos++];
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) {
        if (value > Number.MAX_SAFE_INTEGER) fail(this.where(), 'an integer past 2^53');
        return value;
      }
    }
    return fail(this.where(), 'a varint longer than 10 bytes');
  }

  /** Reads a length prefix and moves past the bytes it announces (which must lie before `end`); returns the length. */
  length(end: number): number {
    const n = this.varint();
    if (n > end - this.pos) fail(this.where(), `a field of ${n} bytes where ${end - this.pos} are left`);
    this.pos += n;
    return n;
  }

  skip(wire: number, end: number): void {
    switch (wire) {
      case 0: this.varint(); return;
      case 1: this.advance(8, end); return;
      case 2: this.length(end); return;
      case 5: this.advance(4, end); return;
      default: fail(this.where(), `wire type ${wire} is not valid here`);
    }
  }

  private advance(n: number, end: number): void {
    if (end - this.pos < n) fail(this.where(), 'the message ends inside a field');
    this.pos += n;
  }
}

/**
 * Refuses bytes[start, end) unless they are valid UTF-8 of at most
 * `maxLength` UTF-16 units, without making a string of them unless it has
 * to count (more bytes than the bound): ASCII, most text, is checked in a loop.
 */
function validText(c: Cursor, start: number, end: number, field: string, maxLength: number): void {
  const buffer = c.buffer;
  for (let i = start; i < end; i++) {
    if (buffer[i] >= 0x80) {
      if (!isUtf8(buffer.subarray(start, end))) fail(c.where(field), 'text that is not valid UTF-8');
      break;
    }
  }
  // A UTF-8 text never has more UTF-16 units than bytes: only a longer one is decoded, to count.
  if (end - start > maxLength && buffer.toString('utf8', start, end).length > maxLength) fail(c.where(field), `text longer than ${maxLength}`);
}

/** text() within `maxLength`. */
function boundedText(c: Cursor, start: number, end: number, field: string, maxLength: number): string {
  const value = text(c, start, end, field);
  if (value.length > maxLength) fail(c.where(field), `text longer than ${maxLength}`);
  return value;
}

/**
 * UTF-8 text of bytes[start, end); refused when it is not valid UTF-8. The
 * native decoder turns every invalid sequence into U+FFFD, so a text
 * without one was valid, and only a text holding one (rare: broken or a
 * real replacement character) is checked natively byte by byte. A loop in
 * JavaScript over the bytes first cost the child more than the decoding.
 */
function text(c: Cursor, start: number, end: number, field: string): string {
  const value = (c.buffer as Buffer & { utf8Slice(start: number, end: number): string }).utf8Slice(start, end);
  if (value.includes('\uFFFD') && !isUtf8(c.buffer.subarray(start, end))) fail(c.where(field), 'text that is not valid UTF-8');
  return value;
}

/**
 * Each spec is compiled once into a reader function (as protobufjs compiles
 * its decoders): an object literal of fixed shape and a switch on the tag.
 * Written generically (a property store by a computed name per field) the
 * reader took 5x protobufjs's full decode per record; compiled it reads a
 * typical update in less time than protobufjs does (1.3 against 1.7-5 µs
 * here), which matters because a child reads every record it receives.
 */
type Reader = (cursor: Cursor, end: number) => Record<string, unknown>;
const readers = new WeakMap<MessageSpec, Reader>();
const checkers = new WeakMap<MessageSpec, Reader>();
/** The empty list of every repeated field a checking read found none of (frozen: shared by every message read). */
const NONE: readonly never[] = Object.freeze([]);

/**
 * The reader of `spec`; `checking`, one that validates free text without
 * making strings of it (a child reads every record it receives to check
 * it, and keeps only the bytes: a description's string would be garbage at
 * once). Free fields are then left out of what it returns, and its lists
 * are read-only.
 */
function readerOf(spec: MessageSpec, checking = false): Reader {
  const cache = checking ? checkers : readers;
  let reader = cache.get(spec);
  if (reader) return reader;
  const entries = Object.entries(spec.fields).map(([no, f]) => ({ no: Number(no), f }));
  for (const { no } of entries) if (no > 30) throw new TypeError(`${spec.name}: field ${no} is past what the strict reader tracks`);
  const oneofMask = (spec.oneof ?? []).reduce((mask, no) => mask | (1 << no), 0);
  const skipped = (f: FieldSpec) => checking && f.free;
  // A checking read's lists start as one shared empty list and are made at their first item, at its size: a list
  // grown by push from [] reserves 17 slots, and a child reads a million records of mostly one-item lists.
  const defaults = entries.filter(({ f }) => !skipped(f)).map(({ f }) => `${JSON.stringify(f.name)}: ${f.repeated ? (checking ? 'NONE' : '[]') : f.kind === 'string' ? "''" : f.kind === 'bool' ? 'false' : f.kind === 'uint' ? '0' : f.kind === 'bytes' ? 'EMPTY' : 'undefined'}`);
  const counters = entries.filter(({ f }) => skipped(f) && f.repeated).map(({ no }) => `count${no} = 0`);
  const cases = entries.map(({ no, f }, i) => {
    const tag = no * 8 + WIRE_OF[f.kind];
    const name = JSON.stringify(f.name);
    const once = f.repeated ? '' : `if (seen & ${1 << no}) fail(c.where(${name}), 'the field appears twice'); ${oneofMask & (1 << no) ? `if (seen & ${oneofMask}) fail(c.where(${name}), 'more than one of the one-of fields'); ` : ''}seen |= ${1 << no};`;
    const max = f.max ?? 'Infinity';
    if (skipped(f)) {
      // Checked, not kept: a repeated one is counted against its bound all the same.
      const count = f.repeated ? `if (++count${no} > ${max}) fail(c.where(${name}), 'more than ${f.max} entries'); ` : '';
      return `case ${tag}: { ${once} ${count}n = c.length(end); validText(c, c.pos - n, c.pos, ${name}, ${f.maxLength ?? 'Infinity'}); break; }`;
    }
    let read: string;
    if (f.kind === 'uint') read = 'c.varint()';
    else if (f.kind === 'bool') read = `bool(c.varint(), c, ${name})`;
    // Bytes are a view into the message (a received change is stored as it came, without a copy).
    else if (f.kind === 'bytes') read = '(n = c.length(end), c.buffer.subarray(c.pos - n, c.pos))';
    else if (f.kind === 'string') read = `(n = c.length(end), ${f.maxLength !== undefined ? 'boundedText' : 'text'}(c, c.pos - n, c.pos, ${name}, ${f.maxLength ?? 'Infinity'}))`;
    else read = `(n = c.length(end), sub[${i}](c, c.pos - n, ${name}))`;
    const store = f.repeated
      ? checking
        ? `if (out[${name}] === NONE) out[${name}] = [${read}]; else if (out[${name}].push(${read}) > ${max}) fail(c.where(${name}), 'more than ${f.max} entries');`
        : `if (out[${name}].push(${read}) > ${max}) fail(c.where(${name}), 'more than ${f.max} entries');`
      : `out[${name}] = ${read};`;
    return `case ${tag}: { ${once} ${store} break; }`;
  });
  const known: Record<number, string> = Object.fromEntries(entries.map(({ no, f }) => [no, f.name]));
  const body = `
    const out = { ${defaults.join(', ')} };
    let seen = 0, n = 0${counters.map((x) => `, ${x}`).join('')};
    while (c.pos < end) {
      const tag = c.varint();
      switch (tag) {
        ${cases.join('\n        ')}
        default: {
          const no = Math.floor(tag / 8);
          if (no === 0) fail(c.where(), 'field number 0');
          if (KNOWN[no] !== undefined) fail(c.where(KNOWN[no]), 'wire type ' + (tag & 7) + ' is not the declared one');
          c.skip(tag & 7, end);
        }
      }
    }
    if (c.pos !== end) fail(c.where(), 'a field runs past the end of its message');
    return out;`;
  // Nested readers are bound after this one is stored, so a message may contain its own kind.
  const sub: Array<((c: Cursor, start: number, name: string) => Record<string, unknown>) | undefined> = [];
  const make = new Function('KNOWN', 'fail', 'bool', 'text', 'validText', 'boundedText', 'sub', 'EMPTY', 'NONE', `return function read${spec.name}(c, end) {${body}\n}`);
  reader = make(known, fail, bool, text, validText, boundedText, sub, Buffer.alloc(0), NONE) as Reader;
  cache.set(spec, reader);
  entries.forEach(({ f }, i) => {
    if (f.kind !== 'message') return;
    const nested = readerOf(f.message!, checking);
    sub[i] = (c, start, name) => {
      const end = c.pos;
      c.pos = start;
      c.enter(name);
      const value = nested(c, end);
      c.leave();
      c.pos = end;
      return value;
    };
  });
  return reader;
}

function fail(path: string, reason: string): never {
  throw new StrictDecodeError(path, reason);
}

function bool(value: number, c: Cursor, field: string): boolean {
  if (value > 1) fail(c.where(field), `a bool of ${value}`);
  return value === 1;
}

/** Reads one message of `spec` from `bytes`: a plain object with every declared field (defaults where absent; free fields left out when `checking`). */
export function readStrict(spec: MessageSpec, bytes: Uint8Array, path = spec.name, checking = false): Record<string, unknown> {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return readerOf(spec, checking)(new Cursor(buffer, 0, buffer.length, path), buffer.length);
}

/** readStrict with the refusal as a PatchtreeError of `code`. */
export function decodeStrict(spec: MessageSpec, bytes: Uint8Array, code = 'PROTO_DECODE', checking = false): Record<string, unknown> {
  try {
    return readStrict(spec, bytes, spec.name, checking);
  } catch (err) {
    if (err instanceof StrictDecodeError) throw new PatchtreeError(code, `malformed ${spec.name}: ${err.message}`, { cause: err });
    throw err;
  }
}

/** Field specs by kind, for the message specs here and the sync messages' in replication/wire.ts. */
export const field = {
  string: (name: string, maxLength?: number): FieldSpec => ({ name, kind: 'string', maxLength }),
  /** Text a checking read validates (UTF-8, and `maxLength` when given) without making a string of it. */
  text: (name: string, maxLength?: number): FieldSpec => ({ name, kind: 'string', free: true, maxLength }),
  texts: (name: string, maxLength?: number): FieldSpec => ({ name, kind: 'string', free: true, maxLength, repeated: true }),
  bytes: (name: string): FieldSpec => ({ name, kind: 'bytes' }),
  byteList: (name: string, max?: number): FieldSpec => ({ name, kind: 'bytes', repeated: true, max }),
  strings: (name: string, max?: number): FieldSpec => ({ name, kind: 'string', repeated: true, max }),
  bool: (name: string): FieldSpec => ({ name, kind: 'bool' }),
  uint: (name: string): FieldSpec => ({ name, kind: 'uint' }),
  message: (name: string, message: MessageSpec): FieldSpec => ({ name, kind: 'message', message }),
  messages: (name: string, message: MessageSpec, max?: number): FieldSpec => ({ name, kind: 'message', message, repeated: true, max }),
};
