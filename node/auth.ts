import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * The token of an `Authorization: Bearer <token>` header (RFC 6750), or
 * undefined when the header is missing or names another scheme: a bare
 * token is not a bearer credential and is refused as none. (A configured
 * admin token may hold spaces: what follows the scheme is taken whole.)
 */
export function bearerToken(header: string | undefined): string | undefined {
  return /^Bearer +(\S(?:.*\S)?) *$/i.exec(header ?? '')?.[1];
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/**
 * Whether a given secret equals the expected one, compared as sha256
 * digests with timingSafeEqual: equal lengths always, so the time taken
 * tells neither where they differ nor how long the expected one is.
 */
export function sameSecret(given: string, expected: string): boolean {
  return timingSafeEqual(sha256(given), sha256(expected));
}
