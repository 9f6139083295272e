import './numbers.js';
import { patchtree } from './generated/patchtree.js';
import protobuf from 'protobufjs/minimal.js';
import { PatchtreeError } from './errors.js';

const pb = patchtree.v1;

export const { Bulletin, SoftwareUpdate, Policy, PolicyEntry, SeverityLevels, Record, Change } = pb;

export type BulletinData = patchtree.v1.Bulletin.$Properties;
export type UpdateData = patchtree.v1.SoftwareUpdate.$Properties;
export type PolicyData = patchtree.v1.Policy.$Properties;
export type PolicyEntryData = patchtree.v1.PolicyEntry.$Properties;
export type SeverityLevelsData = patchtree.v1.SeverityLevels.$Properties;
export type RecordData = patchtree.v1.Record.$Properties;
export type ChangeData = patchtree.v1.Change.$Properties;
export type DecodedChange = patchtree.v1.Change;

/** Language tag of records that every node replicates whatever it manages. */
export const NEUTRAL = 'neutral';

/** Encodes a stored record version; the bytes are what every tier stores. */
export function encodeChange(change: ChangeData): Uint8Array {
  return pb.Change.encode(change).finish();
}

/** Decodes stored or received change bytes; malformed input is PROTO_DECODE. */
export function decodeChange(bytes: Uint8Array): DecodedChange {
  try {
    return pb.Change.decode(bytes);
  } catch (cause) {
    throw new PatchtreeError('PROTO_DECODE', `malformed Change message: ${(cause as Error).message}`, { cause });
  }
}

/**
 * The record of a decoded change as a plain object with every field present
 * (proto3 leaves defaults off the wire and protobufjs keeps them on the
 * prototype, where object spread and JSON do not see them).
 */
export function plainRecord<T = Record<string, unknown>>(change: DecodedChange): T {
  const record = change.record;
  if (!record?.body) throw new PatchtreeError('PROTO_DECODE', `change ${change.key} carries no record`);
  const body = (record as unknown as Record<string, unknown>)[record.body];
  const type = { bulletin: pb.Bulletin, update: pb.SoftwareUpdate, policy: pb.Policy, policyEntry: pb.PolicyEntry, severityLevels: pb.SeverityLevels }[record.body];
  return type.toObject(body as never, { defaults: true, arrays: true, longs: Number }) as T;
}

/** What filtering and bookkeeping need of a stored change, without decoding its record. */
export interface ChangeHeader {
  key: string;
  languages: string[];
  deleted: boolean;
  leftLanguages: string[];
}

/**
 * Reads only the header fields of an encoded Change (key 1, languages 2,
 * deleted 3, left_languages 5) and skips the record (4): replication filters
 * and the store's bookkeeping touch every record, and need nothing more.
 */
export function decodeChangeHeader(bytes: Uint8Array): ChangeHeader {
  const reader = protobuf.Reader.create(bytes);
  const header: ChangeHeader = { key: '', languages: [], deleted: false, leftLanguages: [] };
  try {
    while (reader.pos < reader.len) {
      const tag = reader.uint32();
      switch (tag) {
        case (1 << 3) | 2: header.key = reader.string(); break;
        case (2 << 3) | 2: header.languages.push(reader.string()); break;
        case (3 << 3) | 0: header.deleted = reader.bool(); break;
        case (5 << 3) | 2: header.leftLanguages.push(reader.string()); break;
        default: reader.skipType(tag & 7);
      }
    }
  } catch (cause) {
    throw new PatchtreeError('PROTO_DECODE', `malformed Change message: ${(cause as Error).message}`, { cause });
  }
  return header;
}
