// The admin API as the console calls it: the token lives in this tab's sessionStorage only.
const TOKEN_KEY = 'patchtree-token';

export const token = {
  get: (): string | null => sessionStorage.getItem(TOKEN_KEY),
  set: (value: string): void => sessionStorage.setItem(TOKEN_KEY, value),
  clear: (): void => sessionStorage.removeItem(TOKEN_KEY),
};

/** A refusal of the admin API, with its stable code. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

/** Called when the node says the token is wrong (it changed, or the node was reset): the console logs out. */
let onAuthLost: () => void = () => {};
export const whenAuthLost = (f: () => void): void => { onAuthLost = f; };

export async function api<T = any>(method: string, path: string, body?: unknown, bearer = token.get()): Promise<T> {
  // Signed out (a refresh or a view's request that fires just after logout): nothing is sent, so no request is refused.
  if (!bearer) throw new ApiError(401, 'AUTH_INVALID', 'signed out');
  const res = await fetch(`/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${bearer ?? ''}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let data: any;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    throw new ApiError(res.status, 'BAD_RESPONSE', `the node answered ${res.status} with no JSON`);
  }
  if (!res.ok) {
    const error = new ApiError(res.status, data?.error?.code ?? `HTTP_${res.status}`, data?.error?.message ?? res.statusText);
    if (error.code === 'AUTH_INVALID' && bearer === token.get()) onAuthLost();
    throw error;
  }
  return data as T;
}

export const get = <T = any>(path: string) => api<T>('GET', path);
