import { STATUS_CODES } from 'node:http';
import { PatchtreeError } from '../protocol/index.js';

/**
 * The one place where stable error codes become HTTP statuses. Domain
 * folders throw codes; only node/ knows about HTTP.
 */
export const STATUS_BY_CODE: Readonly<Record<string, number>> = {
  BAD_JSON: 400,
  BAD_REQUEST: 400,
  POLICY_INVALID: 400,
  SETTINGS_INVALID: 400,
  SOURCE_INVALID: 400,
  SEVERITY_UNKNOWN: 400,
  CONTENT_BAD_HASH: 400,
  PROTO_DECODE: 400,
  AUTH_REQUIRED: 401,
  AUTH_INVALID: 401,
  AUTH_INVALID_CREDENTIAL: 401,
  CHILD_INVALID: 400,
  CHILD_EXISTS: 409,
  REPL_BAD_REQUEST: 400,
  RULE_INVALID: 400,
  REPL_LOOP: 409,
  REPL_BUSY: 429,
  REPL_TOO_MANY_POLICY_IDS: 413,
  REPL_TOO_MANY_DESCENDANTS: 413,
  REPL_NO_PARENT: 409,
  REPL_BAD_RECORD: 502,
  REPL_PARENT_ERROR: 502,
  REPL_PARENT_UNREACHABLE: 503,
  REPL_INTERRUPTED: 502,
  PROTO_VERSION: 426,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  REQUEST_TIMEOUT: 408,
  HEADERS_TOO_LARGE: 431,
  POLICY_NOT_STAGED: 409,
  REPL_READ_ONLY: 409,
  IMPORT_RUNNING: 409,
  BODY_TOO_LARGE: 413,
  RANGE_NOT_SATISFIABLE: 416,
  UNSUPPORTED_MEDIA_TYPE: 415,
  CATALOG_PARSE: 422,
  CATALOG_EMPTY: 422,
  CATALOG_FETCH: 502,
  CATALOG_FETCH_TIMEOUT: 504,
  CATALOG_TOO_LARGE: 502,
  CATALOG_RECORD_TOO_LARGE: 422,
  FETCH_FORBIDDEN: 403,
  STAGE_TOO_LARGE: 502,
  STAGE_DOWNLOAD_FAILED: 502,
  STAGE_HASH_MISMATCH: 502,
  STAGE_SIZE_MISMATCH: 502,
  STAGE_ABORTED: 503,
  PUBLISHER_KEY_MISMATCH: 500,
  SIG_INVALID: 502,
  SIG_ROLLBACK: 502,
  SIG_EXPIRED: 502,
  REPL_VIEW_GONE: 409,
  REPL_DIGEST_MISMATCH: 502,
  BUNDLE_NO_LANGUAGES: 400,
  BUNDLE_DAMAGED: 422,
  BUNDLE_WRONG_CHILD: 409,
  BUNDLE_OLDER: 409,
  BUNDLE_NOT_FOLLOWING: 409,
  BUNDLE_NEEDS_COMPLETE: 409,
  INTERNAL: 500,
};

export interface ErrorBody {
  error: { code: string; message: string; details?: Record<string, unknown> };
}

/** HTTP status and JSON body for any thrown value; unknown errors are INTERNAL and their message is not exposed. */
export function toHttpError(err: unknown): { status: number; body: ErrorBody; internal: boolean } {
  if (err instanceof PatchtreeError) {
    const status = STATUS_BY_CODE[err.code] ?? 500;
    return { status, body: { error: { code: err.code, message: err.message, details: Object.keys(err.details).length ? err.details : undefined } }, internal: status >= 500 && !(err.code in STATUS_BY_CODE) };
  }
  return { status: 500, body: { error: { code: 'INTERNAL', message: 'internal error; see the node log' } }, internal: true };
}

/**
 * The whole answer (status line, headers, JSON body) to a request Node's
 * HTTP parser refused before the app saw it (a header with control
 * characters, a malformed request line, headers over Node's 16 KiB, a
 * request not sent within its timeout): a refusal with a stable code like
 * any other, instead of Node's bare 400. The code is in the
 * `x-patchtree-error` header too, which a sync client reads.
 */
export function malformedRequestAnswer(err: { code?: string }): string {
  const code = err.code === 'HPE_HEADER_OVERFLOW' ? 'HEADERS_TOO_LARGE' : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 'REQUEST_TIMEOUT' : 'BAD_REQUEST';
  const message = code === 'HEADERS_TOO_LARGE' ? 'the request headers are too large' : code === 'REQUEST_TIMEOUT' ? 'the request was not received in time' : 'malformed HTTP request';
  const { status, body } = toHttpError(new PatchtreeError(code, message));
  const json = JSON.stringify(body);
  return `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\ncontent-type: application/json; charset=utf-8\r\nx-patchtree-error: ${code}\r\ncontent-length: ${Buffer.byteLength(json)}\r\nconnection: close\r\n\r\n${json}`;
}
