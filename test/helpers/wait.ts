/**
 * Bounded waits for multi-process tests: every wait of a test ends, with a
 * message that says what it waited for and what it saw last.
 */

/** Resolves as `promise` does, or rejects once `ms` passed without an answer. */
export async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Polls `probe` until it returns something other than undefined (errors
 * count as not yet), for at most `ms`; the timeout error names `what` and the
 * last thing `seen` reported.
 */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, ms: number, seen?: () => unknown, everyMs = 100): Promise<T> {
  const deadline = Date.now() + ms;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await within(probe(), Math.max(1, deadline - Date.now()), what);
      if (value !== undefined) return value;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() >= deadline) {
      const last = seen ? ` Last seen: ${JSON.stringify(seen())}` : lastError ? ` Last error: ${(lastError as Error).message}` : '';
      throw new Error(`timed out after ${ms} ms waiting for ${what}.${last}`);
    }
    await new Promise((ok) => setTimeout(ok, everyMs));
  }
}

export const sleep = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));
