/**
 * Exclusions: software the organisation does not use, applied at import so it
 * is never downloaded nor replicated. Each pattern is matched, case-
 * insensitively, with `*` as a wildcard, against a bulletin's id and vendor
 * and against each update's product; a bulletin left without updates by
 * product exclusions is dropped too.
 */
export class Exclusions {
  private readonly patterns: string[];

  constructor(readonly list: readonly string[]) {
    this.patterns = list.map((p) => p.toLowerCase());
  }

  matches(value: string | null | undefined): boolean {
    if (!value) return false;
    const text = value.toLowerCase();
    return this.patterns.some((p) => globMatch(p, text));
  }
}

/**
 * `*` glob match in linear time (greedy with one backtrack point), so no
 * pattern an admin types can stall an import the way a backtracking regex can.
 */
export function globMatch(pattern: string, text: string): boolean {
  let p = 0;
  let t = 0;
  let star = -1;
  let resume = 0;
  while (t < text.length) {
    if (p < pattern.length && pattern[p] !== '*' && pattern[p] === text[t]) {
      p++;
      t++;
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p++;
      resume = t;
    } else if (star >= 0) {
      p = star + 1;
      t = ++resume;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}
