import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_PORT } from './config.js';
import { adminTokenPath } from './identity.js';

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

/** A small admin-API client for the CLI: bearer token, JSON in and out, errors with their code. */
export class AdminClient {
  constructor(readonly baseUrl: string, private readonly token: string) {}

  static from(flags: { url?: string; token?: string; data?: string }, env: NodeJS.ProcessEnv = process.env): AdminClient {
    const url = flags.url ?? env.PATCHTREE_URL ?? `http://127.0.0.1:${env.PATCHTREE_PORT ?? DEFAULT_PORT}`;
    let token = flags.token ?? env.PATCHTREE_TOKEN ?? env.PATCHTREE_ADMIN_TOKEN;
    if (!token) {
      const path = adminTokenPath(resolve(flags.data ?? env.PATCHTREE_DATA ?? '.patchtree-data'));
      try {
        token = readFileSync(path, 'utf8').trim();
      } catch {
        throw new Error(`no admin token: pass --token, set PATCHTREE_TOKEN, or run where ${path} exists`);
      }
    }
    return new AdminClient(url.replace(/\/$/, ''), token);
  }

  async call<T = any>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.baseUrl}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${this.token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    }).catch((err: Error) => {
      throw new Error(`cannot reach the node at ${this.baseUrl}: ${(err.cause as Error)?.message ?? err.message}`);
    });
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    const json = text ? JSON.parse(text) : undefined;
    if (!response.ok) throw new ApiError(response.status, json?.error?.code ?? 'HTTP_ERROR', json?.error?.message ?? text);
    return json as T;
  }
}
