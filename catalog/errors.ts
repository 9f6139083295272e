import { PatchtreeError } from '../protocol/index.js';
import { redactUrl } from './sources/redact.js';

/** Where in a catalog document a problem was found. */
export interface DocumentPosition {
  url?: string;
  line?: number;
  column?: number;
  /** 1-based index of the record (NDJSON line, Atom entry, list line) when that says more than a line. */
  entry?: number;
}

/**
 * A malformed catalog document: names the source and the position. The reason
 * must never quote the document (a `file:` or internal URL could be a secret
 * the error would otherwise show): parsers describe what is wrong, not what
 * they found. The cause is kept only when it carries no document bytes.
 */
export class CatalogParseError extends PatchtreeError {
  constructor(source: string, rawPosition: DocumentPosition, reason: string, cause?: unknown) {
    const position = rawPosition.url === undefined ? rawPosition : { ...rawPosition, url: redactUrl(rawPosition.url) };
    const where = [
      position.url,
      position.line !== undefined ? `line ${position.line}` : undefined,
      position.column !== undefined ? `column ${position.column}` : undefined,
      position.entry !== undefined ? `entry ${position.entry}` : undefined,
    ].filter(Boolean).join(', ');
    super('CATALOG_PARSE', `source "${source}": malformed document at ${where || 'unknown position'}: ${reason}`, {
      cause,
      details: { source, position },
    });
  }
}
