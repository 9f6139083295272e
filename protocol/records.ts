import { patchtree } from './generated/patchtree.js';
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
