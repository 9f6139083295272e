import { PatchtreeError } from '../protocol/index.js';

/** Where in a catalog document a problem was found. */
export interface DocumentPosition {
  url?: string;
  line?: number;
  column?: number;
  /** 1-based index of the record (NDJSON line, Atom entry, list line) when that says more than a line. */
  entry?: number;
}

/** A malformed catalog document: names the source and the position. */
export class CatalogParseError extends PatchtreeError {
  constructor(source: string, position: DocumentPosition, reason: string, cause?: unknown) {
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
