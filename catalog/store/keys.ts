/**
 * Record keys. The kind is the first segment, so prefix scans answer "the
 * updates of bulletin B" or "the entries of policy P" without an index, and
 * every tier (which stores the same keys) can answer them too.
 */
export type RecordKind = 'bulletin' | 'update' | 'policy' | 'policy-entry' | 'severity-levels';

const KIND_BY_PREFIX: Record<string, RecordKind> = {
  b: 'bulletin',
  u: 'update',
  p: 'policy',
  e: 'policy-entry',
  s: 'severity-levels',
};

export const SEVERITY_LEVELS_KEY = 's/levels';

export const bulletinKey = (bulletinId: string) => `b/${bulletinId}`;
/** Bulletin id of a bulletin key ("b/<bulletin>"). */
export const idOfBulletinKey = (key: string) => key.slice(2);
export const updateKey = (bulletinId: string, updateId: string) => `u/${bulletinId}/${updateId}`;
export const updatesPrefix = (bulletinId: string) => `u/${bulletinId}/`;
export const policyKey = (policyId: string) => `p/${policyId}`;
export const policyEntryKey = (policyId: string, recordKeyOfUpdate: string) => `e/${policyId}/${recordKeyOfUpdate}`;
export const policyEntriesPrefix = (policyId: string) => `e/${policyId}/`;

/**
 * Orders keys as LevelDB does (by their UTF-8 bytes). JavaScript's `<`
 * compares UTF-16 units and disagrees for characters above U+FFFF against
 * U+E000-U+FFFF; only keys holding a surrogate pay for the byte comparison.
 */
export function compareKeys(a: string, b: string): number {
  if (/[\ud800-\udfff]/.test(a) || /[\ud800-\udfff]/.test(b)) return Buffer.compare(Buffer.from(a), Buffer.from(b));
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True when `key` names a record (one of the kinds above). */
export function isRecordKey(key: string): boolean {
  return KIND_BY_PREFIX[key.slice(0, key.indexOf('/'))] !== undefined;
}

/** Kind of a record key; throws TypeError for a key that is not one. */
export function kindOf(key: string): RecordKind {
  const kind = KIND_BY_PREFIX[key.slice(0, key.indexOf('/'))];
  if (!kind) throw new TypeError(`not a record key: ${key}`);
  return kind;
}

/** The replication rule a record travels with. */
export function recordClassOf(key: string): 'catalog' | 'policies' {
  return key[0] === 'p' || key[0] === 'e' ? 'policies' : 'catalog';
}

/** The key prefixes of one rule's records, in key order: a walk of the rule reads these and nothing else. */
export function prefixesOfClass(recordClass: 'catalog' | 'policies'): string[] {
  return Object.keys(KIND_BY_PREFIX).map((p) => `${p}/`).filter((p) => recordClassOf(p) === recordClass).sort();
}

/** Policy id of a policy ("p/ID") or policy entry ("e/ID/...") key. */
export function policyIdOf(key: string): string {
  const end = key.indexOf('/', 2);
  return end < 0 ? key.slice(2) : key.slice(2, end);
}

/** Bulletin id of an update key ("u/<bulletin>/<update>"). */
export function bulletinIdOfUpdateKey(key: string): string {
  return key.slice(2, key.indexOf('/', 2));
}

/** Longest id (bulletin, update, policy). */
export const MAX_ID_LENGTH = 512;

const CONTROL = /[\u0000-\u001f]/;
/** The id between `from` and `to` has an id's length. */
const idLength = (from: number, to: number) => to - from > 0 && to - from <= MAX_ID_LENGTH;

/** Ids must not contain the key separator. */
export function isValidId(id: string): boolean {
  return id.length > 0 && id.length <= MAX_ID_LENGTH && !id.includes('/') && !CONTROL.test(id);
}

/** A record key taken apart: its kind and the ids it names. */
export type ParsedKey =
  | { kind: 'bulletin'; bulletinId: string }
  | { kind: 'update'; bulletinId: string; updateId: string }
  | { kind: 'policy'; policyId: string }
  | { kind: 'policy-entry'; policyId: string; updateKey: string }
  | { kind: 'severity-levels' };

/**
 * The strict syntax of a record key, as this module builds them: `b/<id>`,
 * `u/<bulletin>/<update>`, `p/<policy>`, `e/<policy>/u/<bulletin>/<update>`,
 * `s/levels`, each id valid (isValidId). Undefined for anything else
 * (`u/onlyone`, `b/`, `b/a/b`, `s/other`): isRecordKey answers only which
 * kind a key's prefix names, which is what the store's bookkeeping needs;
 * what comes from a parent must be well formed.
 */
export function parseRecordKey(key: string): ParsedKey | undefined {
  // isValidId per part, with its control-character test run once over the key, and the parts found with
  // indexOf rather than split: a child parses every key it receives, and split's list and parts are garbage at once.
  if (key.length < 3 || key[1] !== '/' || CONTROL.test(key)) return undefined;
  const first = key.indexOf('/', 2);
  switch (key[0]) {
    case 'b': return first < 0 && idLength(2, key.length) ? { kind: 'bulletin', bulletinId: key.slice(2) } : undefined;
    case 'p': return first < 0 && idLength(2, key.length) ? { kind: 'policy', policyId: key.slice(2) } : undefined;
    case 'u': {
      if (first < 0 || key.indexOf('/', first + 1) >= 0 || !idLength(2, first) || !idLength(first + 1, key.length)) return undefined;
      return { kind: 'update', bulletinId: key.slice(2, first), updateId: key.slice(first + 1) };
    }
    case 'e': {
      // e/POLICY/u/BULLETIN/UPDATE
      if (first < 0 || !idLength(2, first) || !key.startsWith('u/', first + 1)) return undefined;
      const update = parseRecordKey(key.slice(first + 1));
      return update ? { kind: 'policy-entry', policyId: key.slice(2, first), updateKey: key.slice(first + 1) } : undefined;
    }
    case 's': return key === SEVERITY_LEVELS_KEY ? { kind: 'severity-levels' } : undefined;
    default: return undefined;
  }
}
