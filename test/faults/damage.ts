import { decodeChange, encodeChange } from '../../protocol/index.js';
import type { Rng } from './rng.js';

/**
 * Damage to a stopped node's LevelDB, the ways disks, bad copies and edits
 * behind the node's back leave it (the store layout is in the README,
 * "Storage": `changes` seq -> encoded Change, `keys` key -> seq + flags,
 * `meta` lastSeq, digest buckets, counts). Each operation names itself, so a
 * failure report says what was done.
 */
export type DamageOp =
  /** A byte of the record flipped: the change decodes, with another hash. */
  | 'flip'
  /** Bytes inside the embedded record garbled: the header (key, languages) decodes, the record does not. */
  | 'garble-record'
  /** The record gone: its change and its `keys` entry deleted. */
  | 'drop'
  /** The `keys` entry deleted: the change is an orphan in the change log. */
  | 'orphan-change'
  /** The change deleted: the `keys` entry points at nothing. */
  | 'dangling-key'
  /** The `keys` entry overwritten with garbage. */
  | 'garble-key'
  /** A copy of the change at another sequence: the key appears twice in the change log. */
  | 'duplicate'
  /** A record the parent never had, under a new key, as if received. */
  | 'extra';

const OPS: DamageOp[] = ['flip', 'garble-record', 'drop', 'orphan-change', 'dangling-key', 'garble-key', 'duplicate', 'extra'];
const SEQ_WIDTH = 16;
const seqKey = (seq: number) => String(seq).padStart(SEQ_WIDTH, '0');

/** Reads a protobuf varint at `pos`; answers [value, next position]. */
function varint(bytes: Uint8Array, pos: number): [number, number] {
  let value = 0;
  for (let shift = 0; pos < bytes.length; shift += 7) {
    const b = bytes[pos++];
    value += (b & 0x7f) * 2 ** shift;
    if (!(b & 0x80)) return [value, pos];
  }
  throw new Error('truncated varint');
}

/** Where field 4 (the embedded Record) of an encoded Change lies: [start, end). */
function recordSpan(bytes: Uint8Array): [number, number] | undefined {
  let pos = 0;
  while (pos < bytes.length) {
    const [tag, afterTag] = varint(bytes, pos);
    const wire = tag & 7;
    if (wire === 2) {
      const [len, start] = varint(bytes, afterTag);
      if (tag >>> 3 === 4) return [start, start + len];
      pos = start + len;
    } else if (wire === 0) {
      pos = varint(bytes, afterTag)[1];
    } else {
      return undefined;
    }
  }
  return undefined;
}

/**
 * Damages `count` of the given record keys in the store at `dbPath` (the
 * node must be stopped). Answers what was done, one "op key" per entry.
 */
export async function damageStore(dbPath: string, keys: readonly string[], count: number, rng: Rng): Promise<string[]> {
  const { Level } = await import('level');
  const db = new Level<string, unknown>(dbPath, { valueEncoding: 'json' });
  const changes = db.sublevel<string, Buffer>('changes', { valueEncoding: 'buffer' });
  const keysDb = db.sublevel<string, string>('keys', { valueEncoding: 'utf8' });
  const meta = db.sublevel<string, unknown>('meta', { valueEncoding: 'json' });
  await db.open();
  const done: string[] = [];
  try {
    let lastSeq = ((await meta.get('lastSeq')) as number | undefined) ?? 0;
    for (const key of rng.sample(keys, count)) {
      const entry = await keysDb.get(key);
      if (entry === undefined || entry.includes('!', SEQ_WIDTH)) continue; // gone or a tombstone: nothing live to damage
      const seq = entry.slice(0, SEQ_WIDTH);
      const stored = await changes.get(seq);
      if (!stored) continue;
      const bytes = Buffer.from(stored);
      const op = rng.pick(OPS);
      switch (op) {
        case 'flip':
          bytes[bytes.length - 1] ^= 0x20;
          await changes.put(seq, bytes);
          break;
        case 'garble-record': {
          const span = recordSpan(bytes);
          if (!span || span[1] - span[0] < 8) continue;
          const at = span[0] + Math.floor((span[1] - span[0]) / 2);
          bytes.fill(0xff, at, Math.min(at + 6, span[1])); // an endless varint inside the record: it cannot decode
          await changes.put(seq, bytes);
          break;
        }
        case 'drop':
          await changes.del(seq);
          await keysDb.del(key);
          break;
        case 'orphan-change':
          await keysDb.del(key);
          break;
        case 'dangling-key':
          await changes.del(seq);
          break;
        case 'garble-key':
          await keysDb.put(key, rng.chance(0.5) ? 'garbage' : `${seqKey(Number(seq) + 7_000_000)}r`);
          break;
        case 'duplicate':
          await changes.put(seqKey(++lastSeq), bytes);
          break;
        case 'extra': {
          const change = decodeChange(bytes);
          const extraKey = `${key.startsWith('u/') ? 'u/ZZ-EXTRA' : key.startsWith('e/') ? 'e/ZZ-EXTRA' : key.slice(0, 2) + 'ZZ-EXTRA'}-${lastSeq + 1}${key.startsWith('u/') || key.startsWith('e/') ? '/x' : ''}`;
          await changes.put(seqKey(++lastSeq), Buffer.from(encodeChange({ ...change, key: extraKey })));
          await keysDb.put(extraKey, `${seqKey(lastSeq)}r`);
          done.push(`extra ${extraKey}`);
          continue;
        }
      }
      done.push(`${op} ${key}`);
    }
    await meta.put('lastSeq', lastSeq);
  } finally {
    await db.close();
  }
  return done;
}
