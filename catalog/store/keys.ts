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

/** Bulletin id of an update key ("u/<bulletin>/<update>"). */
export function bulletinIdOfUpdateKey(key: string): string {
  return key.slice(2, key.indexOf('/', 2));
}

/** Longest id (bulletin, update, policy). */
export const MAX_ID_LENGTH = 512;

/** Ids must not contain the key separator. */
export function isValidId(id: string): boolean {
  return id.length > 0 && id.length <= MAX_ID_LENGTH && !id.includes('/') && !/[\u0000-\u001f]/.test(id);
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
  const parts = key.split('/');
  const ids = (from: number) => parts.slice(from).every(isValidId);
  switch (parts[0]) {
    case 'b': return parts.length === 2 && ids(1) ? { kind: 'bulletin', bulletinId: parts[1] } : undefined;
    case 'u': return parts.length === 3 && ids(1) ? { kind: 'update', bulletinId: parts[1], updateId: parts[2] } : undefined;
    case 'p': return parts.length === 2 && ids(1) ? { kind: 'policy', policyId: parts[1] } : undefined;
    case 'e': return parts.length === 5 && parts[2] === 'u' && isValidId(parts[1]) && ids(3) ? { kind: 'policy-entry', policyId: parts[1], updateKey: parts.slice(2).join('/') } : undefined;
    case 's': return key === SEVERITY_LEVELS_KEY ? { kind: 'severity-levels' } : undefined;
    default: return undefined;
  }
}
