import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PatchtreeError } from '../protocol/index.js';
import { DEFAULT_PORT } from './config.js';
import { adminTokenPath } from './identity.js';
import { CLI_CODES } from './cli-args.js';

/** An error the node answered: its stable code, message and details, and the HTTP status. */
export class ApiError extends PatchtreeError {
  constructor(readonly status: number, code: string, message: string, details?: Record<string, unknown>) {
    super(code, message, { details });
  }
}

export interface ClientFlags {
  url?: string;
  token?: string;
  data?: string;
}

/** A small admin-API client for the CLI: bearer token, JSON in and out, errors with their code. */
export class AdminClient {
  constructor(readonly baseUrl: string, private readonly token: string) {}

  static from(flags: ClientFlags, env: NodeJS.ProcessEnv = process.env): AdminClient {
    const url = flags.url ?? env.PATCHTREE_URL ?? `http://127.0.0.1:${env.PATCHTREE_PORT ?? DEFAULT_PORT}`;
    let token = flags.token ?? env.PATCHTREE_TOKEN ?? env.PATCHTREE_ADMIN_TOKEN;
    if (!token) {
      const path = adminTokenPath(resolve(flags.data ?? env.PATCHTREE_DATA ?? '.patchtree-data'));
      try {
        token = readFileSync(path, 'utf8').trim();
      } catch {
        throw new PatchtreeError(CLI_CODES.noToken, `no admin token: pass --token, set PATCHTREE_TOKEN, or run where ${path} exists (or pass --data DIR)`);
      }
    }
    return new AdminClient(url.replace(/\/$/, ''), token);
  }

  async call<T = any>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await this.request(method, path, body === undefined ? {} : { body: JSON.stringify(body), type: 'application/json' });
    if (response.status === 204) return undefined as T;
    return parsed(await response.text()) as T;
  }

  /**
   * One call whose body or answer is a byte stream (a bundle): the answer
   * as it comes when it succeeded, the node's refusal (ApiError) when not.
   */
  async request(method: string, path: string, send: { body?: string | ReadableStream<Uint8Array>; type?: string } = {}): Promise<Response> {
    const response = await fetch(`${this.baseUrl}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${this.token}`, ...(send.type ? { 'content-type': send.type } : {}) },
      body: send.body,
      ...(send.body instanceof ReadableStream ? { duplex: 'half' } : {}),
    } as RequestInit).catch((err: Error) => {
      throw new PatchtreeError(CLI_CODES.unreachable, `cannot reach the node at ${this.baseUrl}: ${(err.cause as Error)?.message ?? err.message}`);
    });
    if (response.ok) return response;
    const text = await response.text();
    const json = parsed(text);
    throw new ApiError(response.status, json?.error?.code ?? 'HTTP_ERROR', json?.error?.message ?? text.slice(0, 500), json?.error?.details);
  }
}

/** An answer's JSON; undefined when it is none (a proxy's HTML page, say: its text is the message). */
function parsed(text: string): any {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The policy an admin names by id or by name: an exact id first, then an
 * exact name, then a name whatever its case. Two policies answering to the
 * name are refused (CLI_AMBIGUOUS_NAME, listing their ids) rather than
 * guessed: the command may delete one.
 */
export async function resolvePolicy(client: AdminClient, ref: string): Promise<{ id: string; name: string }> {
  const { policies } = await client.call<{ policies: Array<{ id: string; name: string }> }>('GET', '/policies');
  const byId = policies.find((p) => p.id === ref);
  if (byId) return byId;
  let named = policies.filter((p) => p.name === ref);
  if (named.length === 0) named = policies.filter((p) => p.name.toLowerCase() === ref.toLowerCase());
  if (named.length === 1) return named[0];
  if (named.length > 1) {
    throw new PatchtreeError(CLI_CODES.ambiguousName, `${named.length} policies are named "${ref}": give one of their ids (${named.map((p) => p.id).join(', ')})`, { details: { ids: named.map((p) => p.id) } });
  }
  throw new PatchtreeError('NOT_FOUND', `no policy with the id or name "${ref}"`);
}
