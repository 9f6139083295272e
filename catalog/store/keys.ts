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

/** Ids must not contain the key separator. */
export function isValidId(id: string): boolean {
  return id.length > 0 && id.length <= 512 && !id.includes('/') && !/[\u0000-\u001f]/.test(id);
}
