/**
 * Field checks of the native format, hand-written: one pass over each
 * object's own keys with a switch, no schema library, no regex built per
 * line, and the parsed arrays of strings reused rather than copied, since an
 * import reads a million updates at a time.
 */
import { isValidId } from '../store/keys.js';
import { hashLength, isHttpUrl, isLanguageTag, isSafeFileName } from '../record-rules.js';
import type { ParsedBulletin } from './model.js';

type Bulletin = ParsedBulletin['bulletin'];
type Update = ParsedBulletin['updates'][number];

/**
 * A field that breaks the format; `path` names it as in `updates[2].size`. The
 * parser turns it into a CatalogParseError. Reasons describe the problem and
 * never quote the value (see CatalogParseError).
 */
export class FieldError extends Error {
  constructor(readonly path: string, readonly reason: string) {
    super(path ? `${path}: ${reason}` : reason);
    this.name = 'FieldError';
  }
}

const LOWER_HEX = /^[0-9a-f]+$/;
const ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

const BULLETIN_FIELDS = ['id', 'vendor', 'title', 'vendorSeverity', 'released', 'revised', 'description', 'supersedes', 'products', 'updates'];
const UPDATE_FIELDS = [
  'id', 'kb', 'fileName', 'language', 'product', 'platform', 'url', 'size',
  'hashAlgorithm', 'hash', 'commandLine', 'restartRequired', 'supersedes', 'updateType',
];
/** Record fields the node derives; a catalog that sets them is refused, not half-trusted. */
const NODE_FIELDS = new Set(['customSeverity', 'source', 'superseded', 'supersededBy', 'bulletinId']);

// The value rules (languages, URLs, hashes) are record-rules.ts's, shared by every importer and by a child.
export { isLanguageTag, hashLength };

/** Checks one parsed line and returns it as a ParsedBulletin with every optional field defaulted. */
export function readBulletin(value: unknown): ParsedBulletin {
  const obj = asObject(value, '');
  const bulletin: Bulletin = {
    id: '', vendor: '', title: '', vendorSeverity: '', released: '', revised: '', description: '',
    supersedes: [], products: [],
  };
  let updates: Update[] | undefined;
  for (const key in obj) {
    const v = obj[key];
    switch (key) {
      case 'id': bulletin.id = readId(v, key); break;
      case 'vendor': bulletin.vendor = readNonEmpty(v, key); break;
      case 'title': bulletin.title = readNonEmpty(v, key); break;
      case 'vendorSeverity': bulletin.vendorSeverity = readString(v, key); break;
      case 'released': bulletin.released = readDate(v, key); break;
      case 'revised': bulletin.revised = readDate(v, key); break;
      case 'description': bulletin.description = readString(v, key); break;
      case 'supersedes': bulletin.supersedes = readStringList(v, key); break;
      case 'products': bulletin.products = readStringList(v, key); break;
      case 'updates': updates = readUpdates(v); break;
      default: throw unknownField(key, BULLETIN_FIELDS);
    }
  }
  if (!bulletin.id) throw missing('id');
  if (!bulletin.vendor) throw missing('vendor');
  if (!bulletin.title) throw missing('title');
  if (!updates) throw missing('updates');
  return { bulletin, updates };
}

function readUpdates(value: unknown): Update[] {
  if (!Array.isArray(value)) throw new FieldError('updates', `expected an array, got ${typeName(value)}`);
  const updates: Update[] = new Array(value.length);
  const ids = value.length > 1 ? new Map<string, number>() : undefined;
  for (let i = 0; i < value.length; i++) {
    let update: Update;
    try {
      update = readUpdate(value[i]);
    } catch (err) {
      if (err instanceof FieldError) throw new FieldError(err.path ? `updates[${i}].${err.path}` : `updates[${i}]`, err.reason);
      throw err;
    }
    // buildRecords keeps the first of two updates with one id; in one line that is a typo, not a merge.
    const first = ids?.get(update.id);
    if (first !== undefined) throw new FieldError(`updates[${i}].id`, `duplicate update id (also updates[${first}].id)`);
    ids?.set(update.id, i);
    updates[i] = update;
  }
  return updates;
}

function readUpdate(value: unknown): Update {
  const obj = asObject(value, '');
  const update: Update = {
    id: '', kb: '', fileName: '', language: '', product: '', platform: '', url: '', size: 0,
    hashAlgorithm: '', hash: '', commandLine: '', restartRequired: false, supersedes: [], updateType: '',
  };
  for (const key in obj) {
    const v = obj[key];
    switch (key) {
      case 'id': update.id = readId(v, key); break;
      case 'kb': update.kb = readString(v, key); break;
      case 'fileName': update.fileName = readFileName(v, key); break;
      case 'language': update.language = readLanguage(v, key); break;
      case 'product': update.product = readString(v, key); break;
      case 'platform': update.platform = readString(v, key); break;
      case 'url': update.url = readUrl(v, key); break;
      case 'size': update.size = readSize(v, key); break;
      case 'hashAlgorithm': update.hashAlgorithm = readHashAlgorithm(v, key); break;
      case 'hash': update.hash = readHexString(v, key); break;
      case 'commandLine': update.commandLine = readString(v, key); break;
      case 'restartRequired': update.restartRequired = readBoolean(v, key); break;
      case 'supersedes': update.supersedes = readStringList(v, key); break;
      case 'updateType': update.updateType = readString(v, key); break;
      default: throw unknownField(key, UPDATE_FIELDS);
    }
  }
  if (!update.id) throw missing('id');
  if (!update.language) throw missing('language');
  if (!update.url) throw missing('url');
  checkHashPair(update.hashAlgorithm!, update.hash!);
  return update;
}

function checkHashPair(algorithm: string, hash: string): void {
  if (!algorithm && !hash) return;
  if (!algorithm) throw new FieldError('hashAlgorithm', 'required when hash is given');
  if (!hash) throw new FieldError('hash', 'required when hashAlgorithm is given');
  const expected = hashLength(algorithm);
  if (hash.length !== expected) throw new FieldError('hash', `expected ${expected} hex digits for ${algorithm}, got ${hash.length}`);
}

function asObject(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new FieldError(path, `expected a JSON object, got ${typeName(value)}`);
  }
  return value as Record<string, unknown>;
}

function readString(value: unknown, path: string): string {
  if (typeof value !== 'string') throw new FieldError(path, `expected a string, got ${typeName(value)}`);
  return value;
}

function readNonEmpty(value: unknown, path: string): string {
  const s = readString(value, path);
  if (s === '') throw new FieldError(path, 'must not be empty');
  return s;
}

function readId(value: unknown, path: string): string {
  const s = readString(value, path);
  if (!isValidId(s)) throw new FieldError(path, `invalid id: expected 1 to 512 characters, no '/' and no control characters (got ${s.length} characters)`);
  return s;
}

function readLanguage(value: unknown, path: string): string {
  const s = readString(value, path);
  if (!isLanguageTag(s)) throw new FieldError(path, 'expected a BCP 47 tag such as en-US (language lower case, region upper case) or "neutral"');
  return s;
}

function readUrl(value: unknown, path: string): string {
  const s = readString(value, path);
  if (!isHttpUrl(s)) throw new FieldError(path, 'expected an absolute http or https URL (no spaces or control characters)');
  return s;
}

/** A file name an agent can save under, never a path: no "/", "\\", control characters, "." or "..". */
function readFileName(value: unknown, path: string): string {
  const s = readString(value, path);
  if (!isSafeFileName(s)) throw new FieldError(path, 'expected a plain file name: no "/", "\\", control characters, "." or "..", at most 255 characters');
  return s;
}

function readSize(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new FieldError(path, `expected a non-negative integer, got ${typeof value === 'number' ? numberKind(value) : typeName(value)}`);
  }
  return value;
}

function readBoolean(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') throw new FieldError(path, `expected true or false, got ${typeName(value)}`);
  return value;
}

function readHashAlgorithm(value: unknown, path: string): string {
  const s = readString(value, path);
  if (s !== '' && hashLength(s) === 0) throw new FieldError(path, 'expected sha1, sha256 or sha512');
  return s;
}

function readHexString(value: unknown, path: string): string {
  const s = readString(value, path);
  if (s !== '' && !LOWER_HEX.test(s)) throw new FieldError(path, 'expected lower-case hex digits');
  return s;
}

/** ISO 8601 date or date-time; '' means unknown. The calendar is checked, not only the shape. */
function readDate(value: unknown, path: string): string {
  const s = readString(value, path);
  if (s === '') return s;
  const m = ISO_8601.exec(s);
  const ok = m !== null && validCalendar(+m[1], +m[2], +m[3]) && (m[4] === undefined || (+m[4] <= 23 && +m[5] <= 59 && (m[6] === undefined || +m[6] <= 60)));
  if (!ok) throw new FieldError(path, 'expected an ISO 8601 date such as 2017-03-14 or 2017-03-14T17:00:00Z');
  return s;
}

function validCalendar(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Array of non-empty strings; the parsed array itself is returned, not a copy. */
function readStringList(value: unknown, path: string): string[] {
  if (!Array.isArray(value)) throw new FieldError(path, `expected an array of strings, got ${typeName(value)}`);
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (typeof item !== 'string') throw new FieldError(`${path}[${i}]`, `expected a string, got ${typeName(item)}`);
    if (item === '') throw new FieldError(`${path}[${i}]`, 'must not be empty');
  }
  return value as string[];
}

function missing(path: string): FieldError {
  return new FieldError(path, 'required field is missing');
}

/**
 * An unknown key, with a hint when it looks like a known field misspelt or in
 * another case style. The key is named only when it is one of the format's
 * own words (a derived field, or a known one in another spelling): any other
 * key is document text, and the error says which fields exist instead.
 */
function unknownField(key: string, known: readonly string[]): FieldError {
  if (NODE_FIELDS.has(key)) return new FieldError(key, 'unknown field (the node derives it; a catalog may not set it)');
  const folded = key.replace(/[_-]/g, '').toLowerCase();
  const hint = known.find((name) => name.toLowerCase() === folded);
  if (hint) return new FieldError(key, `unknown field (did you mean "${hint}"?)`);
  return new FieldError('', `unknown field (the fields are ${known.join(', ')})`);
}

/** What is wrong with a number, without quoting it. */
function numberKind(value: number): string {
  if (!Number.isFinite(value)) return 'a number out of range';
  if (!Number.isInteger(value)) return 'a fraction';
  if (value < 0) return 'a negative number';
  return 'a number beyond 2^53';
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
