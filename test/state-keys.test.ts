import { describe, expect, it } from 'vitest';
import { STATE_FAMILIES, STATE_KEYS } from '../catalog/index.js';

describe('local state keys', () => {
  const prefixes = Object.values(STATE_FAMILIES).map((f) => f.prefix);
  it('no fixed key falls inside a family of keys that hold ids', () => {
    for (const key of Object.values(STATE_KEYS)) for (const prefix of prefixes) expect(key.startsWith(prefix), `${key} under ${prefix}`).toBe(false);
  });
  it('no family prefix starts another', () => {
    for (const a of prefixes) for (const b of prefixes) if (a !== b) expect(b.startsWith(a), `${b} under ${a}`).toBe(false);
  });
  it('fixed keys are distinct', () => {
    expect(new Set(Object.values(STATE_KEYS)).size).toBe(Object.values(STATE_KEYS).length);
  });
});
