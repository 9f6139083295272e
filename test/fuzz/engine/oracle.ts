import { SyncError } from '../../../protocol/index.js';
import type { RawResponse } from './http.js';

/**
 * What the suite requires of every answer: accepted (below 400), or refused
 * with a 4xx and a stable code (the `x-patchtree-error` header and the
 * SyncError body of the sync API, `error.code` of the JSON admin API). A 5xx
 * is a failure (INTERNAL above all), except the few gateway codes a target
 * declares (a feed that broke: CATALOG_FETCH is a 502 by design).
 */
export const STABLE_CODE = /^[A-Z][A-Z0-9_]+$/;

export type Verdict =
  | { kind: 'accepted'; status: number; note?: string }
  | { kind: 'refused'; status: number; code: string }
  | { kind: 'failure'; reason: string };

export const accepted = (status: number, note?: string): Verdict => ({ kind: 'accepted', status, ...(note ? { note } : {}) });
export const failure = (reason: string): Verdict => ({ kind: 'failure', reason });

/** A refusal's code, checked: stable, not INTERNAL, 4xx (or one of the target's gateway codes). */
export function refusal(status: number, code: string | undefined, gatewayCodes: ReadonlySet<string> = new Set()): Verdict {
  if (!code) return failure(`refused with ${status} and no error code`);
  if (!STABLE_CODE.test(code)) return failure(`refused with ${status} and an unstable code ${JSON.stringify(code.slice(0, 80))}`);
  if (code === 'INTERNAL') return failure(`INTERNAL (${status}): an unexpected error inside the node`);
  if (status >= 500 && !gatewayCodes.has(code)) return failure(`a ${status} answer (${code}) to an input that should be refused with a 4xx`);
  if (status < 400 || status > 599) return failure(`an error code ${code} with status ${status}`);
  return { kind: 'refused', status, code };
}

/** A refused HEAD request: its answer has no body to carry a code (the sync API's header still must). */
function judgeHead(res: RawResponse): Verdict {
  const header = res.headers['x-patchtree-error'];
  if (header) return refusal(res.status, header);
  if (res.status >= 500) return failure(`a ${res.status} answer to a HEAD request`);
  return { kind: 'refused', status: res.status, code: `(HEAD ${res.status})` };
}

/** Any answer, judged by what it says it is: the sync API's protobuf or the JSON of everything else. */
export function judgeAnswer(res: RawResponse, options: { method?: string; gatewayCodes?: ReadonlySet<string> } = {}): Verdict {
  if (res.status < 400) return accepted(res.status);
  if (options.method === 'HEAD') return judgeHead(res);
  if (/protobuf/.test(res.headers['content-type'] ?? '')) return judgeSync(res);
  return judgeJson(res, options.gatewayCodes);
}

/** An answer of the JSON admin API. */
export function judgeJson(res: RawResponse, gatewayCodes?: ReadonlySet<string>): Verdict {
  if (res.status < 400) return accepted(res.status);
  let code: string | undefined;
  try {
    code = JSON.parse(res.body.toString('utf8'))?.error?.code;
  } catch {
    return failure(`refused with ${res.status} and a body that is not JSON: ${JSON.stringify(res.body.subarray(0, 120).toString('latin1'))}`);
  }
  return refusal(res.status, code, gatewayCodes);
}

/** An answer of the sync API: the header and the SyncError body must say the same code. */
export function judgeSync(res: RawResponse): Verdict {
  if (res.status < 400) return accepted(res.status);
  const header = res.headers['x-patchtree-error'];
  let body: string | undefined;
  try {
    body = SyncError.decode(res.body).code || undefined;
  } catch {
    return failure(`refused with ${res.status} and a body that is not a SyncError`);
  }
  if (header !== body) return failure(`refused with ${res.status}: header code ${header} but body code ${body}`);
  return refusal(res.status, header);
}
