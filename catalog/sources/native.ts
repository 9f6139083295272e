/**
 * # The native catalog format (patchtree catalog NDJSON)
 *
 * A native catalog is UTF-8 text with one JSON object per line: one bulletin
 * per line, with its updates. Blank lines are allowed (and counted in line
 * numbers); lines may end in LF or CRLF; the last line needs no newline; a
 * UTF-8 byte order mark is tolerated at the very start. The document may be
 * gzip-compressed as a whole: it is recognised by the gzip magic bytes
 * (1f 8b) at the start of the stream, never by the file name or
 * Content-Type, so `catalog.ndjson`, `catalog.ndjson.gz` and a renamed copy
 * all work.
 *
 * Field names are camelCase and the same as in the protobuf records of
 * `protocol/patchtree.proto` (`Bulletin`, `SoftwareUpdate`).
 *
 * Bulletin (one line):
 *
 * | field | type | |
 * |---|---|---|
 * | `id` | string | required; 1-512 characters, no `/`, no control characters; unique in the document |
 * | `vendor` | string | required, non-empty |
 * | `title` | string | required, non-empty |
 * | `vendorSeverity` | string | optional (Critical, Important, Moderate, Low, ... as the vendor says) |
 * | `released`, `revised` | string | optional; ISO 8601 date or date-time (`2017-03-14`, `2017-03-14T17:00:00Z`) |
 * | `description` | string | optional |
 * | `supersedes` | string[] | optional; ids of the bulletins this one replaces |
 * | `products` | string[] | optional |
 * | `updates` | object[] | required (may be empty) |
 *
 * Update (an element of `updates`):
 *
 * | field | type | |
 * |---|---|---|
 * | `id` | string | required; as a bulletin id, unique within its bulletin (e.g. KB + platform + language) |
 * | `language` | string | required; a BCP 47 culture written canonically (`en-US`, `de-DE`, `ja-JP`, `zh-CN`, `zh-Hant-TW`) or `neutral` for a language-invariant file |
 * | `url` | string | required; absolute http or https download URL |
 * | `kb` | string | optional (`KB5034441`) |
 * | `fileName` | string | optional; a plain file name: no `/`, `\`, `:`, control characters, `.` or `..`, at most 255 characters |
 * | `product`, `platform` | string | optional; platform as `x86`, `x64`, `arm64`, ... |
 * | `size` | integer | optional; bytes, non-negative |
 * | `hashAlgorithm` | string | `sha1`, `sha256` or `sha512`; given together with `hash` or not at all |
 * | `hash` | string | lower-case hex: 40, 64 or 128 digits to match `hashAlgorithm` |
 * | `commandLine` | string | optional (`/quiet /norestart`) |
 * | `restartRequired` | boolean | optional |
 * | `supersedes` | string[] | optional; KBs this update replaces (of the same product, platform and language) |
 * | `updateType` | string | optional (Security Update, Cumulative Update, ...) |
 *
 * A line may be up to 64 MiB; text that is not valid UTF-8 is refused.
 * Omitted optional fields read as '' / 0 / false / []; `null` is not a value
 * of any field (omit the field instead); items of string arrays must be
 * non-empty. Unknown fields are refused, so a
 * misspelt field cannot silently drop data; so are the fields the node
 * derives itself (`customSeverity`, `source`, `superseded`, `supersededBy`,
 * `bulletinId`). Any violation fails the whole document (imports are atomic)
 * with CATALOG_PARSE naming the 1-based line, the entry (n-th bulletin) and
 * the field path, e.g. `updates[2].size: expected a non-negative integer,
 * got string` (array indexes count from 0).
 *
 * Example line (wrapped here; one line in a file):
 *
 *     {"id":"MS24-001","vendor":"Microsoft","title":"January 2024 Security Updates for Windows",
 *      "vendorSeverity":"Critical","released":"2024-01-09T17:00:00Z","products":["Windows 10 Version 22H2"],
 *      "updates":[{"id":"KB5034441-x64-neutral","kb":"KB5034441","language":"neutral",
 *      "product":"Windows 10 Version 22H2","platform":"x64",
 *      "url":"https://download.microsoft.example/windows10.0-kb5034441-x64.msu","size":412345678,
 *      "hashAlgorithm":"sha256","hash":"<64 hex digits>","commandLine":"/quiet /norestart",
 *      "restartRequired":true,"supersedes":["KB5033372"]}]}
 *
 * A realistic sample (300 bulletins, several vendors and languages, with
 * supersedence chains) ships as `catalog/sample/sample-catalog.ndjson.gz`,
 * written by `catalog/sample/generate.ts`.
 */
import { CatalogParseError } from '../errors.js';
import type { DocumentParser, ParsedBulletin } from './model.js';
import { readLines } from './native-lines.js';
import { FieldError, readBulletin } from './native-fields.js';

export { isLanguageTag, hashLength } from './native-fields.js';

/** An update as written in a native catalog line. */
export interface NativeUpdateLine {
  id: string;
  language: string;
  url: string;
  kb?: string;
  fileName?: string;
  product?: string;
  platform?: string;
  size?: number;
  hashAlgorithm?: 'sha1' | 'sha256' | 'sha512';
  hash?: string;
  commandLine?: string;
  restartRequired?: boolean;
  supersedes?: string[];
  updateType?: string;
}

/** A bulletin as written in a native catalog line. */
export interface NativeBulletinLine {
  id: string;
  vendor: string;
  title: string;
  vendorSeverity?: string;
  released?: string;
  revised?: string;
  description?: string;
  supersedes?: string[];
  products?: string[];
  updates: NativeUpdateLine[];
}

const JSON_POSITION = /at position (\d+)/;

/**
 * What is wrong with a line that is not JSON, without quoting it: V8's
 * messages quote the text ("Unexpected token 'r', \"root:x:0:0\"..."), and
 * the document may be something no error should show.
 */
function jsonProblem(message: string): string {
  if (/Unexpected end of JSON input/i.test(message)) return 'invalid JSON: the line ends inside a value';
  if (/Bad control character/i.test(message)) return 'invalid JSON: a control character inside a string';
  if (/Unterminated string/i.test(message)) return 'invalid JSON: a string is not closed';
  if (/after JSON/i.test(message)) return 'invalid JSON: text after the value';
  return 'invalid JSON';
}

/** Parses a native catalog (NDJSON, optionally gzip) into bulletins; any bad line is a CatalogParseError. */
export const parseNative: DocumentParser = async (body, ctx, emit) => {
  const bulletins: ParsedBulletin[] = [];
  const lineOfId = new Map<string, number>();
  await readLines(body, ctx, (text, line) => {
    const entry = lineOfId.size + 1;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      const position = JSON_POSITION.exec((err as Error).message);
      const column = position ? Number(position[1]) + 1 : undefined;
      // The SyntaxError is not kept as the cause: its message quotes the line.
      throw new CatalogParseError(ctx.source, { url: ctx.url, line, column, entry }, jsonProblem((err as Error).message));
    }
    let parsed: ParsedBulletin;
    try {
      parsed = readBulletin(value);
    } catch (err) {
      if (!(err instanceof FieldError)) throw err;
      throw new CatalogParseError(ctx.source, { url: ctx.url, line, entry }, err.message);
    }
    const first = lineOfId.get(parsed.bulletin.id);
    if (first !== undefined) {
      throw new CatalogParseError(ctx.source, { url: ctx.url, line, entry }, `id: duplicate bulletin id (first on line ${first})`);
    }
    lineOfId.set(parsed.bulletin.id, line);
    if (emit) return emit(parsed);
    bulletins.push(parsed);
  });
  return { bulletins };
};
