import { Bulletin, MAX_FRAME_BYTES, SoftwareUpdate } from '../../protocol/index.js';
import type { ParsedBulletin } from '../sources/model.js';
import { PatchtreeError } from '../../protocol/index.js';
import { redactUrl } from '../sources/redact.js';

/**
 * Room a sync frame keeps for what surrounds one record: the frame and batch
 * headers, the change's key and languages, the batch cursor keys, and the
 * fields the import derives later (supersededBy lists, custom severity).
 */
const FRAME_ROOM_BYTES = 1024 * 1024;

/**
 * Largest encoded record an import accepts: one that could never travel in a
 * sync frame (protocol MAX_FRAME_BYTES) would stop replication of the whole
 * catalog for every child, so it is refused here, before anything is written.
 */
export const MAX_RECORD_BYTES = MAX_FRAME_BYTES - FRAME_ROOM_BYTES;

/**
 * Refuses a bulletin, or one of its updates, whose record would be larger
 * than MAX_RECORD_BYTES (CATALOG_RECORD_TOO_LARGE, naming the document, the
 * entry and the record). A cheap upper bound is computed first; the record is
 * encoded only when the bound is over the limit, so a normal import pays a
 * few additions per record.
 */
export function checkRecordSizes(source: string, { bulletin, updates }: ParsedBulletin, where: { url?: string; entry?: number }): void {
  const extra = upperBound(source);
  if (upperBound(bulletin) + extra > MAX_RECORD_BYTES) {
    const bytes = Bulletin.encode({ ...bulletin, source }).finish().length;
    if (bytes > MAX_RECORD_BYTES) throw tooLarge(source, where, `bulletin ${JSON.stringify(bulletin.id)}`, bytes);
  }
  const withIds = extra + upperBound(bulletin.id);
  for (const update of updates) {
    if (upperBound(update) + withIds <= MAX_RECORD_BYTES) continue;
    const bytes = SoftwareUpdate.encode({ ...update, bulletinId: bulletin.id, source }).finish().length;
    if (bytes > MAX_RECORD_BYTES) throw tooLarge(source, where, `update ${JSON.stringify(update.id)} of bulletin ${JSON.stringify(bulletin.id)}`, bytes);
  }
}

/**
 * An upper bound of a value's protobuf size: per field at most 2 bytes of tag
 * and 5 of length, a string at most 3 UTF-8 bytes per UTF-16 unit, a number
 * at most a 10-byte varint.
 */
function upperBound(value: unknown): number {
  if (typeof value === 'string') return 7 + 3 * value.length;
  if (typeof value === 'number') return 12;
  if (typeof value === 'boolean') return 3;
  if (Array.isArray(value)) {
    let sum = 0;
    for (const item of value) sum += upperBound(item);
    return sum;
  }
  if (value && typeof value === 'object') {
    let sum = 0;
    for (const key in value) sum += upperBound((value as Record<string, unknown>)[key]);
    return sum;
  }
  return 0;
}

function tooLarge(source: string, where: { url?: string; entry?: number }, what: string, bytes: number): PatchtreeError {
  const place = [where.url && redactUrl(where.url), where.entry && `entry ${where.entry}`].filter(Boolean).join(', ');
  return new PatchtreeError(
    'CATALOG_RECORD_TOO_LARGE',
    `source "${source}"${place ? ` at ${place}` : ''}: ${what} would be a record of ${bytes} bytes; a sync frame carries at most ${MAX_RECORD_BYTES} bytes of record, so it could never replicate. Nothing of the import was stored`,
    { details: { source, position: { url: where.url && redactUrl(where.url), entry: where.entry }, bytes, maxBytes: MAX_RECORD_BYTES } },
  );
}
