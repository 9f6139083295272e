import { fileURLToPath } from 'node:url';
import protobuf from 'protobufjs';
import type { Rng } from './rng.js';
import { havoc } from './bytes.js';
import { mutateJson } from './json.js';
import { NASTY_NUMBERS, nastyString } from './nasty.js';

/**
 * Mutations of protobuf messages at two levels:
 * - the wire: fields dropped, duplicated, repeated thousands of times, moved,
 *   given another wire type or field number, a length that lies, a varint at
 *   an edge (or overlong), content replaced by invalid UTF-8 or a huge blob;
 *   nested messages are found by parsing length-delimited content;
 * - the schema (protocol/patchtree.proto through protobufjs reflection):
 *   a field of a known message set to a value of its type that no valid
 *   peer sends (an enum out of range, a huge number, a nasty string, a JSON
 *   document inside a string mutated as JSON).
 */

// --- the wire ------------------------------------------------------------------

export interface WireField {
  no: number;
  type: number;
  /** A varint's or fixed value's raw bytes, or a length-delimited field's content. */
  value: Buffer;
  /** Written instead of the true length of a length-delimited field. */
  lengthOverride?: Buffer;
}

function readVarint(buf: Buffer, pos: number): { value: bigint; next: number } | undefined {
  let value = 0n;
  for (let shift = 0n, i = pos; i < buf.length && shift < 70n; i++, shift += 7n) {
    value |= BigInt(buf[i] & 0x7f) << shift;
    if (!(buf[i] & 0x80)) return { value, next: i + 1 };
  }
  return undefined;
}

export function varint(value: bigint | number): Buffer {
  let v = BigInt.asUintN(64, BigInt(value));
  const out: number[] = [];
  do {
    let byte = Number(v & 0x7fn);
    v >>= 7n;
    if (v) byte |= 0x80;
    out.push(byte);
  } while (v);
  return Buffer.from(out);
}

/** The fields of a message, or undefined when the bytes are not one (groups count as not). */
export function parseWire(buf: Buffer): WireField[] | undefined {
  const fields: WireField[] = [];
  let pos = 0;
  while (pos < buf.length) {
    const tag = readVarint(buf, pos);
    if (!tag || tag.value > 0xffffffffn) return undefined;
    const no = Number(tag.value >> 3n);
    const type = Number(tag.value & 7n);
    if (no === 0) return undefined;
    pos = tag.next;
    if (type === 0) {
      const v = readVarint(buf, pos);
      if (!v) return undefined;
      fields.push({ no, type, value: buf.subarray(pos, v.next) });
      pos = v.next;
    } else if (type === 1 || type === 5) {
      const n = type === 1 ? 8 : 4;
      if (pos + n > buf.length) return undefined;
      fields.push({ no, type, value: buf.subarray(pos, pos + n) });
      pos += n;
    } else if (type === 2) {
      const len = readVarint(buf, pos);
      if (!len || len.next + Number(len.value) > buf.length) return undefined;
      fields.push({ no, type, value: buf.subarray(len.next, len.next + Number(len.value)) });
      pos = len.next + Number(len.value);
    } else {
      return undefined;
    }
  }
  return fields;
}

export function serializeWire(fields: readonly WireField[]): Buffer {
  const parts: Buffer[] = [];
  for (const f of fields) {
    parts.push(varint((BigInt(f.no) << 3n) | BigInt(f.type)));
    if (f.type === 2) parts.push(f.lengthOverride ?? varint(f.value.length));
    parts.push(f.value);
  }
  return Buffer.concat(parts);
}

/** A place in a message tree: a list of fields and an index into it, with the way to write the tree back. */
interface Spot {
  fields: WireField[];
  index: number;
  depth: number;
}

/** Every field of the message and of the messages nested in it (content that parses as one). */
function spots(fields: WireField[], depth = 0, out: Spot[] = [], rebuild: Array<() => void> = []): { spots: Spot[]; rebuild: Array<() => void> } {
  fields.forEach((f, index) => {
    out.push({ fields, index, depth });
    if (f.type === 2 && f.value.length && depth < 6 && out.length < 5000) {
      const inner = parseWire(f.value);
      if (inner && inner.length) {
        spots(inner, depth + 1, out, rebuild);
        // Written back innermost first (in the order pushed), unless the content itself was replaced.
        const original = f.value;
        rebuild.push(() => { if (f.value === original && !f.lengthOverride) f.value = serializeWire(inner); });
      }
    }
  });
  return { spots: out, rebuild };
}

const INVALID_UTF8 = [Buffer.from([0xff, 0xfe]), Buffer.from([0x80]), Buffer.from([0xc0, 0xae]), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0xf4, 0x90, 0x80, 0x80]), Buffer.from([0xe2, 0x82])];
const EDGE_VARINTS: ReadonlyArray<bigint> = [0n, 1n, 127n, 128n, 2n ** 31n - 1n, 2n ** 31n, 2n ** 32n - 1n, 2n ** 32n, 2n ** 53n + 1n, 2n ** 63n, 2n ** 64n - 1n];

function edgeVarint(rng: Rng): Buffer {
  if (rng.chance(0.1)) return Buffer.from([0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01]); // 11 bytes: overlong
  return varint(rng.pick(EDGE_VARINTS));
}

function valueOfType(type: number, rng: Rng): Buffer {
  if (type === 0) return edgeVarint(rng);
  if (type === 1) return rng.bytes(8);
  if (type === 5) return rng.bytes(4);
  return rng.bytes(rng.size(64));
}

function nastyContent(rng: Rng, old: Buffer): Buffer {
  switch (rng.int(6)) {
    case 0: return Buffer.from(nastyString(rng, old.toString('utf8')), 'utf8');
    case 1: { const at = rng.int(old.length + 1); return Buffer.concat([old.subarray(0, at), rng.pick(INVALID_UTF8), old.subarray(at)]); }
    case 2: return Buffer.alloc(0);
    case 3: return Buffer.alloc(rng.pick([1 << 16, 1 << 20, 5 << 20]), rng.pick([0x41, 0x00, 0xff]));
    case 4: return havoc(old, rng).bytes;
    default: {
      // A string that is a JSON document (signed TUF metadata travels so): mutated as JSON.
      try {
        return mutateJson(JSON.parse(old.toString('utf8')), rng, { textBreaks: 0.05 }).body;
      } catch {
        return rng.bytes(rng.size(256));
      }
    }
  }
}

const WIRE_MUTATIONS = ['drop', 'duplicate', 'repeat', 'move', 'wiretype', 'fieldno', 'length', 'varint', 'content', 'unknown'] as const;

/** One or two wire-level mutations of an encoded message; sometimes blind byte havoc on top. */
export function mutateWire(message: Buffer, rng: Rng, options: { maxRepeatBytes?: number } = {}): { bytes: Buffer; label: string } {
  const top = parseWire(message);
  if (!top || rng.chance(0.08)) {
    const h = havoc(message, rng);
    return { bytes: h.bytes, label: `pb-${h.label}` };
  }
  const steps: string[] = [];
  const { spots: all, rebuild } = spots(top);
  const n = rng.weighted([[7, 1], [3, 2]] as const);
  for (let i = 0; i < n; i++) {
    if (!all.length) {
      top.push({ no: rng.range(1, 25), type: 2, value: rng.bytes(rng.size(64)) });
      steps.push('add');
      continue;
    }
    const spot = rng.pick(all);
    const f = spot.fields[spot.index];
    if (!f) continue;
    const name = rng.pick(WIRE_MUTATIONS);
    steps.push(`${name}@${spot.depth}.${f.no}`);
    switch (name) {
      case 'drop':
        spot.fields.splice(spot.index, 1);
        break;
      case 'duplicate':
        spot.fields.splice(spot.index + 1, 0, { ...f });
        break;
      case 'repeat': {
        const max = options.maxRepeatBytes ?? 12 << 20;
        const times = Math.max(2, Math.min(rng.pick([10, 1000, 20_000, 200_000]), Math.floor(max / (f.value.length + 6))));
        const rest = spot.fields.splice(spot.index + 1);
        for (let k = 0; k < times; k++) spot.fields.push({ ...f });
        for (const r of rest) spot.fields.push(r);
        steps[steps.length - 1] += `x${times}`;
        break;
      }
      case 'move': {
        const [moved] = spot.fields.splice(spot.index, 1);
        if (rng.chance(0.5)) spot.fields.unshift(moved);
        else spot.fields.push(moved);
        break;
      }
      case 'wiretype': {
        const type = rng.pick([0, 1, 2, 5].filter((t) => t !== f.type));
        spot.fields[spot.index] = { no: f.no, type, value: type === 2 && rng.chance(0.5) ? f.value : valueOfType(type, rng) };
        break;
      }
      case 'fieldno':
        f.no = rng.chance(0.7) ? rng.range(1, 25) : rng.pick([15, 16, 2047, 2048, 19000, 536_870_911]);
        break;
      case 'length':
        if (f.type === 2) f.lengthOverride = varint(rng.pick([f.value.length + 1, f.value.length + rng.range(2, 100), 2 ** 31 - 1, 2 ** 32 - 1, 2 ** 35, 0]));
        else f.value = edgeVarint(rng);
        break;
      case 'varint':
        if (f.type === 0) f.value = edgeVarint(rng);
        else if (f.type === 2) f.value = nastyContent(rng, f.value);
        else f.value = rng.bytes(f.value.length);
        break;
      case 'content':
        if (f.type === 2) f.value = nastyContent(rng, f.value);
        else f.value = valueOfType(f.type, rng);
        break;
      case 'unknown':
        spot.fields.splice(rng.int(spot.fields.length + 1), 0, { no: rng.pick([15, 31, 99, 1000, 536_870_911]), type: rng.pick([0, 1, 2, 5]), value: Buffer.alloc(0) });
        spot.fields[spot.fields.length - 1].value = valueOfType(spot.fields[spot.fields.length - 1].type, rng);
        break;
    }
  }
  for (const write of rebuild) write();
  let bytes = serializeWire(top);
  let label = `pb:${steps.join('+')}`;
  if (rng.chance(0.05)) {
    const h = havoc(bytes, rng);
    bytes = h.bytes;
    label += `+${h.label}`;
  }
  return { bytes, label };
}

// --- the schema ------------------------------------------------------------------

const PROTO = fileURLToPath(new URL('../../../protocol/patchtree.proto', import.meta.url));
let root: protobuf.Root | undefined;

/** A message type of the project's .proto (e.g. "SyncFrame"). */
export function messageType(name: string): protobuf.Type {
  root ??= protobuf.loadSync(PROTO);
  return root.lookupType(`patchtree.v1.${name}`);
}

const INT_TYPES = new Set(['int32', 'uint32', 'sint32', 'fixed32', 'sfixed32', 'int64', 'uint64', 'sint64', 'fixed64', 'sfixed64', 'double', 'float']);

/** A value of the field's declared type that no valid peer would send. */
function nastyOfField(field: protobuf.Field, old: unknown, rng: Rng): unknown {
  const resolved = field.resolvedType;
  if (resolved instanceof protobuf.Enum) return rng.pick([-1, 3, 4, 99, 2 ** 31 - 1]);
  if (resolved instanceof protobuf.Type) return rng.chance(0.5) ? resolved.create({}) : undefined;
  if (field.type === 'string') return nastyString(rng, typeof old === 'string' ? old : '');
  if (field.type === 'bytes') return rng.chance(0.5) ? rng.bytes(rng.size(128)) : nastyContent(rng, Buffer.from((old as Uint8Array | undefined) ?? []));
  if (field.type === 'bool') return !old;
  if (INT_TYPES.has(field.type)) {
    const n = rng.pick(NASTY_NUMBERS);
    // (2^64 - 1 and overlong varints come from the wire mutations: numbers here stay JavaScript numbers.)
    if (field.type.startsWith('uint') || field.type.startsWith('fixed')) return Math.abs(Math.trunc(n));
    return Math.trunc(n);
  }
  return old;
}

/**
 * One schema-aware change to a message of type `typeName`: a field (set or
 * not, at any depth) given a nasty value of its type, cleared, emptied (a
 * list), or its list blown up.
 */
export function mutateSchema(typeName: string, bytes: Buffer, rng: Rng): { bytes: Buffer; label: string } | undefined {
  const type = messageType(typeName);
  let message: protobuf.Message<object> & Record<string, any>;
  try {
    message = type.decode(bytes) as never;
  } catch {
    return undefined;
  }
  // Walk down a random path of set message fields, then change one field there.
  let here: Record<string, any> = message;
  let hereType = type;
  const path: string[] = [typeName];
  for (let depth = 0; depth < 4; depth++) {
    const nested = hereType.fieldsArray.filter((f) => f.resolvedType instanceof protobuf.Type && here[f.name] != null && (!f.repeated || here[f.name].length));
    if (!nested.length || rng.chance(0.35)) break;
    const f = rng.pick(nested);
    const value = f.repeated ? rng.pick(here[f.name] as Array<Record<string, any>>) : here[f.name];
    path.push(f.name);
    here = value;
    hereType = f.resolvedType as protobuf.Type;
  }
  if (!hereType.fieldsArray.length) return undefined;
  const field = rng.pick(hereType.fieldsArray);
  path.push(field.name);
  let what: string;
  if (field.repeated) {
    const list = (here[field.name] ?? []) as unknown[];
    switch (rng.int(4)) {
      case 0:
        here[field.name] = [];
        what = 'empty';
        break;
      case 1: {
        const times = rng.pick([100, 5000, 50_000]);
        const item = list.length ? list[0] : nastyOfField(field, undefined, rng);
        here[field.name] = Array.from({ length: times }, () => item);
        what = `x${times}`;
        break;
      }
      default:
        here[field.name] = [...list, nastyOfField(field, list[0], rng)];
        what = 'nasty-item';
    }
  } else {
    here[field.name] = nastyOfField(field, here[field.name], rng);
    what = 'nasty';
  }
  try {
    return { bytes: Buffer.from(type.encode(message).finish()), label: `schema:${path.join('.')}:${what}` };
  } catch {
    return undefined;
  }
}

/** A mutated message: schema-aware when the type is known and it works, else at the wire. */
export function mutateMessage(bytes: Buffer, rng: Rng, typeName?: string): { bytes: Buffer; label: string } {
  if (typeName && rng.chance(0.4)) {
    const m = mutateSchema(typeName, bytes, rng);
    if (m) return m;
  }
  return mutateWire(bytes, rng);
}
