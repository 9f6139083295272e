/**
 * Protobuf at the wire level, for tests that build what no honest encoder
 * would: fields of the wrong wire type, broken UTF-8, a field twice, a
 * length that runs past the message, a varint of eleven bytes. A message is
 * a list of raw fields; a varint is kept as a bigint so that values past
 * 2^64 can be written too.
 */

export type RawField =
  | { no: number; wire: 0; value: bigint }
  | { no: number; wire: 2; value: Uint8Array }
  | { no: number; wire: 1 | 5; value: Uint8Array }
  /** Bytes written as they are, in place of a field (for encodings no field can have). */
  | { no: number; wire: -1; value: Uint8Array };

export function varint(value: bigint | number): Uint8Array {
  let v = BigInt(value);
  if (v < 0n) v &= (1n << 64n) - 1n; // as protobuf writes a negative int64
  const out: number[] = [];
  do {
    let byte = Number(v & 0x7fn);
    v >>= 7n;
    if (v > 0n) byte |= 0x80;
    out.push(byte);
  } while (v > 0n);
  return Uint8Array.from(out);
}

export function parseRaw(bytes: Uint8Array): RawField[] {
  const out: RawField[] = [];
  let pos = 0;
  const readVarint = (): bigint => {
    let value = 0n;
    for (let shift = 0n; ; shift += 7n) {
      if (pos >= bytes.length) throw new Error('raw: truncated varint');
      const byte = bytes[pos++];
      value |= BigInt(byte & 0x7f) << shift;
      if (byte < 0x80) return value;
    }
  };
  while (pos < bytes.length) {
    const tag = Number(readVarint());
    const no = tag >>> 3;
    const wire = tag & 7;
    if (wire === 0) out.push({ no, wire, value: readVarint() });
    else if (wire === 2) {
      const n = Number(readVarint());
      out.push({ no, wire, value: bytes.subarray(pos, pos + n) });
      pos += n;
    } else if (wire === 1 || wire === 5) {
      const n = wire === 1 ? 8 : 4;
      out.push({ no, wire, value: bytes.subarray(pos, pos + n) });
      pos += n;
    } else throw new Error(`raw: wire type ${wire}`);
  }
  return out;
}

export function encodeRaw(fields: readonly RawField[]): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const f of fields) {
    if (f.wire === -1) {
      parts.push(f.value);
      continue;
    }
    parts.push(varint(f.no * 8 + f.wire));
    if (f.wire === 0) parts.push(varint(f.value));
    else if (f.wire === 2) parts.push(varint(f.value.length), f.value);
    else parts.push(f.value);
  }
  return Buffer.concat(parts);
}

export const text = (s: string): Uint8Array => Buffer.from(s, 'utf8');
/** A length-delimited frame (varint length, then the bytes), as sessions stream them. */
export const delimited = (bytes: Uint8Array): Uint8Array => Buffer.concat([varint(bytes.length), bytes]);

/** Splits a session's body into its frames (each without its length prefix). */
export function splitFrames(body: Uint8Array): Uint8Array[] {
  const frames: Uint8Array[] = [];
  let pos = 0;
  while (pos < body.length) {
    let length = 0;
    let shift = 0;
    for (;;) {
      const byte = body[pos++];
      length += (byte & 0x7f) * 2 ** shift;
      shift += 7;
      if (byte < 0x80) break;
    }
    frames.push(body.subarray(pos, pos + length));
    pos += length;
  }
  return frames;
}
