/**
 * Exclusions: software the organisation does not use, applied at import so it
 * is never downloaded nor replicated. Each pattern is matched, case-
 * insensitively, with `*` as a wildcard, against a bulletin's id and vendor
 * and against each update's product; a bulletin left without updates by
 * product exclusions is dropped too.
 */
export class Exclusions {
  private readonly patterns: RegExp[];

  constructor(readonly list: readonly string[]) {
    this.patterns = list.map((p) => new RegExp(`^${p.split('*').map(escapeRegExp).join('.*')}$`, 'i'));
  }

  matches(value: string | null | undefined): boolean {
    return !!value && this.patterns.some((p) => p.test(value));
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}
