import type { Rng } from './rng.js';

/**
 * Values that have broken parsers and validators before: path tricks,
 * encodings, unicode edge cases, injection shapes, schedules, URLs to places
 * a node must not go, numbers at the edges. Every generator draws from here.
 */
export const NASTY_STRINGS: readonly string[] = [
  '', ' ', '\t', '\u0000', 'a\u0000b', '\r\n', 'a\r\nx-injected: 1',
  '..', '../', '../../etc/passwd', '..\\..\\windows\\win.ini', '/etc/passwd', 'C:\\Windows\\System32', '\\\\host\\share\\x',
  '%2e%2e%2f', '%2e%2e/%2e%2e/', '..%2f..%2f', '%00', '%', '%%', '%ZZ', '%c0%ae%c0%ae/', '%u002e', '%252e%252e%252f',
  'é', 'Ä', '日本語', 'Ελληνικά', 'עברית', '\u202eevil', '\u200b', '\ufeff', '\ud800', '\udfff', '😀', '\u{10ffff}', 'ǅ', 'ﬃ', 'İ', 'ß',
  '<script>alert(1)</script>', "'; DROP TABLE x; --", '{{7*7}}', '${7*7}', '${jndi:ldap://127.0.0.1/x}', '<!ENTITY x SYSTEM "file:///etc/passwd">',
  'file:///etc/passwd', 'file:///dev/zero', 'javascript:alert(1)', 'data:text/plain,x', 'ftp://127.0.0.1/x', 'http://169.254.169.254/latest/meta-data/',
  'http://127.0.0.1:1/', 'http://[::1]:1/', 'http://0.0.0.0:1/', 'http://user:secret@127.0.0.1:1/x', 'https://', 'http://', '//127.0.0.1/x', 'http:/\\127.0.0.1',
  '* * * * * *', '* * * * *', 'this is not cron', '0 0 31 2 *', '@reboot', '*/0 * * * *', '99 99 99 99 99', '0 0 1 1 *', '* * * * * * *',
  '-1', '0', '1e309', 'NaN', 'Infinity', '-0', '0x10', '9007199254740993', 'true', 'false', 'null', 'undefined', '[]', '{}',
  '__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString',
  'en-US', 'neutral', 'de-DE', 'xx-XX', 'en_US', 'EN-us', 'zh-Hant-TW', 'i-klingon', 'en-US-u-ca-gregory', '*',
  'catalog', 'policies', 'content', 'language-alerting', 'differential', 'complete',
  'b/', 'u/onlyone', 'p/', 'e/x/y', 's/levels', 'b/../u/x', '\uffff', 'b/\uffff',
];

export const NASTY_NUMBERS: readonly number[] = [
  0, -0, 1, -1, 0.5, -0.5, 100, 101, 255, 256, 65535, 65536, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1, 2 ** 32, 2 ** 53 - 1, 2 ** 53, 2 ** 53 + 2, 2 ** 63, 2 ** 64,
  -(2 ** 31), -(2 ** 53), 1e21, 1e308, -1e308, 5e-324, Number.MAX_VALUE,
];

/** A long string of `n` characters of one kind. */
export function longString(rng: Rng, n: number): string {
  const unit = rng.pick(['A', 'é', '日', '😀', '/', '.', '%2e', '\u0000', ' ', '../']);
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, Math.max(n, 0));
}

/** A nasty string: from the list, long, random code points, or a list entry spliced into `base`. */
export function nastyString(rng: Rng, base = ''): string {
  switch (rng.int(6)) {
    case 0:
    case 1:
      return rng.pick(NASTY_STRINGS);
    case 2:
      return longString(rng, rng.pick([256, 1025, 4097, 65_537, 300_000]));
    case 3: {
      let s = '';
      const n = rng.size(64);
      for (let i = 0; i < n; i++) s += String.fromCodePoint(rng.chance(0.5) ? rng.int(0x80) : rng.int(0x110000 - 0x800) + (rng.chance(0.9) ? 0 : 0));
      return s;
    }
    case 4:
      return base + rng.pick(NASTY_STRINGS);
    default: {
      if (!base) return rng.pick(NASTY_STRINGS);
      const at = rng.int(base.length + 1);
      return base.slice(0, at) + rng.pick(NASTY_STRINGS) + base.slice(at);
    }
  }
}

/** Any JSON value of the wrong kind, or an edge of the right one. */
export function nastyJsonValue(rng: Rng, depth = 0): unknown {
  switch (rng.int(depth > 2 ? 7 : 10)) {
    case 0: return null;
    case 1: return rng.chance(0.5);
    case 2: return rng.pick(NASTY_NUMBERS);
    case 3: return nastyString(rng);
    case 4: return '';
    case 5: return [];
    case 6: return {};
    case 7: {
      // Long lists hold short items: the point is the count, and a body stays within a few MB.
      const n = rng.pick([1, 2, 3, 1000, 20_000]);
      return Array.from({ length: n }, () => (rng.chance(0.5) ? (n > 3 ? rng.pick(NASTY_STRINGS) : nastyString(rng)) : rng.pick(NASTY_NUMBERS)));
    }
    case 8: return deepNesting(rng.pick([10, 100, 2000]), rng.chance(0.5));
    default: return Object.fromEntries(Array.from({ length: rng.range(1, 4) }, () => [nastyString(rng), nastyJsonValue(rng, depth + 1)]));
  }
}

/** [[[[...]]]] or {"a":{"a":...}} `depth` deep (as a JSON text would be parsed). */
export function deepNesting(depth: number, asObject: boolean): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = asObject ? { a: value } : [value];
  return value;
}
