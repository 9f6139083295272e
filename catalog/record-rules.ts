import { NEUTRAL, PatchtreeError } from '../protocol/index.js';
import type { StrictChange } from './record-specs.js';
import { isValidId, parseRecordKey, type ParsedKey, type RecordKind } from './store/keys.js';

/**
 * What a valid record is: the one set of rules that an import applies to
 * what a feed gives (through checkParsedBulletin, for every source type) and
 * a child applies to every record its parent sends (checkReceivedChange).
 * One set, so that a record the top imported is never refused below it, and
 * a record a parent made up is refused exactly where an import would have
 * refused the document.
 *
 * Free text (titles, descriptions, command lines) is bounded only by the
 * record's own bound (a record fits in one frame); names that tools and
 * file systems use (file names, URLs, KBs, products, platforms, levels) are
 * bounded here.
 */

/** Longest file an update may declare: 1 TiB, far above any package, far below what the counters can hold. */
export const MAX_FILE_SIZE = 2 ** 40;
/** Longest download URL. */
export const MAX_URL_LENGTH = 8192;
/** Longest file name (what file systems allow). */
export const MAX_FILE_NAME = 255;
/** Longest short name: a KB, product, platform, vendor, severity, source name, date, list item. */
export const MAX_SHORT_TEXT = 4096;
/** Custom severity levels: at most this many, each at most this long. */
export const MAX_SEVERITY_LEVELS = 100;
export const MAX_SEVERITY_LEVEL_LENGTH = 64;
/** Longest policy name (as the policy API takes it). */
export const MAX_POLICY_NAME = 200;

/** BCP 47 culture as patch vendors use them (language, optional script, optional region), or "neutral". */
const LANGUAGE = /^(?:neutral|[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|[0-9]{3}))?)$/;
const LOWER_HEX = /^[0-9a-f]+$/;
/** http(s)://, then no white space and no control character, in one pass. */
const HTTP_URL = /^https?:\/\/[^\s\u0000-\u001f\u007f]+$/i;
/**
 * URLs that URL.canParse always accepts, so they need not be parsed (most
 * download URLs of a catalog; a child checks every one it receives): http
 * or https, a host of DNS labels whose last starts with a letter (never
 * read as an IPv4 address), a port of at most four digits, and a path of
 * characters the WHATWG path state never fails on. A label "xn--" (which
 * the parser decodes as punycode, and may refuse) is parsed.
 * test/record-rules.test.ts checks the claim on generated URLs.
 */
export const PLAIN_HTTP_URL = /^https?:\/\/(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*(?::[0-9]{1,4})?(?:\/[\w.~!$&'()*+,;=:@%/-]*)?$/i;
const PUNYCODE = /xn--/i;
const CONTROL = /[\u0000-\u001f\u007f]/;
/** What a file name may not hold: a path separator, a drive colon, a control character, or "..". */
const NOT_IN_FILE_NAME = /[/\\:\u0000-\u001f\u007f]|\.\./;

/** True for "neutral" or a BCP 47 culture such as en-US, de-DE, zh-Hans-CN (written canonically). */
export function isLanguageTag(tag: string): boolean {
  return LANGUAGE.test(tag);
}

/** Hex length of a digest, 0 for an algorithm the catalog does not know. */
export function hashLength(algorithm: string): number {
  switch (algorithm) {
    case 'sha1': return 40;
    case 'sha256': return 64;
    case 'sha512': return 128;
    default: return 0;
  }
}

/** An absolute http or https URL (no other scheme: not file:, javascript:, UNC paths). */
export function isHttpUrl(url: string): boolean {
  if (url.length > MAX_URL_LENGTH) return false;
  return (PLAIN_HTTP_URL.test(url) && !PUNYCODE.test(url)) || (HTTP_URL.test(url) && URL.canParse(url));
}

/** A file name an agent can save under, never a path: no "/", "\\", ":", control characters, "." or ".." (empty: none given). */
export function isSafeFileName(name: string): boolean {
  return name === '' || (name !== '.' && name.length <= MAX_FILE_NAME && !NOT_IN_FILE_NAME.test(name));
}

/** Problem of a vendor hash pair ('' when fine): both or neither, a known algorithm, lower-case hex of its length. */
export function hashPairProblem(algorithm: string, hash: string): string {
  if (!algorithm && !hash) return '';
  if (!algorithm) return 'hashAlgorithm: required when hash is given';
  if (!hash) return 'hash: required when hashAlgorithm is given';
  const expected = hashLength(algorithm);
  if (!expected) return `hashAlgorithm: expected sha1, sha256 or sha512`;
  if (hash.length !== expected || !LOWER_HEX.test(hash)) return `hash: expected ${expected} lower-case hex digits for ${algorithm}`;
  return '';
}

/** Problem of a file size ('' when fine). */
export function sizeProblem(size: number): string {
  return Number.isSafeInteger(size) && size >= 0 && size <= MAX_FILE_SIZE ? '' : `size: expected a whole number of bytes from 0 to ${MAX_FILE_SIZE}`;
}

/** Problem of a list of custom severity levels ('' when fine): distinct non-empty names, most severe first. */
export function severityLevelsProblem(levels: readonly string[]): string {
  if (levels.length > MAX_SEVERITY_LEVELS) return `at most ${MAX_SEVERITY_LEVELS} severity levels`;
  if (levels.some((l) => l.trim() === '' || l.length > MAX_SEVERITY_LEVEL_LENGTH || l !== l.trim() || CONTROL.test(l))) return `severity levels are non-empty names of at most ${MAX_SEVERITY_LEVEL_LENGTH} characters`;
  if (new Set(levels).size !== levels.length) return 'severity levels must be distinct';
  return '';
}

const short = (name: string, value: string | null | undefined, max = MAX_SHORT_TEXT) => ((value ?? '').length > max ? `${name}: longer than ${max} characters` : '');
const shortList = (name: string, values: readonly string[] | null | undefined) => {
  const i = (values ?? []).findIndex((v) => v.length > MAX_SHORT_TEXT);
  return i < 0 ? '' : `${name}[${i}]: longer than ${MAX_SHORT_TEXT} characters`;
};

/** The fields of an update that make sense whatever the source; '' when all do. */
export interface UpdateFields {
  id?: string | null; language?: string | null; url?: string | null; fileName?: string | null; size?: number | null;
  hashAlgorithm?: string | null; hash?: string | null; kb?: string | null; product?: string | null; platform?: string | null;
  updateType?: string | null; supersedes?: readonly string[] | null;
}

export function updateFieldsProblem(u: UpdateFields): string {
  const language = u.language ?? '';
  const url = u.url ?? '';
  const fileName = u.fileName ?? '';
  // The first problem, or '' (each check runs only when those before it found none).
  return (
    (isValidId(u.id ?? '') ? '' : `id: invalid id`)
    || (isLanguageTag(language) ? '' : `language: expected a BCP 47 tag such as en-US or "neutral"`)
    // No URL is allowed (an MSRC remediation may name none: such an update cannot be staged); any other is http(s).
    || (url === '' || isHttpUrl(url) ? '' : `url: expected an absolute http or https URL`)
    || (isSafeFileName(fileName) ? '' : `fileName: expected a file name without a path (no /, \\ or ..)`)
    || (sizeProblem(Number(u.size ?? 0)))
    || (hashPairProblem(u.hashAlgorithm ?? '', u.hash ?? ''))
    || short('kb', u.kb)
    || short('product', u.product)
    || short('platform', u.platform)
    || short('updateType', u.updateType)
    || shortList('supersedes', u.supersedes)
  );
}

export interface BulletinFields {
  id?: string | null; vendor?: string | null; vendorSeverity?: string | null; released?: string | null; revised?: string | null;
  supersedes?: readonly string[] | null; products?: readonly string[] | null;
}

export function bulletinFieldsProblem(b: BulletinFields): string {
  return (
    (isValidId(b.id ?? '') ? '' : `id: invalid id`)
    || short('vendor', b.vendor)
    || short('vendorSeverity', b.vendorSeverity)
    || short('released', b.released)
    || short('revised', b.revised)
    || shortList('supersedes', b.supersedes)
    || shortList('products', b.products)
  );
}

// --- records received from a parent ---------------------------------------------

const BODY_OF_KIND: Record<RecordKind, string> = { bulletin: 'bulletin', update: 'update', policy: 'policy', 'policy-entry': 'policyEntry', 'severity-levels': 'severityLevels' };

/** The languages of a header in the form the writers make them: valid tags, each once, sorted. */
function languagesProblem(name: string, languages: readonly string[]): string {
  for (let i = 0; i < languages.length; i++) {
    if (!isLanguageTag(languages[i])) return `${name}: is not a BCP 47 tag or "neutral"`;
    if (i > 0 && languages[i - 1] >= languages[i]) return `${name}: not sorted, or a language twice`;
  }
  return '';
}

type Fields = Record<string, any>;

/**
 * What the record inside must say, given its key. (The text nothing else
 * checks, a title or a product name, was bounded as it was read: see
 * record-specs.ts.)
 */
function bodyProblem(parsed: ParsedKey, body: Fields): string {
  switch (parsed.kind) {
    case 'bulletin':
      return (body.id === parsed.bulletinId ? '' : `bulletin id under key b/${parsed.bulletinId}`)
        || bulletinFieldsProblem(body)
        || ((body.supersededBy as string[]).every(isValidId) ? '' : 'supersededBy: an invalid bulletin id');
    case 'update':
      return (body.id === parsed.updateId ? '' : `update id under an update key of`)
        || (body.bulletinId === parsed.bulletinId ? '' : `bulletinId under a key of bulletin`)
        || updateFieldsProblem(body);
    case 'policy':
      return (body.id === parsed.policyId ? '' : `policy id under key p/${parsed.policyId}`)
        || (body.name.trim() !== '' && body.name.length <= MAX_POLICY_NAME ? '' : `name: expected 1 to ${MAX_POLICY_NAME} characters`)
        || (body.bulletinIds.length > 0 && (body.bulletinIds as string[]).every(isValidId) ? '' : 'bulletinIds: expected bulletin ids');
    case 'policy-entry':
      return (body.policyId === parsed.policyId ? '' : `policyId under a key of policy`)
        || (body.updateKey === parsed.updateKey ? '' : `updateKey under a key naming`);
    case 'severity-levels':
      return severityLevelsProblem(body.levels);
  }
}

/** What the header's languages must be, given the record inside (the way the writers derive them). */
function headerProblem(parsed: ParsedKey, change: StrictChange, body: Fields): string {
  const { languages } = change;
  switch (parsed.kind) {
    // An update is in its own language; a policy entry in its update's (one language).
    case 'update': return languages.length === 1 && languages[0] === body.language ? '' : 'the header\'s languages are not the update\'s own language';
    case 'policy-entry': return languages.length === 1 ? '' : 'a policy entry is in exactly one language';
    case 'severity-levels': return languages.length === 1 && languages[0] === NEUTRAL ? '' : 'the severity levels are language-neutral';
    // A bulletin is in its updates' languages, neutral when it has none: never in none.
    case 'bulletin': return languages.length > 0 ? '' : 'a bulletin is in at least one language';
    case 'policy': return '';
  }
}

/**
 * Checks one change a parent sent, read strictly (protocol readChange):
 * the key is well formed, a tombstone carries no record, a live change
 * carries a record of the key's kind whose fields are valid as an import
 * requires, and the header's languages are the ones the record's writer
 * would give it. Throws REPL_BAD_RECORD naming the key and the problem.
 */
export function checkReceivedChange(change: StrictChange): ParsedKey {
  const parsed = parseRecordKey(change.key);
  const problem = !parsed ? 'not a well-formed record key' : changeProblem(change, parsed);
  if (problem) throw new PatchtreeError('REPL_BAD_RECORD', `the parent sent an invalid record: ${problem}`, { details: { key: change.key.slice(0, 1100) } });
  return parsed!;
}

/** What is wrong with a change under a well-formed key ('' when nothing). */
function changeProblem(change: StrictChange, parsed: ParsedKey): string {
  const header = languagesProblem('languages', change.languages) || languagesProblem('leftLanguages', change.leftLanguages);
  if (header) return header;
  if (change.deleted) return change.record ? 'a tombstone carries a record' : '';
  for (const left of change.leftLanguages) if (change.languages.includes(left)) return 'a language both held and left';
  const expected = BODY_OF_KIND[parsed.kind];
  if (!change.record?.body) return 'a live change without a record';
  if (change.record.body !== expected) return `a ${change.record.body} record under a key of a ${expected}`;
  const body = change.record.value as Fields;
  return bodyProblem(parsed, body) || headerProblem(parsed, change, body);
}
