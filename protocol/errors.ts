/**
 * Domain errors carry a stable string code (listed in the README) that never
 * changes, while messages may. Only node/ maps codes to HTTP statuses.
 */
export class PatchtreeError extends Error {
  readonly code: string;
  readonly details: Record<string, unknown>;

  constructor(code: string, message: string, options: { cause?: unknown; details?: Record<string, unknown> } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'PatchtreeError';
    this.code = code;
    this.details = options.details ?? {};
  }
}

/** True when `err` is a PatchtreeError with the given code. */
export function hasCode(err: unknown, code: string): boolean {
  return err instanceof PatchtreeError && err.code === code;
}
