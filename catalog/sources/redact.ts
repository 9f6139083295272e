/**
 * A URL as it may be shown (API answers, error messages, logs): the
 * credentials a source URL may embed (`https://user:password@host/...`) become
 * `***`. Works on text that is not a valid URL too, since error messages quote
 * whatever they were given.
 */
export function redactUrl(url: string): string {
  // The userinfo is whatever sits between "//" and the last "@" before the path, query or fragment.
  return url.replace(/(\/\/)[^/?#\s]*@/g, '$1***@');
}

/** True when the URL embeds credentials (a user name or a password). */
export function hasCredentials(url: string): boolean {
  return redactUrl(url) !== url;
}
